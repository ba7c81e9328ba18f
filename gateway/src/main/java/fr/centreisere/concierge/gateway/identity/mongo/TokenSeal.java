package fr.centreisere.concierge.gateway.identity.mongo;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts a token while its mail waits in the outbox (AES-256-GCM, a random nonce each time), with a
 * key derived from a secret the database does not hold (the internal token): a copy of the database
 * alone gives no usable link.
 */
public final class TokenSeal {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    public TokenSeal(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("a secret is needed to seal tokens");
        }
        try {
            byte[] derived = MessageDigest.getInstance("SHA-256")
                    .digest(("concierge-outbox-token-seal:" + secret).getBytes(StandardCharsets.UTF_8));
            this.key = new SecretKeySpec(derived, "AES");
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    public String seal(String token) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("cannot seal a token", failure);
        }
    }

    /** The token; fails when it was sealed with another secret (the internal token changed). */
    public String unseal(String sealed) {
        if (sealed == null) {
            throw new IllegalStateException("no sealed token (erased)");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException failure) {
            throw new IllegalStateException("cannot unseal a token", failure);
        }
    }
}
