package org.oxpip.reporting.report;

import java.time.LocalDate;

/** One interval of a trend: a calendar quarter or year, cut to the requested period. */
public record ReportInterval(String label, LocalDate from, LocalDate to) {}
