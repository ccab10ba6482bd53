package dev.memchaos.cli;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Values a hostile or careless scenario file holds, each as YAML text written after {@code key: } (quoted where the
 * kind needs it), each with the kind of hostility it stands for (the kinds of issue 10 and a few more) and where it
 * must be refused: whatever the field rules are in detail, no count, size, duration, rate or port is written in
 * other digits than ASCII's, as a Java literal, as .inf or .nan, as a list, or with control characters; no image is
 * {@code --privileged}; no threshold cannot fail; no file has a tag or an alias without its anchor.
 */
final class HostileValues {

    /** The fields whose value is a number, size, duration or rate, by key. */
    static final Set<String> NUMBER_FIELDS = Set.of("port", "memory", "keys", "ops", "writes", "keyspace", "batch",
            "elements", "rate", "concurrency", "rampUp", "duration", "at", "size", "steps", "fraction", "limit",
            "latency", "jitter", "weight");
    static final Set<String> DURATION_FIELDS = Set.of("rampUp", "duration", "at", "latency", "jitter");
    static final Set<String> THRESHOLD_FIELDS = Set.of("thresholds", "checks");

    /** Where a kind of value must be refused, by the key of the field it is written in (null: the root). */
    enum Must {
        ANYWHERE {
            @Override
            boolean at(String key) {
                return true;
            }
        },
        IN_NUMBERS {
            @Override
            boolean at(String key) {
                return NUMBER_FIELDS.contains(key);
            }
        },
        IN_DURATIONS {
            @Override
            boolean at(String key) {
                return DURATION_FIELDS.contains(key);
            }
        },
        IN_NUMBERS_AND_IMAGES {
            @Override
            boolean at(String key) {
                return NUMBER_FIELDS.contains(key) || "image".equals(key);
            }
        },
        IN_NUMBERS_IMAGES_AND_THRESHOLDS {
            @Override
            boolean at(String key) {
                return NUMBER_FIELDS.contains(key) || "image".equals(key) || THRESHOLD_FIELDS.contains(key);
            }
        },
        IN_NUMBERS_AND_THRESHOLDS {
            @Override
            boolean at(String key) {
                return NUMBER_FIELDS.contains(key) || THRESHOLD_FIELDS.contains(key);
            }
        },
        IN_IMAGES {
            @Override
            boolean at(String key) {
                return "image".equals(key);
            }
        },
        IN_THRESHOLDS {
            @Override
            boolean at(String key) {
                return THRESHOLD_FIELDS.contains(key);
            }
        },
        IN_HYPOTHESIS_CHECKS {
            @Override
            boolean at(String key) {
                return "checks".equals(key);
            }
        },
        /** Refused or not by rules of their own (units, bounds): only the general checks apply. */
        NOWHERE_IN_PARTICULAR {
            @Override
            boolean at(String key) {
                return false;
            }
        };

        abstract boolean at(String key);
    }

    /** One hostile value: its kind (for the report of a failure), its YAML text, and where it must be refused. */
    record Hostile(String kind, String yaml, Must must) {

        /** Why the value must be refused in the field of this key; null when it need not be. */
        String mustBeRefusedAt(String key) {
            return must.at(key == null ? "" : key) ? kind + " (" + FuzzedFile.excerpt(yaml) + ")" + (key == null ? "" : " in " + key) : null;
        }

        @Override
        public String toString() {
            return kind + ": " + FuzzedFile.excerpt(yaml);
        }
    }

    private HostileValues() {
    }

    private static Arbitrary<Hostile> of(String kind, Must must, String... yaml) {
        return Arbitraries.of(yaml).map(y -> new Hostile(kind, y, must));
    }

    /** {@code unit} repeated, between {@code before} and {@code after}, from 130 times to past the 1 MiB file limit. */
    private static Arbitrary<Hostile> repeated(String kind, Must must, String before, String unit, String after) {
        return Arbitraries.of(130, 300, 5_000, 60_000, 400_000, 1_100_000)
                .map(n -> new Hostile(kind + " (" + n + ")", before + unit.repeat(n) + after, must));
    }

