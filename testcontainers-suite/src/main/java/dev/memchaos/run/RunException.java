package dev.memchaos.run;

/** The run could not be carried out (the target would not start, the load could not run); archived as status "error". */
public class RunException extends Exception {

    public RunException(String message, Throwable cause) {
        super(message, cause);
    }
}
