package org.oxpip.outcomes.assessment;

import jakarta.ws.rs.core.EntityTag;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oxpip.outcomes.problem.ProblemException;

/** An assessment's version is its ETag; a change names the version it changes in If-Match. */
final class ETags {

    private static final Pattern VERSION = Pattern.compile("(?:W/)?\"(\\d{1,9})\"");

    private ETags() {}

    static EntityTag of(Assessment assessment) {
        return new EntityTag(Integer.toString(assessment.version));
    }

    /** The version an If-Match names: 428 without one, 400 when it is not one of our ETags. */
    static int version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired();
        }
        Matcher matcher = VERSION.matcher(ifMatch.trim());
        if (!matcher.matches()) {
            throw ProblemException.invalid("If-Match", "must be the assessment's ETag, e.g. \"3\"");
        }
        return Integer.parseInt(matcher.group(1));
    }
}
