package org.oxpip.systemtests;

import static io.restassured.RestAssured.given;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.oxpip.stack.DemoRealm;

/** Looks for invented families' personal values in text, the stack's logs and the three change feeds. */
final class PersonalDataSearch {

    private PersonalDataSearch() {}

    /** Each value found in {@code text} (ignoring case), shown with a little of what surrounds it. */
    static List<String> search(String where, String text, Collection<String> values) {
        String haystack = text.toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        for (String value : values) {
            int at = haystack.indexOf(value.toLowerCase(Locale.ROOT));
            if (at >= 0) {
                found.add(where + ": '" + value + "' in …"
                        + text.substring(Math.max(0, at - 80), Math.min(text.length(), at + value.length() + 40))
                                .replace('\n', ' ')
                        + "…");
            }
        }
        return found;
    }

    /** Every page of the three change feeds, read from the start as reporting-service reads them. */
    static void eachFeedPage(BiConsumer<String, ExtractableResponse<Response>> page) {
        String token = Tokens.client(DemoRealm.REPORTING_SERVICE);
        for (String feed : List.of(
                Referrals.url("/feed/referrals"), Measures.url("/feed/assessments"), Measures.url("/feed/quotes"))) {
            String after = null;
            while (true) {
                var request = given().auth().oauth2(token).queryParam("limit", 1000);
                if (after != null) {
                    request.queryParam("after", after);
                }
                var response = request.when().get(feed).then().statusCode(200).extract();
                page.accept(feed, response);
                after = response.path("next");
                if (!Boolean.TRUE.equals(response.path("hasMore"))) {
                    break;
                }
            }
        }
    }

    /** Each log file of the stack, by name, with its whole text. */
    static void eachLog(BiConsumer<String, String> log) {
        try (Stream<Path> logs = Files.list(RunningStack.stack().logDir())) {
            for (Path file : logs.filter(Files::isRegularFile).sorted().toList()) {
                log.accept(file.getFileName().toString(), new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the stack's logs", e);
        }
    }
}
