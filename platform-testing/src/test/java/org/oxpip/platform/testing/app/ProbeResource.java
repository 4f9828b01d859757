package org.oxpip.platform.testing.app;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.oxpip.platform.paging.Page;
import org.oxpip.platform.paging.PageParams;
import org.oxpip.platform.security.Caller;
import org.oxpip.platform.security.Callers;

/** A resource of the kind a service has: one read that needs the database, and who is calling. */
@Path("/probe")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {

    @Inject
    AgroalDataSource database;

    @Inject
    Callers callers;

    @GET
    @RolesAllowed("admin")
    public String serverVersion() throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SHOW server_version_num")) {
            row.next();
            return row.getString(1);
        }
    }

    /** Paging from the platform jar: a @BeanParam class the service did not compile itself. */
    @GET
    @Path("/page")
    @RolesAllowed("admin")
    public Page<String> page(@BeanParam PageParams paging) {
        return Page.of(List.of(), paging.request(), 0);
    }

    public record Note(int count, String text) {}

    /** Strict JSON from the platform jar: its ObjectMapper customizer and reader interceptor. */
    @POST
    @Path("/note")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    public Note note(Note note) {
        return note;
    }

    @GET
    @Path("/caller")
    @RolesAllowed({"admin", "referrer", "funder", "referral-reader"})
    public Caller caller() {
        return callers.current();
    }
}
