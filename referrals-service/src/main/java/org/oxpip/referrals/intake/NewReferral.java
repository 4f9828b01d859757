package org.oxpip.referrals.intake;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oxpip.referrals.monitoring.Monitoring;
import org.oxpip.referrals.referral.Concern;
import org.oxpip.referrals.referral.SourceType;

/**
 * A referral as a partner agency or a member of staff submits it (docs/design.md, the public contract).
 * Field constraints are here; rules that need more than one field are in {@link IntakeRules}.
 */
@Schema(
        name = "NewReferral",
        description = "A new referral. Partners never send their agency: it comes from the token.")
public record NewReferral(
        @Valid @Schema(description = "Who referred; may be left out for a SELF referral")
        Referrer referrer,

        @NotNull @Size(min = 1, max = 2, message = "must name one or two parents")
        List<@NotNull @Valid Parent> parents,

        @NotNull @Valid Baby baby,
        @NotEmpty @Size(max = 7) List<@NotNull Concern> concerns,

        @Size(max = 4000) @Schema(description = "Free text about the family's situation")
        String details,

        @NotNull @Valid Consent consent,

        @Size(max = 64)
        @Pattern(regexp = "[A-Z0-9_]+", message = "must be upper-case letters, digits and _")
        @Schema(example = "DIDCOT_POWERHOUSE")
        String fundingStream,

        @Schema(
                description =
                        "Staff only (clinician, admin): how the referral came in. Partners' is their referrer role.")
        SourceType sourceType,

        @Schema(
                description =
                        "Staff only: the real date the referral was received (default today; never in the future)")
        LocalDate receivedOn) {

    static final String PHONE = "\\+?[0-9 ()\\-]{6,20}";

    @Schema(name = "NewReferrer")
    public record Referrer(
            @NotBlank @Size(max = 200) String name,
            @NotNull @Schema(example = "HEALTH_VISITOR") SourceType role,
            @Size(max = 200) String organisation,
            @Email @Size(max = 254) String email,

            @Size(max = 20) @Pattern(regexp = PHONE, message = "must be a telephone number")
            String phone) {}

    @Schema(name = "NewParent")
    public record Parent(
            @NotBlank @Size(max = 100) String givenName,
            @NotBlank @Size(max = 100) String familyName,
            @NotNull @Schema(example = "1993-04-02") LocalDate dateOfBirth,

            @Size(max = 12)
            @Schema(example = "9434765919", description = "Optional; checked with its modulus-11 check digit")
            String nhsNumber,

            @NotBlank @Size(max = 10) @Schema(example = "OX11 7HJ")
            String postcode,

            @Size(max = 20) @Pattern(regexp = PHONE, message = "must be a telephone number")
            String phone,

            @Email @Size(max = 254) String email,

            @Valid
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(
                    nullable = true,
                    description = "Optional equality monitoring (category codes only); partners may send it, staff "
                            + "may add or correct it later")
            Monitoring monitoring) {

        @JsonCreator
        public Parent {}

        /** A parent without monitoring answers (all NOT_ASKED), as the import and older clients give one. */
        public Parent(
                String givenName,
                String familyName,
                LocalDate dateOfBirth,
                String nhsNumber,
                String postcode,
                String phone,
                String email) {
            this(givenName, familyName, dateOfBirth, nhsNumber, postcode, phone, email, null);
        }
    }

    @Schema(name = "NewBaby", description = "Exactly one of dateOfBirth (born) or dueDate (pregnancy)")
    public record Baby(LocalDate dateOfBirth, LocalDate dueDate) {}

    @Schema(name = "NewConsent")
    public record Consent(
            @NotNull @Schema(description = "The parent agreed to the referral: must be true")
            Boolean given,

            @NotNull LocalDate date) {}
}
