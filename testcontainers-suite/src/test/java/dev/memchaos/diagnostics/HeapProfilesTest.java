package dev.memchaos.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeapProfilesTest {

    @TempDir
    Path folder;

    private final List<String> reasons = new CopyOnWriteArrayList<>();
    private final List<URI> requested = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private URI serve(String path, int status, String contentType, byte[] body, Duration delay) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(path, exchange -> respond(exchange, status, contentType, body, delay));
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void respond(HttpExchange exchange, int status, String contentType, byte[] body, Duration delay) throws IOException {
        requested.add(exchange.getRequestURI());
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        } catch (IOException e) {
            // the client gave up
        }
    }

    private static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(raw);
        }
        return bytes.toByteArray();
    }

    private HeapProfiles profiles() {
        return new HeapProfiles(Duration.ofSeconds(2), reasons::add);
    }

    private List<Path> filesIn(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.toList();
        }
    }

    @Test
    void savesTheGzipProfileAsServedWithoutForcingAGc() throws IOException {
        byte[] profile = gzip("a pprof protobuf would be here".getBytes(StandardCharsets.UTF_8));
        URI target = serve("/debug/pprof/heap", 200, "application/octet-stream", profile, Duration.ZERO);
        Path file = folder.resolve("diagnostics/sized/heap-end.pb.gz");

        assertThat(profiles().capture(target, file)).contains(file);

        assertThat(Files.readAllBytes(file)).isEqualTo(profile);
        assertThat(filesIn(file.getParent())).containsExactly(file);
        assertThat(requested).singleElement().satisfies(uri -> {
            assertThat(uri.getPath()).isEqualTo("/debug/pprof/heap");
            assertThat(uri.getQuery()).as("no ?gc=1").isNull();
        });
        assertThat(reasons).isEmpty();
    }

    @Test
    void aNewProfileReplacesTheOldOneWhole() throws IOException {
        byte[] profile = gzip(new byte[] {1, 2, 3});
        URI target = serve("/debug/pprof/heap", 200, "application/octet-stream", profile, Duration.ZERO);
        Path file = folder.resolve("heap-peak.pb.gz");
        Files.writeString(file, "an older profile");

        assertThat(profiles().capture(target, file)).contains(file);

        assertThat(Files.readAllBytes(file)).isEqualTo(profile);
        assertThat(filesIn(folder)).containsExactly(file);
    }

    @Test
    void aTargetWithoutPprofGivesNothingAndOneLineWhy() throws IOException {
        URI target = serve("/metrics", 200, "text/plain", "up 1\n".getBytes(StandardCharsets.UTF_8), Duration.ZERO);
        Path file = folder.resolve("heap-end.pb.gz");

        assertThat(profiles().capture(target, file)).isEmpty();

        assertThat(file).doesNotExist();
        assertThat(filesIn(folder)).isEmpty();
        assertThat(reasons).singleElement().asString().contains("404").doesNotContain("\n");
    }

    @Test
    void somethingThatIsNotGzipIsNotSavedAsAProfile() throws IOException {
        URI target = serve("/debug/pprof/heap", 200, "text/html", "<html>login</html>".getBytes(StandardCharsets.UTF_8), Duration.ZERO);
        Path file = folder.resolve("heap-end.pb.gz");

        assertThat(profiles().capture(target, file)).isEmpty();

        assertThat(filesIn(folder)).isEmpty();
        assertThat(reasons).singleElement().asString().contains("not gzip").contains("text/html");
    }

    @Test
    void nobodyListeningGivesNothing() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Path file = folder.resolve("heap-end.pb.gz");

        assertThat(profiles().capture(URI.create("http://127.0.0.1:" + port), file)).isEmpty();

        assertThat(filesIn(folder)).isEmpty();
        assertThat(reasons).singleElement().asString().contains("ConnectException").doesNotContain("\n");
    }

    @Test
    void aTargetTooSlowToAnswerIsGivenUpOn() throws IOException {
        URI target = serve("/debug/pprof/heap", 200, "application/octet-stream", gzip(new byte[] {1}), Duration.ofSeconds(3));
        Path file = folder.resolve("heap-end.pb.gz");
        long start = System.nanoTime();

        assertThat(new HeapProfiles(Duration.ofMillis(300), reasons::add).capture(target, file)).isEmpty();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
        assertThat(filesIn(folder)).isEmpty();
        assertThat(reasons).singleElement().asString().contains("timed out");
    }
}
