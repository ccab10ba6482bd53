package dev.memchaos.run;

/** The scenario asks for a fault the backend cannot inject; nothing was started. */
public class UnsupportedFaultException extends RuntimeException {

    public UnsupportedFaultException(String message) {
        super(message);
    }
}
