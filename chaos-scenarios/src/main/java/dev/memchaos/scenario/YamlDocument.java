package dev.memchaos.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** A YAML text read both as a tree of values and as the line each value is on. */
record YamlDocument(JsonNode root, FieldLines lines) {

    private static final YAMLFactory FACTORY = new YAMLFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    static YamlDocument parse(String text, String source) throws ScenarioException {
        try {
            JsonNode root = MAPPER.readTree(text);
            return new YamlDocument(root == null ? MissingNode.getInstance() : root, FieldLines.scan(FACTORY, text));
        } catch (JsonProcessingException e) {
            throw new ScenarioException(source, List.of(syntaxProblem(e)));
        } catch (IOException e) {
            throw new ScenarioException(source, List.of(new Problem("", 0, "could not be read: " + e.getMessage())));
        }
    }

    private static Problem syntaxProblem(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            Mark at = yaml.getProblemMark();
            Mark context = yaml.getContextMark();
            String reason = yaml.getContext() == null ? yaml.getProblem()
                    : yaml.getContext()
                    + (context != null && context.getLine() != at.getLine() ? " from line " + (context.getLine() + 1) : "")
                    + ": " + yaml.getProblem();
            return new Problem("", at.getLine() + 1,
                    "is not valid YAML: " + reason + " (column " + (at.getColumn() + 1) + ")");
        }
        JsonLocation at = e.getLocation();
        String reason = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
        return new Problem("", at == null ? 0 : at.getLineNr(), "is not valid YAML: " + reason);
    }
}
