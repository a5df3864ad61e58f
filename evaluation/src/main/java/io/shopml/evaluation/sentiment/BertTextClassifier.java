package io.shopml.evaluation.sentiment;

import io.shopml.models.sentiment.LoadedSentimentModel;
import io.shopml.models.sentiment.SentimentPrediction;

import java.util.List;

/** An exported sentiment version (trained or imported) as a {@link TextClassifier}; the caller closes the model. */
public final class BertTextClassifier implements TextClassifier {

    private final String name;
    private final LoadedSentimentModel model;

    public BertTextClassifier(String name, LoadedSentimentModel model) {
        this.name = name;
        this.model = model;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> labels() {
        return model.preprocessing().labels();
    }

    @Override
    public float[][] probabilities(List<String> texts) {
        return model.predict(texts).stream().map(SentimentPrediction::probabilities).toArray(float[][]::new);
    }
}
