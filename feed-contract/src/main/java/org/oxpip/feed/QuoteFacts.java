package org.oxpip.feed;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One item of outcomes-service's quotes feed (docs/feeds.md): a parent's words a manager approved for funders'
 * reports, as the quote stands now. Only what a report prints: the approved (de-identified) text, the funding
 * streams it may be printed for and the month of the feedback. Nothing links it to a family: no referral,
 * assessment or feedback id, no day. A quote no longer approved (withdrawn, or the family's data erased) comes
 * with {@code approved} false and no text: drop it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "QuoteFacts", description = "An approved quote as it stands now, or word that it is gone")
public record QuoteFacts(
        @Schema(example = "17", description = "This change's place in the feed")
        String position,

        @Schema(
                example = "5d0f6c1e-2b7a-4f3e-9c8d-1a2b3c4d5e6f",
                description = "The quote's own id: known only to the quotes feed and the manager who approved it")
        UUID quoteId,

        @Schema(description = "Approved now: print it. False: withdrawn or erased, drop it from every report")
        boolean approved,

        @Schema(
                nullable = true,
                maxLength = MAX_TEXT,
                description = "The text as approved; null unless approved",
                example = "The sessions helped us enjoy our baby again.")
        String text,

        @Schema(
                description = "The funding streams whose reports may print it; empty unless approved",
                example = "[\"DIDCOT_POWERHOUSE\"]")
        List<String> fundingStreams,

        @Schema(
                nullable = true,
                pattern = "^[0-9]{4}-[0-9]{2}$",
                description = "The month the parent gave the feedback (YYYY-MM); null unless approved",
                example = "2024-12")
        String month,

        @Schema(example = "2024-12-18T10:15:00Z") Instant changedAt)
        implements FeedItem {

    /** The longest quote: a few sentences, as a report prints them. */
    public static final int MAX_TEXT = 1000;

    private static final Pattern MONTH = Pattern.compile("[0-9]{4}-(0[1-9]|1[0-2])");

    @Override
    public Optional<String> breach() {
        Optional<String> basics = FeedItemChecks.first(
                FeedItemChecks.required("quoteId", quoteId), FeedItemChecks.required("changedAt", changedAt));
        if (basics.isPresent() || !approved) {
            return basics;
        }
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            return Optional.of("text is missing or longer than " + MAX_TEXT + " characters");
        }
        if (month == null || !MONTH.matcher(month).matches()) {
            return Optional.of("month is not a month (YYYY-MM)");
        }
        if (fundingStreams == null || fundingStreams.isEmpty()) {
            return Optional.of("fundingStreams is missing");
        }
        for (String stream : fundingStreams) {
            Optional<String> breach = stream == null
                    ? Optional.of("fundingStreams has an empty entry")
                    : FeedItemChecks.code("fundingStreams", stream);
            if (breach.isPresent()) {
                return breach;
            }
        }
        return Optional.empty();
    }
}
