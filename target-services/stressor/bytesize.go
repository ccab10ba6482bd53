package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// byteUnits are the binary units parseSize accepts and formatSize prints,
// largest first.
var byteUnits = []struct {
	name string
	size int64
}{
	{"TiB", 1 << 40},
	{"GiB", 1 << 30},
	{"MiB", 1 << 20},
	{"KiB", 1 << 10},
}

// parseSize reads a byte count: a non-negative integer, optionally followed
// by B, KiB, MiB, GiB or TiB (case-insensitive), e.g. 40MiB, 512KiB, 1GiB, 4096.
func parseSize(s string) (int64, error) {
	v := strings.TrimSpace(s)
	mult := int64(1)
	for _, u := range byteUnits {
		if len(v) > len(u.name) && strings.EqualFold(v[len(v)-len(u.name):], u.name) {
			v, mult = v[:len(v)-len(u.name)], u.size
			break
		}
	}
	if mult == 1 && len(v) > 1 && (v[len(v)-1] == 'B' || v[len(v)-1] == 'b') {
		v = v[:len(v)-1]
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n < 0 || v[0] == '+' {
		return 0, fmt.Errorf("invalid size %q: want a whole number of bytes, optionally with B, KiB, MiB, GiB or TiB (e.g. 40MiB)", s)
	}
	if n > math.MaxInt64/mult {
		return 0, fmt.Errorf("invalid size %q: too large", s)
	}
	return n * mult, nil
}

// formatSize prints n in the largest binary unit it fills: exactly when it
// is a whole number of that unit (20MiB), else to one decimal (13.3MiB).
func formatSize(n int64) string {
	for _, u := range byteUnits {
		if n >= u.size {
			if n%u.size == 0 {
				return strconv.FormatInt(n/u.size, 10) + u.name
			}
			return strconv.FormatFloat(float64(n)/float64(u.size), 'f', 1, 64) + u.name
		}
	}
	return strconv.FormatInt(n, 10) + "B"
}
