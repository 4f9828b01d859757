package org.oxpip.reporting.rules;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The part of one entry of outcomes-service's catalogue (GET /api/v1/instruments) that the outcome
 * figures need. Everything else the catalogue says (items, bands, answer options) is the forms'
 * business and is ignored, as are fields the catalogue adds later.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogueInstrument(
        String code,
        String name,
        String source,
        String direction,
        Integer caseness,
        Integer reliableChange,
        Integer meaningfulChange) {}
