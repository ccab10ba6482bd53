package dev.memchaos.scenario;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A container image reference as Docker reads it (the grammar of github.com/distribution/reference): an optional
 * registry host ({@code registry.example.com:5000/}, {@code localhost/}), lowercase path components of letters and
 * digits joined by {@code .}, {@code _}, {@code __} or dashes and separated by {@code /}, an optional {@code :tag}
 * and an optional {@code @sha256:} digest. A first component counts as a registry only when it has a {@code .} or a
 * {@code :} or is {@code localhost}, as Docker decides; anything else (upper case, a path like
 * {@code ../../etc/passwd}, an option like {@code --privileged}) is refused before it reaches Docker.
 */
final class ImageReference {

    /** Docker refuses a repository name (registry and path) longer than this. */
    static final int MAX_NAME_LENGTH = 255;

    private static final String COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*+";
    private static final String PATH = COMPONENT + "(?:/" + COMPONENT + ")*+";
    private static final String DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
    private static final String HOST = "(?:" + DOMAIN_COMPONENT + "(?:\\." + DOMAIN_COMPONENT + ")*"
            + "|\\[[a-fA-F0-9:]+\\])";
    private static final Pattern DOMAIN = Pattern.compile(HOST + "(?::[0-9]{1,5})?");
    private static final Pattern REFERENCE = Pattern.compile(
            "([^/:@]+(?::[0-9]+)?/|\\[[^]]*\\](?::[0-9]+)?/)?([^:@]+)(?::([^@]*))?(?:@(.*))?");
    private static final Pattern PATH_PATTERN = Pattern.compile(PATH);
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
    private static final Pattern DIGEST = Pattern.compile("sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128}");

    private ImageReference() {
    }

    /** The reference as written, when Docker would read it as one; else a sentence with an example. */
    static String check(String text) {
        String problem = problem(text);
        if (problem != null) {
            throw new IllegalArgumentException("expected a container image reference like memchaos/mapsvc:local or"
                    + " registry.example.com:5000/team/app:1.2, got \"" + text + "\": " + problem);
        }
        return text;
    }

    private static String problem(String text) {
        if (text.length() > MAX_NAME_LENGTH + 1 + 128 + 1 + 7 + 128) {
            return "it is longer than any image reference Docker reads";
        }
        Matcher m = REFERENCE.matcher(text);
        if (!m.matches()) {
            return "write the name, then an optional :tag and @sha256: digest";
        }
        String domain = m.group(1) == null ? null : m.group(1).substring(0, m.group(1).length() - 1);
        String path = m.group(2);
        if (domain != null && !isRegistry(domain)) {
            path = domain + "/" + path;
            domain = null;
        }
        if (domain != null && !DOMAIN.matcher(domain).matches()) {
            return "\"" + domain + "\" is not a registry host, like registry.example.com:5000 or localhost";
        }
        if (!PATH_PATTERN.matcher(path).matches()) {
            return "the name is lowercase letters and digits, joined by . _ or - and separated by /, starting and"
                    + " ending with a letter or digit";
        }
        if ((domain == null ? 0 : domain.length() + 1) + path.length() > MAX_NAME_LENGTH) {
            return "the name is longer than Docker's " + MAX_NAME_LENGTH + " characters";
        }
        if (m.group(3) != null && !TAG.matcher(m.group(3)).matches()) {
            return "a tag is up to 128 letters, digits, _ . and -, not starting with . or -";
        }
        if (m.group(4) != null && !DIGEST.matcher(m.group(4)).matches()) {
            return "a digest is sha256: and 64 lowercase hexadecimal digits";
        }
        return null;
    }

    /** Docker's rule: the first component names a registry when it has a dot or a port, or is localhost. */
    private static boolean isRegistry(String first) {
        return first.contains(".") || first.contains(":") || first.startsWith("[") || first.equals("localhost");
    }
}
