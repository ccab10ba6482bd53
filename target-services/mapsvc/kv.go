package main

import (
	"fmt"
	"math/rand/v2"
	"net/http"
	"strconv"
)

// /kv/ops query parameters: default and accepted range.
const (
	kvDefaultN, kvMaxN                   = 200, 100_000
	kvDefaultWrites                      = 50 // percent
	kvDefaultKeyspace, kvMaxKeyspace     = 100_000, 10_000_000
	kvDefaultValueBytes, kvMaxValueBytes = 64, 1 << 20
)

// kvOps is one validated POST /kv/ops request.
type kvOps struct {
	N          int // operations
	Writes     int // percent of operations that are Puts
	Keyspace   int // keys are "k0" .. "k<keyspace-1>"
	ValueBytes int // length of each freshly allocated value
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
	return o, nil
}

// run performs o.N random operations on s and returns how many Gets found
// their key.
func (o kvOps) run(s store) (hits int) {
	for i := 0; i < o.N; i++ {
		key := "k" + strconv.Itoa(rand.IntN(o.Keyspace))
		if rand.IntN(100) < o.Writes {
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

// newKVHandler serves POST /kv/ops?n=&writes=&keyspace=&valueBytes= on the
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
