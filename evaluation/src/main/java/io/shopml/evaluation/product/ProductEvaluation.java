package io.shopml.evaluation.product;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.shopml.evaluation.metrics.ClassificationMetrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The product model's scores on held-out images next to the pixel baseline: accuracy, macro-F1,
 * per-class precision and recall, confusion matrices, and the similar-product precision@k of the
 * catalogue search (share of the k most similar catalogue items in the query's category).
 *
 * @param model            the ResNet's classification metrics on the test images
 * @param baseline         {@link PixelLogisticRegression}'s, on the same images
 * @param similarPrecision mean precision@{@code k} over {@code similarQueries} test images
 * @param k                similar items per query
 * @param similarQueries   test images used as similar-product queries
 * @param catalogueSize    items in the model version's catalogue index
 * @param source           where the test images came from
 */
public record ProductEvaluation(ClassificationMetrics model, ClassificationMetrics baseline, double similarPrecision,
                                int k, int similarQueries, int catalogueSize, int testImages, String source) {

    /** The scores as a plain-text table, then per-class precision and recall. */
    public String toTable() {
        StringBuilder text = new StringBuilder();
        text.append(String.format("%d test images from %s%n", testImages, source));
        text.append(String.format("%-32s %9s %9s %9s%n", "model", "accuracy", "macro-F1", "P@" + k));
        text.append(String.format("%-32s %9.4f %9.4f %9.4f%n", "ResNet (shopml)", model.accuracy(), model.macroF1(),
                similarPrecision));
        text.append(String.format("%-32s %9.4f %9.4f %9s%n", "logistic regression on pixels", baseline.accuracy(),
                baseline.macroF1(), "-"));
        text.append(String.format("P@%d: %d test images queried against the %d-item catalogue, relevant = same "
                + "category%n", k, similarQueries, catalogueSize));
        text.append(String.format("%-14s %10s %10s %10s %10s%n", "category", "precision", "recall", "base P", "base R"));
        for (int c = 0; c < model.labels().size(); c++) {
            text.append(String.format("%-14s %10.4f %10.4f %10.4f %10.4f%n", model.labels().get(c), model.precision(c),
                    model.recall(c), baseline.precision(c), baseline.recall(c)));
        }
        return text.toString();
    }

    /** Writes every number, confusion matrices included, as JSON. */
    public void writeJson(Path file) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("source", source);
        json.put("testImages", testImages);
        json.put("model", classification(model));
        json.put("baseline", classification(baseline));
        json.put("baselineName", "multinomial logistic regression on normalised pixels");
        Map<String, Object> similar = new LinkedHashMap<>();
        similar.put("k", k);
        similar.put("queries", similarQueries);
        similar.put("catalogueSize", catalogueSize);
        similar.put("precisionAtK", similarPrecision);
        json.put("similar", similar);
        try {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> classification(ClassificationMetrics metrics) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("accuracy", metrics.accuracy());
        json.put("macroF1", metrics.macroF1());
        json.put("rocAuc", metrics.rocAuc());
        List<Map<String, Object>> perClass = new ArrayList<>();
        for (int c = 0; c < metrics.labels().size(); c++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("class", metrics.labels().get(c));
            row.put("precision", metrics.precision(c));
            row.put("recall", metrics.recall(c));
            perClass.add(row);
        }
        json.put("perClass", perClass);
        json.put("labels", metrics.labels());
        json.put("confusion", metrics.confusion());
        return json;
    }
}
