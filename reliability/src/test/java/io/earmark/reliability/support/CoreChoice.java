package io.earmark.reliability.support;

import io.earmark.streams.app.PipelineConfig;
import java.util.Locale;
import java.util.Map;

/**
 * Which detection core the pipelines of a run use: the default, or the one {@code -Dearmark.core} names
 * ({@code by-fund} or {@code by-beneficiary}; the enum names {@code BY_FUND}, {@code BY_BENEFICIARY} too), so that the
 * whole module can be run on either core.
 */
public final class CoreChoice {

    private CoreChoice() {
    }

    /** Adds the chosen core to a pipeline's settings; leaves them as they are when none is chosen. */
    public static Map<String, String> applyTo(Map<String, String> settings) {
        String chosen = System.getProperty(PipelineConfig.CORE);
        if (chosen != null && !chosen.isBlank()) {
            settings.put(PipelineConfig.CORE, chosen.trim().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        return settings;
    }
}
