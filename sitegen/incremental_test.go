package sitegen

import (
	"context"
	"crypto/sha256"
	"os"
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

// txtarInputs returns the Inputs of the register in txtar src as the
// command makes them: the site key from register.yaml, an entry's key
// from its file.
func txtarInputs(src string) *Inputs {
	keys := map[string][32]byte{}
	in := &Inputs{}
	for _, f := range txtar.Parse([]byte(src)).Files {
		if f.Name == "register.yaml" {
			in.Site = sha256.Sum256(f.Data)
			continue
		}
		keys[f.Name] = sha256.Sum256(append([]byte(f.Name+"\x00"), f.Data...))
	}
	in.Entry = func(e riskassess.Entry) ([32]byte, bool) {
		k, ok := keys[e.Base().Source]
		return k, ok
	}
	return in
}

// incBuild loads and assesses src and builds it into out, with Inputs
// when inc is set; it returns the report and the paths of the entry pages
// rendered.
func incBuild(t *testing.T, src, out string, inc bool) (*Report, []string) {
	t.Helper()
	reg := loadTxtar(t, src)
	reqs := testRequirements()
	as := mustAssess(riskassess.Scorer{Blockers: catalog.Blockers()}.AssessAll(reg, reqs, testAsOf))
	opts := Options{OutDir: out, AsOf: testAsOf, Requirements: reqs}
	if inc {
		opts.Inputs = txtarInputs(src)
	}
	var mu sync.Mutex
	var rendered []string
	testHookPage = func(p string) error {
		if strings.HasPrefix(p, "entries/") {
			mu.Lock()
			rendered = append(rendered, p)
			mu.Unlock()
		}
		return nil
	}
	defer func() { testHookPage = nil }()
	rep, err := Build(context.Background(), reg, as, opts)
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(rendered)
	return rep, rendered
}

// assertSameSite fails unless the site in got has the files of want,
// byte for byte (the manifest aside).
func assertSameSite(t *testing.T, want, got string) {
	t.Helper()
	w, g := readTree(t, want), readTree(t, got)
	delete(w, manifestFile)
	delete(g, manifestFile)
	if diff := cmp.Diff(w, g); diff != "" {
		t.Errorf("incremental site differs from a fresh build (-fresh +incremental):\n%s", diff)
	}
}

// TestIncremental: with Inputs, an unchanged rebuild renders nothing; an
// edit of one entry renders its page, the pages that look it up and every
// other file (lists, dashboard, downloads), and nothing else; the result
// is always byte-identical to a fresh build. A corrupt manifest, another
// Site key or an output file changed by hand make the affected pages
// rendered again.
func TestIncremental(t *testing.T) {
	dir := t.TempDir()
	out, fresh := filepath.Join(dir, "site"), filepath.Join(dir, "fresh")
	src := testRegister
	rep, _ := incBuild(t, src, out, true)
	if rep.Rendered != rep.Files || rep.Reused != 0 {
		t.Fatalf("first build: rendered %d, reused %d of %d", rep.Rendered, rep.Reused, rep.Files)
	}
	entries := len(loadTxtar(t, src).Entries())

	rep, pages := incBuild(t, src, out, true)
	if rep.Rendered != 0 || rep.Reused != rep.Files || len(pages) != 0 {
		t.Errorf("unchanged rebuild: rendered %d (%v), reused %d of %d; want none rendered", rep.Rendered, pages, rep.Reused, rep.Files)
	}
	incBuild(t, src, fresh, false)
	assertSameSite(t, fresh, out)

	for _, tc := range []struct {
		name, from, to string
		pages          []string
	}{
		// The contractor's name shows on the service it provides.
		{"contractor renamed", "name: { ja: アクメ情報サービス, en: Acme Information Services }", "name: { ja: アクメ情報サービス改, en: Acme Information Services II }",
			[]string{"entries/contractor/acme-johou.html", "entries/service/chat-saas.html"}},
		{"social purpose", "purpose: 本会議の日程のお知らせ", "purpose: 本会議の日程と結果のお知らせ",
			[]string{"entries/social/x-gikai.html"}},
		// The service looked the contractor up: it names it now.
		{"contractor removed", "", "", []string{"entries/service/chat-saas.html"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.from != "" {
				if !strings.Contains(src, tc.from) {
					t.Fatalf("%q not in the register", tc.from)
				}
				src = strings.Replace(src, tc.from, tc.to, 1)
			} else {
				a := txtar.Parse([]byte(src))
				a.Files = slices.DeleteFunc(a.Files, func(f txtar.File) bool { return f.Name == "contractors/acme-johou.yaml" })
				src = string(txtar.Format(a))
				entries--
			}
			rep, pages := incBuild(t, src, out, true)
			if diff := cmp.Diff(tc.pages, pages); diff != "" {
				t.Errorf("entry pages rendered (-want +got):\n%s", diff)
			}
			if want := len(tc.pages) + rep.Files - entries; rep.Rendered != want {
				t.Errorf("rendered %d files, want %d (%d entry pages and the %d other files)", rep.Rendered, want, len(tc.pages), rep.Files-entries)
			}
			os.RemoveAll(fresh)
			incBuild(t, src, fresh, false)
			assertSameSite(t, fresh, out)
		})
	}

	t.Run("corrupt manifest", func(t *testing.T) {
		if err := os.WriteFile(filepath.Join(out, manifestFile), []byte(`{"format":`), 0o644); err != nil {
			t.Fatal(err)
		}
		rep, _ := incBuild(t, src, out, true)
		if rep.Rendered != rep.Files {
			t.Errorf("rendered %d of %d files after a corrupt manifest, want all", rep.Rendered, rep.Files)
		}
		assertSameSite(t, fresh, out)
	})
	t.Run("other site key", func(t *testing.T) {
		rep, _ := incBuild(t, strings.Replace(src, "name: { ja: テスト市議会, en: Test City Council }", "name: { ja: テスト市議会, en: Test City Council }\n", 1), out, true)
		if rep.Rendered != rep.Files {
			t.Errorf("rendered %d of %d files after register.yaml changed, want all", rep.Rendered, rep.Files)
		}
	})
	t.Run("file changed by hand", func(t *testing.T) {
		incBuild(t, src, out, true)
		page := filepath.Join(out, "entries", "social", "fb-gikai.html")
		b, err := os.ReadFile(page)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(page, append(b, "<!-- edited -->"...), 0o644); err != nil {
			t.Fatal(err)
		}
		rep, pages := incBuild(t, src, out, true)
		if diff := cmp.Diff([]string{"entries/social/fb-gikai.html"}, pages); diff != "" || rep.Rendered != 1 {
			t.Errorf("rendered %d files, entry pages (-want +got):\n%s", rep.Rendered, diff)
		}
		assertSameSite(t, fresh, out)
	})
	t.Run("options", func(t *testing.T) {
		reg := loadTxtar(t, src)
		reqs := testRequirements()
		as := mustAssess(riskassess.Scorer{Blockers: catalog.Blockers()}.AssessAll(reg, reqs, testAsOf))
		rep, err := Build(context.Background(), reg, as, Options{OutDir: out, AsOf: testAsOf, Requirements: reqs, Lang: "en", Inputs: txtarInputs(src)})
		if err != nil {
			t.Fatal(err)
		}
		if rep.Rendered != rep.Files {
			t.Errorf("rendered %d of %d files in another language, want all", rep.Rendered, rep.Files)
		}
	})
}
