package org.oxpip.reporting.rules;

/**
 * The catalogue lacks an outcome rule the reports need (or says something no rule can mean): it is not
 * stored, and the rules synced before stay in force. The description names instruments and fields, never
 * values.
 */
public class RulesBreach extends RuntimeException {

    public RulesBreach(String description) {
        super(description, null, false, false);
    }
}
