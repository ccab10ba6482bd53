package dev.memchaos.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The static files a page needs next to it, from the classpath: ECharts (its webjar) and the
 * page scripts and style. Copied into each run folder and into results/, so every page opens
 * from {@code file://} with no network.
 */
public final class Assets {

    /** The folder, next to a page, that holds its assets. */
    public static final String FOLDER = "assets";

    private static final String ECHARTS = "META-INF/resources/webjars/echarts/5.5.0/echarts.common.min.js";
    private static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("echarts.min.js", ECHARTS);
        FILES.put("memchaos.css", "dev/memchaos/report/memchaos.css");
        FILES.put("report.js", "dev/memchaos/report/report.js");
        FILES.put("index.js", "dev/memchaos/report/index.js");
    }

    private Assets() {
    }

    /** Every asset file by its name in the assets folder (read from the classpath once). */
    public static Map<String, byte[]> all() {
        return Loaded.CONTENTS;
    }

    private static final class Loaded {
        static final Map<String, byte[]> CONTENTS = load();

        private static Map<String, byte[]> load() {
            Map<String, byte[]> contents = new LinkedHashMap<>();
            FILES.forEach((name, resource) -> contents.put(name, read(resource)));
            return java.util.Collections.unmodifiableMap(contents);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the report asset " + resource + " is missing from the classpath; rebuild memchaos");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
