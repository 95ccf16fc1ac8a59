package io.earmark.streams.api;

import io.earmark.streams.topology.PipelineSettings;

/**
 * Every question of {@link ApiIT}, asked of two instances running the beneficiary-keyed core: a fund's ledger is
 * then in its beneficiary's core task (found through the route's fund directory) or, before its earmark, in the
 * route's store; the alert lists include the route's alerts.
 */
class ApiByBeneficiaryIT extends ApiIT {

    @Override
    PipelineSettings.Core core() {
        return PipelineSettings.Core.BY_BENEFICIARY;
    }
}
