package dev.memchaos.diagnostics;

import dev.memchaos.backend.MemoryStats;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Heap profiles near the memory peak: fed the memory probe's samples, it takes a profile
 * (on its own thread, never the probe's) whenever {@link PeakProfileTrigger} says so,
 * each one replacing the last, so the one kept is the nearest to the peak it could catch.
 */
public final class NearPeakHeap implements Consumer<MemoryStats>, AutoCloseable {

    private final URI endpoint;
    private final Path file;
    private final HeapProfiles profiles;
    private final PeakProfileTrigger trigger = new PeakProfileTrigger();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "memchaos-near-peak-heap");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Taken> taken = new AtomicReference<>();

    private record Taken(long usageBytes, long limitBytes, Instant at) {
    }

    public NearPeakHeap(URI endpoint, Path file, HeapProfiles profiles) {
        this.endpoint = endpoint;
        this.file = file;
        this.profiles = profiles;
    }

    @Override
    public void accept(MemoryStats stats) {
        Instant now = Instant.now();
        if (trigger.offer(stats.usageBytes(), stats.limitBytes(), now)) {
            try {
                worker.execute(() -> profiles.capture(endpoint, file)
                        .ifPresent(p -> taken.set(new Taken(stats.usageBytes(), stats.limitBytes(), now))));
            } catch (RejectedExecutionException e) {
                // closed: the variant is over
            }
        }
    }

    /** The profile kept, as the summary records it: {@code relativeFile} from the run folder, time from the load's start. */
    public Optional<Diagnostics.PeakHeapProfile> result(String relativeFile, Instant loadStart) {
        Taken t = taken.get();
        return t == null ? Optional.empty() : Optional.of(new Diagnostics.PeakHeapProfile(relativeFile, t.usageBytes(),
                t.limitBytes(), Math.round((t.at().toEpochMilli() - loadStart.toEpochMilli()) / 10.0) / 100.0));
    }

    /** Waits (bounded) for a profile being taken, then stops. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            worker.awaitTermination(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        worker.shutdownNow();
    }
}
