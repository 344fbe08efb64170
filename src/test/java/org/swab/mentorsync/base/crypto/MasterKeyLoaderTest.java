package org.swab.mentorsync.base.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MasterKeyLoaderTest {

    @TempDir
    Path dir;

    Path keyFileWith(String permissions) throws Exception {
        Path keyFile = dir.resolve("secret.key");
        new SecretCipher(new CryptoProperties(null, keyFile)).encrypt("make the file");
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString(permissions));
        return keyFile;
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw-r-----", "rw----r--", "rw-rw-rw-"})
    void a_key_file_that_group_or_others_can_read_is_refused_with_the_command_that_fixes_it(String permissions)
            throws Exception {
        Path keyFile = keyFileWith(permissions);

        assertThatThrownBy(() -> new SecretCipher(new CryptoProperties(null, keyFile)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("The key file " + keyFile.toAbsolutePath() + " can be read by other users")
                .hasMessageEndingWith("chmod 600 " + keyFile.toAbsolutePath());
    }

    @Test
    void an_owner_only_key_file_is_used() throws Exception {
        Path keyFile = dir.resolve("secret.key");
        String stored = new SecretCipher(new CryptoProperties(null, keyFile)).encrypt("jf-key");
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("r--------"));

        assertThat(new SecretCipher(new CryptoProperties(null, keyFile)).decrypt(stored))
                .isEqualTo("jf-key");
    }

    @Test
    void a_key_file_is_only_made_to_encrypt_never_to_decrypt() {
        Path keyFile = dir.resolve("secret.key");
        String storedWithTheEnvironmentKey =
                new SecretCipher(new CryptoProperties("env-key", keyFile)).encrypt("jf-key-1234");
        SecretCipher withoutTheEnvironmentKey = new SecretCipher(new CryptoProperties(null, keyFile));

        assertThatThrownBy(() -> withoutTheEnvironmentKey.decrypt(storedWithTheEnvironmentKey))
                .isInstanceOf(SecretUnreadableException.class)
                .hasMessage("The stored secret cannot be decrypted: MENTORSYNC_SECRET_KEY is not set and the key "
                        + "file " + keyFile.toAbsolutePath() + " does not exist. Start with the "
                        + "MENTORSYNC_SECRET_KEY used before, or put that key file back");
        assertThat(keyFile).doesNotExist();
    }

    @Test
    void an_unreadable_secret_can_be_named_in_the_message() {
        String stored = SecretCipher.withMasterKey("one").encrypt("jf-key-1234");

        assertThatThrownBy(() -> {
                    try {
                        SecretCipher.withMasterKey("two").decrypt(stored);
                    } catch (SecretUnreadableException e) {
                        throw e.naming("Jotform API key");
                    }
                })
                .hasMessage("The stored Jotform API key cannot be decrypted with this master key (was "
                        + "MENTORSYNC_SECRET_KEY or the key file changed?)");
    }
}
