package dev.memchaos.run;

import dev.memchaos.journal.Summary;
import java.nio.file.Path;
import java.util.List;

/** A finished run: what was measured, the verdict, and where it is archived. */
public record RunOutcome(Summary summary, Verdict verdict, List<VariantResult> results, Path archiveDir) {
}
