package io.shopml.models.product;

/**
 * A catalogue item found by similar-product search.
 *
 * @param id       the item's id in the catalogue (e.g. {@code train-17} or {@code sneaker/0042.jpg})
 * @param category its category name
 * @param score    cosine similarity to the query, -1..1
 */
public record SimilarItem(String id, String category, float score) {
}
