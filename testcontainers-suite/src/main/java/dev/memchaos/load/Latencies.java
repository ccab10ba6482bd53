package dev.memchaos.load;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/** The response times of one load: every one recorded, or only the few figures Gatling's report states. */
public sealed interface Latencies {

    /** Latency percentile {@code p} (0-100) in ms (to the microsecond where recorded); empty when there were no responses or it is not known. */
    OptionalDouble percentileMs(double p);

    /** The slowest response in ms; empty when there were none. */
    OptionalDouble maxMs();

    /** Every response time, in microseconds, in an HdrHistogram: any percentile, to the microsecond. */
    record Recorded(Histogram micros) implements Latencies {

        @Override
        public OptionalDouble percentileMs(double p) {
            return micros.getTotalCount() == 0 ? OptionalDouble.empty() : OptionalDouble.of(micros.getValueAtPercentile(p) / 1000.0);
        }

        @Override
        public OptionalDouble maxMs() {
            return micros.getTotalCount() == 0 ? OptionalDouble.empty() : OptionalDouble.of(micros.getMaxValue() / 1000.0);
        }
    }

    /**
     * The percentiles Gatling's report shows (by default 50, 75, 95 and 99, set by {@code gatling.charting.indicators}
     * in gatling.conf) and the maximum: a percentile it does not show is not known.
     */
    record Reported(Map<Double, Double> percentilesMs, OptionalDouble max) implements Latencies {

        public Reported {
            percentilesMs = new TreeMap<>(percentilesMs);
        }

        @Override
        public OptionalDouble percentileMs(double p) {
            Double value = percentilesMs.get(p);
            return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
        }

        @Override
        public OptionalDouble maxMs() {
            return max;
        }
    }
}
