package org.oxpip.platform.json;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.oxpip.platform.problem.ProblemException;

/**
 * JSON request bodies are read strictly: invalid UTF-8 (overlong forms, surrogates, code points above
 * U+10FFFF) is refused rather than quietly repaired, and a number too large to read is a bad request,
 * not a server error. Bodies are small (the body limit caps them), so reading one whole costs little.
 * Only the server's reading: what a REST client reads from another service is that service's business.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
public class StrictJsonBodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        if (!isUtf8(body)) {
            throw ProblemException.malformedJson("The body is not valid UTF-8");
        }
        context.setInputStream(new ByteArrayInputStream(body));
        try {
            return context.proceed();
        } catch (NumberFormatException e) {
            throw ProblemException.malformedJson("A number in the body is too large to read");
        }
    }

    static boolean isJson(MediaType type) {
        return type != null
                && (type.getSubtype().equalsIgnoreCase("json")
                        || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
    }

    static boolean isUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
