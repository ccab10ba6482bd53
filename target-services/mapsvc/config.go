package main

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// mapSizing selects how /parse allocates the map it decodes into.
type mapSizing string

const (
	// sizingUnsized decodes into a nil map: encoding/json starts from an empty
	// map and the runtime rehashes it on every growth step.
	sizingUnsized mapSizing = "unsized"
	// sizingSized pre-sizes the map with make(map, n), n estimated from the
	// body bytes before decoding, so it never grows.
	sizingSized mapSizing = "sized"
)

// storeKind selects the concurrent map behind /kv (see store.go).
type storeKind string

const (
	storeMutex   storeKind = "mutex"   // one map behind one sync.Mutex
	storeSyncMap storeKind = "syncmap" // a sync.Map
	storeSharded storeKind = "sharded" // SHARDS maps, each behind its own sync.RWMutex
)

// churnMapKind selects which map /churn fills and empties (see churn.go).
type churnMapKind string

const (
	churnLongLived  churnMapKind = "long-lived"  // one map for the process: never shrinks
	churnPerRequest churnMapKind = "per-request" // a new map per request, dropped after it
)

// appendMode selects how /append builds its slice (see append.go).
type appendMode string

const (
	appendNoCap appendMode = "nocap" // append to a nil slice: grown by reallocation
	appendCap   appendMode = "cap"   // make([]T, 0, n) first: one allocation
)

const (
	defaultPort              = 8080
	defaultMaxBodyBytes      = 16 << 20 // 16 MiB
	defaultShards            = 32
	maxShards                = 4096
	defaultDownstreamTimeout = 10 * time.Second
)

// config is everything mapsvc reads from its environment. It is built in one
// place, loadConfig, so every switch has one name, one default and one error.
type config struct {
	Port              int           // PORT, default 8080
	MapSizing         mapSizing     // MAP_SIZING=unsized|sized, default unsized
	Store             storeKind     // STORE=mutex|syncmap|sharded, default mutex
	Shards            int           // SHARDS, default 32; used by STORE=sharded
	Append            appendMode    // APPEND=nocap|cap, default nocap
	ChurnMap          churnMapKind  // CHURN_MAP=long-lived|per-request, default long-lived
	DownstreamURL     string        // DOWNSTREAM_URL, default none: /parse calls nothing
	DownstreamTimeout time.Duration // DOWNSTREAM_TIMEOUT, default 10s
	MaxBodyBytes      int64         // request body cap for /parse (not an env switch)
}

// defaultConfig is the configuration of an empty environment.
func defaultConfig() config {
	return config{
		Port:              defaultPort,
		MapSizing:         sizingUnsized,
		Store:             storeMutex,
		Shards:            defaultShards,
		Append:            appendNoCap,
		ChurnMap:          churnLongLived,
		DownstreamTimeout: defaultDownstreamTimeout,
		MaxBodyBytes:      defaultMaxBodyBytes,
	}
}

// loadConfig reads the configuration through getenv (os.Getenv in main).
func loadConfig(getenv func(string) string) (config, error) {
	cfg := defaultConfig()

	if v := strings.TrimSpace(getenv("PORT")); v != "" {
		p, err := strconv.Atoi(v)
		if err != nil || p < 0 || p > 65535 {
			return config{}, fmt.Errorf("invalid PORT %q: want an integer in 0..65535", v)
		}
		cfg.Port = p
	}

	if v := strings.TrimSpace(getenv("MAP_SIZING")); v != "" {
		switch s := mapSizing(v); s {
		case sizingUnsized, sizingSized:
			cfg.MapSizing = s
		default:
			return config{}, fmt.Errorf("invalid MAP_SIZING %q: want %q or %q", v, sizingUnsized, sizingSized)
		}
	}

	if v := strings.TrimSpace(getenv("STORE")); v != "" {
		switch s := storeKind(v); s {
		case storeMutex, storeSyncMap, storeSharded:
			cfg.Store = s
		default:
			return config{}, fmt.Errorf("invalid STORE %q: want %q, %q or %q", v, storeMutex, storeSyncMap, storeSharded)
		}
	}

	if v := strings.TrimSpace(getenv("SHARDS")); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > maxShards {
			return config{}, fmt.Errorf("invalid SHARDS %q: want an integer in 1..%d", v, maxShards)
		}
		cfg.Shards = n
	}

	if v := strings.TrimSpace(getenv("APPEND")); v != "" {
		switch a := appendMode(v); a {
		case appendNoCap, appendCap:
			cfg.Append = a
		default:
			return config{}, fmt.Errorf("invalid APPEND %q: want %q or %q", v, appendNoCap, appendCap)
		}
	}

	if v := strings.TrimSpace(getenv("CHURN_MAP")); v != "" {
		switch k := churnMapKind(v); k {
		case churnLongLived, churnPerRequest:
			cfg.ChurnMap = k
		default:
			return config{}, fmt.Errorf("invalid CHURN_MAP %q: want %q or %q", v, churnLongLived, churnPerRequest)
		}
	}

	if v := strings.TrimSpace(getenv("DOWNSTREAM_URL")); v != "" {
		u, err := url.Parse(v)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return config{}, fmt.Errorf("invalid DOWNSTREAM_URL %q: want an absolute http:// or https:// URL", v)
		}
		cfg.DownstreamURL = v
	}

	if v := strings.TrimSpace(getenv("DOWNSTREAM_TIMEOUT")); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 {
			return config{}, fmt.Errorf("invalid DOWNSTREAM_TIMEOUT %q: want a positive duration such as 10s or 500ms", v)
		}
		cfg.DownstreamTimeout = d
	}

	return cfg, nil
}

// downstreamLabel is how the startup line and mapsvc_info show the
// downstream switch: the URL (credentials redacted) or "none".
func (c config) downstreamLabel() string {
	if c.DownstreamURL == "" {
		return "none"
	}
	u, err := url.Parse(c.DownstreamURL)
	if err != nil { // validated by loadConfig; a hand-built config may skip that
		return "set"
	}
	return u.Redacted()
}

// switches is the configuration as the startup line prints it, e.g.
// "map_sizing=unsized store=sharded shards=32 append=nocap downstream=none".
func (c config) switches() string {
	store := "store=" + string(c.Store)
	if c.Store == storeSharded {
		store += " shards=" + strconv.Itoa(c.Shards)
	}
	s := fmt.Sprintf("map_sizing=%s %s append=%s churn_map=%s downstream=%s", c.MapSizing, store, c.Append, c.ChurnMap, c.downstreamLabel())
	if c.DownstreamURL != "" {
		s += " downstream_timeout=" + c.DownstreamTimeout.String()
	}
	return s
}
