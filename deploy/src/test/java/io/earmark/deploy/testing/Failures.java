package io.earmark.deploy.testing;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** What a Kafka client call failed with, whether it threw at once or through a future (ExecutionException). */
public final class Failures {

    private Failures() {
    }

    /** The innermost cause of what {@code call} threw; fails if it threw nothing. */
    public static Throwable rootCauseOf(ThrowingCallable call) {
        Throwable thrown;
        try {
            call.call();
            throw new AssertionError("expected a failure, but the call succeeded");
        } catch (AssertionError e) {
            throw e;
        } catch (Throwable t) {
            thrown = t;
        }
        while (thrown.getCause() != null && thrown.getCause() != thrown) {
            thrown = thrown.getCause();
        }
        return thrown;
    }
}
