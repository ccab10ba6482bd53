package main

import (
	"encoding/base64"
	"fmt"
	"net"
	"os"
	"path/filepath"
)

// issueCertificates makes the node's CA and every certificate its components use. The
// apiserver's names include each --tls-san, so a client outside the container (through
// a mapped port on localhost) can verify it.
func issueCertificates(dir, nodeName string, ip net.IP, tlsSANs []string) (*pki, error) {
	p, err := newPKI(dir)
	if err != nil {
		return nil, err
	}
	dnsNames := []string{"kubernetes", "kubernetes.default", "kubernetes.default.svc",
		"kubernetes.default.svc.cluster.local", "localhost", nodeName}
	ips := []net.IP{net.ParseIP("127.0.0.1"), ip, net.ParseIP("10.43.0.1")}
	for _, san := range tlsSANs {
		if parsed := net.ParseIP(san); parsed != nil {
			ips = append(ips, parsed)
		} else if san != "" {
			dnsNames = append(dnsNames, san)
		}
	}
	for _, id := range []identity{
		{file: "apiserver", commonName: "kube-apiserver", dnsNames: dnsNames, ips: ips, server: true},
		// everything that talks to the apiserver is an administrator: one node, one run, no tenants
		{file: "admin", commonName: "system:admin", organization: []string{"system:masters"}, client: true},
		{file: "apiserver-kubelet-client", commonName: "kube-apiserver-kubelet-client",
			organization: []string{"system:masters"}, client: true},
		{file: "kubelet", commonName: "system:node:" + nodeName, organization: []string{"system:nodes"},
			dnsNames: []string{nodeName, "localhost"}, ips: []net.IP{ip, net.ParseIP("127.0.0.1")}, server: true},
	} {
		if err := p.issue(id); err != nil {
			return nil, err
		}
	}
	return p, p.serviceAccountKey()
}

// writeKubeconfig writes an administrator kubeconfig (cluster, user and context all
// named "default", as k3s names them) to every path given.
func writeKubeconfig(p *pki, server string, paths ...string) error {
	ca, err := p.pemOf("ca.crt")
	if err != nil {
		return err
	}
	cert, err := p.pemOf("admin.crt")
	if err != nil {
		return err
	}
	key, err := p.pemOf("admin.key")
	if err != nil {
		return err
	}
	b64 := base64.StdEncoding.EncodeToString
	config := fmt.Sprintf(`apiVersion: v1
kind: Config
clusters:
- name: default
  cluster:
    server: %s
    certificate-authority-data: %s
users:
- name: default
  user:
    client-certificate-data: %s
    client-key-data: %s
contexts:
- name: default
  context:
    cluster: default
    user: default
current-context: default
`, server, b64(ca), b64(cert), b64(key))
	for _, path := range paths {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, []byte(config), 0o600); err != nil {
			return err
		}
	}
	return nil
}

// writeKubeletConfig writes the kubelet's configuration: pods under the node's own
// cgroup, no swap check, no eviction on a shared machine's disk or memory (the harness
// measures memory; the kubelet must not act on it), and images never collected.
func writeKubeletConfig(path, pkiDir, cgroupRoot string) error {
	p := func(name string) string { return filepath.Join(pkiDir, name) }
	config := fmt.Sprintf(`apiVersion: kubelet.config.k8s.io/v1beta1
kind: KubeletConfiguration
authentication:
  anonymous: {enabled: false}
  webhook: {enabled: true}
  x509: {clientCAFile: %s}
authorization: {mode: Webhook}
tlsCertFile: %s
tlsPrivateKeyFile: %s
containerRuntimeEndpoint: unix:///run/containerd/containerd.sock
cgroupDriver: cgroupfs
cgroupRoot: %s
cgroupsPerQOS: true
failSwapOn: false
protectKernelDefaults: false
oomScoreAdj: 0
localStorageCapacityIsolation: false
evictionHard: {memory.available: "0%%", nodefs.available: "0%%", imagefs.available: "0%%", nodefs.inodesFree: "0%%"}
imageGCHighThresholdPercent: 100
imageGCLowThresholdPercent: 99
serializeImagePulls: false
resolvConf: /etc/resolv.conf
staticPodPath: ""
readOnlyPort: 0
healthzBindAddress: 127.0.0.1
`, p("ca.crt"), p("kubelet.crt"), p("kubelet.key"), cgroupRoot)
	return os.WriteFile(path, []byte(config), 0o644)
}
