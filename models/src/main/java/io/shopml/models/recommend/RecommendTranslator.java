package io.shopml.models.recommend;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.BitSet;
import java.util.List;

/**
 * Histories of dense item indices to Q-network input, and Q-values to ranked items; used by the
 * DQN trainer (states, greedy actions, targets) and by serving and evaluation, so the state the
 * policy learned on is the state it is served with.
 *
 * <p>The state is the last {@code historyLength} items, oldest first; a shorter history is
 * left-padded with its oldest item (the network averages the embeddings, so padding weights the
 * oldest item more, and never invents one). An empty history has no state: callers fall back to
 * popularity.
 */
public final class RecommendTranslator {

    private final int historyLength;

    public RecommendTranslator(int historyLength) {
        this.historyLength = historyLength;
    }

    public int historyLength() {
        return historyLength;
    }

    /** The state of one history: exactly {@code historyLength} items. */
    public int[] state(int[] history, int end) {
        if (end < 1) {
            throw new IllegalArgumentException("an empty history has no state; fall back to popularity");
        }
        int[] state = new int[historyLength];
        for (int i = 0; i < historyLength; i++) {
            int source = end - historyLength + i;
            state[i] = history[Math.max(0, Math.min(end - 1, source))];
        }
        return state;
    }

    /** Network input [N, historyLength] for states made by {@link #state}. */
    public INDArray encode(List<int[]> states) {
        float[] data = new float[states.size() * historyLength];
        for (int r = 0; r < states.size(); r++) {
            int[] s = states.get(r);
            for (int i = 0; i < historyLength; i++) {
                data[r * historyLength + i] = s[i];
            }
        }
        return Nd4j.create(data, new long[] {states.size(), historyLength}, 'c');
    }

    /** Q-values [N][items] of these states; native arrays are released before returning. */
    public float[][] qValues(MultiLayerNetwork network, List<int[]> states) {
        try (INDArray input = encode(states); INDArray output = network.output(input, false)) {
            return output.toFloatMatrix();
        }
    }

    /** The highest-scoring item not in {@code excluded}; -1 when every item is excluded. */
    public static int argmax(float[] scores, BitSet excluded) {
        int best = -1;
        for (int i = 0; i < scores.length; i++) {
            if (!excluded.get(i) && (best < 0 || scores[i] > scores[best])) {
                best = i;
            }
        }
        return best;
    }

    /**
     * The {@code k} highest-scoring items not in {@code excluded}, best first (ties by lower
     * index), by a bounded min-heap: O(items log k).
     */
    public static int[] topK(float[] scores, int k, BitSet excluded) {
        int[] heap = new int[k];
        int size = 0;
        for (int i = 0; i < scores.length; i++) {
            if (excluded.get(i)) {
                continue;
            }
            if (size < k) {
                heap[size] = i;
                siftUp(heap, size++, scores);
            } else if (better(i, heap[0], scores)) {
                heap[0] = i;
                siftDown(heap, size, scores);
            }
        }
        int[] top = new int[size];
        for (int n = size - 1; n >= 0; n--) {
            top[n] = heap[0];
            heap[0] = heap[--size];
            siftDown(heap, size, scores);
        }
        return top;
    }

    private static boolean better(int a, int b, float[] scores) {
        return scores[a] > scores[b] || (scores[a] == scores[b] && a < b);
    }

    private static void siftUp(int[] heap, int index, float[] scores) {
        while (index > 0) {
            int parent = (index - 1) / 2;
            if (!better(heap[parent], heap[index], scores)) {
                return;
            }
            swap(heap, parent, index);
            index = parent;
        }
    }

    private static void siftDown(int[] heap, int size, float[] scores) {
        int index = 0;
        while (true) {
            int left = 2 * index + 1;
            int worst = index;
            if (left < size && better(heap[worst], heap[left], scores)) {
                worst = left;
            }
            if (left + 1 < size && better(heap[worst], heap[left + 1], scores)) {
                worst = left + 1;
            }
            if (worst == index) {
                return;
            }
            swap(heap, index, worst);
            index = worst;
        }
    }

    private static void swap(int[] heap, int a, int b) {
        int t = heap[a];
        heap[a] = heap[b];
        heap[b] = t;
    }
}
