package io.shopml.models.recommend;

/**
 * What the recommender needs besides its weights; stored in the manifest's {@code preprocessing}.
 * The item id map, popularity counts and titles live in {@link ItemCatalogue#FILE} beside the
 * network, since they are as long as the catalogue.
 *
 * @param historyLength L, the number of most recent items that make the state
 * @param itemCount     catalogue size (the network's output width)
 * @param maxK          the largest k a caller may ask for
 * @param state         how the state is encoded, in words (for people reading the manifest)
 */
public record RecommendPreprocessing(int historyLength, int itemCount, int maxK, String state) {

    public static final String STATE_ENCODING = "average of the item embeddings of the last historyLength items, "
            + "oldest first; shorter histories are left-padded with their oldest item";
}
