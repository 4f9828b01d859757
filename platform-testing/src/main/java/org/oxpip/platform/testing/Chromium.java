package org.oxpip.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium, driven over the DevTools protocol with the JDK's own WebSocket client:
 * no browser download, no Node, no driver. The command line alone could take the screenshot and the
 * PDF but could not hear the page's console or its network, which the test must; this reads both as
 * events while it loads the page. Chromium is started with --no-sandbox (root, containers) and
 * --disable-background-networking (it calls nobody), listening on 127.0.0.1 only.
 *
 * <p>One helper for every browser test: reporting-service's impact report, and the system tests' Swagger UI
 * sign-in, which also follows the sign-in window a page opens ({@link #awaitPage}, {@link #use}).
 */
public final class Chromium implements AutoCloseable {

    public static final List<String> CANDIDATES =
            List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/lib/chromium/chromium");
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final ObjectMapper json = new ObjectMapper();
    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> answers = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private String session;

    /** Where Debian installs it, if it is installed. */
    public static Optional<Path> find() {
        return CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    public Chromium(Path executable) throws Exception {
        profile = Files.createTempDirectory("oxpip-chromium-");
        process = new ProcessBuilder(
                        executable.toString(),
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--disable-extensions",
                        "--no-first-run",
                        "--no-default-browser-check",
                        "--hide-scrollbars",
                        "--remote-debugging-address=127.0.0.1",
                        "--remote-debugging-port=0",
                        "--user-data-dir=" + profile,
                        "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String endpoint = endpoint();
        socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .connectTimeout(TIMEOUT)
                .buildAsync(URI.create(endpoint), new Listener())
                .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Opens a tab of this size and listens to its page, console, log and network. */
    public void open(int width, int height) throws Exception {
        String target = call("Target.createTarget", Map.of("url", "about:blank"))
                .get("targetId")
                .asText();
        session = call("Target.attachToTarget", Map.of("targetId", target, "flatten", true))
                .get("sessionId")
                .asText();
        for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
            call(domain + ".enable", Map.of());
        }
        call(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Loads a page and waits for its load event. */
    public void load(String url) throws Exception {
        events.clear();
        call("Page.navigate", Map.of("url", url));
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (events().noneMatch(event -> event.path("method").asText().equals("Page.loadEventFired"))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The page did not load in " + TIMEOUT);
            }
            Thread.sleep(50);
        }
        Thread.sleep(300); // late console messages and requests
    }

    /** A JavaScript expression's value, evaluated by DevTools (not by the page, whose policy forbids scripts). */
    public JsonNode evaluate(String expression) throws Exception {
        return call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true))
                .path("result")
                .path("value");
    }

    public JsonNode call(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode message = json.createObjectNode().put("id", id).put("method", method);
        message.set("params", json.valueToTree(params));
        if (session != null && !method.startsWith("Target.")) {
            message.put("sessionId", session);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        answers.put(id, answer);
        socket.sendText(json.writeValueAsString(message), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        JsonNode reply = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (reply.has("error")) {
            throw new IllegalStateException(method + ": " + reply.get("error"));
        }
        return reply.path("result");
    }

    /** Reports the tabs and windows pages open (window.open), as Target events. */
    public void discoverTargets() throws Exception {
        call("Target.setDiscoverTargets", Map.of("discover", true));
    }

    /** The target id of a page (a tab or a window a page opened) whose address starts with this, once there is one. */
    public String awaitPage(String urlPrefix) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<String> target = events().filter(
                            event -> event.path("method").asText().startsWith("Target.target"))
                    .map(event -> event.path("params").path("targetInfo"))
                    .filter(info -> info.path("type").asText().equals("page"))
                    .filter(info -> info.path("url").asText().startsWith(urlPrefix))
                    .map(info -> info.path("targetId").asText())
                    .findFirst();
            if (target.isPresent()) {
                return target.get();
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("No page at " + urlPrefix + " within " + TIMEOUT);
    }

    /** Attaches to another page (say a sign-in window) with its Page and Runtime domains, and returns its session. */
    public String attach(String targetId) throws Exception {
        String attached = call("Target.attachToTarget", Map.of("targetId", targetId, "flatten", true))
                .get("sessionId")
                .asText();
        String previous = use(attached);
        try {
            for (String domain : List.of("Page", "Runtime")) {
                call(domain + ".enable", Map.of());
            }
        } finally {
            use(previous);
        }
        return attached;
    }

    /** Sends the calls that follow to this session (a page attached to); returns the one used until now. */
    public String use(String sessionId) {
        String previous = session;
        session = sessionId;
        return previous;
    }

    /** Waits until a JavaScript expression is true on the current page, or fails saying what was awaited. */
    public void await(String what, String expression) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!evaluate(expression).asBoolean(false)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Waited " + TIMEOUT + " for " + what);
            }
            Thread.sleep(100);
        }
    }

    /** Every event since the last load. */
    public Stream<JsonNode> events() {
        return events.stream();
    }

    @Override
    public void close() throws IOException {
        try {
            socket.abort();
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted((a, b) -> b.compareTo(a))
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    private String endpoint() throws IOException {
        BufferedReader errors =
                new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        String line;
        while ((line = errors.readLine()) != null) {
            Matcher matcher = LISTENING.matcher(line);
            if (matcher.find()) {
                // Keep reading what it says, or a full pipe would stall it.
                Thread drain = new Thread(() -> errors.lines().forEach(ignored -> {}), "chromium-stderr");
                drain.setDaemon(true);
                drain.start();
                return matcher.group(1);
            }
            seen.add(line);
        }
        throw new IllegalStateException("Chromium stopped before listening: " + seen);
    }

    private final class Listener implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode message = json.readTree(partial.toString());
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> answer =
                                answers.remove(message.get("id").asInt());
                        if (answer != null) {
                            answer.complete(message);
                        }
                    } else {
                        events.add(message);
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                } finally {
                    partial.setLength(0);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
