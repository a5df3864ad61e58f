package io.shopml.models.artifact;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reads and writes {@code manifest.json}: pretty-printed with sorted map keys and '\n' line ends so
 * two manifests diff cleanly, instants as ISO-8601 strings, unknown fields ignored so that an older
 * reader still opens a manifest with fields added later, and a newer {@code formatVersion} refused.
 */
public final class ManifestJson {

    /** The file name of the manifest in every version folder. */
    public static final String FILE_NAME = "manifest.json";

    private static final ObjectMapper MAPPER = configure(new ObjectMapper());

    private ManifestJson() {
    }

    /** A copy of the manifest mapper, for callers that read or write manifest parts themselves. */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    /** The mapper itself, for this package, which never reconfigures it. */
    static ObjectMapper sharedMapper() {
        return MAPPER;
    }

    /**
     * Reads a manifest. Errors are named after the version folder holding the file.
     *
     * @throws ArtifactException if the file is missing, is not JSON, is from a newer format version or
     *     does not describe a valid manifest
     */
    public static Manifest read(Path manifestJson) {
        Path versionDir = manifestJson.toAbsolutePath().getParent();
        String file = manifestJson.getFileName().toString();
        JsonNode tree;
        try {
            tree = MAPPER.readTree(Files.readAllBytes(manifestJson));
        } catch (NoSuchFileException missing) {
            throw ArtifactException.inFolder(versionDir, file + " is missing from " + versionDir
                    + ": the folder is not a committed model version", missing);
        } catch (JsonProcessingException malformed) {
            throw ArtifactException.inFolder(versionDir, file + " is not valid JSON" + at(malformed.getLocation())
                    + ": " + malformed.getOriginalMessage(), malformed);
        } catch (IOException unreadable) {
            throw ArtifactException.inFolder(versionDir, file + " could not be read: " + unreadable, unreadable);
        }
        requireReadableFormat(tree, versionDir, file);
        try {
            return MAPPER.treeToValue(tree, Manifest.class);
        } catch (JsonProcessingException invalid) {
            Throwable cause = invalid.getCause() instanceof IllegalArgumentException ? invalid.getCause() : invalid;
            String reason = cause == invalid ? invalid.getOriginalMessage() : cause.getMessage();
            throw ArtifactException.inFolder(versionDir, file + " is not a valid manifest: " + reason, invalid);
        }
    }

    /**
     * Writes a manifest, replacing {@code file}. It does not fsync; {@link VersionDraft#commit} does.
     *
     * @throws ArtifactException if the file cannot be written
     */
    public static void write(Manifest manifest, Path file) {
        try {
            byte[] json = MAPPER.writeValueAsBytes(manifest);
            byte[] withNewline = new byte[json.length + 1];
            System.arraycopy(json, 0, withNewline, 0, json.length);
            withNewline[json.length] = '\n';
            Files.write(file, withNewline);
        } catch (IOException failed) {
            throw new ArtifactException(manifest.name(), Integer.toString(manifest.version()),
                    file.getFileName() + " could not be written to " + file + ": " + failed, failed);
        }
    }

    private static void requireReadableFormat(JsonNode tree, Path versionDir, String file) {
        JsonNode formatVersion = tree.path("formatVersion");
        if (!formatVersion.canConvertToExactIntegral() || !formatVersion.canConvertToInt()) {
            throw ArtifactException.inFolder(versionDir, file + " has no integer formatVersion (found "
                    + formatVersion + "): it is not a shopml manifest", null);
        }
        if (formatVersion.intValue() > Manifest.FORMAT_VERSION) {
            throw ArtifactException.inFolder(versionDir, file + " has formatVersion " + formatVersion.intValue()
                    + ", but this shopml reads formatVersion " + Manifest.FORMAT_VERSION
                    + " at most: upgrade shopml to load this model version", null);
        }
    }

    private static String at(JsonLocation location) {
        return location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        SimpleModule instants = new SimpleModule("shopml-instant")
                .addSerializer(Instant.class, new InstantSerializer())
                .addDeserializer(Instant.class, new InstantDeserializer());
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        mapper.registerModule(instants)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setDefaultPrettyPrinter(printer);
        return mapper;
    }

    /** ISO-8601, as {@link Instant#toString()}; avoids a dependency on jackson-datatype-jsr310. */
    private static final class InstantSerializer extends StdScalarSerializer<Instant> {

        private static final long serialVersionUID = 1L;

        InstantSerializer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(value.toString());
        }
    }

    /** The inverse of {@link InstantSerializer}. */
    private static final class InstantDeserializer extends StdScalarDeserializer<Instant> {

        private static final long serialVersionUID = 1L;

        InstantDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            if (text == null) {
                return (Instant) context.handleUnexpectedToken(Instant.class, parser);
            }
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException invalid) {
                return (Instant) context.handleWeirdStringValue(Instant.class, text,
                        "expected an ISO-8601 instant such as 2025-01-31T12:00:00Z");
            }
        }
    }
}
