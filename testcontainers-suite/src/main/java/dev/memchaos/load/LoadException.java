package dev.memchaos.load;

/** Gatling could not run the load. */
public class LoadException extends Exception {

    public LoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