    /** Any hostile value, wherever a value goes. */
    static Arbitrary<Hostile> any() {
        return Arbitraries.oneOf(List.of(
                of("huge or signed number", Must.NOWHERE_IN_PARTICULAR, "99999999999999999999", "9223372036854775808",
                        "-9223372036854775809", "1e308", "-1", "0", "-0", "4294967296", "2147483648"),
                of("number beyond a double", Must.IN_NUMBERS, "1e309", "1" + "0".repeat(400), "-1e309"),
                of("duration beyond any run", Must.IN_DURATIONS, "2000000h", "9223372036854775807ms", "106751991167301d",
                        "1e20s", "99999999999999999999s", "153722867280913m", "2562047788015216h", "1000000000h"),
                of("negative duration", Must.IN_DURATIONS, "-5s", "-0.5ms"),
                of("duration that rounds to nothing", Must.IN_DURATIONS, "0.0000000001us", "0.0001us"),
                of("a century", Must.NOWHERE_IN_PARTICULAR, "876000h", "36500d"),
                of("digits of other scripts", Must.IN_NUMBERS_AND_THRESHOLDS, "٨٠٨٠", "８０８０", "१२८MiB", "٥s", "\"٣٠s\"",
                        "𝟙𝟚𝟠MiB", "١٠٠/s", "\"p(٩٩) < 1ms\""),
                of("control characters", Must.IN_NUMBERS_IMAGES_AND_THRESHOLDS, "\"\\e[31mred\\e[0m\"", "\"a\\0b\"",
                        "\"\\x07bell\"", "\"line\\nbreak\"", "\"cr\\rhere\"", "\"\\u202Eevil\"", "\"\\x85next\"",
                        "\"\\u2028sep\"", "\"\\x9bcsi\"", "\"5s\\0\""),
                of("YAML 1.1 readings", Must.NOWHERE_IN_PARTICULAR, "off", "on", "yes", "no", "y", "n", "Off", "YES", "010",
                        "0o17", "0x10", "0b101", "1_000", "12:30:00", "~", "null", "NULL", "", "+12", "0777"),
                of("non-numbers", Must.IN_NUMBERS, ".inf", "-.inf", ".nan", ".NaN", "Infinity", "NaN", "+.inf"),
                of("Java-style numbers", Must.IN_NUMBERS, "0.5f", "1d", "0x1p3", "1L", "1,000", "0.5F", "0x1.8p1", "100D"),
                of("scientific or bare-point numbers", Must.NOWHERE_IN_PARTICULAR, "1e3", "5.", ".5"),
                of("bad units", Must.NOWHERE_IN_PARTICULAR, "64mb", "64 MB", "64MB", "64Mi", "64TiB", "1GB", "5sec",
                        "5 s", "5min", "5d", "5ns", "100/m", "100/s/s", "5 ms", "1.5.5s", "5S", "MiB", "s", "%"),
                of("memory below what Docker accepts", Must.NOWHERE_IN_PARTICULAR, "1B", "1KiB", "64KB", "4MiB",
                        "5MiB", "0B", "0MiB"),
                of("a list or mapping for a value", Must.IN_NUMBERS_AND_IMAGES, "[1, 2]", "{a: 1}", "[]", "{}", "[[[]]]"),
                of("a boolean for a value", Must.IN_NUMBERS, "true", "false"),
                of("an empty text", Must.IN_NUMBERS_AND_IMAGES, "\"\"", "'  '"),
                of("a tag that changes how a value is read", Must.ANYWHERE, "!!binary aGk=", "!custom x", "!!int \"5\"",
                        "!!python/object:os.system ls", "!!float 5"),
                of("a tag that changes nothing", Must.NOWHERE_IN_PARTICULAR, "!!str 5", "!!str x", "!!map {}"),
                of("an alias without its anchor", Must.ANYWHERE, "*nowhere", "*a", "[*a]"),
                of("an alias inside its anchor", Must.ANYWHERE, "&a [*a]", "&a {k: *a}"),
                of("an anchor", Must.NOWHERE_IN_PARTICULAR, "&a value", "&b 5s"),
                of("image references that are not", Must.IN_IMAGES, "UPPER/Case:tag", "\"a\\0b\"", "../../etc/passwd",
                        "--privileged", "\":tag\"", "a:b:c", "\"@sha256:abc\"", "\"image with space\"", "\"-v /:/host\"",
                        "\"memchaos/mapsvc:local;rm\""),
                of("thresholds that cannot fail or cannot pass", Must.IN_THRESHOLDS, "\"0 * p(99) > 1ms\"",
                        "\"errorRate < 150%\"", "\"p(101) < 1ms\"", "\"p(-1) < 1ms\"", "\"p(99) < -5ms\"",
                        "\"errors == 0 == 0\"", "\"p(99) < 1e309ms\"", "\"p(99) ≤ 1ms\"", "\"errors >= 0\"",
                        "\"errorRate > -1%\"", "\"p(99) < p(99)\"", "\"1 < 2\"", "\"NaN * p(99) < 1ms\"",
                        "\"requests < 0\""),
                of("the steady state in a threshold", Must.IN_HYPOTHESIS_CHECKS, "\"steadyState.before == true\"",
                        "\"steadyState.after == false\""),
                of("decimal units in a threshold", Must.NOWHERE_IN_PARTICULAR, "\"memory.peak < 1GB\"", "\"memory.peak < 64MB\""),
                repeated("long plain value", Must.NOWHERE_IN_PARTICULAR, "", "x", ""),
                repeated("long quoted value", Must.NOWHERE_IN_PARTICULAR, "\"", "é", "\""),
                repeated("long variant name in a threshold", Must.IN_THRESHOLDS, "\"allocBytesPerRequest(", "v", ") > 1MiB\""),
                repeated("long number", Must.IN_NUMBERS, "", "9", ""),
                repeated("long duration", Must.IN_NUMBERS, "", "9", "s"),
                repeated("unclosed nesting", Must.ANYWHERE, "", "[", ""),
                Arbitraries.of(10, 100, 1_000, 20_000).map(n -> new Hostile("deep nesting (" + n + ")",
                        "[".repeat(n) + "]".repeat(n), Must.IN_NUMBERS_AND_IMAGES)),
                Arbitraries.of(10, 1_000, 50_000).map(n -> new Hostile("many items (" + n + ")",
                        "[" + "1, ".repeat(n) + "1]", Must.IN_NUMBERS_AND_IMAGES))));
    }

    /** A key that is no field of a scenario, or one that cannot be a key. */
    static Arbitrary<Hostile> badKey() {
        return Arbitraries.oneOf(List.of(
                of("unknown field", Must.NOWHERE_IN_PARTICULAR, "memroy", "imagee", "__proto__", "Name", "NAME", "threshold", "variant"),
                of("a key no field or variable can have", Must.ANYWHERE, "\"\"", "\"a=b\"", "\"a\\0b\"", "\"\\e[2J\"",
                        "\"k\\u202E\"", "\"a b\""),
                of("a merge key or a key that is a list", Must.ANYWHERE, "<<", "? [a, b]"),
                of("a key that is a number, boolean or null", Must.NOWHERE_IN_PARTICULAR, "1", "true", "~"),
                repeated("long key", Must.NOWHERE_IN_PARTICULAR, "", "k", "")));
    }
}
