package dev.memchaos.journal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Names one run: sortable by time, unique, safe as a folder name and a container label whatever the scenario is
 * called: {@code 20261121-200000-parse-1200-keys-3fa2c1}, the start time, the scenario's name and a random suffix.
 */
public record RunId(String value) {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The longest scenario name kept whole in an id; an id is then at most 23 + 64 = 87 characters, all ASCII. */
    private static final int NAME_PART = 64;
    /** How much of a name is kept when it is shortened or rewritten: room for its digest after it. */
    private static final int NAME_HEAD = NAME_PART - 9;
    private static final Pattern NOT_SAFE = Pattern.compile("[^A-Za-z0-9_-]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    public RunId {
        if (value == null || !SAFE.matcher(value).matches()) {
            throw new IllegalArgumentException("a run id is letters, digits, '.', '_' or '-' (at most 128), got " + value);
        }
    }

    public static RunId next(String scenario) {
        byte[] suffix = new byte[3];
        RANDOM.nextBytes(suffix);
        String stamp = ZonedDateTime.now(ZoneOffset.UTC).format(STAMP);
        return new RunId(stamp + "-" + namePart(scenario) + "-" + HexFormat.of().formatHex(suffix));
    }

    /**
     * The scenario's name as it appears in an id: as it is when it is a short name of ASCII letters, digits, '-' and
     * '_' (every valid scenario name); otherwise its start in ASCII (accents dropped, anything else a '-') followed
     * by 8 hex digits of its SHA-256, so that a long or foreign name is still recognisable and two names that share
     * their start do not share their ids.
     */
    static String namePart(String scenario) {
        if (scenario.length() <= NAME_PART && !NOT_SAFE.matcher(scenario).find() && !scenario.isEmpty()) {
            return scenario;
        }
        String ascii = NOT_SAFE.matcher(MARKS.matcher(Normalizer.normalize(scenario, Normalizer.Form.NFKD)).replaceAll(""))
                .replaceAll("-");
        String head = trimDashes(ascii.substring(0, Math.min(ascii.length(), NAME_HEAD)));
        String digest = digest(scenario);
        return head.isEmpty() ? digest : head + "-" + digest;
    }

    private static String trimDashes(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '-') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(start, end);
    }

    private static String digest(String scenario) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(scenario.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
