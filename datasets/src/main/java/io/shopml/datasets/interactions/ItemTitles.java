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
import java.util.HashMap;
import java.util.Map;

/**
 * Item titles from a catalogue CSV with columns {@code movieId} (or {@code item_id}),
 * {@code title} and optionally {@code year}; the title gets " (year)" appended when a year is given.
 *
 * <pre>{@code
 * Map<Long, String> titles = ItemTitles.read(BundledDatasets.extract(BundledDatasets.MOVIELENS_MOVIES));
 * }</pre>
 */
public final class ItemTitles {

    private ItemTitles() {
    }

    public static Map<Long, String> read(Path file) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = format.parse(reader)) {
            String idColumn = parser.getHeaderNames().contains("movieId") ? "movieId" : "item_id";
            if (!parser.getHeaderNames().contains(idColumn) || !parser.getHeaderNames().contains("title")) {
                throw new DatasetException(file + " has header " + parser.getHeaderNames()
                        + "; expected movieId (or item_id) and title");
            }
            boolean hasYear = parser.getHeaderNames().contains("year");
            Map<Long, String> titles = new HashMap<>();
            for (CSVRecord row : parser) {
                String year = hasYear ? row.get("year") : "";
                String title = row.get("title") + (year.isBlank() || "NA".equals(year) ? "" : " (" + year + ")");
                titles.put(Long.parseLong(row.get(idColumn)), title);
            }
            return titles;
        } catch (IOException | NumberFormatException e) {
            throw new DatasetException("cannot read item titles from " + file + ": " + e.getMessage(), e);
        }
    }
}
