/**
 * Interaction logs for recommenders: a reader for {@code user_id,item_id,rating,timestamp} CSV
 * ({@link io.shopml.datasets.interactions.InteractionCsvReader}), cleaning with minimum counts,
 * dense ids and per-user time order ({@link io.shopml.datasets.interactions.InteractionCleaner}),
 * the leave-last-out split ({@link io.shopml.datasets.interactions.LeaveLastOutSplit}) and item
 * titles ({@link io.shopml.datasets.interactions.ItemTitles}). The bundled MovieLens data and its
 * licence are in {@code io/shopml/datasets/interactions/PROVENANCE.md}.
 *
 * <pre>{@code
 * Path csv = BundledDatasets.extract(BundledDatasets.MOVIELENS_RATINGS);
 * InteractionData data = new InteractionCleaner(5, 5)
 *         .clean(InteractionCsvReader.read(csv), csv.getFileName().toString(), DatasetFingerprint.sha256(csv));
 * LeaveLastOutSplit test = LeaveLastOutSplit.of(data.sequences(), data.ratings());
 * }</pre>
 */
package io.shopml.datasets.interactions;
