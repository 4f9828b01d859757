package org.oxpip.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import org.junit.jupiter.api.Test;

class TagDescriptionsTest {

    private final TagDescriptions descriptions = new TagDescriptions(
            Map.of("risk-alerts", "Alerts raised by a risk item", "referrals", "Submit and read referrals"));

    @Test
    void aTagsKeyShouldBeItsNameInLowerCaseWithHyphens() {
        assertEquals("risk-alerts", TagDescriptions.slug("Risk alerts"));
        assertEquals("referrals", TagDescriptions.slug("Referrals"));
    }

    @Test
    void aListedTagShouldGetItsDescriptionAndKeepItsOwn() {
        OpenAPI api = OASFactory.createOpenAPI()
                .addTag(OASFactory.createTag().name("Risk alerts"))
                .addTag(OASFactory.createTag().name("Referrals").description("Our own words"));
        descriptions.describe(api);
        assertEquals("Alerts raised by a risk item", api.getTags().get(0).getDescription());
        assertEquals("Our own words", api.getTags().get(1).getDescription());
    }

    @Test
    void aTagOnlyAnOperationNamesShouldBeListedAndDescribed() {
        OpenAPI api = OASFactory.createOpenAPI()
                .paths(OASFactory.createPaths()
                        .addPathItem(
                                "/referrals",
                                OASFactory.createPathItem()
                                        .GET(OASFactory.createOperation().tags(List.of("Referrals")))));
        descriptions.describe(api);
        Tag listed = api.getTags().get(0);
        assertEquals("Referrals", listed.getName());
        assertEquals("Submit and read referrals", listed.getDescription());
    }

    @Test
    void aTagWithoutConfigurationShouldStayUndescribedForTheLinterToReport() {
        OpenAPI api = OASFactory.createOpenAPI().addTag(OASFactory.createTag().name("Sessions"));
        descriptions.describe(api);
        assertEquals(null, api.getTags().get(0).getDescription());
    }
}
