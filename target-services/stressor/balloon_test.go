package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"
)

func TestParseBalloonArgs(t *testing.T) {
	cfg, err := parseBalloonArgs([]string{"-size", "40MiB", "-steps", "4", "-duration", "20s"})
	if err != nil || cfg != (balloonConfig{Size: 40 << 20, Steps: 4, Duration: 20 * time.Second}) {
		t.Fatalf("cfg = %+v, %v", cfg, err)
	}
	cfg, err = parseBalloonArgs([]string{"-size=1048576"})
	if err != nil || cfg != (balloonConfig{Size: 1 << 20, Steps: 1, Duration: 30 * time.Second}) {
		t.Fatalf("defaults: cfg = %+v, %v", cfg, err)
	}
}

func TestParseBalloonArgsErrors(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"-size", "lots"},
		{"-size", "40MiB", "-steps", "0"},
		{"-size", "40MiB", "-steps", "10001"},
		{"-size", "3", "-steps", "4"},
		{"-size", "40MiB", "-duration", "0s"},
		{"-size", "40MiB", "-duration", "20"},
		{"-size", "40MiB", "extra"},
		{"-bogus"},
	} {
		if _, err := parseBalloonArgs(args); err == nil {
			t.Errorf("%q: want error", args)
		}
	}
}

func TestRunBalloonBadFlagExits2OneLine(t *testing.T) {
	for _, args := range [][]string{{"balloon"}, {"balloon", "-size", "1XB"}, {"balloon", "-nope"}} {
		var stdout, stderr bytes.Buffer
		if code := run(args, &stdout, &stderr); code != 2 {
			t.Fatalf("%q: exit code = %d, want 2", args, code)
		}
		msg := stderr.String()
		if strings.Count(msg, "\n") != 1 || !strings.HasPrefix(msg, "stressor balloon: ") || stdout.Len() != 0 {
			t.Fatalf("%q: stderr = %q stdout = %q", args, msg, stdout.String())
		}
	}
}

func TestBalloonSteps(t *testing.T) {
	cfg := balloonConfig{Size: 10, Steps: 3, Duration: 3 * time.Second}
	if cfg.stepBytes(0) != 3 || cfg.stepBytes(1) != 3 || cfg.stepBytes(2) != 4 {
		t.Fatalf("step bytes %d %d %d", cfg.stepBytes(0), cfg.stepBytes(1), cfg.stepBytes(2))
	}
	if cfg.stepAt(0) != 0 || cfg.stepAt(1) != time.Second || cfg.stepAt(2) != 2*time.Second {
		t.Fatalf("step times %v %v %v", cfg.stepAt(0), cfg.stepAt(1), cfg.stepAt(2))
	}
}

func TestBalloonAllocatesTouchesAndHolds(t *testing.T) {
	cfg := balloonConfig{Size: 4 << 20, Steps: 2, Duration: 300 * time.Millisecond}
	var out bytes.Buffer
	start := time.Now()
	held := balloon(context.Background(), cfg, &out)
	elapsed := time.Since(start)

	if elapsed < cfg.Duration {
		t.Fatalf("returned after %v, want >= %v", elapsed, cfg.Duration)
	}
	if want := "balloon: holding 2MiB of 4MiB\nballoon: holding 4MiB of 4MiB\n"; out.String() != want {
		t.Fatalf("stdout = %q, want %q", out.String(), want)
	}
	var total int
	for _, chunk := range held {
		total += len(chunk)
		for i := 0; i < len(chunk); i += pageStride {
			if chunk[i] != 1 {
				t.Fatalf("page at %d not touched", i)
			}
		}
	}
	if total != 4<<20 {
		t.Fatalf("held %d bytes", total)
	}
}

func TestBalloonStopsAtOnceWhenCancelled(t *testing.T) {
	cfg := balloonConfig{Size: 1 << 20, Steps: 4, Duration: time.Minute}
	ctx, cancel := context.WithCancel(context.Background())
	var out bytes.Buffer
	done := make(chan [][]byte, 1)
	go func() { done <- balloon(ctx, cfg, &out) }()
	time.Sleep(50 * time.Millisecond)
	cancel()
	select {
	case held := <-done:
		if len(held) != 1 || out.String() != "balloon: holding 256KiB of 1MiB\n" {
			t.Fatalf("held %d steps, stdout %q; want only step 1", len(held), out.String())
		}
	case <-time.After(2 * time.Second):
		t.Fatal("balloon did not return after cancel")
	}
}
