package org.oxpip.reporting.impact;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.EnumSet;

/**
 * The impact report as a PDF: the very XHTML of ImpactHtml, laid out on A4 by openhtmltopdf on
 * PDFBox inside the JVM (no browser on the server), its SVG charts drawn by Batik. Nothing outside the
 * document is ever loaded: every URI is refused before it is resolved, and scripts in SVG are off.
 * Text is set in the PDF's standard Helvetica; a character Helvetica lacks (a Welsh ŵ in a title
 * block, say) falls back to Liberation Sans, which PDFBox ships inside its own jar, as do the charts,
 * so no font has to be installed on the server.
 */
@Provider
@Produces(ImpactPdf.MEDIA_TYPE)
@ConstrainedTo(RuntimeType.SERVER)
public class ImpactPdf implements MessageBodyWriter<ImpactReport> {

    public static final String MEDIA_TYPE = "application/pdf";

    static final String FALLBACK_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return ImpactReport.class.isAssignableFrom(type) && mediaType.isCompatible(MediaType.valueOf(MEDIA_TYPE));
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
        byte[] pdf = render(ImpactHtml.write(report));
        headers.putSingle(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE);
        headers.putSingle("Content-Disposition", "inline; filename=\"" + report.fileName("pdf") + "\"");
        body.write(pdf);
    }

    /** The PDF of one page of XHTML, rendered in full before anything is sent (a failure is a clean 500). */
    static byte[] render(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useExternalResourceAccessControl(
                    (uri, kind) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl(
                    (uri, kind) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
            builder.useFont(
                    () -> ImpactPdf.class.getResourceAsStream(FALLBACK_FONT),
                    "Liberation Sans",
                    400,
                    FontStyle.NORMAL,
                    true,
                    EnumSet.of(FSFontUseCase.SVG, FSFontUseCase.FALLBACK_FINAL));
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new IllegalStateException("The impact report could not be laid out as a PDF", e);
        }
        return pdf.toByteArray();
    }
}
