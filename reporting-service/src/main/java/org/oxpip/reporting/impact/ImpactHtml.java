package org.oxpip.reporting.impact;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * The impact report as one self-contained page: XHTML (so the PDF renderer reads the very same
 * text), its style sheet inline, its charts inline SVG, no script and no reference to anything
 * outside itself; a Content-Security-Policy in the page and on the response makes a browser refuse to
 * fetch anything even if a later change slipped a reference in. JAX-RS picks this writer for
 * {@code Accept: text/html} (and for no Accept at all), ImpactPdf for {@code application/pdf}.
 */
@Provider
@Produces(ImpactHtml.MEDIA_TYPE)
@ConstrainedTo(RuntimeType.SERVER)
public class ImpactHtml implements MessageBodyWriter<ImpactReport> {

    public static final String MEDIA_TYPE = "text/html";

    /** Nothing may be fetched: styles are inline, images (none today) could only be data: URIs. */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

    static final String STYLE = resource("/impact/impact-report.css");

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return ImpactReport.class.isAssignableFrom(type) && mediaType.isCompatible(MediaType.TEXT_HTML_TYPE);
    }

    @Override
    public void writeTo(
            ImpactReport report,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> headers,
            OutputStream body)
            throws IOException {
        headers.putSingle(HttpHeaders.CONTENT_TYPE, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        headers.putSingle("Content-Security-Policy", CONTENT_SECURITY_POLICY + "; frame-ancestors 'none'");
        headers.putSingle("Content-Disposition", "inline; filename=\"" + report.fileName("html") + "\"");
        body.write(write(report).getBytes(StandardCharsets.UTF_8));
    }

    /** The whole page. */
    static String write(ImpactReport report) {
        Xhtml h = new Xhtml();
        h.raw("<!DOCTYPE html>\n");
        h.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", "en-GB");
        h.open("head");
        h.empty("meta", "charset", "UTF-8");
        h.empty("meta", "http-equiv", "Content-Security-Policy", "content", CONTENT_SECURITY_POLICY);
        h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        h.element("title", title(report));
        h.open("style").raw(STYLE).close("style");
        h.close("head");
        h.open("body").open("main");
        TitleSection.write(h, report);
        Headlines.write(h, report);
        OutcomeCharts.write(h, report);
        Reach.write(h, report);
        Headlines.parentsSaid(h, report);
        HowWeMeasured.write(h, report);
        h.close("main").close("body").close("html");
        return h.toString();
    }

    private static String title(ImpactReport report) {
        String project = report.titleBlock() == null
                ? TitleSection.GENERIC_TITLE
                : report.titleBlock().projectTitle();
        return "Impact report: " + project + ", "
                + TitleSection.DAY.format(report.summary().from()) + " to "
                + TitleSection.DAY.format(report.summary().to());
    }

    private static String resource(String name) {
        try (InputStream in = ImpactHtml.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
