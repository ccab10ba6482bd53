package dev.memchaos.benchmarks;

import java.util.Locale;

/** What one client measured against the target: latency percentiles in microseconds, requests, errors, throughput. */
record ClientFigures(double p50Us, double p99Us, long requests, long errors, double perSecond) {

    String latencies() {
        return millis(p50Us) + " / " + millis(p99Us);
    }

    static String millis(double us) {
        return us < 0 ? "n/a" : String.format(Locale.ROOT, us < 10_000 ? "%.3f ms" : "%.1f ms", us / 1000);
    }
}
