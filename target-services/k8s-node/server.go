package main

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// Where the node keeps its state. The data directories are volumes of the image, so
// containerd's overlay snapshots are not nested in the container's own overlay.
const (
	stateDir      = "/var/lib/memchaos-node"
	runDir        = "/run/memchaos-node"
	logDir        = "/var/log/memchaos-node"
	imagesDir     = "/opt/memchaos-node/images"
	kubeconfigK3s = "/etc/rancher/k3s/k3s.yaml"
	self          = "/bin/memchaos-node"
	// readyLine is what K3sContainer waits for; k3s prints it once its node is synced.
	readyLine = "Node controller sync successful"
)

// serverOptions are the `k3s server` flags this node understands; others are ignored with a note.
type serverOptions struct {
	tlsSANs []string
}

func parseServerArgs(args []string) serverOptions {
	var opts serverOptions
	for i := 0; i < len(args); i++ {
		arg := args[i]
		switch {
		case strings.HasPrefix(arg, "--tls-san="):
			opts.tlsSANs = append(opts.tlsSANs, strings.TrimPrefix(arg, "--tls-san="))
		case arg == "--tls-san" && i+1 < len(args):
			i++
			opts.tlsSANs = append(opts.tlsSANs, args[i])
		case strings.HasPrefix(arg, "--disable=") || strings.HasPrefix(arg, "--no-deploy="):
			// nothing to disable: this node deploys no add-ons
		default:
			say("ignoring k3s flag %q (this node is upstream Kubernetes, not k3s)", arg)
		}
	}
	return opts
}

// runServer boots a single-node Kubernetes the way `k3s server` does, as far as a
// caller such as Testcontainers' K3sContainer can tell: certificates, a kubeconfig at
// /etc/rancher/k3s/k3s.yaml, and the line readyLine once the node is Ready and pods
// can be created.
func runServer(args []string) int {
	opts := parseServerArgs(args)
	started := time.Now()
	sup, err := newSupervisor(logDir)
	if err != nil {
		say("cannot write logs: %v", err)
		return 1
	}
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, syscall.SIGTERM, syscall.SIGINT)

	node, err := bootNode(opts, sup)
	if err != nil {
		say("the node did not boot: %v", err)
		sup.stop(5 * time.Second)
		return 1
	}
	ready := make(chan error, 1)
	go func() { ready <- waitReady(context.Background(), node.kubeconfig, node.name, 2*time.Minute) }()
	for {
		select {
		case err := <-ready:
			if err != nil {
				say("the node did not become ready: %v", err)
				sup.stop(5 * time.Second)
				return 1
			}
			say("node %s ready in %.1fs", node.name, time.Since(started).Seconds())
			fmt.Println(readyLine)
		case e := <-sup.exited:
			say("%s exited (%v); the node is down. Last lines of %s:\n%s", e.name, e.err, sup.logPath(e.name), sup.tail(e.name, 20))
			sup.stop(5 * time.Second)
			return 1
		case s := <-signals:
			say("%v: stopping the node", s)
			sup.stop(10 * time.Second)
			return 0
		}
	}
}

// bootedNode is what the readiness check needs to know about the node that was started.
type bootedNode struct {
	name       string
	kubeconfig string
}

func bootNode(opts serverOptions, sup *supervisor) (bootedNode, error) {
	if err := prepareHost(runDir); err != nil {
		return bootedNode{}, err
	}
	cgroupRoot, err := ownCgroup()
	if err != nil {
		return bootedNode{}, err
	}
	ip, err := nodeIP()
	if err != nil {
		return bootedNode{}, err
	}
	hostname, err := os.Hostname()
	if err != nil {
		return bootedNode{}, err
	}
	name := strings.ToLower(hostname)
	pkiDir := filepath.Join(stateDir, "pki")
	certs, err := issueCertificates(pkiDir, name, ip, opts.tlsSANs)
	if err != nil {
		return bootedNode{}, fmt.Errorf("making certificates: %w", err)
	}
	admin := filepath.Join(stateDir, "admin.kubeconfig")
	if err := writeKubeconfig(certs, "https://127.0.0.1:6443", admin, kubeconfigK3s); err != nil {
		return bootedNode{}, fmt.Errorf("writing kubeconfigs: %w", err)
	}
	kubeletConfig := filepath.Join(stateDir, "kubelet.yaml")
	if err := writeKubeletConfig(kubeletConfig, pkiDir, cgroupRoot); err != nil {
		return bootedNode{}, err
	}
	say("node %s at %s, pods under cgroup %s", name, ip, cgroupRoot)

	if err := sup.start("containerd", "/usr/bin/containerd", "--config", "/etc/containerd/config.toml"); err != nil {
		return bootedNode{}, err
	}
	if err := sup.start("etcd", self, etcdArgs()...); err != nil {
		return bootedNode{}, err
	}
	if err := sup.start("kube-apiserver", self, apiserverArgs(pkiDir, ip)...); err != nil {
		return bootedNode{}, err
	}
	if err := waitForSocket("/run/containerd/containerd.sock", 30*time.Second); err != nil {
		return bootedNode{}, fmt.Errorf("containerd: %w (see %s)", err, sup.logPath("containerd"))
	}
	if err := importImages(); err != nil {
		return bootedNode{}, err
	}
	if err := sup.start("kube-controller-manager", self, controllerManagerArgs(pkiDir, admin)...); err != nil {
		return bootedNode{}, err
	}
	if err := sup.start("kube-scheduler", self, "kube-scheduler", "--kubeconfig="+admin,
		"--authentication-kubeconfig="+admin, "--authorization-kubeconfig="+admin,
		"--leader-elect=false", "--bind-address=127.0.0.1"); err != nil {
		return bootedNode{}, err
	}
	if err := sup.start("kubelet", self, "kubelet", "--config="+kubeletConfig, "--kubeconfig="+admin,
		"--hostname-override="+name, "--node-ip="+ip.String()); err != nil {
		return bootedNode{}, err
	}
	return bootedNode{name: name, kubeconfig: admin}, nil
}

