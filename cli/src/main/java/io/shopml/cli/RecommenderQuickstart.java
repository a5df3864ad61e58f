package io.shopml.cli;

import io.grpc.ManagedChannel;
import io.shopml.datasets.BundledDatasets;
import io.shopml.datasets.interactions.ItemTitles;
import io.shopml.evaluation.recommend.RecommenderComparison;
import io.shopml.models.artifact.ModelArtifact;
import io.shopml.models.artifact.ModelRepository;
import io.shopml.models.recommend.RecommenderConfig;
import io.shopml.proto.v1.RecommendRequest;
import io.shopml.proto.v1.RecommendResponse;
import io.shopml.proto.v1.RecommendServiceGrpc;
import io.shopml.proto.v1.RecommendedItem;
import io.shopml.training.loop.ProgressBarListener;
import io.shopml.training.loop.RunDirectory;
import io.shopml.training.recommend.RecommenderData;
import io.shopml.training.recommend.RecommenderTrainer;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The recommender in quickstart: the quick DQN recipe on the bundled MovieLens ratings; one real
 * user's recent history sent over gRPC ({@code shopml.v1.RecommendService}), the answer printed
 * with titles next to the item the user really watched next (held out from training), then the
 * leave-last-out table against popularity, item-CF and ALS.
 */
final class RecommenderQuickstart implements QuickstartModel {

    private static final String MODEL = TrainRecommenderCommand.DEFAULT_NAME;
    /** How many of the user's latest movies are printed above the recommendations. */
    private static final int RECENT = 5;
    private static final int K = 10;

    private final long seed;
    private final RecommenderConfig config = RecommenderConfig.quickRecipe();
    private final RecommenderData data;
    private final Map<Long, String> titles;

    RecommenderQuickstart(long seed) {
        this.seed = seed;
        this.data = RecommenderData.load(TrainRecommenderCommand.dataFile(null), config.minUserCount(),
                config.minItemCount());
        this.titles = ItemTitles.read(BundledDatasets.extract(BundledDatasets.MOVIELENS_MOVIES));
    }

    @Override
    public String title() {
        return "recommender (DQN on DL4J, bundled MovieLens: " + data.interactions().users().size() + " users, "
                + data.itemCount() + " movies)";
    }

    @Override
    public void trainAndExport(ModelRepository repository, Path work, PrintStream out) {
        ModelArtifact artifact = new RecommenderTrainer(config, seed)
                .train(data, RunDirectory.create(work.resolve("runs"), MODEL), false,
                        List.of(ProgressBarListener.toConsole()))
                .export(repository, MODEL, titles);
        out.printf("   exported %s version %d to %s%n", MODEL, artifact.manifest().version(), artifact.directory());
    }

    @Override
    public void query(ManagedChannel channel, ModelRepository repository, PrintStream out) {
        int user = 0;
        int[] history = data.test().train()[user];
        long heldOut = data.interactions().items().id(data.test().heldOut()[user]);
        RecommendRequest.Builder request = RecommendRequest.newBuilder().setModelName(MODEL).setK(K);
        for (int item : history) {
            request.addRecentItems(data.interactions().items().id(item));
        }
        RecommendResponse response = RecommendServiceGrpc.newBlockingStub(channel).recommend(request.build());

        out.printf("   RecommendService over gRPC for MovieLens user %d (%d movies rated; the last one held out)%n",
                data.interactions().users().id(user), history.length + 1);
        out.println("   most recent:");
        for (int t = Math.max(0, history.length - RECENT); t < history.length; t++) {
            out.println("     " + title(data.interactions().items().id(history[t])));
        }
        out.printf("   top %d (Q-value):%n", K);
        int hit = -1;
        for (int i = 0; i < response.getItemsCount(); i++) {
            RecommendedItem item = response.getItems(i);
            boolean isHeldOut = item.getItemId() == heldOut;
            hit = isHeldOut ? i + 1 : hit;
            out.printf("   %2d. %-60s %7.4f%s%n", i + 1, item.getTitle(), item.getScore(),
                    isHeldOut ? "  <- watched next" : "");
        }
        out.printf("   really watched next: %s (%s)%n", title(heldOut),
                hit > 0 ? "recommended at rank " + hit : "not in the top " + K);
        out.println("   leave-last-out evaluation (every user; HR/NDCG against 100 sampled negatives):");
        RecommenderComparison.toTable(RecommenderComparison.compare(repository.openLatest(MODEL), null))
                .lines().forEach(line -> out.println("   " + line));
    }

    private String title(long itemId) {
        return titles.getOrDefault(itemId, "item " + itemId);
    }
}
