package dev.memchaos.cli;

import java.io.Serial;

/** An argument, option or setting that cannot be used; the message is one sentence saying what to write instead. */
final class ArgumentException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    ArgumentException(String sentence) {
        super(sentence);
    }
}
