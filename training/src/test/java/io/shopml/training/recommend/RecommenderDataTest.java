package io.shopml.training.recommend;

import io.shopml.datasets.BundledDatasets;
import io.shopml.datasets.interactions.IdMap;
import io.shopml.datasets.interactions.InteractionCsvReader;
import io.shopml.datasets.interactions.RawInteraction;
import io.shopml.models.recommend.ItemCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The recommender's data on a slice of the real bundled MovieLens ratings: id maps and the leave-last-out split. */
class RecommenderDataTest {

    @TempDir
    Path dir;

    private static final Path RATINGS = BundledDatasets.extract(BundledDatasets.MOVIELENS_RATINGS);

    @Test
    void idMaps_roundTripEveryKeptInteraction_andTheItemMapSurvivesTheModelCatalogueFile() {
        RecommenderData data = RecommenderData.load(RATINGS, 20, 40);
        IdMap users = data.interactions().users();
        IdMap items = data.interactions().items();
        Set<Long> userIds = new HashSet<>();
        Set<Long> itemIds = new HashSet<>();
        int kept = 0;
        List<RawInteraction> raw = InteractionCsvReader.read(RATINGS);
        for (RawInteraction r : raw) {
            OptionalInt u = users.index(r.userId());
            OptionalInt i = items.index(r.itemId());
            if (u.isPresent() && i.isPresent()) {
                assertEquals(r.userId(), users.id(u.getAsInt()));
                assertEquals(r.itemId(), items.id(i.getAsInt()));
                assertTrue(Arrays.stream(data.interactions().sequences()[u.getAsInt()]).anyMatch(x -> x == i.getAsInt()),
                        "user " + r.userId() + "'s timeline holds item " + r.itemId());
                userIds.add(r.userId());
                itemIds.add(r.itemId());
                kept++;
            }
        }
        assertTrue(kept > 0 && kept <= raw.size());
        assertEquals(users.size(), userIds.size(), "every dense user index comes from the file");
        assertEquals(items.size(), itemIds.size(), "every dense item index comes from the file");

        Path file = dir.resolve(ItemCatalogue.FILE);
        ItemCatalogue.of(items, data.interactions().itemCounts(), Map.of()).write(file);
        ItemCatalogue read = ItemCatalogue.read(file);
        assertEquals(items, read.ids());
        for (int i = 0; i < items.size(); i++) {
            assertEquals(i, read.ids().index(items.id(i)).getAsInt());
        }
        assertFalse(read.ids().index(-1).isPresent(), "unknown ids stay unknown");
    }

    @Test
    void heldOutItems_neverReachTheTrainingTimelines() {
        RecommenderData data = RecommenderData.load(RATINGS, 20, 40);
        int[][] sequences = data.interactions().sequences();
        for (int u = 0; u < sequences.length; u++) {
            int[] s = sequences[u];
            int testItem = data.test().heldOut()[u];
            int validationItem = data.validation().heldOut()[u];
            assertEquals(s[s.length - 1], testItem, "the test item is the user's last interaction");
            assertEquals(s[s.length - 2], validationItem, "the validation item is the one before");
            assertArrayEquals(Arrays.copyOf(s, s.length - 1), data.test().train()[u]);
            assertArrayEquals(Arrays.copyOf(s, s.length - 2), data.validation().train()[u]);
            assertTrue(Arrays.stream(data.test().train()[u]).noneMatch(i -> i == testItem),
                    "baselines never see user " + u + "'s test item");
            assertTrue(Arrays.stream(data.validation().train()[u]).noneMatch(i -> i == testItem || i == validationItem),
                    "the DQN's simulator never sees user " + u + "'s test or validation item");
        }
    }
}
