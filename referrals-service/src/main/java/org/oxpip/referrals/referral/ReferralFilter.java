package org.oxpip.referrals.referral;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.oxpip.platform.problem.Problem.FieldError;
import org.oxpip.platform.problem.ProblemException;
import org.oxpip.platform.security.Caller;

/**
 * The list's filters and sorting, turned into one query (paging is the platform's). A partner is
 * always held to its own agency.
 */
public class ReferralFilter {

    /** Sortable fields: API name to entity field. */
    private static final Map<String, String> SORTABLE = Map.of(
            "receivedOn",
            "receivedOn",
            "createdAt",
            "createdAt",
            "updatedAt",
            "updatedAt",
            "reference",
            "reference",
            "status",
            "status",
            "area",
            "area");

    // Typed filters arrive as text and are parsed here: JAX-RS would answer a bad one with 404.
    @QueryParam("status")
    public String status;

    @QueryParam("sourceType")
    public String sourceType;

    @QueryParam("agencyId")
    public String agencyId;

    @QueryParam("area")
    public String area;

    @QueryParam("fundingStream")
    public String fundingStream;

    @QueryParam("receivedFrom")
    public String receivedFrom;

    @QueryParam("receivedTo")
    public String receivedTo;

    @QueryParam("eligible")
    public String eligible;

    @QueryParam("q")
    public String reference;

    @QueryParam("sort")
    public String sort;

    /** The HQL condition and its parameters for this caller. */
    record Query(String where, Parameters parameters, Sort sort) {}

    /** Bad filters join {@code errors} (which may already hold bad paging), reported together as one 400. */
    Query toQuery(Caller caller, List<FieldError> errors) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (!caller.isStaff()) {
            where.append(" and agencyId = :ownAgency");
            params.and("ownAgency", caller.agencyId() == null ? "" : caller.agencyId());
        }
        add(where, params, "status", parse("status", status, v -> ReferralStatus.valueOf(v), errors));
        add(where, params, "sourceType", parse("sourceType", sourceType, v -> SourceType.valueOf(v), errors));
        add(where, params, "agencyId", agencyId);
        add(where, params, "area", area == null ? null : area.trim().toUpperCase(Locale.ROOT));
        add(where, params, "fundingStream", fundingStream);
        add(where, params, "eligible", parse("eligible", eligible, ReferralFilter::bool, errors));
        LocalDate from = parse("receivedFrom", receivedFrom, LocalDate::parse, errors);
        LocalDate to = parse("receivedTo", receivedTo, LocalDate::parse, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (from != null) {
            where.append(" and receivedOn >= :receivedFrom");
            params.and("receivedFrom", from);
        }
        if (to != null) {
            where.append(" and receivedOn <= :receivedTo");
            params.and("receivedTo", to);
        }
        if (reference != null && !reference.isBlank()) {
            where.append(" and upper(reference) like :reference");
            params.and(
                    "reference", "%" + reference.trim().toUpperCase(Locale.ROOT).replaceAll("[%_\\\\]", "") + "%");
        }
        return new Query(where.toString(), params, sort());
    }

    private static <T> T parse(String field, String raw, Function<String, T> parser, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return parser.apply(raw.trim());
        } catch (RuntimeException e) {
            errors.add(new FieldError(field, "is not a valid value"));
            return null;
        }
    }

    private static Boolean bool(String raw) {
        return switch (raw) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException();
        };
    }

    private static void add(StringBuilder where, Parameters params, String field, Object value) {
        if (value != null) {
            where.append(" and ").append(field).append(" = :").append(field);
            params.and(field, value);
        }
    }

    /** "receivedOn,desc" (default: newest received first); unknown fields are refused, not ignored. */
    private Sort sort() {
        if (sort == null || sort.isBlank()) {
            return Sort.descending("receivedOn", "createdAt");
        }
        String[] parts = sort.split(",", 2);
        String field = SORTABLE.get(parts[0].trim());
        String direction = parts.length > 1 ? parts[1].trim().toLowerCase(Locale.ROOT) : "asc";
        if (field == null || !(direction.equals("asc") || direction.equals("desc"))) {
            throw ProblemException.invalid("sort", "must be one of " + SORTABLE.keySet() + " with ,asc or ,desc");
        }
        Sort order = direction.equals("desc") ? Sort.descending(field) : Sort.ascending(field);
        return order.and("id");
    }
}
