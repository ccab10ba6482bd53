package dev.memchaos.simulations;

/** How arrivals are paced: an open model (a rate of arrivals) or a closed one (a fixed number of users). */
public sealed interface Pacing {

    /** What a person reads in the progress lines, e.g. {@code 100/s} or {@code 16 users}. */
    String describe();

    /** Open model: new arrivals per second, whatever the service's response times. */
    record Open(double perSecond) implements Pacing {
        public Open {
            if (!(perSecond > 0)) {
                throw new IllegalArgumentException("the arrival rate must be above 0 per second, got " + perSecond);
            }
        }

        @Override
        public String describe() {
            return (perSecond == Math.rint(perSecond) ? Long.toString((long) perSecond) : Double.toString(perSecond)) + "/s";
        }
    }

    /** Closed model: this many users at once, each starting its next request when the last one ended. */
    record Closed(int users) implements Pacing {
        public Closed {
            if (users < 1) {
                throw new IllegalArgumentException("the concurrency must be at least 1 user, got " + users);
            }
        }

        @Override
        public String describe() {
            return users + (users == 1 ? " user" : " users");
        }
    }
}
