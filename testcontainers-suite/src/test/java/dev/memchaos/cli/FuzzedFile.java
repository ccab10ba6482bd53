package dev.memchaos.cli;

import dev.memchaos.scenario.Printable;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A generated scenario file: how it was made (what a failure report shows), its bytes, and why it must be refused
 * whatever the detail of the field rules (empty when it may be valid).
 */
record FuzzedFile(String howMade, byte[] bytes, List<String> mustBeRefused) {

    FuzzedFile {
        mustBeRefused = List.copyOf(mustBeRefused);
    }

    /** The start of a text, escaped, for reports. */
    static String excerpt(String text) {
        String shown = Printable.of(text.length() > 300 ? text.substring(0, 300) : text);
        return text.length() > 300 ? shown + "…(" + text.length() + " characters)" : shown;
    }

    @Override
    public String toString() {
        return howMade + (mustBeRefused.isEmpty() ? "" : "\n  must be refused: " + mustBeRefused)
                + "\n  file (" + bytes.length + " bytes): " + excerpt(new String(bytes, StandardCharsets.UTF_8));
    }
}
