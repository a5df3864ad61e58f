/**
 * Product images: the bundled Fashion-MNIST IDX files and any {@code <class>/<image>} folder read
 * into {@link io.shopml.datasets.images.LabelledImages}; the preparation every photo goes through
 * in training and serving alike (decode, greyscale, invert a light background, shrink, centre:
 * {@link io.shopml.datasets.images.ImagePreparation}); normalisation statistics fitted on the
 * training set ({@link io.shopml.datasets.images.PixelStatistics}); and training augmentation
 * ({@link io.shopml.datasets.images.Augmentation}).
 *
 * <pre>{@code
 * LabelledImages train = FashionMnist.load(FashionMnist.Split.TRAIN);
 * PixelStatistics statistics = PixelStatistics.fit(train);
 * byte[] augmented = Augmentation.standard().apply(train.image(0), train.size(), new Random(7));
 * float first = statistics.normalise(augmented[0] & 0xff);
 * LabelledImages photos = new ImageFolderReader(new ImagePreparation(28)).read(Path.of("catalogue"));
 * }</pre>
 */
package io.shopml.datasets.images;
