# Shared set-up for bin/memchaos, bin/verify and bin/nightly: makes sure Java 17+, Go (which
# fetches the pinned release itself) and a Docker engine are there, and shellcheck where it can
# be installed (optional), installing what it may. bin/verify and bin/nightly also make sure of
# a headless chromium for the page tests (memchaos_ensure_browser).
# Every failure is one sentence on stderr and exit code 3 (broken environment).

MEMCHAOS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
MEMCHAOS_DOCKERD_LOG="${MEMCHAOS_DOCKERD_LOG:-/var/log/memchaos-dockerd.log}"

memchaos_say() { echo "memchaos: $*" >&2; }
memchaos_die() { echo "memchaos: $*" >&2; exit 3; }

memchaos_can_install() {
  [ "$(id -u)" = 0 ] && [ -f /etc/debian_version ] && command -v apt-get >/dev/null 2>&1
}

memchaos_apt_install() {
  memchaos_say "installing $* from Debian's packages"
  if [ -z "${MEMCHAOS_APT_UPDATED:-}" ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null || memchaos_die "apt-get update failed; check this machine's package sources."
    MEMCHAOS_APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null \
    || memchaos_die "could not install $* with apt-get; install it by hand and try again."
}

memchaos_ensure_java() {
  if ! command -v java >/dev/null 2>&1 || ! java -version 2>&1 | grep -qE 'version "(1[7-9]|[2-9][0-9])'; then
    if memchaos_can_install; then
      memchaos_apt_install openjdk-17-jdk-headless
    else
      memchaos_die "Java 17 or newer is needed: install a JDK 17 (e.g. Temurin 17) and put java on the PATH."
    fi
  fi
  command -v unzip >/dev/null 2>&1 || { memchaos_can_install && memchaos_apt_install unzip; } \
    || memchaos_die "unzip is needed by the Maven wrapper: install unzip."
}

memchaos_ensure_go() {
  # Any Go from 1.21 on can fetch the pinned release (GOTOOLCHAIN) from the Go module proxy.
  if ! command -v go >/dev/null 2>&1; then
    memchaos_die "Go 1.21 or newer is needed to build the target services: install it from go.dev/dl and put go on the PATH."
  fi
  local minor
  minor="$(GOTOOLCHAIN=local go env GOVERSION 2>/dev/null | sed -E 's/^go1\.([0-9]+).*/\1/')"
  if [ -z "$minor" ] || [ "$minor" -lt 21 ] 2>/dev/null; then
    memchaos_die "Go $(GOTOOLCHAIN=local go env GOVERSION) is too old to fetch the pinned Go release: install Go 1.21 or newer."
  fi
}

memchaos_ensure_shellcheck() {
  # Optional: actionlint (./mvnw validate) checks the workflows' run: scripts with shellcheck
  # where it is installed, as on GitHub's runners; without it those scripts go unchecked.
  command -v shellcheck >/dev/null 2>&1 && return 0
  if memchaos_can_install; then
    memchaos_apt_install shellcheck
  fi
}

memchaos_ensure_browser() {
  # The HTML pages are tested in Debian's headless chromium; the tests use these two paths.
  [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && return 0
  if memchaos_can_install; then
    memchaos_apt_install chromium chromium-driver
  else
    memchaos_die "chromium and chromedriver are needed to test the HTML pages: install them (on Debian: apt-get install chromium chromium-driver)."
  fi
  [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] \
    || memchaos_die "/usr/bin/chromium or /usr/bin/chromedriver is still missing after apt-get: reinstall them (apt-get install --reinstall chromium chromium-driver)."
}

memchaos_docker_answers() { docker info >/dev/null 2>&1; }

memchaos_ensure_docker() {
  memchaos_docker_answers && return 0
  if ! command -v dockerd >/dev/null 2>&1 && [ ! -x /usr/sbin/dockerd ]; then
    if memchaos_can_install; then
      memchaos_apt_install docker.io
    else
      memchaos_die "No Docker engine answers and memchaos cannot install one here (it needs root on Debian): install and start Docker, then try again."
    fi
  fi
  if ! command -v docker >/dev/null 2>&1; then
    memchaos_die "the docker client is missing: install Docker (on Debian: apt-get install docker.io)."
  fi
  if [ "$(id -u)" != 0 ]; then
    memchaos_die "Docker is installed but its engine does not answer and only root may start it here: start Docker (e.g. sudo systemctl start docker) or add yourself to the docker group."
  fi
  memchaos_say "starting dockerd in the background (log: $MEMCHAOS_DOCKERD_LOG)"
  mkdir -p "$(dirname "$MEMCHAOS_DOCKERD_LOG")"
  local dockerd
  dockerd="$(command -v dockerd || echo /usr/sbin/dockerd)"
  nohup "$dockerd" >>"$MEMCHAOS_DOCKERD_LOG" 2>&1 &
  local i
  for i in $(seq 1 60); do
    memchaos_docker_answers && { memchaos_say "Docker engine is up"; return 0; }
    sleep 1
  done
  memchaos_die "dockerd started but did not answer within 60s; see $MEMCHAOS_DOCKERD_LOG."
}

memchaos_testcontainers_env() {
  # No registry is reachable: Ryuk cannot be pulled, memchaos reaps its own containers by label.
  export TESTCONTAINERS_RYUK_DISABLED=true
  # Inside a container (/.dockerenv) Testcontainers would otherwise pull alpine to find the host.
  if [ -z "${TESTCONTAINERS_HOST_OVERRIDE:-}" ] && [ -z "${DOCKER_HOST:-}" ]; then
    export TESTCONTAINERS_HOST_OVERRIDE=localhost
  fi
  # The k3s backend's node binds a host path, which Testcontainers checks with its "tiny image"
  # (alpine, pulled): the locally built pod sandbox image stands in for it.
  export TESTCONTAINERS_TINYIMAGE_CONTAINER_IMAGE="${TESTCONTAINERS_TINYIMAGE_CONTAINER_IMAGE:-memchaos/pause:local}"
}

memchaos_setup() {
  memchaos_ensure_java
  memchaos_ensure_go
  memchaos_ensure_shellcheck
  memchaos_ensure_docker
  memchaos_testcontainers_env
}
