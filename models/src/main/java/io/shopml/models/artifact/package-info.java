/**
 * The model artifact format: a Triton-style repository {@code <root>/<model>/<version>/} whose
 * versions are written atomically and verified on load.
 *
 * <p>Each version folder holds {@code manifest.json} ({@link io.shopml.models.artifact.Manifest}:
 * task, framework, tensor signature, preprocessing, data fingerprint, metrics, provenance, creation
 * time and the sha256 of every file) and the framework's files. A trainer exports through a {@link
 * io.shopml.models.artifact.VersionDraft}, which stages the files inside the repository and renames
 * them into place, so a reader never sees half a version; a server opens versions through {@link
 * io.shopml.models.artifact.ModelRepository}, which refuses any version whose files do not match
 * their checksums, with an {@link io.shopml.models.artifact.ArtifactException} naming the file.
 *
 * <pre>{@code
 * ModelRepository repository = new ModelRepository(Path.of("repo"));
 * Manifest template = new Manifest(Manifest.FORMAT_VERSION, null, 0, "forecast", "dl4j",
 *         List.of(new TensorSpec("history", "FP32", new long[] {-1, 24})),
 *         List.of(new TensorSpec("forecast", "FP32", new long[] {-1, 6})),
 *         Manifest.toJson(scaling),
 *         new DataFingerprint("data/sales.csv", sha256, 1200, Map.of("train", 0.8, "validation", 0.2)),
 *         Map.of("mae", 12.5),
 *         Provenance.capture(42, Map.of("epochs", 30), "cpu", runId),
 *         null, null);
 * try (VersionDraft draft = repository.newDraft("sales-forecaster")) {
 *     Files.write(draft.directory().resolve("model.bin"), weights);  // the framework's files, subfolders allowed
 *     ModelArtifact committed = draft.commit(template);   // sales-forecaster/1, 2, ...
 * }
 * ModelArtifact latest = repository.openLatest("sales-forecaster");  // verified
 * Path modelFile = latest.file("model.bin");
 * }</pre>
 *
 * <p>The same example runs as {@code UsageExampleTest}.
 */
package io.shopml.models.artifact;
