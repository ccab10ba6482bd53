package dev.memchaos.scenario;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean" by edit distance, counting a swap of two neighbouring letters as one edit. At most three edits are
 * suggested, so texts whose lengths differ by more are never compared, and neither is a text longer than
 * {@link #MAX_LENGTH}: a typo in a name that long is no help to suggest, and comparing it would cost its length squared.
 */
final class Suggestions {

    /** The longest text compared: every name memchaos knows, and every name a scenario may define, is shorter. */
    static final int MAX_LENGTH = 64;

    private Suggestions() {
    }

    static Optional<String> closest(String input, Collection<String> candidates) {
        if (input.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        int limit = Math.max(1, Math.min(3, input.length() / 3));
        return candidates.stream()
                .filter(c -> c.length() <= MAX_LENGTH && Math.abs(c.length() - input.length()) <= limit)
                .filter(c -> distance(input, c) <= limit)
                .min(Comparator.comparingInt(c -> distance(input, c)));
    }

    static String didYouMean(String input, Collection<String> candidates, String otherwise) {
        return closest(input, candidates).map(c -> "did you mean \"" + c + "\"?").orElse(otherwise);
    }

    static int distance(String a, String b) {
        String s = a.toLowerCase(Locale.ROOT);
        String t = b.toLowerCase(Locale.ROOT);
        int[][] d = new int[s.length() + 1][t.length() + 1];
        for (int i = 0; i <= s.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= t.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= s.length(); i++) {
            for (int j = 1; j <= t.length(); j++) {
                int cost = s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && s.charAt(i - 1) == t.charAt(j - 2) && s.charAt(i - 2) == t.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[s.length()][t.length()];
    }
}
