package io.shopml.serving.call;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Turns a caller identifier (token name, peer address) into a short stable pseudonym for logs, so
 * operators can follow one caller across log lines without the logs holding who it is. The salt is
 * chosen per server process unless configured, so hashes cannot be looked up in a table.
 */
public final class CallerHash {

    private final byte[] salt;

    /** A hasher with this salt; share one salt across servers to compare their logs. */
    public CallerHash(String salt) {
        this.salt = salt.getBytes(StandardCharsets.UTF_8);
    }

    /** The first 12 hex digits of sha256(salt, identifier). */
    public String of(String identifier) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            digest.update((byte) 0);
            return HexFormat.of().formatHex(digest.digest(identifier.getBytes(StandardCharsets.UTF_8))).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
