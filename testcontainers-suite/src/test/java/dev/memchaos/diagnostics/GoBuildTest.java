package dev.memchaos.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.memchaos.metrics.PrometheusText;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GoBuildTest {

    /** What mapsvc's /metrics says about its build (client_golang v1.22). */
    private static final String METRICS = """
            # HELP go_build_info Build information about the main Go module.
            # TYPE go_build_info gauge
            go_build_info{checksum="",path="dev.memchaos/mapsvc",version="(devel)"} 1
            # HELP go_goroutines Number of goroutines that currently exist.
            # TYPE go_goroutines gauge
            go_goroutines 7
            # HELP go_info Information about the Go environment.
            # TYPE go_info gauge
            go_info{version="go1.23.12"} 1
            """;

    /** debug.BuildInfo.String() of a binary built as target-services/pom.xml builds mapsvc, from a git checkout. */
    static final String BUILD_INFO = """
            go\tgo1.23.12
            path\tdev.memchaos/mapsvc
            mod\tdev.memchaos/mapsvc\t(devel)\t
            dep\tgithub.com/beorn7/perks\tv1.0.1\th1:VlbKKnNfV8bJzeqoa4cOKqO6bYr3WgKZxO8Z16+hsOM=
            dep\tgithub.com/prometheus/client_golang\tv1.22.0\th1:rb93p9lokFEsctTys46VnV1kLCDpVZ0a/Y92Vm0Zc6Q=
            build\t-buildmode=exe
            build\t-compiler=gc
            build\t-trimpath=true
            build\t-ldflags="-s -w"
            build\tDefaultGODEBUG=asynctimerchan=1
            build\tCGO_ENABLED=0
            build\tGOARCH=amd64
            build\tGOOS=linux
            build\tGOAMD64=v1
            build\tvcs=git
            build\tvcs.revision=28f7839a0d9e
            build\tvcs.time=2025-01-01T00:00:00Z
            build\tvcs.modified=true
            """;

    @Test
    void goVersionFromGoInfoAndTheModuleFromGoBuildInfo() {
        GoBuild build = GoBuild.fromMetrics(PrometheusText.parse(METRICS));

        assertThat(build.goVersion()).isEqualTo("go1.23.12");
        assertThat(build.path()).isEqualTo("dev.memchaos/mapsvc");
        assertThat(build.version()).isEqualTo("(devel)");
        assertThat(build.checksum()).as("an empty label is no checksum").isNull();
        assertThat(build.settings()).isEmpty();
    }

    @Test
    void whatTheServiceDoesNotExposeStaysUnknown() {
        GoBuild onlyGoInfo = GoBuild.fromMetrics(PrometheusText.parse("go_info{version=\"go1.22.1\"} 1\n"));
        assertThat(onlyGoInfo).isEqualTo(new GoBuild("go1.22.1", null, null, null, Map.of()));

        assertThat(GoBuild.fromMetrics(PrometheusText.parse("up 1\n"))).isEqualTo(GoBuild.UNKNOWN);
    }

    @Test
    void buildSettingsAreTheBuildLinesInTheirOrderUnquoted() {
        Map<String, String> settings = BuildInfoText.settings(BUILD_INFO);

        assertThat(settings).containsExactly(
                Map.entry("-buildmode", "exe"),
                Map.entry("-compiler", "gc"),
                Map.entry("-trimpath", "true"),
                Map.entry("-ldflags", "-s -w"),
                Map.entry("DefaultGODEBUG", "asynctimerchan=1"),
                Map.entry("CGO_ENABLED", "0"),
                Map.entry("GOARCH", "amd64"),
                Map.entry("GOOS", "linux"),
                Map.entry("GOAMD64", "v1"),
                Map.entry("vcs", "git"),
                Map.entry("vcs.revision", "28f7839a0d9e"),
                Map.entry("vcs.time", "2025-01-01T00:00:00Z"),
                Map.entry("vcs.modified", "true"));
    }

    @Test
    void goQuotedKeysAndValuesAreUnquotedAsStrconvUnquoteWould() {
        Map<String, String> settings = BuildInfoText.settings("""
                build\t-gcflags="all=-N -l"
                build\t-tags=`a b`
                build\t"odd=key"="tab\\there \\"quoted\\" caf\\u00e9 \\xc3\\xa9"
                build\t-ldflags="-X main.v=1\\n"\r
                not a build line
                build\tno-equals-sign
                build\tbroken="unterminated
                """);

        assertThat(settings).containsExactly(
                Map.entry("-gcflags", "all=-N -l"),
                Map.entry("-tags", "a b"),
                Map.entry("odd=key", "tab\there \"quoted\" café é"),
                Map.entry("-ldflags", "-X main.v=1\n"));
    }

    @Test
    void diagnosticsSerialiseToPlainJson() throws Exception {
        GoBuild build = GoBuild.fromMetrics(PrometheusText.parse(METRICS)).withSettings(BuildInfoText.settings(BUILD_INFO));
        Diagnostics diagnostics = new Diagnostics("diagnostics/sized/heap-end.pb.gz",
                new Diagnostics.PeakHeapProfile("diagnostics/sized/heap-peak.pb.gz", 99_000_000, 134_217_728, 12.0),
                build);
        ObjectMapper json = new ObjectMapper();

        JsonNode tree = json.readTree(json.writeValueAsString(diagnostics));

        assertThat(tree.get("heapProfileAtEnd").asText()).isEqualTo("diagnostics/sized/heap-end.pb.gz");
        assertThat(tree.at("/heapProfileNearPeak/usageBytes").asLong()).isEqualTo(99_000_000);
        assertThat(tree.at("/heapProfileNearPeak/atS").asDouble()).isEqualTo(12.0);
        assertThat(tree.at("/goBuild/goVersion").asText()).isEqualTo("go1.23.12");
        assertThat(tree.at("/goBuild/checksum").isNull()).isTrue();
        assertThat(tree.at("/goBuild/settings/-ldflags").asText()).isEqualTo("-s -w");
        assertThat(json.readValue(json.writeValueAsString(diagnostics), Diagnostics.class)).isEqualTo(diagnostics);

        JsonNode none = json.readTree(json.writeValueAsString(Diagnostics.NONE));
        assertThat(none.get("heapProfileAtEnd").isNull()).isTrue();
        assertThat(none.get("heapProfileNearPeak").isNull()).isTrue();
        assertThat(none.at("/goBuild/settings").isEmpty()).isTrue();
    }
}
