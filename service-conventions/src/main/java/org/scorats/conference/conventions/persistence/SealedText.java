package org.scorats.conference.conventions.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Encrypts what must not be readable in a database dump or backup (passport numbers, webhook
 * secrets) with AES-256-GCM, under the service's {@code conference.sealing-key}. Stored as one
 * version byte, a random 12-byte nonce, then ciphertext and tag. A service that seals anything
 * sets the key (registration from {@code registration.sensitive-data-key}, notification from
 * {@code notification.sealing-key}); none has a default outside tests.
 */
@ApplicationScoped
@Converter
public class SealedText implements AttributeConverter<String, byte[]> {

    private static final byte FORMAT = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    /** Services that seal nothing have no key; only using this without one is an error. */
    SealedText(@ConfigProperty(name = "conference.sealing-key") Optional<String> base64Key) {
        this.key = base64Key.map(SealedText::key).orElse(null);
    }

    private static SecretKeySpec key(String base64Key) {
        byte[] bytes = Base64.getDecoder().decode(base64Key.trim());
        if (bytes.length != 32) {
            throw new IllegalArgumentException("conference.sealing-key must be 32 bytes, base64-encoded");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    private SecretKeySpec key() {
        if (key == null) {
            throw new IllegalStateException("conference.sealing-key is not set: this service cannot seal or open values");
        }
        return key;
    }

    @Override
    public byte[] convertToDatabaseColumn(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(FORMAT).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal a value", e);
        }
    }

    @Override
    public String convertToEntityAttribute(byte[] stored) {
        if (stored == null) {
            return null;
        }
        if (stored.length < 1 + NONCE_BYTES || stored[0] != FORMAT) {
            throw new IllegalStateException("Sealed value in an unknown format");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, stored, 1, NONCE_BYTES));
            return new String(cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open a sealed value: wrong key or damaged data", e);
        }
    }
}
