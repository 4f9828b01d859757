package org.oxpip.systemtests;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Made-up families for the system tests; dates relative to today so they stay valid. */
final class Families {

    private Families() {}

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    static Map<String, Object> partnerReferral(String given, String family) {
        return Map.of(
                "referrer", Map.of("name", "Hana Visitor", "role", "HEALTH_VISITOR", "organisation", "Didcot HV team"),
                "parents", List.of(Map.of("givenName", given, "familyName", family, "dateOfBirth", "1992-05-17",
                        "nhsNumber", "9434765919", "postcode", "OX11 8QT", "phone", "07700 900456")),
                "baby", Map.of("dateOfBirth", today().minusMonths(4).toString()),
                "concerns", List.of("ANXIETY", "BIRTH_TRAUMA"),
                "details", "Difficult birth; " + given + " is very anxious.",
                "consent", Map.of("given", true, "date", today().minusDays(2).toString()),
                "fundingStream", "DIDCOT_POWERHOUSE");
    }
}
