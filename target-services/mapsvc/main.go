// Command mapsvc is the memchaos reference target service: small HTTP
// handlers that reproduce memory incidents on demand, with Prometheus
// metrics and pprof on the side.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	os.Exit(run(os.Args[1:], os.Getenv, os.Stdout, os.Stderr))
}

// run dispatches on the subcommand and returns the process exit code:
// 0 on success, 1 on a runtime failure, 2 on a usage or configuration error.
func run(args []string, getenv func(string) string, stdout, stderr io.Writer) int {
	cmd := "serve"
	if len(args) > 0 {
		cmd = args[0]
	}
	switch cmd {
	case "serve":
		return runServe(getenv, stdout, stderr)
	default:
		fmt.Fprintf(stderr, "mapsvc: unknown command %q (want: serve)\n", cmd)
		return 2
	}
}

func runServe(getenv func(string) string, stdout, stderr io.Writer) int {
	cfg, err := loadConfig(getenv)
	if err != nil {
		fmt.Fprintf(stderr, "mapsvc: %v\n", err)
		return 2
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()

	if err := serve(ctx, cfg, stdout); err != nil {
		fmt.Fprintf(stderr, "mapsvc: %v\n", err)
		return 1
	}
	return 0
}
