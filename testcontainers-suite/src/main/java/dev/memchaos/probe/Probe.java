package dev.memchaos.probe;

/** Samples one thing about a target into a {@link Timeline} at a fixed rate until closed. */
public sealed interface Probe extends AutoCloseable permits MemoryProbe, RuntimeProbe {

    @Override
    void close();
}
