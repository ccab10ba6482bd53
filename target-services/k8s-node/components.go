package main

import (
	"os"

	"go.etcd.io/etcd/server/v3/etcdmain"
	"k8s.io/component-base/cli"
	_ "k8s.io/component-base/logs/json/register"
	_ "k8s.io/component-base/metrics/prometheus/clientgo"
	_ "k8s.io/component-base/metrics/prometheus/version"
	apiserver "k8s.io/kubernetes/cmd/kube-apiserver/app"
	controllermanager "k8s.io/kubernetes/cmd/kube-controller-manager/app"
	scheduler "k8s.io/kubernetes/cmd/kube-scheduler/app"
	kubelet "k8s.io/kubernetes/cmd/kubelet/app"
)

// components are the upstream Kubernetes programs (and etcd) this one binary can be,
// each started exactly as its own main() starts it.
var components = map[string]func(args []string) int{
	"kube-apiserver":          func([]string) int { return cli.Run(apiserver.NewAPIServerCommand()) },
	"kube-controller-manager": func([]string) int { return cli.Run(controllermanager.NewControllerManagerCommand()) },
	"kube-scheduler":          func([]string) int { return cli.Run(scheduler.NewSchedulerCommand()) },
	"kubelet":                 func([]string) int { return cli.Run(kubelet.NewKubeletCommand()) },
	"etcd": func(args []string) int {
		etcdmain.Main(args)
		return 0
	},
}

// runComponent runs the named component with os.Args rewritten as if it had been
// started under its own name; it reports whether name is a component.
func runComponent(name string, args []string) (int, bool) {
	run, ok := components[name]
	if !ok {
		return 0, false
	}
	os.Args = append([]string{name}, args...)
	return run(os.Args), true
}
