package dev.memchaos.scenario;

/**
 * Text from a scenario file made safe to print: characters that would act on a terminal instead of being shown
 * (control characters such as ESC, format characters such as a right-to-left override, line separators) are written
 * as visible escapes like {@code \n} and {@code \u001b}, and long runs are shortened, so that a file can neither drive
 * the reader's terminal nor have a megabyte printed back.
 */
public final class Printable {

    /** How much of a value is shown where a message quotes it. */
    static final int EXCERPT = 60;
    /** A run of text without spaces longer than this came from the file, not from a message: it is shortened. */
    private static final int LONGEST_WORD = 120;
    private static final int WORD_HEAD = 60;
    private static final int WORD_TAIL = 20;
    /** A message longer than this is shortened in its middle; the longest of memchaos's own are about 300. */
    private static final int LONGEST_MESSAGE = 1000;
    private static final int MESSAGE_HEAD = 600;
    private static final int MESSAGE_TAIL = 300;

    private Printable() {
    }

    /** The text with every character that is not shown as itself escaped, and long runs shortened. */
    public static String of(String text) {
        return shortened(words(escaped(text)));
    }

    /** The start of the text, escaped, up to about {@code length} characters, saying how much is left out. */
    static String excerpt(String text, int length) {
        StringBuilder shown = new StringBuilder();
        int i = 0;
        while (i < text.length() && shown.length() < length) {
            int c = text.codePointAt(i);
            appendEscaped(shown, c);
            i += Character.charCount(c);
        }
        if (i < text.length()) {
            shown.append("…(").append(text.length() - i).append(" characters left out)");
        }
        return shown.toString();
    }

    static String escaped(String text) {
        int first = 0;
        while (first < text.length() && shownAsItself(text.codePointAt(first))) {
            first += Character.charCount(text.codePointAt(first));
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); ) {
            int c = text.codePointAt(i);
            appendEscaped(shown, c);
            i += Character.charCount(c);
        }
        return shown.toString();
    }

    private static void appendEscaped(StringBuilder shown, int c) {
        if (shownAsItself(c)) {
            shown.appendCodePoint(c);
            return;
        }
        switch (c) {
            case '\n' -> shown.append("\\n");
            case '\r' -> shown.append("\\r");
            case '\t' -> shown.append("\\t");
            default -> shown.append(c <= 0xFFFF ? String.format("\\u%04x", c) : String.format("\\u{%x}", c));
        }
    }

    private static boolean shownAsItself(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> false;
            default -> true;
        };
    }

    /** Every run without spaces longer than {@link #LONGEST_WORD}, kept as its start and its end. */
    private static String words(String text) {
        StringBuilder shown = null;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ') {
                if (i - start > LONGEST_WORD) {
                    if (shown == null) {
                        shown = new StringBuilder(text.substring(0, start));
                    }
                    shown.append(cut(text.substring(start, i), WORD_HEAD, WORD_TAIL));
                } else if (shown != null) {
                    shown.append(text, start, i);
                }
                if (shown != null && i < text.length()) {
                    shown.append(' ');
                }
                start = i + 1;
            }
        }
        return shown == null ? text : shown.toString();
    }

    private static String shortened(String text) {
        return text.length() > LONGEST_MESSAGE ? cut(text, MESSAGE_HEAD, MESSAGE_TAIL) : text;
    }

    /** The text's first {@code head} and last {@code tail} characters; it is longer than both together. */
    private static String cut(String text, int head, int tail) {
        int start = Character.isHighSurrogate(text.charAt(head - 1)) ? head - 1 : head;
        int end = Character.isLowSurrogate(text.charAt(text.length() - tail)) ? text.length() - tail + 1
                : text.length() - tail;
        return text.substring(0, start) + "…(" + (end - start) + " characters left out)…" + text.substring(end);
    }
}
