package io.shopml.datasets.interactions;

import io.shopml.datasets.DatasetException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns a raw log into {@link InteractionData}: keeps each user's latest interaction with an item
 * (a re-rating replaces the earlier one), drops users and items below a minimum count, repeating
 * until both hold (dropping items can push a user below the minimum), then numbers users and
 * items densely in ascending id order and sorts each user's items by time (ties by item id).
 *
 * <pre>{@code
 * InteractionData data = new InteractionCleaner(5, 5).clean(log, "ratings.csv", sha256);
 * }</pre>
 */
public final class InteractionCleaner {

    private static final Logger LOG = LoggerFactory.getLogger(InteractionCleaner.class);

    private final int minUserCount;
    private final int minItemCount;

    /**
     * @param minUserCount interactions a user needs to stay (at least 3: one to hold out for
     *                     testing, one for validation, one to learn from)
     * @param minItemCount users an item needs to stay
     */
    public InteractionCleaner(int minUserCount, int minItemCount) {
        if (minUserCount < 3) {
            throw new IllegalArgumentException("minimum user count is " + minUserCount
                    + ", expected >= 3 (test item, validation item and at least one to learn from)");
        }
        if (minItemCount < 1) {
            throw new IllegalArgumentException("minimum item count is " + minItemCount + ", expected >= 1");
        }
        this.minUserCount = minUserCount;
        this.minItemCount = minItemCount;
    }

    public InteractionData clean(List<RawInteraction> log, String source, String sha256) {
        Map<Long, Map<Long, RawInteraction>> byUser = new HashMap<>();
        for (RawInteraction r : log) {
            byUser.computeIfAbsent(r.userId(), u -> new LinkedHashMap<>())
                    .merge(r.itemId(), r, (a, b) -> b.timestamp() >= a.timestamp() ? b : a);
        }
        boolean changed = true;
        while (changed) {
            Map<Long, Integer> itemCounts = new HashMap<>();
            byUser.values().forEach(m -> m.keySet().forEach(i -> itemCounts.merge(i, 1, Integer::sum)));
            int before = byUser.size();
            long removedInteractions = 0;
            for (Map<Long, RawInteraction> items : byUser.values()) {
                int size = items.size();
                items.keySet().removeIf(i -> itemCounts.get(i) < minItemCount);
                removedInteractions += size - items.size();
            }
            byUser.values().removeIf(m -> m.size() < minUserCount);
            changed = removedInteractions > 0 || byUser.size() != before;
        }
        if (byUser.isEmpty()) {
            throw new DatasetException(source + ": no user has " + minUserCount + " interactions with items that "
                    + minItemCount + " users share; lower the minimum counts");
        }
        IdMap users = new IdMap(byUser.keySet().stream().mapToLong(Long::longValue).sorted().toArray());
        TreeSet<Long> itemIds = new TreeSet<>();
        byUser.values().forEach(m -> itemIds.addAll(m.keySet()));
        IdMap items = new IdMap(itemIds.stream().mapToLong(Long::longValue).toArray());

        int[][] sequences = new int[users.size()][];
        float[][] ratings = new float[users.size()][];
        double maxRating = 0;
        for (int u = 0; u < users.size(); u++) {
            List<RawInteraction> timeline = new ArrayList<>(byUser.get(users.id(u)).values());
            timeline.sort(Comparator.comparingLong(RawInteraction::timestamp).thenComparingLong(RawInteraction::itemId));
            sequences[u] = new int[timeline.size()];
            ratings[u] = new float[timeline.size()];
            for (int t = 0; t < timeline.size(); t++) {
                sequences[u][t] = items.index(timeline.get(t).itemId()).orElseThrow();
                ratings[u][t] = (float) timeline.get(t).rating();
                maxRating = Math.max(maxRating, timeline.get(t).rating());
            }
        }
        InteractionData data = new InteractionData(source, sha256, users, items, sequences, ratings, maxRating);
        LOG.info("{}: {} interactions of {} users with {} items kept (of {} rows; minimum {} per user, {} per item)",
                source, data.interactions(), users.size(), items.size(), log.size(), minUserCount, minItemCount);
        return data;
    }
}
