package dev.memchaos.run;

import dev.memchaos.backend.Backend;
import dev.memchaos.backend.docker.DockerBackend;
import dev.memchaos.backend.k3s.K3sBackend;
import dev.memchaos.journal.RunId;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where a run's targets run, by the name a user gives it ({@code --backend}, {@code -Dmemchaos.backend}). */
public enum BackendKind {
    DOCKER("docker"),
    K3S("k3s");

    /** The system property the suite reads to pick its backend. */
    public static final String PROPERTY = "memchaos.backend";

    public final String id;

    BackendKind(String id) {
        this.id = id;
    }

    /** The backend named {@code name}; unknown names are refused with the list of known ones. */
    public static BackendKind of(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.id.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown backend '" + name + "': use "
                        + Arrays.stream(values()).map(k -> k.id).collect(Collectors.joining(" or "))));
    }

    /** The backend the suite runs on: {@code memchaos.backend}, Docker by default. */
    public static BackendKind fromSystemProperty() {
        return of(System.getProperty(PROPERTY, DOCKER.id));
    }

    /** Connects to the machine's Docker engine (reaping what a killed harness left) and opens this backend. */
    public Backend<?> open(RunId runId, Progress progress) {
        return switch (this) {
            case DOCKER -> new DockerBackend(runId);
            case K3S -> new K3sBackend(runId, progress::say);
        };
    }
}
