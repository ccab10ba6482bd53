package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"runtime"
	"strconv"
	"strings"
)

// newParseHandler serves POST /parse: the body, a JSON object, is decoded
// into a map[string]any sized according to sizing; the reply is its key count.
// With a downstream (ds != nil) the handler calls it after decoding, while it
// still holds the map, and answers 502 if the call fails.
func newParseHandler(sizing mapSizing, maxBody int64, ds *downstream) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			methodNotAllowed(w, http.MethodPost)
			return
		}

		body, err := readBody(w, r, maxBody)
		if err != nil {
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) {
				http.Error(w, fmt.Sprintf("request body larger than %d bytes", tooBig.Limit), http.StatusRequestEntityTooLarge)
				return
			}
			http.Error(w, oneLine("reading body: "+err.Error()), http.StatusBadRequest)
			return
		}

		m, err := decodeObject(body, sizing)
		if err != nil {
			http.Error(w, oneLine(err.Error()), http.StatusBadRequest)
			return
		}

		if ds != nil {
			// m stays reachable across the call (its length is read below), so
			// a slow downstream holds one decoded map per request in flight.
			if err := ds.call(r.Context()); err != nil {
				http.Error(w, oneLine(err.Error()), http.StatusBadGateway)
				return
			}
		}
		keys := len(m)
		runtime.KeepAlive(m)

		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"keys":`+strconv.Itoa(keys)+"}\n")
	})
}

// readBody reads at most max bytes of the request body (413 territory past
// that), allocating the buffer once when the Content-Length is known.
func readBody(w http.ResponseWriter, r *http.Request, max int64) ([]byte, error) {
	rd := http.MaxBytesReader(w, r.Body, max)
	if n := r.ContentLength; n > 0 && n <= max {
		buf := make([]byte, n)
		if _, err := io.ReadFull(rd, buf); err != nil {
			return nil, err
		}
		return buf, nil
	}
	return io.ReadAll(rd)
}

// decodeObject decodes body, which must be a JSON object, into a map that is
// either unsized (a nil map grown by encoding/json, rehashing as it goes) or
// sized (made with room for the estimated number of top-level keys).
func decodeObject(body []byte, sizing mapSizing) (map[string]any, error) {
	var m map[string]any
	if sizing == sizingSized {
		m = make(map[string]any, estimateTopLevelKeys(body))
	}
	if err := json.Unmarshal(body, &m); err != nil {
		var typeErr *json.UnmarshalTypeError
		if errors.As(err, &typeErr) {
			return nil, fmt.Errorf("body is not a JSON object (got %s)", typeErr.Value)
		}
		return nil, fmt.Errorf("invalid JSON: %v", err)
	}
	if m == nil { // the body was the literal null
		return nil, errors.New("body is not a JSON object (got null)")
	}
	return m, nil
}

// estimateTopLevelKeys counts the ':' separators at depth 1 outside strings,
// which for a valid JSON object is its number of top-level members
// (duplicate keys included). It does not validate; on garbage it returns
// garbage, which only affects the map's initial size.
func estimateTopLevelKeys(b []byte) int {
	n, depth := 0, 0
	for i := 0; i < len(b); i++ {
		switch b[i] {
		case '"':
			// Skip the string: its contents may hold ':', braces and \" .
			for i++; i < len(b); i++ {
				if c := b[i]; c == '\\' {
					i++ // the escaped byte cannot end the string
				} else if c == '"' {
					break
				}
			}
		case '{', '[':
			depth++
		case '}', ']':
			depth--
		case ':':
			if depth == 1 {
				n++
			}
		}
	}
	return n
}

// oneLine keeps an error reason on a single line of plain text.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
