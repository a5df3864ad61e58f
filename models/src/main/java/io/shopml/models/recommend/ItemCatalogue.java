package io.shopml.models.recommend;

import io.shopml.datasets.interactions.IdMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The items a recommender knows: dense index to original id, how many training users had each
 * (the popularity fallback) and an optional title. Stored as {@value #FILE}
 * ({@code index,item_id,count,title}) in the model version.
 */
public final class ItemCatalogue {

    public static final String FILE = "items.csv";

    private final IdMap ids;
    private final int[] counts;
    private final String[] titles;
    private final int[] byPopularity;

    public ItemCatalogue(IdMap ids, int[] counts, String[] titles) {
        if (counts.length != ids.size() || titles.length != ids.size()) {
            throw new IllegalArgumentException("catalogue of " + ids.size() + " items got " + counts.length
                    + " counts and " + titles.length + " titles");
        }
        this.ids = ids;
        this.counts = counts.clone();
        this.titles = titles.clone();
        this.byPopularity = IntStream.range(0, counts.length).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> -counts[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
    }

    /** A catalogue titled from {@code titles} by original id; items without a title get "". */
    public static ItemCatalogue of(IdMap ids, int[] counts, Map<Long, String> titles) {
        String[] names = new String[ids.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = titles.getOrDefault(ids.id(i), "");
        }
        return new ItemCatalogue(ids, counts, names);
    }

    public IdMap ids() {
        return ids;
    }

    public int size() {
        return ids.size();
    }

    public String title(int index) {
        return titles[index];
    }

    public int count(int index) {
        return counts[index];
    }

    /** The {@code k} most popular items not in {@code excluded}, most popular first. */
    public int[] mostPopular(int k, BitSet excluded) {
        List<Integer> top = new ArrayList<>(k);
        for (int i = 0; i < byPopularity.length && top.size() < k; i++) {
            if (!excluded.get(byPopularity[i])) {
                top.add(byPopularity[i]);
            }
        }
        return top.stream().mapToInt(Integer::intValue).toArray();
    }

    public void write(Path file) {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            csv.printRecord("index", "item_id", "count", "title");
            for (int i = 0; i < size(); i++) {
                csv.printRecord(i, ids.id(i), counts[i], titles[i]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the item catalogue to " + file, e);
        }
    }

    public static ItemCatalogue read(Path file) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = format.parse(reader)) {
            List<CSVRecord> rows = parser.getRecords();
            long[] ids = new long[rows.size()];
            int[] counts = new int[rows.size()];
            String[] titles = new String[rows.size()];
            for (CSVRecord row : rows) {
                int index = Integer.parseInt(row.get("index"));
                ids[index] = Long.parseLong(row.get("item_id"));
                counts[index] = Integer.parseInt(row.get("count"));
                titles[index] = row.get("title");
            }
            return new ItemCatalogue(new IdMap(ids), counts, titles);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read the item catalogue " + file + ": " + e.getMessage(), e);
        }
    }
}
