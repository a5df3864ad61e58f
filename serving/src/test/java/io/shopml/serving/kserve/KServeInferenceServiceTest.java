package io.shopml.serving.kserve;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import inference.GrpcPredictV2.InferParameter;
import inference.GrpcPredictV2.InferTensorContents;
import inference.GrpcPredictV2.ModelInferRequest;
import inference.GrpcPredictV2.ModelInferRequest.InferInputTensor;
import inference.GrpcPredictV2.ModelInferRequest.InferRequestedOutputTensor;
import inference.GrpcPredictV2.ModelInferResponse;
import inference.GrpcPredictV2.ModelInferResponse.InferOutputTensor;
import inference.GrpcPredictV2.ModelMetadataRequest;
import inference.GrpcPredictV2.ModelMetadataResponse;
import inference.GrpcPredictV2.ModelMetadataResponse.TensorMetadata;
import inference.GrpcPredictV2.ModelReadyRequest;
import inference.GrpcPredictV2.ServerLiveRequest;
import inference.GrpcPredictV2.ServerMetadataRequest;
import inference.GrpcPredictV2.ServerMetadataResponse;
import inference.GrpcPredictV2.ServerReadyRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.shopml.models.artifact.ModelRepository;
import io.shopml.serving.registry.ModelRegistry;
import io.shopml.serving.registry.ScaleLoader;
import io.shopml.serving.registry.TestRepositories;
import io.shopml.serving.server.RunningServer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KServe v2 over a real server and channel, with a real repository holding a model that scales {@code x} [-1, 3]. */
class KServeInferenceServiceTest {

    private static final float[] X = {1, 2, 3, -4, 5.5f, 0};
    private static final float[] X_DOUBLED = {2, 4, 6, -8, 11, 0};

    @TempDir
    Path root;

    private ModelRepository repository;
    private RunningServer running;

    @BeforeEach
    void commitModels() throws IOException {
        repository = new ModelRepository(root);
        TestRepositories.commitScaleModel(repository, "doubler", 10f);
        TestRepositories.commitScaleModel(repository, "doubler", 2f);
    }

