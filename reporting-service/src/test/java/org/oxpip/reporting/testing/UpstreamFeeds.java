package org.oxpip.reporting.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Programs the stand-in upstream feeds over WireMock's admin API. Feeds answer only to the
 * service-account token our token endpoint stub hands out, as the real ones answer only to
 * feed-reader.
 */
public final class UpstreamFeeds {

    public static final String REFERRALS = "/api/v1/feed/referrals";
    public static final String ASSESSMENTS = "/api/v1/feed/assessments";
    public static final String QUOTES = "/api/v1/feed/quotes";
    public static final String INSTRUMENTS = "/api/v1/instruments";
    /** outcomes-service's own catalogue file, copied at build time (see this module's pom.xml). */
    private static final String CATALOGUE = "/upstream/outcomes-service/catalogue.json";

    public static final String SERVICE_TOKEN = "reporting-service-account-token";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireMock wireMock;

    private UpstreamFeeds(WireMock wireMock) {
        this.wireMock = wireMock;
    }

    public static UpstreamFeeds at(String baseUrl) {
        URI uri = URI.create(baseUrl);
        return new UpstreamFeeds(new WireMock(uri.getHost(), uri.getPort()));
    }

    /**
     * Forgets every page and request; the token endpoint answers again, and outcomes-service's catalogue is
     * served as that service ships it.
     */
    public void reset() {
        wireMock.resetMappings();
        wireMock.resetRequests();
        wireMock.register(post(urlEqualTo("/token"))
                .willReturn(okJson(
                        "{\"access_token\":\"" + SERVICE_TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":300}")));
        catalogue(realCatalogue());
        // The quotes feed has nothing to say unless a test gives it pages (which take priority over this).
        wireMock.register(get(urlPathEqualTo(QUOTES))
                .atPriority(10)
                .withHeader("Authorization", equalTo("Bearer " + SERVICE_TOKEN))
                .willReturn(okJson("{\"items\":[],\"next\":\"0\",\"hasMore\":false}")));
    }

    /** outcomes-service's instrument catalogue, as its file says it (GET /api/v1/instruments with the defaults). */
    public static String realCatalogue() {
        return read(CATALOGUE);
    }

    /**
     * outcomes-service's catalogue with one value of one instrument changed (null: removed), as that service
     * would serve it after that one edit of its catalogue.json.
     */
    public static String realCatalogueWith(String code, String field, Integer value) {
        try {
            ArrayNode catalogue = (ArrayNode) JSON.readTree(realCatalogue());
            for (JsonNode entry : catalogue) {
                if (entry.get("code").asText().equals(code)) {
                    if (value == null) {
                        ((ObjectNode) entry).putNull(field);
                    } else {
                        ((ObjectNode) entry).put(field, value);
                    }
                }
            }
            return JSON.writeValueAsString(catalogue);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Serves this catalogue as GET /api/v1/instruments (to the service-account token only). */
    public void catalogue(String json) {
        wireMock.register(get(urlPathEqualTo(INSTRUMENTS))
                .atPriority(5)
                .withHeader("Authorization", equalTo("Bearer " + SERVICE_TOKEN))
                .willReturn(okJson(json)));
    }

    public void catalogueFails(int status) {
        wireMock.register(get(urlPathEqualTo(INSTRUMENTS))
                .atPriority(1)
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":" + status + ",\"detail\":\"family SMITH, NHS 9434765919\"}")));
    }

    public int catalogueRequestsWithOurToken() {
        return (int) wireMock.find(getRequestedFor(urlPathEqualTo(INSTRUMENTS))).stream()
                .filter(request -> ("Bearer " + SERVICE_TOKEN).equals(request.getHeader("Authorization")))
                .count();
    }

    /** A page exactly as recorded from the real feed (src/test/resources/feeds). */
    public void recordedPage(String feed, String after, String resource) {
        wireMock.register(page(feed, after).willReturn(okJson(read("/feeds/" + resource))));
    }

    public void page(String feed, String after, List<Map<String, Object>> items, String next, boolean hasMore) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", items);
        body.put("next", next);
        body.put("hasMore", hasMore);
        wireMock.register(page(feed, after).willReturn(okJson(write(body))));
    }

    /**
     * Serves items as the real feed would: positions 1, 2, 3... and pages of {@code pageSize}; after
     * the last page, an empty one that says there is nothing more.
     */
    public void serve(String feed, List<Map<String, Object>> items, int pageSize) {
        String after = null;
        for (int start = 0; start < items.size(); start += pageSize) {
            List<Map<String, Object>> page = new ArrayList<>();
            for (int i = start; i < Math.min(start + pageSize, items.size()); i++) {
                Map<String, Object> item = new LinkedHashMap<>(items.get(i));
                item.put("position", String.valueOf(i + 1));
                page.add(item);
            }
            String next = String.valueOf(start + page.size());
            page(feed, after, page, next, start + pageSize < items.size());
            after = next;
        }
        page(feed, after, List.of(), after, false);
    }

    public void fails(String feed, String after, int status) {
        wireMock.register(page(feed, after)
                .atPriority(1)
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":" + status + ",\"detail\":\"family SMITH, NHS 9434765919\"}")));
    }

    public void slow(String feed, int delayMillis) {
        wireMock.register(get(urlPathEqualTo(feed))
                .atPriority(1)
                .willReturn(
                        okJson("{\"items\":[],\"next\":null,\"hasMore\":false}").withFixedDelay(delayMillis)));
    }

    public void tokenEndpointFails() {
        wireMock.register(
                post(urlEqualTo("/token")).atPriority(1).willReturn(aResponse().withStatus(503)));
    }

    public int requests(String feed, String after) {
        var pattern = getRequestedFor(urlPathEqualTo(feed));
        pattern = after == null
                ? pattern.withQueryParam("after", absent())
                : pattern.withQueryParam("after", equalTo(after));
        return wireMock.find(pattern).size();
    }

    public int requestsWithoutOurToken(String feed) {
        return (int) wireMock.find(getRequestedFor(urlPathEqualTo(feed))).stream()
                .filter(request -> !("Bearer " + SERVICE_TOKEN).equals(request.getHeader("Authorization")))
                .count();
    }

    public int clientCredentialsGrants() {
        return wireMock.find(postRequestedFor(urlEqualTo("/token"))
                        .withRequestBody(containing("grant_type=client_credentials")))
                .size();
    }

    private static MappingBuilder page(String feed, String after) {
        return get(urlPathEqualTo(feed))
                .withQueryParam("after", after == null ? absent() : equalTo(after))
                .withHeader("Authorization", equalTo("Bearer " + SERVICE_TOKEN));
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = UpstreamFeeds.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
