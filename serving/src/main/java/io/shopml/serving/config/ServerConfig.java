package io.shopml.serving.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.shopml.serving.batching.BatchingOptions;
import io.shopml.serving.kserve.RequestLimits;
import io.shopml.serving.metrics.ServingMetrics;
import io.shopml.serving.registry.ModelOptions;
import io.shopml.serving.registry.RegistryOptions;
import io.shopml.serving.registry.VersionPolicy;
import io.shopml.serving.security.TlsOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything {@code shopml serve} can be told, as one YAML or JSON file (YAML is a superset of
 * JSON, so one reader takes both); CLI flags override single fields. Unknown keys are refused, so a
 * typo does not silently fall back to a default. Relative paths are resolved against the file's
 * folder. Every field is optional:
 *
 * <pre>
 * repo: models                     # model repository
 * port: 8500
 * metrics_port: 8502               # -1: no metrics endpoint
 * poll_interval_seconds: 10        # 0: no repository polling
 * max_message_bytes: 67108864
 * max_tensors_per_request: 64
 * max_elements_per_request: 16777216
 * shutdown_grace_seconds: 30
 * tls: {cert_chain: server.pem, private_key: server.key, client_ca: clients-ca.pem}
 * auth: {token_file: tokens.yaml}
 * model_defaults:
 *   version_policy: {latest: 1}
 *   batching: {max_batch_size: 32, max_queue_delay_micros: 1000, queue_capacity: 256, workers: 2}
 * models:
 *   sales-forecaster:
 *     version_policy: {specific: [3, 4]}     # or {all: true}
 *     labels: {stable: 3, canary: 4}
 * </pre>
 */
