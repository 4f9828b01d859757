package org.oxpip.platform.app;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.IntStream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oxpip.platform.paging.Page;
import org.oxpip.platform.paging.PageParams;
import org.oxpip.platform.paging.PageRequest;
import org.oxpip.platform.security.Caller;
import org.oxpip.platform.security.Callers;
import org.oxpip.platform.security.Roles;
import org.oxpip.platform.versions.Versions;

/** A resource of the kind the services have, with none of the edge handling written in it. */
@Tag(name = "Things")
@Path("/things")
@Produces(MediaType.APPLICATION_JSON)
public class ThingsResource {

    public enum Colour {
        RED,
        GREEN
    }

    /** What a caller sees depends on who it is, as a service's staff and partner views of one record. */
    @Schema(
            name = "Seen",
            oneOf = {Thing.class, Mood.class})
    public sealed interface Seen permits Thing, Mood {}

    public record Thing(
            @NotBlank String name, int count, boolean given, Colour colour, List<Number> answers, String notes)
            implements Seen {}

    /** A thing's mood: an enum written inline, and null when nobody said. */
    public record Mood(
            @Schema(enumeration = {"CALM", "CROSS"}) String mood, long asked) implements Seen {}

    /** The stored thing is at version 3. */
    static final int CURRENT_VERSION = 3;

    @Inject
    Callers callers;

    @POST
    @RolesAllowed(Roles.CLINICIAN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Thing create(@Valid Thing thing) {
        return thing;
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.CLINICIAN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response change(@PathParam("id") int id, @HeaderParam("If-Match") String ifMatch, @Valid Thing thing) {
        Versions.requireCurrent(CURRENT_VERSION, Versions.fromIfMatch(ifMatch));
        return Response.ok(thing).tag(Versions.etag(CURRENT_VERSION + 1)).build();
    }

    @GET
    @RolesAllowed({Roles.CLINICIAN, Roles.FUNDER})
    public Page<String> list(@BeanParam PageParams paging) {
        PageRequest request = paging.request();
        List<String> all = IntStream.range(0, 45).mapToObj(i -> "thing-" + i).toList();
        int from = (int) Math.min(request.offset(), all.size());
        return Page.of(all.subList(from, Math.min(from + request.size(), all.size())), request, all.size());
    }

    @GET
    @Path("/me")
    @Tag(name = "Who is calling")
    @RolesAllowed({Roles.CLINICIAN, Roles.FUNDER, Roles.REFERRER, Roles.REFERRAL_READER})
    public Caller me() {
        return callers.current();
    }

    @GET
    @Path("/mood")
    @RolesAllowed(Roles.CLINICIAN)
    public Mood mood() {
        return new Mood(null, 1);
    }

    @GET
    @Path("/seen")
    @RolesAllowed({Roles.CLINICIAN, Roles.FUNDER})
    public Seen seen() {
        return new Mood("CALM", 2);
    }

    @GET
    @Path("/public")
    @PermitAll
    public String open() {
        return "\"open\"";
    }

    @POST
    @Path("/raced")
    @RolesAllowed(Roles.CLINICIAN)
    public void raced() {
        throw new OptimisticLockException("row 17 was changed by clinician-b");
    }

    @GET
    @Path("/outage")
    @RolesAllowed(Roles.CLINICIAN)
    public String outage() {
        throw new IllegalStateException(
                "query failed", new SQLException("Connection to 10.1.2.3:5432 refused", "08001"));
    }

    @GET
    @Path("/bug")
    @RolesAllowed(Roles.CLINICIAN)
    public String bug() {
        throw new IllegalStateException("Jane Doe, NHS number 943 476 5919");
    }
}
