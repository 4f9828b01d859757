package org.oxpip.reporting.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oxpip.platform.problem.Problem.FieldError;
import org.oxpip.platform.problem.ProblemException;

class ReportParametersTest {

    @Test
    void shouldReadAPeriodAndNormaliseTheArea() {
        assertEquals(
                new ReportQuery(
                        LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"), "DIDCOT_POWERHOUSE", "OX11"),
                ReportParameters.query("2024-01-01", "2024-12-31", "DIDCOT_POWERHOUSE", " ox11 "));
    }

    @Test
    void shouldNameEveryBadParameterAtOnce() {
        ProblemException e = assertThrows(
                ProblemException.class,
                () -> ReportParameters.query("2024-13-01", null, "didcot powerhouse", "OX11 7HJ"));
        assertEquals(400, e.problem().status());
        assertEquals(
                List.of(
                        new FieldError("from", "must be a date YYYY-MM-DD"),
                        new FieldError("to", "is required (a date YYYY-MM-DD)"),
                        new FieldError("fundingStream", "must be upper-case letters, digits and _"),
                        new FieldError("area", "must be a postcode district, e.g. OX11")),
                e.problem().errors());
    }

    @Test
    void shouldRefuseAPeriodThatEndsBeforeItStarts() {
        ProblemException e = assertThrows(
                ProblemException.class, () -> ReportParameters.query("2024-12-31", "2024-01-01", null, null));
        assertEquals(
                List.of(new FieldError("to", "must not be before from")),
                e.problem().errors());
    }

    @Test
    void shouldRefuseAnUnknownIntervalOrTooManyOfThem() {
        ReportQuery decades = ReportParameters.query("2000-01-01", "2030-12-31", null, null);
        assertEquals(Intervals.Kind.YEAR, ReportParameters.interval("year", decades));
        assertThrows(ProblemException.class, () -> ReportParameters.interval("quarter", decades));
        assertThrows(ProblemException.class, () -> ReportParameters.interval("month", decades));
        assertThrows(ProblemException.class, () -> ReportParameters.interval(null, decades));
    }

    @Test
    void shouldAcceptOnlyCsvOrJsonAsFormat() {
        assertEquals(MediaType.valueOf("text/csv"), ReportParameters.format("CSV"));
        assertEquals(MediaType.APPLICATION_JSON_TYPE, ReportParameters.format(" json "));
        assertEquals(null, ReportParameters.format(null));
        assertThrows(ProblemException.class, () -> ReportParameters.format("xlsx"));
    }
}
