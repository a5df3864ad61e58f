package io.shopml.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledDatasetsTest {

    @TempDir
    Path cache;

    @Test
    void extract_copiesTheBundledBytesIntoTheCache() throws Exception {
        Path file = BundledDatasets.extract(BundledDatasets.DRINKS_SALES, cache);

        assertEquals(cache.resolve("sales/drinks_sales_monthly.csv"), file);
        assertArrayEquals(resourceBytes(), Files.readAllBytes(file));
    }

    @Test
    void extract_reusesAnIdenticalCachedCopy_withoutRewritingIt() throws Exception {
        Path file = BundledDatasets.extract(BundledDatasets.DRINKS_SALES, cache);
        FileTime old = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));
        Files.setLastModifiedTime(file, old);

        Path again = BundledDatasets.extract(BundledDatasets.DRINKS_SALES, cache);

        assertEquals(file, again);
        assertEquals(old, Files.getLastModifiedTime(again));
    }

    @Test
    void extract_replacesADamagedCachedCopy() throws Exception {
        Path file = BundledDatasets.extract(BundledDatasets.DRINKS_SALES, cache);
        Files.writeString(file, "date,value\n1992-01,0\n");

        BundledDatasets.extract(BundledDatasets.DRINKS_SALES, cache);

        assertArrayEquals(resourceBytes(), Files.readAllBytes(file));
    }

    @Test
    void extract_unknownName_listsTheKnownNames() {
        DatasetException error = assertThrows(DatasetException.class,
                () -> BundledDatasets.extract("sales/nope.csv", cache));

        assertTrue(error.getMessage().startsWith("unknown bundled dataset 'sales/nope.csv'; known: ["),
                error.getMessage());
        for (String known : BundledDatasets.names()) {
            assertTrue(error.getMessage().contains(known), error.getMessage());
        }
        assertTrue(error.getMessage().contains(BundledDatasets.DRINKS_SALES), error.getMessage());
    }

    @Test
    void extract_withoutADirectory_usesTheCacheNamedByTheSystemProperty() {
        String before = System.getProperty(BundledDatasets.CACHE_PROPERTY);
        System.setProperty(BundledDatasets.CACHE_PROPERTY, cache.toString());
        try {
            assertEquals(cache.resolve(BundledDatasets.DRINKS_SALES), BundledDatasets.extract(BundledDatasets.DRINKS_SALES));
        } finally {
            if (before == null) {
                System.clearProperty(BundledDatasets.CACHE_PROPERTY);
            } else {
                System.setProperty(BundledDatasets.CACHE_PROPERTY, before);
            }
        }
    }

    @Test
    void names_includeTheDrinksSales() {
        assertTrue(BundledDatasets.names().contains(BundledDatasets.DRINKS_SALES));
    }

    private static byte[] resourceBytes() throws Exception {
        try (InputStream in = BundledDatasets.class.getResourceAsStream("/io/shopml/datasets/sales/drinks_sales_monthly.csv")) {
            return in.readAllBytes();
        }
    }
}
