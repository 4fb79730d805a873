package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/sitegen"
	"github.com/google/go-cmp/cmp"
)

// TestServeEqualsFreshBuild: before any edit and after each saved edit
// (an entry's name, the same entry again, a contractor named by services,
// a subcontractor's name and approval, a public-list snapshot, register.yaml, an entry after register.yaml, an
// answer that changes a requirement's outcome, an entry removed), every
// file serve answers is the one a fresh build without any cache gives,
// and the page of the entry removed answers 404. The downloads are
// fetched first, right after the new build is announced; every file was
// fetched (hence rendered and kept) after the edit before, so a file kept
// while its inputs changed would show. Only the file edited was decoded
// again and only the entries whose inputs changed were assessed again.
// The test waits on /__version?after=N, the long poll the pages use.
func TestServeEqualsFreshBuild(t *testing.T) {
	needExample(t)
	dir := copyExample(t)
	tmp := t.TempDir()
	site := filepath.Join(tmp, "site")
	sw := &syncWriter{w: new(bytes.Buffer)}
	a := &app{lang: "en", stdout: io.Discard, stderr: sw}
	base, stop := startServe(t, a, sw, serveOptions{dir: dir, asOf: "2026-11-27", site: site})
	memo, entries := a.memo, a.entries
	asOf := riskassess.NewDate(2026, time.November, 27)
	n := 0
	// same fails unless serve answers every file of a fresh build with
	// its bytes, the downloads first, and the paths gone with 404.
	same := func(name string, gone ...string) *app {
		t.Helper()
		fresh := filepath.Join(tmp, "fresh-"+strconv.Itoa(n))
		n++
		f := &app{lang: "en", noCache: true, stdout: io.Discard, stderr: io.Discard}
		if err := f.buildSite(context.Background(), dir, asOf, sitegen.Options{OutDir: fresh, Lang: "en", AsOf: asOf, LiveReload: true}, nil); err != nil {
			t.Fatalf("%s: fresh build: %v", name, err)
		}
		want := readFiles(t, fresh)
		delete(want, ".riskregister-manifest")
		paths := make([]string, 0, len(want))
		for p := range want {
			paths = append(paths, p)
		}
		slices.SortFunc(paths, func(x, y string) int {
			dx, dy := strings.HasPrefix(x, "downloads/"), strings.HasPrefix(y, "downloads/")
			if dx != dy {
				if dx {
					return -1
				}
				return 1
			}
			return strings.Compare(x, y)
		})
		got := map[string]string{}
		for _, p := range paths {
			code, b := httpGet(t, base+"/"+p)
			if code != 200 {
				t.Errorf("%s: /%s: %d", name, p, code)
			}
			got[p] = b
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("%s: serve's site differs from a fresh build (-fresh +serve):\n%s", name, diff)
		}
		for _, p := range gone {
			if code, _ := httpGet(t, base+"/"+p); code != 404 {
				t.Errorf("%s: /%s: %d, want 404", name, p, code)
			}
		}
		return f
	}
	same("before any edit")
	if _, page := httpGet(t, base+"/"); !strings.Contains(page, "<!DOCTYPE html>") {
		t.Errorf("/ is not the dashboard page")
	}
	const xPage = "entries/social/x-chofu-gikai.html"
	for _, tc := range []struct{ name, file, from, to string }{
		{"entry name", "social/facebook-chofu-gikai.yaml", "ja: 調布市議会 Facebook ページ", "ja: 調布市議会 Facebook ページ改"},
		{"same entry again", "social/facebook-chofu-gikai.yaml", "ページ改", "ページ改二"},
		{"contractor of a service", "contractors/chofu-eizo-haishin.yaml", "株式会社調布映像配信", "株式会社調布映像配信改"},
		{"public list", "lists/ismap-2026-11-01.yaml", `valid_until: "2027-02-28"`, `valid_until: "2027-01-31"`},
		{"register.yaml", "register.yaml", "ja: ", "ja: 改"},
		{"entry after register.yaml", "social/facebook-chofu-gikai.yaml", "ページ改二", "ページ"},
		{"outcome changed", "social/x-chofu-gikai.yaml", "\nmfa: true\n", "\nmfa: false\n"},
		// tama-shuwa is a subcontractor of chofu-eizo-haishin: its name is
		// on that contractor's page, and its approval decides that
		// contractor's REF-SUBCONTRACTOR-RECORD.
		{"subcontractor's name", "contractors/tama-shuwa.yaml", "ja: 株式会社多摩手話通訳センター", "ja: 株式会社多摩手話通訳センター改"},
		{"subcontractor rejected", "contractors/tama-shuwa.yaml", "  status: approved\n", "  status: rejected\n"},
		// A new file (from "" and to set): a service naming a contractor.
		{"service added", "services/gikai-chukei-2.yaml", "", "copy of services/gikai-chukei.yaml"},
		{"entry removed", "social/x-chofu-gikai.yaml", "", ""},
	} {
		_, v := httpGet(t, base+"/__version")
		p := filepath.Join(dir, filepath.FromSlash(tc.file))
		b, err := os.ReadFile(p)
		if err != nil && tc.from != "" {
			t.Fatal(err)
		}
		switch {
		case tc.from == "" && tc.to != "":
			src := filepath.Join(dir, filepath.FromSlash(strings.TrimPrefix(tc.to, "copy of ")))
			var body []byte
			if body, err = os.ReadFile(src); err == nil {
				err = os.WriteFile(p, body, 0o644)
			}
		case tc.from == "":
			err = os.Remove(p)
		default:
			if !strings.Contains(string(b), tc.from) {
				t.Fatalf("%s: %q not found in %s", tc.name, tc.from, tc.file)
			}
			err = os.WriteFile(p, []byte(strings.Replace(string(b), tc.from, tc.to, 1)), 0o644)
		}
		if err != nil {
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
		removed, added := tc.from == "" && tc.to == "", tc.from == "" && tc.to != ""
		var f *app
		if removed {
			f = same(tc.name, xPage)
		} else {
			f = same(tc.name)
		}
		all := len(f.loaded.Register.Entries())
		got, recalled := int(memo.assessed.Load()), int(entries.recalled.Load())
		// Every entry file but the one edited is taken from the memo
		// (register.yaml and the lists are not entries).
		switch {
		case removed || strings.HasPrefix(tc.file, "register.yaml") || strings.HasPrefix(tc.file, "lists/"):
			if recalled != all {
				t.Errorf("%s: %d entries taken from the memo, want all %d", tc.name, recalled, all)
			}
		case recalled != all-1:
			t.Errorf("%s: %d entries taken from the memo, want %d", tc.name, recalled, all-1)
		}
		switch {
		case removed:
			if got != 0 {
				t.Errorf("%s: %d entries assessed, want none", tc.name, got)
			}
		case strings.HasPrefix(tc.file, "social/") || added:
			// One file, nothing assessed through it.
			if got != 1 {
				t.Errorf("%s: %d entries assessed, want 1", tc.name, got)
			}
		case strings.HasPrefix(tc.name, "subcontractor"):
			// The subcontractor and the one contractor naming it (whose
			// REF-SUBCONTRACTOR-RECORD reads the subcontractor's file).
			if got != 2 {
				t.Errorf("%s: %d entries assessed, want 2", tc.name, got)
			}
		case strings.HasPrefix(tc.file, "contractors/"):
			if got < 2 || got >= all {
				t.Errorf("%s: %d entries assessed, want the contractor and the services naming it", tc.name, got)
			}
		default: // register.yaml and the lists: everything
			if got != all {
				t.Errorf("%s: %d entries assessed, want all %d", tc.name, got, all)
			}
		}
	}
	stop()
	// The entry cache serve saved holds every entry file: the next
	// command parses none (the entries serve took from its memo stay in
	// the cache file as those it read from it).
	c := &app{lang: "en", stdout: io.Discard, stderr: io.Discard}
	reg, _, err := c.loadRegister(dir)
	if err != nil {
		t.Fatal(err)
	}
	if hits, _ := c.cache.Stats(); hits != len(reg.Entries()) {
		t.Errorf("after serve: %d entries from the entry cache, want all %d", hits, len(reg.Entries()))
	}
}
