package io.shopml.datasets.interactions;

import java.util.BitSet;
import java.util.Random;

/**
 * Items a user never interacted with, drawn uniformly without repetition: the negatives of the
 * sampled ranking protocol (the held-out item ranked against 100 of them, as in He et al., "Neural
 * Collaborative Filtering", WWW 2017).
 */
public final class NegativeSampler {

    private NegativeSampler() {
    }

    /**
     * {@code count} distinct items in {@code 0..itemCount-1} outside {@code userItems}; fewer
     * when the user has seen nearly everything.
     */
    public static int[] sample(int[] userItems, int itemCount, int count, Random random) {
        BitSet taken = new BitSet(itemCount);
        for (int item : userItems) {
            taken.set(item);
        }
        int available = itemCount - taken.cardinality();
        int n = Math.min(count, available);
        int[] negatives = new int[n];
        for (int drawn = 0; drawn < n; ) {
            int item = random.nextInt(itemCount);
            if (!taken.get(item)) {
                taken.set(item);
                negatives[drawn++] = item;
            }
        }
        return negatives;
    }
}
