package org.oxpip.platform.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * FHIR R4 at a service's edge (issue 21): the one FhirContext of the service (building one scans every resource
 * class, so it is made once), the media type, and the JSON answer. A plain class, not a bean: only a service that
 * declares hapi-fhir-structures-r4 uses it, and the platform's Jandex index must not make every service load HAPI.
 */
public final class Fhir {

    /** The FHIR JSON media type (FHIR R4, http.html#mime), as a constant annotations can use. */
    public static final String JSON = "application/fhir+json";

    public static final MediaType MEDIA_TYPE = MediaType.valueOf(JSON);

    /** FHIR version this platform speaks. */
    public static final String VERSION = "4.0.1";

    private static final FhirContext CONTEXT = FhirContext.forR4Cached();

    private Fhir() {}

    public static FhirContext context() {
        return CONTEXT;
    }

    /** A resource as FHIR JSON; the parser is cheap and not thread-safe, so one per call. */
    public static String json(IBaseResource resource) {
        IParser parser = CONTEXT.newJsonParser();
        return parser.encodeResourceToString(resource);
    }

    /** 200 with the resource as application/fhir+json. */
    public static Response ok(IBaseResource resource) {
        return Response.ok(json(resource), MEDIA_TYPE).build();
    }
}
