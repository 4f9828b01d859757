package org.oxpip.stack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Three years of an invented charity, 2022 to 2024: twenty families a year, referred from several partner
 * agencies and by themselves, some declined or redirected, the rest through waiting and therapy to the end,
 * with PHQ-9, GAD-7, EPDS and PIRGAS at the start and the end. Most improve, some barely, one family
 * deteriorates and one raises a risk alert; the satisfaction answers are mostly "very good". Each family in
 * therapy has its sessions (fortnightly, a few missed or cancelled by either side) and most parents answered the
 * equality-monitoring questions (some preferred not to say, one family was not asked).
 *
 * <p>Every date is fixed (not relative to today), so the reports for 2022, 2023 and 2024 stay the same
 * whenever the data is loaded, and loading again sends identical referrals under the same Idempotency-Keys.
 * Pure data: {@link DemoData} sends it through the public APIs.
 */
public final class DemoHistory {

    static final int FIRST_YEAR = 2022;
    static final int YEARS = 3;
    static final int FAMILIES_A_YEAR = 20;
    /** Numbered after the few current demo referrals, so their Idempotency-Keys never meet. */
    static final int FIRST_NUMBER = 101;

    /** How an episode ends. */
    public enum Path {
        DECLINED,
        REDIRECTED,
        DID_NOT_ENGAGE,
        COMPLETED
    }

    /** A therapy session as the sessions API takes it. */
    public record Session(LocalDate date, String kind, String attendance) {}

    /** One parent's equality-monitoring answers (null: not asked, left out of the request). */
    public record Monitoring(
            String ethnicGroup,
            String relationshipToBaby,
            String firstTimeParent,
            String disability,
            String needsInterpreter) {}

    /** Totals at the start and the end of therapy; null where the measure was not used. */
    public record Scores(int[] phq9, int[] gad7, int[] epds, int[] pirgas) {}

    public record Family(
            int number,
            LocalDate receivedOn,
            String sourceType,
            String postcode,
            boolean pregnant,
            String fundingStream,
            Path path,
            Scores parent1,
            Scores parent2,
            boolean riskAtBaseline,
            Integer satisfaction) {

        LocalDate acceptedOn() {
            return receivedOn.plusDays(7);
        }

        LocalDate waitingOn() {
            return receivedOn.plusDays(10);
        }

        /** Three to seven weeks after the referral arrived. */
        LocalDate firstSessionOn() {
            return receivedOn.plusDays(24 + 4L * ((number - FIRST_NUMBER) % 7));
        }

        /** The end measures, a little over five months into therapy. */
        LocalDate endOn() {
            return firstSessionOn().plusDays(140 + 5L * ((number - FIRST_NUMBER) % 6));
        }

        LocalDate closedOn() {
            return path == Path.DID_NOT_ENGAGE ? firstSessionOn().plusDays(40) : endOn().plusDays(3);
        }

        /**
         * Fortnightly from the first session (an assessment, attended) to the end of therapy, the last a review;
         * now and then one missed without notice or cancelled by the family or the service. A family that did not
         * engage came to the first and missed the next two. Every session is on or before the closing date.
         */
        public List<Session> sessions() {
            List<Session> sessions = new ArrayList<>();
            if (path == Path.DID_NOT_ENGAGE) {
                sessions.add(new Session(firstSessionOn(), "ASSESSMENT", "ATTENDED"));
                sessions.add(new Session(firstSessionOn().plusDays(14), "PARENT_INFANT", "DID_NOT_ATTEND"));
                sessions.add(new Session(firstSessionOn().plusDays(28), "PARENT_INFANT", "DID_NOT_ATTEND"));
                return sessions;
            }
            if (path != Path.COMPLETED) {
                return sessions;
            }
            int seed = number - FIRST_NUMBER;
            LocalDate on = firstSessionOn();
            for (int i = 0; !on.isAfter(endOn()); i++, on = on.plusDays(14)) {
                String kind = i == 0 ? "ASSESSMENT" : on.plusDays(14).isAfter(endOn()) ? "REVIEW" : "PARENT_INFANT";
                String attendance = "ATTENDED";
                if (i > 0 && !kind.equals("REVIEW")) {
                    int turn = (i + seed) % 11;
                    attendance = turn == 3
                            ? "DID_NOT_ATTEND"
                            : turn == 7 ? "CANCELLED_BY_FAMILY" : turn == 9 ? "CANCELLED_BY_SERVICE" : "ATTENDED";
                }
                sessions.add(new Session(on, kind, attendance));
            }
            return sessions;
        }

        /** The first parent's answers; null where the family was not asked. */
        Monitoring monitoring1() {
            int k = (number - FIRST_NUMBER) % FAMILIES_A_YEAR;
            if (k == 15) {
                return null;
            }
            String ethnicGroup = k == 4
                    ? "PREFER_NOT_TO_SAY"
                    : switch (k % 10) {
                        case 3 -> "ASIAN_PAKISTANI";
                        case 7 -> "WHITE_OTHER";
                        case 9 -> "BLACK_AFRICAN";
                        case 2 ->
                            k == 12 ? "MIXED_WHITE_AND_BLACK_CARIBBEAN" : "WHITE_ENGLISH_WELSH_SCOTTISH_NI_BRITISH";
                        default -> "WHITE_ENGLISH_WELSH_SCOTTISH_NI_BRITISH";
                    };
            return new Monitoring(
                    ethnicGroup,
                    "BIRTH_MOTHER",
                    k % 3 == 0 ? "NO" : "YES",
                    k % 8 == 5 ? "YES" : k == 14 ? "PREFER_NOT_TO_SAY" : "NO",
                    k == 3 ? "YES" : "NO");
        }

        /** The second parent's answers, where there is a second parent. */
        Monitoring monitoring2() {
            int k = (number - FIRST_NUMBER) % FAMILIES_A_YEAR;
            return new Monitoring(
                    "WHITE_ENGLISH_WELSH_SCOTTISH_NI_BRITISH", k % 8 == 2 ? "FATHER" : "PARTNER", "NO", "NO", "NO");
        }

        /** Declined or redirected a few days after it arrived. */
        LocalDate decidedOn() {
            return receivedOn.plusDays(path == Path.DECLINED ? 6 : 5);
        }
    }

