package dev.memchaos.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memchaos.archive.RunArchive;
import dev.memchaos.journal.Summary;
import dev.memchaos.scenario.Metric;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The walking skeleton end to end: parse-1200-keys, both variants, in Docker, judged and archived. */
class ParseScenarioIT {

    @Test
    void parse1200KeysHoldsItsThresholdsAndIsArchived() throws Exception {
        CatalogRun run = CatalogRun.of("parse-1200-keys");
        RunArchive archive = run.archive();
        Summary summary = run.summary();

        assertThat(summary.backend()).isEqualTo(CatalogRun.BACKEND.id);
        assertThat(archive.dir().resolve(RunArchive.SCENARIO)).hasContent(run.scenario().source());
        assertThat(summary.variants()).extracting(Summary.VariantSummary::name).containsExactly("unsized", "sized");
        for (Summary.VariantSummary v : summary.variants()) {
            assertThat(v.value(Metric.Named.REQUESTS).orElse(0)).as("%s requests", v.name()).isPositive();
            assertThat(v.value(Metric.Named.GC_PAUSE_COUNT).orElse(0)).as("%s GC pauses during the load", v.name()).isPositive();
            assertThat(v.value(Metric.Named.MEMORY_PEAK).orElse(0)).as("%s peak memory", v.name())
                    .isPositive().isLessThan(v.value(Metric.Named.MEMORY_LIMIT).orElseThrow());
            assertThat(v.metrics()).as("%s: every metric of the catalog is in the summary", v.name())
                    .containsKeys(Metric.catalog().stream().map(Metric::text).toArray(String[]::new));
            assertThat(v.gatlingReport()).as("%s Gatling report", v.name()).isNotNull();
            assertThat(Files.exists(archive.dir().resolve(v.gatlingReport()))).isTrue();
        }

        assertTrue(run.outcome().verdict().pass(), () -> run.failures("parse-1200-keys"));
    }
}
