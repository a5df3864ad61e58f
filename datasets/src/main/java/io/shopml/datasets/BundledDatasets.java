package io.shopml.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real data sets shipped inside this jar, handed out as ordinary files.
 *
 * <pre>{@code
 * Path csv = BundledDatasets.extract(BundledDatasets.DRINKS_SALES);
 * }</pre>
 *
 * <p>Every reader in shopml works on files, so a bundled data set is copied from the classpath
 * to a cache directory: {@code ~/.cache/shopml/data}, or {@code ${java.io.tmpdir}/shopml-data}
 * when the home directory cannot be written (containers), or the directory named by the system
 * property {@value #CACHE_PROPERTY}. A cached copy with identical bytes is reused untouched; a
 * stale or damaged one is replaced atomically, so concurrent processes never see half a file.
 * Provenance and licences are in {@code PROVENANCE.md} beside each file under
 * {@code io/shopml/datasets/}.
 */
public final class BundledDatasets {

    /**
     * US beer, wine and liquor wholesale sales, millions of USD, monthly 1992-01..2017-09
     * (309 values, US Census via FRED S4248SM144NCEN), CSV {@code date,sales_musd}.
     */
    public static final String DRINKS_SALES = "sales/drinks_sales_monthly.csv";

    /**
     * Amazon Fine Food reviews for training: 4000 rows, CSV {@code product,review,score} with
     * score {@code great} or {@code other}; provenance in {@code reviews/PROVENANCE.md}.
     */
    public static final String REVIEWS_TRAIN = "reviews/fine_foods_reviews_train.csv";

    /** The 1000 held-out Amazon Fine Food reviews, same columns; for final evaluation only. */
    public static final String REVIEWS_TEST = "reviews/fine_foods_reviews_test.csv";

    /** The AFINN-165 sentiment lexicon, {@code term<TAB>score} per line (-5..+5); provenance in {@code lexicon/PROVENANCE.md}. */
    public static final String AFINN_LEXICON = "lexicon/afinn165.tsv";

    /** Fashion-MNIST training images (60000 x 28 x 28, gzipped IDX); see {@code io.shopml.datasets.images.FashionMnist}. */
    public static final String FASHION_MNIST_TRAIN_IMAGES = "images/train-images-idx3-ubyte.gz";
    /** Fashion-MNIST training labels (gzipped IDX). */
    public static final String FASHION_MNIST_TRAIN_LABELS = "images/train-labels-idx1-ubyte.gz";
    /** Fashion-MNIST test images (10000 x 28 x 28, gzipped IDX). */
    public static final String FASHION_MNIST_TEST_IMAGES = "images/t10k-images-idx3-ubyte.gz";
    /** Fashion-MNIST test labels (gzipped IDX). */
    public static final String FASHION_MNIST_TEST_LABELS = "images/t10k-labels-idx1-ubyte.gz";

    /**
     * MovieLens latest-small ratings (100004 ratings, 671 users, 9066 movies, with timestamps),
     * CSV {@code userId,movieId,rating,timestamp}; research licence and citation in
     * {@code interactions/PROVENANCE.md}.
     */
    public static final String MOVIELENS_RATINGS = "interactions/movielens_ratings.csv";
    /** The MovieLens movies of {@link #MOVIELENS_RATINGS}, CSV {@code movieId,title,year,genres}. */
    public static final String MOVIELENS_MOVIES = "interactions/movielens_movies.csv";

    /** System property naming the cache directory, overriding the default. */
    public static final String CACHE_PROPERTY = "shopml.data.cache";

    private static final Logger LOG = LoggerFactory.getLogger(BundledDatasets.class);
    private static final String RESOURCE_ROOT = "/io/shopml/datasets/";
    private static final List<String> NAMES = List.of(DRINKS_SALES, REVIEWS_TRAIN, REVIEWS_TEST, AFINN_LEXICON,
            MOVIELENS_RATINGS, MOVIELENS_MOVIES, FASHION_MNIST_TRAIN_IMAGES, FASHION_MNIST_TRAIN_LABELS,
            FASHION_MNIST_TEST_IMAGES, FASHION_MNIST_TEST_LABELS);

    private BundledDatasets() {
    }

    /** The names {@link #extract} accepts. */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * Copies a bundled data set to the default cache directory (see the class comment) and
     * returns the file.
     *
     * @throws DatasetException when {@code name} is not one of {@link #names()} or the cache
     *     cannot be written
     */
    public static Path extract(String name) {
        return extract(name, defaultCacheDirectory());
    }

    /** Like {@link #extract(String)}, into {@code cacheDirectory}. */
    public static Path extract(String name, Path cacheDirectory) {
        if (!NAMES.contains(name)) {
            throw new DatasetException("unknown bundled dataset '" + name + "'; known: " + NAMES);
        }
        byte[] bytes = resourceBytes(name);
        Path target = cacheDirectory.resolve(name);
        try {
            if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
                return target;
            }
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
            try {
                Files.write(temporary, bytes);
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
            LOG.info("extracted bundled dataset {} to {}", name, target);
            return target;
        } catch (IOException e) {
            throw new DatasetException("cannot write bundled dataset '" + name + "' to " + target + ": " + e
                    + " (set -D" + CACHE_PROPERTY + "=<writable directory>)", e);
        }
    }

    private static byte[] resourceBytes(String name) {
        String resource = RESOURCE_ROOT + name;
        try (InputStream in = BundledDatasets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + resource + " is missing from the datasets jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath resource " + resource, e);
        }
    }

    private static Path defaultCacheDirectory() {
        String configured = System.getProperty(CACHE_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path home = Path.of(System.getProperty("user.home"), ".cache", "shopml", "data");
        try {
            Files.createDirectories(home);
            if (Files.isWritable(home)) {
                return home;
            }
        } catch (IOException e) {
            LOG.debug("cannot use {} as data cache: {}", home, e.toString());
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "shopml-data");
    }
}
