package io.shopml.datasets.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.shopml.datasets.timeseries.Frequency;
import io.shopml.datasets.timeseries.TimeSeries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetFingerprintTest {

    private static final List<LocalDate> DATES = List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 1));

    @TempDir
    Path dir;

    @Test
    void sha256OfFile_isTheStandardDigestOfItsBytes() throws Exception {
        Path file = Files.writeString(dir.resolve("abc.txt"), "abc");

        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", DatasetFingerprint.sha256(file));
    }

    @Test
    void sha256OfSeries_isPinned_soItStaysStableAcrossRunsAndVersions() {
        // computed outside Java (Python struct + hashlib) from the encoding in the class comment
        String fingerprint = DatasetFingerprint.sha256(List.of(series("a", 1.5, 2.5), series("b", 3, Double.NaN)));

        assertEquals("0aabce6251ed08d66b4428802736aa5d21d2b5659ec501d8779b6a557e990678", fingerprint);
    }

    @Test
    void sha256OfSeries_isEqualForEqualData_builtSeparately() {
        assertEquals(DatasetFingerprint.sha256(List.of(series("a", 1, 2))),
                DatasetFingerprint.sha256(List.of(series("a", 1, 2))));
        assertEquals(DatasetFingerprint.sha256(List.of(series("a", 0.0, 2))),
                DatasetFingerprint.sha256(List.of(series("a", -0.0, 2))));
    }

    @Test
    void sha256OfSeries_changesWithAnyIdDateValueOrOrder() {
        String original = DatasetFingerprint.sha256(List.of(series("a", 1, 2), series("b", 3, 4)));
        TimeSeries shifted = new TimeSeries("a", Frequency.MONTHLY,
                List.of(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 3, 1)), new double[] {1, 2});

        assertNotEquals(original, DatasetFingerprint.sha256(List.of(series("A", 1, 2), series("b", 3, 4))));
        assertNotEquals(original, DatasetFingerprint.sha256(List.of(shifted, series("b", 3, 4))));
        assertNotEquals(original, DatasetFingerprint.sha256(List.of(series("a", 1, 2.000001), series("b", 3, 4))));
        assertNotEquals(original, DatasetFingerprint.sha256(List.of(series("b", 3, 4), series("a", 1, 2))));
    }

    @Test
    void sha256OfSeries_doesNotLetIdsAndValuesRunTogether() {
        assertNotEquals(DatasetFingerprint.sha256(List.of(series("ab", 1, 2))),
                DatasetFingerprint.sha256(List.of(series("a", 1, 2), series("b", 1, 2))));
    }

    private static TimeSeries series(String id, double first, double second) {
        return new TimeSeries(id, Frequency.MONTHLY, DATES, new double[] {first, second});
    }
}
