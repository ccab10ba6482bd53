package main

import "testing"

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int64{
		"0":      0,
		"4096":   4096,
		"4096B":  4096,
		"512KiB": 512 << 10,
		"40MiB":  40 << 20,
		"40mib":  40 << 20,
		"1GiB":   1 << 30,
		"2TiB":   2 << 40,
		" 8MiB ": 8 << 20,
	} {
		got, err := parseSize(in)
		if err != nil || got != want {
			t.Errorf("parseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "MiB", "B", "-1", "+5", "1.5GiB", "40MB", "40M", "1e6", "40 MiB x", "9999999TiB"} {
		if got, err := parseSize(in); err == nil {
			t.Errorf("parseSize(%q) = %d, want error", in, got)
		}
	}
}

func TestFormatSize(t *testing.T) {
	for in, want := range map[int64]string{
		0:                 "0B",
		1000:              "1000B",
		4096:              "4KiB",
		20 << 20:          "20MiB",
		40 << 20 / 3:      "13.3MiB",
		3 << 30:           "3GiB",
		(1 << 30) + 1<<29: "1.5GiB",
	} {
		if got := formatSize(in); got != want {
			t.Errorf("formatSize(%d) = %q, want %q", in, got, want)
		}
	}
}
