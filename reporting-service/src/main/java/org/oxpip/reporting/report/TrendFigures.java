package org.oxpip.reporting.report;

import java.time.Instant;
import java.util.List;

/** The exact outcomes of each interval of a trend, in order, read in one snapshot. */
public record TrendFigures(Instant dataAsOf, List<OutcomeFigures> intervals) {}
