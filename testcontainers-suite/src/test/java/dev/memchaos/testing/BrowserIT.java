package dev.memchaos.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.memchaos.testing.Browser.Link;
import dev.memchaos.testing.Browser.Page;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser kit catches what the page tests rely on it to catch, on small pages written here. */
class BrowserIT {

    private static final String ECHARTS = "META-INF/resources/webjars/echarts/5.5.0/echarts.common.min.js";

    @TempDir
    static Path dir;

    private static Browser browser;

    @BeforeAll
    static void start() {
        long started = System.nanoTime();
        browser = new Browser();
        System.out.printf("BrowserIT: chromium started in %d ms%n", (System.nanoTime() - started) / 1_000_000);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anUncaughtErrorIsAConsoleErrorAlsoFromAScriptFile() throws IOException {
        Files.writeString(dir.resolve("boom.js"), "throw new Error(\"boom from a file\");");
        Page page = browser.open(page("boom.html",
                "<p>boom</p><script>throw new Error(\"boom\");</script><script src=\"boom.js\"></script>"));

        assertThat(page.consoleErrors())
                .anySatisfy(error -> assertThat(error).contains("boom.html").contains("Uncaught Error: boom"))
                .anySatisfy(error -> assertThat(error).contains("boom.js").contains("Uncaught Error: boom from a file"));
    }

    @Test
    void anUnhandledRejectionAndAMissingScriptAreConsoleErrors() throws IOException {
        Page page = browser.open(page("rejects.html",
                "<script src=\"missing.js\"></script><script>Promise.reject(new Error(\"later\"));</script>"));

        assertThat(page.consoleErrors())
                .anySatisfy(error -> assertThat(error).contains("missing.js"))
                .anySatisfy(error -> assertThat(error).contains("rejects.html").contains("Uncaught Error: later"));
    }

    @Test
    void aCleanPageHasNoConsoleErrors() throws IOException {
        Page page = browser.open(page("clean.html", "<h1>clean</h1><script>console.log(\"fine\");</script>"));

        assertThat(page.consoleErrors()).isEmpty();
        assertThat(page.text("h1")).isEqualTo("clean");
        assertThat(page.loadTime()).isPositive().isLessThan(Duration.ofSeconds(15));
    }

    @Test
    void linksResolveToFilesDirectoriesAndIdsOnly() throws IOException {
        Files.createDirectories(dir.resolve("runs/r1"));
        Files.writeString(dir.resolve("runs/r1/report.html"), "<p>report</p>");
        Page page = browser.open(page("links.html", """
                <h2 id="faults">Faults</h2>
                <a href="runs/r1/report.html">report</a>
                <a href="runs/r1/report.html?x=1#top">report with query</a>
                <a href="runs/r1/">run directory</a>
                <a href="#faults">faults</a>
                <a href="links.html#faults">faults by file name</a>
                <a href="runs/r2/report.html">missing report</a>
                <a href="#verdicts">missing anchor</a>
                <a href="links.html#verdicts">missing anchor by file name</a>
                <a href="https://example.org/">outside</a>
                <a href="javascript:void(0)">script</a>
                """));

        assertThat(page.links()).containsExactly(
                new Link("runs/r1/report.html", "report", true, false),
                new Link("runs/r1/report.html?x=1#top", "report with query", true, false),
                new Link("runs/r1/", "run directory", true, false),
                new Link("#faults", "faults", true, false),
                new Link("links.html#faults", "faults by file name", true, false),
                new Link("runs/r2/report.html", "missing report", false, false),
                new Link("#verdicts", "missing anchor", false, false),
                new Link("links.html#verdicts", "missing anchor by file name", false, false),
                new Link("https://example.org/", "outside", false, true),
                new Link("javascript:void(0)", "script", false, false));
    }

    @Test
    void openWaitsForMemchaosReady() throws IOException {
        Page page = browser.open(page("late.html", """
                <script>window.memchaosReady = false;</script>
                <p id="state">drawing</p>
                <script>
                  setTimeout(() => {
                    document.getElementById("state").textContent = "drawn";
                    window.memchaosReadyAt = performance.now();
                    window.memchaosReady = true;
                  }, 1500);
                </script>
                """));

        assertThat(page.text("#state")).isEqualTo("drawn");
        assertThat(page.readyTime()).hasValueSatisfying(ready -> assertThat(ready)
                .isGreaterThanOrEqualTo(Duration.ofMillis(1500)).isGreaterThan(page.loadTime()));
    }

    @Test
    void aPageThatNeverGetsReadyFailsWithinTheBound() throws IOException {
        Path never = page("never.html", "<script>window.memchaosReady = false; console.error(\"no data\");</script>");

        assertThatThrownBy(() -> browser.open(never, Duration.ofSeconds(2)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("was not ready within 2 s")
                .hasMessageContaining("memchaosReady=false")
                .hasMessageContaining("no data");
    }

    @Test
    void escapedMarkupIsTextAndAnUnescapedScriptIsCaught() throws IOException {
        Page escaped = browser.open(page("escaped.html", "<p id=\"name\">&lt;script&gt;alert(1)&lt;/script&gt;</p>"));

        assertThat(escaped.text("#name")).isEqualTo("<script>alert(1)</script>");
        assertThat(escaped.all("script")).isEmpty();
        assertThat(escaped.dialogs()).isEmpty();

        Page injected = browser.open(page("injected.html", "<p id=\"name\"><script>alert(1)</script></p>"));

        assertThat(injected.dialogs()).containsExactly("1");
        assertThatThrownBy(() -> escaped.text("#name")).hasMessageContaining("is no longer open");
    }

    @Test
    void anEChartsLineChartIsDrawnAndTheWholePageIsCaptured() throws IOException {
        try (InputStream js = getClass().getClassLoader().getResourceAsStream(ECHARTS)) {
            assertThat(js).as(ECHARTS + " on the test classpath").isNotNull();
            Files.copy(js, dir.resolve("echarts.common.min.js"));
        }
        Page page = browser.open(page("chart.html", """
                <script>window.memchaosReady = false;</script>
                <script src="echarts.common.min.js"></script>
                <h1>heap</h1>
                <div id="heap" style="width: 800px; height: 400px"></div>
                <div id="unsized" style="width: 800px; height: 0"></div>
                <div style="height: 1600px; background: linear-gradient(#fff, #c33)">tall</div>
                <script>
                  echarts.init(document.getElementById("unsized"));
                  const chart = echarts.init(document.getElementById("heap"));
                  chart.on("finished", () => {
                    window.memchaosReadyAt = performance.now();
                    window.memchaosReady = true;
                  });
                  chart.setOption({
                    animation: false,
                    xAxis: {type: "category", data: ["0s", "10s", "20s", "30s"]},
                    yAxis: {type: "value", name: "MiB"},
                    series: [{type: "line", data: [120, 180, 260, 90]}]
                  });
                </script>
                """));

        assertThat(page.consoleErrors()).isEmpty();
        assertThat(page.all("[_echarts_instance_]")).as("the heap chart and the unsized one").hasSize(2);
        assertThat(page.drawnCharts()).isEqualTo(1);
        assertThat(page.readyTime()).isPresent();

        Path png = Path.of("target/screenshots/browser-selftest.png");
        Files.deleteIfExists(png);
        page.screenshot(png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as("a PNG at " + png).isNotNull();
        assertThat(image.getWidth()).as("the 1400 px window less its scrollbar").isBetween(1350, 1400);
        assertThat(image.getHeight()).as("the whole page, beyond the 900 px window").isGreaterThan(2000);
        System.out.printf("BrowserIT: chart page loaded in %d ms, ready in %d ms%n",
                page.loadTime().toMillis(), page.readyTime().orElseThrow().toMillis());
    }

    private static Path page(String name, String body) throws IOException {
        return Files.writeString(dir.resolve(name), """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>%s</title></head>
                <body>
                %s
                </body></html>
                """.formatted(name, body));
    }
}
