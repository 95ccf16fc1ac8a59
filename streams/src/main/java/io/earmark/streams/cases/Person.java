package io.earmark.streams.cases;

/** Someone who acts on cases: the name every act of theirs carries as its actor, and their role. */
public record Person(String name, Role role) {
}
