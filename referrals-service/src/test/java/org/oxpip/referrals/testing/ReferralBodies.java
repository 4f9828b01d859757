package org.oxpip.referrals.testing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Request bodies for tests: made-up people, dates relative to today so they stay valid. */
public final class ReferralBodies {

    public static final String GIVEN_NAME = "Zebedee";
    public static final String FAMILY_NAME = "Quillfeather";
    public static final String NHS_NUMBER = "9434765919";
    public static final String POSTCODE = "OX11 7HJ";
    public static final String PHONE = "07700 900123";

    private ReferralBodies() {}

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    /** A valid partner referral; each call gives a fresh, mutable copy. */
    public static Map<String, Object> partner() {
        Map<String, Object> body = new HashMap<>();
        body.put(
                "referrer",
                new HashMap<>(Map.of(
                        "name",
                        "Sam Visitor",
                        "role",
                        "HEALTH_VISITOR",
                        "organisation",
                        "Didcot Health Visiting",
                        "email",
                        "sam.visitor@nhs.example",
                        "phone",
                        "01235 000000")));
        body.put("parents", new ArrayList<>(List.of(parent(GIVEN_NAME, FAMILY_NAME, NHS_NUMBER))));
        body.put(
                "baby",
                new HashMap<>(Map.of("dateOfBirth", today().minusMonths(3).toString())));
        body.put("concerns", new ArrayList<>(List.of("LOW_MOOD", "BONDING_DIFFICULTY")));
        body.put("details", "Struggling since the birth; " + GIVEN_NAME + " asked for help.");
        body.put(
                "consent",
                new HashMap<>(Map.of("given", true, "date", today().minusDays(1).toString())));
        body.put("fundingStream", "DIDCOT_POWERHOUSE");
        return body;
    }

    /** A valid staff-entered self-referral. */
    public static Map<String, Object> staffSelfReferral(LocalDate receivedOn) {
        Map<String, Object> body = partner();
        body.remove("referrer");
        body.put("sourceType", "SELF");
        body.put("receivedOn", receivedOn.toString());
        body.put("consent", new HashMap<>(Map.of("given", true, "date", receivedOn.toString())));
        body.put(
                "baby",
                new HashMap<>(Map.of("dateOfBirth", receivedOn.minusMonths(2).toString())));
        return body;
    }

    public static Map<String, Object> parent(String given, String family, String nhs) {
        Map<String, Object> parent = new HashMap<>();
        parent.put("givenName", given);
        parent.put("familyName", family);
        parent.put("dateOfBirth", "1993-04-02");
        if (nhs != null) {
            parent.put("nhsNumber", nhs);
        }
        parent.put("postcode", POSTCODE);
        parent.put("phone", PHONE);
        parent.put("email", "parent@example.org");
        return parent;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> firstParent(Map<String, Object> body) {
        return ((List<Map<String, Object>>) body.get("parents")).get(0);
    }
}
