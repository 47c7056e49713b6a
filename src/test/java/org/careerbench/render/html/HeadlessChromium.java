package org.careerbench.render.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's headless Chromium driven over the DevTools protocol with the JDK's own WebSocket
 * client: open a page at a viewport width, evaluate an expression in it, take a screenshot. For
 * tests; {@link #start()} is empty when no Chromium can be started here.
 */
final class HeadlessChromium implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    private HeadlessChromium(Process process, Path profile, String pageSocket) throws Exception {
        this.process = process;
        this.profile = profile;
        StringBuilder message = new StringBuilder();
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(pageSocket),
                new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        message.append(data);
                        if (last) {
                            try {
                                JsonNode reply = JSON.readTree(message.toString());
                                CompletableFuture<JsonNode> f = pending.remove(reply.path("id").asInt(-1));
                                if (f != null) {
                                    f.complete(reply);
                                }
                            } catch (IOException e) {
                                // an event we did not ask for, or a broken frame: nobody waits for it
                            } finally {
                                message.setLength(0);
                            }
                        }
                        ws.request(1);
                        return null;
                    }
                }).get(30, TimeUnit.SECONDS);
    }

    /** The Chromium binary of this machine, if any. */
    static Optional<Path> binary() {
        for (String name : new String[] {"/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"}) {
            if (Files.isExecutable(Path.of(name))) {
                return Optional.of(Path.of(name));
            }
        }
        return Optional.empty();
    }

    /** A started browser with one blank page, or empty (and why, on standard error) when none starts. */
    static Optional<HeadlessChromium> start() {
        Optional<Path> binary = binary();
        if (binary.isEmpty()) {
            return Optional.empty();
        }
        Process p = null;
        Path profile = null;
        try {
            profile = Files.createTempDirectory("chromium-profile");
            p = new ProcessBuilder(binary.get().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--hide-scrollbars", "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank")
                    .redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            Pattern listening = Pattern.compile("DevTools listening on ws://[^:]+:(\\d+)/");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            Integer port = null;
            String line;
            while (port == null && System.nanoTime() < deadline && (line = out.readLine()) != null) {
                Matcher m = listening.matcher(line);
                if (m.find()) {
                    port = Integer.parseInt(m.group(1));
                }
            }
            if (port == null) {
                throw new IOException("Chromium did not say where its DevTools listen");
            }
            Process running = p;
            Thread drain = new Thread(() -> {
                try {
                    while (out.readLine() != null) {
                        // keep the pipe empty so the browser never blocks on it
                    }
                } catch (IOException e) {
                    // the browser ended
                }
            });
            drain.setDaemon(true);
            drain.start();
            HttpResponse<String> list = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/json/list")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            for (JsonNode target : JSON.readTree(list.body())) {
                if (target.path("type").asText().equals("page")) {
                    return Optional.of(new HeadlessChromium(running, profile,
                            target.path("webSocketDebuggerUrl").asText()));
                }
            }
            throw new IOException("Chromium opened no page");
        } catch (Exception e) {
            System.err.println("headless Chromium could not be started (" + e.getMessage() + "); the browser test "
                    + "is skipped");
            if (p != null) {
                p.destroyForcibly();
            }
            return Optional.empty();
        }
    }

    /** Sends one DevTools command and waits for its result. */
    JsonNode call(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        socket.sendText(JSON.writeValueAsString(message), true).get(10, TimeUnit.SECONDS);
        JsonNode r = reply.get(60, TimeUnit.SECONDS);
        if (r.has("error")) {
            throw new IllegalStateException(method + ": " + r.path("error"));
        }
        return r.path("result");
    }

    /** Opens {@code page} in a viewport {@code width} CSS pixels wide and waits until it has loaded. */
    void open(Path page, int width) throws Exception {
        call("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900, "deviceScaleFactor", 1,
                "mobile", width < 600));
        call("Page.enable", Map.of());
        call("Page.navigate", Map.of("url", page.toUri().toString()));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!"complete".equals(evaluate("document.readyState").asText())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(page + " did not finish loading");
            }
            Thread.sleep(50);
        }
    }

    /** The value of a JavaScript expression in the open page, as JSON. */
    JsonNode evaluate(String expression) throws Exception {
        return call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true))
                .path("result").path("value");
    }

    /** A PNG of the whole page (not only the viewport) written to {@code file}. */
    void screenshot(Path file) throws Exception {
        JsonNode shot = call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(shot.path("data").asText()));
    }

    @Override
    public void close() throws Exception {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        } catch (RuntimeException e) {
            // closing anyway
        }
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | java.io.UncheckedIOException e) {
            // a file the browser was still writing as it stopped; the temporary folder goes with the machine
        }
    }
}