    private static final String[] SOURCES = {
        "HEALTH_VISITOR", "MIDWIFE", "GP", "PERINATAL_MENTAL_HEALTH", "SELF",
        "HEALTH_VISITOR", "SOCIAL_CARE", "MIDWIFE", "HEALTH_VISITOR", "GP"
    };
    private static final String[] POSTCODES = {
        "OX11 7HJ", "OX11 9BN", "OX10 8BA", "OX11 0RL", "OX12 9QD",
        "OX14 3PX", "OX11 8QT", "OX13 6AB", "OX11 7LW", "OX10 0DQ"
    };

    private DemoHistory() {}

    public static List<Family> families() {
        List<Family> families = new ArrayList<>();
        for (int year = 0; year < YEARS; year++) {
            for (int k = 0; k < FAMILIES_A_YEAR; k++) {
                families.add(family(year, k));
            }
        }
        return families;
    }

    private static Family family(int year, int k) {
        int number = FIRST_NUMBER + year * FAMILIES_A_YEAR + k;
        LocalDate received = LocalDate.of(FIRST_YEAR + year, 1, 10).plusDays(17L * k);
        Path path = k == 3 ? Path.DECLINED : k == 11 ? Path.REDIRECTED : k == 16 ? Path.DID_NOT_ENGAGE : Path.COMPLETED;
        boolean treated = path == Path.COMPLETED || path == Path.DID_NOT_ENGAGE;
        boolean deteriorates = year == 1 && k == 9;
        return new Family(
                number,
                received,
                SOURCES[k % 10],
                POSTCODES[k % 10],
                k % 5 == 1,
                k % 10 == 6 ? "SOUTH_OXON_FAMILIES" : "DIDCOT_POWERHOUSE",
                path,
                treated ? parent1(k, deteriorates) : null,
                treated && k % 4 == 2 ? new Scores(new int[] {10, 6}, new int[] {8, 5}, null, null) : null,
                year == 0 && k == 5,
                path == Path.COMPLETED ? satisfaction(year, k, deteriorates) : null);
    }

    private static Scores parent1(int k, boolean deteriorates) {
        boolean epds = k % 3 == 0;
        if (deteriorates) {
            return new Scores(
                    new int[] {8, 15}, new int[] {7, 12}, epds ? new int[] {10, 16} : null, new int[] {55, 42});
        }
        if (k == 13) { // no real change
            return new Scores(new int[] {9, 9}, new int[] {6, 6}, epds ? new int[] {11, 11} : null, new int[] {50, 52});
        }
        if (k == 17) { // a little better, still at caseness at the end
            return new Scores(
                    new int[] {14, 10}, new int[] {10, 8}, epds ? new int[] {14, 13} : null, new int[] {40, 46});
        }
        if (k == 5) { // better, but not reliably
            return new Scores(
                    new int[] {11, 8}, new int[] {9, 7}, epds ? new int[] {14, 11} : null, new int[] {48, 55});
        }
        return new Scores(
                new int[] {13 + k % 5, 5 + k % 3},
                new int[] {11 + k % 4, 4 + k % 3},
                epds ? new int[] {15, 8} : null,
                new int[] {38 + k % 7, 65 + k % 9});
    }

    /** Friends and Family Test: 1 very good, 2 good, 3 neither, 4 poor, 6 don't know. */
    private static int satisfaction(int year, int k, boolean deteriorates) {
        if (deteriorates) {
            return 4;
        }
        if (k == 13) {
            return 3;
        }
        if (year == 2 && k == 5) {
            return 6;
        }
        return k % 7 == 0 ? 2 : 1;
    }

    /**
     * Item answers adding up to {@code total}: each item 0 to {@code max}, filled from the first, so the
     * last item of PHQ-9 (self-harm) and of EPDS stays 0 unless {@code riskItemLast} puts a 1 there.
     */
    static int[] answers(int total, int items, int max, boolean riskItemLast) {
        int[] answers = new int[items];
        int left = total;
        if (riskItemLast) {
            answers[items - 1] = 1;
            left--;
        }
        for (int i = 0; i < items - 1 && left > 0; i++) {
            answers[i] = Math.min(max, left);
            left -= answers[i];
        }
        if (left != 0) {
            throw new IllegalArgumentException("a total of " + total + " does not fit " + items + " items");
        }
        return answers;
    }
}
