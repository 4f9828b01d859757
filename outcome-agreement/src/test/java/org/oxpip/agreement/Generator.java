package org.oxpip.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.oxpip.feed.AssessmentFacts;
import org.oxpip.outcomes.assessment.Assessment;
import org.oxpip.outcomes.assessment.Respondent;
import org.oxpip.outcomes.assessment.Timepoint;
import org.oxpip.outcomes.instrument.Instrument;

/**
 * Generates families with score series, seeded, so every run checks the same set. Two blocks:
 *
 * <ul>
 *   <li><b>every boundary</b>: for each instrument with a direction, a family whose BASELINE and END sit on each
 *       side of each of its thresholds as the catalogue gives them: baseline at caseness − 1, caseness and
 *       caseness + 1, and from each a change of 0, 1, reliable change − 1, reliable change, reliable change + 1
 *       (and the meaningful change and its neighbours where there is one) in both directions, and a final at
 *       caseness − 1, caseness and caseness + 1;
 *   <li><b>random</b>: families of one or two parents, each with series of one to five scores of any instrument,
 *       same-day pairs (also at the same time point, recorded in either order or in the same instant),
 *       REVIEW-only endings, FOLLOW_UPs before and after the episode closed, scores recorded out of date order,
 *       corrected ones (total, sometimes time point) and deleted ones; satisfaction answers beside them; a few
 *       episodes still open.
 * </ul>
 *
 * Totals lean towards the thresholds (half the baselines within one of caseness, most changes within one of a
 * threshold) so that the random block, too, sits mostly on the edges where two implementations differ.
 */
final class Generator {

    static final LocalDate FIRST_DAY = LocalDate.parse("2019-01-07");
    static final Instant FIRST_RECORDED = Instant.parse("2018-06-01T09:00:00Z");
    static final List<String> STREAMS = List.of("STREAM_A", "STREAM_A", "STREAM_B");

    private final Random random;
    private final List<Instrument> catalogue;
    private final List<Instrument> paired;
    private final List<Family> families = new ArrayList<>();

    private Generator(long seed, List<Instrument> catalogue) {
        this.random = new Random(seed);
        this.catalogue = catalogue;
        this.paired = catalogue.stream().filter(i -> i.direction() != null).toList();
    }

    static List<Family> generate(long seed, List<Instrument> catalogue, int randomFamilies) {
        Generator generator = new Generator(seed, catalogue);
        generator.everyBoundary();
        for (int i = 0; i < randomFamilies; i++) {
            generator.randomFamily();
        }
        return List.copyOf(generator.families);
    }

    private void everyBoundary() {
        for (Instrument instrument : paired) {
            int c = instrument.caseness();
            int rc = instrument.reliableChange();
            Set<Integer> gains = new LinkedHashSet<>(List.of(0, 1, rc - 1, rc, rc + 1));
            if (instrument.meaningfulChange() != null) {
                int m = instrument.meaningfulChange();
                gains.addAll(List.of(m - 1, m, m + 1));
            }
            for (int baseline = c - 1; baseline <= c + 1; baseline++) {
                Set<Integer> finals = new LinkedHashSet<>(List.of(c - 1, c, c + 1));
                for (int gain : gains) {
                    finals.add(baseline + gain);
                    finals.add(baseline - gain);
                }
                for (int last : finals) {
                    if (inRange(instrument, baseline) && inRange(instrument, last)) {
                        Draft family = new Draft(true);
                        LocalDate start = family.day.minusDays(120);
                        family.score(
                                instrument, Respondent.PARENT_1, Timepoint.BASELINE, start, baseline, recorded(start));
                        LocalDate end = family.day.minusDays(2);
                        family.score(instrument, Respondent.PARENT_1, Timepoint.END, end, last, recorded(end));
                        family.done();
                    }
                }
            }
        }
    }

