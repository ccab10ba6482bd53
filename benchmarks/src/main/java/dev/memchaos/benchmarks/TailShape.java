package dev.memchaos.benchmarks;

import java.util.Locale;
import org.HdrHistogram.Histogram;

/** The shape of one client's latencies, in microseconds: the median and the tail, to see where two clients part. */
record TailShape(long count, double p50Us, double p90Us, double p99Us, double p995Us, double p999Us, double maxUs) {

    static TailShape of(Histogram micros) {
        return new TailShape(micros.getTotalCount(), micros.getValueAtPercentile(50), micros.getValueAtPercentile(90),
                micros.getValueAtPercentile(99), micros.getValueAtPercentile(99.5), micros.getValueAtPercentile(99.9),
                micros.getMaxValue());
    }

    static final String HEADER = "| step | requests | p50 | p90 | p99 | p99.5 | p99.9 | max | p99 ÷ the next vegeta step's |\n"
            + "| --- | --- | --- | --- | --- | --- | --- | --- | --- |";

    String row(String step, String ratio) {
        return String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s | %s | %s |", step, count,
                ClientFigures.millis(p50Us), ClientFigures.millis(p90Us), ClientFigures.millis(p99Us),
                ClientFigures.millis(p995Us), ClientFigures.millis(p999Us), ClientFigures.millis(maxUs), ratio);
    }
}
