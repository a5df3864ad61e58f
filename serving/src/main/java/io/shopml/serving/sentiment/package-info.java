/**
 * Serving of review-sentiment models: the servable behind KServe v2 ({@code text} BYTES in,
 * {@code probabilities} and {@code label} out, truncated texts named in a response parameter),
 * its loader, and the typed {@code shopml.v1.SentimentService}.
 *
 * <pre>{@code
 * ClassifyResponse r = SentimentServiceGrpc.newBlockingStub(channel)
 *         .classify(ClassifyRequest.newBuilder().addTexts("Lovely tea").addTexts("很难喝").build());
 * r.getResults(0).getLabel();   // "great"
 * }</pre>
 */
package io.shopml.serving.sentiment;
