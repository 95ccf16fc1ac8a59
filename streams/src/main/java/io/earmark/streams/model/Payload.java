package io.earmark.streams.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** What travels between the pipeline's stages. Every payload has an event time and an id to order ties by. */
@JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(Fund.class),
    @JsonSubTypes.Type(Movement.class),
    @JsonSubTypes.Type(Registration.class),
    @JsonSubTypes.Type(Sighting.class),
    @JsonSubTypes.Type(Assignment.class),
    @JsonSubTypes.Type(SellerPayment.class),
    @JsonSubTypes.Type(KickbackSignal.class),
    @JsonSubTypes.Type(Watermark.class),
    @JsonSubTypes.Type(HandoverAsked.class),
    @JsonSubTypes.Type(AssetHandover.class),
    @JsonSubTypes.Type(AssetVerdict.class),
    @JsonSubTypes.Type(Promise.class),
    @JsonSubTypes.Type(Earmark.class)
})
public sealed interface Payload
        permits Fund, Movement, Registration, Sighting, Assignment, SellerPayment, KickbackSignal, Watermark,
        HandoverAsked, AssetHandover, AssetVerdict, Promise, Earmark {

    long eventTime();

    /** Breaks ties between payloads with the same event time, so that release order never depends on arrival. */
    String orderingId();

    /**
     * Orders payloads of different kinds with the same event time (before {@link #orderingId()}). It is part of the
     * keys the stages' event buffers store, so a payload keeps its tag for good whatever its class is called; the tags
     * are the names the classes had when they became stored keys.
     */
    String orderTag();

    /**
     * The kind of input event this payload comes from, as its {@link Place} names it: a sighting or an assignment of
     * a registration stands where the registration does.
     */
    default String sourceTag() {
        return orderTag();
    }
}
