package dev.memchaos.diagnostics;

import dev.memchaos.metrics.Sample;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the target's Go binary was built, as far as the target says so itself:
 * <ul>
 *   <li>{@code goVersion} from {@code go_info{version="go1.23.12"}}, which client_golang's Go
 *       collector exposes in every service that uses it;</li>
 *   <li>{@code path}, {@code version}, {@code checksum} of the main module from
 *       {@code go_build_info{path,version,checksum}} (client_golang's
 *       {@code collectors.NewBuildInfoCollector()}); {@code version} is {@code "(devel)"} for a
 *       binary built from a checkout by Go before 1.24, as the binary reports it;</li>
 *   <li>{@code settings}, the {@code build KEY=VALUE} lines of {@code go version -m}
 *       ({@code GOOS}, {@code GOARCH}, {@code CGO_ENABLED}, {@code -ldflags}, {@code -trimpath},
 *       {@code vcs.*}, ...), in the binary's order, where the target serves them
 *       ({@code GET /debug/buildinfo}, see {@link BuildInfoText}).</li>
 * </ul>
 * What the target does not say is null or empty, never guessed.
 */
public record GoBuild(String goVersion, String path, String version, String checksum, Map<String, String> settings) {

    public static final GoBuild UNKNOWN = new GoBuild(null, null, null, null, Map.of());

    public GoBuild {
        settings = settings == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /** Reads {@code go_info} and {@code go_build_info} from one scrape; absent series leave their fields null. */
    public static GoBuild fromMetrics(List<Sample> samples) {
        String goVersion = null;
        Map<String, String> build = Map.of();
        for (Sample sample : samples) {
            if (sample.name().equals("go_info") && goVersion == null) {
                goVersion = emptyToNull(sample.labels().get("version"));
            } else if (sample.name().equals("go_build_info") && build.isEmpty()) {
                build = sample.labels();
            }
        }
        return new GoBuild(goVersion, emptyToNull(build.get("path")), emptyToNull(build.get("version")),
                emptyToNull(build.get("checksum")), Map.of());
    }

    public GoBuild withSettings(Map<String, String> settings) {
        return new GoBuild(goVersion, path, version, checksum, settings);
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
