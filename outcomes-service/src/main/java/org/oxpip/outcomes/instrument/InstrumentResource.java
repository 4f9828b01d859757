package org.oxpip.outcomes.instrument;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oxpip.platform.problem.Problem;
import org.oxpip.platform.problem.ProblemException;
import org.oxpip.platform.security.Roles;

/**
 * Publishes the catalogue: the frontend draws the forms from it, and reporting-service reads the outcome
 * rules from it (direction, caseness, reliable change, meaningful change), so that the figures it counts in
 * SQL follow the one catalogue the family's outcomes here follow (docs/design.md, outcome definitions).
 */
@Path("/api/v1/instruments")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Instruments")
public class InstrumentResource {

    @Inject
    InstrumentCatalogue catalogue;

    @GET
    @RolesAllowed({Roles.CLINICIAN, Roles.MANAGER, Roles.ADMIN, Roles.FEED_READER})
    @Operation(
            operationId = "listInstruments",
            summary = "The instrument catalogue",
            description = "Roles: clinician, manager, admin, feed-reader. The feed reader is reporting-service's"
                    + " service account: it reads each instrument's outcome rules here (direction, caseness,"
                    + " reliableChange, meaningfulChange) on the schedule of its feeds, and counts the funders'"
                    + " figures with exactly these, so a threshold is changed in this catalogue and nowhere else.")
    @APIResponse(responseCode = "200", description = "Every instrument with its items, bands and thresholds")
    public List<Instrument> list() {
        return catalogue.all();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.CLINICIAN, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "readInstrument",
            summary = "One instrument",
            description = "Roles: clinician, manager, admin. Codes: PHQ9, GAD7, EPDS, PIRGAS, SATISFACTION.")
    @APIResponse(responseCode = "200", description = "The instrument")
    @APIResponse(
            responseCode = "404",
            description = "No instrument with that code",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    public Instrument get(@PathParam("code") String code) {
        return catalogue.find(code).orElseThrow(ProblemException::notFound);
    }
}
