package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/sitegen"
)

// lazyExample returns a copy of the example register, the site serve
// would serve for it (English, as of 2026-11-27; nothing rendered yet)
// and prepare, which loads the register again and sets the site anew as
// serve does after a change (through serve's memos), failing the test on
// an error. prepare has not been called.
func lazyExample(t *testing.T) (dir string, site *lazySite, prepare func()) {
	t.Helper()
	needExample(t)
	dir = copyExample(t)
	asOf := riskassess.NewDate(2026, time.November, 27)
	a := &app{lang: "en", stdout: io.Discard, stderr: io.Discard, memo: &assessMemo{}, entries: &entryMemo{}}
	site = &lazySite{dir: t.TempDir()}
	return dir, site, func() {
		t.Helper()
		if err := a.prepareSite(context.Background(), dir, asOf, sitegen.Options{Lang: "en", AsOf: asOf, LiveReload: true}, site); err != nil {
			t.Fatal(err)
		}
	}
}

// TestLazySiteServesTheLatest: while readers keep opening the same files
// at once (the dashboard, a list, a download, the page of the entry being
// edited), the entry is edited and the site prepared and set anew; once
// set returns, every file opened has the bytes the new site renders, not
// those of a render of the earlier site that was under way.
func TestLazySiteServesTheLatest(t *testing.T) {
	dir, site, prepare := lazyExample(t)
	read := func(p string) (string, error) {
		f, err := site.open(p)
		if err != nil {
			return "", err
		}
		defer f.Close()
		b, err := io.ReadAll(f)
		return string(b), err
	}
	prepare()
	paths := []string{"index.html", "register.html", "downloads/register.json", "entries/social/facebook-chofu-gikai.html"}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for {
				select {
				case <-stop:
					return
				default:
				}
				for _, p := range paths {
					if _, err := read(p); err != nil {
						t.Error(err)
						return
					}
				}
			}
		})
	}
	file := filepath.Join(dir, "social", "facebook-chofu-gikai.yaml")
	orig, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		marker := "Lazy" + strconv.Itoa(i)
		edited := strings.Replace(string(orig), "en: ", "en: "+marker+" ", 1)
		if err := os.WriteFile(file, []byte(edited), 0o644); err != nil {
			t.Fatal(err)
		}
		prepare()
		site.mu.Lock()
		s := site.site
		site.mu.Unlock()
		for _, p := range paths {
			var want bytes.Buffer
			if _, err := s.Render(&want, p); err != nil {
				t.Fatal(err)
			}
			got, err := read(p)
			if err != nil {
				t.Fatal(err)
			}
			if got != want.String() {
				t.Errorf("edit %d: %s is not the latest site's", i, p)
			}
			if !strings.Contains(got, marker) {
				t.Errorf("edit %d: %s does not show the edit", i, p)
			}
		}
	}
	close(stop)
	wg.Wait()
}

// TestLazySiteKeepsAnOpenRender: a reader still sending a file rendered
// for the earlier site keeps reading that render whole after the entry is
// edited and the file rendered again; the new render is a file of its
// own, not renamed over the one being read (Windows refuses to replace a
// file open for reading), and the earlier one is removed once replaced.
func TestLazySiteKeepsAnOpenRender(t *testing.T) {
	dir, site, prepare := lazyExample(t)
	const page = "entries/social/facebook-chofu-gikai.html"
	prepare()
	old, err := site.open(page)
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()
	head := make([]byte, 100)
	if _, err := io.ReadFull(old, head); err != nil {
		t.Fatal(err)
	}
	edit(t, dir, "social/facebook-chofu-gikai.yaml", "en: ", "en: KeptOpen ")
	prepare()
	cur, err := site.open(page)
	if err != nil {
		t.Fatal(err)
	}
	defer cur.Close()
	if old.Name() == cur.Name() {
		t.Fatalf("the new render was written to %s, the file still being read", cur.Name())
	}
	rest, err := io.ReadAll(old)
	if err != nil {
		t.Fatal(err)
	}
	if s := string(head) + string(rest); strings.Contains(s, "KeptOpen") || !strings.HasSuffix(s, "</html>\n") {
		t.Errorf("the reader of the earlier render got %d bytes, not that render whole (edited text inside: %v)", len(s), strings.Contains(s, "KeptOpen"))
	}
	if b, err := io.ReadAll(cur); err != nil || !strings.Contains(string(b), "KeptOpen") {
		t.Errorf("the new render lacks the edit (err %v)", err)
	}
	if _, err := os.Stat(old.Name()); !os.IsNotExist(err) {
		t.Errorf("the earlier render %s was not removed once replaced (stat: %v)", old.Name(), err)
	}
}

// TestServeMemoFollowsReferencedContractors: serve's memo keeps an entry's
// assessment only while the files its cross-checks read are unchanged: a
// service's provider contractor (REF-PROVIDER-RECORD) and a contractor's
// subcontractors (REF-SUBCONTRACTOR-RECORD). After the referenced
// contractor is rejected, the page of the entry naming it shows the
// finding, as a fresh load does.
func TestServeMemoFollowsReferencedContractors(t *testing.T) {
	for _, tc := range []struct{ name, file, page, finding string }{
		// gikai-chukei's provider is chofu-eizo-haishin.
		{"provider", "contractors/chofu-eizo-haishin.yaml", "entries/service/gikai-chukei.html", "REF-PROVIDER-RECORD"},
		// chofu-eizo-haishin re-contracts to tama-shuwa.
		{"subcontractor", "contractors/tama-shuwa.yaml", "entries/contractor/chofu-eizo-haishin.html", "REF-SUBCONTRACTOR-RECORD"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir, site, prepare := lazyExample(t)
			read := func() string {
				t.Helper()
				f, err := site.open(tc.page)
				if err != nil {
					t.Fatal(err)
				}
				defer f.Close()
				b, err := io.ReadAll(f)
				if err != nil {
					t.Fatal(err)
				}
				return string(b)
			}
			prepare()
			if strings.Contains(read(), tc.finding) {
				t.Fatalf("%s shows %s before the edit", tc.page, tc.finding)
			}
			edit(t, dir, tc.file, "  status: approved\n", "  status: rejected\n")
			prepare()
			if !strings.Contains(read(), tc.finding) {
				t.Errorf("after %s was rejected, %s does not show %s (a stale assessment from serve's memo)", tc.file, tc.page, tc.finding)
			}
		})
	}
}
