package org.oxpip.outcomes.feedback;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A manager's approval of a parent's comment as a quote, or the quote as edited (the whole of it). */
@Schema(name = "QuoteRequest", description = "The funding streams a quote may be printed for, and its text")
public record QuoteRequest(
        @Schema(
                required = true,
                minItems = 1,
                maxItems = QuoteRules.MAX_STREAMS,
                description = "The funding streams whose reports may print it: codes such as DIDCOT_POWERHOUSE",
                example = "[\"DIDCOT_POWERHOUSE\"]")
        List<String> fundingStreams,

        @Schema(
                maxLength = QuoteRules.MAX_TEXT,
                description = "The quote as it will be printed, edited to remove anything identifying (names,"
                        + " places, dates, the baby's name). Absent: the comment as the parent wrote it (which must"
                        + " then be at most 1000 characters). Never empty.",
                example = "The sessions helped us enjoy our baby again.")
        String text) {}
