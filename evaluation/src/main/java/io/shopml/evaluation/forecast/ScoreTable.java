package io.shopml.evaluation.forecast;

import java.util.List;
import java.util.Locale;

/** Formats model scores as an aligned text table for logs and the terminal. */
final class ScoreTable {

    private static final String ROW = "%-{w}s  %8s  %8s  %12s  %8s  %6s";

    private ScoreTable() {
    }

    static String format(List<ModelScore> scores) {
        int width = Math.max("model".length(), scores.stream().mapToInt(s -> s.model().length()).max().orElse(0));
        String row = ROW.replace("{w}", Integer.toString(width));
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, row,
                "model", "MASE", "sMAPE", "MAE", "coverage", "n"));
        for (ModelScore score : scores) {
            table.append('\n').append(String.format(Locale.ROOT, row,
                    score.model(),
                    String.format(Locale.ROOT, "%.3f", score.mase()),
                    String.format(Locale.ROOT, "%.2f%%", score.smape()),
                    String.format(Locale.ROOT, "%.2f", score.mae()),
                    score.hasCoverage() ? String.format(Locale.ROOT, "%.1f%%", 100 * score.coverage()) : "-",
                    Integer.toString(score.forecasts())));
        }
        return table.toString();
    }
}
