package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/sitegen"
	"github.com/google/go-cmp/cmp"
)

// TestServeEqualsFreshBuild: after each saved edit (an entry's name, a
// contractor named by services, a public-list snapshot, register.yaml,
// the same entry twice more), the site serve rebuilt (keeping the
// decoded entries and the assessments of unchanged files between builds)
// is file for file the one a fresh build without any cache gives, only
// the file edited was decoded again and only the entries whose inputs
// changed were assessed again. The test waits on
// /__version?after=N, the long poll the pages use.
func TestServeEqualsFreshBuild(t *testing.T) {
	needExample(t)
	dir := copyExample(t)
	tmp := t.TempDir()
	site := filepath.Join(tmp, "site")
	sw := &syncWriter{w: new(bytes.Buffer)}
	a := &app{lang: "en", stdout: io.Discard, stderr: sw}
	base, stop := startServe(t, a, sw, serveOptions{dir: dir, asOf: "2026-11-27", site: site})
	memo, entries := a.memo, a.entries
	tree := func(d string) map[string]string {
		t.Helper()
		m := readFiles(t, d)
		delete(m, ".riskregister-manifest")
		return m
	}
	asOf := riskassess.NewDate(2026, time.November, 27)
	n := 0
	for _, tc := range []struct{ name, file, from, to string }{
		{"entry name", "social/facebook-chofu-gikai.yaml", "ja: 調布市議会 Facebook ページ", "ja: 調布市議会 Facebook ページ改"},
		{"same entry again", "social/facebook-chofu-gikai.yaml", "ページ改", "ページ改二"},
		{"contractor of a service", "contractors/chofu-eizo-haishin.yaml", "株式会社調布映像配信", "株式会社調布映像配信改"},
		{"public list", "lists/ismap-2026-11-01.yaml", `valid_until: "2027-02-28"`, `valid_until: "2027-01-31"`},
		{"register.yaml", "register.yaml", "ja: ", "ja: 改"},
		{"entry after register.yaml", "social/facebook-chofu-gikai.yaml", "ページ改二", "ページ"},
	} {
		_, v := httpGet(t, base+"/__version")
		p := filepath.Join(dir, filepath.FromSlash(tc.file))
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(b), tc.from) {
			t.Fatalf("%s: %q not found in %s", tc.name, tc.from, tc.file)
		}
		if err := os.WriteFile(p, []byte(strings.Replace(string(b), tc.from, tc.to, 1)), 0o644); err != nil {
			t.Fatal(err)
		}
		deadline := time.Now().Add(60 * time.Second)
		for {
			code, nv := httpGet(t, base+"/__version?after="+v)
			if code != 200 {
				t.Fatalf("%s: /__version?after=%s: %d", tc.name, v, code)
			}
			if nv != v {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s: no rebuild after the edit\n%s", tc.name, sw.String())
			}
		}
		fresh := filepath.Join(tmp, "fresh-"+strconv.Itoa(n))
		n++
		f := &app{lang: "en", noCache: true, stdout: io.Discard, stderr: io.Discard}
		if err := f.buildSite(context.Background(), dir, asOf, sitegen.Options{OutDir: fresh, Lang: "en", AsOf: asOf, LiveReload: true}); err != nil {
			t.Fatalf("%s: fresh build: %v", tc.name, err)
		}
		if diff := cmp.Diff(tree(fresh), tree(site)); diff != "" {
			t.Fatalf("%s: serve's site differs from a fresh build (-fresh +serve):\n%s", tc.name, diff)
		}
		all := len(f.loaded.Register.Entries())
		// Every entry file but the one edited is taken from the memo
		// (register.yaml and the lists are not entries).
		if got, want := int(entries.recalled.Load()), all-1; strings.HasPrefix(tc.file, "register.yaml") || strings.HasPrefix(tc.file, "lists/") {
			if got != all {
				t.Errorf("%s: %d entries taken from the memo, want all %d", tc.name, got, all)
			}
		} else if got != want {
			t.Errorf("%s: %d entries taken from the memo, want %d", tc.name, got, want)
		}
		got := int(memo.assessed.Load())
		switch {
		case strings.HasPrefix(tc.file, "social/") && tc.name != "entry after register.yaml":
			if got != 1 {
				t.Errorf("%s: %d entries assessed, want 1", tc.name, got)
			}
		case strings.HasPrefix(tc.file, "contractors/"):
			if got < 2 || got >= all {
				t.Errorf("%s: %d entries assessed, want the contractor and the services naming it", tc.name, got)
			}
		case tc.name == "entry after register.yaml":
			if got != 1 {
				t.Errorf("%s: %d entries assessed, want 1", tc.name, got)
			}
		default: // register.yaml and the lists: everything
			if got != all {
				t.Errorf("%s: %d entries assessed, want all %d", tc.name, got, all)
			}
		}
	}
	stop()
}
