package org.oxpip.reporting.report;

import java.util.List;
import org.oxpip.platform.problem.Problem;
import org.oxpip.platform.problem.ProblemException;
import org.oxpip.platform.security.Caller;
import org.oxpip.platform.security.Roles;

/**
 * A funder sees the figures of the grants it funds and nobody else's: the funding streams in its
 * token's {@code funding_streams} claim, which an administrator sets in the realm. Asking for any
 * other stream is 403, whether or not that stream exists (so the answer tells nothing about other
 * funders); a report without a stream counts only the funder's own streams; a funder token naming no
 * stream may see no report at all. Managers see every stream.
 */
public final class FunderScope {

    static final String CLAIM = "funding_streams";

    private FunderScope() {}

    /** Refuses, before anything else is looked at, a funder whose token names no funding stream. */
    public static void admit(Caller caller) {
        if (!seesEveryStream(caller) && caller.fundingStreams().isEmpty()) {
            throw new ProblemException(Problem.of(
                    403,
                    "no-funding-streams",
                    "Forbidden",
                    "A funder's token must name the funding streams it funds (claim " + CLAIM
                            + "); this one names none. Ask the administrator to set them."));
        }
    }

    /** The query limited to what this caller may count. */
    static ReportQuery limit(ReportQuery query, Caller caller) {
        if (seesEveryStream(caller)) {
            return query;
        }
        admit(caller);
        if (query.fundingStream() == null) {
            return query.countingOnly(caller.fundingStreams().stream().sorted().toList());
        }
        if (!caller.fundingStreams().contains(query.fundingStream())) {
            // Never names a stream: neither the one asked for nor the funder's own.
            throw new ProblemException(Problem.of(
                    403,
                    "funding-stream-not-yours",
                    "Forbidden",
                    "A funder may see only the funding streams in its token (claim " + CLAIM + ")"));
        }
        return query.countingOnly(List.of(query.fundingStream()));
    }

    /** Managers, also when they hold the funder role too; the reports admit only managers and funders. */
    private static boolean seesEveryStream(Caller caller) {
        return caller.roles().contains(Roles.MANAGER);
    }
}
