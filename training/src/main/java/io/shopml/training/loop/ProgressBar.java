package io.shopml.training.loop;

import java.io.PrintStream;
import java.time.Duration;

/**
 * A text progress bar with rate and ETA. On a terminal it redraws one line; when output goes to
 * a file or pipe it prints a line at most every few seconds so logs stay readable.
 */
public final class ProgressBar {

    private static final int WIDTH = 30;
    private final String task;
    private final long total;
    private final PrintStream out;
    private final boolean interactive;
    private final long startNanos = System.nanoTime();
    private long lastDrawNanos;
    private long done;

    public ProgressBar(String task, long total, PrintStream out, boolean interactive) {
        this.task = task;
        this.total = Math.max(1, total);
        this.out = out;
        this.interactive = interactive;
    }

    public static ProgressBar toConsole(String task, long total) {
        return new ProgressBar(task, total, System.err, System.console() != null);
    }

    /** Advances by {@code steps} and redraws if due; {@code detail} is shown after the bar. */
    public void advance(long steps, String detail) {
        done = Math.min(total, done + steps);
        long now = System.nanoTime();
        long interval = interactive ? 200_000_000L : 5_000_000_000L;
        if (now - lastDrawNanos >= interval || done == total) {
            lastDrawNanos = now;
            draw(detail, now);
        }
    }

    /** Ends the bar's line. */
    public void finish(String detail) {
        draw(detail, System.nanoTime());
        if (interactive) {
            out.println();
        }
    }

    /** The rendered line, without terminal control characters. */
    String render(String detail, long nowNanos) {
        double fraction = done / (double) total;
        int filled = (int) Math.round(fraction * WIDTH);
        double elapsed = (nowNanos - startNanos) / 1e9;
        String eta = done == 0 ? "--:--" : format(Duration.ofMillis((long) (elapsed / done * (total - done) * 1000)));
        return String.format("%s [%s%s] %3d%% %d/%d %s ETA %s%s", task, "=".repeat(filled), " ".repeat(WIDTH - filled),
                Math.round(fraction * 100), done, total, format(Duration.ofMillis((long) (elapsed * 1000))), eta,
                detail == null || detail.isEmpty() ? "" : " " + detail);
    }

    private void draw(String detail, long now) {
        String line = render(detail, now);
        if (interactive) {
            out.print("\r" + line + "\u001b[K");
        } else {
            out.println(line);
        }
        out.flush();
    }

    private static String format(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
