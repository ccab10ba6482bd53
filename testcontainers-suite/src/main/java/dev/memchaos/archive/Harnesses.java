package dev.memchaos.archive;

import dev.memchaos.journal.Summary;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/** The harness process as a run's journal records it, and whether a recorded harness still runs. */
public final class Harnesses {

    private Harnesses() {
    }

    public static Summary.Harness current() {
        ProcessHandle self = ProcessHandle.current();
        return new Summary.Harness(self.pid(), self.info().startInstant().map(Object::toString).orElse(null), host());
    }

    /**
     * Whether the process that ran a run is still there: same host, a live process with that pid
     * and, where known, the same start time (a pid can be reused). A run on another host counts as
     * alive: it cannot be judged from here.
     */
    public static boolean alive(Summary.Harness harness) {
        if (harness == null) {
            return false;
        }
        if (harness.host() != null && !harness.host().equals(host())) {
            return true;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(harness.pid()).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return false;
        }
        return harness.processStartedAt() == null || process.get().info().startInstant()
                .map(start -> start.toString().equals(harness.processStartedAt())).orElse(true);
    }

    static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return Optional.ofNullable(System.getenv("HOSTNAME")).orElse("localhost");
        }
    }
}
