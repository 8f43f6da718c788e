package org.excuseengine.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Checks the {@code Authorization: Bearer …} header against the service's token. Both sides are
 * hashed before a constant-time comparison, so neither the token's content nor its length leaks
 * through how long a refusal takes.
 */
final class BearerAuth {
    private static final String SCHEME = "Bearer ";

    private final byte[] expected;

    BearerAuth(String token) {
        this.expected = sha256(token);
    }

    /** @throws ProblemException 401 when the header is missing or does not carry the token */
    void check(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw refused("send the header Authorization: Bearer <token>");
        }
        String presented = authorization.substring(SCHEME.length()).trim();
        if (!MessageDigest.isEqual(sha256(presented), expected)) {
            throw refused("the bearer token was not accepted");
        }
    }

    private static ProblemException refused(String detail) {
        return new ProblemException(Problem.unauthorized(detail),
                java.util.Map.of("WWW-Authenticate", "Bearer realm=\"excuse-engine\""));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
