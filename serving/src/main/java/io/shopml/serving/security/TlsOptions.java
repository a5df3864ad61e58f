package io.shopml.serving.security;

import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.netty.handler.ssl.ClientAuth;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContext;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContextBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javax.net.ssl.SSLException;

/**
 * TLS for the gRPC port: the server's PEM certificate chain and PKCS#8 private key and, for mutual
 * TLS, the PEM CA certificates that client certificates must chain to (clients without one are
 * refused during the handshake).
 *
 * @param certChain  PEM certificate chain of the server
 * @param privateKey PEM PKCS#8 private key of the server
 * @param clientCa   PEM CA certificates for client-certificate auth, or null for server-only TLS
 */
public record TlsOptions(Path certChain, Path privateKey, Path clientCa) {

    /** Checks that the files exist, naming the one that does not. */
    public TlsOptions {
        Objects.requireNonNull(certChain, "certChain");
        Objects.requireNonNull(privateKey, "privateKey");
        requireFile(certChain, "tls cert_chain");
        requireFile(privateKey, "tls private_key");
        if (clientCa != null) {
            requireFile(clientCa, "tls client_ca");
        }
    }

    /**
     * The Netty SSL context for the server.
     *
     * @throws IllegalArgumentException when a file is not valid PEM of the right kind
     */
    public SslContext sslContext() {
        try {
            SslContextBuilder builder = GrpcSslContexts.forServer(certChain.toFile(), privateKey.toFile());
            if (clientCa != null) {
                builder.trustManager(clientCa.toFile()).clientAuth(ClientAuth.REQUIRE);
            }
            return builder.build();
        } catch (SSLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("TLS files cannot be used (cert_chain " + certChain + ", private_key "
                    + privateKey + (clientCa == null ? "" : ", client_ca " + clientCa) + "): " + e.getMessage(), e);
        }
    }

    private static void requireFile(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(what + " " + file + " is not a readable file");
        }
    }
}
