package io.shopml.evaluation.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything {@code shopml evaluate --all} found: the content of {@code report/results.json},
 * from which {@code report/index.html} is rendered.
 *
 * @param title       the page title
 * @param generatedAt when the evaluation ran, ISO-8601
 * @param environment the machine and software it ran on (JVM, OS, cores)
 * @param sections    model evaluations, then benchmark sections
 */
public record Report(String title, String generatedAt, Map<String, String> environment,
                     List<ReportSection> sections) {

    public Report {
        environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
        sections = List.copyOf(sections);
    }
}
