package org.oxpip.kubernetes.overlays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oxpip.kubernetes.KubectlKustomize;
import org.oxpip.kubernetes.Layout;
import org.oxpip.kubernetes.manifest.Yaml;

/**
 * reporting-service shows a funder only the funding streams in its access token's claim {@code funding_streams}
 * (a JSON array of stream codes), and nothing to a funder token without it. In production, as in the demo realm,
 * the claim is gathered from group attributes: an administrator adds below the group {@code funders} one group
 * per funder with the attribute {@code funding_streams}, and the mapper of the frontend client collects the
 * attributes of every group the user is in. Only an administrator may set it: a funder must not be able to name
 * its own streams through a user attribute.
 */
class FunderStreamsTest {

    private static final String CLAIM = "funding_streams";
    /** Keycloak 26.3's column KEYCLOAK_GROUP.DESCRIPTION is NVARCHAR(255): a longer one fails the import. */
    private static final int GROUP_DESCRIPTION_MAX = 255;

    private JsonNode production;

    @BeforeEach
    void render() {
        production = Builds.get(KubectlKustomize.render(Layout.PRODUCTION), "KeycloakRealmImport", "oxpip-realm")
                .path("spec")
                .path("realm");
    }

    @Test
    void theFrontendPutsTheStreamsOfAllTheFundersGroupsIntoTheAccessTokenAsAnArray() {
        JsonNode mapper = null;
        for (JsonNode client : production.path("clients")) {
            if (client.path("clientId").asText().equals("oxpip-frontend")) {
                for (JsonNode m : client.path("protocolMappers")) {
                    mapper = m.path("name").asText().equals(CLAIM) ? m : mapper;
                }
            }
        }
        assertNotNull(mapper, "oxpip-frontend has the mapper " + CLAIM);
        assertEquals("openid-connect", mapper.path("protocol").asText());
        assertEquals(
                "oidc-usermodel-attribute-mapper", mapper.path("protocolMapper").asText());
        JsonNode config = mapper.path("config");
        assertEquals(CLAIM, config.path("user.attribute").asText());
        assertEquals(CLAIM, config.path("claim.name").asText());
        assertEquals("String", config.path("jsonType.label").asText());
        // Always an array, also for one stream: reporting-service reads a JSON array of strings.
        assertEquals("true", config.path("multivalued").asText());
        // The values of every group the user is in, not only the user's own attribute (which nobody can set).
        assertEquals("true", config.path("aggregate.attrs").asText());
        // The services read the access token; the ID token and userinfo stay without it.
        assertEquals("true", config.path("access.token.claim").asText());
        assertEquals("false", config.path("id.token.claim").asText());
        assertEquals("false", config.path("userinfo.token.claim").asText());
        assertEquals("false", config.path("lightweight.claim").asText());
    }

    @Test
    void noOtherMapperWritesTheClaim() {
        List<String> writers = new ArrayList<>();
        collectClaimWriters(production, "realm", writers);
        assertEquals(List.of("realm.clients[oxpip-frontend].protocolMappers[" + CLAIM + "]"), writers);
    }

    @Test
    void theGroupFundersIsThereForTheAdministratorAndEmpty() {
        assertEquals(1, production.path("groups").size(), "one top-level group");
        JsonNode funders = production.path("groups").get(0);
        assertEquals("funders", funders.path("name").asText());
        assertEquals("/funders", funders.path("path").asText());
        // Production starts with no funder: the administrator adds one group per funder below.
        assertEquals(0, funders.path("subGroups").size(), "no demo funders in production");
        // Aggregation walks up from a member's group to its parents (KeycloakModelUtils.resolveAttribute): a
        // stream here would reach every funder.
        assertFalse(funders.path("attributes").has(CLAIM), "funders carries no streams of its own");
        assertFalse(funders.has("realmRoles") || funders.has("clientRoles"), "a group of funders grants no role");
        String description = funders.path("description").asText();
        assertTrue(description.contains(CLAIM), "the description says where the streams go");
        assertTrue(description.length() <= GROUP_DESCRIPTION_MAX, "Keycloak stores at most 255 characters");
        // A default group would make every new account (staff too) a member of it.
        assertFalse(production.path("defaultGroups").toString().contains("/funders"), "funders is no default group");
        assertEquals(2, production.path("users").size(), "no people, so no member yet");
    }

