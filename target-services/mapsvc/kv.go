package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
)

// /kv/ops query parameters: default and accepted range.
const (
	kvDefaultN, kvMaxN                   = 200, 100_000
	kvDefaultWrites                      = 50 // percent
	kvDefaultKeyspace, kvMaxKeyspace     = 100_000, 10_000_000
	kvDefaultValueBytes, kvMaxValueBytes = 64, 1 << 20
)

// kvSeedStream is the second word of the PCG state of a seeded request
// ("memchaos" in ASCII): fixed, so the seed alone decides the operations.
const kvSeedStream = 0x6d656d6368616f73

// kvOps is one validated POST /kv/ops request.
type kvOps struct {
	N          int // operations
	Writes     int // percent of operations that are Puts
	Keyspace   int // keys are "k0" .. "k<keyspace-1>"
	ValueBytes int // length of each freshly allocated value
	// Seeded requests (seed=0..2^64-1) draw their keys and read/write mix from
	// rand.New(rand.NewPCG(Seed, kvSeedStream)): the same seed, the same
	// operations, so a run can be replayed. Without a seed, the global source.
	Seed   uint64
	Seeded bool
}

func parseKVOps(r *http.Request) (kvOps, error) {
	q := r.URL.Query()
	var o kvOps
	var err error
	if o.N, err = intParam(q, "n", kvDefaultN, 1, kvMaxN); err != nil {
		return kvOps{}, err
	}
	if o.Writes, err = intParam(q, "writes", kvDefaultWrites, 0, 100); err != nil {
		return kvOps{}, err
	}
	if o.Keyspace, err = intParam(q, "keyspace", kvDefaultKeyspace, 1, kvMaxKeyspace); err != nil {
		return kvOps{}, err
	}
	if o.ValueBytes, err = intParam(q, "valueBytes", kvDefaultValueBytes, 1, kvMaxValueBytes); err != nil {
		return kvOps{}, err
	}
	if v := strings.TrimSpace(q.Get("seed")); v != "" {
		if o.Seed, err = strconv.ParseUint(v, 10, 64); err != nil {
			return kvOps{}, fmt.Errorf("invalid seed %q: want an integer in 0..%d", v, uint64(math.MaxUint64))
		}
		o.Seeded = true
	}
	return o, nil
}

// run performs o.N random operations on s and returns how many Gets found
// their key.
func (o kvOps) run(s store) (hits int) {
	intN := rand.IntN
	if o.Seeded {
		intN = rand.New(rand.NewPCG(o.Seed, kvSeedStream)).IntN
	}
	for i := 0; i < o.N; i++ {
		key := "k" + strconv.Itoa(intN(o.Keyspace))
		if intN(100) < o.Writes {
			v := make([]byte, o.ValueBytes)
			for j := range v {
				v[j] = byte(i + j)
			}
			s.Put(key, v)
		} else if _, ok := s.Get(key); ok {
			hits++
		}
	}
	return hits
}

// newKVHandler serves POST /kv/ops?n=&writes=&keyspace=&valueBytes=&seed= on the
// process-wide store s; the reply is {"ops":n,"hits":h,"len":L}.
func newKVHandler(s store) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			methodNotAllowed(w, http.MethodPost)
			return
		}
		o, err := parseKVOps(r)
		if err != nil {
			badRequest(w, err)
			return
		}
		hits := o.run(s)
		writeJSON(w, fmt.Sprintf(`{"ops":%d,"hits":%d,"len":%d}`, o.N, hits, s.Len()))
	})
}
