package org.oxpip.outcomes.feedback;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of feedback, newest first (docs/design.md, API conventions: lists). */
@Schema(name = "FeedbackPage")
public record FeedbackPage(
        List<FeedbackView> items,
        @Schema(example = "0") int page,
        @Schema(example = "20") int size,
        @Schema(example = "1") long totalItems) {}