    private void randomFamily() {
        Draft family = new Draft(random.nextInt(20) != 0);
        List<Respondent> parents = random.nextInt(10) < 4 ? List.of(Respondent.values()) : List.of(Respondent.PARENT_1);
        for (Respondent parent : parents) {
            for (Instrument instrument : paired) {
                if (random.nextInt(10) < 7) {
                    series(family, instrument, parent);
                }
            }
            if (random.nextBoolean()) {
                satisfaction(family, parent);
            }
        }
        family.done();
    }

    private void series(Draft family, Instrument instrument, Respondent parent) {
        int[] lengths = {1, 2, 2, 2, 3, 3, 4, 5};
        int length = lengths[random.nextInt(lengths.length)];
        LocalDate date = family.day.minusDays(60 + random.nextInt(240));
        Integer total = null;
        Instant previous = null;
        List<Assessment> scores = new ArrayList<>();
        for (int j = 0; j < length; j++) {
            if (j > 0 && random.nextInt(4) != 0) {
                date = date.plusDays(1 + random.nextInt(60));
            }
            total = total == null ? baseline(instrument) : next(instrument, total);
            Instant recorded = previous != null && random.nextInt(20) == 0 ? previous : recorded(date);
            scores.add(family.score(instrument, parent, timepoint(j, length), date, total, recorded));
            previous = recorded;
        }
        if (random.nextInt(5) == 0) {
            // A follow-up some months on, possibly after the episode closed: never the final score.
            LocalDate later = date.plusDays(30 + random.nextInt(200));
            scores.add(family.score(
                    instrument, parent, Timepoint.FOLLOW_UP, later, next(instrument, total), recorded(later)));
        }
        for (Assessment score : scores) {
            int change = random.nextInt(100);
            if (change < 8) {
                Timepoint timepoint = random.nextInt(3) == 0 ? timepoint(random.nextInt(3), 3) : score.timepoint;
                family.correct(score, next(instrument, score.total), timepoint);
            } else if (change < 15) {
                family.delete(score);
            }
        }
    }

    private void satisfaction(Draft family, Respondent parent) {
        Instrument satisfaction = catalogue.stream()
                .filter(i -> i.direction() == null && i.bandFromItem() != null)
                .findFirst()
                .orElseThrow();
        List<Instrument.Band> bands = satisfaction.bands();
        String band = bands.get(random.nextInt(bands.size())).label();
        LocalDate on = family.day.minusDays(random.nextInt(3));
        family.answer(satisfaction, parent, on, band, recorded(on));
    }

    /** First a BASELINE (sometimes a REVIEW), last mostly an END (sometimes a REVIEW or a FOLLOW_UP). */
    private Timepoint timepoint(int j, int length) {
        int r = random.nextInt(100);
        if (j == 0) {
            return r < 85 ? Timepoint.BASELINE : Timepoint.REVIEW;
        }
        if (j == length - 1) {
            return r < 15 ? Timepoint.FOLLOW_UP : r < 75 ? Timepoint.END : Timepoint.REVIEW;
        }
        return r < 10 ? Timepoint.BASELINE : r < 90 ? Timepoint.REVIEW : Timepoint.END;
    }

    private int baseline(Instrument instrument) {
        if (random.nextBoolean()) {
            return clamp(instrument, instrument.caseness() - 1 + random.nextInt(3));
        }
        return uniform(instrument);
    }

    /** Mostly a change of a threshold or a neighbour of one, either way; else anything in range. */
    private int next(Instrument instrument, int from) {
        if (random.nextInt(10) < 4) {
            return uniform(instrument);
        }
        List<Integer> gains = new ArrayList<>(List.of(
                0, 1, instrument.reliableChange() - 1, instrument.reliableChange(), instrument.reliableChange() + 1));
        if (instrument.meaningfulChange() != null) {
            gains.addAll(List.of(
                    instrument.meaningfulChange() - 1,
                    instrument.meaningfulChange(),
                    instrument.meaningfulChange() + 1));
        }
        int gain = gains.get(random.nextInt(gains.size()));
        return clamp(instrument, random.nextBoolean() ? from + gain : from - gain);
    }

    private int uniform(Instrument instrument) {
        return instrument.totalMin() + random.nextInt(instrument.totalMax() - instrument.totalMin() + 1);
    }

