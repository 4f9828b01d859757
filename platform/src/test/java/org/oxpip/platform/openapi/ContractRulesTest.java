package org.oxpip.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;

class ContractRulesTest {

    private final ContractRules rules = new ContractRules();

    @Test
    void aOneOfWithoutADiscriminatorShouldBecomeAnAnyOf() {
        Schema seen = OASFactory.createSchema()
                .oneOf(List.of(
                        OASFactory.createSchema().ref("Referral"),
                        OASFactory.createSchema().ref("PartnerReferral")));
        rules.filterSchema(seen);
        assertNull(seen.getOneOf());
        assertEquals(
                List.of("#/components/schemas/Referral", "#/components/schemas/PartnerReferral"),
                seen.getAnyOf().stream().map(Schema::getRef).toList());
    }

    @Test
    void aOneOfWithADiscriminatorShouldStay() {
        Schema chosen = OASFactory.createSchema()
                .oneOf(List.of(
                        OASFactory.createSchema().ref("Cat"),
                        OASFactory.createSchema().ref("Dog")))
                .discriminator(OASFactory.createDiscriminator().propertyName("kind"));
        rules.filterSchema(chosen);
        assertEquals(2, chosen.getOneOf().size());
        assertNull(chosen.getAnyOf());
    }

    @Test
    void theLicenceShouldReplaceWhateverAServiceSaid() {
        OpenAPI api = OASFactory.createOpenAPI()
                .info(OASFactory.createInfo()
                        .title("outcomes-service")
                        .license(OASFactory.createLicense().name("Proprietary").url("https://example.org")));
        ProjectLicense.setOn(api);
        assertEquals("Apache License 2.0", api.getInfo().getLicense().getName());
        assertEquals("Apache-2.0", api.getInfo().getLicense().getIdentifier());
        assertNull(api.getInfo().getLicense().getUrl());
        assertEquals("outcomes-service", api.getInfo().getTitle());
    }
}
