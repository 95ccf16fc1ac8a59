package io.earmark.streams.deadletter;

/** A rejected input record on its way to the dead-letter topic: the original bytes, and why. */
public record DeadLetter(byte[] key, byte[] value, String reason, String detail) {
}
