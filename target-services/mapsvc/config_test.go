package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func env(kv map[string]string) func(string) string {
	return func(k string) string { return kv[k] }
}

func TestLoadConfigDefaults(t *testing.T) {
	cfg, err := loadConfig(env(nil))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Port != 8080 || cfg.MapSizing != sizingUnsized || cfg.MaxBodyBytes != 16<<20 ||
		cfg.Store != storeMutex || cfg.Shards != 32 || cfg.Append != appendNoCap ||
		cfg.DownstreamURL != "" || cfg.DownstreamTimeout != 10*time.Second {
		t.Fatalf("defaults = %+v", cfg)
	}
	if got, want := cfg.switches(), "map_sizing=unsized store=mutex append=nocap churn_map=long-lived downstream=none"; got != want {
		t.Fatalf("switches = %q, want %q", got, want)
	}
}

func TestLoadConfigWorkloadSwitches(t *testing.T) {
	cfg, err := loadConfig(env(map[string]string{
		"STORE":              "sharded",
		"SHARDS":             "64",
		"APPEND":             "cap",
		"CHURN_MAP":          "per-request",
		"DOWNSTREAM_URL":     "http://u:pw@proxy:8666/healthz",
		"DOWNSTREAM_TIMEOUT": "250ms",
	}))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Store != storeSharded || cfg.Shards != 64 || cfg.Append != appendCap || cfg.ChurnMap != churnPerRequest ||
		cfg.DownstreamURL != "http://u:pw@proxy:8666/healthz" || cfg.DownstreamTimeout != 250*time.Millisecond {
		t.Fatalf("cfg = %+v", cfg)
	}
	want := "map_sizing=unsized store=sharded shards=64 append=cap churn_map=per-request downstream=http://u:xxxxx@proxy:8666/healthz downstream_timeout=250ms"
	if got := cfg.switches(); got != want {
		t.Fatalf("switches = %q, want %q", got, want)
	}
	for _, s := range []string{"mutex", "syncmap"} {
		if cfg, err := loadConfig(env(map[string]string{"STORE": s})); err != nil || string(cfg.Store) != s {
			t.Fatalf("STORE=%s: %+v %v", s, cfg, err)
		}
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
		{"STORE": "rwmutex"},
		{"STORE": "Mutex"},
		{"SHARDS": "0"},
		{"SHARDS": "4097"},
		{"SHARDS": "many"},
		{"APPEND": "prealloc"},
		{"CHURN_MAP": "forever"},
		{"DOWNSTREAM_URL": "proxy:8666/healthz"},
		{"DOWNSTREAM_URL": "ftp://proxy/x"},
		{"DOWNSTREAM_URL": "http://"},
		{"DOWNSTREAM_TIMEOUT": "10"},
		{"DOWNSTREAM_TIMEOUT": "0s"},
		{"DOWNSTREAM_TIMEOUT": "-1s"},
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

func TestRunInvalidWorkloadSwitchesExit2(t *testing.T) {
	for name, value := range map[string]string{
		"STORE": "btree", "SHARDS": "-3", "APPEND": "x", "DOWNSTREAM_URL": "::", "DOWNSTREAM_TIMEOUT": "soon",
	} {
		var stdout, stderr bytes.Buffer
		code := run(nil, env(map[string]string{name: value}), &stdout, &stderr)
		msg := stderr.String()
		if code != 2 || strings.Count(msg, "\n") != 1 || !strings.Contains(msg, name) || stdout.Len() != 0 {
			t.Errorf("%s=%s: exit %d, stderr %q, stdout %q", name, value, code, msg, stdout.String())
		}
	}
}

func TestRunUnknownCommandExits2(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"nope"}, env(nil), &stdout, &stderr); code != 2 {
		t.Fatalf("exit code = %d, want 2", code)
	}
}