func etcdArgs() []string {
	return []string{"etcd", "--name=memchaos-node", "--data-dir=" + filepath.Join(stateDir, "etcd"),
		"--listen-client-urls=http://127.0.0.1:2379", "--advertise-client-urls=http://127.0.0.1:2379",
		"--listen-peer-urls=http://127.0.0.1:2380", "--initial-advertise-peer-urls=http://127.0.0.1:2380",
		"--initial-cluster=memchaos-node=http://127.0.0.1:2380", "--listen-metrics-urls=",
		// the node lives for one run: durability across power loss buys nothing
		"--unsafe-no-fsync", "--log-level=warn"}
}

func apiserverArgs(pkiDir string, ip net.IP) []string {
	p := func(name string) string { return filepath.Join(pkiDir, name) }
	return []string{"kube-apiserver",
		"--etcd-servers=http://127.0.0.1:2379",
		"--bind-address=0.0.0.0", "--secure-port=6443", "--advertise-address=" + ip.String(),
		"--tls-cert-file=" + p("apiserver.crt"), "--tls-private-key-file=" + p("apiserver.key"),
		"--client-ca-file=" + p("ca.crt"),
		"--kubelet-client-certificate=" + p("apiserver-kubelet-client.crt"),
		"--kubelet-client-key=" + p("apiserver-kubelet-client.key"),
		"--kubelet-certificate-authority=" + p("ca.crt"),
		"--service-account-issuer=https://kubernetes.default.svc",
		"--service-account-key-file=" + p("sa.pub"), "--service-account-signing-key-file=" + p("sa.key"),
		"--service-cluster-ip-range=10.43.0.0/16",
		"--authorization-mode=Node,RBAC",
		"--allow-privileged=true",
		"--profiling=false",
		"--enable-priority-and-fairness=false",
	}
}

func controllerManagerArgs(pkiDir, admin string) []string {
	p := func(name string) string { return filepath.Join(pkiDir, name) }
	return []string{"kube-controller-manager",
		"--kubeconfig=" + admin, "--authentication-kubeconfig=" + admin, "--authorization-kubeconfig=" + admin,
		"--service-account-private-key-file=" + p("sa.key"), "--root-ca-file=" + p("ca.crt"),
		"--use-service-account-credentials=false", "--leader-elect=false", "--bind-address=127.0.0.1",
		"--controllers=*,-nodeipam,-route,-service,-cloud-node-lifecycle",
	}
}

// importImages loads the images baked into the node (the pod sandbox) into containerd's
// Kubernetes namespace, where the kubelet finds them without a registry.
func importImages() error {
	tars, err := filepath.Glob(filepath.Join(imagesDir, "*.tar"))
	if err != nil {
		return err
	}
	for _, tar := range tars {
		out, err := exec.Command("/usr/bin/ctr", "--namespace=k8s.io", "images", "import", tar).CombinedOutput()
		if err != nil {
			return fmt.Errorf("importing %s into containerd: %v: %s", tar, err, strings.TrimSpace(string(out)))
		}
	}
	return nil
}

func waitForSocket(path string, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		if conn, err := net.Dial("unix", path); err == nil {
			conn.Close()
			return nil
		}
		time.Sleep(100 * time.Millisecond)
	}
	return fmt.Errorf("%s did not answer within %s", path, timeout)
}

func say(format string, args ...any) {
	fmt.Printf("memchaos-node: "+format+"\n", args...)
}
