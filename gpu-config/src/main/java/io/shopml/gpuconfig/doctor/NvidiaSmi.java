package io.shopml.gpuconfig.doctor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the NVIDIA driver reports through {@code nvidia-smi}: the GPUs and the newest CUDA version
 * the driver supports. Asking the driver, not a backend, tells "no GPU" apart from "GPU present
 * but this build cannot use it".
 *
 * @param found       whether nvidia-smi ran and answered
 * @param gpus        the GPUs, by index
 * @param cudaVersion newest CUDA the driver supports, e.g. {@code 13.0}; empty when unknown
 * @param problem     why nvidia-smi gave no answer (not installed, driver not loaded); empty when found
 */
record NvidiaSmi(boolean found, List<Gpu> gpus, String cudaVersion, String problem) {

    /**
     * One GPU.
     *
     * @param index     CUDA device index
     * @param name      product name
     * @param driver    driver version
     * @param memoryMiB total memory in MiB
     */
    record Gpu(int index, String name, String driver, long memoryMiB) {
    }

    static final List<String> QUERY = List.of("nvidia-smi",
            "--query-gpu=index,name,driver_version,memory.total", "--format=csv,noheader,nounits");
    private static final Pattern CUDA_VERSION = Pattern.compile("CUDA Version:\\s*([0-9.]+)");
    private static final long TIMEOUT_SECONDS = 15;

    static NvidiaSmi absent(String problem) {
        return new NvidiaSmi(false, List.of(), "", problem);
    }

    /** Asks nvidia-smi on the PATH. */
    static NvidiaSmi query() {
        try {
            String csv = run(QUERY);
            String header = run(List.of("nvidia-smi"));
            return new NvidiaSmi(true, parseQuery(csv), parseCudaVersion(header).orElse(""), "");
        } catch (IOException e) {
            return absent(e.getMessage().contains("error=2") ? "nvidia-smi not found on the PATH" : e.getMessage());
        }
    }

    /** Parses {@code index, name, driver_version, memory.total} lines (csv, noheader, nounits). */
    static List<Gpu> parseQuery(String csv) {
        List<Gpu> gpus = new ArrayList<>();
        for (String line : csv.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",");
            if (f.length < 4) {
                throw new IllegalArgumentException("unexpected nvidia-smi line: " + line);
            }
            gpus.add(new Gpu(Integer.parseInt(f[0].trim()), f[1].trim(), f[2].trim(),
                    Long.parseLong(f[3].trim().replace("MiB", "").trim())));
        }
        return gpus;
    }

    /** The {@code CUDA Version: X.Y} of nvidia-smi's banner. */
    static Optional<String> parseCudaVersion(String banner) {
        Matcher m = CUDA_VERSION.matcher(banner);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (InputStream in = process.getInputStream()) {
            String out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("nvidia-smi did not answer within " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IOException("nvidia-smi failed (exit " + process.exitValue() + "): " + out.strip());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for nvidia-smi", e);
        }
    }
}
