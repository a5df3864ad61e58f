/**
 * Labelled review text: CSV reading with cleaning (HTML, whitespace, duplicates) shared by
 * training, evaluation and serving.
 *
 * <pre>{@code
 * ReviewDataset train = new ReviewCsvReader().read(BundledDatasets.extract(BundledDatasets.REVIEWS_TRAIN));
 * List<String> classes = train.labels();           // [great, other]
 * String text = ReviewTextCleaner.clean(rawHtml);  // what a model sees
 * }</pre>
 */
package io.shopml.datasets.reviews;
