package io.shopml.evaluation.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads and writes {@link Report}s ({@code results.json}) and single {@link ReportSection}s (the
 * files {@code shopml bench} leaves in {@code <report>/sections/} for the next {@code evaluate --all}).
 * A number that was not measured ({@code NaN}) is written as the string {@code "NaN"} and read back.
 */
public final class ReportJson {

    /** The folder, inside a report folder, where benchmark sections wait to be included. */
    public static final String SECTIONS_FOLDER = "sections";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private ReportJson() {
    }

    public static void write(Report report, Path file) {
        writeValue(report, file);
    }

    public static Report read(Path file) {
        try {
            return JSON.readValue(file.toFile(), Report.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report results " + file + ": " + e.getMessage(), e);
        }
    }

    /** Saves a benchmark section as {@code <reportDir>/sections/<name>.json}, replacing an earlier one. */
    public static Path saveSection(ReportSection section, Path reportDir, String name) {
        Path file = reportDir.resolve(SECTIONS_FOLDER).resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".json");
        writeValue(section, file);
        return file;
    }

    /** The sections saved under {@code <reportDir>/sections/}, in file-name order; none when the folder is absent. */
    public static List<ReportSection> savedSections(Path reportDir) {
        Path folder = reportDir.resolve(SECTIONS_FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<ReportSection> sections = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                sections.add(JSON.readValue(file.toFile(), ReportSection.class));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read saved sections in " + folder + ": " + e.getMessage(), e);
        }
        return sections;
    }

    private static void writeValue(Object value, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            JSON.writeValue(file.toFile(), value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
