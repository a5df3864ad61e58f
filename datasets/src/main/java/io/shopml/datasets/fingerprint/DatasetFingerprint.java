package io.shopml.datasets.fingerprint;

import io.shopml.datasets.DatasetException;
import io.shopml.datasets.timeseries.TimeSeries;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 fingerprints that tie a model to the exact data it was trained on (they go into the
 * model manifest), as lower-case hex.
 *
 * <pre>{@code
 * String file = DatasetFingerprint.sha256(csv);        // the bytes as delivered
 * String data = DatasetFingerprint.sha256(cleaned);    // the series as trained on
 * }</pre>
 *
 * <p>The series fingerprint hashes a canonical encoding, so it is stable across runs, JVMs and
 * machines and independent of how the data was stored: the tag {@code shopml-timeseries-v1},
 * then per series in list order its id (UTF-8, length-prefixed), its size, and each period's
 * date (epoch day) and value (IEEE-754 bits; every NaN and both zeros hash alike). Changing any
 * id, date, value or the order changes it.
 */
public final class DatasetFingerprint {

    private static final String SERIES_ENCODING = "shopml-timeseries-v1";

    private DatasetFingerprint() {
    }

    /**
     * SHA-256 of the file's bytes.
     *
     * @throws DatasetException when the file cannot be read
     */
    public static String sha256(Path file) {
        MessageDigest digest = newDigest();
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(new DigestOutputStream(OutputStream.nullOutputStream(), digest));
        } catch (IOException e) {
            throw new DatasetException("cannot fingerprint " + file + ": " + e, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** SHA-256 of the canonical encoding of the series described in the class comment. */
    public static String sha256(List<TimeSeries> series) {
        MessageDigest digest = newDigest();
        try (DataOutputStream out = new DataOutputStream(
                new DigestOutputStream(OutputStream.nullOutputStream(), digest))) {
            out.writeUTF(SERIES_ENCODING);
            out.writeInt(series.size());
            for (TimeSeries one : series) {
                byte[] id = one.id().getBytes(StandardCharsets.UTF_8);
                out.writeInt(id.length);
                out.write(id);
                out.writeInt(one.size());
                for (int i = 0; i < one.size(); i++) {
                    out.writeLong(one.dates().get(i).toEpochDay());
                    double value = one.value(i);
                    out.writeLong(Double.doubleToLongBits(value == 0.0 ? 0.0 : value));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("hashing to a null stream failed", e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
