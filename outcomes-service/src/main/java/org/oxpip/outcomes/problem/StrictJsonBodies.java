package org.oxpip.outcomes.problem;

import io.quarkus.jackson.ObjectMapperCustomizer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Request bodies are read strictly: invalid UTF-8 (overlong forms, code points above U+10FFFF) and
 * anything after the JSON value are refused rather than quietly repaired, and a number too large
 * to read is a bad request, not a server error. Bodies are small (the HTTP layer caps their size),
 * so reading one whole to check it costs little.
 */
@Provider
public class StrictJsonBodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        byte[] body = context.getInputStream().readAllBytes();
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw new ProblemException(Problem.of(400, "malformed-json", "Malformed JSON", "The body is not valid UTF-8"));
        }
        context.setInputStream(new ByteArrayInputStream(body));
        try {
            return context.proceed();
        } catch (NumberFormatException e) {
            throw new ProblemException(Problem.of(400, "malformed-json", "Malformed JSON",
                    "A number in the body is too large to read"));
        }
    }

    /** Jackson stops at the end of the first value unless told that more is an error. */
    @Singleton
    public static class RefuseTrailingTokens implements ObjectMapperCustomizer {
        @Override
        public void customize(ObjectMapper mapper) {
            mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        }
    }
}
