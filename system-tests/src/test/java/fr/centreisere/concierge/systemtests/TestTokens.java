package fr.centreisere.concierge.systemtests;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;

import com.sun.net.httpserver.HttpServer;

/**
 * Until the gateway issues tokens (login, {@code /.well-known/jwks.json}), the system tests sign their
 * own: an RS256 key of the run, published as a JWK set on a local port that the services read through
 * {@code CONCIERGE_JWKS_URI}; the tokens carry the claims of docs/INTERNAL-API.md (issuer
 * {@code concierge-gateway}). When the gateway's login lands, tests should sign in instead.
 */
public final class TestTokens {

    private static final String KEY_ID = "system-tests";
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    // last: the constructor uses the constants above
    private static final TestTokens SHARED = new TestTokens();

    private final KeyPair keys;
    private final HttpServer server;

    private TestTokens() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] jwks = jwks().getBytes(StandardCharsets.UTF_8);
        server.createContext("/.well-known/jwks.json", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(jwks);
            }
        });
        server.setExecutor(null);
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
    }

    public static TestTokens shared() {
        return SHARED;
    }

    /** Where the services read the keys: {@code CONCIERGE_JWKS_URI}. */
    public String jwksUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/jwks.json";
    }

    /** An {@code Authorization} header value for that user, valid for an hour. */
    public String bearer(String userId, String role, String memberId) {
        Instant now = Instant.now();
        String claims = "{\"iss\":\"concierge-gateway\",\"sub\":\"%s\",\"email\":\"%s@demo.test\",\"name\":\"%s\",\"roles\":[\"%s\"],%s\"iat\":%d,\"exp\":%d}"
                .formatted(userId, userId, userId, role, memberId == null ? "" : "\"memberId\":\"" + memberId + "\",",
                        now.getEpochSecond() - 5, now.plusSeconds(3600).getEpochSecond());
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + KEY_ID + "\"}";
        String signingInput = encode(header) + "." + encode(claims);
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(keys.getPrivate());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return "Bearer " + signingInput + "." + BASE64URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String jwks() {
        RSAPublicKey key = (RSAPublicKey) keys.getPublic();
        return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"%s\",\"n\":\"%s\",\"e\":\"%s\"}]}"
                .formatted(KEY_ID, unsigned(key.getModulus()), unsigned(key.getPublicExponent()));
    }

    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            byte[] trimmed = new byte[bytes.length - 1];
            System.arraycopy(bytes, 1, trimmed, 0, trimmed.length);
            bytes = trimmed;
        }
        return BASE64URL.encodeToString(bytes);
    }

    private static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
