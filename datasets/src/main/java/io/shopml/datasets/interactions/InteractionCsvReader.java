package io.shopml.datasets.interactions;

import io.shopml.datasets.DatasetException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an interaction log, CSV with a header {@code user_id,item_id,rating,timestamp} in any
 * column order. MovieLens' own header ({@code userId,movieId,rating,timestamp}) is mapped onto it,
 * as are {@code itemId} and {@code user}/{@code item}; names match ignoring case.
 *
 * <pre>{@code
 * List<RawInteraction> log = InteractionCsvReader.read(BundledDatasets.extract(BundledDatasets.MOVIELENS_RATINGS));
 * }</pre>
 */
public final class InteractionCsvReader {

    private static final Map<String, List<String>> ALIASES = Map.of(
            "user_id", List.of("user_id", "userid", "user"),
            "item_id", List.of("item_id", "itemid", "item", "movieid", "product_id"),
            "rating", List.of("rating"),
            "timestamp", List.of("timestamp", "time", "ts"));

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true)
            .get();

    private InteractionCsvReader() {
    }

    /**
     * Every row of the file.
     *
     * @throws DatasetException naming the file, line and column of the first unusable value, or
     *     the missing column and the header found
     */
    public static List<RawInteraction> read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = FORMAT.parse(reader)) {
            List<String> header = parser.getHeaderNames().stream()
                    .map(h -> h.replace("\uFEFF", "").trim()).toList();
            int user = column(file, header, "user_id");
            int item = column(file, header, "item_id");
            int rating = column(file, header, "rating");
            int time = column(file, header, "timestamp");
            List<RawInteraction> rows = new ArrayList<>();
            for (CSVRecord row : parser) {
                long line = row.getRecordNumber() + 1;
                rows.add(new RawInteraction(
                        parseLong(file, line, "user_id", row.get(user)),
                        parseLong(file, line, "item_id", row.get(item)),
                        parseRating(file, line, row.get(rating)),
                        parseLong(file, line, "timestamp", row.get(time))));
            }
            if (rows.isEmpty()) {
                throw new DatasetException(file + " has a header but no interactions");
            }
            return rows;
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            if (e instanceof DatasetException d) {
                throw d;
            }
            throw new DatasetException("cannot read interactions from " + file + ": " + e.getMessage(), e);
        }
    }

    private static int column(Path file, List<String> header, String name) {
        for (int i = 0; i < header.size(); i++) {
            if (ALIASES.get(name).contains(header.get(i).toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        throw new DatasetException(file + " has no '" + name + "' column (header: " + header
                + "); expected user_id,item_id,rating,timestamp");
    }

    private static long parseLong(Path file, long line, String column, String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new DatasetException(file + " line " + line + ": " + column + " is '" + text
                    + "', expected a whole number");
        }
    }

    private static double parseRating(Path file, long line, String text) {
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value) && value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the expected form
        }
        throw new DatasetException(file + " line " + line + ": rating is '" + text
                + "', expected a positive number (1 for implicit feedback)");
    }
}
