package io.earmark.streams.api;

import io.earmark.streams.cases.Person;
import io.earmark.streams.cases.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who may act on cases: the people file ({@code earmark.http.people}), one person per line, {@code NAME ROLE TOKEN}
 * separated by spaces (role viewer, analyst or supervisor; {@code #} starts a comment). In: a request's
 * {@code Authorization: Bearer <token>}. Out: the person it names, or none. Tokens are kept and compared as SHA-256
 * digests, in constant time. A file that cannot be read, or a line that is not a person (a short token, a name or
 * token twice), stops the instance at start rather than leaving someone out.
 */
final class People {

    static final int MIN_TOKEN_LENGTH = 16;

    private record Entry(Person person, byte[] digest) {
    }

    private final List<Entry> entries;

    private People(List<Entry> entries) {
        this.entries = entries;
    }

    static People none() {
        return new People(List.of());
    }

    static People load(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the people file " + file, e);
        }
        List<Entry> entries = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replaceFirst("#.*", "").trim();
            if (line.isEmpty()) {
                continue;
            }
            String where = file + ":" + (i + 1) + ": ";
            String[] fields = line.split("\\s+");
            if (fields.length != 3) {
                throw new IllegalArgumentException(where + "expected NAME ROLE TOKEN, found " + fields.length
                        + " fields");
            }
            Role role;
            try {
                role = Role.parse(fields[1]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + e.getMessage(), e);
            }
            if (fields[2].length() < MIN_TOKEN_LENGTH) {
                throw new IllegalArgumentException(where + "a token has at least " + MIN_TOKEN_LENGTH + " characters");
            }
            if (!names.add(fields[0]) || !tokens.add(fields[2])) {
                throw new IllegalArgumentException(where + "the name or the token of " + fields[0] + " is taken");
            }
            entries.add(new Entry(new Person(fields[0], role), sha256(fields[2])));
        }
        return new People(List.copyOf(entries));
    }

    boolean any() {
        return !entries.isEmpty();
    }

    /** The person whose token {@code token} is; every entry is compared, so the time says nothing. */
    Optional<Person> byToken(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        byte[] given = sha256(token.trim());
        Person found = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.digest(), given)) {
                found = entry.person();
            }
        }
        return Optional.ofNullable(found);
    }

    /** The person of an {@code Authorization: Bearer} header; none without one. */
    Optional<Person> byAuthorization(String authorization) {
        return byToken(bearer(authorization));
    }

    /** The person acting, or a 401 saying what is missing. */
    Person require(String authorization) {
        if (bearer(authorization) == null) {
            throw ApiException.unauthorized("a case action needs a person's token: Authorization: Bearer <token>");
        }
        return byAuthorization(authorization).orElseThrow(() ->
                ApiException.unauthorized("the token names nobody in this pipeline's people file"));
    }

    static String bearer(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).trim() : null;
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
