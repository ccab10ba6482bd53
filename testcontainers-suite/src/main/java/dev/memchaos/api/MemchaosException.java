package dev.memchaos.api;

/**
 * A run that could not be judged: the message is one sentence a user can act on, and the
 * reason says whose turn it is (fix the input, fix the machine, or look at the run).
 */
public final class MemchaosException extends RuntimeException {

    /** Why nothing, or not everything, ran. */
    public enum Reason {
        /** The scenario file or an option is invalid; nothing was started. */
        INVALID_INPUT,
        /** The machine cannot run targets (no Docker engine); nothing was started. */
        ENVIRONMENT,
        /** The run started but could not be carried out (a target did not start, the load could not run). */
        RUN_ERROR
    }

    private final Reason reason;

    public MemchaosException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
