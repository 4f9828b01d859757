package org.oxpip.referrals.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.oxpip.platform.security.Caller;
import org.oxpip.referrals.audit.AuditLog;
import org.oxpip.referrals.referral.Referral;

/** Referrals as ServiceRequests: read with the JSON API's rules (own agency only, audited). */
@ApplicationScoped
public class FhirReferrals {

    @Inject
    AuditLog audit;

    /** The referral a caller may see; another agency's answers exactly as a missing one. */
    @Transactional
    public ServiceRequest read(UUID id, Caller caller) {
        Referral referral = Referral.findById(id);
        if (referral == null || !referral.visibleTo(caller)) {
            throw FhirProblem.notFound();
        }
        audit.record(caller, AuditLog.Action.READ, referral.id);
        return ServiceRequestWriter.write(referral, caller);
    }

    /** The referral this caller just sent (the intake recorded its creation in the audit log). */
    @Transactional
    public ServiceRequest sent(UUID id, Caller caller) {
        return ServiceRequestWriter.write(Referral.findById(id), caller);
    }
}
