package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestServeHostCheck: the preview answers only to loopback names (DNS
// rebinding: a page of evil.example whose name now resolves to 127.0.0.1
// sends Host: evil.example and must not read the internal register), and
// long or odd paths answer 404/414, never 500.
func TestServeHostCheck(t *testing.T) {
	needExample(t)
	site := servedExample(t)
	version := buildCount{n: 3}
	type req struct{ host, path string }
	get := func(h http.Handler, r req) int {
		rq := httptest.NewRequest("GET", "http://x"+r.path, nil)
		rq.Host = r.host
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, rq)
		return rec.Code
	}
	long := "/" + strings.Repeat("a", 300) + ".html"
	deep := strings.Repeat("/abcdefgh", 200)
	tests := []struct {
		req
		loopback, other int // status when listening on loopback / elsewhere
	}{
		{req{"127.0.0.1:8080", "/"}, 200, 200},
		{req{"localhost:8080", "/downloads/register.json"}, 200, 200},
		{req{"LOCALHOST", "/__version"}, 200, 200},
		{req{"[::1]:8080", "/"}, 200, 200},
		{req{"127.0.0.2:9000", "/"}, 200, 200}, // all of 127/8 is loopback
		{req{"evil.example:8080", "/downloads/register.json"}, 403, 403},
		{req{"evil.example", "/__version"}, 403, 403},
		{req{"localhost.evil.example:8080", "/"}, 403, 403},
		{req{"127.0.0.1.nip.io:8080", "/"}, 403, 403},
		{req{"", "/"}, 403, 403},
		{req{"192.168.1.5:8080", "/"}, 403, 200}, // an IP address: no rebinding; allowed off loopback only
		{req{"127.0.0.1:8080", long}, 404, 404},
		{req{"127.0.0.1:8080", deep}, 414, 414},
		{req{"127.0.0.1:8080", "/index.html/x"}, 404, 404},
		{req{"127.0.0.1:8080", "/missing.html"}, 404, 404},
	}
	for _, loopback := range []bool{true, false} {
		h := siteHandler(site, &version, new(atomic.Pointer[[]byte]), loopback, io.Discard)
		var got, want []string
		for _, tc := range tests {
			w := tc.loopback
			if !loopback {
				w = tc.other
			}
			name := tc.host + " " + tc.path[:min(len(tc.path), 40)] + ": "
			want = append(want, name+http.StatusText(w))
			got = append(got, name+http.StatusText(get(h, tc.req)))
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("listening on loopback %v (-want +got):\n%s", loopback, diff)
		}
	}
}

// servedExample returns the site serve serves for a copy of the example
// register (English, as of 2026-11-27), no file rendered yet.
func servedExample(t *testing.T) *lazySite {
	t.Helper()
	_, site, prepare := lazyExample(t)
	prepare()
	return site
}
