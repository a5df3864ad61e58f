package io.shopml.models.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Finds the versions of the libraries a model depends on, for {@link Provenance#capture}.
 *
 * <p>A library is looked up by a class it ships: absent class, absent library. Its version comes
 * from the jar's {@code Implementation-Version} or, as DL4J and ND4J jars have none, from a
 * properties file the jar is known to carry; "unknown" when neither is there (e.g. classes run from
 * a build folder).
 */
final class LibraryVersions {

    static final String UNKNOWN = "unknown";

    private record Library(String name, String probeClass, String propertiesResource, String versionKey) {

        static Library maven(String name, String probeClass, String groupId, String artifactId) {
            return new Library(name, probeClass,
                    "META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties", "version");
        }
    }

    private static final List<Library> KNOWN = List.of(
            Library.maven("shopml", Manifest.class.getName(), "io.shopml", "shopml-models"),
            Library.maven("deeplearning4j", "org.deeplearning4j.nn.conf.NeuralNetConfiguration",
                    "org.deeplearning4j", "deeplearning4j-nn"),
            Library.maven("nd4j", "org.nd4j.linalg.factory.Nd4j", "org.nd4j", "nd4j-api"),
            Library.maven("nd4j-native", "org.nd4j.linalg.cpu.nativecpu.CpuBackend", "org.nd4j", "nd4j-native"),
            new Library("djl", "ai.djl.engine.Engine", "ai/djl/engine/api.properties", "djl_version"),
            new Library("djl-pytorch-engine", "ai.djl.pytorch.engine.PtEngine", "ai/djl/engine/api.properties",
                    "djl_version"),
            Library.maven("jackson-databind", "com.fasterxml.jackson.databind.ObjectMapper",
                    "com.fasterxml.jackson.core", "jackson-databind"));

    private LibraryVersions() {
    }

    /** Library name to version, for every known library on the class path. */
    static SortedMap<String, String> detect() {
        SortedMap<String, String> versions = new TreeMap<>();
        for (Library library : KNOWN) {
            Class<?> probe = load(library.probeClass());
            if (probe != null) {
                versions.put(library.name(), versionOf(library, probe));
            }
        }
        return versions;
    }

    private static Class<?> load(String className) {
        try {
            // initialize=false: probing must not start ND4J's native backend or DJL's engine.
            return Class.forName(className, false, LibraryVersions.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError absent) {
            return null;
        }
    }

    private static String versionOf(Library library, Class<?> probe) {
        Package pkg = probe.getPackage();
        if (pkg != null && pkg.getImplementationVersion() != null) {
            return pkg.getImplementationVersion();
        }
        ClassLoader loader = probe.getClassLoader();
        if (loader == null) {
            return UNKNOWN;
        }
        try (InputStream in = loader.getResourceAsStream(library.propertiesResource())) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty(library.versionKey(), UNKNOWN);
        } catch (IOException | IllegalArgumentException unreadable) {
            return UNKNOWN;
        }
    }
}
