package dev.memchaos.simulations;

import java.util.ArrayList;
import java.util.List;

/**
 * The names the Gatling expression language ({@code #{...}}) refers to in a string, so a scenario can be checked
 * before it runs: {@code #{user}}, {@code #{user.id}} and {@code #{users(0)}} read the attribute {@code user(s)};
 * {@code #{randomInt(1,10)}} calls a built-in function. {@code \#{} is written as it is.
 */
public final class GatlingEl {

    /** Gatling's built-in functions, written {@code #{name(...)}}. */
    public static final List<String> BUILT_INS = List.of("randomUuid", "randomSecureUuid", "randomInt", "randomLong",
            "randomDouble", "randomAlphanumeric", "currentTimeMillis", "currentDate", "htmlUnescape");

    private GatlingEl() {
    }

    /** One {@code #{...}}: the name it reads or calls, whether it is a call, and where it starts. */
    public record Reference(String name, boolean call, int offset, String text) {

        /** A call of a built-in function (not an attribute named like one). */
        public boolean builtIn() {
            return call && BUILT_INS.contains(name);
        }
    }

    /** Every expression in {@code text}, in order; an {@code #{} left open or an empty one is a sentence for the user. */
    public static List<Reference> references(String text) {
        List<Reference> found = new ArrayList<>();
        int from = 0;
        while (true) {
            int start = text.indexOf("#{", from);
            if (start < 0) {
                return found;
            }
            if (start > 0 && text.charAt(start - 1) == '\\') {
                from = start + 2;
                continue;
            }
            int end = text.indexOf('}', start + 2);
            int nextOpen = text.indexOf("#{", start + 2);
            if (end < 0 || (nextOpen >= 0 && nextOpen < end)) {
                throw new IllegalArgumentException("\"#{\" at character " + (start + 1) + " is not closed by \"}\"");
            }
            String inside = text.substring(start + 2, end).strip();
            int nameEnd = 0;
            while (nameEnd < inside.length() && ".()".indexOf(inside.charAt(nameEnd)) < 0) {
                nameEnd++;
            }
            String name = inside.substring(0, nameEnd).strip();
            if (name.isEmpty()) {
                throw new IllegalArgumentException("\"#{}\" at character " + (start + 1) + " names nothing; write #{name}");
            }
            boolean call = nameEnd < inside.length() && inside.charAt(nameEnd) == '(';
            found.add(new Reference(name, call, start, text.substring(start, end + 1)));
            from = end + 1;
        }
    }
}
