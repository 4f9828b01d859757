package org.oxpip.platform.versions;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Two changes raced past the If-Match check and the database's @Version caught the later one: a stale version too. */
public class StaleVersions {

    @ServerExceptionMapper
    public Response staleVersion(OptimisticLockException e) {
        return Versions.stale().problem().toResponse();
    }
}
