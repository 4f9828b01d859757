package org.oxpip.reporting.report;

import java.time.Instant;
import java.util.List;

/** The exact outcomes and sessions of each interval of a trend, in order, read in one snapshot. */
public record TrendFigures(Instant dataAsOf, List<OutcomeFigures> intervals, List<DeliveredFigures> delivered) {}
