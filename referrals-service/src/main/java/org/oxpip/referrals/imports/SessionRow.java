package org.oxpip.referrals.imports;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oxpip.platform.imports.ImportDates;
import org.oxpip.platform.imports.ImportProblem;
import org.oxpip.platform.imports.ImportSheet;
import org.oxpip.referrals.session.Attendance;
import org.oxpip.referrals.session.SessionKind;
import org.oxpip.referrals.session.SessionRequest;
import org.oxpip.referrals.session.Setting;

/**
 * One row of the sessions sheet read into what the sessions API itself receives, a {@link SessionRequest}, checked
 * with the API's bean validation (required fields, the duration's range). The rules that need the family (the
 * date against its referral, the referral's status) are {@link SessionEpisode}'s, with the API's own
 * {@code SessionRules}. The template has no attendees and no note: a session is imported with neither.
 */
final class SessionRow {

    final int number;
    final String externalRef;
    /** The row's identity but its place among equal rows, or null when one of its cells cannot be read. */
    final String identity;
    /** The API's body, or null when a cell could not be read or a field rule refused it. */
    final SessionRequest request;

    final List<ImportProblem> problems = new ArrayList<>();
    /** What the row says, its date in one format: a re-import of the same content is recognised by it. */
    final String fingerprint;

    private final ImportSheet.Row row;
    private final Map<String, String> canonical = new LinkedHashMap<>();

    private SessionRow(ImportSheet.Row row, Validator validator) {
        this.row = row;
        this.number = row.number();
        this.externalRef = text(SessionColumns.EXTERNAL_REF);
        if (externalRef == null) {
            problem(SessionColumns.EXTERNAL_REF, "required", "is required: the family, as its referrals row names it");
        }
        LocalDate date = date();
        SessionKind kind = code(SessionKind.class, SessionColumns.KIND);
        Setting setting = code(Setting.class, SessionColumns.SETTING);
        Attendance attendance = code(Attendance.class, SessionColumns.ATTENDANCE);
        Integer minutes = minutes();
        SessionRequest body = new SessionRequest(date, minutes, kind, setting, attendance, List.of(), null);
        for (ConstraintViolation<SessionRequest> violation : validator.validate(body)) {
            String column = SessionColumns.ofField(violation.getPropertyPath().toString());
            if (!canonical.containsKey(column) || !"".equals(canonical.get(column))) {
                problem(column, "invalid", violation.getMessage());
            }
        }
        this.request = problems.isEmpty() ? body : null;
        this.identity = externalRef == null || date == null || kind == null
                ? null
                : externalRef + "\u001F" + date + "\u001F" + kind;
        for (String column : SessionColumns.ALL) {
            canonical.putIfAbsent(column, row.cell(column));
        }
        this.fingerprint = fingerprint(canonical);
    }

    static SessionRow read(ImportSheet.Row row, Validator validator) {
        return new SessionRow(row, validator);
    }

    void problem(String column, String code, String message) {
        problems.add(new ImportProblem(SessionColumns.SHEET, number, column, code, message));
    }

    private LocalDate date() {
        String cell = text(SessionColumns.DATE);
        if (cell == null) {
            unread(SessionColumns.DATE, "required", "is required: the day the session took place");
            return null;
        }
        LocalDate date = ImportDates.parse(cell).orElse(null);
        if (date == null) {
            unread(SessionColumns.DATE, "invalid-date", ImportDates.NOT_A_DATE);
            return null;
        }
        canonical.put(SessionColumns.DATE, date.toString());
        return date;
    }

    private Integer minutes() {
        String cell = text(SessionColumns.DURATION);
        if (cell == null) {
            unread(SessionColumns.DURATION, "required", "is required: the session's length in minutes");
            return null;
        }
        try {
            int minutes = Integer.parseInt(cell);
            canonical.put(SessionColumns.DURATION, Integer.toString(minutes));
            return minutes;
        } catch (NumberFormatException e) {
            unread(SessionColumns.DURATION, "invalid-number", "must be a whole number of minutes");
            return null;
        }
    }

    private <E extends Enum<E>> E code(Class<E> type, String column) {
        String cell = text(column);
        if (cell == null) {
            unread(column, "required", "is required: one of " + List.of(type.getEnumConstants()));
            return null;
        }
        try {
            return Enum.valueOf(type, cell);
        } catch (IllegalArgumentException e) {
            unread(column, "invalid-code", "must be one of " + List.of(type.getEnumConstants()));
            return null;
        }
    }

    /** A cell that could not be read: its problem said once, bean validation's "must not be null" left out. */
    private void unread(String column, String code, String message) {
        canonical.put(column, "");
        problem(column, code, message);
    }

    private String text(String column) {
        String cell = row.cell(column);
        return cell.isEmpty() ? null : cell;
    }

    private static String fingerprint(Map<String, String> canonical) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String column : SessionColumns.ALL) {
                digest.update(canonical.getOrDefault(column, "").getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0x1F);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