    private static int clamp(Instrument instrument, int total) {
        return Math.max(instrument.totalMin(), Math.min(instrument.totalMax(), total));
    }

    private static boolean inRange(Instrument instrument, int total) {
        return total >= instrument.totalMin() && total <= instrument.totalMax();
    }

    /** Entered some time after the day it was completed, so scores are often recorded out of date order. */
    private Instant recorded(LocalDate completed) {
        long days = ChronoUnit.DAYS.between(FIRST_DAY.minusYears(1), completed) + random.nextInt(45);
        return FIRST_RECORDED.plus(days, ChronoUnit.DAYS).plusSeconds(60L * random.nextInt(600));
    }

    /** A family being written: its assessments as they stand, and its feed as published. */
    private final class Draft {

        final int number = families.size();
        final UUID referralId = UUID.nameUUIDFromBytes(("agreement-family-" + number).getBytes());
        final LocalDate day = FIRST_DAY.plusDays(number);
        final boolean closed;
        final List<Assessment> assessments = new ArrayList<>();
        final List<AssessmentFacts> feed = new ArrayList<>();

        Draft(boolean closed) {
            this.closed = closed;
        }

        Assessment score(
                Instrument instrument,
                Respondent respondent,
                Timepoint timepoint,
                LocalDate on,
                int total,
                Instant recorded) {
            Assessment a = assessment(instrument, respondent, timepoint, on, recorded);
            a.total = total;
            a.band = band(instrument, total);
            publish(a);
            return a;
        }

        void answer(Instrument instrument, Respondent respondent, LocalDate on, String band, Instant recorded) {
            Assessment a = assessment(instrument, respondent, Timepoint.END, on, recorded);
            a.band = band;
            publish(a);
        }

        void correct(Assessment a, int total, Timepoint timepoint) {
            a.total = total;
            a.timepoint = timepoint;
            a.band = band(Catalogue.find(catalogue, a.instrument), total);
            a.updatedAt = a.updatedAt.plusSeconds(60L * (1 + random.nextInt(5000)));
            publish(a);
        }

        void delete(Assessment a) {
            a.deleted = true;
            a.updatedAt = a.updatedAt.plusSeconds(60L * (1 + random.nextInt(5000)));
            publish(a);
        }

        void done() {
            feed.sort(Comparator.comparing(AssessmentFacts::changedAt));
            int series = (int) assessments.stream()
                    .filter(a -> !a.deleted && a.total != null)
                    .map(a -> a.instrument + " " + a.respondent)
                    .distinct()
                    .count();
            families.add(new Family(
                    number,
                    referralId,
                    day,
                    closed,
                    STREAMS.get(number % STREAMS.size()),
                    List.copyOf(assessments),
                    List.copyOf(feed),
                    series));
        }

        private Assessment assessment(
                Instrument instrument, Respondent respondent, Timepoint timepoint, LocalDate on, Instant recorded) {
            Assessment a = new Assessment();
            a.id = UUID.nameUUIDFromBytes(("agreement-assessment-" + number + "-" + assessments.size()).getBytes());
            a.referralId = referralId;
            a.instrument = instrument.code();
            a.respondent = respondent;
            a.timepoint = timepoint;
            a.completedOn = on;
            a.createdAt = recorded;
            a.updatedAt = recorded;
            assessments.add(a);
            return a;
        }

        /** The snapshot outcomes-service's feed would publish for the assessment as it now stands. */
        private void publish(Assessment a) {
            feed.add(new AssessmentFacts(
                    null,
                    a.id,
                    a.referralId,
                    a.instrument,
                    a.timepoint.name(),
                    a.respondent.name(),
                    a.completedOn,
                    a.total,
                    a.band,
                    a.deleted,
                    a.updatedAt,
                    a.createdAt));
        }
    }

    private static String band(Instrument instrument, int total) {
        return instrument.bands().stream()
                .filter(b -> total >= b.min() && total <= b.max())
                .map(Instrument.Band::label)
                .findFirst()
                .orElseThrow();
    }
}
