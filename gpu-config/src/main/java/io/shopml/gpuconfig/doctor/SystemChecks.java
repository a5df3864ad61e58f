package io.shopml.gpuconfig.doctor;

import io.shopml.gpuconfig.ByteSize;

import java.lang.management.ManagementFactory;
import java.util.List;

/** Java, operating system, cores and memory: what every backend stands on. */
final class SystemChecks {

    /** Heap below which training the larger models runs out of memory. */
    static final long MIN_HEAP = 1L << 30;

    private SystemChecks() {
    }

    static List<CheckResult> run() {
        return List.of(java(Runtime.version().feature(), System.getProperty("java.vm.name") + " "
                        + System.getProperty("java.runtime.version") + " at " + System.getProperty("java.home")),
                os(System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("os.version")),
                cores(Runtime.getRuntime().availableProcessors()),
                memory(Runtime.getRuntime().maxMemory(), physicalMemory()));
    }

    static CheckResult java(int feature, String description) {
        return feature >= 17
                ? CheckResult.ok("Java", description)
                : CheckResult.fail("Java", description, "shopml needs Java 17 or newer; install a JDK 17+");
    }

    static CheckResult os(String name, String arch, String version) {
        String detail = name + " " + version + " (" + arch + ")";
        boolean linux = name.toLowerCase().contains("linux");
        boolean x86 = arch.equals("amd64") || arch.equals("x86_64");
        return linux && x86
                ? CheckResult.ok("OS", detail)
                : CheckResult.fail("OS", detail, "the bundled native libraries are for Linux x86_64 only");
    }

    static CheckResult cores(int cores) {
        return cores >= 2
                ? CheckResult.ok("CPU cores", cores + " available to the JVM")
                : CheckResult.warn("CPU cores", cores + " available to the JVM",
                        "training will be slow; check container CPU limits");
    }

    static CheckResult memory(long maxHeap, long physical) {
        String detail = "max heap " + ByteSize.format(maxHeap)
                + (physical > 0 ? ", physical " + ByteSize.format(physical) : "");
        return maxHeap >= MIN_HEAP
                ? CheckResult.ok("Memory", detail)
                : CheckResult.warn("Memory", detail, "give the JVM more heap: SHOPML_JAVA_OPTS=-Xmx4g ./shopml ...");
    }

    private static long physicalMemory() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() : 0;
    }
}
