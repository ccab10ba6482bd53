package dev.memchaos.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * The text of a scenario file, read only when it is a regular file of at most {@link #MAX_BYTES}: a FIFO is never
 * opened (opening one without a writer blocks for ever) and a device such as {@code /dev/zero} is never read.
 */
final class ScenarioFile {

    /**
     * The largest scenario file, and the longest scenario text, read: 1 MiB. The catalog's files are 1 to 4 KB and a
     * scenario names its request bodies and feeders as files of their own, so a real scenario stays far below; the
     * limit leaves room for a long description or many requests while keeping what a hostile file costs to read small
     * (a few seconds at most, and the tree of values a file of this size can hold).
     */
    static final int MAX_BYTES = 1 << 20;
    private static final String LIMIT = MAX_BYTES + " bytes (1 MiB)";
    private static final String CATALOG = "the catalog's are a few KB";

    private ScenarioFile() {
    }

    static String read(Path file) throws ScenarioException {
        String source = file.toString();
        if (source.isEmpty()) {
            throw refused("\"\"", "no scenario file was named; give the path of a scenario .yaml file");
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw refused(source, "there is no scenario file here; check the path");
        } catch (IOException e) {
            throw cannotRead(source, e);
        }
        if (attributes.isDirectory()) {
            throw refused(source, "this is a directory; give the path of a scenario .yaml file");
        }
        if (!attributes.isRegularFile()) {
            throw refused(source, "is not a regular file (it is a FIFO, a device or a socket); give the path of a"
                    + " scenario .yaml file");
        }
        if (attributes.size() > MAX_BYTES) {
            throw refused(source, "the file is " + attributes.size() + " bytes; a scenario file is at most " + LIMIT
                    + ", and " + CATALOG + "; give the path of a scenario .yaml file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return decode(in, source);
        } catch (IOException e) {
            throw cannotRead(source, e);
        }
    }

    /** At most {@link #MAX_BYTES} of UTF-8 text, read whatever the file's size said: it may have grown since. */
    static String decode(InputStream in, String source) throws IOException, ScenarioException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw refused(source, "the file grew past " + LIMIT + " while it was read; a scenario file is at most"
                    + " that, and " + CATALOG);
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer text = CharBuffer.allocate(bytes.length);
        CoderResult result = utf8.decode(input, text, true);
        if (result.isError()) {
            int at = input.position();
            throw new ScenarioException(source, List.of(new Problem("", lineAt(bytes, at), String.format(
                    "the file is not UTF-8 text (byte 0x%02x, column %d); save it as UTF-8", bytes[at] & 0xff,
                    at - lineStart(bytes, at) + 1))));
        }
        utf8.flush(text);
        return text.flip().toString();
    }

    private static int lineAt(byte[] bytes, int at) {
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int lineStart(byte[] bytes, int at) {
        int start = at;
        while (start > 0 && bytes[start - 1] != '\n') {
            start--;
        }
        return start;
    }

    private static ScenarioException cannotRead(String source, IOException e) {
        String why = e instanceof AccessDeniedException ? "permission denied" : e.getMessage();
        return refused(source, "the file cannot be read (" + why + "); check that it exists and is readable");
    }

    private static ScenarioException refused(String source, String problem) {
        return new ScenarioException(source, List.of(new Problem("", 0, problem)));
    }
}
