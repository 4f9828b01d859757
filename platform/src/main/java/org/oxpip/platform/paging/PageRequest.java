package org.oxpip.platform.paging;

import java.util.ArrayList;
import java.util.List;
import org.oxpip.platform.problem.Problem;
import org.oxpip.platform.problem.ProblemException;

/**
 * Which page of a list the client asked for, the same in every service: {@code page} from 0,
 * {@code size} from 1 to 100, 20 when not given. Anything else is a 400 naming the parameter.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page from 0, size from 1 to " + MAX_SIZE);
        }
    }

    /** The page asked for, or 400 listing every bad parameter. */
    public static PageRequest of(String page, String size) {
        List<Problem.FieldError> errors = new ArrayList<>();
        PageRequest request = of(page, size, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return request;
    }

    /** For a resource that checks other parameters too: bad paging adds to {@code errors}, to be reported together. */
    public static PageRequest of(String page, String size, List<Problem.FieldError> errors) {
        return new PageRequest(
                QueryParams.integer("page", page, 0, 0, Integer.MAX_VALUE, errors),
                QueryParams.integer("size", size, DEFAULT_SIZE, 1, MAX_SIZE, errors));
    }

    /** Rows to skip; a long, since a large page number times the size passes int. */
    public long offset() {
        return (long) page * size;
    }
}
