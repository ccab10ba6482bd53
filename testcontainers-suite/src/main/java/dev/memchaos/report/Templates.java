package dev.memchaos.report;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/** The pages' templates (Pebble: every value is HTML-escaped unless a template says otherwise). */
final class Templates {

    private static final PebbleEngine ENGINE = engine();

    private Templates() {
    }

    static String render(String template, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        try {
            ENGINE.getTemplate(template).evaluate(out, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static PebbleEngine engine() {
        ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
        loader.setPrefix("dev/memchaos/report");
        return new PebbleEngine.Builder().loader(loader).autoEscaping(true).strictVariables(false).build();
    }
}
