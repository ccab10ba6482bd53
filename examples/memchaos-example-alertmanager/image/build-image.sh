#!/usr/bin/env bash
# Builds the example's target image: Prometheus Alertmanager from its Go module, FROM scratch.
# Usage: image/build-image.sh <alertmanager version> <image tag>
set -euo pipefail
version="$1"
tag="$2"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$here/../target/image"
mkdir -p "$work"
if ! command -v go >/dev/null 2>&1; then
  echo "build-image: Go is needed to build Alertmanager from its module: install Go 1.22 or newer." >&2
  exit 3
fi
if ! docker info >/dev/null 2>&1; then
  echo "build-image: no Docker engine answers; start Docker (memchaos's bin/verify starts one) and try again." >&2
  exit 3
fi
GOBIN="$work" CGO_ENABLED=0 go install -trimpath -ldflags='-s -w' \
  "github.com/prometheus/alertmanager/cmd/alertmanager@${version}"
cp "$here/Dockerfile" "$here/alertmanager.yml" "$work/"
docker build --quiet --label "org.opencontainers.image.version=${version}" -t "$tag" "$work" >/dev/null
echo "build-image: $tag (Alertmanager ${version}) is ready"
