/**
 * Transport and caller security: {@link io.shopml.serving.security.TlsOptions} (server TLS,
 * optionally mutual) and {@link io.shopml.serving.security.TokenFile} (bearer tokens with per-token
 * model allow-lists, stored as sha256 if wished).
 *
 * <pre>{@code
 * InferenceServer.builder().tls(new TlsOptions(cert, key, clientCa)).tokens(TokenFile.read(tokens));
 * }</pre>
 */
package io.shopml.serving.security;
