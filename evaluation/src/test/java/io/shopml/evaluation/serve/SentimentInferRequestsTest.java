package io.shopml.evaluation.serve;

import inference.GrpcPredictV2.ModelInferRequest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SentimentInferRequestsTest {

    @Test
    void requestsCarryBatchConsecutiveTextsAndCycle() {
        SentimentInferRequests requests = new SentimentInferRequests(List.of("a", "b", "茶"), "review-sentiment", 2);
        ModelInferRequest second = requests.apply(1);
        assertEquals("review-sentiment", second.getModelName());
        ModelInferRequest.InferInputTensor text = second.getInputs(0);
        assertEquals("text", text.getName());
        assertEquals("BYTES", text.getDatatype());
        assertEquals(List.of(2L), text.getShapeList());
        assertEquals("茶", text.getContents().getBytesContents(0).toString(StandardCharsets.UTF_8));
        assertEquals("a", text.getContents().getBytesContents(1).toString(StandardCharsets.UTF_8));
    }

    @Test
    void noTextsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SentimentInferRequests(List.of(), "m", 1));
    }
}
