package io.earmark.deploy.security;

import java.security.SecureRandom;

/**
 * Random secrets made at run time (keystore passwords, SCRAM passwords), so that no secret is ever committed.
 * Out: 24 characters of [A-Za-z0-9] (about 143 bits), safe inside a JAAS string and a StorageTool argument.
 */
public final class Passwords {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    public static String random() {
        StringBuilder password = new StringBuilder(24);
        for (int i = 0; i < 24; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
