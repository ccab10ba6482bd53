package dev.memchaos.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.List;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * A YAML text read both as a tree of values and as the line each value is on. It is read as YAML 1.2 (snakeyaml-engine)
 * into Jackson's tree by {@link YamlTree}, every value as written.
 */
record YamlDocument(JsonNode root, FieldLines lines) {

    static YamlDocument parse(String text, String source) throws ScenarioException {
        if (text.length() > ScenarioFile.MAX_BYTES) {
            throw new ScenarioException(source, List.of(new Problem("", 0, "the text is " + text.length()
                    + " characters; a scenario is at most " + ScenarioFile.MAX_BYTES + " (1 MiB), and the catalog's"
                    + " are a few KB")));
        }
        // The reader's buffer holds the whole text: with a smaller one, snakeyaml copies what it holds of a value
        // each time it reads more, which makes a long value cost the square of its length in time and memory.
        LoadSettings settings = LoadSettings.builder().setLabel(source).setBufferSize(text.length() + 1)
                .setCodePointLimit(ScenarioFile.MAX_BYTES).setUseMarks(true).build();
        try {
            return YamlTree.read(new ParserImpl(settings, new StreamReader(settings, text)), source)
                    .orElseGet(() -> new YamlDocument(MissingNode.getInstance(), new FieldLines()));
        } catch (MarkedYamlEngineException e) {
            throw new ScenarioException(source, List.of(syntaxProblem(e)));
        } catch (ReaderException e) {
            throw new ScenarioException(source, List.of(unreadable(text, e.getCodePoint())));
        } catch (YamlEngineException e) {
            throw new ScenarioException(source, List.of(new Problem("", 0, "is not valid YAML: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""))));
        }
    }

    private static Problem syntaxProblem(MarkedYamlEngineException e) {
        Mark at = e.getProblemMark().orElse(null);
        Mark context = e.getContextMark().orElse(null);
        String reason = e.getContext() == null || e.getContext().isBlank() ? e.getProblem()
                : e.getContext()
                + (context != null && at != null && context.getLine() != at.getLine()
                ? " from line " + (context.getLine() + 1) : "")
                + ": " + e.getProblem();
        if (at == null) {
            return new Problem("", 0, "is not valid YAML: " + reason);
        }
        return new Problem("", at.getLine() + 1, "is not valid YAML: " + reason + " (column " + (at.getColumn() + 1)
                + ")");
    }

    /** A character YAML does not allow in a file, like a raw ESC: where it first is. */
    private static Problem unreadable(String text, int codePoint) {
        int at = Math.max(0, text.indexOf(new String(Character.toChars(codePoint))));
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        String escape = codePoint <= 0xFFFF ? String.format("\\u%04x", codePoint) : String.format("\\U%08x", codePoint);
        return new Problem("", line, String.format("is not valid YAML: the file holds the character U+%04X, which YAML"
                + " does not allow as it is; remove it, or write it as %s inside double quotes (column %d)",
                codePoint, escape, text.codePointCount(lineStart, at) + 1));
    }
}
