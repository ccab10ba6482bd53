package dev.memchaos.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * What the harness's own JVM did during a load: the JIT's compiling time and the GC's collections, read from the
 * JVM's management beans before and after. A memchaos tail that vegeta does not share is either here or not in the
 * JVM at all (the machine, the target).
 */
record HarnessActivity(long compileMillis, long gcMillis, long gcCount) {

    static HarnessActivity now() {
        long gcMillis = 0;
        long gcCount = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcMillis += Math.max(0, gc.getCollectionTime());
            gcCount += Math.max(0, gc.getCollectionCount());
        }
        var jit = ManagementFactory.getCompilationMXBean();
        long compile = jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
        return new HarnessActivity(compile, gcMillis, gcCount);
    }

    /** Since this reading, over a load of {@code seconds}, as one line. */
    String since(double seconds) {
        HarnessActivity after = now();
        String jit = compileMillis < 0 ? "JIT not measured"
                : String.format(Locale.ROOT, "the JIT compiled %.0f ms per second", (after.compileMillis - compileMillis) / seconds);
        return String.format(Locale.ROOT, "%s, the harness's GC paused %d ms in %d collections", jit,
                after.gcMillis - gcMillis, after.gcCount - gcCount);
    }
}
