package io.shopml.models.recommend;

import io.shopml.models.artifact.ModelArtifact;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A recommender version loaded from a verified artifact; used by the server and by evaluation
 * alike. Histories arrive as original item ids, oldest first; ids the model does not know are
 * skipped and reported, and a history with no known item gets the most popular items. DL4J
 * networks are not thread-safe, so scoring takes turns. Close it to release native memory.
 *
 * <pre>{@code
 * try (LoadedRecommender recommender = LoadedRecommender.load(repository.openLatest("recommender"))) {
 *     Recommendation r = recommender.recommend(List.of(new long[] {1, 50, 260}), 10, true).get(0);
 * }
 * }</pre>
 */
public final class LoadedRecommender implements AutoCloseable {

    private final MultiLayerNetwork network;
    private final RecommendPreprocessing preprocessing;
    private final ItemCatalogue catalogue;
    private final RecommendTranslator translator;

    public LoadedRecommender(MultiLayerNetwork network, RecommendPreprocessing preprocessing, ItemCatalogue catalogue) {
        this.network = network;
        this.preprocessing = preprocessing;
        this.catalogue = catalogue;
        this.translator = new RecommendTranslator(preprocessing.historyLength());
    }

    public static LoadedRecommender load(ModelArtifact artifact) {
        RecommendPreprocessing preprocessing = artifact.manifest().preprocessing(RecommendPreprocessing.class);
        ItemCatalogue catalogue = ItemCatalogue.read(artifact.file(ItemCatalogue.FILE));
        if (catalogue.size() != preprocessing.itemCount()) {
            throw new IllegalStateException(ItemCatalogue.FILE + " lists " + catalogue.size()
                    + " items but the manifest says " + preprocessing.itemCount());
        }
        return new LoadedRecommender(QNetwork.load(artifact.file(QNetwork.MODEL_FILE), false), preprocessing, catalogue);
    }

    public RecommendPreprocessing preprocessing() {
        return preprocessing;
    }

    public ItemCatalogue catalogue() {
        return catalogue;
    }

    /**
     * Top {@code k} items per history. With {@code excludeSeen}, no item of a history is
     * recommended back to it.
     *
     * @throws IllegalArgumentException when k is outside 1..maxK
     */
    public List<Recommendation> recommend(List<long[]> histories, int k, boolean excludeSeen) {
        if (k < 1 || k > maxK()) {
            throw new IllegalArgumentException("k is " + k + ", expected 1.." + maxK());
        }
        List<int[]> known = new ArrayList<>(histories.size());
        List<long[]> unknown = new ArrayList<>(histories.size());
        List<int[]> states = new ArrayList<>();
        for (long[] history : histories) {
            List<Integer> indices = new ArrayList<>(history.length);
            Set<Long> skipped = new LinkedHashSet<>();
            for (long id : history) {
                OptionalInt index = catalogue.ids().index(id);
                if (index.isPresent()) {
                    indices.add(index.getAsInt());
                } else {
                    skipped.add(id);
                }
            }
            int[] dense = indices.stream().mapToInt(Integer::intValue).toArray();
            known.add(dense);
            unknown.add(skipped.stream().mapToLong(Long::longValue).toArray());
            if (dense.length > 0) {
                states.add(translator.state(dense, dense.length));
            }
        }
        float[][] q = states.isEmpty() ? new float[0][] : qValues(states);
        List<Recommendation> answers = new ArrayList<>(histories.size());
        int row = 0;
        for (int h = 0; h < histories.size(); h++) {
            int[] dense = known.get(h);
            BitSet excluded = new BitSet(catalogue.size());
            if (excludeSeen) {
                for (int item : dense) {
                    excluded.set(item);
                }
            }
            if (dense.length == 0) {
                answers.add(popular(k, excluded, unknown.get(h)));
            } else {
                float[] scores = q[row++];
                int[] top = RecommendTranslator.topK(scores, k, excluded);
                float[] topScores = new float[top.length];
                for (int i = 0; i < top.length; i++) {
                    topScores[i] = scores[top[i]];
                }
                answers.add(answer(top, topScores, unknown.get(h), false));
            }
        }
        return answers;
    }

    /** Q-values [N][items] for states of dense indices (evaluation scores candidates with these). */
    public float[][] qValues(List<int[]> states) {
        synchronized (network) {
            return translator.qValues(network, states);
        }
    }

    /** The state for the first {@code end} items of a dense history. */
    public int[] state(int[] denseHistory, int end) {
        return translator.state(denseHistory, end);
    }

    public int maxK() {
        return Math.min(preprocessing.maxK(), catalogue.size());
    }

    @Override
    public void close() {
        synchronized (network) {
            network.close();
        }
    }

    private Recommendation popular(int k, BitSet excluded, long[] unknown) {
        int[] top = catalogue.mostPopular(k, excluded);
        int total = 0;
        for (int i = 0; i < catalogue.size(); i++) {
            total += catalogue.count(i);
        }
        float[] shares = new float[top.length];
        for (int i = 0; i < top.length; i++) {
            shares[i] = catalogue.count(top[i]) / (float) Math.max(1, total);
        }
        return answer(top, shares, unknown, true);
    }

    private Recommendation answer(int[] top, float[] scores, long[] unknown, boolean fallback) {
        long[] ids = new long[top.length];
        String[] titles = new String[top.length];
        for (int i = 0; i < top.length; i++) {
            ids[i] = catalogue.ids().id(top[i]);
            titles[i] = catalogue.title(top[i]);
        }
        return new Recommendation(ids, scores, titles, unknown, fallback);
    }
}
