package org.oxpip.reporting.report;

/** Examples for the OpenAPI document: the figures of the hand-computed test cohort (CohortReportTest), 2024. */
final class ReportExamples {

    static final String SUMMARY = """
            {"from": "2024-01-01", "to": "2024-12-31", "fundingStream": null, "fundingStreams": null, "area": null,
             "dataAsOf": "2025-03-01T09:30:00Z", "disclosure": "none",
             "referrals": {
               "received": {"value": 26, "suppressed": false},
               "bySourceType": [
                 {"category": "HEALTH_VISITOR", "count": {"value": 12, "suppressed": false}},
                 {"category": "MIDWIFE", "count": {"value": 5, "suppressed": false}},
                 {"category": "GP", "count": {"value": 3, "suppressed": false}},
                 {"category": "PERINATAL_MENTAL_HEALTH", "count": {"value": 4, "suppressed": false}},
                 {"category": "SOCIAL_CARE", "count": {"value": 0, "suppressed": false}},
                 {"category": "OTHER", "count": {"value": 0, "suppressed": false}},
                 {"category": "SELF", "count": {"value": 2, "suppressed": false}}],
               "byArea": [
                 {"category": "OX10", "count": {"value": 6, "suppressed": false}},
                 {"category": "OX11", "count": {"value": 18, "suppressed": false}},
                 {"category": "OX4", "count": {"value": 2, "suppressed": false}}],
               "accepted": {"numerator": 20, "denominator": 26, "percent": 76.9, "suppressed": false},
               "declined": {"numerator": 3, "denominator": 26, "percent": 11.5, "suppressed": false},
               "redirected": {"numerator": 2, "denominator": 26, "percent": 7.7, "suppressed": false},
               "eligible": {"numerator": 23, "denominator": 26, "percent": 88.5, "suppressed": false},
               "triage": [
                 {"category": "ACCEPTED", "count": {"value": 20, "suppressed": false}},
                 {"category": "DECLINED", "count": {"value": 3, "suppressed": false}},
                 {"category": "REDIRECTED", "count": {"value": 2, "suppressed": false}},
                 {"category": "PENDING", "count": {"value": 1, "suppressed": false}}]},
             "waiting": {"firstSessions": {"value": 22, "suppressed": false}, "medianDays": 38.5, "p90Days": 82.6,
               "suppressed": false},
             "activity": {
               "familiesSeen": {"value": 28, "suppressed": false},
               "episodesClosed": {"value": 24, "suppressed": false},
               "closedByReason": [
                 {"category": "COMPLETED", "count": {"value": 19, "suppressed": false}},
                 {"category": "DID_NOT_ENGAGE", "count": {"value": 2, "suppressed": false}},
                 {"category": "MOVED_AWAY", "count": {"value": 1, "suppressed": false}},
                 {"category": "REFERRED_ON", "count": {"value": 2, "suppressed": false}},
                 {"category": "OTHER", "count": {"value": 0, "suppressed": false}}]},
             "outcomes": {
               "pirgasFamilies": {"value": 20, "suppressed": false},
               "pirgasFamiliesImproved": {"numerator": 17, "denominator": 20, "percent": 85.0, "suppressed": false},
               "pirgasFamiliesMeaningfullyImproved": {"numerator": 12, "denominator": 20, "percent": 60.0,
                 "suppressed": false},
               "pirgasFamiliesReliablyDeteriorated": {"numerator": 1, "denominator": 20, "percent": 5.0,
                 "suppressed": false},
               "parentsMentalHealthImproved": {"numerator": 20, "denominator": 24, "percent": 83.3,
                 "suppressed": false},
               "parentsMentalHealth": {
                 "parents": {"value": 24, "suppressed": false},
                 "improved": {"numerator": 20, "denominator": 24, "percent": 83.3, "suppressed": false},
                 "reliableImprovement": {"numerator": 15, "denominator": 24, "percent": 62.5, "suppressed": false},
                 "reliableDeterioration": {"numerator": 2, "denominator": 24, "percent": 8.3, "suppressed": false},
                 "atCasenessAtBaseline": {"value": 20, "suppressed": false},
                 "recovery": {"numerator": 14, "denominator": 20, "percent": 70.0, "suppressed": false},
                 "reliableRecovery": {"numerator": 11, "denominator": 20, "percent": 55.0, "suppressed": false}},
               "epds": {
                 "parents": {"value": 6, "suppressed": false},
                 "improved": {"numerator": 4, "denominator": 6, "percent": 66.7, "suppressed": false},
                 "reliableImprovement": {"numerator": 2, "denominator": 6, "percent": 33.3, "suppressed": false},
                 "reliableDeterioration": {"numerator": 1, "denominator": 6, "percent": 16.7, "suppressed": false},
                 "atCasenessAtBaseline": {"value": 4, "suppressed": false},
                 "recovery": {"numerator": 3, "denominator": 4, "percent": 75.0, "suppressed": false},
                 "reliableRecovery": {"numerator": 2, "denominator": 4, "percent": 50.0, "suppressed": false}},
               "satisfactionResponses": {"value": 10, "suppressed": false},
               "satisfactionPositive": {"numerator": 8, "denominator": 10, "percent": 80.0, "suppressed": false}},
             "definitions": [
               {"figure": "outcomes.parentsMentalHealth.recovery",
                "definition": "At caseness at baseline, and at caseness at final on neither (PHQ-9 below 10, GAD-7 below 8)",
                "denominator": "outcomes.parentsMentalHealth.atCasenessAtBaseline",
                "source": "referrals-service's referral facts and outcomes-service's assessments (change feeds), as synced by dataAsOf; thresholds from outcomes-service's instrument catalogue. Kroenke K, Spitzer RL, Williams JB. The PHQ-9. ..."}]}""";

