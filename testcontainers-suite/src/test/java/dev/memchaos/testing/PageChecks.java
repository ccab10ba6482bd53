package dev.memchaos.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

/** What every memchaos page must do in a real browser: draw its charts, log no error, and link only to files that exist. */
public final class PageChecks {

    /** Where page tests leave their screenshots, to be looked at. */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private PageChecks() {
    }

    /** Opens the page, checks it, leaves a screenshot named {@code name}.png, and returns the open page for more checks. */
    public static Browser.Page check(Browser browser, Path html, int minCharts, String name) throws IOException {
        Browser.Page page = browser.open(html);
        page.screenshot(SCREENSHOTS.resolve(name + ".png"));
        assertThat(page.consoleErrors()).as("console errors of %s", html).isEmpty();
        assertThat(page.dialogs()).as("dialogs opened by %s", html).isEmpty();
        assertThat(page.links()).as("links of %s", html)
                .allSatisfy(l -> {
                    assertThat(l.external()).as("%s is an external link: the page must open with no network", l.href()).isFalse();
                    assertThat(l.resolves()).as("link %s (%s) resolves", l.href(), l.text()).isTrue();
                });
        assertThat(page.drawnCharts()).as("charts drawn in %s", html).isGreaterThanOrEqualTo(minCharts);
        return page;
    }
}
