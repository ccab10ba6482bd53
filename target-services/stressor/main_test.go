package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestRunWithoutOrWithAnUnknownCommandExits2OneLine(t *testing.T) {
	for _, args := range [][]string{nil, {"serve"}, {"-size", "40MiB"}} {
		var stdout, stderr bytes.Buffer
		if code := run(args, &stdout, &stderr); code != 2 {
			t.Fatalf("%q: exit code = %d, want 2", args, code)
		}
		msg := stderr.String()
		if strings.Count(msg, "\n") != 1 || !strings.HasPrefix(msg, "stressor: ") || !strings.Contains(msg, "balloon") || stdout.Len() != 0 {
			t.Fatalf("%q: stderr = %q stdout = %q", args, msg, stdout.String())
		}
	}
}

func TestRunBalloonHelpPrintsUsage(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"balloon", "-h"}, &stdout, &stderr); code != 0 || !strings.HasPrefix(stdout.String(), "usage: stressor balloon") {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout.String(), stderr.String())
	}
}
