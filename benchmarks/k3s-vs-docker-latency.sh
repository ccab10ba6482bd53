#!/usr/bin/env bash
# Benchmark, not a test: does the k3s backend's path add latency? vegeta (open model, microseconds) drives
# mapsvc in Docker and as a host-network pod on the memchaos k3s node (same image, limit, body and rate),
# three alternating rounds so that machine noise hits both. Needs the images (./mvnw -pl target-services
# package) and vegeta (go install github.com/tsenart/vegeta/v12@latest). Prints p50/p99 per round.
set -euo pipefail
work="$(mktemp -d)"
trap 'docker rm -f -v w-docker w-node >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
cd "$work"
V="$(command -v vegeta || echo ~/go/bin/vegeta)"
# the parse-1200-keys body, as JsonObjectBody makes it
python3 -c "
parts=[]
for i in range(1200):
    v = '\"value-%d\"'%i if i%3==0 else (str(i*7) if i%3==1 else ('true' if i%2==0 else 'false'))
    parts.append('\"field_%d\":%s'%(i,v))
print('{'+','.join(parts)+'}', end='')" > body.json
docker rm -f w-docker w-node >/dev/null 2>&1 || true
docker run -d --name w-docker -m 128m --memory-swap 128m --oom-score-adj 1000 -p 127.0.0.1:18080:8080 -e MAP_SIZING=unsized memchaos/mapsvc:local >/dev/null
docker run -d --name w-node --cap-add ALL --cap-drop SYS_RESOURCE --security-opt seccomp=unconfined --device /dev/kmsg \
  --cgroupns host -v /sys/fs/cgroup:/sys/fs/cgroup --tmpfs /run --tmpfs /var/run -p 127.0.0.1::6443 -p 127.0.0.1:18081:8080 \
  memchaos/k8s-node:local server --tls-san=localhost >/dev/null
until docker logs w-node 2>&1 | grep -q "Node controller sync successful"; do sleep 0.5; done
docker save memchaos/mapsvc:local | docker exec -i w-node ctr -n k8s.io images import - >/dev/null
docker exec w-node cat /etc/rancher/k3s/k3s.yaml > kc.yaml
field() { awk -v k="$1:" '$1 == k {print $2}' kc.yaml | base64 -d; }
field certificate-authority-data > ca.crt
field client-certificate-data > admin.crt
field client-key-data > admin.key
P=$(docker port w-node 6443 | cut -d: -f2)
curl -s --cacert ca.crt --cert admin.crt --key admin.key -X POST -H 'Content-Type: application/json' \
  https://localhost:$P/api/v1/namespaces/default/pods -d '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"w"},"spec":{"hostNetwork":true,"automountServiceAccountToken":false,"restartPolicy":"Never","containers":[{"name":"target","image":"memchaos/mapsvc:local","imagePullPolicy":"Never","env":[{"name":"MAP_SIZING","value":"unsized"}],"resources":{"requests":{"memory":"128Mi"},"limits":{"memory":"128Mi"}}}]}}' >/dev/null
until curl -sf 127.0.0.1:18081/healthz >/dev/null; do sleep 0.2; done
for round in 1 2 3; do
  for where in docker:18080 k3s:18081; do
    name=${where%%:*}; port=${where##*:}
    echo "POST http://127.0.0.1:$port/parse" | $V attack -rate=100/s -duration=5s -body=body.json >/dev/null   # warm-up, not measured
    echo "POST http://127.0.0.1:$port/parse" | $V attack -rate=100/s -duration=30s -body=body.json > $name-$round.bin
    $V report -type=json $name-$round.bin | python3 -c "import json,sys; d=json.load(sys.stdin); l=d['latencies']; print('$name round $round: p50 %.0fus p99 %.0fus success %.3f' % (l['50th']/1e3, l['99th']/1e3, d['success']))"
  done
done
