package dev.memchaos.benchmarks;

import org.HdrHistogram.Histogram;

/**
 * One client's windows of a row, pooled: every latency of every window in one histogram (microseconds), and the
 * requests and errors summed. The row's figure for that client is this pool's, as if it had measured for the
 * windows' total time, but spread over the row so that the machine's slow spells fall on both clients alike.
 */
final class Pooled {

    private final Histogram micros = new Histogram(3_600_000_000L, 3);
    private long requests;
    private long errors;

    /** A window: its latencies in microseconds, and its requests and errors as the client reported them. */
    void add(Histogram window, ClientFigures reported) {
        micros.add(window);
        requests += reported.requests();
        errors += reported.errors();
    }

    ClientFigures figures() {
        if (micros.getTotalCount() == 0) {
            return new ClientFigures(-1, -1, requests, errors, -1);
        }
        return new ClientFigures(micros.getValueAtPercentile(50), micros.getValueAtPercentile(99), requests, errors, -1);
    }
}
