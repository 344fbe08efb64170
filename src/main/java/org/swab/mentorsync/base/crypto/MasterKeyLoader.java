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
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the 256-bit master key: from the environment, else from the key file. The key file is made only when a
 * secret is first encrypted, so a lost key never turns silently into a new one while old secrets are stored.
 */
final class MasterKeyLoader {

    private static final Logger log = LoggerFactory.getLogger(MasterKeyLoader.class);
    private static final int KEY_BYTES = 32;
    private static final Set<PosixFilePermission> READABLE_BY_OTHERS =
            EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);

    private MasterKeyLoader() {}

    /** The key of MENTORSYNC_SECRET_KEY or of an existing key file; empty when neither is there. */
    static Optional<SecretKey> existing(CryptoProperties properties) {
        if (properties.secretKey() != null && !properties.secretKey().isBlank()) {
            return Optional.of(fromText(properties.secretKey().trim()));
        }
        Path file = properties.keyFile();
        return Files.exists(file) ? Optional.of(read(file)) : Optional.empty();
    }

    /** Which key is meant, for messages: "the master key in MENTORSYNC_SECRET_KEY" or "… in the key file …". */
    static String source(CryptoProperties properties) {
        return "the master key in "
                + (properties.secretKey() != null && !properties.secretKey().isBlank()
                        ? "MENTORSYNC_SECRET_KEY"
                        : "the key file " + properties.keyFile().toAbsolutePath());
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

    /** Generates the key file (owner-only), or reads the one another instance has just made. */
    static SecretKey createFile(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            byte[] key = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(key);
            boolean posix = parent.getFileSystem().supportedFileAttributeViews().contains("posix");
            try {
                if (posix) {
                    Files.createFile(
                            file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } else {
                    Files.createFile(file);
                }
                Files.write(file, Base64.getEncoder().encode(key), StandardOpenOption.TRUNCATE_EXISTING);
                log.info("Generated a new master key in {} (owner-only); back it up with the database", file);
                return new SecretKeySpec(key, "AES");
            } catch (FileAlreadyExistsException anotherInstanceWasFaster) {
                return read(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the key file " + file, e);
        }
    }

    private static SecretKey read(Path file) {
        try {
            refuseIfOthersCanRead(file);
            String text = Files.readString(file, StandardCharsets.US_ASCII).trim();
            return new SecretKeySpec(Base64.getDecoder().decode(text), "AES");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the key file " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The key file " + file.toAbsolutePath() + " does not hold a base64 key");
        }
    }

    private static void refuseIfOthersCanRead(Path file) throws IOException {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        if (permissions.stream().anyMatch(READABLE_BY_OTHERS::contains)) {
            Path absolute = file.toAbsolutePath();
            throw new IllegalStateException("The key file " + absolute + " can be read by other users ("
                    + PosixFilePermissions.toString(permissions) + "); restrict it to its owner with: chmod 600 "
                    + absolute);
        }
    }
}
