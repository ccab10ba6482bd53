package dev.memchaos.chaos;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/** A fault in force. Closing it reverts the fault; closing it again does nothing. */
public interface Applied extends AutoCloseable {

    /** What was observed while applying, for the archive (e.g. the time until a killed target answered again). */
    default Map<String, Object> observed() {
        return Map.of();
    }

    @Override
    void close();

    /** A fault that {@code revert} undoes; the revert runs once, however often the fault is closed. */
    static Applied of(Runnable revert) {
        return of(Map.of(), revert);
    }

    /** As {@link #of(Runnable)}, with what was observed while applying. */
    static Applied of(Map<String, Object> observed, Runnable revert) {
        Map<String, Object> seen = Map.copyOf(observed);
        AtomicBoolean reverted = new AtomicBoolean();
        return new Applied() {
            @Override
            public Map<String, Object> observed() {
                return seen;
            }

            @Override
            public void close() {
                if (reverted.compareAndSet(false, true)) {
                    revert.run();
                }
            }
        };
    }
}
