package org.missioncj.core.impl;

import java.util.Map;

import org.apache.karaf.jaas.modules.Encryption;
import org.apache.karaf.jaas.modules.EncryptionService;
import org.osgi.service.component.annotations.Component;

/**
 * Karaf JAAS password encryption {@code mission} (set {@code encryption.name = mission} in
 * {@code etc/org.apache.karaf.jaas.cfg}): the salted PBKDF2 hashes of staff accounts, for the
 * sign-ins of {@code etc/users.properties} too, so the bootstrap admin, the SSH console and JMX
 * no longer rest on Karaf's unsalted {@code basic} digest. A stored value is
 * {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} between the {@code {CRYPT}} markers, as
 * {@code bin/mission-add-user} writes it; a plain-text password that an operator writes into the
 * file is hashed by Karaf on its first use with {@code encryption.iterations} (default
 * {@value #DEFAULT_ITERATIONS}). Karaf's old unsalted SHA-512 values are refused: replace them
 * with {@code bin/mission-add-user --reset}.
 */
@Component(service = EncryptionService.class, property = "name=mission")
public class MissionPasswordEncryption implements EncryptionService {
    /** OWASP's figure for PBKDF2-HMAC-SHA256 (2023). */
    static final int DEFAULT_ITERATIONS = 600_000;

    @Override
    public Encryption createEncryption(Map<String, String> params) {
        String configured = params == null ? null : params.get("iterations");
        int iterations = configured == null || configured.isBlank() ? DEFAULT_ITERATIONS
                : Math.max(AccountServiceImpl.MIN_ITERATIONS, Integer.parseInt(configured.trim()));
        return new Encryption() {
            @Override
            public String encryptPassword(String password) {
                return PasswordHash.hash(password.toCharArray(), iterations);
            }

            @Override
            public boolean checkPassword(String provided, String stored) {
                return provided != null && PasswordHash.matches(provided.toCharArray(), stored);
            }
        };
    }
}
