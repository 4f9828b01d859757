package org.oxpip.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oxpip.platform.problem.Problem;
import org.oxpip.platform.problem.ProblemException;

/** Paging one way in every service: page from 0, size 1-100 (20 by default), else a 400 naming the parameter. */
class PageRequestTest {

    @Test
    void absentParametersShouldGiveTheFirstPageOfTwenty() {
        assertEquals(new PageRequest(0, 20), PageRequest.of(null, null));
        assertEquals(new PageRequest(0, 20), PageRequest.of("", " "));
        assertEquals(new PageRequest(3, 100), new PageParams("3", "100").request());
        assertEquals(new PageRequest(0, 1), PageRequest.of("0", " 1 "));
    }

    @ParameterizedTest(name = "page={0} size={1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "-1   | null | page | must be a whole number of 0 or more",
                "abc  | null | page | must be a whole number of 0 or more",
                "1.5  | null | page | must be a whole number of 0 or more",
                "99999999999 | null | page | must be a whole number of 0 or more",
                "null | 0    | size | must be a whole number from 1 to 100",
                "null | 101  | size | must be a whole number from 1 to 100",
                "null | 1000 | size | must be a whole number from 1 to 100",
                "null | ten  | size | must be a whole number from 1 to 100"
            })
    void aBadParameterShouldBe400NamingIt(String page, String size, String field, String message) {
        Problem problem = assertThrows(ProblemException.class, () -> PageRequest.of(page, size))
                .problem();
        assertEquals(400, problem.status());
        assertEquals(List.of(new Problem.FieldError(field, message)), problem.errors());
    }

    @Test
    void bothBadShouldBeReportedTogetherWithTheResourcesOwnErrors() {
        List<Problem.FieldError> errors =
                new ArrayList<>(List.of(new Problem.FieldError("status", "must be OPEN or ACKNOWLEDGED")));
        new PageParams("-1", "0").request(errors);
        assertEquals(
                List.of("status", "page", "size"),
                errors.stream().map(Problem.FieldError::field).toList());
    }

    @Test
    void theOffsetShouldNotOverflow() {
        assertEquals(214748364700L, new PageRequest(Integer.MAX_VALUE, 100).offset());
        assertEquals(40, new PageRequest(2, 20).offset());
    }

    @Test
    void aPageShouldCarryTheRequestItAnswers() {
        assertEquals(new Page<>(List.of("a"), 2, 20, 41), Page.of(List.of("a"), new PageRequest(2, 20), 41));
    }

    @Test
    void queryParamsShouldGiveTheDefaultAndStateTheRange() {
        List<Problem.FieldError> errors = new ArrayList<>();
        assertEquals(100, QueryParams.integer("limit", null, 100, 1, 1000, errors));
        assertEquals(1000, QueryParams.integer("limit", "1000", 100, 1, 1000, errors));
        assertEquals(100, QueryParams.integer("limit", "1001", 100, 1, 1000, errors));
        assertEquals(List.of(new Problem.FieldError("limit", "must be a whole number from 1 to 1000")), errors);
    }
}
