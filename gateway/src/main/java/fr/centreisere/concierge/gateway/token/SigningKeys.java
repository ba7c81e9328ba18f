package fr.centreisere.concierge.gateway.token;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the gateway's signing key: the configured one (PEM text or file) in production; in the demo
 * profile, the one kept under the data folder, generated on the first start; else the gateway does
 * not start: there is no default key.
 */
public final class SigningKeys {

    static final String DEMO_KEY_FILE = "jwt-signing-key.pem";
    private static final int MINIMUM_BITS = 2048;
    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private SigningKeys() {
    }

    public static RSAKey load(TokenSettings settings, boolean demoProfile) {
        if (settings.privateKey() != null && !settings.privateKey().isBlank()) {
            return toJwk(parsePem(settings.privateKey()), "CONCIERGE_JWT_PRIVATE_KEY");
        }
        if (settings.privateKeyFile() != null && !settings.privateKeyFile().toString().isBlank()) {
            return toJwk(parsePem(read(settings.privateKeyFile())), settings.privateKeyFile().toString());
        }
        if (settings.ephemeralKey()) {
            log.warn("Signing tokens with a key generated for this run only (concierge.token.ephemeral-key): tests only");
            return toJwk(generate(), "ephemeral");
        }
        if (demoProfile) {
            return demoKey(settings.keyDirectory());
        }
        throw new IllegalStateException("No token signing key: set CONCIERGE_JWT_PRIVATE_KEY (an RSA private key, "
                + "PKCS#8 PEM) or CONCIERGE_JWT_PRIVATE_KEY_FILE; only the 'demo' profile generates one");
    }

    private static RSAKey demoKey(Path directory) {
        Path file = directory.resolve(DEMO_KEY_FILE);
        if (Files.exists(file)) {
            return toJwk(parsePem(read(file)), file.toString());
        }
        RSAPrivateCrtKey key = generate();
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, "jwt-signing-key", ".tmp");
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // the folder's own protection applies
            }
            Files.writeString(temporary, toPem(key), StandardCharsets.US_ASCII);
            Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the demo signing key in " + directory, e);
        }
        log.info("Generated the demo token signing key in {}", file);
        return toJwk(key, file.toString());
    }

    static RSAPrivateCrtKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(MINIMUM_BITS);
            KeyPair pair = generator.generateKeyPair();
            return (RSAPrivateCrtKey) pair.getPrivate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static RSAPrivateCrtKey parsePem(String pem) {
        String body = pem.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        if (pem.contains("BEGIN RSA PRIVATE KEY")) {
            throw new IllegalStateException("The signing key is PKCS#1 ('BEGIN RSA PRIVATE KEY'): convert it with "
                    + "'openssl pkcs8 -topk8 -nocrypt -in key.pem' to PKCS#8 ('BEGIN PRIVATE KEY')");
        }
        try {
            KeyFactory factory = KeyFactory.getInstance("RSA");
            return (RSAPrivateCrtKey) factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException("The signing key is not an RSA private key in PKCS#8 PEM", e);
        }
    }

    static String toPem(RSAPrivateCrtKey key) {
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    private static RSAKey toJwk(RSAPrivateCrtKey privateKey, String source) {
        if (privateKey.getModulus().bitLength() < MINIMUM_BITS) {
            throw new IllegalStateException("The signing key from " + source + " has fewer than " + MINIMUM_BITS + " bits");
        }
        try {
            RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            RSAKey withoutId = new RSAKey.Builder(publicKey).privateKey(privateKey).build();
            return new RSAKey.Builder(publicKey).privateKey(privateKey)
                    .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyID(withoutId.computeThumbprint().toString())
                    .build();
        } catch (GeneralSecurityException | JOSEException e) {
            throw new IllegalStateException("Cannot use the signing key from " + source, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the signing key file " + file, e);
        }
    }
}
