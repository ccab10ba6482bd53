// Command pause is the sandbox ("pause") container of every pod on the memchaos node:
// it holds the pod's namespaces, reaps orphaned children and exits on SIGINT or SIGTERM.
// It stands in for registry.k8s.io/pause, which cannot be pulled where no registry is reachable.
package main

import (
	"os"
	"os/signal"
	"syscall"
)

func main() {
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, syscall.SIGINT, syscall.SIGTERM, syscall.SIGCHLD)
	for s := range signals {
		if s == syscall.SIGCHLD {
			for {
				pid, err := syscall.Wait4(-1, nil, syscall.WNOHANG, nil)
				if pid <= 0 || err != nil {
					break
				}
			}
			continue
		}
		os.Exit(0)
	}
}
