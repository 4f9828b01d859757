package org.oxpip.platform.openapi;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Every tag of a document gets a description: a client generator makes one API class per tag, and its
 * reader should learn what the group is for. A service writes them in its configuration, one line a
 * tag, keyed by the tag's name in lower case with hyphens for spaces:
 * {@code oxpip.openapi.tag.risk-alerts=Alerts raised when a risk item is answered above 0}. A
 * description written on the {@code @Tag} annotation itself is kept. A tag an operation names but the
 * document does not list is listed too, so that its description has a place.
 */
final class TagDescriptions {

    static final String PREFIX = "oxpip.openapi.tag.";

    private final Map<String, String> bySlug;

    TagDescriptions(Map<String, String> bySlug) {
        this.bySlug = Map.copyOf(bySlug);
    }

    static TagDescriptions from(Config config) {
        Map<String, String> bySlug = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(PREFIX)) {
                config.getOptionalValue(name, String.class)
                        .ifPresent(text -> bySlug.put(unquoted(name.substring(PREFIX.length())), text));
            }
        }
        return new TagDescriptions(bySlug);
    }

    /** "Risk alerts" → "risk-alerts", the key a service writes. */
    static String slug(String tagName) {
        return tagName.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
    }

    void describe(OpenAPI openAPI) {
        Set<String> listed = new LinkedHashSet<>();
        if (openAPI.getTags() != null) {
            openAPI.getTags().forEach(tag -> listed.add(tag.getName()));
        }
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths()
                    .getPathItems()
                    .values()
                    .forEach(path -> path.getOperations().values().forEach(operation -> {
                        if (operation.getTags() != null) {
                            operation.getTags().stream()
                                    .filter(listed::add)
                                    .forEach(name -> openAPI.addTag(
                                            OASFactory.createTag().name(name)));
                        }
                    }));
        }
        if (openAPI.getTags() != null) {
            openAPI.getTags().forEach(this::describe);
        }
    }

    private void describe(Tag tag) {
        if (tag.getDescription() == null || tag.getDescription().isBlank()) {
            String text = bySlug.get(slug(tag.getName()));
            if (text != null) {
                tag.setDescription(text);
            }
        }
    }

    private static String unquoted(String key) {
        return key.length() > 1 && key.startsWith("\"") && key.endsWith("\"")
                ? key.substring(1, key.length() - 1)
                : key;
    }
}
