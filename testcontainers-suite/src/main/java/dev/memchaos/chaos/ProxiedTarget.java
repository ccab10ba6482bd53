package dev.memchaos.chaos;

import dev.memchaos.backend.Target;
import dev.memchaos.scenario.FaultSpec.NetworkDelay.NetworkPath;
import eu.rekawek.toxiproxy.Proxy;
import java.util.Optional;

/** A target whose delayable network paths run through Toxiproxy, whatever runs it. */
public interface ProxiedTarget extends Target {

    /** The Toxiproxy proxy on one path, if the target was deployed with that path delayable. */
    Optional<Proxy> proxy(NetworkPath path);
}
