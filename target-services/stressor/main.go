// Command stressor makes chaos from inside a target's own cgroup, whatever
// the target's image: a static binary in an image of its own (FROM scratch),
// run by memchaos as a container under the target's cgroup on Docker, or as a
// process joined to the target container's cgroup on a Kubernetes node.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run dispatches on the subcommand and returns the process exit code:
// 0 on success, 2 on a usage error.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "stressor: a command is needed (want: balloon)")
		return 2
	}
	switch args[0] {
	case "balloon":
		return runBalloon(args[1:], stdout, stderr)
	default:
		fmt.Fprintf(stderr, "stressor: unknown command %q (want: balloon)\n", args[0])
		return 2
	}
}

// oneLine folds s onto one line, its runs of white space made single spaces.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
