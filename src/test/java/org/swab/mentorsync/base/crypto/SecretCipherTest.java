package org.swab.mentorsync.base.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretCipherTest {

    @Test
    void a_secret_comes_back_and_each_encryption_uses_a_fresh_iv() {
        SecretCipher cipher = SecretCipher.withMasterKey("passphrase");

        String first = cipher.encrypt("jf-key-1234");
        String second = cipher.encrypt("jf-key-1234");

        assertThat(first).startsWith("v1:").doesNotContain("jf-key").isNotEqualTo(second);
        assertThat(cipher.decrypt(first)).isEqualTo("jf-key-1234");
        assertThat(cipher.decrypt(second)).isEqualTo("jf-key-1234");
    }

    @Test
    void another_master_key_cannot_read_it_and_says_so_without_the_secret() {
        String stored = SecretCipher.withMasterKey("one").encrypt("jf-key-1234");

        assertThatThrownBy(() -> SecretCipher.withMasterKey("two").decrypt(stored))
                .isInstanceOf(SecretUnreadableException.class)
                .hasMessageNotContaining("jf-key");
    }

    @Test
    void without_an_environment_key_a_key_file_is_made_once_readable_by_the_owner_only(@TempDir Path dir)
            throws Exception {
        Path keyFile = dir.resolve("data").resolve("secret.key");
        SecretCipher first = new SecretCipher(new CryptoProperties(null, keyFile));
        String stored = first.encrypt("gb-key");

        SecretCipher again = new SecretCipher(new CryptoProperties("", keyFile));

        assertThat(again.decrypt(stored)).isEqualTo("gb-key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
                .isEqualTo("rw-------");
    }

    @Test
    void the_environment_key_wins_over_the_key_file(@TempDir Path dir) {
        Path keyFile = dir.resolve("secret.key");
        String stored = new SecretCipher(new CryptoProperties("env-key", keyFile)).encrypt("x");

        assertThat(SecretCipher.withMasterKey("env-key").decrypt(stored)).isEqualTo("x");
        assertThat(keyFile).doesNotExist();
    }
}