public record ServerConfig(
        Path repo,
        Integer port,
        @JsonProperty("metrics_port") Integer metricsPort,
        @JsonProperty("poll_interval_seconds") Double pollIntervalSeconds,
        @JsonProperty("max_message_bytes") Integer maxMessageBytes,
        @JsonProperty("max_tensors_per_request") Integer maxTensorsPerRequest,
        @JsonProperty("max_elements_per_request") Long maxElementsPerRequest,
        @JsonProperty("shutdown_grace_seconds") Double shutdownGraceSeconds,
        Tls tls,
        Auth auth,
        @JsonProperty("model_defaults") Model modelDefaults,
        Map<String, Model> models) {

    /** An empty config: every default. */
    public static ServerConfig empty() {
        return new ServerConfig(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * Reads a config file and resolves its relative paths against the file's folder.
     *
     * @throws IllegalArgumentException naming the file and what is wrong in it
     */
    public static ServerConfig read(Path file) {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        ServerConfig config;
        try {
            config = mapper.readValue(file.toFile(), ServerConfig.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("config file " + file + ": " + e.getMessage(), e);
        }
        if (config == null) {
            return empty();
        }
        Path base = file.toAbsolutePath().getParent();
        return new ServerConfig(resolve(base, config.repo), config.port, config.metricsPort, config.pollIntervalSeconds,
                config.maxMessageBytes, config.maxTensorsPerRequest, config.maxElementsPerRequest,
                config.shutdownGraceSeconds,
                config.tls == null ? null : new Tls(resolve(base, config.tls.certChain), resolve(base, config.tls.privateKey),
                        resolve(base, config.tls.clientCa)),
                config.auth == null ? null : new Auth(resolve(base, config.auth.tokenFile)),
                config.modelDefaults, config.models);
    }

    /** The same config with {@code repo} replaced when it is not null (a CLI flag). */
    public ServerConfig withRepo(Path value) {
        return value == null ? this : new ServerConfig(value, port, metricsPort, pollIntervalSeconds, maxMessageBytes,
                maxTensorsPerRequest, maxElementsPerRequest, shutdownGraceSeconds, tls, auth, modelDefaults, models);
    }

    /** The same config with {@code port} replaced when it is not null. */
    public ServerConfig withPort(Integer value) {
        return value == null ? this : new ServerConfig(repo, value, metricsPort, pollIntervalSeconds, maxMessageBytes,
                maxTensorsPerRequest, maxElementsPerRequest, shutdownGraceSeconds, tls, auth, modelDefaults, models);
    }

    /** The same config with {@code metrics_port} replaced when it is not null. */
    public ServerConfig withMetricsPort(Integer value) {
        return value == null ? this : new ServerConfig(repo, port, value, pollIntervalSeconds, maxMessageBytes,
                maxTensorsPerRequest, maxElementsPerRequest, shutdownGraceSeconds, tls, auth, modelDefaults, models);
    }

    /** The same config with {@code poll_interval_seconds} replaced when it is not null. */
    public ServerConfig withPollIntervalSeconds(Double value) {
        return value == null ? this : new ServerConfig(repo, port, metricsPort, value, maxMessageBytes,
                maxTensorsPerRequest, maxElementsPerRequest, shutdownGraceSeconds, tls, auth, modelDefaults, models);
    }

    /** The same config with {@code tls} replaced when it is not null. */
    public ServerConfig withTls(Tls value) {
        return value == null ? this : new ServerConfig(repo, port, metricsPort, pollIntervalSeconds, maxMessageBytes,
                maxTensorsPerRequest, maxElementsPerRequest, shutdownGraceSeconds, value, auth, modelDefaults, models);
    }

    /** The same config with {@code auth.token_file} replaced when it is not null. */
    public ServerConfig withTokenFile(Path value) {
        return value == null ? this : new ServerConfig(repo, port, metricsPort, pollIntervalSeconds, maxMessageBytes,
                maxTensorsPerRequest, maxElementsPerRequest, shutdownGraceSeconds, tls, new Auth(value), modelDefaults,
                models);
    }

    /** The same config with batching switched off for every model not configured otherwise. */
    public ServerConfig withBatchingOff() {
        Model defaults = modelDefaults == null ? new Model(null, null, null) : modelDefaults;
        Batching off = new Batching(1, 0L, defaults.batching == null ? null : defaults.batching.queueCapacity,
                defaults.batching == null ? null : defaults.batching.workers);
        return new ServerConfig(repo, port, metricsPort, pollIntervalSeconds, maxMessageBytes, maxTensorsPerRequest,
                maxElementsPerRequest, shutdownGraceSeconds, tls, auth,
                new Model(defaults.versionPolicy, defaults.labels, off), models);
    }

    /** The registry settings this config describes, reporting to {@code metrics}. */
    public RegistryOptions registryOptions(ServingMetrics metrics) {
        RegistryOptions standard = RegistryOptions.standard();
        ModelOptions defaults = modelDefaults == null ? ModelOptions.DEFAULT : modelDefaults.toOptions(ModelOptions.DEFAULT);
        Map<String, ModelOptions> perModel = new LinkedHashMap<>();
        if (models != null) {
            models.forEach((name, model) -> perModel.put(name, model.toOptions(defaults)));
        }
        return new RegistryOptions(defaults, perModel, metrics, standard.drainTimeout(), standard.closeDelay());
    }

    /** Request limits, defaults where not set. */
    public RequestLimits requestLimits() {
        return new RequestLimits(maxTensorsPerRequest == null ? RequestLimits.DEFAULT.maxTensors() : maxTensorsPerRequest,
                maxElementsPerRequest == null ? RequestLimits.DEFAULT.maxElements() : maxElementsPerRequest);
    }

    /** The poll interval, or null for no polling; 10 s when not set. */
    public Duration pollInterval() {
        double seconds = pollIntervalSeconds == null ? 10 : pollIntervalSeconds;
        return seconds <= 0 ? null : Duration.ofMillis(Math.round(seconds * 1000));
    }

    private static Path resolve(Path base, Path path) {
        return path == null || base == null ? path : base.resolve(path).normalize();
    }

    /**
     * TLS files; see {@link TlsOptions}.
     *
     * @param certChain  server certificate chain (PEM)
     * @param privateKey server private key (PEM, PKCS#8)
     * @param clientCa   CA for client certificates (PEM), or null for no client-certificate auth
     */
    public record Tls(@JsonProperty("cert_chain") Path certChain, @JsonProperty("private_key") Path privateKey,
                      @JsonProperty("client_ca") Path clientCa) {

        TlsOptions toOptions() {
            if (certChain == null || privateKey == null) {
                throw new IllegalArgumentException("tls needs both cert_chain and private_key");
            }
            return new TlsOptions(certChain, privateKey, clientCa);
        }
    }

    /**
     * Bearer-token auth.
     *
     * @param tokenFile the token file; see {@link io.shopml.serving.security.TokenFile}
     */
    public record Auth(@JsonProperty("token_file") Path tokenFile) {
    }

    /**
     * One model's settings (or the defaults of all).
     *
     * @param versionPolicy which versions to load
     * @param labels        label to version
     * @param batching      queue and batching
     */
    public record Model(@JsonProperty("version_policy") Policy versionPolicy, Map<String, Integer> labels,
                        Batching batching) {

        ModelOptions toOptions(ModelOptions fallback) {
            return new ModelOptions(versionPolicy == null ? fallback.policy() : versionPolicy.toPolicy(),
                    labels == null ? fallback.labels() : labels,
                    batching == null ? fallback.batching() : batching.toOptions(fallback.batching()));
        }
    }

    /**
     * A version policy: exactly one of the fields.
     *
     * @param latest   serve the newest N versions
     * @param specific serve these versions
     * @param all      serve every version
     */
    public record Policy(Integer latest, List<Integer> specific, Boolean all) {

        VersionPolicy toPolicy() {
            int set = (latest == null ? 0 : 1) + (specific == null ? 0 : 1) + (Boolean.TRUE.equals(all) ? 1 : 0);
            if (set != 1) {
                throw new IllegalArgumentException("version_policy needs exactly one of latest: N, specific: [..], all: true");
            }
            if (latest != null) {
                return VersionPolicy.latest(latest);
            }
            return specific != null ? VersionPolicy.specific(Set.copyOf(specific)) : VersionPolicy.all();
        }
    }

    /**
     * Batching settings; unset ones keep the fallback's. See {@link BatchingOptions}.
     *
     * @param maxBatchSize        rows per execution (1 = off)
     * @param maxQueueDelayMicros how long a batch may wait to fill
     * @param queueCapacity       requests that may wait
     * @param workers             threads running the model
     */
    public record Batching(@JsonProperty("max_batch_size") Integer maxBatchSize,
                           @JsonProperty("max_queue_delay_micros") Long maxQueueDelayMicros,
                           @JsonProperty("queue_capacity") Integer queueCapacity, Integer workers) {

        BatchingOptions toOptions(BatchingOptions fallback) {
            return new BatchingOptions(maxBatchSize == null ? fallback.maxBatchSize() : maxBatchSize,
                    maxQueueDelayMicros == null ? fallback.maxQueueDelay() : Duration.ofNanos(maxQueueDelayMicros * 1000),
                    queueCapacity == null ? fallback.queueCapacity() : queueCapacity,
                    workers == null ? fallback.workers() : workers);
        }
    }
}
