package io.earmark.streams.ledger;

import io.earmark.streams.model.SellerPayment;
import io.earmark.streams.rules.AlertDraft;
import io.earmark.streams.state.Deadline;
import java.util.ArrayList;
import java.util.List;

/** What applying one event or deadline to a fund's ledger produced. */
public final class Outcome {
    public final List<AlertDraft> alerts = new ArrayList<>();
    public final List<Deadline> deadlines = new ArrayList<>();
    public final List<SellerPayment> sellerPayments = new ArrayList<>();
    public boolean changed;

    public static Outcome unchanged() {
        return new Outcome();
    }
}
