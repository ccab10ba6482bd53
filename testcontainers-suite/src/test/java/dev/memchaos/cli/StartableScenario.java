package dev.memchaos.cli;

import dev.memchaos.journal.RunId;
import dev.memchaos.scenario.ByteSize;
import dev.memchaos.scenario.FaultSpec;
import dev.memchaos.scenario.Scenario;
import dev.memchaos.scenario.Variant;
import dev.memchaos.simulations.Pacing;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What {@code run} needs of a scenario {@code validate} accepted before and while it starts a target, checked without
 * Docker: a run id; memory limits Docker accepts (at least 6 MiB); image references Docker can parse; environment
 * entries a process can have; durations that fit Gatling's and the JVM's clocks (nanoseconds in a long) and rates
 * that are numbers; pod names Kubernetes accepts. Each problem is a sentence naming the field.
 */
final class StartableScenario {

    /** Docker refuses a memory limit below 6 MiB ("Minimum memory limit allowed is 6MB"). */
    static final long DOCKER_MINIMUM_MEMORY = 6L << 20;

    /**
     * An image reference as Docker's reference grammar (distribution/reference) has it, with possessive quantifiers so
     * that a long hostile string cannot make it backtrack: [domain[:port]/]path[:tag][@digest], the path lowercase.
     */
    private static final Pattern IMAGE;

    static {
        String domainComponent = "(?:[a-zA-Z0-9]++(?:-++[a-zA-Z0-9]++)*+)";
        String domain = domainComponent + "(?:\\." + domainComponent + ")*+(?::[0-9]++)?+";
        String pathComponent = "[a-z0-9]++(?:(?:[._]|__|-++)[a-z0-9]++)*+";
        String name = "(?:" + domain + "/)?+" + pathComponent + "(?:/" + pathComponent + ")*+";
        IMAGE = Pattern.compile(name + "(?::[\\w][\\w.-]{0,127})?+(?:@[A-Za-z][A-Za-z0-9]*+(?:[-_+.][A-Za-z][A-Za-z0-9]*+)*+:[0-9a-fA-F]{32,})?+");
    }

    private StartableScenario() {
    }

    /** Every reason the scenario could not start; empty when it can. */
    static List<String> problems(Scenario scenario) {
        List<String> problems = new ArrayList<>();
        try {
            RunId.next(scenario.name());
        } catch (RuntimeException e) {
            problems.add("name: no run id can be made of it (" + e + ")");
        }
        image("target.image", scenario.target().image(), problems);
        memory("target.memory", scenario.target().memory(), problems);
        env("target.env", scenario.target().env(), problems);
        scenario.target().downstream().ifPresent(d -> {
            image("target.downstream.image", d.image(), problems);
            memory("target.downstream.memory", d.memory(), problems);
            env("target.downstream.env", d.env(), problems);
        });
        for (int i = 0; i < scenario.variants().size(); i++) {
            Variant v = scenario.variants().get(i);
            String at = "variants[" + i + "]";
            v.memory().ifPresent(m -> memory(at + ".memory", m, problems));
            env(at + ".env", v.env(), problems);
            String pod = "memchaos-" + v.name();
            if (pod.length() > 253) {
                problems.add(at + ".name: its pod name on k3s is " + pod.length() + " characters; Kubernetes takes at most 253");
            }
            long limit = v.memory().orElse(scenario.target().memory()).bytes();
            for (int f = 0; f < scenario.faults().size(); f++) {
                if (scenario.faults().get(f) instanceof FaultSpec.MemoryLimit squeeze && squeeze.limitBytesFor(limit) < DOCKER_MINIMUM_MEMORY) {
                    problems.add("faults[" + f + "]: lowers " + at + "'s limit to " + squeeze.limitBytesFor(limit)
                            + " bytes, below Docker's minimum of 6 MiB");
                }
            }
        }
        clock("load.rampUp + load.duration", () -> scenario.load().rampUp().plus(scenario.load().duration()), problems);
        if (scenario.load().pacing() instanceof Pacing.Open open && !Double.isFinite(open.perSecond())) {
            problems.add("load.rate: " + open.perSecond() + " is no rate");
        }
        for (int f = 0; f < scenario.faults().size(); f++) {
            FaultSpec fault = scenario.faults().get(f);
            clock("faults[" + f + "].at", fault::at, problems);
            if (fault instanceof FaultSpec.MemoryPressure p) {
                clock("faults[" + f + "].at + duration", () -> p.at().plus(p.duration()), problems);
            } else if (fault instanceof FaultSpec.MemoryLimit l) {
                clock("faults[" + f + "].at + duration", () -> l.at().plus(l.duration()), problems);
            } else if (fault instanceof FaultSpec.NetworkDelay d) {
                clock("faults[" + f + "].at + duration", () -> d.at().plus(d.duration()), problems);
                clock("faults[" + f + "].latency + jitter", () -> d.latency().plus(d.jitter()), problems);
            }
        }
        scenario.hypothesis().ifPresent(h -> {
            clock("hypothesis.duration", h::duration, problems);
            if (!Double.isFinite(h.ratePerSecond()) || h.ratePerSecond() <= 0) {
                problems.add("hypothesis.rate: " + h.ratePerSecond() + " is no rate");
            }
        });
        return problems;
    }

    private static void image(String field, String image, List<String> problems) {
        if (image.length() > 255 || !IMAGE.matcher(image).matches()) {
            problems.add(field + ": \"" + FuzzedFile.excerpt(image) + "\" is not an image reference Docker accepts");
        }
    }

    private static void memory(String field, ByteSize memory, List<String> problems) {
        if (memory.bytes() < DOCKER_MINIMUM_MEMORY) {
            problems.add(field + ": " + memory.bytes() + " bytes is below Docker's minimum memory limit of 6 MiB");
        }
    }

    /** The longest {@code KEY=value} one process's environment takes (Linux's MAX_ARG_STRLEN, 32 pages). */
    static final int LONGEST_ENV_ENTRY = 32 * 4096 - 1;

    private static void env(String field, Map<String, String> env, List<String> problems) {
        env.forEach((key, value) -> {
            int entry = key.length() + 1 + (value == null ? 0 : value.length());
            if (entry > LONGEST_ENV_ENTRY) {
                problems.add(field + "." + FuzzedFile.excerpt(key) + ": an entry of " + entry
                        + " characters; Linux passes at most " + LONGEST_ENV_ENTRY + " to a process");
            }
            if (key.isEmpty() || key.indexOf('=') >= 0 || key.indexOf('\0') >= 0) {
                problems.add(field + ": \"" + FuzzedFile.excerpt(key) + "\" cannot be an environment variable's name");
            }
            if (value != null && value.indexOf('\0') >= 0) {
                problems.add(field + "." + FuzzedFile.excerpt(key) + ": a value with a NUL cannot be passed to a process");
            }
        });
    }

    private static void clock(String field, java.util.function.Supplier<Duration> duration, List<String> problems) {
        try {
            Duration d = duration.get();
            if (d.isNegative()) {
                problems.add(field + ": " + d + " is negative");
            }
            d.toNanos();
        } catch (ArithmeticException e) {
            problems.add(field + ": overflows a clock of nanoseconds in a long, as Gatling and the JVM keep time (" + e.getMessage() + ")");
        }
    }
}
