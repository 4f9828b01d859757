package org.oxpip.reporting.impact;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.oxpip.platform.testing.Chromium;
import org.oxpip.platform.testing.PostgresResource;
import org.oxpip.platform.testing.TestTokens;
import org.oxpip.reporting.report.CohortLoader;
import org.oxpip.reporting.testing.FeedsStub;
import org.oxpip.reporting.testing.ReadModel;

/**
 * The impact report in a real browser: Debian's headless Chromium opens the page a funder gets (the
 * test cohort's Didcot stream, 2023 and 2024 year by year) at A4 width, on screen and as printed, and the test fails on a
 * console error, a script error, any request beyond the page itself, or content wider than the page.
 * It takes an A4 screenshot and prints the page to PDF. Without Chromium the test is skipped with a
 * loud message, except under CI (CI=true), where it fails: .ci/run installs Debian's chromium.
 *
 * <p>Writes target/impact/impact-report.html, .pdf (openhtmltopdf, as the API answers), -chromium.pdf
 * and -a4.png: docs/examples holds a copy of them.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FeedsStub.class, restrictToAnnotatedClass = false)
class ImpactReportInChromiumTest {

    /** A4 at CSS's 96 pixels to the inch: 210 mm × 297 mm. */
    static final int A4_WIDTH = 794;

    static final int A4_HEIGHT = 1123;
    static final Path OUT = Path.of("target", "impact");
    static final String REPORT = "/api/v1/reports/impact?from=2023-01-01&to=2024-12-31&interval=year&fundingStream="
            + ImpactReportTest.DIDCOT;

    @ConfigProperty(name = "quarkus.rest-client.referrals.url")
    String upstreamUrl;

    @Test
    void shouldOpenCleanlyInABrowserAndPrintOnA4() throws Exception {
        Path executable = chromiumOrSkip();
        CohortLoader.load(upstreamUrl);
        ReadModel.execute("DELETE FROM impact_settings");
        TitleBlockResourceTest.put(
                        "/api/v1/reports/impact/settings/" + ImpactReportTest.DIDCOT,
                        null,
                        ImpactReportTest.TITLE_BLOCK)
                .statusCode(201);
        String token = TestTokens.funder(ImpactReportTest.DIDCOT);
        Files.createDirectories(OUT);
        Path page = OUT.resolve("impact-report.html").toAbsolutePath();
        Files.writeString(page, ImpactReportTest.html(token, REPORT.substring(REPORT.indexOf('?') + 1)));
        Files.write(
                OUT.resolve("impact-report.pdf"),
                given().auth()
                        .oauth2(token)
                        .accept("application/pdf")
                        .when()
                        .get(REPORT)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray());

        try (Chromium chromium = new Chromium(executable)) {
            chromium.open(A4_WIDTH, A4_HEIGHT);
            String url = page.toUri().toString();
            chromium.load(url);
            assertCleanLoad(chromium, url);
            assertFitsTheWidth(chromium, "screen");

            JsonNode shot = chromium.call(
                    "Page.captureScreenshot",
                    Map.of(
                            "format",
                            "png",
                            "clip",
                            Map.of("x", 0, "y", 0, "width", A4_WIDTH, "height", A4_HEIGHT, "scale", 1)));
            byte[] png = Base64.getDecoder().decode(shot.get("data").asText());
            assertTrue(png.length > 20_000, "a screenshot with something on it: " + png.length + " bytes");
            Files.write(OUT.resolve("impact-report-a4.png"), png);

            chromium.call("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertFitsTheWidth(chromium, "print");
            JsonNode printed = chromium.call(
                    "Page.printToPDF",
                    Map.of(
                            "printBackground",
                            true,
                            "preferCSSPageSize",
                            true,
                            "paperWidth",
                            8.27,
                            "paperHeight",
                            11.69));
            byte[] pdf = Base64.getDecoder().decode(printed.get("data").asText());
            Files.write(OUT.resolve("impact-report-chromium.pdf"), pdf);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertTrue(document.getNumberOfPages() >= 3, "pages: " + document.getNumberOfPages());
                assertEquals(595, Math.round(document.getPage(0).getMediaBox().getWidth()), "A4 wide");
                assertEquals(842, Math.round(document.getPage(0).getMediaBox().getHeight()), "A4 high");
                String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                String headline = new ImpactPage(Files.readString(page))
                        .elements("li")
                        .get(0)
                        .getTextContent()
                        .replaceAll("\\s+", " ")
                        .strip();
                assertTrue(text.contains(headline), headline + " in " + text);
            }
            // Printing made no request either, and logged no error.
            assertCleanLoad(chromium, url);
        }
    }

    private static void assertCleanLoad(Chromium chromium, String url) {
        List<String> problems =
                chromium.events().flatMap(event -> problem(event, url).stream()).toList();
        assertEquals(List.of(), problems, "console errors, failed or outside requests");
        assertTrue(
                chromium.events()
                        .anyMatch(event -> event.path("method").asText().equals("Network.requestWillBeSent")),
                "the browser's network events were heard");
    }

    /** What in one DevTools event fails the page: an error logged, a script error, a request, a failed load. */
    private static Optional<String> problem(JsonNode event, String url) {
        JsonNode params = event.path("params");
        return switch (event.path("method").asText()) {
            case "Runtime.consoleAPICalled" ->
                params.path("type").asText().matches("error|assert|warning")
                        ? Optional.of("console " + params.path("type").asText() + ": " + params.path("args"))
                        : Optional.empty();
            case "Runtime.exceptionThrown" -> Optional.of("script error: " + params.path("exceptionDetails"));
            case "Log.entryAdded" ->
                params.path("entry").path("level").asText().matches("error|warning")
                        ? Optional.of("log " + params.path("entry"))
                        : Optional.empty();
            case "Network.requestWillBeSent" ->
                params.path("request").path("url").asText().equals(url)
                        ? Optional.empty()
                        : Optional.of("request for "
                                + params.path("request").path("url").asText());
            case "Network.loadingFailed" -> Optional.of("failed request: " + params);
            default -> Optional.empty();
        };
    }

    private static void assertFitsTheWidth(Chromium chromium, String media) throws Exception {
        JsonNode widths = chromium.evaluate("({page: document.documentElement.clientWidth,"
                + " scroll: document.documentElement.scrollWidth,"
                + " widest: Math.max(...Array.from(document.querySelectorAll('body *'))"
                + ".map(e => Math.ceil(e.getBoundingClientRect().right)))})");
        int pageWidth = widths.get("page").asInt();
        assertTrue(pageWidth > 0 && pageWidth <= A4_WIDTH, media + ": " + widths);
        assertTrue(widths.get("scroll").asInt() <= pageWidth, media + ": content wider than the page: " + widths);
        assertTrue(widths.get("widest").asInt() <= pageWidth, media + ": an element wider than the page: " + widths);
    }

    /** Chromium, or a skip that says so loudly; under CI its absence is a failure, never a skip. */
    private static Path chromiumOrSkip() {
        Optional<Path> chromium = Chromium.find();
        if (chromium.isPresent()) {
            return chromium.get();
        }
        String message = "Chromium is not installed (looked for " + Chromium.CANDIDATES + "): the impact report was"
                + " NOT checked in a browser. Install Debian's package: apt-get install -y chromium";
        String ci = System.getenv("CI");
        if (ci != null && (ci.equalsIgnoreCase("true") || ci.equals("1"))) {
            fail(message + " (CI=" + ci + ": a browser check may not be skipped in CI)");
        }
        System.err.println("\n!!!!!!!!!! " + message + " !!!!!!!!!!\n");
        Assumptions.abort(message);
        return null;
    }
}
