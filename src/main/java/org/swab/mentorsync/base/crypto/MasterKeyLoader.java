package org.swab.mentorsync.base.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds the 256-bit master key: from the environment, else from (or into) the key file. */
final class MasterKeyLoader {

    private static final Logger log = LoggerFactory.getLogger(MasterKeyLoader.class);
    private static final int KEY_BYTES = 32;

    private MasterKeyLoader() {
    }

    static SecretKey load(CryptoProperties properties) {
        if (properties.secretKey() != null && !properties.secretKey().isBlank()) {
            return fromText(properties.secretKey().trim());
        }
        return fromFile(properties.keyFile());
    }

    /** A base64 key of 32 bytes is used as is; any other text is stretched with SHA-256. */
    static SecretKey fromText(String text) {
        try {
            byte[] decoded = Base64.getDecoder().decode(text);
            if (decoded.length == KEY_BYTES) {
                return new SecretKeySpec(decoded, "AES");
            }
        } catch (IllegalArgumentException notBase64) {
            // fall through: a passphrase
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return new SecretKeySpec(digest, "AES");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static SecretKey fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            String text = Files.readString(file, StandardCharsets.US_ASCII).trim();
            return new SecretKeySpec(Base64.getDecoder().decode(text), "AES");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the key file " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        byte[] content = Base64.getEncoder().encode(key);
        boolean posix = parent.getFileSystem().supportedFileAttributeViews().contains("posix");
        try {
            if (posix) {
                Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
                Files.createFile(file, PosixFilePermissions.asFileAttribute(ownerOnly));
            } else {
                Files.createFile(file);
            }
            Files.write(file, content, StandardOpenOption.TRUNCATE_EXISTING);
            log.info("Generated a new master key in {} (owner-only); back it up with the database", file);
        } catch (FileAlreadyExistsException anotherInstanceWasFaster) {
            // another instance created it between our check and now: use theirs
        }
    }
}
