package sitegen

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/txtar"
)

// prepareTxtar loads and assesses src and prepares its site, with Inputs
// when inc is set.
func prepareTxtar(t *testing.T, src string, inc bool) *Site {
	t.Helper()
	reg := loadTxtar(t, src)
	reqs := testRequirements()
	as := mustAssess(riskassess.Scorer{Blockers: catalog.Blockers()}.AssessAll(reg, reqs, testAsOf))
	opts := Options{AsOf: testAsOf, Requirements: reqs, LiveReload: true}
	if inc {
		opts.Inputs = txtarInputs(src)
	}
	s, err := Prepare(context.Background(), reg, as, opts)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// nextTxtar loads and assesses src and prepares its site with Inputs as
// the one following prev (Site.Next).
func nextTxtar(t *testing.T, prev *Site, src string) *Site {
	t.Helper()
	reg := loadTxtar(t, src)
	reqs := testRequirements()
	as := mustAssess(riskassess.Scorer{Blockers: catalog.Blockers()}.AssessAll(reg, reqs, testAsOf))
	s, err := prev.Next(context.Background(), reg, as, Options{AsOf: testAsOf, Requirements: reqs, LiveReload: true, Inputs: txtarInputs(src)})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestPrepare: a prepared site renders, file by file, the bytes Build
// writes, and so does the site that follows it after an edit (Next,
// taking the rows and listed findings of the entries unchanged from the
// one before); after an edit of one entry, a file rendered before is Current
// exactly when it is not affected (the other entries' pages; not the
// edited entry's, not the page of an entry that looked it up, not the
// lists, dashboard and downloads); without Inputs a file is Current only
// in the site that rendered it; a path the site does not have is
// fs.ErrNotExist.
func TestPrepare(t *testing.T) {
	src := testRegister
	fresh := filepath.Join(t.TempDir(), "site")
	// LiveReload as serve's.
	reg := loadTxtar(t, src)
	reqs := testRequirements()
	as := mustAssess(riskassess.Scorer{Blockers: catalog.Blockers()}.AssessAll(reg, reqs, testAsOf))
	if _, err := Build(context.Background(), reg, as, Options{OutDir: fresh, AsOf: testAsOf, Requirements: reqs, LiveReload: true}); err != nil {
		t.Fatal(err)
	}
	want := readTree(t, fresh)

	s := prepareTxtar(t, src, true)
	render := func(s *Site) (map[string][]byte, map[string]Stamp) {
		t.Helper()
		got, stamps := map[string][]byte{}, map[string]Stamp{}
		var mu sync.Mutex
		var wg sync.WaitGroup
		for _, p := range s.Paths() {
			wg.Go(func() {
				var b bytes.Buffer
				st, err := s.Render(&b, p)
				if err != nil {
					t.Error(err)
					return
				}
				mu.Lock()
				got[p], stamps[p] = b.Bytes(), st
				mu.Unlock()
			})
		}
		wg.Wait()
		return got, stamps
	}
	got, stamps := render(s)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("prepared site differs from Build's (-build +prepared):\n%s", diff)
	}
	if n := s.Pages(); n == 0 || n >= len(s.Paths()) {
		t.Errorf("Pages() = %d of %d files", n, len(s.Paths()))
	}
	for p, st := range stamps {
		if !s.Current(p, st) {
			t.Errorf("%s: not current in the site it was rendered from", p)
		}
	}
	if _, err := s.Render(new(bytes.Buffer), "entries/social/nothing.html"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Render of a path not in the site: %v, want fs.ErrNotExist", err)
	}
	if s.Has("entries/social/nothing.html") || s.Current("entries/social/nothing.html", stamps["index.html"]) {
		t.Error("a path not in the site is Has or Current")
	}
	if s.Current("index.html", Stamp{}) {
		t.Error("the zero Stamp is Current")
	}

	// The contractor's name shows on the service it provides. The site
	// after the edit follows s (Next): the rows and listed findings of
	// the entries unchanged are taken from s.
	src2 := strings.Replace(src, "name: { ja: アクメ情報サービス, en: Acme Information Services }", "name: { ja: アクメ情報サービス改, en: Acme Information Services II }", 1)
	s2 := nextTxtar(t, s, src2)
	// (txtarInputs keys a service by its own file only.)
	if entries := len(loadTxtar(t, src2).Entries()); s2.kept != entries-1 {
		t.Errorf("%d entries taken from the site before, want all %d but the contractor edited", s2.kept, entries)
	}
	var stale []string
	for _, p := range s2.Paths() {
		if strings.HasPrefix(p, "entries/") && !s2.Current(p, stamps[p]) {
			stale = append(stale, p)
		}
		if !strings.HasPrefix(p, "entries/") && s2.Current(p, stamps[p]) {
			t.Errorf("%s: current after an entry changed", p)
		}
	}
	slices.Sort(stale)
	if diff := cmp.Diff([]string{"entries/contractor/acme-johou.html", "entries/service/chat-saas.html"}, stale); diff != "" {
		t.Errorf("entry pages not current after the edit (-want +got):\n%s", diff)
	}
	got2, _ := render(s2)
	if _, err := Build(context.Background(), loadTxtar(t, src2), mustAssess(riskassess.Scorer{Blockers: catalog.Blockers()}.AssessAll(loadTxtar(t, src2), reqs, testAsOf)),
		Options{OutDir: fresh, AsOf: testAsOf, Requirements: reqs, LiveReload: true}); err != nil {
		t.Fatal(err)
	}
	want2 := readTree(t, fresh)
	if diff := cmp.Diff(want2, got2); diff != "" {
		t.Fatalf("prepared site after the edit differs from Build's (-build +prepared):\n%s", diff)
	}
	for p := range got2 {
		if s2.Current(p, stamps[p]) && !bytes.Equal(got[p], got2[p]) {
			t.Errorf("%s: Current, but its bytes changed", p)
		}
	}

	// Another register.yaml: nothing is current.
	a := txtar.Parse([]byte(src2))
	for i := range a.Files {
		if a.Files[i].Name == "register.yaml" {
			a.Files[i].Data = append(a.Files[i].Data, '\n')
		}
	}
	s3 := nextTxtar(t, s2, string(txtar.Format(a)))
	for _, p := range s3.Paths() {
		if s3.Current(p, stamps[p]) {
			t.Errorf("%s: current after register.yaml changed", p)
		}
	}
	if s3.kept != 0 {
		t.Errorf("%d entries taken from the site before after register.yaml changed, want none", s3.kept)
	}
	// Without Inputs: a file is current only in the site that rendered
	// it, not in another prepared from the same register.
	s4 := prepareTxtar(t, src, false)
	_, stamps4 := render(s4)
	s5 := prepareTxtar(t, src, false)
	for p, st := range stamps4 {
		if !s4.Current(p, st) {
			t.Errorf("%s: not current in the site without Inputs that rendered it", p)
		}
		if s5.Current(p, st) {
			t.Errorf("%s: current in another site without Inputs", p)
		}
	}
}
