package org.oxpip.referrals.intake;

/** Examples for the OpenAPI document: made-up people, a valid test NHS number. */
final class IntakeExamples {

    static final String PARTNER = """
            {"referrer": {"name": "Sam Visitor", "role": "HEALTH_VISITOR", "organisation": "Didcot Health Visiting Team",
                          "email": "sam.visitor@nhs.example", "phone": "01235 000000"},
             "parents": [{"givenName": "Alex", "familyName": "Example", "dateOfBirth": "1993-04-02",
                          "nhsNumber": "9434765919", "postcode": "OX11 7HJ", "phone": "07700 900000",
                          "email": "alex@example.org"}],
             "baby": {"dateOfBirth": "2024-11-02"},
             "concerns": ["LOW_MOOD", "BONDING_DIFFICULTY"],
             "details": "Parent reports low mood since the birth.",
             "consent": {"given": true, "date": "2024-12-01"},
             "fundingStream": "DIDCOT_POWERHOUSE"}
            """;

    private IntakeExamples() {}
}
