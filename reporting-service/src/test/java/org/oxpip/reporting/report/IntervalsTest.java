package org.oxpip.reporting.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntervalsTest {

    @Test
    void shouldCutWholeYears() {
        assertEquals(
                List.of(interval("2023", "2023-01-01", "2023-12-31"), interval("2024", "2024-01-01", "2024-12-31")),
                Intervals.split(LocalDate.parse("2023-01-01"), LocalDate.parse("2024-12-31"), Intervals.Kind.YEAR));
    }

    @Test
    void shouldCutTheFirstAndLastQuarterToThePeriod() {
        assertEquals(
                List.of(
                        interval("2024-Q1", "2024-02-15", "2024-03-31"),
                        interval("2024-Q2", "2024-04-01", "2024-06-30"),
                        interval("2024-Q3", "2024-07-01", "2024-08-10")),
                Intervals.split(LocalDate.parse("2024-02-15"), LocalDate.parse("2024-08-10"), Intervals.Kind.QUARTER));
    }

    @Test
    void shouldCountIntervalsWithoutCuttingThem() {
        assertEquals(
                8,
                Intervals.count(LocalDate.parse("2023-01-01"), LocalDate.parse("2024-12-31"), Intervals.Kind.QUARTER));
        assertEquals(
                1, Intervals.count(LocalDate.parse("2024-05-01"), LocalDate.parse("2024-05-31"), Intervals.Kind.YEAR));
    }

    private static ReportInterval interval(String label, String from, String to) {
        return new ReportInterval(label, LocalDate.parse(from), LocalDate.parse(to));
    }
}
