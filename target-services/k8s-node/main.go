// Command memchaos-node is one static binary that is every program of a single-node
// Kubernetes (v1.33, upstream, from its Go module): etcd, kube-apiserver,
// kube-controller-manager, kube-scheduler and kubelet, called by name (as a symlink or
// as the first argument), and `k3s server`: the entrypoint that boots them all as k3s
// would, for Testcontainers' K3sContainer.
package main

import (
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	name := filepath.Base(os.Args[0])
	args := os.Args[1:]
	if name == "k3s" && len(args) > 0 && args[0] == "server" {
		os.Exit(runServer(args[1:]))
	}
	if code, ok := runComponent(name, args); ok {
		os.Exit(code)
	}
	if len(args) > 0 {
		if code, ok := runComponent(args[0], args[1:]); ok {
			os.Exit(code)
		}
	}
	fmt.Fprintf(os.Stderr, "memchaos-node: call me as `k3s server` or one of kube-apiserver, kube-controller-manager, kube-scheduler, kubelet, etcd\n")
	os.Exit(2)
}
