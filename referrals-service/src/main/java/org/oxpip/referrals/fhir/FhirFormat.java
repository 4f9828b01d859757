package org.oxpip.referrals.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import jakarta.enterprise.context.ApplicationScoped;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * FHIR R4 JSON in and out, with HAPI FHIR. The context is this bean's own, made once (it scans the R4
 * model, which takes seconds) and shared: HAPI documents it as thread-safe. It is not HAPI's JVM-wide cached
 * one, so that its strict error handler changes nobody else's. Parsers are cheap and not thread-safe, so each
 * call makes its own. Reading is strict: an element R4 does not define is refused, not dropped.
 */
@ApplicationScoped
public class FhirFormat {

    public static final String JSON = "application/fhir+json";

    private final FhirContext context;

    public FhirFormat() {
        context = FhirContext.forR4();
        context.setParserErrorHandler(new StrictErrorHandler());
    }

    public FhirContext context() {
        return context;
    }

    public <T extends IBaseResource> T read(Class<T> type, String json) {
        return parser().parseResource(type, json);
    }

    public IBaseResource read(String json) {
        return parser().parseResource(json);
    }

    public String write(IBaseResource resource) {
        return parser().encodeResourceToString(resource);
    }

    private IParser parser() {
        return context.newJsonParser().setPrettyPrint(false);
    }
}
