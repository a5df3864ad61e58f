package io.shopml.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shopml.datasets.images.FashionMnist;
import io.shopml.datasets.images.LabelledImages;
import io.shopml.models.artifact.ModelRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The product recogniser's CLI contract on a slice of the real Fashion-MNIST written as IDX files.
 * Training runs with one thread: in this JVM the forecaster tests may have run DL4J (OpenBLAS)
 * first, and multi-threaded DJL training after that can go NaN (docs/product.md, open defect).
 */
class ProductCommandsTest {

    @TempDir
    Path dir;

    private final StringWriter errors = new StringWriter();

    private int run(String... args) {
        CommandLine cli = ShopmlCommand.commandLine();
        cli.setErr(new PrintWriter(errors, true));
        return cli.execute(args);
    }

    @Test
    void trainThenEvaluate_onAnIdxFolder_exportsAVersionAndScoresItAgainstThePixelBaseline() throws IOException {
        Path data = dir.resolve("idx");
        writeIdx(data, "train", FashionMnist.load(FashionMnist.Split.TRAIN).firstPerClass(120));
        writeIdx(data, "t10k", FashionMnist.load(FashionMnist.Split.TEST).firstPerClass(20));
        Path repo = dir.resolve("repo");

        assertEquals(0, run("train", "product", "--quick", "--data", data.toString(), "--images-per-class", "60",
                "--epochs", "1", "--width", "8", "--blocks", "1,1", "--threads", "1", "--repo", repo.toString(),
                "--runs", dir.resolve("runs").toString()), errors.toString());
        assertEquals(List.of(1), new ModelRepository(repo).versions("product-recognizer"));

        Path json = dir.resolve("eval.json");
        assertEquals(0, run("evaluate", "product", "--repo", repo.toString(), "--data", data.toString(),
                "--queries", "50", "--json", json.toString()), errors.toString());
        JsonNode results = new ObjectMapper().readTree(json.toFile());
        assertEquals(200, results.get("testImages").asInt(), results.toString());
        assertEquals(1200, results.at("/similar/catalogueSize").asInt(), results.toString());
        assertEquals(10, results.at("/baseline/perClass").size(), results.toString());
    }

    @Test
    void evaluate_onDataWithoutATestSplit_namesWhatIsMissing() throws IOException {
        Path data = dir.resolve("train-only");
        writeIdx(data, "train", FashionMnist.load(FashionMnist.Split.TRAIN).firstPerClass(120));
        Path repo = dir.resolve("repo");
        assertEquals(0, run("train", "product", "--quick", "--data", data.toString(), "--images-per-class", "60",
                "--epochs", "1", "--width", "8", "--blocks", "1,1", "--threads", "1", "--repo", repo.toString(),
                "--runs", dir.resolve("runs").toString()), errors.toString());

        int exit = run("evaluate", "product", "--repo", repo.toString(), "--data", data.toString());

        assertEquals(2, exit, errors.toString());
        assertTrue(errors.toString().contains("has no test images"), errors.toString());
    }

    @Test
    void train_onAFolderThatIsNeitherIdxNorImages_failsInOneLine() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));

        int exit = run("train", "product", "--data", empty.toString(), "--repo", dir.resolve("repo").toString());

        assertEquals(1, exit);
        assertEquals(1, errors.toString().strip().lines().count(), errors.toString());
        assertTrue(errors.toString().contains("neither a folder of Fashion-MNIST-style IDX files"), errors.toString());
    }

    /** Fashion-MNIST's IDX layout: big-endian magic, dimensions, then unsigned bytes. */
    private static void writeIdx(Path directory, String prefix, LabelledImages images) throws IOException {
        Files.createDirectories(directory);
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(
                directory.resolve(prefix + "-images-idx3-ubyte")))) {
            out.writeInt(0x00000803);
            out.writeInt(images.count());
            out.writeInt(images.size());
            out.writeInt(images.size());
            out.write(images.pixels());
        }
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(
                directory.resolve(prefix + "-labels-idx1-ubyte")))) {
            out.writeInt(0x00000801);
            out.writeInt(images.count());
            for (int label : images.labels()) {
                out.writeByte(label);
            }
        }
    }
}
