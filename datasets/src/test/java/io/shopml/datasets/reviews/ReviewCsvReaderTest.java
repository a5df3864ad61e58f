package io.shopml.datasets.reviews;

import io.shopml.datasets.BundledDatasets;
import io.shopml.datasets.DatasetException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewCsvReaderTest {

    @TempDir
    Path dir;

    @Test
    void bundledTrainingReviews_areCleanAndLabelledGreatOrOther() {
        ReviewDataset train = new ReviewCsvReader().read(BundledDatasets.extract(BundledDatasets.REVIEWS_TRAIN));

        assertEquals(List.of("great", "other"), train.labels());
        assertEquals(4000, train.size() + train.duplicatesDropped() + train.emptyDropped());
        assertTrue(train.size() > 3900, "only a few duplicates, got " + train.size());
        assertTrue(train.texts().stream().noneMatch(t -> t.contains("<br") || t.contains("  ")));
    }

    @Test
    void read_withNamedColumns_dropsDuplicatesAndEmptyTextAndKeepsAnyNumberOfClasses() throws Exception {
        Path csv = dir.resolve("mine.csv");
        Files.writeString(csv, "Comment,Stars\n"
                + "\"Nice tea<br />really\",5\n\"Nice tea<br />really\",5\n\"<br />\",1\n\"很好喝\",4\n\"bad &amp; old\",1\n");

        ReviewDataset data = new ReviewCsvReader().textColumn("comment").labelColumn("stars").read(csv);

        assertEquals(List.of("Nice tea really", "很好喝", "bad & old"), data.texts());
        assertEquals(List.of("1", "4", "5"), data.labels());
        assertEquals(1, data.duplicatesDropped());
        assertEquals(1, data.emptyDropped());
        assertFalse(data.sha256().isBlank());
    }

    @Test
    void read_withoutTheNamedColumn_namesTheColumnAndTheHeader() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "body,label\nhello,a\n");

        DatasetException e = assertThrows(DatasetException.class, () -> new ReviewCsvReader().read(csv));

        assertTrue(e.getMessage().contains("no text column") && e.getMessage().contains("body"), e.getMessage());
    }

    @Test
    void clean_removesMarkupAndDecodesEntities() {
        assertEquals("Great! Would buy & again é", ReviewTextCleaner.clean(" Great!<br /><br />Would  buy &amp; again &#233;"));
        assertEquals("", ReviewTextCleaner.clean("<br/> \n"));
    }
}
