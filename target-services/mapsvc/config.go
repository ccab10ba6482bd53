package main

import (
	"fmt"
	"strconv"
	"strings"
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

const (
	defaultPort         = 8080
	defaultMaxBodyBytes = 16 << 20 // 16 MiB
)

// config is everything mapsvc reads from its environment. It is built in one
// place, loadConfig, so every switch has one name, one default and one error.
type config struct {
	Port         int       // PORT, default 8080
	MapSizing    mapSizing // MAP_SIZING=unsized|sized, default unsized
	MaxBodyBytes int64     // request body cap for /parse (not an env switch)
}

// loadConfig reads the configuration through getenv (os.Getenv in main).
func loadConfig(getenv func(string) string) (config, error) {
	cfg := config{
		Port:         defaultPort,
		MapSizing:    sizingUnsized,
		MaxBodyBytes: defaultMaxBodyBytes,
	}

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

	return cfg, nil
}
