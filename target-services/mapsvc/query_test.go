package main

import (
	"net/url"
	"strings"
	"testing"
)

func TestIntParam(t *testing.T) {
	q := url.Values{"n": {"7"}, "empty": {""}, "bad": {"x"}, "neg": {"-1"}, "big": {"11"}}
	if v, err := intParam(q, "n", 1, 0, 10); err != nil || v != 7 {
		t.Fatalf("n = %d %v", v, err)
	}
	for _, name := range []string{"missing", "empty"} {
		if v, err := intParam(q, name, 3, 0, 10); err != nil || v != 3 {
			t.Fatalf("%s = %d %v, want default 3", name, v, err)
		}
	}
	for _, name := range []string{"bad", "neg", "big"} {
		_, err := intParam(q, name, 3, 0, 10)
		if err == nil || !strings.Contains(err.Error(), name) || !strings.Contains(err.Error(), "0..10") {
			t.Fatalf("%s: err = %v", name, err)
		}
	}
}
