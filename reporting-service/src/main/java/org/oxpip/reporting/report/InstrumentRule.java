package org.oxpip.reporting.report;

import java.util.List;

/**
 * How one instrument's paired scores are judged (docs/design.md, the instrument table): which way is
 * better, the clinical caseness cut-off and the reliable change threshold.
 *
 * @param caseness at caseness when at or above this (lower-is-better instruments) or at or below it (PIRGAS)
 */
public record InstrumentRule(String instrument, boolean higherIsBetter, int caseness, int reliableChange) {

    /** PHQ-9 ≥ 10 and 6, GAD-7 ≥ 8 and 4 (NHS Talking Therapies); EPDS ≥ 13; PIRGAS ≤ 40 (disordered, DC:0-3R). */
    public static List<InstrumentRule> catalogue(OutcomeThresholds thresholds) {
        return List.of(
                new InstrumentRule("PHQ9", false, 10, 6),
                new InstrumentRule("GAD7", false, 8, 4),
                new InstrumentRule("EPDS", false, 13, thresholds.epdsReliableChange()),
                new InstrumentRule("PIRGAS", true, 40, thresholds.pirgasReliableChange()));
    }
}
