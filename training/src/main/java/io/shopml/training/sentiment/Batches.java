package io.shopml.training.sentiment;

import java.util.Random;

/** Seeded per-epoch shuffles and batch slices, so a resumed run sees the same batches. */
final class Batches {

    private Batches() {
    }

    static int[] shuffled(int n, long seed, int epoch) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(seed * 1_000_003L + epoch);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    static int count(int n, int batchSize) {
        return (n + batchSize - 1) / batchSize;
    }

    static int[] slice(int[] order, int batch, int batchSize) {
        int from = batch * batchSize;
        return java.util.Arrays.copyOfRange(order, from, Math.min(order.length, from + batchSize));
    }
}
