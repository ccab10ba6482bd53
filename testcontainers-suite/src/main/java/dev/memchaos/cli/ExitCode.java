package dev.memchaos.cli;

/** What the process exit code tells a script or CI job. */
public enum ExitCode {
    PASS(0, "every threshold held"),
    THRESHOLDS_FAILED(1, "the run completed and at least one threshold failed"),
    INVALID_INPUT(2, "the scenario file or the command line is invalid; nothing was started"),
    ENVIRONMENT(3, "the machine cannot run targets (no Docker engine); nothing was started"),
    RUN_ERROR(4, "the run could not be carried out (a target did not start, the load could not run)"),
    INTERRUPTED(130, "the run was interrupted (Ctrl-C; the JVM exits 143 on SIGTERM)");

    public final int code;
    public final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }
}
