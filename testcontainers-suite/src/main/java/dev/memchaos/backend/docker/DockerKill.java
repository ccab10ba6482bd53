package dev.memchaos.backend.docker;

import dev.memchaos.chaos.Applied;
import dev.memchaos.chaos.Injector;
import dev.memchaos.scenario.FaultSpec;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** SIGKILL of the container; with {@code restart}, started again, recording the time until it answers its health check. */
final class DockerKill implements Injector<FaultSpec.Kill, DockerTarget> {

    static final Duration RESTART_TIMEOUT = Duration.ofSeconds(60);

    @Override
    public Class<FaultSpec.Kill> specType() {
        return FaultSpec.Kill.class;
    }

    @Override
    public String faultType() {
        return FaultSpec.Kill.TYPE;
    }

    @Override
    public Applied apply(DockerTarget target, FaultSpec.Kill spec) {
        long killedAt = System.nanoTime();
        target.client().killContainerCmd(target.containerId()).withSignal("KILL").exec();
        if (!spec.restart()) {
            return Applied.of(() -> { });
        }
        restart(target);
        double recoverySeconds = (System.nanoTime() - killedAt) / 1e9;
        return Applied.of(Map.of("recoveryS", Math.round(recoverySeconds * 1000) / 1000.0), () -> {
            // a kill is not undone; the restart already happened
        });
    }

    /** Starts the killed container again and waits until it answers its health path. */
    private static void restart(DockerTarget target) {
        Instant start = Instant.now();
        target.client().startContainerCmd(target.containerId()).exec();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(target.endpoint().resolve(target.healthPath())).timeout(Duration.ofSeconds(1)).build();
        while (Duration.between(start, Instant.now()).compareTo(RESTART_TIMEOUT) < 0) {
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep(Duration.ofMillis(50));
        }
        throw new IllegalStateException("the target did not answer " + target.healthPath() + " within "
                + RESTART_TIMEOUT.toSeconds() + "s of its restart");
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
