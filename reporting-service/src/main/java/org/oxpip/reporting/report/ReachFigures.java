package org.oxpip.reporting.report;

import java.util.Map;

/**
 * Whom the service reached, exact: for each dimension (an equality-monitoring field, the parent's age band, the
 * baby's age at referral, the area) the families, or parents, in each category. Each adds up to its total.
 *
 * @param families the families seen in the period
 * @param parents their parents
 * @param familiesBy families by dimension, then category (by the first parent's answer)
 * @param parentsBy parents by dimension, then category
 */
public record ReachFigures(
        long families,
        long parents,
        Map<String, Map<String, Long>> familiesBy,
        Map<String, Map<String, Long>> parentsBy) {

    public Map<String, Long> families(String dimension) {
        return familiesBy.getOrDefault(dimension, Map.of());
    }

    public Map<String, Long> parents(String dimension) {
        return parentsBy.getOrDefault(dimension, Map.of());
    }
}
