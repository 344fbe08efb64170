package org.swab.mentorsync.base.security;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt, remembering for a few minutes which password matched which stored hash, so a script's HTTP Basic calls
 * (every request carries the password) do not pay BCrypt's ~0.1 s each. Only an HMAC of password and hash under a
 * key made at start is kept, never the password; a changed password has a new hash and so no entry, and a failed
 * check is never remembered (the login throttle still counts it).
 */
final class RecentlyVerifiedPasswords implements PasswordEncoder {

    static final Duration REMEMBERED_FOR = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 256;

    private final PasswordEncoder bcrypt;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Instant> verifiedUntil = new ConcurrentHashMap<>();

    RecentlyVerifiedPasswords(PasswordEncoder bcrypt, Clock clock) {
        this.bcrypt = bcrypt;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bcrypt.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return bcrypt.matches(rawPassword, encodedPassword);
        }
        String entry = fingerprint(rawPassword, encodedPassword);
        Instant now = clock.instant();
        Instant until = verifiedUntil.get(entry);
        if (until != null && now.isBefore(until)) {
            return true;
        }
        boolean matches = bcrypt.matches(rawPassword, encodedPassword);
        if (matches) {
            if (verifiedUntil.size() >= MAX_ENTRIES) {
                verifiedUntil.values().removeIf(expiry -> !now.isBefore(expiry));
                if (verifiedUntil.size() >= MAX_ENTRIES) {
                    verifiedUntil.clear();
                }
            }
            verifiedUntil.put(entry, now.plus(REMEMBERED_FOR));
        } else {
            verifiedUntil.remove(entry);
        }
        return matches;
    }

    /** Whether {@code rawPassword} was verified against {@code encodedPassword} in the last few minutes. */
    boolean recentlyVerified(CharSequence rawPassword, String encodedPassword) {
        Instant until = verifiedUntil.get(fingerprint(rawPassword, encodedPassword));
        return until != null && clock.instant().isBefore(until);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return bcrypt.upgradeEncoding(encodedPassword);
    }

    private String fingerprint(CharSequence rawPassword, String encodedPassword) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(encodedPassword.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of()
                    .formatHex(mac.doFinal(rawPassword.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
