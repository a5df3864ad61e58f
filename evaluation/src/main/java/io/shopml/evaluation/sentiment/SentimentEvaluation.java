package io.shopml.evaluation.sentiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shopml.datasets.reviews.ReviewDataset;
import io.shopml.evaluation.metrics.ClassificationMetrics;
import io.shopml.evaluation.report.MetricsTable;
import io.shopml.evaluation.report.TableRow;
import io.shopml.evaluation.report.TextTable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * BERT and its baselines scored on the same held-out reviews with the same metrics. The first
 * classifier's label order is the evaluation's; the others' probability columns are rearranged
 * to it, and a classifier missing one of its labels is refused.
 *
 * <pre>{@code
 * SentimentEvaluation e = SentimentEvaluation.run(test, List.of(bert, TfIdfLogisticRegression.fit(train),
 *         LexiconClassifier.fit(train)));
 * System.out.println(e.toTable());
 * }</pre>
 *
 * @param source  the test file
 * @param reviews how many test reviews
 * @param labels  the class order of every confusion matrix
 * @param scores  one per classifier, in the order given
 */
public record SentimentEvaluation(String source, int reviews, List<String> labels, List<SentimentScore> scores) {

    public SentimentEvaluation {
        labels = List.copyOf(labels);
        scores = List.copyOf(scores);
    }

    public static SentimentEvaluation run(ReviewDataset test, List<TextClassifier> classifiers) {
        List<String> labels = classifiers.get(0).labels();
        int[] actual = LabelIndex.of(test.reviews(), labels);
        List<SentimentScore> scores = new ArrayList<>();
        for (TextClassifier classifier : classifiers) {
            long start = System.nanoTime();
            float[][] probabilities = classifier.probabilities(test.texts());
            double seconds = (System.nanoTime() - start) / 1e9;
            scores.add(new SentimentScore(classifier.name(),
                    ClassificationMetrics.of(labels, actual, reorder(probabilities, classifier, labels)), seconds));
        }
        return new SentimentEvaluation(test.source(), test.size(), labels, scores);
    }

    /** Accuracy, macro-F1 and ROC-AUC per classifier; the first row is the model, the rest baselines. */
    public MetricsTable metricsTable() {
        List<TableRow> rows = new ArrayList<>();
        for (SentimentScore score : scores) {
            ClassificationMetrics m = score.metrics();
            rows.add(rows.isEmpty() ? TableRow.model(score.model(), m.accuracy(), m.macroF1(), m.rocAuc())
                    : TableRow.baseline(score.model(), m.accuracy(), m.macroF1(), m.rocAuc()));
        }
        return new MetricsTable("Test reviews (" + reviews + ")", List.of("accuracy", "macro-F1", "ROC-AUC"), rows);
    }

    /** The metrics table followed by each classifier's confusion matrix (rows actual, columns predicted). */
    public String toTable() {
        StringBuilder text = new StringBuilder(TextTable.format(metricsTable()));
        for (SentimentScore score : scores) {
            text.append(System.lineSeparator()).append("confusion, ").append(score.model())
                    .append(" (rows actual, columns predicted):").append(System.lineSeparator());
            text.append(String.format("  %-12s", ""));
            labels.forEach(l -> text.append(String.format(" %8s", l)));
            text.append(System.lineSeparator());
            for (int a = 0; a < labels.size(); a++) {
                text.append(String.format("  %-12s", labels.get(a)));
                for (long count : score.metrics().confusion()[a]) {
                    text.append(String.format(" %8d", count));
                }
                text.append(System.lineSeparator());
            }
        }
        return text.toString();
    }

    public void writeJson(Path file) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("source", source);
        root.put("reviews", reviews);
        ArrayNode labelArray = root.putArray("labels");
        labels.forEach(labelArray::add);
        ArrayNode scoreArray = root.putArray("scores");
        for (SentimentScore score : scores) {
            ObjectNode node = scoreArray.addObject();
            node.put("model", score.model());
            node.put("accuracy", score.metrics().accuracy());
            node.put("macroF1", score.metrics().macroF1());
            if (Double.isFinite(score.metrics().rocAuc())) {
                node.put("rocAuc", score.metrics().rocAuc());
            } else {
                node.putNull("rocAuc");
            }
            node.put("seconds", score.seconds());
            ArrayNode confusion = node.putArray("confusion");
            for (long[] row : score.metrics().confusion()) {
                ArrayNode r = confusion.addArray();
                for (long count : row) {
                    r.add(count);
                }
            }
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            mapper.writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sentiment evaluation to " + file + ": " + e.getMessage(), e);
        }
    }

    private static float[][] reorder(float[][] probabilities, TextClassifier classifier, List<String> labels) {
        List<String> own = classifier.labels();
        int[] column = new int[labels.size()];
        for (int c = 0; c < labels.size(); c++) {
            column[c] = own.indexOf(labels.get(c));
            if (column[c] < 0) {
                throw new IllegalArgumentException(classifier.name() + " has no class '" + labels.get(c)
                        + "'; its classes are " + own);
            }
        }
        float[][] reordered = new float[probabilities.length][labels.size()];
        for (int i = 0; i < probabilities.length; i++) {
            for (int c = 0; c < column.length; c++) {
                reordered[i][c] = probabilities[i][column[c]];
            }
        }
        return reordered;
    }
}
