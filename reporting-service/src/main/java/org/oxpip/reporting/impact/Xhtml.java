package org.oxpip.reporting.impact;

/**
 * Writes well-formed XHTML (and the SVG inside it): the same text is a browser's HTML page and the
 * XML openhtmltopdf lays out, so every element is closed and every text and attribute escaped here,
 * in one place. Text a manager typed (the title block) goes through {@link #text} like everything else.
 */
final class Xhtml {

    private final StringBuilder out = new StringBuilder(32 * 1024);

    /** Opens an element; attributes come as name, value pairs (a null value leaves the attribute out). */
    Xhtml open(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    Xhtml close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element with only text inside. */
    Xhtml element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** An element with nothing inside: only HTML's void elements (meta) and SVG shapes, which both read "/>". */
    Xhtml empty(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    Xhtml text(String text) {
        escape(text, false);
        return this;
    }

    /** Markup this class wrote itself or a constant (the style sheet): never text from a request or a record. */
    Xhtml raw(String markup) {
        out.append(markup);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void attributes(String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"");
                escape(attributes[i + 1], true);
                out.append('"');
            }
        }
    }

    private void escape(String text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                default -> {
                    // XML 1.0 allows no other control characters: a stray one would make the PDF fail.
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
    }
}
