package org.oxpip.referrals.imports;

import java.util.List;
import java.util.Map;
import org.oxpip.platform.imports.ImportTemplate;

/**
 * The referrals sheet's columns, named exactly as issue 18 and docs/import/README.md give them, and which
 * column each field of the intake API's {@code NewReferral} comes from (so that a rule the API applies to
 * a field is reported against the column it was read from).
 */
final class ReferralColumns {

    static final String SHEET = "referrals";
    static final String EXTERNAL_REF = "externalRef";

    static final List<String> ALL = List.of(
            EXTERNAL_REF,
            "receivedOn",
            "sourceType",
            "referrerOrganisation",
            "parent1GivenName",
            "parent1FamilyName",
            "parent1DateOfBirth",
            "parent1NhsNumber",
            "parent1Postcode",
            "parent2GivenName",
            "parent2FamilyName",
            "parent2DateOfBirth",
            "babyDateOfBirth",
            "babyDueDate",
            "concerns",
            "consentGiven",
            "consentDate",
            "fundingStream",
            "acceptedOn",
            "declinedOn",
            "redirectedOn",
            "waitingOn",
            "firstSessionOn",
            "closedOn",
            "closureReason");

    static final ImportTemplate TEMPLATE = new ImportTemplate(SHEET, ALL, EXTERNAL_REF);

    /** The API's field paths (as its validation reports them) and the column each is read from. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("referrer", "sourceType"),
            Map.entry("referrer.role", "sourceType"),
            Map.entry("referrer.name", "sourceType"),
            Map.entry("referrer.organisation", "referrerOrganisation"),
            Map.entry("sourceType", "sourceType"),
            Map.entry("receivedOn", "receivedOn"),
            Map.entry("parents", "parent1GivenName"),
            Map.entry("parents[0].givenName", "parent1GivenName"),
            Map.entry("parents[0].familyName", "parent1FamilyName"),
            Map.entry("parents[0].dateOfBirth", "parent1DateOfBirth"),
            Map.entry("parents[0].nhsNumber", "parent1NhsNumber"),
            Map.entry("parents[0].postcode", "parent1Postcode"),
            Map.entry("parents[1].givenName", "parent2GivenName"),
            Map.entry("parents[1].familyName", "parent2FamilyName"),
            Map.entry("parents[1].dateOfBirth", "parent2DateOfBirth"),
            // The template has no second postcode: the second parent is taken to live with the first.
            Map.entry("parents[1].postcode", "parent1Postcode"),
            Map.entry("baby", "babyDateOfBirth"),
            Map.entry("baby.dateOfBirth", "babyDateOfBirth"),
            Map.entry("baby.dueDate", "babyDueDate"),
            Map.entry("concerns", "concerns"),
            Map.entry("consent", "consentGiven"),
            Map.entry("consent.given", "consentGiven"),
            Map.entry("consent.date", "consentDate"),
            Map.entry("fundingStream", "fundingStream"));

    private ReferralColumns() {}

    /** The column a field error belongs to; list elements ("concerns[2]") count as their list. */
    static String ofField(String field) {
        String path = field.replaceAll("\\.<[^>]+>", "");
        String column = FIELDS.get(path);
        if (column == null && path.endsWith("]")) {
            column = FIELDS.get(path.substring(0, path.lastIndexOf('[')));
        }
        return column;
    }
}
