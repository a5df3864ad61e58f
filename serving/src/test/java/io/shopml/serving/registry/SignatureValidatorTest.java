package io.shopml.serving.registry;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.shopml.models.artifact.DataFingerprint;
import io.shopml.models.artifact.Manifest;
import io.shopml.models.artifact.Provenance;
import io.shopml.models.artifact.TensorSpec;
import io.shopml.serving.errors.InvalidInputException;
import io.shopml.serving.tensor.DataType;
import io.shopml.serving.tensor.Shapes;
import io.shopml.serving.tensor.Tensor;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SignatureValidatorTest {

    private static final Manifest FORECASTER = new Manifest(Manifest.FORMAT_VERSION, "sales-forecaster", 1,
            "forecast", "dl4j",
            List.of(new TensorSpec("history", "FP32", new long[] {-1, 24}),
                    new TensorSpec("store", "INT64", new long[] {-1})),
            List.of(new TensorSpec("forecast", "FP32", new long[] {-1, 6})),
            null,
            new DataFingerprint("sales.csv", "00".repeat(32), 10, Map.of()),
            Map.of(),
            new Provenance(1, Map.of(), Map.of(), "17", "test", "cpu", "run"),
            null,
            null);

    private static final String EXPECTS = "model 'sales-forecaster' expects: history FP32 [-1, 24], store INT64 [-1]";

    @Test
    void validateInputs_acceptsAnySizeForVariableDimensions() {
        assertDoesNotThrow(() -> SignatureValidator.validateInputs(FORECASTER,
                Map.of("history", history(new long[] {5, 24}), "store", stores(5))));
    }

    @Test
    void validateInputs_unknownInput_listsWhatTheModelExpects() {
        assertEquals("unknown input 'sales'; " + EXPECTS, message(
                Map.of("sales", history(new long[] {1, 24}), "history", history(new long[] {1, 24}))));
    }

    @Test
    void validateInputs_missingInput_listsWhatTheModelExpects() {
        assertEquals("missing input 'store'; " + EXPECTS, message(Map.of("history", history(new long[] {1, 24}))));
    }

    @Test
    void validateInputs_wrongDatatype_namesBoth() {
        Tensor history = new Tensor("history", DataType.FP64, new long[] {1, 24}, new double[24]);

        assertEquals("input 'history': datatype FP64, but model 'sales-forecaster' expects FP32",
                message(Map.of("history", history, "store", stores(1))));
    }

    @Test
    void validateInputs_wrongRank_namesExpectedShape() {
        assertEquals("input 'history': shape [24] has rank 1, but model 'sales-forecaster' expects rank 2: [-1, 24]",
                message(Map.of("history", history(new long[] {24}), "store", stores(1))));
    }

    @Test
    void validateInputs_fixedDimensionThatDiffers_namesTheDimension() {
        assertEquals("input 'history': shape [2, 23] has 23 at dimension 1, but model 'sales-forecaster' expects 24:"
                + " [-1, 24]", message(Map.of("history", history(new long[] {2, 23}), "store", stores(2))));
    }

    @Test
    void validateRequestedOutputs_unknownOutput_listsTheModelsOutputs() {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> SignatureValidator.validateRequestedOutputs(FORECASTER, Set.of("median")));

        assertEquals("unknown output 'median' requested; model 'sales-forecaster' has outputs: forecast FP32 [-1, 6]",
                error.getMessage());
    }

    private static String message(Map<String, Tensor> inputs) {
        return assertThrows(InvalidInputException.class,
                () -> SignatureValidator.validate(FORECASTER, new InferenceRequest(inputs, Map.of(), Set.of())))
                .getMessage();
    }

    private static Tensor history(long[] shape) {
        return new Tensor("history", DataType.FP32, shape, new float[(int) Shapes.elementCount(shape)]);
    }

    private static Tensor stores(int rows) {
        return new Tensor("store", DataType.INT64, new long[] {rows}, new long[rows]);
    }
}
