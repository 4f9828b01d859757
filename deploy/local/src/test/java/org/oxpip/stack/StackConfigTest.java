package org.oxpip.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackConfigTest {

    private static final Path REPO = Path.of("/repo");

    @Test
    void developerDefaults() {
        StackConfig c = StackConfig.defaults(REPO, Map.of());
        assertEquals(new StackConfig.Ports(5532, 8180, 9000, 8081, 8082, 8083), c.ports());
        assertEquals(Path.of("/repo/deploy/local/.data"), c.dataDir());
        assertTrue(c.externalDatabase().isEmpty());
        assertFalse(c.freshData(), "a developer's data is kept between runs");
        assertEquals("referrals", c.databaseName("referrals"));
        assertEquals(Path.of("/repo/deploy/keycloak/oxpip-realm.json"), c.realmFile());
    }

    @Test
    void systemTestsNeverShareAnythingWithTheDeveloperStack() {
        StackConfig dev = StackConfig.defaults(REPO, Map.of());
        StackConfig test = StackConfig.forSystemTests(REPO, Map.of());
        assertEquals(new StackConfig.Ports(15532, 18180, 19000, 18081, 18082, 18083), test.ports());
        assertEquals(Path.of("/repo/deploy/system-tests/target/stack"), test.dataDir());
        assertTrue(test.freshData());
        assertTrue(test.resetKeycloakOnRealmChange());
        assertFalse(test.dataDir().startsWith(dev.dataDir()));
    }

    @Test
    void externalServerFromEnvironment() {
        Map<String, String> env = Map.of(
                "OXPIP_DB_URL",
                "jdbc:postgresql://db.internal:5432",
                "OXPIP_DB_USER",
                "oxpip",
                "OXPIP_DB_PASSWORD",
                "s3cret");
        StackConfig dev = StackConfig.defaults(REPO, env);
        ExternalDatabase db = dev.externalDatabase().orElseThrow();
        assertEquals("jdbc:postgresql://db.internal:5432/", db.serverUrl());
        assertEquals("jdbc:postgresql://db.internal:5432/referrals", db.jdbcUrl("referrals"));
        assertFalse(db.toString().contains("s3cret"), "the password stays out of logs");
        // Tests on a shared server get their own databases.
        assertEquals("systest_referrals", StackConfig.forSystemTests(REPO, env).databaseName("referrals"));
    }

    @Test
    void externalUrlMustNameOnlyTheServer() {
        assertThrows(StackException.class, () -> new ExternalDatabase("jdbc:postgresql://h:5432/referrals", "u", "p"));
        assertThrows(StackException.class, () -> new ExternalDatabase("postgres://h:5432/", "u", "p"));
        assertEquals("postgres", new ExternalDatabase("jdbc:postgresql://h/", null, null).user());
    }

    @Test
    void dataDirFromEnvironment() {
        assertEquals(
                Path.of("/tmp/elsewhere"),
                StackConfig.defaults(REPO, Map.of("OXPIP_DATA_DIR", "/tmp/elsewhere"))
                        .dataDir());
    }

    @Test
    void servicesParseByShortOrModuleName() {
        assertEquals(Service.OUTCOMES, Service.parse("outcomes"));
        assertEquals(Service.REPORTING, Service.parse("Reporting-Service"));
        assertThrows(IllegalArgumentException.class, () -> Service.parse("billing"));
    }

    @Test
    void theAotTrainingStackHasItsOwnPortsAndThrowAwayData() {
        StackConfig dev = StackConfig.defaults(REPO, Map.of());
        StackConfig training = StackConfig.forAotTraining(REPO, Map.of(), 1000);
        assertEquals(dev.ports().shiftedBy(1000), training.ports());
        assertEquals(Path.of("/repo/deploy/local/target/aot-training"), training.dataDir());
        assertTrue(training.freshData(), "the demo data set is loaded into it, so it starts empty every time");
        assertEquals("", training.databasePrefix());
        StackConfig external = StackConfig.forAotTraining(
                REPO,
                Map.of("OXPIP_DB_URL", "jdbc:postgresql://db:5432/", "OXPIP_DB_USER", "u", "OXPIP_DB_PASSWORD", "p"),
                1000);
        assertEquals("aottrain_referrals", external.databaseName("referrals"), "never the developer's databases");
    }
}
