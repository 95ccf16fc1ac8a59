package io.earmark.app.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * The demo's people, with tokens drawn anew for each run: three to sign in as (a viewer, an analyst and a
 * supervisor, whose tokens the demo prints), and the two simulated colleagues who triage part of the alerts on their
 * own ({@link DemoTriage}; two, because a resolution needs a second person's approval). Out: the people file the
 * pipeline reads ({@code NAME ROLE TOKEN} per line).
 */
public record DemoPeople(List<Person> people) {

    /** One of them. */
    public record Person(String name, String role, String token) {
    }

    public static final String VIEWER = "vera";
    public static final String ANALYST = "aigerim";
    public static final String SUPERVISOR = "bolat";
    public static final String SIMULATED_ANALYST = "sim-analyst";
    public static final String SIMULATED_SUPERVISOR = "sim-supervisor";

    public static DemoPeople draw() {
        SecureRandom random = new SecureRandom();
        return new DemoPeople(List.of(
                new Person(VIEWER, "viewer", token(random)),
                new Person(ANALYST, "analyst", token(random)),
                new Person(SUPERVISOR, "supervisor", token(random)),
                new Person(SIMULATED_ANALYST, "analyst", token(random)),
                new Person(SIMULATED_SUPERVISOR, "supervisor", token(random))));
    }

    public Person named(String name) {
        return people.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    /** The three a visitor signs in as, in the order the demo prints them. */
    public List<Person> visitors() {
        return List.of(named(VIEWER), named(ANALYST), named(SUPERVISOR));
    }

    public Path writeTo(Path dir) throws IOException {
        StringBuilder file = new StringBuilder("# The demo's people: NAME ROLE TOKEN (tokens drawn for this run)\n");
        people.forEach(p -> file.append(p.name()).append(' ').append(p.role()).append(' ').append(p.token())
                .append('\n'));
        Path path = dir.resolve("people.txt");
        Files.writeString(path, file);
        return path;
    }

    private static String token(SecureRandom random) {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
