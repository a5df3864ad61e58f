package io.shopml.training.product;

import io.shopml.datasets.images.LabelledImages;
import io.shopml.models.product.ProductConfig;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Training and validation images drawn from a training set, stratified by class and seeded: per
 * class, a seeded shuffle, the first {@code validationPerClass} images for validation and the next
 * {@code imagesPerClass} (all when 0) for training.
 *
 * @param train      images the model learns from
 * @param validation images early stopping watches
 */
public record ProductSplit(LabelledImages train, LabelledImages validation) {

    /** The split {@code config} asks for. */
    public static ProductSplit of(LabelledImages images, ProductConfig config, long seed) {
        List<List<Integer>> byClass = new ArrayList<>();
        for (int c = 0; c < images.classNames().size(); c++) {
            byClass.add(new ArrayList<>());
        }
        for (int i = 0; i < images.count(); i++) {
            byClass.get(images.label(i)).add(i);
        }
        List<Integer> train = new ArrayList<>();
        List<Integer> validation = new ArrayList<>();
        for (int c = 0; c < byClass.size(); c++) {
            List<Integer> members = byClass.get(c);
            Collections.shuffle(members, new Random(seed * 7919 + c));
            int held = Math.min(config.validationPerClass(), members.size() / 5);
            validation.addAll(members.subList(0, held));
            int end = config.imagesPerClass() == 0 ? members.size() : Math.min(members.size(), held + config.imagesPerClass());
            train.addAll(members.subList(held, end));
        }
        Collections.sort(train);
        Collections.sort(validation);
        return new ProductSplit(images.subset(toArray(train)), images.subset(toArray(validation)));
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
