package org.oxpip.kubernetes;

import java.nio.file.Path;

/** Where the manifests of this module are, however the tests were started. */
public final class Layout {

    public static final Path ROOT = Path.of(System.getProperty("oxpip.kubernetes.dir", "."))
            .toAbsolutePath()
            .normalize();
    public static final Path BASE = ROOT.resolve("base");
    public static final Path LOCAL = ROOT.resolve("overlays/local");
    public static final Path PRODUCTION = ROOT.resolve("overlays/production");
    public static final Path DEMO_REALM =
            ROOT.resolve("../keycloak/oxpip-realm.json").normalize();

    private Layout() {}
}
