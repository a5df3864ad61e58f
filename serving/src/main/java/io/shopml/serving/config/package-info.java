/**
 * The server's configuration file ({@link io.shopml.serving.config.ServerConfig}, YAML or JSON) and
 * the wiring from it to a running server ({@link io.shopml.serving.config.ServerLauncher}).
 *
 * <pre>{@code
 * InferenceServer server = ServerLauncher.start(ServerConfig.read(Path.of("serve.yaml")).withPort(8500));
 * }</pre>
 */
package io.shopml.serving.config;
