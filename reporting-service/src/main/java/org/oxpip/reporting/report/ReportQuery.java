package org.oxpip.reporting.report;

import java.time.LocalDate;

/** A report's population filter: a period (both days included), optionally one funding stream and one area. */
public record ReportQuery(LocalDate from, LocalDate to, String fundingStream, String area) {}
