package org.oxpip.reporting.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The outcome rules of every instrument with paired scores, as outcomes-service's catalogue gives them.
 * The reports count four instruments ({@link #REPORTED}); a catalogue that does not give each of them a
 * direction, a caseness cut-off and a reliable change (and PIRGAS its meaningful change) is refused as a
 * whole, so a report never counts with half a catalogue. Instruments without a total to compare (the
 * satisfaction questionnaire) have no rule.
 */
public final class InstrumentRules {

    /** The instruments whose outcomes the reports count (reports/outcomes.sql names them). */
    public static final List<String> REPORTED = List.of("PHQ9", "GAD7", "EPDS", "PIRGAS");

    /** The one instrument whose meaningful change a report counts. */
    static final String PIRGAS = "PIRGAS";

    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,20}");
    static final int MAX_NAME = 200;
    static final int MAX_SOURCE = 1000;

    private final Map<String, InstrumentRule> byCode = new LinkedHashMap<>();

    private InstrumentRules(List<InstrumentRule> rules) {
        rules.forEach(rule -> byCode.put(rule.instrument(), rule));
    }

    /** Rules as stored; {@link #complete()} says whether a report may count with them. */
    public static InstrumentRules of(List<InstrumentRule> rules) {
        return new InstrumentRules(rules);
    }

    /**
     * The rules of a catalogue as outcomes-service serves it.
     *
     * @throws RulesBreach when a reported instrument lacks a rule, or an entry cannot be a rule
     */
    public static InstrumentRules fromCatalogue(List<CatalogueInstrument> catalogue) {
        List<InstrumentRule> rules = new ArrayList<>();
        for (CatalogueInstrument entry : catalogue == null ? List.<CatalogueInstrument>of() : catalogue) {
            if (entry == null
                    || entry.code() == null
                    || !CODE.matcher(entry.code()).matches()) {
                throw new RulesBreach("an instrument has no plain code");
            }
            if (entry.direction() == null) {
                continue; // nothing to pair (satisfaction): no outcome rule
            }
            rules.add(rule(entry));
        }
        InstrumentRules read = new InstrumentRules(rules);
        for (String code : REPORTED) {
            if (read.find(code).isEmpty()) {
                throw new RulesBreach(code + " is missing or has no direction");
            }
        }
        if (read.find(PIRGAS).orElseThrow().meaningfulChange() == null) {
            throw new RulesBreach(PIRGAS + " has no meaningfulChange");
        }
        return read;
    }

    private static InstrumentRule rule(CatalogueInstrument entry) {
        String code = entry.code();
        InstrumentRule.Direction direction;
        try {
            direction = InstrumentRule.Direction.valueOf(entry.direction());
        } catch (IllegalArgumentException e) {
            throw new RulesBreach(code + " has a direction that is neither LOWER_IS_BETTER nor HIGHER_IS_BETTER");
        }
        if (entry.caseness() == null) {
            throw new RulesBreach(code + " has no caseness");
        }
        if (entry.reliableChange() == null || entry.reliableChange() < 1) {
            throw new RulesBreach(code + " has no reliableChange of at least 1");
        }
        if (entry.meaningfulChange() != null && entry.meaningfulChange() < 1) {
            throw new RulesBreach(code + " has a meaningfulChange below 1");
        }
        if (entry.name() == null || entry.name().isBlank() || entry.name().length() > MAX_NAME) {
            throw new RulesBreach(code + " has no name of at most " + MAX_NAME + " characters");
        }
        if (entry.source() != null && entry.source().length() > MAX_SOURCE) {
            throw new RulesBreach(code + " has a source longer than " + MAX_SOURCE + " characters");
        }
        return new InstrumentRule(
                code,
                entry.name(),
                direction,
                entry.caseness(),
                entry.reliableChange(),
                entry.meaningfulChange(),
                entry.source());
    }

    public List<InstrumentRule> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<InstrumentRule> find(String instrument) {
        return Optional.ofNullable(byCode.get(instrument));
    }

    /** The rule of a reported instrument; only ever asked of complete rules. */
    public InstrumentRule rule(String instrument) {
        return find(instrument).orElseThrow(() -> new IllegalStateException("No rule for " + instrument));
    }

    /** Every reported instrument has its rule (and PIRGAS its meaningful change): a report may count. */
    public boolean complete() {
        return REPORTED.stream().allMatch(code -> byCode.containsKey(code))
                && byCode.get(PIRGAS).meaningfulChange() != null;
    }
}
