package org.swab.mentorsync.settings;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.swab.mentorsync.base.crypto.SecretCipher;
import org.swab.mentorsync.base.crypto.SecretUnreadableException;

/**
 * Stops the start when the stored API keys cannot be decrypted, before the web server and the scheduled syncs
 * start: a lost or changed master key (say MENTORSYNC_SECRET_KEY removed) must be put back, not replaced by a new one
 * that would leave the stored keys unreadable for good. In plain SQL, so the start does not wait for Hibernate.
 */
@Component
class StoredKeysCheck implements SmartInitializingSingleton {

    private final JdbcTemplate database;
    private final SecretCipher cipher;

    StoredKeysCheck(JdbcTemplate database, SecretCipher cipher) {
        this.database = database;
        this.cipher = cipher;
    }

    @Override
    public void afterSingletonsInstantiated() {
        database.query("select jotform_api_key, givebutter_api_key from sync_config where id = 1", row -> {
            requireReadable(row.getString("jotform_api_key"), "Jotform API key");
            requireReadable(row.getString("givebutter_api_key"), "Givebutter API key");
        });
    }

    private void requireReadable(String encrypted, String name) {
        if (encrypted == null || encrypted.isBlank()) {
            return;
        }
        try {
            cipher.decrypt(encrypted);
        } catch (SecretUnreadableException e) {
            throw new IllegalStateException(
                    "Mentor Sync did not start: " + e.naming(name).getMessage() + ".");
        }
    }
}
