package io.earmark.streams.order;

import java.util.ArrayList;
import java.util.List;

/**
 * Channel names: {@code <source>:<partition>}, where the source is an input topic's short name (funds, movements,
 * assets) or an upstream stage (sighting, owner, asset, core) whose task number is the partition.
 */
public final class StageNames {
    public static final String FUNDS = "funds";
    public static final String MOVEMENTS = "movements";
    public static final String ASSETS = "assets";
    public static final String SIGHTING = "sighting";
    public static final String OWNER = "owner";
    public static final String ASSET = "asset";
    public static final String CORE = "core";
    public static final String PAIR = "pair";
    /** The beneficiary-keyed core's route: what it sends as an input event arrives or at its place (layer R). */
    public static final String ROUTE = "route";
    /** The beneficiary-keyed core's route: what it passes on from one core to another (layer B). */
    public static final String RELAY = "relay";

    private StageNames() {
    }

    public static String channel(String source, int partition) {
        return source + ":" + partition;
    }

    /** Every task of each source: what a stage fed through a repartition topic expects. */
    public static List<String> allOf(int partitions, String... sources) {
        List<String> channels = new ArrayList<>();
        for (String source : sources) {
            for (int p = 0; p < partitions; p++) {
                channels.add(channel(source, p));
            }
        }
        return channels;
    }
}
