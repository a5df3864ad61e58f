package io.shopml.training.loop;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressBarTest {

    @Test
    void render_showsPercentCountsAndEta() {
        ProgressBar bar = new ProgressBar("train", 200, new PrintStream(new ByteArrayOutputStream()), false);
        bar.advance(50, "loss 0.5");
        String line = bar.render("loss 0.5", System.nanoTime());
        assertTrue(line.startsWith("train ["), line);
        assertTrue(line.contains(" 25% 50/200 "), line);
        assertTrue(line.contains("ETA "), line);
        assertTrue(line.endsWith("loss 0.5"), line);
    }

    @Test
    void nonInteractiveOutput_printsPlainLines() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar("train", 2, new PrintStream(bytes), false);
        bar.advance(2, "");
        bar.finish("done");
        String out = bytes.toString();
        assertTrue(out.contains("100% 2/2") && !out.contains("\r"), out);
    }
}
