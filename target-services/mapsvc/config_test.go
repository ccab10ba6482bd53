package main

import (
	"bytes"
	"strings"
	"testing"
)

func env(kv map[string]string) func(string) string {
	return func(k string) string { return kv[k] }
}

func TestLoadConfigDefaults(t *testing.T) {
	cfg, err := loadConfig(env(nil))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Port != 8080 || cfg.MapSizing != sizingUnsized || cfg.MaxBodyBytes != 16<<20 {
		t.Fatalf("defaults = %+v", cfg)
	}
}

func TestLoadConfigValues(t *testing.T) {
	cfg, err := loadConfig(env(map[string]string{"PORT": "9090", "MAP_SIZING": "sized"}))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Port != 9090 || cfg.MapSizing != sizingSized {
		t.Fatalf("cfg = %+v", cfg)
	}
}

func TestLoadConfigErrors(t *testing.T) {
	for _, kv := range []map[string]string{
		{"MAP_SIZING": "bogus"},
		{"MAP_SIZING": "SIZED"},
		{"PORT": "http"},
		{"PORT": "70000"},
	} {
		if _, err := loadConfig(env(kv)); err == nil {
			t.Errorf("%v: want error", kv)
		}
	}
}

func TestRunInvalidMapSizingExits2(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := run(nil, env(map[string]string{"MAP_SIZING": "huge"}), &stdout, &stderr)
	if code != 2 {
		t.Fatalf("exit code = %d, want 2", code)
	}
	msg := stderr.String()
	if strings.Count(msg, "\n") != 1 || !strings.HasSuffix(msg, "\n") || !strings.Contains(msg, "MAP_SIZING") {
		t.Fatalf("stderr = %q, want one line naming MAP_SIZING", msg)
	}
	if stdout.Len() != 0 {
		t.Fatalf("stdout = %q, want nothing", stdout.String())
	}
}

func TestRunUnknownCommandExits2(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"nope"}, env(nil), &stdout, &stderr); code != 2 {
		t.Fatalf("exit code = %d, want 2", code)
	}
}
