package io.shopml.datasets.reviews;

import io.shopml.datasets.DatasetException;
import io.shopml.datasets.fingerprint.DatasetFingerprint;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a CSV of labelled texts (any number of classes) and cleans it with
 * {@link ReviewTextCleaner}: the same reader serves the bundled Amazon reviews and a user's file.
 *
 * <pre>{@code
 * ReviewDataset train = new ReviewCsvReader().read(BundledDatasets.extract(BundledDatasets.REVIEWS_TRAIN));
 * ReviewDataset mine = new ReviewCsvReader().textColumn("comment").labelColumn("stars").read(csv);
 * }</pre>
 *
 * <p>The file is UTF-8 with a header line. Columns are found by header, ignoring case: the text
 * column defaults to {@code review}, falling back to {@code text}; the label column to
 * {@code score}, falling back to {@code label}. Rows whose text is empty after cleaning are
 * dropped (counted); exact duplicates (same cleaned text and label) keep their first row. A
 * missing column, a row without a label or an unreadable file throw {@link DatasetException}
 * naming the file, line and column.
 */
public final class ReviewCsvReader {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewCsvReader.class);
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();

    private String textColumn;
    private String labelColumn;

    /** The header of the text column; {@code null} means {@code review}, else {@code text}. */
    public ReviewCsvReader textColumn(String name) {
        this.textColumn = name;
        return this;
    }

    /** The header of the label column; {@code null} means {@code score}, else {@code label}. */
    public ReviewCsvReader labelColumn(String name) {
        this.labelColumn = name;
        return this;
    }

    public ReviewDataset read(Path file) {
        String source = file.toString();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = FORMAT.parse(reader)) {
            Map<String, Integer> header = parser.getHeaderMap();
            String text = column(header, textColumn, List.of("review", "text"), "text", source);
            String label = column(header, labelColumn, List.of("score", "label"), "label", source);
            List<Review> reviews = new ArrayList<>();
            Set<Review> seen = new HashSet<>();
            int duplicates = 0;
            int empty = 0;
            for (CSVRecord row : parser) {
                if (!row.isSet(text) || !row.isSet(label)) {
                    throw new DatasetException(source + " line " + parser.getCurrentLineNumber() + ": the row has "
                            + row.size() + " cells, too few for columns '" + text + "' and '" + label + "'");
                }
                String cleaned = ReviewTextCleaner.clean(row.get(text));
                String labelValue = row.get(label).strip();
                if (labelValue.isEmpty()) {
                    throw new DatasetException(source + " line " + parser.getCurrentLineNumber() + ", column '" + label
                            + "': the label is empty; every review needs a label");
                }
                if (cleaned.isEmpty()) {
                    empty++;
                    continue;
                }
                Review review = new Review(cleaned, labelValue);
                if (seen.add(review)) {
                    reviews.add(review);
                } else {
                    duplicates++;
                }
            }
            if (reviews.isEmpty()) {
                throw new DatasetException(source + ": no review with text in column '" + text + "'");
            }
            if (duplicates + empty > 0) {
                LOG.info("{}: dropped {} exact duplicate and {} empty reviews", source, duplicates, empty);
            }
            return new ReviewDataset(source, DatasetFingerprint.sha256(file), reviews, duplicates, empty);
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new DatasetException("cannot read reviews from " + source + ": " + e.getMessage(), e);
        }
    }

    private static String column(Map<String, Integer> header, String named, List<String> defaults, String role,
                                 String source) {
        List<String> wanted = named == null ? defaults : List.of(named);
        for (String candidate : wanted) {
            for (String present : header.keySet()) {
                if (present.strip().toLowerCase(Locale.ROOT).equals(candidate.strip().toLowerCase(Locale.ROOT))) {
                    return present;
                }
            }
        }
        throw new DatasetException(source + ": no " + role + " column " + (named == null
                ? "(looked for " + String.join(" or ", defaults) + ")" : "'" + named + "'")
                + "; the header has " + header.keySet() + "; name it with --" + role + "-col");
    }
}
