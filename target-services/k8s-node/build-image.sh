#!/usr/bin/env bash
# Builds the memchaos Kubernetes node image (see Dockerfile) from:
#  - this Go module: upstream Kubernetes v1.33 and etcd in one static binary, and pause;
#  - Debian's containerd, runc, containernetworking-plugins, busybox-static, libc6 and
#    libseccomp2 packages, fetched with `apt-get download` (nothing is installed).
# Usage: build-image.sh OUT_DIR IMAGE PAUSE_IMAGE
# Reuses OUT_DIR's downloads and Go's build cache: a cold build takes minutes, a warm one seconds.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$1"
image="$2"
pause_image="$3"
: "${K8S_NODE_GOTOOLCHAIN:=go1.24.13}"
packages=(containerd runc containernetworking-plugins busybox-static libc6 libseccomp2)
cni_plugins=(bridge host-local loopback)

say() { echo "k8s-node: $*" >&2; }
die() { echo "k8s-node: $*" >&2; exit 1; }


command -v docker >/dev/null 2>&1 || die "docker is needed to build the node image."

# Everything the image is made of; an image built from the same inputs is not built again.
inputs="$(cd "$here" && { echo "$K8S_NODE_GOTOOLCHAIN ${packages[*]}"; find . -type f ! -name '*_test.go' | LC_ALL=C sort | xargs sha256sum; } | sha256sum | cut -c1-16)"
if [ "$(docker image inspect -f '{{index .Config.Labels "memchaos.k8s-node.inputs"}}' "$image" 2>/dev/null)" = "$inputs" ] \
   && docker image inspect "$pause_image" >/dev/null 2>&1; then
  say "$image is up to date (inputs $inputs)"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  say "skipped: the node takes containerd, runc and the CNI plugins from Debian's packages and this machine has no apt-get; the k3s backend will use rancher/k3s."
  exit 0
fi

rootfs="$out/rootfs"
debs="$out/debs"
rm -rf "$rootfs"
mkdir -p "$rootfs"/{bin,usr/bin,usr/sbin,usr/lib/cni,lib64,lib/x86_64-linux-gnu,tmp,root,opt/memchaos-node/images} "$debs"
chmod 1777 "$rootfs/tmp"

say "building Kubernetes, etcd and pause with $K8S_NODE_GOTOOLCHAIN (a first build takes several minutes)"
(
  cd "$here"
  export GOTOOLCHAIN="$K8S_NODE_GOTOOLCHAIN" CGO_ENABLED=0 GOFLAGS=-mod=mod
  go build -trimpath -ldflags='-s -w' -o "$out/memchaos-node" .
  go build -trimpath -ldflags='-s -w' -o "$out/pause-context/pause" ./pause
)
cp "$out/memchaos-node" "$rootfs/bin/memchaos-node"
for name in k3s kubelet kube-apiserver kube-controller-manager kube-scheduler etcd; do
  ln -sf memchaos-node "$rootfs/bin/$name"
done

say "building the pod sandbox image $pause_image"
printf 'FROM scratch\nCOPY pause /pause\nENTRYPOINT ["/pause"]\n' > "$out/pause-context/Dockerfile"
docker build --quiet --label memchaos.image=pause -t "$pause_image" "$out/pause-context" >/dev/null
docker save "$pause_image" -o "$rootfs/opt/memchaos-node/images/pause.tar"

say "fetching ${packages[*]} from Debian's packages"
(
  cd "$debs"
  missing=()
  for p in "${packages[@]}"; do
    ls "${p}"_*.deb >/dev/null 2>&1 || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    apt-get download "${missing[@]}" 2>/dev/null \
      || { apt-get update -qq >/dev/null 2>&1 && apt-get download "${missing[@]}"; } \
      || die "apt-get download ${missing[*]} failed; check this machine's package sources."
  fi
)
extract="$out/extract"
rm -rf "$extract"
mkdir -p "$extract"
for deb in "$debs"/*.deb; do
  dpkg-deb -x "$deb" "$extract"
done
lib() { find "$extract" -name "$1" \( -type f -o -type l \) | head -1; }
cp "$extract/usr/bin/containerd" "$extract/usr/bin/containerd-shim-runc-v2" "$extract/usr/bin/ctr" "$rootfs/usr/bin/"
cp "$extract/usr/sbin/runc" "$rootfs/usr/sbin/"
for p in "${cni_plugins[@]}"; do cp "$extract/usr/lib/cni/$p" "$rootfs/usr/lib/cni/"; done
cp -L "$(lib libc.so.6)" "$(lib libseccomp.so.2)" "$rootfs/lib/x86_64-linux-gnu/"
cp -L "$(lib ld-linux-x86-64.so.2)" "$rootfs/lib64/ld-linux-x86-64.so.2"
cp "$extract/bin/busybox" "$rootfs/bin/busybox"
for applet in $("$rootfs/bin/busybox" --list); do
  [ -e "$rootfs/bin/$applet" ] || ln -s busybox "$rootfs/bin/$applet"
done
cp -r "$here/rootfs/." "$rootfs/"

say "building $image"
docker build --quiet --label memchaos.image=k8s-node --label memchaos.kubernetes.version=v1.33.13 \
  --label memchaos.k8s-node.inputs="$inputs" \
  -t "$image" -f "$here/Dockerfile" "$rootfs" >/dev/null
say "built $image ($(docker image inspect -f '{{.Size}}' "$image" | awk '{printf "%.0f MB", $1/1e6}'))"