    static final String CSV = """
            section,figure,category,value,numerator,denominator,percent,suppressed
            report,from,,2024-01-01,,,,
            report,to,,2024-12-31,,,,
            report,disclosure,,default,,,,
            referrals,received,,26,,,,false
            referrals,bySourceType,GP,,,,,true
            referrals,accepted,,,20,26,76.9,false
            referrals,triage,DECLINED,,,,,true
            outcomes,pirgasFamiliesImproved,,,17,20,85.0,false
            outcomes,parentsMentalHealthImproved,,,20,24,83.3,false
            """;

    static final String TREND = """
            {"from": "2023-01-01", "to": "2024-12-31", "interval": "year", "fundingStream": null, "fundingStreams": null,
             "area": null,
             "dataAsOf": "2025-03-01T09:30:00Z", "disclosure": "none",
             "intervals": [
               {"label": "2023", "from": "2023-01-01", "to": "2023-12-31",
                "pirgasFamiliesImproved": {"numerator": 8, "denominator": 10, "percent": 80.0, "suppressed": false},
                "parentsMentalHealthImproved": {"numerator": 7, "denominator": 10, "percent": 70.0,
                  "suppressed": false}},
               {"label": "2024", "from": "2024-01-01", "to": "2024-12-31",
                "pirgasFamiliesImproved": {"numerator": 17, "denominator": 20, "percent": 85.0, "suppressed": false},
                "parentsMentalHealthImproved": {"numerator": 20, "denominator": 24, "percent": 83.3,
                  "suppressed": false}}]}""";

    private ReportExamples() {}

    static final String NOT_YOURS = """
            {"type": "https://oxpip.org/problems/funding-stream-not-yours", "title": "Forbidden", "status": 403,
             "detail": "A funder may see only the funding streams in its token (claim funding_streams)"}""";

    static final String NO_STREAMS = """
            {"type": "https://oxpip.org/problems/no-funding-streams", "title": "Forbidden", "status": 403,
             "detail": "A funder's token must name the funding streams it funds (claim funding_streams); this one names\
             none. Ask the administrator to set them."}""";

    static final String AREA_NOT_PUBLISHED = """
            {"type": "https://oxpip.org/problems/area-report-not-published", "title": "Forbidden", "status": 403,
             "detail": "A report for one area is published only with exact figures (managers) or under the nhs-england\
             policy: under this disclosure control the whole minus the area would give the other areas' figures. The\
             report without an area lists received by area (referrals.byArea)."}""";
}
