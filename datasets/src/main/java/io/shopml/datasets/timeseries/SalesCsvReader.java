package io.shopml.datasets.timeseries;

import io.shopml.datasets.DatasetException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads sales CSV files into raw {@link TimeSeries}, one per series id.
 *
 * <pre>{@code
 * List<TimeSeries> series = new SalesCsvReader().read(Path.of("sales.csv"));
 * List<TimeSeries> named = new SalesCsvReader().dateColumn("month").valueColumn("sales_musd").read(csv);
 * }</pre>
 *
 * <p>Defaults: the file is UTF-8 (a byte-order mark is ignored) with a header line; empty lines
 * are skipped and cells are trimmed. Which columns are used:
 * <ol>
 *   <li>a column named with {@link #dateColumn}, {@link #seriesColumn} or {@link #valueColumn}
 *       is looked up in the header ignoring case and surrounding spaces;</li>
 *   <li>when no column is named, a header made of exactly the conventional names
 *       {@code date}, {@code value} and optionally {@code series_id}, in any order, is taken by
 *       name; any other header is positional: 2 columns are {@code date,value} (one series), 3
 *       columns are {@code date,series_id,value}, whatever their header says;</li>
 *   <li>when some but not all are named, the others are the columns headed {@code date},
 *       {@code value} and, if present, {@code series_id} (absent: one series).</li>
 * </ol>
 * A single-series file's series id is its file name without directory and extension (of
 * {@code sourceName} for {@link #read(Reader, String)}; {@code series} if that is empty).
 *
 * <p>Cells: dates are {@code YYYY-MM} or {@code YYYY-MM-DD}; each series' frequency is
 * {@link Frequency#infer inferred} from its own dates. Values are plain decimal numbers; an empty
 * cell, {@code NA} or {@code NaN} is a missing observation, read as {@code NaN} for the cleaner
 * to fill. Rows are kept exactly as they come, in file order within each series: an unsorted
 * file gives an unsorted series and repeated dates stay repeated. Sorting, duplicates and gaps
 * are {@code SeriesCleaner}'s job. Series are returned in order of first appearance.
 *
 * <p>Bad input throws {@link DatasetException} naming the source, the line (where the record
 * ends), the column and the offending text, for example
 * {@code drinks.csv line 17, column 'sales': 'abc' is not a number}.
 *
 * <p>The setters configure this reader in place and return it; a configured reader can be
 * shared across threads for reading.
 */
public final class SalesCsvReader {

    private static final Logger LOG = LoggerFactory.getLogger(SalesCsvReader.class);
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private String dateColumn;
    private String seriesColumn;
    private String valueColumn;

    /** The header of the date column; {@code null} (the default) uses the rules above. */
    public SalesCsvReader dateColumn(String name) {
        this.dateColumn = checkName(name, "date");
        return this;
    }

    /** The header of the value column; {@code null} (the default) uses the rules above. */
    public SalesCsvReader valueColumn(String name) {
        this.valueColumn = checkName(name, "value");
        return this;
    }

    /** The header of the series-id column; {@code null} (the default) uses the rules above. */
    public SalesCsvReader seriesColumn(String name) {
        this.seriesColumn = checkName(name, "series");
        return this;
    }

    /** Reads a UTF-8 CSV file; the path as given names the source in error messages. */
    public List<TimeSeries> read(Path csv) {
        String source = csv.toString();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return read(reader, source, baseName(source));
        } catch (NoSuchFileException e) {
            throw new DatasetException(source + " does not exist", e);
        } catch (CharacterCodingException e) {
            throw new DatasetException(source + " is not UTF-8 text", e);
        } catch (IOException e) {
            throw new DatasetException("cannot read " + source + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads CSV text; {@code sourceName} names it in error messages and, without its extension,
     * is the id of a single-series file. The reader is not closed.
     */
    public List<TimeSeries> read(Reader reader, String sourceName) {
        try {
            return read(reader, sourceName, baseName(sourceName));
        } catch (IOException e) {
            throw new DatasetException("cannot read " + sourceName + ": " + e.getMessage(), e);
        }
    }

    private List<TimeSeries> read(Reader reader, String source, String singleSeriesId) throws IOException {
        CSVParser parser = CSVParser.parse(reader, FORMAT);
        Iterator<CSVRecord> records = parser.iterator();
        if (!nextExists(records, parser, source)) {
            throw new DatasetException(source + " is empty: expected a header line such as date,value");
        }
        List<String> header = header(records.next());
        SalesColumns columns = SalesColumns.resolve(header, dateColumn, seriesColumn, valueColumn, source);
        Map<String, RawSeriesBuilder> bySeries = new LinkedHashMap<>();
        int rows = 0;
        while (nextExists(records, parser, source)) {
            CSVRecord record = records.next();
            String line = source + " line " + parser.getCurrentLineNumber();
            if (record.size() != header.size()) {
                throw new DatasetException(line + ": expected " + header.size() + " fields as in the header "
                        + header + " but found " + record.size());
            }
            String id = columns.hasSeries()
                    ? SalesCells.seriesId(record.get(columns.series()), cell(line, header, columns.series()))
                    : singleSeriesId;
            LocalDate date = SalesCells.date(record.get(columns.date()), cell(line, header, columns.date()));
            double value = SalesCells.value(record.get(columns.value()), cell(line, header, columns.value()));
            bySeries.computeIfAbsent(id, RawSeriesBuilder::new).add(date, value);
            rows++;
        }
        if (rows == 0) {
            throw new DatasetException(source + " has a header " + header + " but no data rows");
        }
        List<TimeSeries> series = new ArrayList<>(bySeries.size());
        for (RawSeriesBuilder builder : bySeries.values()) {
            series.add(builder.build(source));
        }
        LOG.info("read {} series ({} rows) from {}", series.size(), rows, source);
        return series;
    }

    /** Commons CSV reports malformed quoting as an unchecked exception from hasNext. */
    private static boolean nextExists(Iterator<CSVRecord> records, CSVParser parser, String source) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new DatasetException(source + " line " + parser.getCurrentLineNumber()
                    + ": malformed CSV: " + e.getMessage(), e);
        }
    }

    private static List<String> header(CSVRecord record) {
        List<String> header = new ArrayList<>(record.toList());
        String first = header.get(0);
        if (!first.isEmpty() && first.charAt(0) == BYTE_ORDER_MARK) {
            header.set(0, first.substring(1).strip());
        }
        return List.copyOf(header);
    }

    private static String cell(String line, List<String> header, int column) {
        return line + ", column '" + header.get(column) + "'";
    }

    private static String baseName(String source) {
        String name = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return base.isBlank() ? "series" : base;
    }

    private static String checkName(String name, String role) {
        if (name != null && name.isBlank()) {
            throw new IllegalArgumentException("the " + role + " column name must not be blank");
        }
        return name;
    }
}
