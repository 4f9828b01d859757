package org.oxpip.reporting.report;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

/** Cuts a period into calendar quarters or years; the first and last are cut to the period's own ends. */
public final class Intervals {

    public enum Kind {
        QUARTER,
        YEAR
    }

    private Intervals() {}

    public static List<ReportInterval> split(LocalDate from, LocalDate to, Kind kind) {
        List<ReportInterval> intervals = new ArrayList<>();
        LocalDate start = from;
        while (!start.isAfter(to)) {
            LocalDate naturalEnd = kind == Kind.YEAR ? start.withDayOfYear(start.lengthOfYear()) : endOfQuarter(start);
            LocalDate end = naturalEnd.isAfter(to) ? to : naturalEnd;
            intervals.add(new ReportInterval(label(start, kind), start, end));
            start = naturalEnd.plusDays(1);
        }
        return intervals;
    }

    static int count(LocalDate from, LocalDate to, Kind kind) {
        int years = to.getYear() - from.getYear();
        return kind == Kind.YEAR
                ? years + 1
                : years * 4 + to.get(IsoFields.QUARTER_OF_YEAR) - from.get(IsoFields.QUARTER_OF_YEAR) + 1;
    }

    private static LocalDate endOfQuarter(LocalDate day) {
        LocalDate lastMonth =
                day.withMonth(day.get(IsoFields.QUARTER_OF_YEAR) * 3).withDayOfMonth(1);
        return lastMonth.withDayOfMonth(lastMonth.lengthOfMonth());
    }

    private static String label(LocalDate day, Kind kind) {
        return kind == Kind.YEAR
                ? String.valueOf(day.getYear())
                : day.getYear() + "-Q" + day.get(IsoFields.QUARTER_OF_YEAR);
    }
}
