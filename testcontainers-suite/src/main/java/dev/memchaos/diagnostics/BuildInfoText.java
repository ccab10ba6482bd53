package dev.memchaos.diagnostics;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the build settings out of the text Go's {@code debug.BuildInfo.String()} writes, which
 * is what {@code go version -m <binary>} prints and what mapsvc serves at
 * {@code GET /debug/buildinfo}:
 * <pre>
 * go	go1.23.12
 * path	dev.memchaos/mapsvc
 * mod	dev.memchaos/mapsvc	(devel)
 * dep	github.com/prometheus/client_golang	v1.22.0	h1:...
 * build	-ldflags="-s -w"
 * build	CGO_ENABLED=0
 * </pre>
 * Only the {@code build} lines are read. A key or value holding a space, tab, newline,
 * double quote or back quote (and a key holding {@code =}) is written Go-quoted; it is
 * unquoted here, so {@code -ldflags} reads {@code -s -w}.
 */
public final class BuildInfoText {

    private static final String BUILD = "build\t";

    private BuildInfoText() {
    }

    /** The build settings in their order; a line that cannot be read is left out, not guessed at. */
    public static Map<String, String> settings(String text) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (!line.startsWith(BUILD)) {
                continue;
            }
            String rest = line.substring(BUILD.length());
            try {
                String key;
                int afterKey;
                if (rest.startsWith("\"") || rest.startsWith("`")) {
                    afterKey = endOfQuoted(rest, 0);
                    key = GoQuoted.unquote(rest.substring(0, afterKey));
                } else {
                    afterKey = rest.indexOf('=');
                    if (afterKey <= 0) {
                        continue;
                    }
                    key = rest.substring(0, afterKey);
                }
                if (afterKey >= rest.length() || rest.charAt(afterKey) != '=') {
                    continue;
                }
                String value = rest.substring(afterKey + 1);
                if (value.startsWith("\"") || value.startsWith("`")) {
                    value = GoQuoted.unquote(value);
                }
                settings.put(key, value);
            } catch (IllegalArgumentException e) {
                // not in the format: left out
            }
        }
        return settings;
    }

    /** Index just past the Go-quoted string starting at {@code start}. */
    private static int endOfQuoted(String s, int start) {
        char quote = s.charAt(start);
        for (int i = start + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && quote == '"') {
                i++;
            } else if (c == quote) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("unterminated quoted string: " + s);
    }

    /** Go's {@code strconv.Unquote} for the double- and back-quoted strings {@code strconv.Quote} writes. */
    static final class GoQuoted {

        private GoQuoted() {
        }

        static String unquote(String quoted) {
            if (quoted.length() < 2 || quoted.charAt(quoted.length() - 1) != quoted.charAt(0)) {
                throw new IllegalArgumentException("not a quoted string: " + quoted);
            }
            String body = quoted.substring(1, quoted.length() - 1);
            if (quoted.charAt(0) == '`') {
                return body;
            }
            if (quoted.charAt(0) != '"') {
                throw new IllegalArgumentException("not a quoted string: " + quoted);
            }
            // \x and octal escapes are bytes of UTF-8; collect bytes, decode once.
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (int i = 0; i < body.length(); i++) {
                char c = body.charAt(i);
                if (c != '\\') {
                    int cp = body.codePointAt(i);
                    writeUtf8(bytes, cp);
                    i += Character.charCount(cp) - 1;
                    continue;
                }
                char e = body.charAt(++i);
                switch (e) {
                    case 'a' -> bytes.write(7);
                    case 'b' -> bytes.write('\b');
                    case 'f' -> bytes.write('\f');
                    case 'n' -> bytes.write('\n');
                    case 'r' -> bytes.write('\r');
                    case 't' -> bytes.write('\t');
                    case 'v' -> bytes.write(11);
                    case '\\', '"', '\'' -> bytes.write(e);
                    case 'x' -> {
                        bytes.write(Integer.parseInt(body.substring(i + 1, i + 3), 16));
                        i += 2;
                    }
                    case 'u', 'U' -> {
                        int digits = e == 'u' ? 4 : 8;
                        writeUtf8(bytes, Integer.parseInt(body.substring(i + 1, i + 1 + digits), 16));
                        i += digits;
                    }
                    case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                        bytes.write(Integer.parseInt(body.substring(i, i + 3), 8));
                        i += 2;
                    }
                    default -> throw new IllegalArgumentException("unknown escape \\" + e + " in " + quoted);
                }
            }
            return bytes.toString(StandardCharsets.UTF_8);
        }

        private static void writeUtf8(ByteArrayOutputStream bytes, int codePoint) {
            bytes.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
        }
    }
}
