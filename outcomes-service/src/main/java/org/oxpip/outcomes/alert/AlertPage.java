package org.oxpip.outcomes.alert;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of alerts, oldest first (docs/design.md, API conventions: lists). */
@Schema(name = "RiskAlertPage")
public record AlertPage(
        List<RiskAlertView> items,
        @Schema(example = "0") int page,
        @Schema(example = "20") int size,
        @Schema(example = "1") long totalItems) {}
