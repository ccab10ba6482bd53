package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"testing"
)

func doParse(t *testing.T, sizing mapSizing, maxBody int64, method, body string) *httptest.ResponseRecorder {
	t.Helper()
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(method, "/parse", strings.NewReader(body))
	newParseHandler(sizing, maxBody, nil).ServeHTTP(rec, req)
	return rec
}

func TestParseKeyCount(t *testing.T) {
	body := string(genObject(1200))
	for _, sizing := range []mapSizing{sizingUnsized, sizingSized} {
		t.Run(string(sizing), func(t *testing.T) {
			rec := doParse(t, sizing, defaultMaxBodyBytes, http.MethodPost, body)
			if rec.Code != http.StatusOK {
				t.Fatalf("status = %d, body %q", rec.Code, rec.Body.String())
			}
			var got struct{ Keys int }
			if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil {
				t.Fatalf("reply %q: %v", rec.Body.String(), err)
			}
			if got.Keys != 1200 {
				t.Fatalf("keys = %d, want 1200", got.Keys)
			}
			if ct := rec.Header().Get("Content-Type"); ct != "application/json" {
				t.Fatalf("Content-Type = %q", ct)
			}
		})
	}
}

func TestEstimateTopLevelKeys(t *testing.T) {
	cases := []string{
		`{}`,
		` { } `,
		`{"a":1}`,
		`{"a":{"b":1,"c":{"d":2}},"e":[1,{"f":3},[{"g":4}]],"h":"x"}`,
		`{"a:b":"c:d","e":"{\"f\":1}","g\\":"h\\\\","i":"\\\":"}`,
		`{"key\"with:quote":1,"k2":"\u003a:","k3":"]}{[","k4":[":"]}`,
		"{\n  \"a\" : 1 ,\n  \"b\" :\t{ \"c\" : \"d\" }\n}",
		`{"a":"","b":"\\","c":"\"","d":[[],{}],"e":null,"f":true,"g":-1.5e3}`,
		string(genObject(1200)),
	}
	for _, c := range cases {
		var m map[string]any
		if err := json.Unmarshal([]byte(c), &m); err != nil {
			t.Fatalf("bad test case %q: %v", c, err)
		}
		if got := estimateTopLevelKeys([]byte(c)); got != len(m) {
			t.Errorf("estimate(%.60q) = %d, want %d", c, got, len(m))
		}
	}
}

func TestParseSizedMatchesUnsized(t *testing.T) {
	body := []byte(`{"a:b":"c:d","e":"{\"f\":1}","g":{"h":[1,2,{"i":"j"}]}}`)
	u, err := decodeObject(body, sizingUnsized)
	if err != nil {
		t.Fatal(err)
	}
	s, err := decodeObject(body, sizingSized)
	if err != nil {
		t.Fatal(err)
	}
	if len(u) != 3 || len(s) != 3 {
		t.Fatalf("len unsized=%d sized=%d, want 3", len(u), len(s))
	}
}

func assertOneLine400(t *testing.T, rec *httptest.ResponseRecorder, want string) {
	t.Helper()
	if rec.Code != http.StatusBadRequest {
		t.Fatalf("status = %d, want 400 (body %q)", rec.Code, rec.Body.String())
	}
	b := rec.Body.String()
	if strings.Count(b, "\n") != 1 || !strings.HasSuffix(b, "\n") {
		t.Fatalf("body %q is not exactly one line", b)
	}
	if !strings.Contains(b, want) {
		t.Fatalf("body %q does not contain %q", b, want)
	}
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/plain") {
		t.Fatalf("Content-Type = %q", ct)
	}
}

func TestParseBadJSON(t *testing.T) {
	for _, sizing := range []mapSizing{sizingUnsized, sizingSized} {
		for _, body := range []string{`{"a":`, `{"a" 1}`, "", "{\n\"a\":1,\n}"} {
			rec := doParse(t, sizing, defaultMaxBodyBytes, http.MethodPost, body)
			assertOneLine400(t, rec, "invalid JSON")
		}
	}
}

func TestParseNotAnObject(t *testing.T) {
	for _, sizing := range []mapSizing{sizingUnsized, sizingSized} {
		for body, kind := range map[string]string{
			`[{"a":1},{"b":2}]`: "array",
			`"x"`:               "string",
			`42`:                "number",
			`null`:              "null",
		} {
			rec := doParse(t, sizing, defaultMaxBodyBytes, http.MethodPost, body)
			assertOneLine400(t, rec, "not a JSON object (got "+kind+")")
		}
	}
}

func TestParseWrongMethod(t *testing.T) {
	for _, method := range []string{http.MethodGet, http.MethodPut} {
		rec := doParse(t, sizingUnsized, defaultMaxBodyBytes, method, "")
		if rec.Code != http.StatusMethodNotAllowed {
			t.Fatalf("%s: status = %d, want 405", method, rec.Code)
		}
		if allow := rec.Header().Get("Allow"); allow != http.MethodPost {
			t.Fatalf("%s: Allow = %q", method, allow)
		}
	}
}

func TestParseBodyTooLarge(t *testing.T) {
	body := string(genObject(100))
	rec := doParse(t, sizingUnsized, 64, http.MethodPost, body)
	if rec.Code != http.StatusRequestEntityTooLarge {
		t.Fatalf("status = %d, want 413 (body %q)", rec.Code, rec.Body.String())
	}
	// Same without a Content-Length (chunked upload).
	rec = httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodPost, "/parse", strings.NewReader(body))
	req.ContentLength = -1
	newParseHandler(sizingSized, 64, nil).ServeHTTP(rec, req)
	if rec.Code != http.StatusRequestEntityTooLarge {
		t.Fatalf("chunked: status = %d, want 413", rec.Code)
	}
}

// TestUnsizedAllocatesMoreThanSized is the incident in one assertion: decoding
// a 1,200-key object into a nil map allocates more bytes than into a map made
// with the estimated size, because the nil map is rehashed as it grows.
func TestUnsizedAllocatesMoreThanSized(t *testing.T) {
	body := genObject(1200)
	const n = 20
	bytesFor := func(sizing mapSizing) uint64 {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		for i := 0; i < n; i++ {
			if _, err := decodeObject(body, sizing); err != nil {
				t.Fatal(err)
			}
		}
		runtime.ReadMemStats(&after)
		return (after.TotalAlloc - before.TotalAlloc) / n
	}
	unsized, sized := bytesFor(sizingUnsized), bytesFor(sizingSized)
	t.Logf("bytes per decode of 1,200 keys: unsized=%d sized=%d", unsized, sized)
	if unsized <= sized {
		t.Fatalf("unsized allocated %d B/decode, sized %d B/decode: want unsized > sized", unsized, sized)
	}
}
