package io.earmark.producers.publish;

import io.earmark.schemas.validation.InvalidEventException;

/** A batch was refused because one of its events is invalid: which one (0-based index and eventId), which field, why. */
public class InvalidBatchException extends InvalidEventException {
    private final int index;
    private final String eventId;

    public InvalidBatchException(int index, String eventId, String field, String reason) {
        super(field, reason);
        this.index = index;
        this.eventId = eventId;
    }

    public int index() {
        return index;
    }

    public String eventId() {
        return eventId;
    }

    @Override
    public String getMessage() {
        return "event " + index + " (" + eventId + ") of the batch: " + super.getMessage() + "; nothing was sent";
    }
}
