package dev.memchaos.scenario;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads an {@code env} mapping (the target's, a variant's, the downstream's): every name must be an environment
 * variable name, and every value text the kernel can pass. A value may hold any character but NUL, newlines and tabs
 * included (a certificate, a list): NUL is what ends a string in the environment block, so no value can hold one.
 */
final class EnvironmentReader {

    /**
     * The longest {@code NAME=value} entry, in UTF-8 bytes: the kernel refuses a single string of the environment
     * over 128KiB ({@code MAX_ARG_STRLEN}, NUL included), and the harness may add to a value (GODEBUG's
     * {@code ,gctrace=1}); 1KiB is kept for that.
     */
    static final int MAX_ENTRY_BYTES = 128 * 1024 - 1024;

    private EnvironmentReader() {
    }

    /** The entries of {@code owner.env} that can be passed to a process; each other one is a problem. */
    static Map<String, String> read(YamlObject owner, Problems problems) {
        Map<String, String> env = new LinkedHashMap<>();
        owner.textMap("env").forEach((name, value) -> {
            if (!FieldValues.isEnvironmentName(name)) {
                problems.add(owner.path("env"), "\"" + name + "\" is not an environment variable name: use letters,"
                        + " digits and underscores, not starting with a digit, like GOGC");
            } else if (value.indexOf('\0') >= 0) {
                problems.add(owner.path("env").child(name), "contains a NUL character, which no environment value can"
                        + " hold; remove it");
            } else if (entryBytes(name, value) > MAX_ENTRY_BYTES) {
                problems.add(owner.path("env").child(name), "is " + value.getBytes(StandardCharsets.UTF_8).length
                        + " bytes long; the kernel refuses an environment entry over 128KiB, so keep NAME=value under "
                        + MAX_ENTRY_BYTES + " bytes");
            } else {
                env.put(name, value);
            }
        });
        return env;
    }

    private static int entryBytes(String name, String value) {
        return name.getBytes(StandardCharsets.UTF_8).length + 1 + value.getBytes(StandardCharsets.UTF_8).length;
    }
}
