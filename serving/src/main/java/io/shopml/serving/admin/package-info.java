/**
 * {@code shopml.v1.ModelAdminService}: list versions with state and reason, load and unload models
 * on a running server.
 *
 * <pre>{@code
 * grpcurl -plaintext -d '{"model_name":"sales-forecaster"}' localhost:8500 shopml.v1.ModelAdminService/UnloadModel
 * }</pre>
 */
package io.shopml.serving.admin;