    @Test
    void nobodyCanSetTheirOwnStreams() {
        assertEquals(List.of(), userEditableClaim(production));
    }

    @Test
    void theUserProfileCheckFindsAClaimAUserCouldEdit() {
        assertEquals(
                List.of("unmanaged attributes are user-editable (unmanagedAttributePolicy ENABLED)"),
                userEditableClaim(withUserProfile("{\"attributes\":[],\"unmanagedAttributePolicy\":\"ENABLED\"}")));
        assertEquals(
                List.of("the user-profile attribute funding_streams is user-editable"),
                userEditableClaim(withUserProfile("{\"attributes\":[{\"name\":\"funding_streams\","
                        + "\"permissions\":{\"view\":[\"admin\",\"user\"],\"edit\":[\"admin\",\"user\"]}}]}")));
        // What an administrator may do: edit it themselves, and let users see it.
        assertEquals(
                List.of(),
                userEditableClaim(withUserProfile("{\"attributes\":[{\"name\":\"funding_streams\","
                        + "\"permissions\":{\"view\":[\"admin\",\"user\"],\"edit\":[\"admin\"]}}],"
                        + "\"unmanagedAttributePolicy\":\"ADMIN_EDIT\"}")));
    }

    /**
     * Why a user could write its own {@code funding_streams}, which the aggregating mapper would read beside the
     * groups': a declarative user profile (Keycloak 26) that declares the attribute with the edit permission
     * "user", or lets users edit attributes it does not declare. Without a user profile in the realm Keycloak's
     * default applies: username, e-mail and names only, unmanaged attributes disabled.
     */
    private static List<String> userEditableClaim(JsonNode realm) {
        List<String> reasons = new ArrayList<>();
        for (JsonNode ofType : realm.path("components")) {
            for (JsonNode component : ofType) {
                for (JsonNode text : component.path("config").path("kc.user.profile.config")) {
                    JsonNode profile = Yaml.readAll(text.asText(), "kc.user.profile.config")
                            .get(0);
                    if (profile.path("unmanagedAttributePolicy").asText().equals("ENABLED")) {
                        reasons.add("unmanaged attributes are user-editable (unmanagedAttributePolicy ENABLED)");
                    }
                    for (JsonNode attribute : profile.path("attributes")) {
                        if (attribute.path("name").asText().equals(CLAIM)
                                && attribute
                                        .path("permissions")
                                        .path("edit")
                                        .toString()
                                        .contains("\"user\"")) {
                            reasons.add("the user-profile attribute " + CLAIM + " is user-editable");
                        }
                    }
                }
            }
        }
        return reasons;
    }

    /** The production realm with a user profile, as a realm export carries it. */
    private JsonNode withUserProfile(String profile) {
        ObjectNode realm = production.deepCopy();
        ObjectNode component = realm.putObject("components")
                .putArray("org.keycloak.userprofile.UserProfileProvider")
                .addObject();
        component.put("providerId", "declarative-user-profile");
        component
                .putObject("config")
                .putArray("kc.user.profile.config")
                .add(JsonNodeFactory.instance.textNode(profile));
        return realm;
    }

    private static void collectClaimWriters(JsonNode node, String path, List<String> writers) {
        if (node.isObject()) {
            if (node.path("config").path("claim.name").asText().equals(CLAIM)) {
                writers.add(path);
            }
            node.fields().forEachRemaining(f -> collectClaimWriters(f.getValue(), path + "." + f.getKey(), writers));
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                String name = item.path("clientId").asText(item.path("name").asText(""));
                collectClaimWriters(item, path + "[" + name + "]", writers);
            }
        }
    }
}
