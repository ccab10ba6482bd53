package dev.memchaos.cli;

import dev.memchaos.scenario.Printable;

/**
 * How the command line says what went wrong: {@code memchaos run: <sentence>}, one line, with whatever came from the
 * command line or a file escaped and shortened ({@link Printable}) so that it can neither drive the terminal nor run on
 * for pages.
 */
final class ErrorLine {

    private ErrorLine() {
    }

    /** {@code command} is the command's qualified name, such as {@code memchaos run}. */
    static String of(String command, String sentence) {
        return command + ": " + Printable.of(sentence);
    }

    /** Prints it on stderr. */
    static void say(String command, String sentence) {
        System.err.println(of(command, sentence));
    }

    /** Every line of a message that is already one sentence per line (as a scenario's problems are), each escaped. */
    static void sayEachLine(String message) {
        message.lines().map(Printable::of).forEach(System.err::println);
    }
}
