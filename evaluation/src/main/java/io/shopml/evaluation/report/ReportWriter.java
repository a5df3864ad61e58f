package io.shopml.evaluation.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a report folder: {@code results.json} and the {@code index.html} rendered from it. */
public final class ReportWriter {

    public static final String RESULTS = "results.json";
    public static final String PAGE = "index.html";

    private ReportWriter() {
    }

    /** A report stamped with now and this machine's description. */
    public static Report newReport(String title, List<ReportSection> sections) {
        return new Report(title, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), environment(), sections);
    }

    /** Writes {@code dir/results.json} and {@code dir/index.html}; returns the page's path. */
    public static Path write(Report report, Path dir) {
        ReportJson.write(report, dir.resolve(RESULTS));
        Path page = dir.resolve(PAGE);
        try {
            Files.writeString(page, HtmlReport.render(report), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + page + ": " + e.getMessage(), e);
        }
        return page;
    }

    /** The machine the numbers come from: they are only comparable on the same one. */
    public static Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("host", hostName());
        env.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        env.put("max heap", Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
        env.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        env.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        cpuModel().ifPresent(model -> env.put("cpu", model));
        return env;
    }

    private static java.util.Optional<String> cpuModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        try {
            return Files.isReadable(cpuinfo)
                    ? Files.readAllLines(cpuinfo).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst()
                    : java.util.Optional.empty();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
