package org.oxpip.stack;

import java.util.Map;
import java.util.Optional;

/**
 * An already running PostgreSQL server to use instead of the embedded one.
 *
 * @param serverUrl JDBC URL of the server without a database, ending in '/', e.g. {@code jdbc:postgresql://db:5432/}
 */
public record ExternalDatabase(String serverUrl, String user, String password) {

    public static final String URL_ENV = "OXPIP_DB_URL";
    public static final String USER_ENV = "OXPIP_DB_USER";
    public static final String PASSWORD_ENV = "OXPIP_DB_PASSWORD";

    public ExternalDatabase {
        if (!serverUrl.startsWith("jdbc:postgresql://")) {
            throw new StackException(URL_ENV + " must look like jdbc:postgresql://host:5432/ (got " + serverUrl + ")");
        }
        // Accept the URL with or without the trailing slash; a database or parameters would be ambiguous.
        String rest = serverUrl.substring("jdbc:postgresql://".length());
        int slash = rest.indexOf('/');
        if (rest.contains("?") || (slash >= 0 && slash != rest.length() - 1)) {
            throw new StackException(URL_ENV + " must name the server only, without a database or parameters: "
                    + "jdbc:postgresql://host:5432/ (got " + serverUrl + ")");
        }
        if (!serverUrl.endsWith("/")) {
            serverUrl = serverUrl + "/";
        }
        user = user == null || user.isBlank() ? "postgres" : user;
        password = password == null ? "" : password;
    }

    /** From OXPIP_DB_URL, OXPIP_DB_USER and OXPIP_DB_PASSWORD; empty when OXPIP_DB_URL is not set. */
    public static Optional<ExternalDatabase> fromEnvironment(Map<String, String> env) {
        String url = env.get(URL_ENV);
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new ExternalDatabase(url.trim(), env.get(USER_ENV), env.get(PASSWORD_ENV)));
    }

    public String jdbcUrl(String database) {
        return serverUrl + database;
    }

    @Override
    public String toString() {
        // Records print every component: keep the password out of logs.
        return "ExternalDatabase[" + serverUrl + ", user=" + user + "]";
    }
}
