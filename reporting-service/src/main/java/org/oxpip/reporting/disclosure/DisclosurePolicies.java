package org.oxpip.reporting.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import org.oxpip.platform.security.Caller;
import org.oxpip.platform.security.Roles;

/** Chooses the policy for a reader: managers see exact figures, funders (and anything for publication) don't. */
@ApplicationScoped
public class DisclosurePolicies {

    private final DisclosurePolicy published;

    DisclosurePolicies(DisclosureSettings settings) {
        this.published = settings.policy() == DisclosureSettings.Policy.NHS_ENGLAND
                ? new NhsEnglandRounding()
                : new SmallNumberSuppression();
    }

    public DisclosurePolicy forReader(Caller caller, boolean forPublication) {
        boolean manager = caller.roles().contains(Roles.MANAGER);
        return manager && !forPublication ? new ExactFigures() : published;
    }
}
