package dev.memchaos.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.memchaos.archive.RunArchive;
import dev.memchaos.archive.Summary;
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
            assertThat(v.requests()).as("%s requests", v.name()).isPositive();
            assertThat(v.gcPause().count()).as("%s GC pauses during the load", v.name()).isNotNull().isPositive();
            assertThat(v.memory().peakBytes()).as("%s peak memory", v.name()).isNotNull()
                    .isPositive().isLessThan(v.memory().limitBytes());
            assertThat(v.gatlingReport()).as("%s Gatling report", v.name()).isNotNull();
            assertThat(Files.exists(archive.dir().resolve(v.gatlingReport()))).isTrue();
        }

        assertTrue(run.outcome().verdict().pass(), () -> run.failures("parse-1200-keys"));
    }
}
