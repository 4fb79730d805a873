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

// TestLazySiteServesTheLatest: while readers keep opening the same files
// at once (the dashboard, a list, a download, the page of the entry being
// edited), the entry is edited and the site prepared and set anew; once
// set returns, every file opened has the bytes the new site renders, not
// those of a render of the earlier site that was under way.
func TestLazySiteServesTheLatest(t *testing.T) {
	needExample(t)
	dir := copyExample(t)
	asOf := riskassess.NewDate(2026, time.November, 27)
	a := &app{lang: "en", stdout: io.Discard, stderr: io.Discard, memo: &assessMemo{}, entries: &entryMemo{}}
	site := &lazySite{dir: t.TempDir()}
	prepare := func() {
		t.Helper()
		if err := a.prepareSite(context.Background(), dir, asOf, sitegen.Options{Lang: "en", AsOf: asOf, LiveReload: true}, site); err != nil {
			t.Fatal(err)
		}
	}
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
