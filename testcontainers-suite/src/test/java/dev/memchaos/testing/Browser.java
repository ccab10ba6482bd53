package dev.memchaos.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.remote.http.ClientConfig;

/**
 * A headless Debian chromium, driven by its chromedriver, that opens memchaos's HTML pages from
 * {@code file://} the way a person would. One page at a time: a {@link Page} speaks for the page
 * opened last. Selenium Manager is never asked for anything: both binaries are named.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Duration OPEN_TIMEOUT = Duration.ofSeconds(15);

    // Selenium warns on every start that it has no selenium-devtools-vNNN for this chromium: the kit
    // needs none (executeCdpCommand goes through chromedriver). Held here so the settings stay.
    private static final List<Logger> QUIET = List.of(
            quiet("org.openqa.selenium.devtools.CdpVersionFinder"), quiet("org.openqa.selenium.chromium.ChromiumDriver"));

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private Page current;

    public Browser() {
        for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(binary)) {
                throw new IllegalStateException(binary + " is missing: run memchaos_ensure_browser from bin/lib/setup.sh"
                        + " (or apt-get install chromium chromium-driver) to test pages in a browser.");
            }
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,900", "--force-device-scale-factor=1", "--no-first-run",
                "--disable-extensions", "--disable-background-networking");
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.DISMISS_AND_NOTIFY);
        options.setScriptTimeout(OPEN_TIMEOUT);
        options.setCapability("goog:loggingPrefs", logs);
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withTimeout(Duration.ofSeconds(20))
                .build();
        // Bounds chromium's start (chromedriver itself gives up after 60 s) and every later command.
        ClientConfig client = ClientConfig.defaultConfig()
                .connectionTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(60));
        try {
            driver = new ChromeDriver(service, options, client);
        } catch (RuntimeException e) {
            service.stop();
            throw e;
        }
    }

    /** Opens {@code html} and waits for it as {@link #open(Path, Duration)} does, at most 15 s. */
    public Page open(Path html) {
        return open(html, OPEN_TIMEOUT);
    }

    /**
     * Opens {@code html} and waits, at most {@code timeout}, for {@code document.readyState ==
     * 'complete'} and, if the page declares {@code window.memchaosReady = false} before it has
     * loaded, for {@code window.memchaosReady === true}. Dialogs (alert, confirm) are dismissed and
     * kept in {@link Page#dialogs()}.
     */
    public Page open(Path html, Duration timeout) {
        driver.manage().logs().get(LogType.BROWSER); // reading drops what the page before logged
        driver.manage().timeouts().pageLoadTimeout(timeout);
        Page page = new Page(html.toAbsolutePath().normalize());
        current = page;
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            driver.get(page.file.toUri().toString());
        } catch (UnhandledAlertException e) {
            page.dialogs.add(e.getAlertText());
        } catch (TimeoutException e) {
            throw page.notReady(timeout);
        }
        while (!page.ready()) {
            if (System.nanoTime() > deadline) {
                throw page.notReady(timeout);
            }
            sleep(50);
        }
        return page;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
        }
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a page", e);
        }
    }

    /** A link on a page: its href as written, its text, whether its target exists, whether it leaves the machine. */
    public record Link(String href, String text, boolean resolves, boolean external) {
    }

    /** The page opened last; once another page is opened, this one refuses to answer. */
    public final class Page {

        private final Path file;
        private final List<String> consoleErrors = new ArrayList<>();
        private final List<String> dialogs = new ArrayList<>();

        private Page(Path file) {
            this.file = file;
        }

        public Path file() {
            return file;
        }

        /**
         * SEVERE entries of the browser console so far: console.error, uncaught exceptions and
         * unhandled rejections, resources that failed to load.
         */
        public List<String> consoleErrors() {
            for (LogEntry entry : driver().manage().logs().get(LogType.BROWSER)) {
                if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    consoleErrors.add(entry.getMessage());
                }
            }
            return List.copyOf(consoleErrors);
        }

        /** The texts of the dialogs (alert, confirm, prompt) the page opened while it loaded. */
        public List<String> dialogs() {
            return List.copyOf(dialogs);
        }

        /**
         * Every {@code <a href>}: a relative or {@code file:} link resolves when its file or
         * directory exists ({@code ?query} and {@code #fragment} aside, except that a fragment into
         * this page must name an element id), a {@code #id} link when this page has that id;
         * {@code http:} and {@code https:} links are external; anything else does not resolve.
         */
        public List<Link> links() {
            @SuppressWarnings("unchecked")
            List<Map<String, String>> anchors = (List<Map<String, String>>) script(
                    "return Array.from(document.querySelectorAll('a[href]'), a =>"
                            + " ({href: a.getAttribute('href'), url: a.href, text: a.textContent.trim()}));");
            List<Link> links = new ArrayList<>();
            for (Map<String, String> a : anchors) {
                URI url = parse(a.get("url"));
                String scheme = url == null ? "" : String.valueOf(url.getScheme()).toLowerCase();
                boolean external = scheme.equals("http") || scheme.equals("https");
                boolean resolves = scheme.equals("file") && resolves(url);
                links.add(new Link(a.get("href"), a.get("text"), resolves, external));
            }
            return links;
        }

        private boolean resolves(URI url) {
            Path target = Path.of(url.getPath());
            if (!Files.exists(target)) {
                return false;
            }
            String fragment = url.getFragment();
            if (fragment == null || fragment.isEmpty() || !target.equals(file)) {
                return true;
            }
            return (Boolean) script("return document.getElementById(arguments[0]) !== null;", fragment);
        }

        /** Navigation Timing's loadEventEnd - startTime. */
        public Duration loadTime() {
            Number millis = (Number) script(
                    "const n = performance.getEntriesByType('navigation')[0]; return n.loadEventEnd - n.startTime;");
            return millisToDuration(millis);
        }

        /** From navigation start to {@code window.memchaosReadyAt = performance.now()}, if the page set it. */
        public Optional<Duration> readyTime() {
            Object at = script("return typeof window.memchaosReadyAt === 'number' ? window.memchaosReadyAt : null;");
            return Optional.ofNullable((Number) at).map(Browser::millisToDuration);
        }

        /** ECharts containers ({@code _echarts_instance_}) whose canvas or svg has a non-zero size. */
        public int drawnCharts() {
            return ((Number) script("return Array.from(document.querySelectorAll('[_echarts_instance_]'))"
                    + ".filter(el => Array.from(el.querySelectorAll('canvas, svg')).some(c => {"
                    + " const r = c.getBoundingClientRect(); return r.width > 0 && r.height > 0; })).length;"))
                    .intValue();
        }

        /** A PNG of the whole page, beyond the window, at {@code png} (parent directories created). */
        public void screenshot(Path png) throws IOException {
            Map<String, Object> metrics = driver().executeCdpCommand("Page.getLayoutMetrics", Map.of());
            @SuppressWarnings("unchecked")
            Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
            Map<String, Object> shot = driver().executeCdpCommand("Page.captureScreenshot", Map.of(
                    "format", "png",
                    "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "scale", 1,
                            "width", Math.ceil(size.get("width").doubleValue()),
                            "height", Math.ceil(size.get("height").doubleValue()))));
            Path parent = png.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.write(png, Base64.getDecoder().decode((String) shot.get("data")));
        }

        /** The visible text of the first element matching {@code css}. */
        public String text(String css) {
            return driver().findElement(By.cssSelector(css)).getText();
        }

        public List<WebElement> all(String css) {
            return driver().findElements(By.cssSelector(css));
        }

        public Object script(String js, Object... args) {
            return driver().executeScript(js, args);
        }

        private ChromeDriver driver() {
            if (current != this) {
                throw new IllegalStateException(file + " is no longer open: the browser has opened another page since.");
            }
            return driver;
        }

        private boolean ready() {
            try {
                return Boolean.TRUE.equals(script(
                        "return document.readyState === 'complete' && window.memchaosReady !== false;"));
            } catch (UnhandledAlertException e) {
                dialogs.add(e.getAlertText());
                return false;
            }
        }

        private IllegalStateException notReady(Duration timeout) {
            String state;
            try {
                state = script("return 'readyState=' + document.readyState + ', memchaosReady=' + window.memchaosReady;")
                        + "); console errors: " + consoleErrors();
            } catch (RuntimeException e) {
                state = "the page does not answer: " + e.getClass().getSimpleName() + ")";
            }
            return new IllegalStateException(file + " was not ready within " + timeout.toSeconds() + " s (" + state);
        }
    }

    private static URI parse(String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static Duration millisToDuration(Number millis) {
        return Duration.ofNanos(Math.round(millis.doubleValue() * 1_000_000));
    }
}
