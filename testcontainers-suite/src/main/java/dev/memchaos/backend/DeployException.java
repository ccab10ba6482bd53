package dev.memchaos.backend;

/** The target could not be started or never became healthy. */
public class DeployException extends Exception {

    public DeployException(String message, Throwable cause) {
        super(message, cause);
    }
}
