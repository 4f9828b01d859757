package org.oxpip.reporting.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A report's population filter: a period (both days included), optionally one funding stream and one
 * area. {@code fundingStream} is the stream asked for (null: none asked for); {@code fundingStreams}
 * the streams counted: null for every stream, else only these (the one asked for, or a funder's own).
 */
public record ReportQuery(
        LocalDate from, LocalDate to, String fundingStream, String area, List<String> fundingStreams) {

    public ReportQuery {
        fundingStreams = fundingStreams == null ? null : List.copyOf(fundingStreams);
    }

    /** As asked: the one stream asked for, or every stream. */
    public ReportQuery(LocalDate from, LocalDate to, String fundingStream, String area) {
        this(from, to, fundingStream, area, fundingStream == null ? null : List.of(fundingStream));
    }

    /** The same query counting only these streams. */
    ReportQuery countingOnly(List<String> streams) {
        return new ReportQuery(from, to, fundingStream, area, streams);
    }
}
