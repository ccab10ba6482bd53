package dev.memchaos.scenario;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ValueNode;
import java.io.IOException;
import java.util.Objects;

/**
 * A value written without quotes that the YAML 1.2 core schema reads as a number or a boolean, like {@code 010},
 * {@code 0x10}, {@code .inf} or {@code True}, kept as its text: {@link #asText()} is what the file says, and each
 * field parses it by its own rule. Its node type says what YAML would take it for, so that a message can tell a
 * number from a text in quotes.
 */
final class WrittenScalar extends ValueNode {

    private static final long serialVersionUID = 1L;

    private final String text;
    private final JsonNodeType type;

    private WrittenScalar(String text, JsonNodeType type) {
        this.text = text;
        this.type = type;
    }

    static WrittenScalar number(String text) {
        return new WrittenScalar(text, JsonNodeType.NUMBER);
    }

    static WrittenScalar bool(String text) {
        return new WrittenScalar(text, JsonNodeType.BOOLEAN);
    }

    @Override
    public JsonNodeType getNodeType() {
        return type;
    }

    /** A text token: this node is the text as written, whatever YAML would take it for. */
    @Override
    public JsonToken asToken() {
        return JsonToken.VALUE_STRING;
    }

    @Override
    public String asText() {
        return text;
    }

    /** A boolean of the core schema is true, True or TRUE, or one of false. */
    @Override
    public boolean booleanValue() {
        return type == JsonNodeType.BOOLEAN && text.equalsIgnoreCase("true");
    }

    @Override
    public void serialize(JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeString(text);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WrittenScalar scalar && scalar.text.equals(text) && scalar.type == type;
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, type);
    }
}
