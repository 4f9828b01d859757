package org.oxpip.reporting.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/** Published figures as REST Assured reads them from JSON, to compare whole objects at once. */
public final class Figures {

    private Figures() {}

    public static Map<String, Object> count(int value) {
        Map<String, Object> count = new LinkedHashMap<>();
        count.put("value", value);
        count.put("suppressed", false);
        return count;
    }

    public static Map<String, Object> hiddenCount() {
        Map<String, Object> count = new LinkedHashMap<>();
        count.put("value", null);
        count.put("suppressed", true);
        return count;
    }

    public static Map<String, Object> rate(int numerator, int denominator, float percent) {
        Map<String, Object> rate = new LinkedHashMap<>();
        rate.put("numerator", numerator);
        rate.put("denominator", denominator);
        rate.put("percent", percent);
        rate.put("suppressed", false);
        return rate;
    }

    public static Map<String, Object> hiddenRate() {
        Map<String, Object> rate = new LinkedHashMap<>();
        rate.put("numerator", null);
        rate.put("denominator", null);
        rate.put("percent", null);
        rate.put("suppressed", true);
        return rate;
    }
}
