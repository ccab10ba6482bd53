package dev.memchaos.run;

/** Where a run reports what it is doing, for people watching long work. */
@FunctionalInterface
public interface Progress {

    void say(String line);

    static Progress toStderr() {
        return line -> System.err.println("memchaos: " + line);
    }
}
