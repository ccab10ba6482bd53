package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"
)

// pageStride is how far apart balloon writes to the memory it allocates: one
// byte per 4 KiB page, so every page is faulted in and charged to the memory
// cgroup (a fresh allocation is untouched, zero-filled-on-demand memory).
const pageStride = 4 << 10

const maxBalloonSteps = 10_000

// balloonConfig is one validated `stressor balloon` command line.
type balloonConfig struct {
	Size     int64         // -size: total bytes to hold
	Steps    int           // -steps: equal allocations it is reached in
	Duration time.Duration // -duration: how long the balloon lives
}

const balloonUsage = "usage: stressor balloon -size 40MiB [-steps 1] [-duration 30s]"

// parseBalloonArgs parses the balloon flags; every error is one line.
func parseBalloonArgs(args []string) (balloonConfig, error) {
	fs := flag.NewFlagSet("balloon", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are reported by the caller, on one line
	size := fs.String("size", "", "total memory to allocate and touch, e.g. 40MiB, 512KiB, 1GiB or plain bytes")
	steps := fs.Int("steps", 1, "number of equal allocations, spread evenly over -duration")
	duration := fs.Duration("duration", 30*time.Second, "how long to hold the memory before exiting 0")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return balloonConfig{}, err
		}
		return balloonConfig{}, errors.New(oneLine(err.Error()))
	}
	if fs.NArg() > 0 {
		return balloonConfig{}, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}

	if *size == "" {
		return balloonConfig{}, errors.New("-size is required (e.g. -size 40MiB)")
	}
	n, err := parseSize(*size)
	if err != nil {
		return balloonConfig{}, fmt.Errorf("-size: %v", err)
	}
	if *steps < 1 || *steps > maxBalloonSteps {
		return balloonConfig{}, fmt.Errorf("-steps %d: want an integer in 1..%d", *steps, maxBalloonSteps)
	}
	if n < int64(*steps) {
		return balloonConfig{}, fmt.Errorf("-size %s is smaller than -steps %d bytes", *size, *steps)
	}
	if *duration <= 0 {
		return balloonConfig{}, fmt.Errorf("-duration %s: want a positive duration such as 20s", *duration)
	}
	return balloonConfig{Size: n, Steps: *steps, Duration: *duration}, nil
}

// runBalloon is `stressor balloon`: exit 0 when the duration is over or on
// SIGTERM/SIGINT, 2 on a flag error.
func runBalloon(args []string, stdout, stderr io.Writer) int {
	cfg, err := parseBalloonArgs(args)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprintln(stdout, balloonUsage)
		return 0
	}
	if err != nil {
		fmt.Fprintf(stderr, "stressor balloon: %v (%s)\n", err, strings.TrimPrefix(balloonUsage, "usage: "))
		return 2
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()
	balloon(ctx, cfg, stdout)
	return 0
}

// stepBytes is the size of step k (0-based): Size/Steps, the last step
// taking the remainder.
func (c balloonConfig) stepBytes(k int) int64 {
	each := c.Size / int64(c.Steps)
	if k == c.Steps-1 {
		return c.Size - each*int64(c.Steps-1)
	}
	return each
}

// stepAt is when step k (0-based) allocates, relative to the start: step 0
// at once, step k at k*Duration/Steps.
func (c balloonConfig) stepAt(k int) time.Duration {
	return time.Duration(int64(c.Duration) * int64(k) / int64(c.Steps))
}

// balloon allocates and touches cfg.Size bytes in cfg.Steps steps, printing
// one line per step, holds them until cfg.Duration has passed since the
// start, and returns the memory it held. It returns early, at once, when ctx
// is cancelled.
func balloon(ctx context.Context, cfg balloonConfig, stdout io.Writer) (held [][]byte) {
	start := time.Now()
	var total int64
	for k := 0; k < cfg.Steps; k++ {
		if !sleepUntil(ctx, start.Add(cfg.stepAt(k))) {
			return held
		}
		chunk := make([]byte, cfg.stepBytes(k))
		for i := 0; i < len(chunk); i += pageStride {
			chunk[i] = 1
		}
		held = append(held, chunk)
		total += int64(len(chunk))
		fmt.Fprintf(stdout, "balloon: holding %s of %s\n", formatSize(total), formatSize(cfg.Size))
	}
	sleepUntil(ctx, start.Add(cfg.Duration))
	return held
}

// sleepUntil waits for t and reports whether it got there before ctx ended.
func sleepUntil(ctx context.Context, t time.Time) bool {
	d := time.Until(t)
	if d <= 0 {
		return ctx.Err() == nil
	}
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-timer.C:
		return true
	case <-ctx.Done():
		return false
	}
}
