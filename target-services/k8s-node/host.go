package main

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/sys/unix"
)

// kernelDefaults are the host-wide kernel settings the kubelet insists on (its
// setupKernelTunables). They are not namespaced: a kubelet allowed to write them would
// change the machine the node runs on. The node shows the kubelet files holding the
// values it wants, bind-mounted over /proc/sys, so it reads them and writes nothing.
var kernelDefaults = map[string]string{
	"vm/overcommit_memory":      "1",
	"vm/panic_on_oom":           "0",
	"kernel/panic":              "10",
	"kernel/panic_on_oops":      "1",
	"kernel/keys/root_maxkeys":  "1000000",
	"kernel/keys/root_maxbytes": "25000000",
}

// prepareHost makes the container a place a kubelet and containerd can run without
// privileges: shared mount propagation, a writable /proc/sys/net (namespaced), and the
// kernel defaults shielded from the kubelet.
func prepareHost(runDir string) error {
	if err := unix.Mount("", "/", "", unix.MS_REC|unix.MS_SHARED, ""); err != nil {
		return fmt.Errorf("making / a shared mount: %w", err)
	}
	if err := unix.Mount("/proc/sys/net", "/proc/sys/net", "", unix.MS_BIND, ""); err != nil {
		return fmt.Errorf("binding /proc/sys/net: %w", err)
	}
	if err := unix.Mount("", "/proc/sys/net", "", unix.MS_BIND|unix.MS_REMOUNT, ""); err != nil {
		return fmt.Errorf("remounting /proc/sys/net writable: %w", err)
	}
	shield := filepath.Join(runDir, "sysctl")
	for name, value := range kernelDefaults {
		file := filepath.Join(shield, strings.ReplaceAll(name, "/", "."))
		if err := os.MkdirAll(shield, 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(file, []byte(value+"\n"), 0o444); err != nil {
			return err
		}
		if err := unix.Mount(file, "/proc/sys/"+name, "", unix.MS_BIND, ""); err != nil {
			return fmt.Errorf("shielding /proc/sys/%s from the kubelet: %w", name, err)
		}
		if err := unix.Mount("", "/proc/sys/"+name, "", unix.MS_BIND|unix.MS_REMOUNT|unix.MS_RDONLY, ""); err != nil {
			return fmt.Errorf("making the shield of /proc/sys/%s read-only: %w", name, err)
		}
	}
	return nil
}

// ownCgroup is this container's own cgroup (the memory controller's path on cgroup v1,
// the unified path on v2): the kubelet's cgroup root, so pods nest under the node and
// are charged to it.
func ownCgroup() (string, error) {
	f, err := os.Open("/proc/self/cgroup")
	if err != nil {
		return "", err
	}
	defer f.Close()
	return memoryCgroup(f)
}

// memoryCgroup reads a /proc/<pid>/cgroup file.
func memoryCgroup(r io.Reader) (string, error) {
	unified := ""
	scanner := bufio.NewScanner(r)
	for scanner.Scan() {
		parts := strings.SplitN(scanner.Text(), ":", 3)
		if len(parts) != 3 {
			continue
		}
		for _, controller := range strings.Split(parts[1], ",") {
			if controller == "memory" {
				return parts[2], nil
			}
		}
		if parts[0] == "0" && parts[1] == "" {
			unified = parts[2]
		}
	}
	if unified != "" {
		return unified, nil
	}
	return "", fmt.Errorf("no memory cgroup in /proc/self/cgroup")
}

// nodeIP is the container's first non-loopback IPv4 address.
func nodeIP() (net.IP, error) {
	addrs, err := net.InterfaceAddrs()
	if err != nil {
		return nil, err
	}
	for _, a := range addrs {
		if n, ok := a.(*net.IPNet); ok && !n.IP.IsLoopback() && n.IP.To4() != nil {
			return n.IP.To4(), nil
		}
	}
	return nil, fmt.Errorf("the container has no IPv4 address")
}
