package dev.memchaos.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GoBuildReaderTest {

    private final List<String> notes = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI serve(String metrics, String buildInfo) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body = path.equals("/metrics") ? metrics : path.equals("/debug/buildinfo") ? buildInfo : null;
            byte[] bytes = (body == null ? "404 page not found\n" : body).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Test
    void readsTheMetricsAndTheBuildSettings() throws IOException {
        URI target = serve("go_info{version=\"go1.23.12\"} 1\ngo_build_info{checksum=\"\",path=\"dev.memchaos/mapsvc\",version=\"(devel)\"} 1\n",
                GoBuildTest.BUILD_INFO);

        GoBuild build = new GoBuildReader(notes::add).read(target.resolve("/metrics"), target);

        assertThat(build.goVersion()).isEqualTo("go1.23.12");
        assertThat(build.path()).isEqualTo("dev.memchaos/mapsvc");
        assertThat(build.settings()).containsEntry("GOOS", "linux").containsEntry("-ldflags", "-s -w").hasSize(13);
        assertThat(notes).isEmpty();
    }

    @Test
    void aServiceWithoutBuildInfoHasNoSettingsAndNoComplaint() throws IOException {
        URI target = serve("go_info{version=\"go1.22.1\"} 1\n", null);

        GoBuild build = new GoBuildReader(notes::add).read(target.resolve("/metrics"), target);

        assertThat(build).isEqualTo(new GoBuild("go1.22.1", null, null, null, java.util.Map.of()));
        assertThat(notes).isEmpty();
    }

    @Test
    void unreadableMetricsLeaveTheVersionUnknownAndSaySo() throws IOException {
        URI target = serve(null, GoBuildTest.BUILD_INFO);

        GoBuild build = new GoBuildReader(notes::add).read(target.resolve("/metrics"), target);

        assertThat(build.goVersion()).isNull();
        assertThat(build.settings()).containsEntry("GOARCH", "amd64");
        assertThat(notes).singleElement().asString().contains("404");
    }
}
