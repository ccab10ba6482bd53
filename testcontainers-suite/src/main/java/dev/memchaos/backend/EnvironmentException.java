package dev.memchaos.backend;

/** The machine cannot run targets (no container engine, or it is misconfigured); the message says what to do. */
public class EnvironmentException extends RuntimeException {

    public EnvironmentException(String message) {
        super(message);
    }

    public EnvironmentException(String message, Throwable cause) {
        super(message, cause);
    }
}
