/**
 * {@code shopml doctor}: checks the machine and the build (Java, OS, CPU features, cores, memory,
 * GPUs and CUDA driver via nvidia-smi, the ND4J backend and DJL engine that load, native library
 * folders, thread settings, bundled data, a model repository) and prints OK / WARN / FAIL with a
 * hint for each finding.
 *
 * <pre>{@code
 * Doctor doctor = Doctor.standard(DeviceConfig.defaults(), Optional.of(Path.of("models-repo")));
 * List<CheckResult> results = doctor.run();
 * Doctor.print(results, System.out);
 * int exitCode = Doctor.exitCode(results);   // 1 when something required failed
 * }</pre>
 */
package io.shopml.gpuconfig.doctor;
