package org.oxpip.reporting.readmodel;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Binds nullable values with their SQL type, so PostgreSQL never has to guess one. */
public final class Sql {

    private Sql() {}

    public static void text(PreparedStatement statement, int index, String value) throws SQLException {
        statement.setObject(index, value, Types.VARCHAR);
    }

    /** A text[] parameter; null stays SQL NULL (for the reports: no filter). */
    public static void texts(PreparedStatement statement, int index, List<String> values) throws SQLException {
        if (values == null) {
            statement.setNull(index, Types.ARRAY);
        } else {
            statement.setArray(index, statement.getConnection().createArrayOf("text", values.toArray()));
        }
    }

    public static void date(PreparedStatement statement, int index, LocalDate value) throws SQLException {
        statement.setObject(index, value, Types.DATE);
    }

    public static void instant(PreparedStatement statement, int index, Instant value) throws SQLException {
        statement.setObject(
                index,
                value == null ? null : OffsetDateTime.ofInstant(value, ZoneOffset.UTC),
                Types.TIMESTAMP_WITH_TIMEZONE);
    }

    public static void integer(PreparedStatement statement, int index, Integer value) throws SQLException {
        statement.setObject(index, value, Types.INTEGER);
    }

    public static void uuid(PreparedStatement statement, int index, UUID value) throws SQLException {
        statement.setObject(index, value, Types.OTHER);
    }
}
