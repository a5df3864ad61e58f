package io.shopml.training.sentiment;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import io.shopml.models.sentiment.TokenBatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A batch with BERT's masking applied: {@code maskProbability} of the real tokens (never
 * [CLS], [SEP] or padding, at least one per review) are chosen; of those 80% become [MASK], 10%
 * a random token and 10% stay, and the model must predict the originals.
 *
 * @param ids       token ids after masking
 * @param mask      attention mask
 * @param positions chosen positions per review, padded with 0 to the batch's most
 * @param targets   the original ids at those positions
 * @param weights   1 for a real chosen position, 0 for the padding of {@code positions}
 */
record MaskedBatch(long[][] ids, long[][] mask, long[][] positions, long[][] targets, float[][] weights) {

    static final long MASK_ID = 4;
    private static final long FIRST_ORDINARY_ID = 5;

    static MaskedBatch of(TokenBatch batch, double maskProbability, int vocabularySize, Random random) {
        int rows = batch.size();
        long[][] ids = new long[rows][];
        List<List<Integer>> chosen = new ArrayList<>(rows);
        int most = 1;
        for (int r = 0; r < rows; r++) {
            ids[r] = batch.ids()[r].clone();
            int realTokens = (int) java.util.Arrays.stream(batch.mask()[r]).sum();
            List<Integer> picks = new ArrayList<>();
            for (int p = 1; p < realTokens - 1; p++) {
                if (random.nextDouble() < maskProbability) {
                    picks.add(p);
                }
            }
            if (picks.isEmpty() && realTokens > 2) {
                picks.add(1 + random.nextInt(realTokens - 2));
            }
            chosen.add(picks);
            most = Math.max(most, picks.size());
        }
        long[][] positions = new long[rows][most];
        long[][] targets = new long[rows][most];
        float[][] weights = new float[rows][most];
        for (int r = 0; r < rows; r++) {
            List<Integer> picks = chosen.get(r);
            for (int k = 0; k < picks.size(); k++) {
                int p = picks.get(k);
                positions[r][k] = p;
                targets[r][k] = ids[r][p];
                weights[r][k] = 1f;
                double roll = random.nextDouble();
                if (roll < 0.8) {
                    ids[r][p] = MASK_ID;
                } else if (roll < 0.9) {
                    ids[r][p] = FIRST_ORDINARY_ID + random.nextInt(vocabularySize - (int) FIRST_ORDINARY_ID);
                }
            }
        }
        return new MaskedBatch(ids, batch.mask(), positions, targets, weights);
    }

    /** {@code [inputs (ids, mask, positions), labels (targets, weights)]} in {@code manager}. */
    NDList[] toNDLists(NDManager manager) {
        NDList inputs = new NDList(manager.create(ids), manager.create(mask), manager.create(positions));
        NDList labels = new NDList(manager.create(targets), manager.create(weights));
        return new NDList[] {inputs, labels};
    }
}
