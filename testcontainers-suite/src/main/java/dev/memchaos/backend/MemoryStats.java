package dev.memchaos.backend;

/**
 * Memory of a target as its cgroup accounts it. {@code peakBytes} is the kernel's own
 * high-water mark where the runtime reports one (cgroup v1), otherwise 0.
 */
public record MemoryStats(long usageBytes, long peakBytes, long limitBytes) {

    public static final MemoryStats NONE = new MemoryStats(0, 0, 0);
}
