package org.oxpip.outcomes.outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.oxpip.outcomes.assessment.Timepoint;

/**
 * Score series written compactly in test tables: "2024-02-01 BASELINE 16; 2024-05-01 END 9". Each score is
 * recorded in the order written, a minute apart, unless it says when: "2024-02-01 BASELINE 16 @3" was recorded
 * at minute 3 (two scores with the same minute were recorded in the same instant).
 */
final class Series {

    static final Instant FIRST_RECORDED = Instant.parse("2024-01-01T09:00:00Z");

    private Series() {}

    static List<ScorePoint> parse(String series) {
        List<ScorePoint> points = new ArrayList<>();
        if (series == null || series.isBlank()) {
            return points;
        }
        for (String point : series.split(";")) {
            String[] parts = point.trim().split(" +");
            long minute = parts.length > 3 ? Long.parseLong(parts[3].substring(1)) : points.size();
            points.add(new ScorePoint(
                    UUID.randomUUID(),
                    LocalDate.parse(parts[0]),
                    Timepoint.valueOf(parts[1]),
                    Integer.parseInt(parts[2]),
                    "band",
                    FIRST_RECORDED.plusSeconds(60 * minute)));
        }
        return points;
    }
}
