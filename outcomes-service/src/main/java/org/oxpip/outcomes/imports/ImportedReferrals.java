package org.oxpip.outcomes.imports;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.oxpip.outcomes.referral.ReferralSnapshot;
import org.oxpip.outcomes.referral.ReferralsUnavailable;

/**
 * Finds the referrals an import of the referrals sheet created, by externalRef, a thousand at a time (the
 * most referrals-service answers in one call). An externalRef it does not know is simply not in the answer.
 */
@ApplicationScoped
public class ImportedReferrals {

    static final int PER_CALL = 1000;

    private final ImportedReferralsClient client;

    ImportedReferrals(@RestClient ImportedReferralsClient client) {
        this.client = client;
    }

    Map<String, ReferralSnapshot> find(List<String> externalRefs) {
        Map<String, ReferralSnapshot> found = new HashMap<>();
        for (int from = 0; from < externalRefs.size(); from += PER_CALL) {
            List<String> part = externalRefs.subList(from, Math.min(externalRefs.size(), from + PER_CALL));
            found.putAll(call(part));
        }
        return found;
    }

    @Timeout(value = 20, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200)
    Map<String, ReferralSnapshot> call(List<String> externalRefs) {
        try {
            ImportedReferralsClient.Response response =
                    client.lookup(new ImportedReferralsClient.Request(List.copyOf(externalRefs)));
            return response == null || response.referrals() == null ? Map.of() : response.referrals();
        } catch (RuntimeException e) {
            throw new ReferralsUnavailable(e);
        }
    }
}
