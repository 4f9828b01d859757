package org.oxpip.reporting.impact;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oxpip.platform.testing.PostgresResource;
import org.oxpip.platform.testing.TestTokens;
import org.oxpip.reporting.report.CohortLoader;
import org.oxpip.reporting.testing.FeedsStub;
import org.oxpip.reporting.testing.ReadModel;
import org.w3c.dom.Element;

/**
 * The impact report of the hand-worked cohort (report/TestCohort, its figures worked out in
 * CohortReportTest and FunderReportTest). Every number the page shows is held against the JSON summary
 * and trend reports for the same request and reader, every number from a rule against the rule as
 * docs/design.md states it, and the PDF's text (PDFBox) against the page; a funder's small cohort shows
 * no hidden figure anywhere in the page's source.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FeedsStub.class, restrictToAnnotatedClass = false)
class ImpactReportTest {

    static final String DIDCOT = "DIDCOT_POWERHOUSE";
    static final String GRANT = "COMMUNITY_GRANT";
    static final String YEAR_2024 = "from=2024-01-01&to=2024-12-31";
    static final String TITLE_BLOCK = "{\"projectTitle\": \"Parent-Infant Psychotherapy in Didcot\", \"funderName\":"
            + " \"The Didcot Powerhouse Fund\", \"description\": \"Weekly sessions for families with a baby under"
            + " two.\", \"area\": \"Didcot and the villages around it\"}";

    /** The rules as docs/design.md gives them (default disclosure policy and the default thresholds). */
    static final Map<String, Long> RULES = Map.ofEntries(
            Map.entry("smallestCount", 5L),
            Map.entry("smallestRateBase", 10L),
            Map.entry("smallestWaitBase", 10L),
            Map.entry("PHQ9.caseness", 10L),
            Map.entry("PHQ9.reliableChange", 6L),
            Map.entry("GAD7.caseness", 8L),
            Map.entry("GAD7.reliableChange", 4L),
            Map.entry("EPDS.caseness", 13L),
            Map.entry("EPDS.reliableChange", 4L),
            Map.entry("PIRGAS.caseness", 40L),
            Map.entry("PIRGAS.reliableChange", 10L),
            Map.entry("PIRGAS.meaningfulChange", 10L));

    static final Set<String> NAMESPACES = Set.of("http://www.w3.org/1999/xhtml", "http://www.w3.org/2000/svg");

    @ConfigProperty(name = "quarkus.rest-client.referrals.url")
    String upstreamUrl;

    private static boolean loaded;

    @BeforeEach
    void loadTheCohortAndDidcotsTitleBlock() {
        if (!loaded) {
            CohortLoader.load(upstreamUrl);
            ReadModel.execute("DELETE FROM impact_settings");
            TitleBlockResourceTest.put("/api/v1/reports/impact/settings/" + DIDCOT, null, TITLE_BLOCK)
                    .statusCode(201);
            loaded = true;
        }
    }

    @Test
    void shouldStateTheHandWorkedHeadlinesAsSentences() {
        String text = words(new ImpactPage(html(manager(), YEAR_2024)));
        // CohortReportTest: PIRGAS 17 of 20 = 85.0 %, mental health 20 of 24 = 83.3 %, reliable improvement
        // 15 of 24 = 62.5 %, waits: median 38.5, p90 82.6 over 22 first sessions.
        assertTrue(text.contains("85.0% of families (17 of 20) showed improvement as measured by the PIRGAS."), text);
        assertTrue(
                text.contains("83.3% of parents (20 of 24) showed improved mental health as measured by the PHQ-9"
                        + " and/or GAD-7."),
                text);
        assertTrue(text.contains("62.5% of parents (15 of 24) showed reliable improvement"), text);
        assertTrue(
                text.contains("half waited 38.5 days or less (median), nine in ten 82.6 days or less, over 22"
                        + " first sessions"),
                text);
        assertTrue(text.contains("none: exact figures, for the charity's own use."), text);
    }

    @ParameterizedTest(name = "{0}, {1}: every figure is the JSON report's")
    @CsvSource({
        "manager, from=2024-01-01&to=2024-12-31",
        "manager, from=2023-01-01&to=2024-12-31&interval=year&forPublication=true",
        "funder of Didcot, from=2024-01-01&to=2024-12-31&fundingStream=DIDCOT_POWERHOUSE",
        "funder of both, from=2024-01-01&to=2024-06-30",
        "funder of the grant, from=2024-01-01&to=2024-12-31",
    })
    void shouldShowEveryFigureAsTheJsonReportsDo(String reader, String query) {
        String token = token(reader);
        ImpactPage page = new ImpactPage(html(token, query));
        JsonPath summary = json(token, "/api/v1/reports/summary?" + query.replaceAll("&interval=\\w+", ""));
        JsonPath trend = json(token, "/api/v1/reports/trend?" + withInterval(query));

        List<Element> figures = page.withAttribute("data-figure");
        assertTrue(figures.size() > 25, "figures marked: " + figures.size());
        for (Element figure : figures) {
            String path = figure.getAttribute("data-figure");
            Object expected =
                    path.startsWith("trend:") ? trend.get(path.substring("trend:".length())) : summary.get(path);
            assertNotNull(expected, path + " is shown, so the JSON report must publish it");
            if (figure.getTagName().equals("time")) {
                assertEquals(instantOrDay(expected.toString()), instantOrDay(figure.getAttribute("datetime")), path);
            } else if (figure.getTagName().equals("rect")) {
                assertTrue(new BigDecimal(expected.toString()).signum() >= 0, path);
            } else if (expected instanceof Number) {
                assertEquals(
                        0,
                        new BigDecimal(expected.toString()).compareTo(new BigDecimal(figure.getTextContent())),
                        path + ": " + figure.getTextContent() + " shown, " + expected + " published");
            } else {
                assertEquals(expected.toString(), figure.getTextContent(), path);
            }
        }
        for (Element rule : page.withAttribute("data-rule")) {
            assertEquals(
                    RULES.get(rule.getAttribute("data-rule")),
                    Long.valueOf(rule.getTextContent()),
                    rule.getAttribute("data-rule"));
        }
        // Nothing else in the page is a number: not a figure, not a rule, not a citation (MeasureNotesTest).
        assertEquals(
                List.of(),
                page.numbers(element -> element.hasAttribute("data-figure")
                        || element.hasAttribute("data-rule")
                        || element.getAttribute("class").equals("citation")
                        || element.getAttribute("class").equals("definition")),
                "numbers that are neither a published figure nor a rule");
        // The definitions are the JSON report's own, in its order, never a second copy written for the page.
        List<String> meanings = page.elements("span").stream()
                .filter(span -> span.getAttribute("class").equals("meaning"))
                .map(Element::getTextContent)
                .toList();
        assertEquals(summary.getList("definitions.definition", String.class), meanings);
    }

    @ParameterizedTest(name = "{0}: the PDF prints the page's numbers")
    @CsvSource({"manager", "funder of Didcot", "funder of the grant"})
    void shouldPrintInThePdfEveryNumberOfThePage(String reader) throws IOException {
        String token = token(reader);
        String query = YEAR_2024 + (reader.equals("funder of the grant") ? "" : "&fundingStream=" + DIDCOT);
        ImpactPage page = new ImpactPage(html(token, query));
        Response pdf =
                given().auth().oauth2(token).accept("application/pdf").when().get("/api/v1/reports/impact?" + query);
        pdf.then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", startsWith("inline; filename=\"oxpip-impact-"));
        try (PDDocument document = Loader.loadPDF(pdf.asByteArray())) {
            assertTrue(document.getNumberOfPages() >= 3, "pages: " + document.getNumberOfPages());
            for (PDPage sheet : document.getPages()) {
                // A4 in points: 210 mm × 297 mm.
                assertEquals(595, Math.round(sheet.getMediaBox().getWidth()));
                assertEquals(842, Math.round(sheet.getMediaBox().getHeight()));
            }
            PDFTextStripper stripper = new PDFTextStripper();
            // In reading order: openhtmltopdf writes a line's bold and plain runs to the page separately.
            stripper.setSortByPosition(true);
            String text = stripper.getText(document);
            String joined = text.replaceAll("-\\R", "-").replaceAll("\\s+", " ");
            // The charts' labels are drawn as shapes in the PDF; their numbers are in the tables beside them.
            List<String> onThePage =
                    sorted(page.numbers(element -> element.getTagName().equals("svg")));
            assertEquals(onThePage, sorted(ImpactPage.numbersIn(joined)));
            for (Element headline : page.elements("li")) {
                String sentence =
                        headline.getTextContent().replaceAll("\\s+", " ").strip();
                assertTrue(joined.contains(sentence), sentence + " is in the PDF");
            }
        }
    }

    @Test
    void shouldShowNoHiddenFigureAnywhereInAFundersSmallCohort() {
        // The grant's 2024: 13 referrals, 6 families with paired PIRGAS (F15 F16 F17 F18 F21 F22), every one
        // improved (6 of 6 = 100.0 %), too few for a percentage; source types of 1-4 hidden, and with them
        // (secondary suppression) more.
        String token = TestTokens.funder(GRANT);
        String source = html(token, YEAR_2024);
        ImpactPage page = new ImpactPage(source);
        JsonPath published = json(token, "/api/v1/reports/summary?" + YEAR_2024);
        JsonPath trend = json(token, "/api/v1/reports/trend?" + YEAR_2024 + "&interval=quarter");
        JsonPath exact = json(manager(), "/api/v1/reports/summary?" + YEAR_2024 + "&fundingStream=" + GRANT);

        List<String> hidden = new ArrayList<>();
        hiddenFigures(published.get(""), "", hidden);
        assertTrue(hidden.size() >= 8, "hidden figures: " + hidden);
        assertTrue(hidden.contains("outcomes.pirgasFamiliesImproved"), hidden.toString());
        assertEquals(100.0f, exact.getFloat("outcomes.pirgasFamiliesImproved.percent"));

        for (Element figure : page.withAttribute("data-figure")) {
            String path = figure.getAttribute("data-figure");
            for (String secret : hidden) {
                assertFalse(path.equals(secret) || path.startsWith(secret + "."), path + " is hidden");
            }
        }
        // A hidden rate's exact percentage (100.0 for PIRGAS) is nowhere in the source, text, SVG or attribute,
        // unless a published figure happens to be the same number.
        Set<String> shownNumbers = Set.copyOf(numbersOf(published.get(""), new ArrayList<>()));
        Set<String> trendNumbers = Set.copyOf(numbersOf(trend.get(""), new ArrayList<>()));
        for (String secret : hidden) {
            Object percent = exact.get(secret + ".percent");
            if (percent != null
                    && !shownNumbers.contains(percent.toString())
                    && !trendNumbers.contains(percent.toString())) {
                assertFalse(source.contains(percent.toString()), secret + "'s exact " + percent + " is in the source");
            }
        }
        assertFalse(source.contains("null"));
        java.util.regex.Matcher zero = Pattern.compile("(?<![\\d.])0(\\.0)?%").matcher(words(page));
        assertFalse(
                zero.find(),
                () -> "a hidden figure as 0%: " + words(page).substring(Math.max(0, zero.start() - 200), zero.end()));
        String text = words(page);
        assertTrue(
                text.contains("6 families had PIRGAS ratings from the start and the end of their work in this period."
                        + " A percentage is published over 10 or more only"),
                text);
        assertTrue(text.contains("not shown"), text);
    }

    @Test
    void shouldHeadTheReportWithTheStreamsTitleBlock() {
        String didcot = words(new ImpactPage(html(TestTokens.funder(DIDCOT), YEAR_2024)));
        assertTrue(
                didcot.startsWith("Impact report Parent-Infant Psychotherapy in Didcot Funded by The Didcot"
                        + " Powerhouse Fund Weekly sessions for families with a baby under two. Area Didcot and the villages"
                        + " around it Period 1 January 2024 to 31 December 2024 Funding stream DIDCOT_POWERHOUSE"),
                didcot);
        assertTrue(didcot.contains("small numbers are hidden (policy \u201cdefault\u201d)"), didcot);
        // Several streams, or a stream without a title block: the report says what it covers, no more.
        String all = words(new ImpactPage(html(manager(), YEAR_2024)));
        assertTrue(
                all.startsWith("Impact report Parent-infant psychotherapy Period 1 January 2024 to 31 December"
                        + " 2024 Funding stream all funding streams"),
                all);
        String grant = words(new ImpactPage(html(TestTokens.funder(GRANT), YEAR_2024)));
        assertTrue(grant.contains("Funding stream COMMUNITY_GRANT"), grant);
        assertFalse(grant.contains("Funded by"), grant);
    }

    @Test
    void shouldBeOneSelfContainedAccessiblePage() {
        Response response = given().auth()
                .oauth2(manager())
                .when()
                .get("/api/v1/reports/impact?" + YEAR_2024 + "&fundingStream=" + DIDCOT);
        response.then()
                .statusCode(200)
                .contentType("text/html")
                .header("Content-Type", containsString("charset=UTF-8"))
                .header("Content-Security-Policy", startsWith("default-src 'none'"))
                .header("Cache-Control", "no-store")
                .header(
                        "Content-Disposition",
                        "inline; filename=\"oxpip-impact-didcot-powerhouse-2024-01-01-to-2024-12-31.html\"");
        String source = response.asString();
        assertTrue(source.startsWith("<!DOCTYPE html>"));
        assertFalse(source.toLowerCase().contains("<script"), "no script");
        assertFalse(
                Pattern.compile("\\s(src|href|srcset|action)=").matcher(source).find(), "nothing to fetch");
        Matcher uri = Pattern.compile("[a-z]+://[^\"' <)]+").matcher(source);
        while (uri.find()) {
            assertTrue(NAMESPACES.contains(uri.group()), "no address but XML namespaces: " + uri.group());
        }
        ImpactPage page = new ImpactPage(source);
        List<Element> charts = page.elements("svg");
        assertEquals(4, charts.size(), "outcomes, trend, sources, waiting");
        for (Element chart : charts) {
            assertEquals("img", chart.getAttribute("role"));
            String[] labels = chart.getAttribute("aria-labelledby").split(" ");
            assertEquals(
                    chart.getElementsByTagName("title")
                            .item(0)
                            .getAttributes()
                            .getNamedItem("id")
                            .getNodeValue(),
                    labels[0]);
            assertEquals(
                    chart.getElementsByTagName("desc")
                            .item(0)
                            .getAttributes()
                            .getNamedItem("id")
                            .getNodeValue(),
                    labels[1]);
            Element figure = (Element) chart.getParentNode();
            assertEquals("figure", figure.getTagName(), "each chart is a figure with its data table");
            assertEquals(1, figure.getElementsByTagName("table").getLength());
        }
    }

    @Test
    void shouldChooseHtmlOrPdfByAcceptAndRefuseAnythingElse() {
        String report = "/api/v1/reports/impact?" + YEAR_2024;
        given().auth()
                .oauth2(manager())
                .accept("application/pdf;q=0.9, text/html;q=0.5")
                .when()
                .get(report)
                .then()
                .statusCode(200)
                .contentType("application/pdf");
        given().auth()
                .oauth2(manager())
                // What a browser sends when a manager opens the link.
                .accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .when()
                .get(report)
                .then()
                .statusCode(200)
                .contentType("text/html");
        for (String accept : List.of("application/json", "text/csv", "image/png")) {
            given().auth()
                    .oauth2(manager())
                    .accept(accept)
                    .when()
                    .get(report)
                    .then()
                    .statusCode(406)
                    .contentType("application/problem+json")
                    .body("status", is(406));
        }
    }

    @Test
    void shouldRefuseBadParametersAndOtherFundersStreams() {
        String problems = "https://oxpip.org/problems/";
        given().auth()
                .oauth2(manager())
                .when()
                .get("/api/v1/reports/impact?to=2024-12-31&interval=week")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.contains("from"));
        given().auth()
                .oauth2(manager())
                .when()
                .get("/api/v1/reports/impact?" + YEAR_2024 + "&interval=week")
                .then()
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.contains("interval"));
        given().auth()
                .oauth2(TestTokens.funder(GRANT))
                .when()
                .get("/api/v1/reports/impact?" + YEAR_2024 + "&fundingStream=" + DIDCOT)
                .then()
                .statusCode(403)
                .body("type", is(problems + "funding-stream-not-yours"))
                .body(org.hamcrest.Matchers.not(containsString(DIDCOT)));
        given().auth()
                .oauth2(TestTokens.token("funder").roles("funder").sign())
                .when()
                .get("/api/v1/reports/impact?to=nonsense")
                .then()
                .statusCode(403)
                .body("type", is(problems + "no-funding-streams"));
        given().auth()
                .oauth2(TestTokens.funder(GRANT))
                .when()
                .get("/api/v1/reports/impact?from=2024-01-01&to=2024-12-30")
                .then()
                .statusCode(422);
        given().auth()
                .oauth2(TestTokens.staff("clinician"))
                .when()
                .get("/api/v1/reports/impact?" + YEAR_2024)
                .then()
                .statusCode(403);
    }

    static String token(String reader) {
        return switch (reader) {
            case "manager" -> manager();
            case "funder of Didcot" -> TestTokens.funder(DIDCOT);
            case "funder of both" -> TestTokens.funder(DIDCOT, GRANT);
            case "funder of the grant" -> TestTokens.funder(GRANT);
            default -> throw new IllegalArgumentException(reader);
        };
    }

    static String manager() {
        return TestTokens.staff("manager");
    }

    static String html(String token, String query) {
        return given().auth()
                .oauth2(token)
                .accept("text/html")
                .when()
                .get("/api/v1/reports/impact?" + query)
                .then()
                .statusCode(200)
                .contentType("text/html")
                .extract()
                .asString();
    }

    private static JsonPath json(String token, String path) {
        return given().auth()
                .oauth2(token)
                .accept("application/json")
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The trend the page was drawn from: its interval, else quarters for a period of up to 8 of them. */
    private static String withInterval(String query) {
        if (query.contains("interval=")) {
            return query.replace("&forPublication=true", "")
                    + (query.contains("forPublication") ? "&forPublication=true" : "");
        }
        return query + "&interval=quarter";
    }

    /** What a reader reads: the page's text without the charts (each has a table), spaces made single. */
    static String words(ImpactPage page) {
        return page.text(element -> element.getTagName().equals("svg"))
                .replace('\u2002', ' ')
                .replaceAll("\\s+", " ")
                .replaceAll(" ([.,;:)%])", "$1")
                .replaceAll("\\( ", "(")
                .strip();
    }

    private static Object instantOrDay(String value) {
        return value.contains("T") ? Instant.parse(value) : value;
    }

    private static List<String> sorted(List<String> numbers) {
        List<String> copy = new ArrayList<>(numbers);
        copy.sort(null);
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static void hiddenFigures(Object node, String path, List<String> hidden) {
        if (node instanceof Map<?, ?> map) {
            if (Boolean.TRUE.equals(map.get("suppressed"))
                    && (map.containsKey("value") || map.containsKey("percent"))) {
                hidden.add(path);
                return;
            }
            ((Map<String, Object>) map)
                    .forEach((key, value) -> hiddenFigures(value, path.isEmpty() ? key : path + "." + key, hidden));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                hiddenFigures(list.get(i), path + "[" + i + "]", hidden);
            }
        }
    }

    private static List<String> numbersOf(Object node, List<String> numbers) {
        if (node instanceof Map<?, ?> map) {
            map.values().forEach(value -> numbersOf(value, numbers));
        } else if (node instanceof List<?> list) {
            list.forEach(value -> numbersOf(value, numbers));
        } else if (node instanceof Number number) {
            numbers.add(number.toString());
        }
        return numbers;
    }
}
