package io.shopml.evaluation.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlReportTest {

    private static final Pattern IMAGE = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"");

    @TempDir
    Path dir;

    @Test
    void render_smallResultsFile_containsEverySectionTableAndPlot() throws Exception {
        Report report = ReportJson.read(resource("small-results.json"));

        Path page = ReportWriter.write(report, dir);
        String html = Files.readString(page);

        for (ReportSection section : report.sections()) {
            assertTrue(html.contains("<h2>" + section.title() + "</h2>"), "section " + section.title());
        }
        assertTrue(html.contains("LSTM (shopml)"));
        assertTrue(html.contains("seasonal naive (baseline)"));
        assertTrue(html.contains("Makridakis et al. 2022"), "published reference with its source");
        assertTrue(html.contains("series &#39;b&#39; skipped") || html.contains("series 'b' skipped"));
        assertTrue(html.contains("<td>0.812</td>") && html.contains("<td>&ndash;</td>"));
        Matcher images = IMAGE.matcher(html);
        int count = 0;
        while (images.find()) {
            byte[] png = Base64.getDecoder().decode(images.group(1));
            assertNotNull(ImageIO.read(new ByteArrayInputStream(png)), "plot " + count + " is a readable PNG");
            count++;
        }
        assertEquals(4, count, "line with band, training curves, confusion matrix, latency histogram");
        assertFalse(html.contains("http://") || html.contains("https://"), "the page needs no network");
    }

    @Test
    void write_thenRead_sameReport() {
        Report report = ReportJson.read(resource("small-results.json"));

        ReportWriter.write(report, dir);
        Report again = ReportJson.read(dir.resolve(ReportWriter.RESULTS));

        assertEquals(report.sections().size(), again.sections().size());
        assertEquals(report.sections().get(0).tables(), again.sections().get(0).tables());
        LinePlot forecast = (LinePlot) again.sections().get(0).plots().get(0);
        assertTrue(Double.isNaN(forecast.lines().get(1).y()[2]), "a missing value survives the round trip");
    }

    @Test
    void savedSections_areReadBackInNameOrder() {
        ReportSection serving = ReportSection.builder("Serving").note("n").build();
        ReportSection training = ReportSection.builder("Training speed").build();
        ReportJson.saveSection(training, dir, "train-forecaster");
        ReportJson.saveSection(serving, dir, "serve-sales-forecaster");

        assertEquals(List.of(serving, training), ReportJson.savedSections(dir));
    }

    private static Path resource(String name) {
        try {
            return Path.of(HtmlReportTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
