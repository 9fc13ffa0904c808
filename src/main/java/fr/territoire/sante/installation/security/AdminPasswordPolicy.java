package fr.territoire.sante.installation.security;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What makes an administrator password unacceptable. Says why, never echoes the password. */
final class AdminPasswordPolicy {

    static final int MINIMUM_LENGTH = 12;

    private static final Set<String> WELL_KNOWN = Set.of(
            "admin", "administrator", "administrateur", "demo", "camunda", "password", "motdepasse",
            "changeme", "changeit", "secret", "123456", "12345678", "123456789", "1234567890",
            "azerty", "qwerty", "azertyuiop", "qwertyuiop", "password123", "admin123", "letmein",
            "accompagnement", "bienvenue", "welcome");

    private AdminPasswordPolicy() {
    }

    static Optional<String> problemWith(String adminId, String password) {
        if (password == null || password.isBlank()) {
            return Optional.of("no administrator password is configured (set CAMUNDA_BPM_ADMINUSER_PASSWORD)");
        }
        String normalized = password.trim().toLowerCase(Locale.ROOT);
        if (normalized.equals(adminId.trim().toLowerCase(Locale.ROOT)) || WELL_KNOWN.contains(normalized)) {
            return Optional.of("the administrator password is a well-known default (change CAMUNDA_BPM_ADMINUSER_PASSWORD)");
        }
        if (password.length() < MINIMUM_LENGTH) {
            return Optional.of("the administrator password is shorter than " + MINIMUM_LENGTH
                    + " characters (change CAMUNDA_BPM_ADMINUSER_PASSWORD)");
        }
        return Optional.empty();
    }
}
