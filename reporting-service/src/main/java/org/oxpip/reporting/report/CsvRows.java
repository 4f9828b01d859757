package org.oxpip.reporting.report;

import org.oxpip.reporting.disclosure.Count;
import org.oxpip.reporting.disclosure.Rate;

/**
 * The rows of a report's CSV being written, one figure per row under a fixed header. Every cell is
 * escaped (RFC 4180) and never starts a spreadsheet formula, since a cell a spreadsheet runs is code.
 */
final class CsvRows {

    private final StringBuilder text = new StringBuilder();

    CsvRows(String header) {
        text.append(header).append("\r\n");
    }

    /** A fact about the report itself (period, filters, data as of, disclosure). */
    void fact(String figure, Object value) {
        row("report", figure, null, value, null, null, null, null);
    }

    void count(String section, String figure, String category, Count count) {
        row(section, figure, category, count.value(), null, null, null, count.suppressed());
    }

    void rate(String section, String figure, Rate rate) {
        row(section, figure, null, null, rate.numerator(), rate.denominator(), rate.percent(), rate.suppressed());
    }

    void statistic(String section, String figure, Object value, boolean suppressed) {
        row(section, figure, null, value, null, null, null, suppressed);
    }

    String text() {
        return text.toString();
    }

    private void row(Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(cell(cells[i]));
        }
        text.append("\r\n");
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !isNumber(text)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static boolean isNumber(String text) {
        return text.matches("-?[0-9]+(\\.[0-9]+)?");
    }
}
