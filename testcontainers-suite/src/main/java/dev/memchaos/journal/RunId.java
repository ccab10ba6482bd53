package dev.memchaos.journal;

import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Names one run: sortable by time, unique, safe as a folder name and a container label. */
public record RunId(String value) {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final SecureRandom RANDOM = new SecureRandom();

    public RunId {
        if (value == null || !SAFE.matcher(value).matches()) {
            throw new IllegalArgumentException("a run id is letters, digits, '.', '_' or '-' (at most 128), got " + value);
        }
    }

    public static RunId next(String scenario) {
        byte[] suffix = new byte[3];
        RANDOM.nextBytes(suffix);
        String stamp = ZonedDateTime.now(ZoneOffset.UTC).format(STAMP);
        return new RunId(stamp + "-" + scenario + "-" + HexFormat.of().formatHex(suffix));
    }

    @Override
    public String toString() {
        return value;
    }
}
