package io.shopml.cli;

import io.shopml.gpuconfig.doctor.CheckResult;
import io.shopml.gpuconfig.doctor.Doctor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code shopml doctor}: is this machine and build ready to train and serve, and on which device. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "Check Java, CPU, GPUs, the ND4J and DJL backends, threads, bundled data and a model "
                + "repository; exit code 1 when something required fails.")
final class DoctorCommand implements Callable<Integer> {

    @Option(names = "--repo", paramLabel = "DIR", description = "Also check this model repository.")
    Path repo;

    @Mixin
    DeviceOptions device = new DeviceOptions();

    @Override
    public Integer call() {
        List<CheckResult> results = Doctor.standard(device.config(), Optional.ofNullable(repo)).run();
        Doctor.print(results, System.out);
        return Doctor.exitCode(results);
    }
}
