package io.shopml.training.recommend;

import io.shopml.datasets.fingerprint.DatasetFingerprint;
import io.shopml.datasets.interactions.InteractionCleaner;
import io.shopml.datasets.interactions.InteractionCsvReader;
import io.shopml.datasets.interactions.InteractionData;
import io.shopml.datasets.interactions.LeaveLastOutSplit;

import java.nio.file.Path;

/**
 * A cleaned interaction log split for the recommender, the same way for training and evaluation:
 * each user's last interaction is the test item ({@code test.heldOut()}), the one before it the
 * validation item ({@code validation.heldOut()}, used for early stopping), and the DQN learns on
 * the rest ({@code validation.train()}). Baselines are fitted on {@code test.train()} (everything
 * but the test item).
 *
 * <pre>{@code
 * RecommenderData data = RecommenderData.load(csv, 5, 5);
 * }</pre>
 */
public record RecommenderData(InteractionData interactions, LeaveLastOutSplit test, LeaveLastOutSplit validation) {

    /** Reads and cleans {@code csv} ({@code user_id,item_id,rating,timestamp}) and splits it. */
    public static RecommenderData load(Path csv, int minUserCount, int minItemCount) {
        InteractionData data = new InteractionCleaner(minUserCount, minItemCount).clean(
                InteractionCsvReader.read(csv), csv.getFileName().toString(), DatasetFingerprint.sha256(csv));
        return of(data);
    }

    public static RecommenderData of(InteractionData data) {
        LeaveLastOutSplit test = LeaveLastOutSplit.of(data.sequences(), data.ratings());
        LeaveLastOutSplit validation = LeaveLastOutSplit.of(test.train(), test.trainRatings());
        return new RecommenderData(data, test, validation);
    }

    public int itemCount() {
        return interactions.items().size();
    }
}
