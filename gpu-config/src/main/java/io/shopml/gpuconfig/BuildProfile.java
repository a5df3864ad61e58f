package io.shopml.gpuconfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The Maven profile ({@code cpu} or {@code cuda}) this shopml was built with and the backend
 * versions it chose, recorded at build time; {@code shopml doctor} shows it next to what actually
 * loaded, and the CUDA error hints use it.
 *
 * @param profile        {@code cpu} or {@code cuda}
 * @param nd4jBackend    ND4J backend artifact, e.g. {@code nd4j-native} or {@code nd4j-cuda-11.6}
 * @param nd4jVersion    ND4J version
 * @param djlVersion     DJL version
 * @param pytorchVersion PyTorch version of DJL's native library
 * @param pytorchFlavor  {@code cpu} or the CUDA flavour, e.g. {@code cu124}
 */
public record BuildProfile(String profile, String nd4jBackend, String nd4jVersion, String djlVersion,
                           String pytorchVersion, String pytorchFlavor) {

    private static final String RESOURCE = "build-profile.properties";

    /** The profile of the classes on the class path. */
    public static BuildProfile current() {
        try (InputStream in = BuildProfile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing next to " + BuildProfile.class.getName()
                        + ": gpu-config was not built by Maven");
            }
            Properties p = new Properties();
            p.load(in);
            return new BuildProfile(p.getProperty("profile"), p.getProperty("nd4j.backend"),
                    p.getProperty("nd4j.version"), p.getProperty("djl.version"),
                    p.getProperty("pytorch.version"), p.getProperty("pytorch.flavor"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether this build carries the CUDA backends. */
    public boolean isCuda() {
        return "cuda".equals(profile);
    }

    /** {@code cpu (nd4j-native 1.0.0-M2.1, DJL 0.36.0 + PyTorch 2.7.1 cpu)}. */
    public String summary() {
        return profile + " (" + nd4jBackend + " " + nd4jVersion + ", DJL " + djlVersion + " + PyTorch "
                + pytorchVersion + " " + pytorchFlavor + ")";
    }
}
