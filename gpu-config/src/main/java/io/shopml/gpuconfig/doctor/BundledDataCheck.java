package io.shopml.gpuconfig.doctor;

import io.shopml.datasets.BundledDatasets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether every bundled data set can be extracted to the data cache, which quickstart, the tests
 * and the default training runs read from.
 */
final class BundledDataCheck {

    private BundledDataCheck() {
    }

    static List<CheckResult> check() {
        List<String> problems = new ArrayList<>();
        String cache = "";
        for (String name : BundledDatasets.names()) {
            try {
                Path file = BundledDatasets.extract(name);
                cache = file.getRoot().resolve(file.subpath(0, file.getNameCount() - Path.of(name).getNameCount()))
                        .toString();
            } catch (RuntimeException e) {
                problems.add(name + ": " + e.getMessage());
            }
        }
        int readable = BundledDatasets.names().size() - problems.size();
        return List.of(problems.isEmpty()
                ? CheckResult.ok("Bundled data", readable + " data sets readable (cache " + cache + ")")
                : CheckResult.fail("Bundled data", readable + " of " + BundledDatasets.names().size()
                        + " readable; " + String.join("; ", problems),
                        "set -D" + BundledDatasets.CACHE_PROPERTY + "=<writable dir> via SHOPML_JAVA_OPTS, "
                                + "or rebuild if a data set is missing from the jar"));
    }
}
