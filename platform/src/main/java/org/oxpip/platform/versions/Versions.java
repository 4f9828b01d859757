package org.oxpip.platform.versions;

import jakarta.ws.rs.core.EntityTag;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oxpip.platform.problem.Problem;
import org.oxpip.platform.problem.ProblemException;

/**
 * A record's version is its ETag ({@code "3"}); a change names the version it changes in If-Match, so
 * that of two people changing one record, the second hears that it changed under them. One answer in
 * every service: no If-Match is 428 {@code if-match-required}; one that is not exactly one of our
 * ETags ({@code *}, a list, a word, an unquoted number) is 400 {@code invalid-if-match}, since the client
 * sent something it could never have read from us; a version that is no longer current is 412
 * {@code stale-version}.
 */
public final class Versions {

    public static final String REQUIRED = "if-match-required";
    public static final String INVALID = "invalid-if-match";
    public static final String STALE = "stale-version";

    /** A strong or weak tag holding the version: weak because a proxy that compresses may weaken ours. */
    private static final Pattern ONE_VERSION = Pattern.compile("(?:W/)?\"(\\d{1,9})\"");

    private static final String EXAMPLE = "must be one ETag of this record as last read, e.g. \"3\"";

    private Versions() {}

    public static EntityTag etag(int version) {
        return new EntityTag(Integer.toString(version));
    }

    /** The version an If-Match header names. */
    public static int fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw required();
        }
        Matcher matcher = ONE_VERSION.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw invalid();
        }
        return Integer.parseInt(matcher.group(1));
    }

    /** 412 unless the record is still at the version the caller read. */
    public static void requireCurrent(int currentVersion, int expectedVersion) {
        if (currentVersion != expectedVersion) {
            throw stale();
        }
    }

    /** 428 (RFC 6585): a change must say which version it changes. */
    public static ProblemException required() {
        return new ProblemException(Problem.of(
                428, REQUIRED, "Precondition required", "Send If-Match with the ETag of the version you are changing"));
    }

    public static ProblemException invalid() {
        return new ProblemException(new Problem(
                Problem.typeUri(INVALID),
                "Invalid request",
                400,
                "If-Match " + EXAMPLE,
                List.of(new Problem.FieldError("If-Match", EXAMPLE))));
    }

    /** 412: someone changed the record since the caller read it. */
    public static ProblemException stale() {
        return new ProblemException(Problem.of(
                412,
                STALE,
                "Precondition failed",
                "The record has changed since you read it: read it again and reapply your change"));
    }
}
