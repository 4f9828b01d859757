package org.oxpip.outcomes.outcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.oxpip.outcomes.assessment.Timepoint;

/** Score series written compactly in test tables: "2024-02-01 BASELINE 16; 2024-05-01 END 9". */
final class Series {

    private Series() {}

    static List<ScorePoint> parse(String series) {
        List<ScorePoint> points = new ArrayList<>();
        if (series == null || series.isBlank()) {
            return points;
        }
        for (String point : series.split(";")) {
            String[] parts = point.trim().split(" +");
            points.add(new ScorePoint(
                    UUID.randomUUID(),
                    LocalDate.parse(parts[0]),
                    Timepoint.valueOf(parts[1]),
                    Integer.parseInt(parts[2]),
                    "band"));
        }
        return points;
    }
}
