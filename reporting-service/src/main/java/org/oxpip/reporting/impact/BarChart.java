package org.oxpip.reporting.impact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart as inline SVG, drawn on the server. Small on purpose: every chart of the
 * report is labelled bars (a percentage, a count, a number of days), and this is less code to own
 * than a charting library with an SVG back end (JFreeChart with JFreeSVG would add two libraries to
 * draw the same rectangles). Each bar carries its value as text beside it, so no reading depends on
 * colour; the colours are from the Okabe-Ito palette (safe for the common colour-blindnesses) at three
 * clearly different greys, each bar outlined so the lightest still shows on white paper. A hidden
 * figure has no bar and no number: only the words the caller gives.
 */
final class BarChart {

    /** Okabe-Ito blue, orange and yellow: about 30%, 55% and 85% grey in print. */
    static final List<String> COLOURS = List.of("#0072B2", "#E69F00", "#F0E442");

    static final int WIDTH = 640;
    private static final int LABELS = 210;
    private static final int BARS = 300;
    private static final int ROW = 20;
    private static final int BAR = 14;
    private static final int GROUP_HEADING = 20;
    private static final int LEGEND = 26;

    /** A piece of a bar's value label: words, a figure marked with its JSON path, or a rule's number. */
    record Part(String text, String figure, String rule) {
        static Part words(String text) {
            return new Part(text, null, null);
        }

        static Part figure(Object value, String path) {
            return new Part(Shown.text(value), path, null);
        }

        static Part rule(long value, String name) {
            return new Part(Long.toString(value), null, name);
        }
    }

    /**
     * One bar.
     *
     * @param value its length; null for a hidden figure (no bar is drawn)
     * @param label what is written beside it: the value with its n, or why it is hidden
     */
    record Bar(int series, String name, BigDecimal value, String figure, List<Part> label) {}

    /** A group of bars under a heading; {@code figure}: the heading's JSON path when it is a report's value. */
    record Group(String name, String figure, List<Bar> bars) {}

    private final String id;
    private final String title;
    private final String description;
    private final List<String> series;
    private final BigDecimal scale;
    private final List<Group> groups = new ArrayList<>();

    /**
     * @param scale the value a full-length bar stands for (100 for percentages)
     */
    BarChart(String id, String title, String description, List<String> series, BigDecimal scale) {
        this.id = id;
        this.title = title;
        this.description = description;
        this.series = series;
        this.scale = scale.signum() > 0 ? scale : BigDecimal.ONE;
    }

    BarChart group(String name, List<Bar> bars) {
        return group(name, null, bars);
    }

    BarChart group(String name, String figure, List<Bar> bars) {
        groups.add(new Group(name, figure, bars));
        return this;
    }

    void write(Xhtml h) {
        int height = (series.size() > 1 ? LEGEND : 0) + 6;
        for (Group group : groups) {
            height +=
                    (group.name().isEmpty() ? 0 : GROUP_HEADING) + group.bars().size() * ROW + 4;
        }
        h.open(
                "svg",
                "xmlns",
                "http://www.w3.org/2000/svg",
                "width",
                Integer.toString(WIDTH),
                "height",
                Integer.toString(height),
                "viewBox",
                "0 0 " + WIDTH + " " + height,
                "role",
                "img",
                "aria-labelledby",
                id + "-title " + id + "-desc",
                "font-family",
                "'Liberation Sans', Arial, Helvetica, sans-serif",
                "font-size",
                "11");
        h.element("title", title, "id", id + "-title");
        h.element("desc", description, "id", id + "-desc");
        int y = 4;
        if (series.size() > 1) {
            legend(h, y);
            y += LEGEND;
        }
        for (Group group : groups) {
            if (!group.name().isEmpty()) {
                h.element(
                        "text",
                        group.name(),
                        "x",
                        "0",
                        "y",
                        Integer.toString(y + 14),
                        "font-weight",
                        "bold",
                        "data-figure",
                        group.figure());
                y += GROUP_HEADING;
            }
            for (Bar bar : group.bars()) {
                bar(h, bar, y);
                y += ROW;
            }
            y += 4;
        }
        h.close("svg");
    }

    private void legend(Xhtml h, int y) {
        int x = LABELS;
        for (int i = 0; i < series.size(); i++) {
            h.empty(
                    "rect",
                    "x",
                    Integer.toString(x),
                    "y",
                    Integer.toString(y + 3),
                    "width",
                    "12",
                    "height",
                    "12",
                    "fill",
                    COLOURS.get(i),
                    "stroke",
                    "#1a1a1a",
                    "stroke-width",
                    "0.6");
            h.element("text", series.get(i), "x", Integer.toString(x + 17), "y", Integer.toString(y + 13));
            x += 24 + series.get(i).length() * 6;
        }
    }

    private void bar(Xhtml h, Bar bar, int y) {
        h.element(
                "text",
                bar.name(),
                "x",
                Integer.toString(LABELS - 8),
                "y",
                Integer.toString(y + 11),
                "text-anchor",
                "end");
        double length = 0;
        if (bar.value() != null) {
            length = Math.max(0, Math.min(1, bar.value().doubleValue() / scale.doubleValue())) * BARS;
            h.empty(
                    "rect",
                    "x",
                    Integer.toString(LABELS),
                    "y",
                    Integer.toString(y),
                    "width",
                    number(length),
                    "height",
                    Integer.toString(BAR),
                    "fill",
                    COLOURS.get(bar.series() % COLOURS.size()),
                    "stroke",
                    "#1a1a1a",
                    "stroke-width",
                    "0.6",
                    "data-figure",
                    bar.figure());
        }
        h.open(
                "text",
                "x",
                number(LABELS + length + 6),
                "y",
                Integer.toString(y + 11),
                "font-style",
                bar.value() == null ? "italic" : null);
        for (Part part : bar.label()) {
            if (part.figure() != null) {
                h.element("tspan", part.text(), "data-figure", part.figure());
            } else if (part.rule() != null) {
                h.element("tspan", part.text(), "data-rule", part.rule());
            } else {
                h.text(part.text());
            }
        }
        h.close("text");
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
