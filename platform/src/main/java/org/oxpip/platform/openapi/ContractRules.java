package org.oxpip.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.jboss.jandex.IndexView;

/**
 * The rules every OxPIP document follows, so that partners' tools (openapi-generator, openapi-typescript,
 * redocly, spectral) take all three alike: the project's licence with its SPDX identifier
 * ({@link ProjectLicense}), a description for every tag ({@link TagDescriptions}), one nullability rule
 * ({@link NullableFields}), alternatives a generator can read ({@link #filterSchema}), and no schema that
 * nothing uses ({@link UnusedSchemas}). It runs after
 * {@link CommonResponses}, whose Problem schema is then a response schema like any other. Quarkus hands
 * it the application's index, from which {@link NeverNull} learns which properties are Java primitives.
 * The servers are configuration ({@code quarkus.smallrye-openapi.servers}, read at run time), not this
 * filter's business.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD, priority = ContractRules.PRIORITY)
public class ContractRules implements OASFilter {

    /** Lower than {@link CommonResponses#PRIORITY}: Quarkus runs the filters in descending priority. */
    static final int PRIORITY = 10;

    private final NeverNull neverNull;

    public ContractRules() {
        this(NeverNull.none());
    }

    /** The constructor SmallRye uses when a filter takes the index. */
    public ContractRules(IndexView index) {
        this(NeverNull.from(index));
    }

    ContractRules(NeverNull neverNull) {
        this.neverNull = neverNull;
    }

    /**
     * A {@code oneOf} without a discriminator is published as {@code anyOf}. Our alternatives are views
     * of one record for different callers (staff get a Referral, a partner agency a PartnerReferral, which
     * forbids other properties): a validator finds exactly one that fits either way, but a client
     * generator cannot tell them apart without a discriminator, and openapi-generator's Java client
     * refused every answer ("2 classes match"). With {@code anyOf} it takes the first that reads (the
     * partner's view), and a validator checks the answer as strictly as long as the views exclude each
     * other.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getOneOf() != null && schema.getDiscriminator() == null) {
            List<Schema> alternatives = new ArrayList<>(schema.getOneOf());
            schema.setOneOf(null);
            alternatives.forEach(schema::addAnyOf);
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ProjectLicense.setOn(openAPI);
        TagDescriptions.from(ConfigProvider.getConfig()).describe(openAPI);
        NullableFields.apply(openAPI, neverNull);
        UnusedSchemas.removeFrom(openAPI);
    }
}
