#!/usr/bin/env bash
# Benchmark (not a test): how long writing a run's report.html takes, how big it is, and how fast
# results/index.html of 1,000 runs opens in headless chromium. Synthetic runs of a realistic shape
# (testing/SyntheticRuns) in a temporary folder; prints the figures. Needs chromium and chromium-driver
# (bin/verify installs them). Targets: report under 1 s, report.html under 2 MB, index of 1,000 runs under 2 s.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -B -q -pl testcontainers-suite -am verify -Dmemchaos.image.skip=true -Dmemchaos.k8snode.skip=true \
  -Dmemchaos.actionlint.skip=true -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=ArchivePagesBenchmark -Dfailsafe.failIfNoSpecifiedTests=false 2>&1 \
  | grep -E '^(report|index)' || { echo "the benchmark did not run; run it without -q to see why" >&2; exit 1; }
