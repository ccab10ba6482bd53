package dev.memchaos.chaos;

import java.util.Map;

/** A fault in force. Closing it reverts the fault; closing it again does nothing. */
public interface Applied extends AutoCloseable {

    /** What was observed while applying, for the archive (e.g. the time until a killed target answered again). */
    default Map<String, Object> observed() {
        return Map.of();
    }

    @Override
    void close();
}
