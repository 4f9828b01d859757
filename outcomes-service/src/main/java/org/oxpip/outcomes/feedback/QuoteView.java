package org.oxpip.outcomes.feedback;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A quote as the manager sees it: the approved text beside the parent's original words. */
@Schema(name = "Quote")
public record QuoteView(
        @Schema(example = "5d0f6c1e-2b7a-4f3e-9c8d-1a2b3c4d5e6f")
        UUID id,

        @Schema(
                enumeration = {"APPROVED", "WITHDRAWN", "ERASED"},
                example = "APPROVED")
        String status,

        @Schema(example = "[\"DIDCOT_POWERHOUSE\"]") List<String> fundingStreams,

        @Schema(
                nullable = true,
                description = "The text as approved (what reports print while APPROVED); null once erased",
                example = "The sessions helped us enjoy our baby again.")
        String text,

        @Schema(
                nullable = true,
                description = "The comment as the parent wrote it, kept beside the edit; null once erased",
                example = "The sessions with Jo helped Sam and me enjoy baby Ava again.")
        String originalText,

        @Schema(description = "The approved text differs from the parent's words")
        boolean edited,

        @Schema(description = "The month of the feedback, all of the date a report shows", example = "2024-12")
        String month,

        @Schema(example = "manager") String approvedBy,
        @Schema(example = "2024-12-18T10:15:00Z") Instant approvedAt,
        @Schema(nullable = true) String withdrawnBy,
        @Schema(nullable = true) Instant withdrawnAt,

        @Schema(nullable = true, description = "Why it was withdrawn; null unless withdrawn")
        String withdrawalReason,

        @Schema(example = "2024-12-18T10:15:00Z") Instant updatedAt,

        @Schema(example = "0", description = "Also the ETag; send it back in If-Match to edit or withdraw")
        int version) {

    static final String EXAMPLE = """
            {"id": "5d0f6c1e-2b7a-4f3e-9c8d-1a2b3c4d5e6f", "status": "APPROVED", "fundingStreams": ["DIDCOT_POWERHOUSE"],
            "text": "The sessions helped us enjoy our baby again.",
            "originalText": "The sessions with Jo helped Sam and me enjoy baby Ava again.", "edited": true,
            "month": "2024-12", "approvedBy": "manager", "approvedAt": "2024-12-18T10:15:00Z", "withdrawnBy": null,
            "withdrawnAt": null, "withdrawalReason": null, "updatedAt": "2024-12-18T10:15:00Z", "version": 0}""";

    static QuoteView of(Quote q, String originalText) {
        return new QuoteView(
                q.id,
                q.status.name(),
                Arrays.asList(q.fundingStreams),
                q.text,
                originalText,
                q.edited,
                q.month.toString().substring(0, 7),
                q.approvedBy,
                q.approvedAt,
                q.withdrawnBy,
                q.withdrawnAt,
                q.withdrawalReason,
                q.updatedAt,
                q.version);
    }
}
