package dev.memchaos.metrics;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of {@code GODEBUG=gctrace=1}, as the Go runtime prints it at the end of each cycle (runtime/mgc.go,
 * {@code gcMarkTermination}), e.g.
 * {@code gc 7 @0.120s 4%: 0.041+1.2+0.006 ms clock, 0.16+0.31/1.1/0.52+0.025 ms cpu, 4->5->2 MB, 5 MB goal, 0 MB stacks, 0 MB globals, 4 P}.
 * The 1st and 3rd clock figures are the two stop-the-world pauses (sweep termination, mark termination); the
 * heap figures are MB (2^20 bytes, truncated) at the start and end of marking, the live heap marked, and the goal.
 * Go 1.26 may add {@code (checking for goroutine leaks)} before the colon; {@code (forced)} ends a cycle a program
 * asked for.
 */
public record GcTraceLine(long cycle, double sweepTerminationSeconds, double markTerminationSeconds,
                          long heapStartMiB, long heapEndMiB, long liveMiB, long goalMiB, boolean forced) {

    /** Longer lines are not a gctrace line (about 150 characters) and are not scanned. */
    static final int MAX_LENGTH = 1024;

    private static final String MS = "(\\d+(?:\\.\\d+)?)";
    private static final Pattern LINE = Pattern.compile("gc (\\d+) @\\d+(?:\\.\\d+)?s \\d+%(?: \\([^)]*\\))*: "
            + MS + "\\+" + MS + "\\+" + MS + " ms clock, [^,]*ms cpu, (\\d+)->(\\d+)->(\\d+) MB, (\\d+) MB goal");

    /** The cycle this line reports; empty for any other line (the service's own output, other runtime traces). */
    public static Optional<GcTraceLine> parse(String line) {
        if (line.length() > MAX_LENGTH || !line.contains(" ms clock")) {
            return Optional.empty();
        }
        Matcher m = LINE.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new GcTraceLine(Long.parseLong(m.group(1)), ms(m.group(2)), ms(m.group(4)),
                    Long.parseLong(m.group(5)), Long.parseLong(m.group(6)), Long.parseLong(m.group(7)),
                    Long.parseLong(m.group(8)), line.substring(m.end()).contains("(forced)")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static double ms(String text) {
        return Double.parseDouble(text) / 1000.0;
    }

    public long liveBytes() {
        return liveMiB << 20;
    }

    public long goalBytes() {
        return goalMiB << 20;
    }
}
