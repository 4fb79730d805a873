package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/riskassess/history"
)

func httpGet(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// TestServeRebuildsOnChange starts serve on 127.0.0.1:0, checks the pages
// and the live-reload endpoint, changes a YAML file and waits (bounded)
// for /__version to change and the page to show the change; once with
// fsnotify and once polling.
func TestServeRebuildsOnChange(t *testing.T) {
	needExample(t)
	for _, poll := range []time.Duration{0, 100 * time.Millisecond} {
		t.Run("poll="+poll.String(), func(t *testing.T) {
			dir := t.TempDir()
			if err := os.CopyFS(dir, os.DirFS(exampleRegister)); err != nil {
				t.Fatal(err)
			}
			sw := &syncWriter{w: new(bytes.Buffer)}
			a := &app{lang: "ja", stdout: io.Discard, stderr: sw}
			base, stop := startServe(t, a, sw, serveOptions{dir: dir, asOf: "2026-11-27", poll: poll})
			code, v1 := httpGet(t, base+"/__version")
			if code != 200 || v1 != "1" {
				t.Fatalf("/__version: %d %q, want 200 \"1\"", code, v1)
			}
			code, page := httpGet(t, base+"/accounts.html")
			if code != 200 || !strings.Contains(page, `<script src="assets/reload.js" defer></script>`) {
				t.Fatalf("accounts.html: %d, reload.js not included", code)
			}
			if code, js := httpGet(t, base+"/assets/reload.js"); code != 200 || !strings.Contains(js, "__version") {
				t.Fatalf("reload.js: %d", code)
			}

			f := filepath.Join(dir, "social", "x-chofu-gikai.yaml")
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			const marker = "サーブ試験の変更"
			changed := strings.Replace(string(b), "\npurpose: ", "\npurpose: "+marker, 1)
			if changed == string(b) {
				t.Fatal("x-chofu-gikai.yaml has no purpose line to change")
			}
			if err := os.WriteFile(f, []byte(changed), 0o644); err != nil {
				t.Fatal(err)
			}
			deadline := time.Now().Add(60 * time.Second)
			for {
				if _, v := httpGet(t, base+"/__version"); v != v1 {
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("/__version did not change after editing a file\n%s", sw.String())
				}
				time.Sleep(50 * time.Millisecond)
			}
			if _, page := httpGet(t, base+"/accounts.html"); !strings.Contains(page, marker) {
				t.Errorf("accounts.html does not show the change")
			}
			stop()
		})
	}
}

// TestServeRegisterFolderReplaced: the register folder is moved away and a
// copy put in its place (a backup restored, a fresh clone). serve must keep
// seeing changes under the folder's name: an edit to the new folder's
// register.yaml that makes the register invalid shows the problems (503),
// not the site of the old folder (the watches followed the moved folder and
// the edit went unseen, with the site served as valid).
func TestServeRegisterFolderReplaced(t *testing.T) {
	needExample(t)
	parent := t.TempDir()
	dir := filepath.Join(parent, "register")
	if err := os.CopyFS(dir, os.DirFS(exampleRegister)); err != nil {
		t.Fatal(err)
	}
	sw := &syncWriter{w: new(bytes.Buffer)}
	a := &app{lang: "ja", stdout: io.Discard, stderr: sw}
	base, stop := startServe(t, a, sw, serveOptions{dir: dir, asOf: "2026-11-27"})
	defer stop()
	waitFor := func(what string, ok func() bool) {
		t.Helper()
		deadline := time.Now().Add(20 * time.Second)
		for !ok() {
			if time.Now().After(deadline) {
				t.Fatalf("%s: not within 20 s\n%s", what, sw.String())
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	_, v1 := httpGet(t, base+"/__version")
	if err := os.Rename(dir, dir+".old"); err != nil {
		t.Fatal(err)
	}
	if err := os.CopyFS(dir, os.DirFS(exampleRegister)); err != nil {
		t.Fatal(err)
	}
	waitFor("a build after the folder was replaced", func() bool {
		code, _ := httpGet(t, base+"/index.html")
		_, v := httpGet(t, base+"/__version")
		return v != v1 && code == 200
	})
	f := filepath.Join(dir, "register.yaml")
	b, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	bad := strings.Replace(string(b), "\n  low: 24\n", "\n  low: -5\n", 1)
	if bad == string(b) {
		t.Fatal("register.yaml has no review_intervals.low: 24 to change")
	}
	if err := os.WriteFile(f, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	waitFor("the problems of the new folder's register.yaml (503)", func() bool {
		code, page := httpGet(t, base+"/index.html")
		return code == 503 && strings.Contains(page, "review_intervals.low")
	})
}

// syncWriter serialises writes from the serve goroutines.
// startServe runs a.serve with opts on 127.0.0.1:0 in the background and
// returns the server's base URL ("http://127.0.0.1:PORT") once it listens,
// and stop, which cancels serve and fails the test when serve returned an
// error or did not end within 10 s. startServe fails the test, with what
// serve wrote to log, when serve ends before it listens or does not listen
// within 60 s; serve is cancelled at the test's end in any case.
func startServe(t *testing.T, a *app, log *syncWriter, opts serveOptions) (base string, stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	ready := make(chan string, 1)
	done := make(chan error, 1)
	opts.addr = "127.0.0.1:0"
	opts.ready = func(addr string) { ready <- addr }
	go func() { done <- a.serve(ctx, opts) }()
	select {
	case addr := <-ready:
		base = "http://" + addr
	case err := <-done:
		t.Fatalf("serve ended before it listened: %v\n%s", err, log.String())
	case <-time.After(60 * time.Second):
		t.Fatalf("serve did not start within 60 s\n%s", log.String())
	}
	return base, func() {
		t.Helper()
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("serve returned %v", err)
			}
		case <-time.After(10 * time.Second):
			t.Error("serve did not stop within 10 s")
		}
	}
}

type syncWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}

func (s *syncWriter) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.(*bytes.Buffer).String()
}

// TestServeNewDay: serve without --as-of shows the site of today, and when
// the day changes while it runs the site is built again as of the new day
// (it used to keep the day serve was started on: left running overnight,
// it showed yesterday's 基準日 and overdue items, with nothing changed to
// say the page was out of date).
func TestServeNewDay(t *testing.T) {
	needExample(t)
	dir := filepath.Join(t.TempDir(), "register")
	if err := os.CopyFS(dir, os.DirFS(exampleRegister)); err != nil {
		t.Fatal(err)
	}
	var clock atomic.Pointer[time.Time]
	set := func(y int, m time.Month, d, h, min int) {
		c := time.Date(y, m, d, h, min, 0, 0, history.Japan) // the day is Japan's (today)
		clock.Store(&c)
	}
	set(2026, time.November, 27, 23, 58)
	now := func() time.Time { return *clock.Load() }
	sw := &syncWriter{w: new(bytes.Buffer)}
	a := &app{lang: "ja", stdout: io.Discard, stderr: sw}
	base, stop := startServe(t, a, sw, serveOptions{dir: dir, now: now, dayCheck: 20 * time.Millisecond})
	defer stop()
	code, page := httpGet(t, base+"/index.html")
	if want := `基準日: <time datetime="2026-11-27">`; code != http.StatusOK || !strings.Contains(page, want) {
		t.Fatalf("index.html at the start: %d, no %s\n%s", code, want, sw.String())
	}
	set(2026, time.November, 28, 0, 1)
	deadline := time.Now().Add(20 * time.Second)
	for want := `基準日: <time datetime="2026-11-28">`; !strings.Contains(page, want); {
		if time.Now().After(deadline) {
			t.Fatalf("index.html not of 2026-11-28 within 20 s of midnight\n%s", sw.String())
		}
		time.Sleep(50 * time.Millisecond)
		_, page = httpGet(t, base+"/index.html")
	}
}

// TestServeWarnsLinkNotInSite: serve, the preview staff use while editing,
// warns of a relative link that names no file of the site as build does
// (link-not-in-site, at the field), on the build where it occurs; the
// example register gives no such warning, nor does the rebuild after the
// link is made an https:// URL. serve used to build through the lazy site
// without the check: the page linked to a 404 and the terminal said nothing.
func TestServeWarnsLinkNotInSite(t *testing.T) {
	needExample(t)
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(exampleRegister)); err != nil {
		t.Fatal(err)
	}
	warnings := func(log string) []string {
		var ws []string
		for _, l := range strings.Split(log, "\n") {
			if strings.Contains(l, "warning:") {
				ws = append(ws, l)
			}
		}
		return ws
	}
	sw := &syncWriter{w: new(bytes.Buffer)}
	_, stop := startServe(t, &app{lang: "en", stdout: io.Discard, stderr: sw}, sw, serveOptions{dir: dir, asOf: "2026-11-27"})
	stop()
	if ws := warnings(sw.String()); len(ws) != 0 {
		t.Errorf("the example register: warnings\n%s", strings.Join(ws, "\n"))
	}

	name := filepath.Join(dir, "contractors", "musashino-network.yaml")
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	b = append(b, "evidence:\n  - title: x\n    url: docs/x.pdf\n"...)
	if err := os.WriteFile(name, b, 0o644); err != nil {
		t.Fatal(err)
	}
	line := strings.Count(string(b), "\n") // the line of docs/x.pdf, the last
	sw = &syncWriter{w: new(bytes.Buffer)}
	base, stop := startServe(t, &app{lang: "en", stdout: io.Discard, stderr: sw}, sw, serveOptions{dir: dir, asOf: "2026-11-27", poll: 100 * time.Millisecond})
	defer stop()
	// Worded for the preview: not build's "site written (<serve's
	// temporary folder>)", a folder staff should neither open nor use.
	want := fmt.Sprintf("%s:%d:10: warning: evidence[0].url links to \"docs/x.pdf\", which is not a file of the site: the link opens neither in this preview nor in the site build writes",
		filepath.ToSlash(name), line)
	if ws := warnings(sw.String()); len(ws) != 1 || !strings.HasPrefix(ws[0], want) {
		t.Fatalf("warnings:\n%s\nwant one starting %q", strings.Join(ws, "\n"), want)
	}
	_, v1 := httpGet(t, base+"/__version")
	if err := os.WriteFile(name, []byte(strings.Replace(string(b), "docs/x.pdf", "https://example.jp/x.pdf", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(60 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if _, v := httpGet(t, base+"/__version"); v != v1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("/__version did not change after editing a file\n%s", sw.String())
		}
	}
	if ws := warnings(sw.String()); len(ws) != 1 {
		t.Errorf("after the rebuild with an https:// URL: warnings\n%s\nwant only the first build's", strings.Join(ws, "\n"))
	}
}

// TestServeSeesLinkedFileInHiddenFolder: an entry file, or a kind folder,
// that is a symbolic link to a file or folder hidden in the register
// (which the loader reads: the target is inside the register) is edited
// through its target; serve rebuilds and the entry's page shows the edit,
// as build would. The watch left hidden folders out and serve kept the
// page of the old content (polling, the signature took the link's own
// stamp and did not look into a linked folder).
func TestServeSeesLinkedFileInHiddenFolder(t *testing.T) {
	needExample(t)
	for _, tc := range []struct{ name, from, to, link, edited string }{
		{"file", "social/instagram-chofu-gikai.yaml", ".shared/instagram.yaml", "../.shared/instagram.yaml", ".shared/instagram.yaml"},
		{"folder", "social", ".social", ".social", ".social/instagram-chofu-gikai.yaml"},
	} {
		for _, poll := range []time.Duration{0, 100 * time.Millisecond} {
			t.Run(tc.name+"/poll="+poll.String(), func(t *testing.T) {
				dir := copyExample(t)
				from, to := filepath.Join(dir, filepath.FromSlash(tc.from)), filepath.Join(dir, filepath.FromSlash(tc.to))
				if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.Rename(from, to); err != nil {
					t.Fatal(err)
				}
				if err := os.Symlink(filepath.FromSlash(tc.link), from); err != nil {
					t.Skip("no symbolic links:", err)
				}
				sw := &syncWriter{w: new(bytes.Buffer)}
				a := &app{lang: "ja", stdout: io.Discard, stderr: sw}
				base, stop := startServe(t, a, sw, serveOptions{dir: dir, asOf: "2026-11-27", poll: poll})
				defer stop()
				const page = "/entries/social/instagram-chofu-gikai.html"
				const marker = "リンク先の変更"
				if code, p := httpGet(t, base+page); code != 200 || strings.Contains(p, marker) {
					t.Fatalf("%s before the edit: %d (marker inside: %v)\n%s", page, code, strings.Contains(p, marker), sw.String())
				}
				_, v1 := httpGet(t, base+"/__version")
				edit(t, dir, tc.edited, "\npurpose: ", "\npurpose: "+marker)
				deadline := time.Now().Add(60 * time.Second)
				for {
					if _, v := httpGet(t, base+"/__version?after="+v1); v != v1 {
						break
					}
					if time.Now().After(deadline) {
						t.Fatalf("/__version did not change after the linked file was edited\n%s", sw.String())
					}
				}
				if _, p := httpGet(t, base+page); !strings.Contains(p, marker) {
					t.Errorf("%s does not show the edit of its linked file", page)
				}
			})
		}
	}
}

// TestServeRegisterThroughLink: serve --register given a symbolic link to
// the register folder (a "current" link, a folder linked into a home
// directory) saw edits of register.yaml only: an entry edited in a kind
// folder (social/, services/) left the preview on the old content, with
// fsnotify (the real top folder alone was watched) and polling (the
// signature did not look below the link). The folder is resolved once at
// start and its real folders watched; each edit made through the link
// rebuilds the site and its page shows it, as build would.
func TestServeRegisterThroughLink(t *testing.T) {
	needExample(t)
	for _, poll := range []time.Duration{0, 100 * time.Millisecond} {
		t.Run("poll="+poll.String(), func(t *testing.T) {
			real := copyExample(t)
			link := filepath.Join(t.TempDir(), "register")
			if err := os.Symlink(real, link); err != nil {
				t.Skip("no symbolic links:", err)
			}
			sw := &syncWriter{w: new(bytes.Buffer)}
			a := &app{lang: "ja", stdout: io.Discard, stderr: sw}
			base, stop := startServe(t, a, sw, serveOptions{dir: link, asOf: "2026-11-27", poll: poll})
			defer stop()
			for _, tc := range []struct{ file, page, old, marker string }{
				{"social/x-chofu-gikai.yaml", "/entries/social/x-chofu-gikai.html", "\npurpose: ", "リンク経由の変更（SNS）"},
				{"services/cloud-storage.yaml", "/entries/service/cloud-storage.html", "\npurpose: ", "リンク経由の変更（サービス）"},
			} {
				if code, p := httpGet(t, base+tc.page); code != 200 || strings.Contains(p, tc.marker) {
					t.Fatalf("%s before the edit: %d (marker inside: %v)\n%s", tc.page, code, strings.Contains(p, tc.marker), sw.String())
				}
				_, v1 := httpGet(t, base+"/__version")
				edit(t, link, tc.file, tc.old, tc.old+tc.marker)
				deadline := time.Now().Add(60 * time.Second)
				for {
					if _, v := httpGet(t, base+"/__version?after="+v1); v != v1 {
						break
					}
					if time.Now().After(deadline) {
						t.Fatalf("/__version did not change after %s was edited through the link\n%s", tc.file, sw.String())
					}
				}
				if _, p := httpGet(t, base+tc.page); !strings.Contains(p, tc.marker) {
					t.Errorf("%s does not show the edit made through the link", tc.page)
				}
			}
		})
	}
}