    @AfterEach
    void stopServer() {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void serverLive_isTrue() throws IOException {
        serve();

        assertTrue(running.kserve().serverLive(ServerLiveRequest.getDefaultInstance()).getLive());
    }

    @Test
    void serverReady_isTrue_whenEveryModelIsReady() throws IOException {
        serve();

        assertTrue(running.kserve().serverReady(ServerReadyRequest.getDefaultInstance()).getReady());
    }

    @Test
    void serverMetadata_namesShopmlWithoutExtensions() throws IOException {
        serve();

        ServerMetadataResponse metadata = running.kserve().serverMetadata(ServerMetadataRequest.getDefaultInstance());

        assertEquals("shopml", metadata.getName());
        assertFalse(metadata.getVersion().isEmpty());
        assertEquals(0, metadata.getExtensionsCount());
    }

    @Test
    void modelReady_servedModel_isTrue_forItsVersionAndForNoVersion() throws IOException {
        serve();

        assertTrue(running.kserve().modelReady(ModelReadyRequest.newBuilder().setName("doubler").build()).getReady());
        assertTrue(running.kserve().modelReady(ModelReadyRequest.newBuilder().setName("doubler").setVersion("2")
                .build()).getReady());
    }

    @Test
    void modelReady_unknownModel_returnsNotFound() throws IOException {
        serve();

        StatusRuntimeException error = assertThrows(StatusRuntimeException.class, () -> running.kserve()
                .modelReady(ModelReadyRequest.newBuilder().setName("tripler").build()));

        assertEquals(Status.Code.NOT_FOUND, error.getStatus().getCode());
        assertEquals("unknown model 'tripler'; served models: doubler (version 2)", error.getStatus().getDescription());
    }

    @Test
    void modelMetadata_describesTheServedVersionFromItsManifest() throws IOException {
        serve();

        ModelMetadataResponse metadata = running.kserve().modelMetadata(
                ModelMetadataRequest.newBuilder().setName("doubler").build());

        assertAll(
                () -> assertEquals("doubler", metadata.getName()),
                () -> assertEquals(List.of("2"), metadata.getVersionsList()),
                () -> assertEquals(ScaleLoader.FRAMEWORK, metadata.getPlatform()),
                () -> assertEquals(List.of(tensorMetadata("x", "FP32", -1, 3)), metadata.getInputsList()),
                () -> assertEquals(List.of(tensorMetadata("y", "FP32", -1, 3), tensorMetadata("sum", "FP32", -1)),
                        metadata.getOutputsList()));
    }

    @Test
    void infer_viaContentsAndViaRawInputContents_giveTheSameResult() throws IOException {
        serve();

        ModelInferResponse typed = running.kserve().modelInfer(typedRequest(X, 2, 3).build());
        ModelInferResponse raw = running.kserve().modelInfer(rawRequest(X, 2, 3).build());

        assertArrayEquals(X_DOUBLED, fp32(typed.getOutputs(0)));
        assertEquals(typed, raw);
    }

    @Test
    void infer_echoesTheRequestId_andNamesModelAndServedVersion() throws IOException {
        serve();

        ModelInferResponse response = running.kserve().modelInfer(typedRequest(X, 2, 3).setId("req-42").build());

        assertEquals("req-42", response.getId());
        assertEquals("doubler", response.getModelName());
        assertEquals("2", response.getModelVersion());
    }

    @Test
    void infer_withoutRequestedOutputs_returnsEveryOutputWithItsShape() throws IOException {
        serve();

        ModelInferResponse response = running.kserve().modelInfer(typedRequest(X, 2, 3).build());

        assertEquals(List.of("y", "sum"), response.getOutputsList().stream().map(InferOutputTensor::getName).toList());
        assertEquals(List.of(2L, 3L), response.getOutputs(0).getShapeList());
        assertArrayEquals(new float[] {12, 3}, fp32(response.getOutputs(1)));
    }

    @Test
    void infer_returnsOnlyTheRequestedOutputs() throws IOException {
        serve();

        ModelInferResponse response = running.kserve().modelInfer(typedRequest(X, 2, 3)
                .addOutputs(InferRequestedOutputTensor.newBuilder().setName("sum")).build());

        assertEquals(1, response.getOutputsCount());
        assertEquals("sum", response.getOutputs(0).getName());
        assertEquals("FP32", response.getOutputs(0).getDatatype());
    }

    @Test
    void infer_passesParametersToTheModelAndBack() throws IOException {
        serve();

        ModelInferResponse response = running.kserve().modelInfer(typedRequest(X, 2, 3)
                .putParameters("offset", InferParameter.newBuilder().setInt64Param(1).build()).build());

        assertArrayEquals(new float[] {3, 5, 7, -7, 12, 1}, fp32(response.getOutputs(0)));
        assertEquals(InferParameter.newBuilder().setInt64Param(2).build(), response.getParametersOrThrow("rows"));
    }

    @Test
    void infer_withBinaryDataOutput_returnsLittleEndianRawOutputs() throws IOException {
        serve();

        ModelInferResponse response = running.kserve().modelInfer(typedRequest(X, 2, 3)
                .putParameters(KServeInferenceService.BINARY_DATA_OUTPUT,
                        InferParameter.newBuilder().setBoolParam(true).build()).build());

        assertFalse(response.getOutputs(0).hasContents());
        float[] y = new float[6];
        response.getRawOutputContents(0).asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(y);
        assertArrayEquals(X_DOUBLED, y);
    }

    @Test
    void infer_wrongInputName_returnsInvalidArgumentListingTheExpectedInputs() throws IOException {
        serve();
        ModelInferRequest.Builder request = typedRequest(X, 2, 3);
        request.getInputsBuilder(0).setName("history");

        assertInvalidArgument("unknown input 'history'; model 'doubler' expects: x FP32 [-1, 3]", request);
    }

    @Test
    void infer_wrongDatatype_returnsInvalidArgumentNamingTheTensor() throws IOException {
        serve();
        ModelInferRequest.Builder request = ModelInferRequest.newBuilder().setModelName("doubler")
                .addInputs(InferInputTensor.newBuilder().setName("x").setDatatype("INT64").addShape(1).addShape(3)
                        .setContents(InferTensorContents.newBuilder().addInt64Contents(1).addInt64Contents(2)
                                .addInt64Contents(3)));

        assertInvalidArgument("input 'x': datatype INT64, but model 'doubler' expects FP32", request);
    }

    @Test
    void infer_wrongShape_returnsInvalidArgumentNamingTheDimension() throws IOException {
        serve();

        assertInvalidArgument("input 'x': shape [2, 2] has 2 at dimension 1, but model 'doubler' expects 3: [-1, 3]",
                typedRequest(new float[] {1, 2, 3, 4}, 2, 2));
    }

    @Test
    void infer_elementCountThatDoesNotMatchTheShape_returnsInvalidArgument() throws IOException {
        serve();

        assertInvalidArgument("input 'x': FP32 shape [2, 3] needs 6 values, got 5",
                typedRequest(new float[] {1, 2, 3, 4, 5}, 2, 3));
    }

    @Test
    void infer_rawAndTypedContentsMixed_returnsInvalidArgument() throws IOException {
        serve();
        ModelInferRequest.Builder request = typedRequest(X, 2, 3)
                .addRawInputContents(rawRequest(X, 2, 3).getRawInputContents(0));

        assertInvalidArgument("input 'x' has typed contents while the request uses raw_input_contents; send every"
                + " input one way, not both", request);
    }

    @Test
    void infer_unknownRequestedOutput_returnsInvalidArgument() throws IOException {
        serve();
        ModelInferRequest.Builder request = typedRequest(X, 2, 3)
                .addOutputs(InferRequestedOutputTensor.newBuilder().setName("mean"));

        assertInvalidArgument("unknown output 'mean' requested; model 'doubler' has outputs: y FP32 [-1, 3],"
                + " sum FP32 [-1]", request);
    }

    @Test
    void infer_unknownModel_returnsNotFound() throws IOException {
        serve();

        StatusRuntimeException error = assertFailsAndServerStillAnswers(typedRequest(X, 2, 3).setModelName("tripler"));

        assertEquals(Status.Code.NOT_FOUND, error.getStatus().getCode());
        assertEquals("unknown model 'tripler'; served models: doubler (version 2)", error.getStatus().getDescription());
    }

    @Test
    void infer_unknownVersion_returnsNotFound() throws IOException {
        serve();

        StatusRuntimeException error = assertFailsAndServerStillAnswers(typedRequest(X, 2, 3).setModelVersion("1"));

        assertEquals(Status.Code.NOT_FOUND, error.getStatus().getCode());
        assertEquals("model 'doubler' has no version '1' being served; it serves version 2",
                error.getStatus().getDescription());
    }

    @Test
    void infer_modelThatFailsUnexpectedly_returnsInternalWithoutDetails() throws IOException {
        serve();
        // The test model reads "offset" as a Long: a string makes it fail the way a buggy model would.
        ModelInferRequest.Builder request = typedRequest(X, 2, 3)
                .putParameters("offset", InferParameter.newBuilder().setStringParam("one").build());

        StatusRuntimeException error = assertFailsAndServerStillAnswers(request);

        assertEquals(Status.Code.INTERNAL, error.getStatus().getCode());
        assertFalse(error.getStatus().getDescription().contains("ClassCast"), error.getStatus().getDescription());
    }

    @Test
    void corruptModel_isReportedFailedNamingTheFile_whileAnotherModelServes() throws IOException {
        TestRepositories.tamper(TestRepositories.commitScaleModel(repository, "corrupt", 2f));
        serve();

        StatusRuntimeException error = assertFailsAndServerStillAnswers(typedRequest(X, 2, 3).setModelName("corrupt"));

        assertAll(
                () -> assertEquals(Status.Code.UNAVAILABLE, error.getStatus().getCode()),
                () -> assertTrue(error.getStatus().getDescription().contains("factor.txt checksum mismatch"),
                        error.getStatus().getDescription()),
                () -> assertFalse(running.kserve().modelReady(ModelReadyRequest.newBuilder().setName("corrupt")
                        .build()).getReady()),
                () -> assertFalse(running.kserve().serverReady(ServerReadyRequest.getDefaultInstance()).getReady()),
                () -> assertArrayEquals(X_DOUBLED, fp32(running.kserve().modelInfer(typedRequest(X, 2, 3).build())
                        .getOutputs(0))));
    }

    private void serve() throws IOException {
        running = RunningServer.start(ModelRegistry.load(repository, List.of(new ScaleLoader())));
    }

    private void assertInvalidArgument(String expectedMessage, ModelInferRequest.Builder request) {
        StatusRuntimeException error = assertFailsAndServerStillAnswers(request);

        assertEquals(Status.Code.INVALID_ARGUMENT, error.getStatus().getCode());
        assertEquals(expectedMessage, error.getStatus().getDescription());
    }

    /** Sends a request that must fail, then checks that a good request on the same channel still works. */
    private StatusRuntimeException assertFailsAndServerStillAnswers(ModelInferRequest.Builder request) {
        StatusRuntimeException error = assertThrows(StatusRuntimeException.class,
                () -> running.kserve().modelInfer(request.build()));
        assertArrayEquals(X_DOUBLED, fp32(running.kserve().modelInfer(typedRequest(X, 2, 3).build()).getOutputs(0)));
        return error;
    }

    private static ModelInferRequest.Builder typedRequest(float[] values, long... shape) {
        InferTensorContents.Builder contents = InferTensorContents.newBuilder();
        for (float value : values) {
            contents.addFp32Contents(value);
        }
        return request(input -> input.setContents(contents), shape);
    }

    private static ModelInferRequest.Builder rawRequest(float[] values, long... shape) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(values);
        return request(Function.identity(), shape).addRawInputContents(ByteString.copyFrom(bytes.array()));
    }

    private static ModelInferRequest.Builder request(
            Function<InferInputTensor.Builder, InferInputTensor.Builder> withValues, long... shape) {
        InferInputTensor.Builder input = InferInputTensor.newBuilder().setName("x").setDatatype("FP32");
        for (long dim : shape) {
            input.addShape(dim);
        }
        return ModelInferRequest.newBuilder().setModelName("doubler").addInputs(withValues.apply(input));
    }

    private static float[] fp32(InferOutputTensor output) {
        List<Float> values = output.getContents().getFp32ContentsList();
        float[] array = new float[values.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = values.get(i);
        }
        return array;
    }

    private static TensorMetadata tensorMetadata(String name, String datatype, long... shape) {
        TensorMetadata.Builder tensor = TensorMetadata.newBuilder().setName(name).setDatatype(datatype);
        for (long dim : shape) {
            tensor.addShape(dim);
        }
        return tensor.build();
    }
}
