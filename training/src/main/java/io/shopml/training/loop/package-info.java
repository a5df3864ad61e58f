/**
 * The training loop every trainer shares. A trainer describes one model as an
 * {@link io.shopml.training.loop.EpochModel}; {@link io.shopml.training.loop.TrainingLoop} drives
 * it and owns seeds, the learning-rate schedule, early stopping, checkpoints with resume, the
 * progress bar and the metrics log (DJL's Trainer with listeners, in small).
 *
 * <pre>{@code
 * TrainingOutcome outcome = new TrainingLoop(settings, runDirectory)
 *         .addListener(new ProgressBarListener(System.err))
 *         .run(model, resume);
 * }</pre>
 */
package io.shopml.training.loop;
