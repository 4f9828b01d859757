package org.oxpip.reporting.disclosure;

import java.util.List;

/** No disclosure control: what managers see. */
public final class ExactFigures implements DisclosurePolicy {

    @Override
    public String name() {
        return "none";
    }

    @Override
    public Count count(long exact) {
        return Count.of(exact);
    }

    @Override
    public Rate rate(long numerator, long denominator) {
        return Rate.of(numerator, denominator);
    }

    @Override
    public List<Count> parts(long total, List<Long> parts) {
        return parts.stream().map(Count::of).toList();
    }

    @Override
    public List<Rate> intervals(List<ExactRate> intervals) {
        return intervals.stream()
                .map(exact -> Rate.of(exact.numerator(), exact.denominator()))
                .toList();
    }

    @Override
    public boolean publishesAreaReports() {
        return true;
    }

    @Override
    public boolean showsStatistic(long values) {
        return true;
    }
}
