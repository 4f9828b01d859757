package org.oxpip.reporting.rules;

/**
 * How one instrument's paired scores are judged, exactly as outcomes-service's catalogue says it
 * (GET /api/v1/instruments; docs/design.md, outcome definitions): which way is better, the caseness
 * cut-off, the reliable change and, for PIRGAS, the meaningful change. Nothing here is a threshold of
 * our own: every value was read from the catalogue by the sync and stored in table instrument_rule.
 *
 * @param caseness at caseness at or above this (lower is better) or at or below it (higher is better)
 * @param meaningfulChange the smallest gain reported as meaningful; null where the catalogue has none
 * @param source the catalogue's citation of the instrument and its thresholds
 */
public record InstrumentRule(
        String instrument,
        String name,
        Direction direction,
        int caseness,
        int reliableChange,
        Integer meaningfulChange,
        String source) {

    /** As outcomes-service's catalogue names the two directions. */
    public enum Direction {
        LOWER_IS_BETTER,
        HIGHER_IS_BETTER
    }

    public boolean higherIsBetter() {
        return direction == Direction.HIGHER_IS_BETTER;
    }
}
