package io.earmark.deploy;

import io.earmark.deploy.testing.KafkaStack;
import io.earmark.deploy.testing.SharedStack;

/** The round trip against the shared stack: the in-JVM KRaft broker here (or the image with -Dearmark.it.broker=docker). */
class RecordRoundTripIT extends RecordRoundTripContract {

    @Override
    protected KafkaStack stack() {
        return SharedStack.get();
    }
}
