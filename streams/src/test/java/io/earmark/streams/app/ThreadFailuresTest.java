package io.earmark.streams.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.common.errors.InvalidTxnStateException;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;

class ThreadFailuresTest {

    @Test
    void shouldReplaceAThreadWhoseTransactionTheBrokerRefused() {
        StreamsException commitFailed = new StreamsException("Error encountered trying to commit a transaction",
                new InvalidTxnStateException("The producer attempted a transactional operation in an invalid state."));

        assertThat(ThreadFailures.responseTo(commitFailed)).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
    }

    @Test
    void shouldStopTheInstanceOnAnyOtherFailure() {
        assertThat(ThreadFailures.responseTo(new StreamsException("state store corrupted",
                new IllegalStateException("bad checkpoint")))).isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
        assertThat(ThreadFailures.responseTo(new IllegalArgumentException("bug")))
                .isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
    }
}
