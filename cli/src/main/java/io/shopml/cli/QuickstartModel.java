package io.shopml.cli;

import io.grpc.ManagedChannel;
import io.shopml.models.artifact.ModelRepository;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * One model's part of {@code shopml quickstart}: train its quick recipe on bundled data and export
 * it, then, once the server runs, query it over gRPC and print what it answered next to the truth
 * and the baselines.
 */
interface QuickstartModel {

    /** Short name for headings, e.g. "forecaster". */
    String title();

    void trainAndExport(ModelRepository repository, Path work, PrintStream out);

    void query(ManagedChannel channel, ModelRepository repository, PrintStream out) throws Exception;
}
