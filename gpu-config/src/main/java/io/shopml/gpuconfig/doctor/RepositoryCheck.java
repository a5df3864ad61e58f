package io.shopml.gpuconfig.doctor;

import io.shopml.models.artifact.ModelRepository;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a model repository is readable: its folder, and the latest version of every model
 * with all checksums verified (what {@code shopml serve} would load).
 */
final class RepositoryCheck {

    private RepositoryCheck() {
    }

    static List<CheckResult> check(Optional<Path> repository) {
        if (repository.isEmpty()) {
            return List.of(CheckResult.ok("Model repository", "not checked (pass --repo DIR to check one)"));
        }
        Path root = repository.get();
        if (!Files.isDirectory(root) || !Files.isReadable(root)) {
            return List.of(CheckResult.fail("Model repository", root + " is not a readable directory",
                    "create it by training a model (./shopml train ... --repo " + root + ") or fix the path"));
        }
        ModelRepository repo = new ModelRepository(root);
        List<String> loaded = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        for (String model : repo.modelNames()) {
            try {
                loaded.add(model + " v" + repo.openLatest(model).manifest().version());
            } catch (RuntimeException e) {
                broken.add(model + ": " + e.getMessage());
            }
        }
        if (!broken.isEmpty()) {
            return List.of(CheckResult.fail("Model repository", root + ": " + String.join("; ", broken),
                    "retrain or remove the broken version; the server refuses it"));
        }
        return List.of(loaded.isEmpty()
                ? CheckResult.warn("Model repository", root + " holds no model", "train one into it first")
                : CheckResult.ok("Model repository", root + ": " + String.join(", ", loaded)));
    }
}
