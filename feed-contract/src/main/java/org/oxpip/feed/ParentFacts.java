package org.oxpip.feed;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A parent of a referral as the feed carries it: equality monitoring codes and the age band at referral.
 * Never a name or a date of birth. Each code may be PREFER_NOT_TO_SAY or NOT_ASKED.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "ParentFacts", description = "A parent's equality monitoring codes and age band at referral")
public record ParentFacts(
        @Schema(example = "1", description = "1 or 2") int position,

        @Schema(
                nullable = true,
                enumeration = {"UNDER_20", "AGE_20_24", "AGE_25_29", "AGE_30_34", "AGE_35_39", "AGE_40_PLUS"},
                description = "Age on the day the referral was received; null when no date of birth was known")
        String ageBand,

        @Schema(example = "WHITE_ENGLISH_WELSH_SCOTTISH_NI_BRITISH", description = "ONS 2021 Census categories")
        String ethnicGroup,

        @Schema(enumeration = {"BIRTH_MOTHER", "FATHER", "PARTNER", "OTHER_CARER", "PREFER_NOT_TO_SAY", "NOT_ASKED"})
        String relationshipToBaby,

        @Schema(enumeration = {"YES", "NO", "PREFER_NOT_TO_SAY", "NOT_ASKED"})
        String firstTimeParent,

        @Schema(enumeration = {"YES", "NO", "PREFER_NOT_TO_SAY", "NOT_ASKED"})
        String disability,

        @Schema(enumeration = {"YES", "NO", "PREFER_NOT_TO_SAY", "NOT_ASKED"})
        String needsInterpreter) {

    Optional<String> breach() {
        return FeedItemChecks.first(
                FeedItemChecks.code("parents.ageBand", ageBand),
                FeedItemChecks.code("parents.ethnicGroup", ethnicGroup),
                FeedItemChecks.code("parents.relationshipToBaby", relationshipToBaby),
                FeedItemChecks.code("parents.firstTimeParent", firstTimeParent),
                FeedItemChecks.code("parents.disability", disability),
                FeedItemChecks.code("parents.needsInterpreter", needsInterpreter));
    }
}
