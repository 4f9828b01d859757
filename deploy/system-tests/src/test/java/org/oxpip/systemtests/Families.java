package org.oxpip.systemtests;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Made-up families for the system tests. Everybody is invented: names are pseudo-words made for this run,
 * NHS numbers from the 999 test range (with a correct check digit), phone numbers from Ofcom's drama range,
 * addresses at example.org. Every piece of personal data handed out is remembered, so that
 * {@link PrivacySystemTest} can search the logs and the reporting database for it afterwards.
 */
final class Families {

    private static final Random RANDOM = new Random();
    private static final String[] SYLLABLES = {
        "zor", "vel", "quin", "thar", "bex", "lum", "dra", "kiv", "yss", "orn", "pell", "wyx", "mab", "quo", "rith",
        "selv", "jun", "gav"
    };
    private static final String POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
    private static final String REFERRER_PHONE = "01632 960001";
    private static final Set<String> PERSONAL_DATA = ConcurrentHashMap.newKeySet();

    /** One parent's personal data. */
    record Parent(
            String givenName,
            String familyName,
            LocalDate dateOfBirth,
            String nhsNumber,
            String postcode,
            String phone,
            String email) {

        Map<String, Object> json() {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("givenName", givenName);
            p.put("familyName", familyName);
            p.put("dateOfBirth", dateOfBirth.toString());
            p.put("nhsNumber", nhsNumber);
            p.put("postcode", postcode);
            p.put("phone", phone);
            p.put("email", email);
            return p;
        }
    }

    private Families() {}

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    /** A new invented parent living in the given postcode district (e.g. OX11). */
    static Parent parent(String district) {
        String given = word(3);
        String family = word(3) + "-" + word(2);
        String postcode = district + " " + (1 + RANDOM.nextInt(9)) + letter() + letter();
        String phone = String.format("07700 900%03d", RANDOM.nextInt(1000));
        Parent parent = new Parent(
                given,
                family,
                LocalDate.of(1985 + RANDOM.nextInt(15), 1 + RANDOM.nextInt(12), 1 + RANDOM.nextInt(28)),
                nhsNumber(),
                postcode,
                phone,
                given.toLowerCase() + "." + family.toLowerCase() + "@example.org");
        remember(
                given,
                family,
                parent.nhsNumber(),
                postcode,
                postcode.replace(" ", ""),
                phone,
                phone.replace(" ", ""),
                parent.email());
        return parent;
    }

    /** A partner agency's referral of a new family in Didcot (OX11), baby four months old. */
    static Map<String, Object> partnerReferral() {
        Parent parent = parent("OX11");
        return partnerReferral(parent);
    }

    static Map<String, Object> partnerReferral(Parent parent) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("referrer", referrer());
        body.put("parents", List.of(parent.json()));
        body.put("baby", Map.of("dateOfBirth", today().minusMonths(4).toString()));
        body.put("concerns", List.of("ANXIETY", "BIRTH_TRAUMA"));
        body.put("details", "Difficult birth; " + parent.givenName() + " is very anxious.");
        body.put("consent", Map.of("given", true, "date", today().minusDays(2).toString()));
        body.put("fundingStream", "DIDCOT_POWERHOUSE");
        return body;
    }

    /**
     * A referral a clinician enters after the fact (a phone or self-referral), received on {@code receivedOn},
     * baby three months old then.
     */
    static Map<String, Object> staffReferral(
            Parent parent, String sourceType, LocalDate receivedOn, String fundingStream) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (!sourceType.equals("SELF")) {
            body.put("referrer", referrer());
        }
        body.put("sourceType", sourceType);
        body.put("receivedOn", receivedOn.toString());
        body.put("parents", List.of(parent.json()));
        body.put("baby", Map.of("dateOfBirth", receivedOn.minusMonths(3).toString()));
        body.put("concerns", List.of("LOW_MOOD"));
        body.put("details", "Phoned in by " + parent.givenName() + ".");
        body.put("consent", Map.of("given", true, "date", receivedOn.toString()));
        body.put("fundingStream", fundingStream);
        return body;
    }

    private static Map<String, Object> referrer() {
        String name = word(2) + " " + word(3);
        remember(name, REFERRER_PHONE);
        return Map.of(
                "name",
                name,
                "role",
                "HEALTH_VISITOR",
                "organisation",
                "Didcot health visiting team",
                "phone",
                REFERRER_PHONE);
    }

    /** Every name, NHS number, phone number, full postcode and e-mail address handed out in this run. */
    static Set<String> personalData() {
        return Set.copyOf(PERSONAL_DATA);
    }

    static void remember(String... values) {
        PERSONAL_DATA.addAll(List.of(values));
    }

    private static String word(int syllables) {
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            w.append(SYLLABLES[RANDOM.nextInt(SYLLABLES.length)]);
        }
        w.setCharAt(0, Character.toUpperCase(w.charAt(0)));
        return w.toString();
    }

    private static char letter() {
        return POSTCODE_LETTERS.charAt(RANDOM.nextInt(POSTCODE_LETTERS.length()));
    }

    /** A number from the 999 test range whose modulus-11 check digit is right. */
    static String nhsNumber() {
        while (true) {
            List<Integer> digits = new ArrayList<>(List.of(9, 9, 9));
            for (int i = 0; i < 6; i++) {
                digits.add(RANDOM.nextInt(10));
            }
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += digits.get(i) * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 10) {
                continue;
            }
            digits.add(check == 11 ? 0 : check);
            StringBuilder s = new StringBuilder();
            digits.forEach(s::append);
            return s.toString();
        }
    }
}
