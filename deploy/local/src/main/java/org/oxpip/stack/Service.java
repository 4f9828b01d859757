package org.oxpip.stack;

/** The three services: the Maven module that builds each one and the database it owns. */
public enum Service {
    REFERRALS("referrals-service", "referrals"),
    OUTCOMES("outcomes-service", "outcomes"),
    REPORTING("reporting-service", "reporting");

    private final String module;
    private final String database;

    Service(String module, String database) {
        this.module = module;
        this.database = database;
    }

    /** Maven module directory under the repository root, also the service's name in logs. */
    public String module() {
        return module;
    }

    /** Logical database name (before any {@link StackConfig#databasePrefix()}). */
    public String database() {
        return database;
    }

    /** Parses "referrals" or "referrals-service" (any case). */
    public static Service parse(String name) {
        String n = name.trim().toLowerCase(java.util.Locale.ROOT);
        for (Service s : values()) {
            if (s.database.equals(n) || s.module.equals(n)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown service '" + name + "' (referrals, outcomes, reporting)");
    }
}
