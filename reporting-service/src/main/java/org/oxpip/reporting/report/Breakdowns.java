package org.oxpip.reporting.report;

import java.util.Map;

/** Exact counts by category; every map adds up to its total (received, or episodes closed). */
public record Breakdowns(Map<String, Long> bySourceType, Map<String, Long> byArea, Map<String, Long> byClosureReason) {}
