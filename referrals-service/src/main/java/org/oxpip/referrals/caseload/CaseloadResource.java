package org.oxpip.referrals.caseload;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oxpip.platform.problem.Problem;
import org.oxpip.platform.problem.Problem.FieldError;
import org.oxpip.platform.problem.ProblemException;
import org.oxpip.platform.security.Callers;
import org.oxpip.platform.security.Roles;
import org.oxpip.referrals.audit.AuditLog;
import org.oxpip.referrals.caseload.Caseload.ClinicianCaseload;

@Path("/api/v1/caseload")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Caseload")
public class CaseloadResource {

    @Inject
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Transactional
    @Operation(
            summary = "Each clinician's caseload in a period",
            description = "Roles: manager, admin (never a funder or a partner agency). Per allocated therapist "
                    + "(the referral's allocatedTherapist, null for unallocated episodes): the episodes open at any "
                    + "time from `from` to `to` (both included) and the sessions dated in it, by attendance. Exact "
                    + "counts: staff only, no disclosure control. Clinicians ordered by name, unallocated last.")
    @APIResponse(
            responseCode = "200",
            description = "The caseload",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Caseload.class)))
    @APIResponse(
            responseCode = "400",
            description = "from or to missing or not a date (YYYY-MM-DD), or from after to",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    public Caseload caseload(
            @Parameter(required = true, description = "First day of the period, YYYY-MM-DD") @QueryParam("from")
                    String fromParam,
            @Parameter(required = true, description = "Last day of the period, YYYY-MM-DD") @QueryParam("to")
                    String toParam) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate from = date("from", fromParam, errors);
        LocalDate to = date("to", toParam, errors);
        if (errors.isEmpty() && from.isAfter(to)) {
            errors.add(new FieldError("from", "must not be after to"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        audit.record(callers.current(), AuditLog.Action.CASELOAD, null);
        Map<String, long[]> counts = new TreeMap<>(Comparator.nullsLast(String::compareTo));
        for (Object[] row : rows(
                "SELECT allocated_therapist, count(*) FROM referral WHERE accepted_on IS NOT NULL AND accepted_on <= ?2 "
                        + "AND (closed_on IS NULL OR closed_on >= ?1) GROUP BY allocated_therapist",
                from,
                to)) {
            counts.computeIfAbsent((String) row[0], k -> new long[6])[0] = ((Number) row[1]).longValue();
        }
        for (Object[] row : rows(
                "SELECT r.allocated_therapist, "
                        + "count(*), "
                        + "count(*) FILTER (WHERE s.attendance = 'ATTENDED'), "
                        + "count(*) FILTER (WHERE s.attendance = 'DID_NOT_ATTEND'), "
                        + "count(*) FILTER (WHERE s.attendance = 'CANCELLED_BY_FAMILY'), "
                        + "count(*) FILTER (WHERE s.attendance = 'CANCELLED_BY_SERVICE') "
                        + "FROM therapy_session s JOIN referral r ON r.id = s.referral_id "
                        + "WHERE NOT s.deleted AND s.session_date BETWEEN ?1 AND ?2 GROUP BY r.allocated_therapist",
                from,
                to)) {
            long[] c = counts.computeIfAbsent((String) row[0], k -> new long[6]);
            for (int i = 1; i <= 5; i++) {
                c[i] = ((Number) row[i]).longValue();
            }
        }
        List<ClinicianCaseload> clinicians = counts.entrySet().stream()
                .map(e -> new ClinicianCaseload(
                        e.getKey(),
                        e.getValue()[0],
                        e.getValue()[1],
                        e.getValue()[2],
                        e.getValue()[3],
                        e.getValue()[4],
                        e.getValue()[5]))
                .toList();
        return new Caseload(from, to, clinicians);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, LocalDate from, LocalDate to) {
        return em.createNativeQuery(sql)
                .setParameter(1, from)
                .setParameter(2, to)
                .getResultList();
    }

    private static LocalDate date(String name, String raw, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            errors.add(new FieldError(name, "is required (YYYY-MM-DD)"));
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "must be a date (YYYY-MM-DD)"));
            return null;
        }
    }
}
