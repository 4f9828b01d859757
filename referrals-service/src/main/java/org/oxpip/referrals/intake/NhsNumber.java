package org.oxpip.referrals.intake;

/**
 * NHS number check: ten digits, the last a modulus-11 check digit over the first nine weighted
 * 10..2 (NHS Digital, NHS Number standard / Data Dictionary "NHS NUMBER").
 */
public final class NhsNumber {

    private NhsNumber() {}

    /** Spaces and dashes are how people write it; the number itself is the ten digits. */
    public static String normalise(String raw) {
        return raw == null ? null : raw.replaceAll("[\\s-]", "");
    }

    public static boolean isValid(String raw) {
        String digits = normalise(raw);
        if (digits == null || !digits.matches("\\d{10}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }
}
