package dev.memchaos.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memchaos.archive.ResultsFolder;
import dev.memchaos.archive.RunArchive;
import dev.memchaos.testing.Browser;
import dev.memchaos.testing.PageChecks;
import dev.memchaos.testing.SyntheticRuns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.Select;

/**
 * The report and the index in a real browser (Debian's chromium): charts drawn, no console
 * error, every link resolving, strings from a scenario file shown as text, filters working.
 * Real runs' reports are checked the same way by every catalog run (CatalogRun).
 */
class ReportPagesIT {

    private static final String HOSTILE = "<script>alert('x')</script><img src=x onerror=alert(2)>";

    private static Browser browser;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @Test
    void everyStringFromTheScenarioStaysTextAndThePageStillDraws() throws Exception {
        ResultsFolder results = new ResultsFolder(dir);
        RunArchive run = SyntheticRuns.write(results, "hostile", Instant.parse("2026-11-20T10:00:00Z"), 40, HOSTILE, 1);
        run.writeReport();
        results.writeIndex();

        Browser.Page page = PageChecks.check(browser, run.dir().resolve("report.html"), 1, "report-hostile-strings");

        assertThat(page.text("#description")).isEqualTo(HOSTILE);
        assertThat(page.text("#checks")).contains(HOSTILE);
        assertThat(page.text("#faults")).contains(HOSTILE);
        assertThat(page.all("#checks script, #faults script, #description script, img")).isEmpty();
        assertThat(page.text("#verdict")).isEqualTo("PASS");
    }

    @Test
    void theIndexListsEveryRunAndDamagedOnesAndFiltersByScenarioAndVerdict() throws Exception {
        ResultsFolder results = new ResultsFolder(dir);
        Instant start = Instant.parse("2026-11-20T10:00:00Z");
        for (int i = 0; i < 6; i++) {
            RunArchive run = SyntheticRuns.write(results, i % 2 == 0 ? "parse-1200-keys" : "kv-mutex", start.plusSeconds(3600L * i), 20,
                    "run " + i, i);
            run.writeReport();
        }
        Files.createDirectories(dir.resolve("20261120-230000-cut-short-000000"));
        results.writeIndex();

        Browser.Page page = PageChecks.check(browser, dir.resolve("index.html"), 2, "index");

        assertThat(page.all("#run-table tbody tr")).hasSize(7);
        assertThat(page.text("#run-table")).contains("no summary.json");
        new Select(page.all("#filter-scenario").get(0)).selectByValue("kv-mutex");
        assertThat(page.all("#run-table tbody tr").stream().filter(r -> r.isDisplayed()).count()).isEqualTo(3);
        new Select(page.all("#filter-scenario").get(0)).selectByValue("");
        new Select(page.all("#filter-verdict").get(0)).selectByValue("damaged");
        assertThat(page.all("#run-table tbody tr").stream().filter(r -> r.isDisplayed()).count()).isEqualTo(1);
        page.screenshot(PageChecks.SCREENSHOTS.resolve("index-filtered.png"));
    }
}
