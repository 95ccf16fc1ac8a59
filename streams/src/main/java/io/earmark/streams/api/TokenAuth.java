package io.earmark.streams.api;

import io.javalin.http.Context;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Optional bearer-token authentication of the HTTP surface ({@code earmark.http.token}). In: each request. Out:
 * nothing when the token is not configured or the request carries it; otherwise a 401 {@code {"message": ...}}.
 * {@code GET /health} is always open (readiness probes). A request carries the token as
 * {@code Authorization: Bearer <token>} (API clients, and the instances forwarding to each other), as the
 * {@value #COOKIE} cookie, or as a {@code ?token=} query parameter: a browser opens the dashboard once with
 * {@code /?token=...}, which answers with that cookie (HttpOnly, SameSite=Strict), so the page's static files, its
 * API calls and its live stream (EventSource cannot set headers) carry it from then on. Comparison is
 * constant-time (of the SHA-256 digests, so not even the length leaks).
 */
final class TokenAuth {

    static final String COOKIE = "earmark_token";
    static final String QUERY = "token";
    static final String OPEN_PATH = "/health";

    private final String token;
    private final byte[] digest;
    private final People people;

    TokenAuth(String token) {
        this(token, People.none());
    }

    /** A person's token from the people file is accepted too: whoever may act on cases may read. */
    TokenAuth(String token, People people) {
        this.token = token == null || token.isBlank() ? null : token;
        this.digest = this.token == null ? null : sha256(this.token);
        this.people = people;
    }

    boolean enabled() {
        return token != null;
    }

    /** The token to send to other instances; null when authentication is off. */
    String token() {
        return token;
    }

    /** True when the token is off, or any of the three carries it (each may be null). */
    boolean accepts(String authorization, String queryToken, String cookie) {
        if (!enabled()) {
            return true;
        }
        String bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).trim() : null;
        return matches(bearer) || matches(queryToken) || matches(cookie) || people.byToken(bearer).isPresent();
    }

    /** Javalin before-handler: lets the request through or throws a 401. */
    void check(Context ctx) {
        if (!enabled() || ctx.path().equals(OPEN_PATH)) {
            return;
        }
        String query = ctx.queryParam(QUERY);
        String cookie = ctx.cookie(COOKIE);
        if (!accepts(ctx.header("Authorization"), query, cookie == null ? null
                : URLDecoder.decode(cookie, StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"earmark\"");
            throw ApiException.unauthorized("a valid bearer token is required (Authorization: Bearer <token>, or "
                    + "?" + QUERY + "=<token> in a browser)");
        }
        if (matches(query)) {
            ctx.header("Set-Cookie", COOKIE + "=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                    + "; Path=/; HttpOnly; SameSite=Strict");
        }
    }

    private boolean matches(String given) {
        return given != null && MessageDigest.isEqual(digest, sha256(given));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
