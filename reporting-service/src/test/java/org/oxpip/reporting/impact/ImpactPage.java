package org.oxpip.reporting.impact;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The impact report's page read as the XML it is, for tests: its figures, its rules and its numbers. */
final class ImpactPage {

    /** A number as a reader sees one: not part of a name such as PHQ-9, OX11 or 90th. */
    static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d.\\-])\\d+(?:\\.\\d+)?(?![\\p{L}\\d])");

    final String source;
    final Document document;

    ImpactPage(String source) {
        this.source = source;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            this.document = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(source.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("The page is not well-formed XHTML", e);
        }
    }

    List<Element> withAttribute(String attribute) {
        List<Element> found = new ArrayList<>();
        NodeList all = document.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute(attribute)) {
                found.add(element);
            }
        }
        return found;
    }

    List<Element> elements(String tag) {
        List<Element> found = new ArrayList<>();
        NodeList all = document.getElementsByTagName(tag);
        for (int i = 0; i < all.getLength(); i++) {
            found.add((Element) all.item(i));
        }
        return found;
    }

    /** The body's text, one text node after another (blocks apart), leaving out subtrees {@code skip} picks. */
    String text(java.util.function.Predicate<Element> skip) {
        StringBuilder text = new StringBuilder();
        collect(document.getElementsByTagName("body").item(0), skip, text);
        return text.toString();
    }

    /** Every number in the body's text, in order, leaving out the subtrees {@code skip} picks. */
    List<String> numbers(java.util.function.Predicate<Element> skip) {
        return numbersIn(text(skip));
    }

    static List<String> numbersIn(String text) {
        List<String> numbers = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            numbers.add(matcher.group());
        }
        return numbers;
    }

    private static void collect(Node node, java.util.function.Predicate<Element> skip, StringBuilder text) {
        if (node instanceof Element element && skip.test(element)) {
            return;
        }
        if (node.getNodeType() == Node.TEXT_NODE) {
            text.append(node.getNodeValue()).append('\u2002');
            return;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            collect(child, skip, text);
        }
    }
}
