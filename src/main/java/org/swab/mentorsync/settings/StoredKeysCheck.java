package org.swab.mentorsync.settings;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.swab.mentorsync.base.crypto.SecretCipher;
import org.swab.mentorsync.base.crypto.SecretUnreadableException;

/**
 * Stops the start when the stored API keys cannot be decrypted, before the web server and the scheduled syncs
 * start: a lost or changed master key (say MENTORSYNC_SECRET_KEY removed) must be put back, not replaced by a new one
 * that would leave the stored keys unreadable for good.
 */
@Component
class StoredKeysCheck implements SmartInitializingSingleton {

    private final SyncConfigRepository configs;
    private final SecretCipher cipher;

    StoredKeysCheck(SyncConfigRepository configs, SecretCipher cipher) {
        this.configs = configs;
        this.cipher = cipher;
    }

    @Override
    public void afterSingletonsInstantiated() {
        SyncConfig config = configs.getSingleton();
        requireReadable(config.getJotformApiKey(), "Jotform API key");
        requireReadable(config.getGivebutterApiKey(), "Givebutter API key");
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
