package org.oxpip.referrals.fhir;

import java.util.List;
import java.util.Map;
import org.oxpip.referrals.intake.NewReferral;

/**
 * A referral Bundle as the intake reads it: the referral (null when the Bundle could not be read as one),
 * what is wrong with it, the Bundle's identifier (its retry key) and where each of the intake's fields came
 * from, so that the intake's own complaints point at the element that was sent.
 */
public record BundleReading(
        NewReferral referral, List<Issue> issues, String identifier, Map<String, String> elementOfField) {

    /** The FHIRPath of the element a field of the intake came from (its nearest mapped parent, else the Bundle). */
    public String expressionOf(String field) {
        String f = field;
        while (true) {
            String found = elementOfField.get(f);
            if (found != null) {
                return found;
            }
            int cut = Math.max(f.lastIndexOf('.'), f.lastIndexOf('['));
            if (cut <= 0) {
                return "Bundle";
            }
            f = f.substring(0, cut);
        }
    }
}
