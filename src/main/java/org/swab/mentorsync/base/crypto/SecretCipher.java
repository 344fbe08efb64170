package org.swab.mentorsync.base.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Encrypts short secrets (API keys) with AES-256-GCM, a fresh random 96-bit IV per value. Stored form:
 * {@code v1:<base64(iv || ciphertext+tag)>}. Decrypted text is never logged. Without MENTORSYNC_SECRET_KEY and
 * without a key file, the key file is generated on the first encryption, never for a decryption.
 */
@Component
public class SecretCipher {

    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final CryptoProperties properties;
    private final String keySource;
    private final SecureRandom random = new SecureRandom();
    private SecretKey key;

    @Autowired
    SecretCipher(CryptoProperties properties) {
        this.properties = properties;
        this.keySource = MasterKeyLoader.source(properties);
        this.key = MasterKeyLoader.existing(properties).orElse(null);
    }

    SecretCipher(SecretKey key) {
        this.properties = null;
        this.keySource = "this master key";
        this.key = key;
    }

    /** A cipher under a given master key (base64 of 32 bytes, or a passphrase): for tools and tests. */
    public static SecretCipher withMasterKey(String masterKey) {
        return new SecretCipher(MasterKeyLoader.fromText(masterKey));
    }

    public String encrypt(String plainText) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey(), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plainText.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(IV_BYTES + sealed.length)
                    .put(iv)
                    .put(sealed)
                    .array();
            return PREFIX + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt a secret", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            throw new SecretUnreadableException("is not in the encrypted form Mentor Sync writes");
        }
        SecretKey current = currentKey();
        if (current == null) {
            throw new SecretUnreadableException("cannot be decrypted: MENTORSYNC_SECRET_KEY is not set and the key "
                    + "file " + properties.keyFile().toAbsolutePath() + " does not exist. Start with the "
                    + "MENTORSYNC_SECRET_KEY used before, or put that key file back");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, current, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new SecretUnreadableException(
                    "cannot be decrypted with " + keySource + " (was MENTORSYNC_SECRET_KEY or the key file changed?)");
        }
    }

    /** The key, or the key file another instance has made since this one started; null when there is none. */
    private synchronized SecretKey currentKey() {
        if (key == null && properties != null) {
            key = MasterKeyLoader.existing(properties).orElse(null);
        }
        return key;
    }

    private synchronized SecretKey encryptionKey() {
        if (key == null) {
            key = MasterKeyLoader.createFile(properties.keyFile());
        }
        return key;
    }
}
