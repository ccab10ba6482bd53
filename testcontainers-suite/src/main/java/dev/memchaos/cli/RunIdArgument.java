package dev.memchaos.cli;

import dev.memchaos.journal.RunId;
import dev.memchaos.run.Baselines;

/** A run id from the command line (replay's RUN-ID, {@code --baseline}), checked before it is used as a folder name. */
final class RunIdArgument {

    private static final String WHAT = "the name of a run's folder under results/, like 20261121-200000-parse-1200-keys-3fa2c1";

    private RunIdArgument() {
    }

    static String runId(String text) {
        return check(text, "");
    }

    /** A run id or {@code last-pass}. */
    static String baseline(String text) {
        return Baselines.LAST_PASS.equals(text) ? text : check(text, ", or " + Baselines.LAST_PASS);
    }

    private static String check(String text, String orElse) {
        if (text.isBlank()) {
            throw new ArgumentException("an empty run id was given; give " + WHAT + orElse);
        }
        try {
            return new RunId(text).value();
        } catch (IllegalArgumentException e) {
            throw new ArgumentException("\"" + text + "\" is not a run id: a run id is " + WHAT
                    + " (letters, digits, '.', '_' and '-')" + orElse);
        }
    }
}
