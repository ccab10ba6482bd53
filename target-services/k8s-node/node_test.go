package main

import (
	"crypto/x509"
	"encoding/pem"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestServerArgsAsK3sContainerPassesThem(t *testing.T) {
	opts := parseServerArgs([]string{"--disable=traefik", "--tls-san=localhost", "--tls-san", "10.1.2.3"})
	if strings.Join(opts.tlsSANs, ",") != "localhost,10.1.2.3" {
		t.Fatalf("tls SANs: got %v", opts.tlsSANs)
	}
}

func TestMemoryCgroupOnV1AndV2(t *testing.T) {
	v1 := "12:pids:/docker/abc\n9:memory:/docker/abc\n0::/\n"
	if got, err := memoryCgroup(strings.NewReader(v1)); err != nil || got != "/docker/abc" {
		t.Fatalf("v1: got %q, %v", got, err)
	}
	if got, err := memoryCgroup(strings.NewReader("0::/system.slice/docker-abc.scope\n")); err != nil || got != "/system.slice/docker-abc.scope" {
		t.Fatalf("v2: got %q, %v", got, err)
	}
	if _, err := memoryCgroup(strings.NewReader("3:cpu:/x\n")); err == nil {
		t.Fatal("no memory controller: want an error")
	}
}

func TestKernelDefaultsAreWhatTheKubeletWants(t *testing.T) {
	// the values setupKernelTunables (pkg/kubelet/cm) checks; anything else and the kubelet writes the host's
	want := map[string]string{"vm/overcommit_memory": "1", "vm/panic_on_oom": "0", "kernel/panic": "10",
		"kernel/panic_on_oops": "1", "kernel/keys/root_maxkeys": "1000000", "kernel/keys/root_maxbytes": "25000000"}
	for k, v := range want {
		if kernelDefaults[k] != v {
			t.Errorf("%s: shield holds %q, the kubelet wants %q", k, kernelDefaults[k], v)
		}
	}
}

func TestApiserverCertificateNamesEveryTLSSAN(t *testing.T) {
	dir := t.TempDir()
	if _, err := issueCertificates(dir, "node1", net.ParseIP("172.18.0.2"), []string{"localhost", "192.168.5.5", "k3s.example"}); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(dir, "apiserver.crt"))
	if err != nil {
		t.Fatal(err)
	}
	block, _ := pem.Decode(data)
	cert, err := x509.ParseCertificate(block.Bytes)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"localhost", "k3s.example", "node1"} {
		if err := cert.VerifyHostname(name); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	for _, ip := range []string{"127.0.0.1", "172.18.0.2", "192.168.5.5"} {
		if err := cert.VerifyHostname(ip); err != nil {
			t.Errorf("%s: %v", ip, err)
		}
	}
}
