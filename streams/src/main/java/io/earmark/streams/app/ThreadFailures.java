package io.earmark.streams.app;

import org.apache.kafka.common.errors.InvalidTxnStateException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;

/**
 * What the instance does when a stream thread dies. A transaction the broker refused to commit
 * ({@link InvalidTxnStateException}: seen under transactions v2 while tasks move between instances) is the
 * producer's state, not the data's: the thread is replaced, its new producer fences the old one, the open
 * transaction is aborted, and the tasks go on from their last commit, so nothing is lost or written twice. Anything
 * else stops the instance, for its supervisor to restart.
 */
final class ThreadFailures {

    private ThreadFailures() {
    }

    static StreamThreadExceptionResponse responseTo(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof InvalidTxnStateException) {
                return StreamThreadExceptionResponse.REPLACE_THREAD;
            }
        }
        return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    }
}
