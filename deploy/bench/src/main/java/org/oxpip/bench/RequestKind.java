package org.oxpip.bench;

/** The kinds of request in the mixed load, each with the status a success has and its row label in RESULTS.md. */
enum RequestKind {
    INTAKE(201, "intake: `POST /referrals` (partner)"),
    LIST(200, "`GET /referrals?status=ACCEPTED` (clinician)"),
    DETAIL(200, "`GET /referrals/{id}` (clinician)"),
    MEASURE(201, "measure: `POST /assessments` (clinician)"),
    OUTCOMES(200, "`GET /referrals/{id}/outcomes` or `/assessments` (clinician)"),
    ALERTS(200, "`GET /alerts` (clinician)"),
    SUMMARY(200, "`GET /reports/summary`, this year (manager)"),
    TREND(200, "`GET /reports/trend`, quarters of two years (manager)");

    final int expected;
    final String label;

    RequestKind(int expected, String label) {
        this.expected = expected;
        this.label = label;
    }
}
