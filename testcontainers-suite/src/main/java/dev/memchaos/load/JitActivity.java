package dev.memchaos.load;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How busy this JVM's JIT compiler is while something runs: milliseconds spent compiling per second of wall time over
 * the last {@link #WINDOW}, from {@link CompilationMXBean#getTotalCompilationTime()} sampled every
 * {@link #EVERY}. The window leaves out the start of what runs (a Gatling run compiles its own start-up).
 */
final class JitActivity implements AutoCloseable {

    static final Duration WINDOW = Duration.ofSeconds(3);
    static final Duration EVERY = Duration.ofMillis(250);

    /** One reading: when ({@link System#nanoTime()}) and the JVM's total compilation time then, in milliseconds. */
    record Sample(long nanos, long compilingMillis) {
    }

    private final CompilationMXBean compiler;
    private final List<Sample> samples = new ArrayList<>();
    private final Thread sampler;

    private JitActivity(CompilationMXBean compiler) {
        this.compiler = compiler;
        sample();
        sampler = new Thread(this::sampleUntilClosed, "memchaos-jit-activity");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts watching the JIT; empty when this JVM does not report its compilation time (e.g. {@code -Xint}). */
    static Optional<JitActivity> watch() {
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        if (compiler == null || !compiler.isCompilationTimeMonitoringSupported()) {
            return Optional.empty();
        }
        return Optional.of(new JitActivity(compiler));
    }

    /** Milliseconds of compiling per second over the last {@link #WINDOW} (or all of it, when shorter), up to now. */
    double recentMillisPerSecond() {
        sample();
        synchronized (samples) {
            return millisPerSecond(samples, WINDOW);
        }
    }

    /**
     * Milliseconds of compiling per second between the newest sample and the newest one at least {@code window}
     * before it (the oldest, when none is); 0 with fewer than two samples.
     */
    static double millisPerSecond(List<Sample> samples, Duration window) {
        if (samples.size() < 2) {
            return 0;
        }
        Sample last = samples.get(samples.size() - 1);
        Sample from = samples.get(0);
        for (Sample s : samples) {
            if (last.nanos() - s.nanos() >= window.toNanos()) {
                from = s;
            }
        }
        long nanos = last.nanos() - from.nanos();
        return nanos <= 0 ? 0 : (last.compilingMillis() - from.compilingMillis()) * 1e9 / nanos;
    }

    private void sample() {
        Sample now = new Sample(System.nanoTime(), compiler.getTotalCompilationTime());
        synchronized (samples) {
            samples.add(now);
        }
    }

    private void sampleUntilClosed() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(EVERY.toMillis());
                sample();
            }
        } catch (InterruptedException e) {
            // closed
        }
    }

    @Override
    public void close() {
        sampler.interrupt();
        try {
            sampler.join(EVERY.toMillis() * 4);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
