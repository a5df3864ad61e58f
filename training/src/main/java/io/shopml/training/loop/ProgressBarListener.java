package io.shopml.training.loop;

import java.io.PrintStream;

/** Shows training progress over all remaining steps, with the latest losses. */
public final class ProgressBarListener implements TrainingListener {

    private final PrintStream out;
    private final boolean interactive;
    private ProgressBar bar;
    private String lastEpoch = "";

    public ProgressBarListener(PrintStream out, boolean interactive) {
        this.out = out;
        this.interactive = interactive;
    }

    public static ProgressBarListener toConsole() {
        return new ProgressBarListener(System.err, System.console() != null);
    }

    @Override
    public void onTrainingStart(int firstEpoch, int maxEpochs, int stepsPerEpoch) {
        bar = new ProgressBar("train", (long) (maxEpochs - firstEpoch) * stepsPerEpoch, out, interactive);
    }

    @Override
    public void onStep(int epoch, int step, double loss) {
        bar.advance(1, String.format("epoch %d loss %.4f%s", epoch + 1, loss, lastEpoch));
    }

    @Override
    public void onEpochEnd(EpochResult r) {
        lastEpoch = String.format(" val %.4f (best %.4f)", r.validationLoss(), r.bestValidationLoss());
    }

    @Override
    public void onTrainingEnd(TrainingOutcome outcome) {
        if (bar != null) {
            bar.finish(String.format("done: best val %.4f at epoch %d%s", outcome.bestValidationLoss(),
                    outcome.bestEpoch() + 1, outcome.stoppedEarly() ? " (early stop)" : ""));
        }
    }
}
