package dev.memchaos.scenario;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * One fault on the chaos timeline. Times count from the start of the load, ramp-up included; a fault is applied
 * at {@link #at()} and reverted at {@link #end()}.
 */
public sealed interface FaultSpec
        permits FaultSpec.MemoryPressure, FaultSpec.MemoryLimit, FaultSpec.NetworkDelay, FaultSpec.Kill {

    /** Every fault type name as written in {@code faults[].type}, in the order the documentation lists them. */
    Set<String> TYPES = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(
            MemoryPressure.TYPE, MemoryLimit.TYPE, NetworkDelay.TYPE, Kill.TYPE)));

    /** The type name as written in the file, e.g. {@code memory-pressure}. */
    String type();

    /** When the fault is applied, from the start of the load. */
    Duration at();

    /** How long the fault lasts before it is reverted; zero for a fault that happens at one instant. */
    Duration duration();

    /** When the fault is reverted, from the start of the load. */
    default Duration end() {
        return at().plus(duration());
    }

    /** The parameters particular to this type, as plain values (text, numbers, booleans) to archive with a run. */
    Map<String, Object> params();

    /** One short sentence for people, e.g. "memory pressure of 40MiB in 4 steps from 10s for 20s". */
    String describe();

    /** Allocates and touches {@code size} of memory inside the target's own memory cgroup, in equal steps. */
    record MemoryPressure(Duration at, Duration duration, ByteSize size, int steps) implements FaultSpec {

        public static final String TYPE = "memory-pressure";
        public static final int MAX_STEPS = 100;

        public MemoryPressure {
            Faults.requireTimed(at, duration);
            Objects.requireNonNull(size, "size");
            if (steps < 1 || steps > MAX_STEPS) {
                throw new IllegalArgumentException("steps must be from 1 to " + MAX_STEPS + ", got " + steps);
            }
        }

        /** The memory held once {@code step} of the steps is reached: step 0 holds nothing, step {@code steps} all. */
        public ByteSize sizeAtStep(int step) {
            if (step < 0 || step > steps) {
                throw new IllegalArgumentException("step must be from 0 to " + steps + ", got " + step);
            }
            long whole = size.bytes() / steps;
            long rest = size.bytes() % steps;
            return new ByteSize(whole * step + rest * step / steps);
        }

        /** When step 1..{@code steps} is reached, from the start of the load; step 1 is reached at {@link #at()}. */
        public Duration stepAt(int step) {
            if (step < 1 || step > steps) {
                throw new IllegalArgumentException("step must be from 1 to " + steps + ", got " + step);
            }
            return at.plus(duration.multipliedBy(step - 1).dividedBy(steps));
        }

        @Override
        public String type() {
            return TYPE;
        }

        @Override
        public Map<String, Object> params() {
            return Faults.params("size", size.exact(), "steps", steps);
        }

        @Override
        public String describe() {
            return "memory pressure of " + size.exact() + (steps == 1 ? "" : " in " + steps + " steps")
                    + Faults.span(at, duration);
        }
    }

    /** Lowers the target's memory limit to a fixed size or to a fraction of the variant's limit, then restores it. */
    record MemoryLimit(Duration at, Duration duration, Optional<ByteSize> limit, OptionalDouble fraction)
            implements FaultSpec {

        public static final String TYPE = "memory-limit";

        public MemoryLimit {
            Faults.requireTimed(at, duration);
            Objects.requireNonNull(limit, "limit");
            Objects.requireNonNull(fraction, "fraction");
            if (limit.isPresent() == fraction.isPresent()) {
                throw new IllegalArgumentException("a memory-limit fault needs exactly one of limit or fraction");
            }
            if (fraction.isPresent() && !(fraction.getAsDouble() > 0 && fraction.getAsDouble() < 1)) {
                throw new IllegalArgumentException("fraction must be above 0 and below 1, got "
                        + fraction.getAsDouble());
            }
        }

        public static MemoryLimit to(Duration at, Duration duration, ByteSize limit) {
            return new MemoryLimit(at, duration, Optional.of(limit), OptionalDouble.empty());
        }

        public static MemoryLimit toFraction(Duration at, Duration duration, double fraction) {
            return new MemoryLimit(at, duration, Optional.empty(), OptionalDouble.of(fraction));
        }

        /** The lowered limit in bytes for a variant whose own limit is {@code variantLimitBytes}. */
        public long limitBytesFor(long variantLimitBytes) {
            if (limit.isPresent()) {
                return limit.get().bytes();
            }
            return Math.max(1, (long) Math.floor(variantLimitBytes * fraction.getAsDouble()));
        }

        @Override
        public String type() {
            return TYPE;
        }

        @Override
        public Map<String, Object> params() {
            return limit.isPresent() ? Faults.params("limit", limit.get().exact())
                    : Faults.params("fraction", fraction.getAsDouble());
        }

        @Override
        public String describe() {
            String to = limit.map(ByteSize::exact)
                    .orElseGet(() -> NumberText.exact(fraction.getAsDouble() * 100) + "% of the variant's limit");
            return "memory limit lowered to " + to + Faults.span(at, duration);
        }
    }

    /** Adds latency and jitter through Toxiproxy on one network path. */
    record NetworkDelay(Duration at, Duration duration, NetworkPath path, Duration latency, Duration jitter)
            implements FaultSpec {

        public static final String TYPE = "network-delay";

        /** Which calls are delayed. */
        public enum NetworkPath {
            /** The load generator's calls to the target. */
            CLIENT("client", "the load generator's calls to the target"),
            /** The target's calls to its downstream; needs {@code target.downstream}. */
            DOWNSTREAM("downstream", "the target's calls to its downstream");

            private final String text;
            private final String calls;

            NetworkPath(String text, String calls) {
                this.text = text;
                this.calls = calls;
            }

            /** The name as written in the file: {@code client} or {@code downstream}. */
            public String text() {
                return text;
            }

            public static Optional<NetworkPath> byText(String text) {
                for (NetworkPath path : values()) {
                    if (path.text.equals(text)) {
                        return Optional.of(path);
                    }
                }
                return Optional.empty();
            }
        }

        public NetworkDelay {
            Faults.requireTimed(at, duration);
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(latency, "latency");
            Objects.requireNonNull(jitter, "jitter");
            if (latency.isNegative() || jitter.isNegative()) {
                throw new IllegalArgumentException("latency and jitter cannot be negative");
            }
        }

        @Override
        public String type() {
            return TYPE;
        }

        @Override
        public Map<String, Object> params() {
            return Faults.params("path", path.text(), "latency", DurationText.format(latency),
                    "jitter", DurationText.format(jitter));
        }

        @Override
        public String describe() {
            String jitterText = jitter.isZero() ? "" : " with " + DurationText.format(jitter) + " jitter";
            return "network delay of " + DurationText.format(latency) + jitterText + " on " + path.calls
                    + Faults.span(at, duration);
        }
    }

    /** Kills the target with SIGKILL at one instant, and optionally starts it again. */
    record Kill(Duration at, boolean restart) implements FaultSpec {

        public static final String TYPE = "kill";

        public Kill {
            Faults.requireStart(at);
        }

        @Override
        public Duration duration() {
            return Duration.ZERO;
        }

        @Override
        public String type() {
            return TYPE;
        }

        @Override
        public Map<String, Object> params() {
            return Faults.params("restart", restart);
        }

        @Override
        public String describe() {
            return "SIGKILL of the target at " + DurationText.format(at)
                    + (restart ? ", then a restart" : " without a restart");
        }
    }
}
