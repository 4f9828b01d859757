package org.oxpip.reporting.impact;

import org.oxpip.reporting.report.PrintedQuotes;
import org.oxpip.reporting.report.SummaryReport;
import org.oxpip.reporting.report.TrendReport;

/**
 * Everything the impact report shows. The figures are the summary and trend reports exactly as the
 * JSON endpoints publish them to the same reader (ImpactReports, through the reader's disclosure
 * control): this document lays them out and never computes a figure of its own, so a suppressed
 * figure is null here and cannot leak into the page, the charts or the PDF.
 *
 * @param titleBlock the manager's words for the funding stream; null when the report covers several
 *     streams or none was written yet
 * @param quotes the approved quotes this reader may see printed (PrintedQuotes: at least 5 forms for a funder)
 */
record ImpactReport(
        SummaryReport summary,
        TrendReport trend,
        TitleBlockView titleBlock,
        SmallNumbers smallNumbers,
        Measurement measurement,
        PrintedQuotes quotes) {

    /** The file name a download gets: the period, and the stream when there is one. */
    String fileName(String extension) {
        String stream =
                summary.fundingStreams() != null && summary.fundingStreams().size() == 1
                        ? summary.fundingStreams()
                                        .get(0)
                                        .toLowerCase(java.util.Locale.ROOT)
                                        .replace('_', '-') + "-"
                        : "";
        return "oxpip-impact-" + stream + summary.from() + "-to-" + summary.to() + "." + extension;
    }
}
