package io.shopml.serving.security;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The bearer tokens a server accepts, read from a YAML or JSON file. Each entry names the caller
 * (its name is what the request log hashes), the token itself or, better, its sha256 so the file
 * holds no secret, the models it may call ({@code "*"} for all) and whether it may use the admin
 * API:
 *
 * <pre>
 * tokens:
 *   - name: checkout-service
 *     sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
 *     models: [sales-forecaster, recommender]
 *   - name: ops
 *     token: change-me
 *     models: ["*"]
 *     admin: true
 * </pre>
 */
public final class TokenFile {

    private final List<Entry> entries;

    private TokenFile(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * Reads and checks a token file.
     *
     * @throws IllegalArgumentException naming the file and the entry that is wrong
     */
    public static TokenFile read(Path file) {
        Document document;
        try {
            document = new ObjectMapper(new YAMLFactory()).readValue(file.toFile(), Document.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("token file " + file + " cannot be read: " + e.getMessage(), e);
        }
        if (document == null || document.tokens() == null || document.tokens().isEmpty()) {
            throw new IllegalArgumentException("token file " + file + " lists no tokens; expected 'tokens:' with"
                    + " entries of name, token or sha256, models");
        }
        for (int i = 0; i < document.tokens().size(); i++) {
            Entry entry = document.tokens().get(i);
            String where = "token file " + file + " entry " + i;
            if (entry.name() == null || entry.name().isBlank()) {
                throw new IllegalArgumentException(where + " has no 'name' (the caller it identifies)");
            }
            if ((entry.token() == null) == (entry.sha256() == null)) {
                throw new IllegalArgumentException(where + " ('" + entry.name() + "') needs exactly one of 'token' or 'sha256'");
            }
            if (entry.models() == null) {
                throw new IllegalArgumentException(where + " ('" + entry.name() + "') has no 'models' list; use [\"*\"] for all");
            }
        }
        return new TokenFile(document.tokens());
    }

    /** The caller a presented bearer token belongs to, if any entry matches it. */
    public Optional<Caller> authenticate(String presentedToken) {
        String digest = sha256(presentedToken);
        for (Entry entry : entries) {
            boolean matches = entry.token() != null
                    ? MessageDigest.isEqual(entry.token().getBytes(StandardCharsets.UTF_8),
                            presentedToken.getBytes(StandardCharsets.UTF_8))
                    : MessageDigest.isEqual(entry.sha256().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII),
                            digest.getBytes(StandardCharsets.US_ASCII));
            if (matches) {
                return Optional.of(new Caller(entry.name(), Set.copyOf(entry.models()), Boolean.TRUE.equals(entry.admin())));
            }
        }
        return Optional.empty();
    }

    /** The hex sha256 of a token, as the {@code sha256} field holds it. */
    public static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    /** An authenticated caller: its name, the models it may use, whether it may administer. */
    public record Caller(String name, Set<String> models, boolean admin) {
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    record Document(List<Entry> tokens) {
    }

    record Entry(String name, String token, String sha256, List<String> models, Boolean admin) {
    }
}
