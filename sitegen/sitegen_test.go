package sitegen

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/internal/synth"
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/gikai-sec/riskregister/riskassess/report"
	"github.com/google/go-cmp/cmp"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/renderer/html"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// TestGolden compares a handful of pages of the test register, in Japanese,
// English and public mode, with testdata/golden. Run with -update after an
// intended change and review the diff.
func TestGolden(t *testing.T) {
	cases := []struct {
		name  string
		opts  Options
		pages []string
	}{
		{"ja", Options{}, []string{
			"index.html", "register.html", "entries/contractor/acme-johou.html", "entries/service/chat-saas.html",
			"entries/social/x-gikai.html", "owners.html", "approvals.html", "requirements.html", "requirements/T-02.html",
			"accounts.html", "due.html", "plan.html", "downloads.html", "downloads/contractors.csv", "guide/vendor.html",
		}},
		{"en", Options{Lang: "en"}, []string{"index.html", "entries/contractor/acme-johou.html"}},
		{"public", Options{Public: true}, []string{"index.html", "accounts.html", "services.html"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir, _, _ := testSite(t, testRegister, c.opts)
			for _, p := range c.pages {
				got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(p)))
				if err != nil {
					t.Fatal(err)
				}
				golden := filepath.Join("testdata", "golden", c.name, filepath.FromSlash(p))
				if *update {
					if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(golden, got, 0o644); err != nil {
						t.Fatal(err)
					}
					continue
				}
				want, err := os.ReadFile(golden)
				if err != nil {
					t.Fatalf("%v (run go test -update to create it)", err)
				}
				if d := cmp.Diff(string(want), string(got)); d != "" {
					t.Errorf("%s differs from %s (-want +got):\n%s", p, golden, d)
				}
			}
		})
	}
}

// TestPageList checks the files of the internal and the public site.
func TestPageList(t *testing.T) {
	dir, _, _ := testSite(t, testRegister, Options{})
	want := []string{
		".riskregister-site", "accounts.html", "approvals.html", "assets/app.js", "assets/site.css",
		"downloads.html", "downloads/contractors.csv", "downloads/register.json", "downloads/services.csv", "downloads/social.csv",
		"due.html", "entries/contractor/acme-johou.html", "entries/service/chat-saas.html", "entries/service/old-storage.html",
		"entries/social/fb-gikai.html", "entries/social/line-draft.html", "entries/social/x-gikai.html",
		"guide/developer.html", "guide/staff.html", "guide/vendor.html",
		"index.html", "owners.html", "plan.html", "register.html", "requirements.html",
		"requirements/EXP-CERT.html", "requirements/EXP-CONTRACT.html", "requirements/EXP-ISMAP.html",
		"requirements/EXP-REMEDIATION.html", "requirements/EXP-REVIEW.html", "requirements/T-01.html", "requirements/T-02.html", "requirements/T-03.html",
	}
	if d := cmp.Diff(want, sortedKeys(readTree(t, dir))); d != "" {
		t.Errorf("internal site files (-want +got):\n%s", d)
	}
	dir, _, _ = testSite(t, testRegister, Options{Public: true, LiveReload: true})
	want = []string{".riskregister-site", "accounts.html", "assets/reload.js", "assets/site.css", "index.html", "services.html"}
	if d := cmp.Diff(want, sortedKeys(readTree(t, dir))); d != "" {
		t.Errorf("public site files (-want +got):\n%s", d)
	}
}

// TestDeterministic builds the site twice into different folders and
// expects byte-identical trees.
func TestDeterministic(t *testing.T) {
	for _, opts := range []Options{{}, {Lang: "en", Workers: 1}, {Public: true}} {
		a := readTree(t, must(testSite(t, testRegister, opts)))
		opts.Workers = 7
		b := readTree(t, must(testSite(t, testRegister, opts)))
		if d := cmp.Diff(a, b); d != "" {
			t.Errorf("%+v: two builds differ:\n%s", opts, d)
		}
	}
}

func must(dir string, _ *riskassess.Register, _ []riskassess.Assessment) string { return dir }

// TestReport checks the counts of the report of a first and a second build.
func TestReport(t *testing.T) {
	reg := loadTxtar(t, testRegister)
	as := mustAssess(riskassess.Scorer{Blockers: catalog.Blockers()}.AssessAll(reg, testRequirements(), testAsOf))
	opts := Options{OutDir: filepath.Join(t.TempDir(), "out"), AsOf: testAsOf}
	r1, err := Build(context.Background(), reg, as, opts)
	if err != nil {
		t.Fatal(err)
	}
	if r1.Files != 33 || r1.Pages != 26 || r1.Unchanged != 0 || r1.Written != 33 || r1.Bytes == 0 {
		t.Errorf("first build: %+v, want 33 files, 26 pages, 0 unchanged, 33 written", r1)
	}
	r2, err := Build(context.Background(), reg, as, opts)
	if err != nil {
		t.Fatal(err)
	}
	if r2.Unchanged != 33 || r2.Written != 0 || r2.Bytes != r1.Bytes {
		t.Errorf("second build: %+v, want all 33 unchanged", r2)
	}
}

// TestUnchangedKeepMtime: a rebuild keeps the modification time (and
// inode) of unchanged files and rewrites only the changed entry's pages.
func TestUnchangedKeepMtime(t *testing.T) {
	reg := loadTxtar(t, testRegister)
	reqs := testRequirements()
	opts := Options{OutDir: filepath.Join(t.TempDir(), "out"), AsOf: testAsOf, Requirements: reqs}
	if _, err := Build(context.Background(), reg, mustAssess(riskassess.Scorer{Blockers: catalog.Blockers()}.AssessAll(reg, reqs, testAsOf)), opts); err != nil {
		t.Fatal(err)
	}
	old := time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC)
	for _, p := range []string{"entries/social/fb-gikai.html", "entries/social/x-gikai.html", "assets/site.css"} {
		if err := os.Chtimes(filepath.Join(opts.OutDir, p), old, old); err != nil {
			t.Fatal(err)
		}
	}
	reg.Entry(riskassess.KindSocial, "x-gikai").(*riskassess.Social).Purpose = "本会議の日程と結果のお知らせ"
	rep, err := Build(context.Background(), reg, mustAssess(riskassess.Scorer{Blockers: catalog.Blockers()}.AssessAll(reg, reqs, testAsOf)), opts)
	if err != nil {
		t.Fatal(err)
	}
	mtime := func(p string) time.Time {
		fi, err := os.Stat(filepath.Join(opts.OutDir, p))
		if err != nil {
			t.Fatal(err)
		}
		return fi.ModTime().UTC()
	}
	if got := mtime("entries/social/fb-gikai.html"); !got.Equal(old) {
		t.Errorf("unchanged page fb-gikai.html: mtime %v, want %v kept", got, old)
	}
	if got := mtime("assets/site.css"); !got.Equal(old) {
		t.Errorf("unchanged site.css: mtime %v, want %v kept", got, old)
	}
	if got := mtime("entries/social/x-gikai.html"); got.Equal(old) {
		t.Errorf("changed page x-gikai.html kept its old mtime")
	}
	// x-gikai.html, accounts.html and register.json show the purpose.
	if rep.Written != 3 || rep.Unchanged != rep.Files-3 {
		t.Errorf("report %+v: want 3 written (x-gikai.html, accounts.html, register.json)", rep)
	}
	assertNoLeftovers(t, filepath.Dir(opts.OutDir), "out")
}

// assertNoLeftovers fails when parent holds anything but the output folder
// (temporary or backup folders left behind).
func assertNoLeftovers(t *testing.T, parent, keep string) {
	t.Helper()
	ents, err := os.ReadDir(parent)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		if e.Name() != keep && e.Name() != lockName(keep) {
			t.Errorf("left behind in %s: %s", parent, e.Name())
		}
	}
}

// snapshot records content and mtime of every file under dir.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			t.Fatal(err)
		}
		if d.IsDir() {
			return nil
		}
		fi, _ := d.Info()
		b, _ := os.ReadFile(p)
		out[p] = fi.ModTime().String() + "\n" + string(b)
		return nil
	})
	return out
}

// TestFailedBuildKeepsOldSite: a template error (injected through
// testHookPage) or a cancelled context fails the build and leaves the old
// site exactly as it was, with no temporary folder left.
func TestFailedBuildKeepsOldSite(t *testing.T) {
	reg := loadTxtar(t, testRegister)
	as := mustAssess(riskassess.Scorer{Blockers: catalog.Blockers()}.AssessAll(reg, testRequirements(), testAsOf))
	opts := Options{OutDir: filepath.Join(t.TempDir(), "out"), AsOf: testAsOf}
	if _, err := Build(context.Background(), reg, as, opts); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, opts.OutDir)
	reg.Contractors[0].Name.Ja = "名前を変えた" // would change pages if the build went through

	errBoom := errors.New("template: entry: boom")
	testHookPage = func(p string) error {
		if p == "entries/social/x-gikai.html" {
			return errBoom
		}
		return nil
	}
	_, err := Build(context.Background(), reg, as, opts)
	testHookPage = nil
	if !errors.Is(err, errBoom) || !strings.Contains(err.Error(), "render: entries/social/x-gikai.html") {
		t.Errorf("template error: got %v, want it wrapped with phase and page", err)
	}
	if d := cmp.Diff(before, snapshot(t, opts.OutDir)); d != "" {
		t.Errorf("old site changed after a failed build:\n%s", d)
	}
	assertNoLeftovers(t, filepath.Dir(opts.OutDir), "out")

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Build(ctx, reg, as, opts); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: got %v, want context.Canceled", err)
	}
	if d := cmp.Diff(before, snapshot(t, opts.OutDir)); d != "" {
		t.Errorf("old site changed after a cancelled build:\n%s", d)
	}
	assertNoLeftovers(t, filepath.Dir(opts.OutDir), "out")
}

// TestRefusesForeignFolder: Build does not replace a non-empty folder it
// did not write.
func TestRefusesForeignFolder(t *testing.T) {
	reg := loadTxtar(t, testRegister)
	dir := t.TempDir()
	keep := filepath.Join(dir, "thesis.docx")
	if err := os.WriteFile(keep, []byte("important"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Build(context.Background(), reg, nil, Options{OutDir: dir, AsOf: testAsOf})
	if !errors.Is(err, ErrNotSite) {
		t.Fatalf("got %v, want ErrNotSite", err)
	}
	if b, err := os.ReadFile(keep); err != nil || string(b) != "important" {
		t.Errorf("foreign file touched: %q, %v", b, err)
	}
}

func TestOptionErrors(t *testing.T) {
	reg := loadTxtar(t, testRegister)
	for _, c := range []struct {
		opts Options
		reg  *riskassess.Register
		want string
	}{
		{Options{}, reg, "OutDir is required"},
		{Options{OutDir: t.TempDir(), AsOf: testAsOf, Lang: "fr"}, reg, `unsupported language "fr"`},
		{Options{OutDir: t.TempDir(), AsOf: testAsOf}, nil, "nil register"},
		// Without the date the dashboard said "no overdue items" of a
		// register whose assessments had overdue reviews.
		{Options{OutDir: t.TempDir()}, reg, `Options.AsOf "" is not a date`},
		{Options{OutDir: t.TempDir(), AsOf: riskassess.NewDate(2026, 2, 30)}, reg, `Options.AsOf "2026-02-30" is not a date`},
		// A date style or fiscal year the site cannot show was taken
		// silently: ISO dates for "Wareki", an empty plan for the year 8.
		{Options{OutDir: t.TempDir(), AsOf: testAsOf, Dates: "Wareki"}, reg, `unsupported Options.Dates "Wareki"`},
		{Options{OutDir: t.TempDir(), AsOf: testAsOf, FiscalYear: 8}, reg, `Options.FiscalYear 8 is not a fiscal year`},
		{Options{OutDir: t.TempDir(), AsOf: testAsOf, FiscalYear: -2026}, reg, `Options.FiscalYear -2026 is not a fiscal year`},
	} {
		if _, err := Build(context.Background(), c.reg, nil, c.opts); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Build %+v: got %v, want %q", c.opts, err, c.want)
		}
		if c.opts.OutDir == "" {
			continue
		}
		if _, err := Prepare(context.Background(), c.reg, nil, c.opts); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Prepare %+v: got %v, want %q", c.opts, err, c.want)
		}
	}
	bad := loadTxtar(t, testRegister)
	bad.Contractors[0].ID = "../../etc"
	if _, err := Build(context.Background(), bad, nil, Options{OutDir: filepath.Join(t.TempDir(), "x"), AsOf: testAsOf}); err == nil || !strings.Contains(err.Error(), `invalid entry id "../../etc"`) {
		t.Errorf("bad id: got %v", err)
	}
	// An entry built in Go with a value its field does not allow: shown
	// as "Retired", not counted as retired on the dashboard, and given a
	// review date as if in use, with no assessment to refuse it.
	bad = loadTxtar(t, testRegister)
	bad.Services[1].Approval.Status = "Retired"
	wantBad := `service "old-storage": approval.status "Retired"`
	if _, err := Build(context.Background(), bad, nil, Options{OutDir: filepath.Join(t.TempDir(), "x"), AsOf: testAsOf}); !errors.Is(err, riskassess.ErrEntryValue) || !strings.Contains(err.Error(), wantBad) {
		t.Errorf("bad enum value: got %v, want ErrEntryValue naming %s", err, wantBad)
	}
	if _, err := Prepare(context.Background(), bad, nil, Options{AsOf: testAsOf}); !errors.Is(err, riskassess.ErrEntryValue) || !strings.Contains(err.Error(), wantBad) {
		t.Errorf("Prepare, bad enum value: got %v, want ErrEntryValue naming %s", err, wantBad)
	}
	// Two entries of one kind and id, as AssessAll refuses them
	// (riskassess.CheckUniqueEntries): the pages are keyed by kind and id.
	bad = loadTxtar(t, testRegister)
	bad.Services = append(bad.Services, bad.Services[1])
	wantBad = `service "old-storage"`
	if _, err := Build(context.Background(), bad, nil, Options{OutDir: filepath.Join(t.TempDir(), "x"), AsOf: testAsOf}); !errors.Is(err, riskassess.ErrDuplicateEntry) || !strings.Contains(err.Error(), wantBad) {
		t.Errorf("duplicate entry: got %v, want ErrDuplicateEntry naming %s", err, wantBad)
	}
	if _, err := Prepare(context.Background(), bad, nil, Options{AsOf: testAsOf}); !errors.Is(err, riskassess.ErrDuplicateEntry) || !strings.Contains(err.Error(), wantBad) {
		t.Errorf("Prepare, duplicate entry: got %v, want ErrDuplicateEntry naming %s", err, wantBad)
	}
	// An organisation built in Go with a residual matrix the store would
	// refuse (rows of three levels): the heat map showed the default
	// matrix as the one in force.
	bad = loadTxtar(t, testRegister)
	lv := []riskassess.RiskLevel{riskassess.RiskHigh, riskassess.RiskHigh, riskassess.RiskCritical}
	bad.Org.ResidualMatrix = &riskassess.MatrixSetting{Bands: []float64{80, 60, 40}, Low: lv, Medium: lv, High: lv, Critical: lv}
	wantBad = "Organisation.ResidualMatrix has 3 bands and 3, 3, 3 and 3 levels"
	if _, err := Build(context.Background(), bad, nil, Options{OutDir: filepath.Join(t.TempDir(), "x"), AsOf: testAsOf}); !errors.Is(err, riskassess.ErrOrgSetting) || !strings.Contains(err.Error(), wantBad) {
		t.Errorf("bad matrix: got %v, want ErrOrgSetting naming %s", err, wantBad)
	}
	if _, err := Prepare(context.Background(), bad, nil, Options{AsOf: testAsOf}); !errors.Is(err, riskassess.ErrOrgSetting) || !strings.Contains(err.Error(), wantBad) {
		t.Errorf("Prepare, bad matrix: got %v, want ErrOrgSetting naming %s", err, wantBad)
	}
	// Assessments as of another day than the site: the dashboard would
	// count overdue items as of AsOf and the entry pages show findings as
	// of the other day.
	as := mustAssess(riskassess.Scorer{Blockers: catalog.Blockers()}.AssessAll(reg, testRequirements(), testAsOf.AddDays(-400)))
	want := fmt.Sprintf("is as of %q, the site as of %s", testAsOf.AddDays(-400).String(), testAsOf)
	out := filepath.Join(t.TempDir(), "x")
	if _, err := Build(context.Background(), reg, as, Options{OutDir: out, AsOf: testAsOf}); err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("assessments of another day: got %v, want %q", err, want)
	}
	if _, err := os.Stat(out); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("assessments of another day: %s written (%v)", out, err)
	}
	if _, err := Prepare(context.Background(), reg, as, Options{AsOf: testAsOf}); err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("Prepare, assessments of another day: got %v, want %q", err, want)
	}
}

// TestUnassessedEntry: an entry without an assessment is shown as 未評価.
func TestUnassessedEntry(t *testing.T) {
	reg := loadTxtar(t, testRegister)
	dir := filepath.Join(t.TempDir(), "out")
	if _, err := Build(context.Background(), reg, nil, Options{OutDir: dir, AsOf: testAsOf}); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(filepath.Join(dir, "entries", "contractor", "acme-johou.html"))
	if !bytes.Contains(b, []byte(`<span class="badge risk-none">残留リスク: 未評価</span>`)) {
		t.Errorf("entry page does not say 未評価")
	}
}

// TestEnglish: lang attribute and labels follow Options.Lang.
func TestEnglish(t *testing.T) {
	dir, _, _ := testSite(t, testRegister, Options{Lang: "en"})
	b, _ := os.ReadFile(filepath.Join(dir, "register.html"))
	for _, want := range []string{`<html lang="en">`, "Acme Information Services", "Residual risk", "Recommended decision", "Conditionally approved"} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("register.html (en) lacks %q", want)
		}
	}
	dir, _, _ = testSite(t, testRegister, Options{})
	b, _ = os.ReadFile(filepath.Join(dir, "register.html"))
	for _, want := range []string{`<html lang="ja">`, "アクメ情報サービス", "残留リスク", "推奨判断", "条件付承認"} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("register.html (ja) lacks %q", want)
		}
	}
}

// TestTermsAsCLI: the site names the assessment's values as the CLI does
// (assess, check and export share report.RegisterTable's column
// titles): 残留リスク, 推奨判断 and so on, in both languages.
func TestTermsAsCLI(t *testing.T) {
	titles := map[string]riskassess.Text{}
	for _, c := range report.RegisterTable(&riskassess.Register{}, nil, riskassess.KindContractor, "ja").Columns {
		titles[c.Key] = c.Title
	}
	for key, col := range map[string]string{"inherent": "inherent", "score": "control_score", "residual": "residual",
		"decision": "decision", "nextreview": "next_review", "status": "approval_status"} {
		want, ok := titles[col]
		if !ok {
			t.Fatalf("RegisterTable has no column %q", col)
		}
		for _, lang := range []riskassess.Lang{"ja", "en"} {
			if got := tr(lang, key); got != want.In(lang) {
				t.Errorf("tr(%q, %q) = %q, the CLI says %q", lang, key, got, want.In(lang))
			}
		}
	}
	for key, m := range msgs {
		for _, old := range []string{"残存リスク", "判定"} {
			if strings.Contains(m[0], old) {
				t.Errorf("msgs[%q] uses %q, not the CLI's term", key, old)
			}
		}
	}
}

// TestDueTableColumns: the deadlines of an entry's own page do not repeat
// the entry in every row; the dashboard, due.html and owners.html, which
// list items of many entries, name the entry of each.
func TestDueTableColumns(t *testing.T) {
	dir, _, _ := testSite(t, testRegister, Options{})
	tree := readTree(t, dir)
	heads := func(name, from string) [][]string {
		s := string(tree[name])
		i := strings.Index(s, from)
		if i < 0 {
			t.Fatalf("%s: no %q", name, from)
		}
		var out [][]string
		for _, th := range regexp.MustCompile(`<thead><tr>(.*?)</tr></thead>`).FindAllStringSubmatch(s[i:], -1) {
			var cols []string
			for _, m := range regexp.MustCompile(`<th scope="col"[^>]*>([^<]*)</th>`).FindAllStringSubmatch(th[1], -1) {
				cols = append(cols, m[1])
			}
			out = append(out, cols)
		}
		return out
	}
	withEntry := []string{"日付", "項目", "台帳項目", "対象", "所管課"}
	for _, name := range []string{"entries/contractor/acme-johou.html", "entries/service/chat-saas.html"} {
		got := heads(name, `<section aria-labelledby="h-due">`)
		if len(got) == 0 {
			t.Fatalf("%s: no deadlines table", name)
		}
		if diff := cmp.Diff([]string{"日付", "項目", "対象", "所管課"}, got[0]); diff != "" {
			t.Errorf("%s: deadline columns (-want +got):\n%s", name, diff)
		}
		s := string(tree[name])
		due := s[strings.Index(s, `<section aria-labelledby="h-due">`):]
		due = due[:strings.Index(due, "</section>")]
		if self := `href="../../` + name + `"`; strings.Contains(due, self) {
			t.Errorf("%s: deadlines link to the page itself", name)
		}
	}
	for _, name := range []string{"due.html", "index.html"} {
		got := heads(name, `<main`)
		if len(got) == 0 {
			t.Fatalf("%s: no table", name)
		}
		found := false
		for _, cols := range got {
			if slices.Equal(cols, withEntry) {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: no deadlines table with columns %q; tables: %q", name, withEntry, got)
		}
	}
}

// TestNoControlScore: an entry to which no requirement applies has
// riskassess.NoControlScore (-1); the site shows "—" for it, never "-1.0",
// and the register sorts it below every score.
func TestNoControlScore(t *testing.T) {
	reg := loadTxtar(t, testRegister)
	never := []riskassess.Requirement{{ID: "X-01", Kinds: riskassess.Kinds(), Severity: riskassess.SeverityLow, Weight: 1,
		Applies: func(*riskassess.Subject) bool { return false }}}
	as := mustAssess(riskassess.Scorer{Blockers: catalog.Blockers()}.AssessAll(reg, never, testAsOf)) // nothing applies
	if len(as) == 0 || as[0].ControlScore != riskassess.NoControlScore {
		t.Fatalf("assessments without requirements: want control score %v, got %+v", riskassess.NoControlScore, as)
	}
	for _, lang := range []riskassess.Lang{"ja", "en"} {
		dir := filepath.Join(t.TempDir(), string(lang))
		if _, err := Build(context.Background(), reg, as, Options{OutDir: dir, AsOf: testAsOf, Lang: lang}); err != nil {
			t.Fatal(err)
		}
		tree := readTree(t, dir)
		for name, b := range tree {
			if path.Ext(name) == ".html" && regexp.MustCompile(`>\s*-1(\.0)?\s*<`).Match(b) {
				t.Errorf("%s: %s shows the control score -1", lang, name)
			}
		}
		want := `<dt>` + tr(lang, "score") + `</dt><dd><span class="muted">—</span></dd>`
		if s := string(tree["entries/contractor/acme-johou.html"]); !strings.Contains(s, want) {
			t.Errorf("%s: entry page lacks %q", lang, want)
		}
		if s := string(tree["register.html"]); strings.Count(s, `<td class="num" data-label="`+tr(lang, "score")+`" data-value="-1"><span class="muted">—</span></td>`) != len(as) {
			t.Errorf("%s: register.html: want %d score cells \"—\" sorted as -1", lang, len(as))
		}
	}
}

// TestDownloads: the CSV files start with a BOM and neutralise formulas;
// register.json holds every entry.
func TestDownloads(t *testing.T) {
	src := strings.Replace(testRegister, "name: { ja: 議会Facebook,", `name: { ja: '=HYPERLINK("http://evil.example")',`, 1)
	dir, _, _ := testSite(t, src, Options{})
	b, _ := os.ReadFile(filepath.Join(dir, "downloads", "social.csv"))
	if !bytes.HasPrefix(b, []byte("\ufeff")) {
		t.Errorf("social.csv has no BOM")
	}
	if !bytes.Contains(b, []byte(`"'=HYPERLINK(""http://evil.example"")"`)) || !bytes.Contains(b, []byte(`,'@test_gikai,`)) {
		t.Errorf("formula not neutralised in social.csv:\n%s", b)
	}
	j, _ := os.ReadFile(filepath.Join(dir, "downloads", "register.json"))
	for _, id := range []string{`"acme-johou"`, `"chat-saas"`, `"old-storage"`, `"x-gikai"`, `"fb-gikai"`, `"line-draft"`} {
		if !bytes.Contains(j, []byte(id)) {
			t.Errorf("register.json lacks %s", id)
		}
	}
}

// TestMarkdownNotes: raw HTML in notes is not passed through and
// dangerous link destinations are dropped, also when the extensions ask
// for unsafe rendering.
func TestMarkdownNotes(t *testing.T) {
	src := "**太字** <script>alert(1)</script> <img src=x onerror=alert(1)>\n\n" +
		"[click](javascript:alert(1)) [v](vbscript:msgbox) [ok](https://example.org/a) <https://example.org/auto> [doc](docs/a.pdf) ![i](data:text/html,x)\n\n" +
		"| a | b |\n|---|---|\n| 1 | 2 |\n"
	var unsafe goldmark.Extender = unsafeExt{}
	for name, exts := range map[string][]goldmark.Extender{"default": nil, "gfm": {extension.GFM}, "unsafe-extension": {extension.GFM, unsafe}} {
		h, err := markdown(newMarkdown(exts), src, "x.yaml")
		if err != nil {
			t.Fatal(err)
		}
		s := string(h)
		for _, bad := range []string{"<script", "<img", "javascript:", "vbscript:", `href=""`, "data:"} {
			if strings.Contains(s, bad) {
				t.Errorf("%s: output contains %q:\n%s", name, bad, s)
			}
		}
		for _, good := range []string{"<strong>太字</strong>", `<a href="https://example.org/a" class="ext" rel="noopener noreferrer">ok</a>`,
			`<a href="https://example.org/auto" class="ext" rel="noopener noreferrer">`, "<p>click v <a", `<a href="../../docs/a.pdf" class="evidence">`} {
			if !strings.Contains(s, good) {
				t.Errorf("%s: output lacks %q:\n%s", name, good, s)
			}
		}
		if hasTable := strings.Contains(s, "<table>"); hasTable != (name != "default") {
			t.Errorf("%s: table rendered = %v", name, hasTable)
		}
	}
}

// TestMarkdownLinkReferences: the link policy applies to the destination
// as the browser gets it, after character references and backslash
// escapes are resolved: "&#46;&#46;/" climbing out of the site is text as
// "../" is, and "&#104;ttps:" is an external link as "https:" is.
func TestMarkdownLinkReferences(t *testing.T) {
	const ext = ` class="ext" rel="noopener noreferrer"`
	cases := []struct{ name, in, want string }{
		{"dots", "[a](&#46;&#46;/&#46;&#46;/&#46;&#46;/etc/passwd)", `<p>a</p>`},
		{"one dot", "[b](.&#46;/.&#46;/.&#46;/x)", `<p>b</p>`},
		{"hex slash", "[c](..&#x2F;..&#x2F;..&#x2F;x)", `<p>c</p>`},
		{"percent", "[d](&#37;2e&#37;2e/&#37;2e&#37;2e/&#37;2e&#37;2e/z)", `<p>d</p>`},
		{"named", "[e](&period;&period;/&period;&period;/&period;&period;/y)", `<p>e</p>`},
		{"reference", "[f][r]\n\n[r]: &#46;&#46;/&#46;&#46;/&#46;&#46;/ref", `<p>f</p>`},
		{"image", "![g](&#46;&#46;/&#46;&#46;/&#46;&#46;/x.png)", `<p>g</p>`},
		{"root", "[h](&#47;etc/passwd)", `<p>h</p>`},
		{"inside site", "[i](docs/&#46;&#46;/a.pdf)", `<p><a href="../../docs/../a.pdf" class="evidence">i</a></p>`},
		{"escaped", `[j](docs/a\_b.pdf)`, `<p><a href="../../docs/a_b.pdf" class="evidence">j</a></p>`},
		{"https", "[k](&#104;ttps://example.org/k)", `<p><a href="https://example.org/k"` + ext + `>k</a></p>`},
		{"fragment", "[l](&#35;h-notes)", `<p><a href="#h-notes">l</a></p>`},
	}
	for name, exts := range map[string][]goldmark.Extender{"default": nil, "gfm": {extension.GFM}} {
		md := newMarkdown(exts)
		for _, c := range cases {
			h, err := markdown(md, c.in, "x.yaml")
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(c.want, strings.TrimSpace(string(h))); diff != "" {
				t.Errorf("%s/%s: %q (-want +got):\n%s", name, c.name, c.in, diff)
			}
		}
	}
}

// TestMarkdownImages: an image in notes is never an <img>: the site makes
// no request outside its folder. An http(s) image becomes a link titled by
// its alt text; any other image (relative, escaping, data:) its alt text.
func TestMarkdownImages(t *testing.T) {
	const ext = ` class="ext" rel="noopener noreferrer"`
	cases := []struct{ name, in, want string }{
		{"http", "a ![外部画像](http://evil.example/x.png) b", `<p>a <a href="http://evil.example/x.png"` + ext + `>外部画像</a> b</p>`},
		{"https with title", `![図](https://example.org/x.png "題")`, `<p><a href="https://example.org/x.png" title="題"` + ext + `>図</a></p>`},
		{"no alt", "![](https://example.org/y.png)", `<p><a href="https://example.org/y.png"` + ext + `>https://example.org/y.png</a></p>`},
		{"reference", "![ref][r]\n\n[r]: http://evil.example/r.png", `<p><a href="http://evil.example/r.png"` + ext + `>ref</a></p>`},
		{"escaping", "![p](../../../../../etc/hosts)", `<p>p</p>`},
		{"relative", "![図1](docs/fig.png)", `<p>図1</p>`},
		{"relative no alt", "x ![](docs/fig.png) y", `<p>x  y</p>`},
		{"data", "![d](data:image/png;base64,iVBORw0KGgo=)", `<p>d</p>`},
		{"data svg", "![s](data:image/svg+xml,<svg/onload=alert(1)>)", `<p>s</p>`},
		{"scheme-relative", "![s](//evil.example/x.png)", `<p>s</p>`},
		{"file", "![f](file:///etc/passwd)", `<p>f</p>`},
		{"autolink unknown scheme", "<A0:>0 <ms-msdt:/id%20x>", `<p>A0:0 ms-msdt:/id%20x</p>`},
		{"autolink e-mail", "<user@example.org>", `<p>user@example.org</p>`},
		{"autolink https", "<https://example.org/a>", `<p><a href="https://example.org/a"` + ext + `>https://example.org/a</a></p>`},
		{"in link", "[![inner](https://example.org/z.png)](https://example.org/page)", `<p><a href="https://example.org/page"` + ext + `>inner</a></p>`},
		{"in dropped link", "[![in *em*](https://example.org/z.png)](javascript:alert(1))", `<p>in <em>em</em></p>`},
		{"in image", "![a ![b](http://x.example/b.png)](http://x.example/a.png)", `<p><a href="http://x.example/a.png"` + ext + `>a b</a></p>`},
		{"alt escaped", `![<b>"x"</b> & y](http://x.example/a.png)`, `<p><a href="http://x.example/a.png"` + ext + `><!-- raw HTML omitted -->&quot;x&quot;<!-- raw HTML omitted --> &amp; y</a></p>`},
	}
	var unsafe goldmark.Extender = unsafeExt{}
	for name, exts := range map[string][]goldmark.Extender{"default": nil, "gfm": {extension.GFM}, "unsafe-extension": {extension.GFM, unsafe}} {
		md := newMarkdown(exts)
		for _, c := range cases {
			h, err := markdown(md, c.in, "x.yaml")
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(c.want, strings.TrimSpace(string(h))); diff != "" {
				t.Errorf("%s/%s: %q (-want +got):\n%s", name, c.name, c.in, diff)
			}
			if strings.Contains(string(h), "<img") {
				t.Errorf("%s/%s: <img in %s", name, c.name, h)
			}
		}
	}
}

func TestClassifyURL(t *testing.T) {
	for _, c := range []struct {
		in   string
		want linkKind
	}{
		{"https://example.org/x?y=1#z", linkExternal},
		{"http://example.org", linkExternal},
		{"docs/contract.pdf", linkRelative},
		{"a/../shared/a.pdf", linkRelative},
		{"../shared/a.pdf", linkNone}, // above the site root
		{"../../../../etc/passwd", linkNone},
		{"%2e%2e/%2e%2e/etc/passwd", linkNone},
		{"a.pdf#page=2", linkRelative},
		{"sns.pdf", linkRelative},
		{"requirements.html", linkRelative},
		{"#top", linkRelative},
		{"SNS運用方針（総務課保管）", linkNone}, // a document's name: text
		{"総務課キャビネット保管", linkNone},
		{"運用方針 第1.2版", linkNone},
		{"SNS運用方針.pdf", linkRelative},
		{"javascript:alert(1)", linkNone},
		{"JavaScript:alert(1)", linkNone},
		{" javascript:alert(1)", linkNone},
		{"java\tscript:alert(1)", linkNone},
		{"data:text/html,<script>", linkNone},
		{"vbscript:x", linkNone},
		{"file:///c:/secret.docx", linkNone},
		{"mailto:a@example.org", linkNone},
		{"//evil.example/x", linkNone},
		{"/abs/path", linkNone},
		{"https://", linkNone},
		{"c:\\docs\\a.pdf", linkNone},
		{"", linkNone},
	} {
		if got := classifyURL(c.in); got != c.want {
			t.Errorf("classifyURL(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// xssRegister puts script payloads into every free-text field that reaches
// a page.
const xssRegister = `
-- register.yaml --
name: { ja: "<script>alert(1)</script>議会" }
sections:
  - id: somu
    name: { ja: "\"><img src=x onerror=alert(1)>総務課" }
people:
  - id: p1
    name: { ja: "<script>alert(1)</script>" }
    section: somu
-- contractors/evil.yaml --
name: { ja: "<script>alert(1)</script>", en: "\"><img src=x onerror=alert(1)>" }
legal_name: "\"><img src=x onerror=alert(1)>"
owner: { section: somu, person: p1 }
approval: { status: approved, decided_on: 2026-01-01, conditions: ["<script>alert(1)</script>"], history: [{ status: requested, on: 2025-12-01, note: "\"><img src=x onerror=alert(1)>" }] }
contracts:
  - id: "<script>alert(1)</script>"
    scope: "\"><img src=x onerror=alert(1)>"
    subcontractors:
      - { name: "<script>alert(1)</script>\"><img src=x onerror=alert(1)>", scope: "<script>alert(1)</script>" }
notes: |
  <script>alert(1)</script>
  "><img src=x onerror=alert(1)>
  [click me](javascript:alert(1))
  <a href="javascript:alert(1)">raw link</a>
  ![外部画像](http://evil.example/x.png) ![hosts](../../../../../etc/hosts)
  ![d](data:image/png;base64,iVBORw0KGgo=) ![s](//evil.example/s.png) ![f](file:///etc/passwd)
evidence:
  - { title: "<script>alert(1)</script>", url: "javascript:alert(1)" }
  - { title: "\"><img src=x onerror=alert(1)>", url: "\"><img src=x onerror=alert(1)>" }
  - { title: ok, url: "https://example.org/\"><script>alert(1)</script>" }
-- services/evil-svc.yaml --
name: { ja: "\"><img src=x onerror=alert(1)>" }
provider: { name: "<script>alert(1)</script>" }
contract_type: terms
delivery: saas
class: { confidentiality: "2" }
purpose: "<script>alert(1)</script>"
owner: { section: somu }
approval: { status: approved }
-- social/evil-sns.yaml --
name: { ja: "<script>alert(1)</script>" }
platform: x
handle: "\"><img src=x onerror=alert(1)>"
url: "javascript:alert(1)"
purpose: "<script>alert(1)</script>"
responsible: { section: somu }
status: suspended
notice_url: "javascript:alert(1)"
owner: { section: somu }
approval: { status: approved }
`

// TestXSS builds a register full of script payloads, internal and public,
// and checks every HTML file: no script element without src, no event
// handler attribute, no javascript: URL in any attribute, no raw <img.
func TestXSS(t *testing.T) {
	for _, opts := range []Options{{}, {Public: true}, {Lang: "en"}} {
		dir, _, _ := testSite(t, xssRegister, opts)
		if !opts.Public {
			// The payloads are on the page, escaped: in the name, the
			// contract, the finding's message (T-02 quotes the
			// subcontractor) and the evidence.
			b, _ := os.ReadFile(filepath.Join(dir, "entries", "contractor", "evil.html"))
			for _, want := range []string{"<h1>&lt;script&gt;alert(1)&lt;/script&gt;", "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;",
				"再委託先 &lt;script&gt;alert(1)&lt;/script&gt;&#34;&gt;&lt;img src=x onerror=alert(1)&gt; が未承認", `<span class="nolink">`} {
				if opts.Lang == "en" && (strings.HasPrefix(want, "<h1>") || strings.HasPrefix(want, "再委託先")) {
					continue
				}
				if !strings.Contains(string(b), want) {
					t.Errorf("%+v: evil.html lacks the escaped payload %q", opts, want)
				}
			}
		}
		tree := readTree(t, dir)
		if !opts.Public {
			// Images in the notes: the http one a link, the others their alt text.
			s := string(tree["entries/contractor/evil.html"])
			for _, want := range []string{`<a href="http://evil.example/x.png" class="ext" rel="noopener noreferrer">外部画像</a> hosts`, "d s f"} {
				if !strings.Contains(s, want) {
					t.Errorf("%+v: evil.html lacks %q", opts, want)
				}
			}
			for _, bad := range []string{"etc/hosts", "etc/passwd", "data:image", "evil.example/s.png"} {
				if strings.Contains(s, bad) {
					t.Errorf("%+v: evil.html contains %q", opts, bad)
				}
			}
		}
		for name, b := range tree {
			if path.Ext(name) != ".html" {
				continue
			}
			els := parseHTML(t, name, b)
			checkSelfContained(t, name, els, tree)
			s := string(b)
			for _, bad := range []string{"<script>", "<img", `href="javascript:`, `src="javascript:`, "<a href=\"javascript"} {
				if strings.Contains(strings.ToLower(s), bad) {
					t.Errorf("%+v %s contains %q", opts, name, bad)
				}
			}
			for _, el := range els {
				if el.tag == "script" && el.attr["src"] == "" {
					t.Errorf("%s: inline <script> element", name)
				}
				if el.tag == "img" {
					t.Errorf("%s: <img> element", name)
				}
				for k, v := range el.attr {
					if strings.HasPrefix(k, "on") {
						t.Errorf("%s: event handler attribute %s=%q on <%s>", name, k, v, el.tag)
					}
					if (k == "href" || k == "src") && strings.Contains(strings.ToLower(strings.TrimSpace(v)), "script:") {
						t.Errorf("%s: %s=%q on <%s>", name, k, v, el.tag)
					}
				}
			}
		}
	}
}

// checkSelfContained fails for every URL on page name that the browser
// would load by itself (src, srcset, poster, data, background, <link href>,
// SVG <image>/<use> href) unless it is a relative path to a file of the
// site (tree): no scheme, no "//host", no leading "/", not escaping the
// site's folder. Links the reader follows (<a href>) are TestLinks' job.
func checkSelfContained(t *testing.T, name string, els []element, tree map[string][]byte) {
	t.Helper()
	for _, el := range els {
		var urls []string
		for _, a := range []string{"src", "srcset", "poster", "data", "background", "lowsrc", "dynsrc", "xlink:href"} {
			if v, ok := el.attr[a]; ok {
				urls = append(urls, v)
			}
		}
		switch el.tag {
		case "link", "image", "use", "feimage":
			if v, ok := el.attr["href"]; ok {
				urls = append(urls, v)
			}
		}
		for _, u := range urls {
			target, _, _ := strings.Cut(u, "#")
			target, _, _ = strings.Cut(target, "?")
			joined := path.Join(path.Dir(name), target)
			switch {
			case u == "" || strings.TrimSpace(u) != u || strings.ContainsAny(u, "\\ ,:") || strings.HasPrefix(u, "/"):
				t.Errorf("%s: <%s> loads %q: not a relative path inside the site", name, el.tag, u)
			case joined == ".." || strings.HasPrefix(joined, "../"):
				t.Errorf("%s: <%s> loads %q: outside the site's folder", name, el.tag, u)
			case tree[joined] == nil:
				t.Errorf("%s: <%s> loads %q: %s is not a file of the site", name, el.tag, u, joined)
			}
		}
	}
}

// cspMeta is the policy every page must carry.
const cspMeta = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'">`

var colourClass = regexp.MustCompile(`^(risk|status|outcome|decision|account)-|^overdue$`)

// TestCSPAndAccessibility: every page has the CSP, no inline script or
// style, a lang attribute, landmarks, a skip link, and tables with captions
// and scoped headers.
func TestCSPAndAccessibility(t *testing.T) {
	for _, opts := range []Options{{}, {Public: true, LiveReload: true}} {
		dir, _, _ := testSite(t, testRegister, opts)
		for name, b := range readTree(t, dir) {
			if path.Ext(name) != ".html" {
				continue
			}
			s := string(b)
			for _, want := range []string{cspMeta, `<html lang="ja">`, `<a class="skip" href="#main">`, "<header", "<nav", `<main id="main"`, "<footer", `<meta name="viewport"`} {
				if !strings.Contains(s, want) {
					t.Errorf("%s lacks %s", name, want)
				}
			}
			for _, el := range parseHTML(t, name, b) {
				// Colour classes paint text on a coloured background:
				// only on badges, which carry their own text label.
				cls := strings.Fields(el.attr["class"])
				for _, c := range cls {
					if colourClass.MatchString(c) && !slices.Contains(cls, "badge") {
						t.Errorf("%s: colour class %q on <%s class=%q> without badge", name, c, el.tag, el.attr["class"])
					}
				}
				if _, ok := el.attr["style"]; ok {
					t.Errorf("%s: style attribute on <%s>", name, el.tag)
				}
				switch el.tag {
				case "style":
					t.Errorf("%s: <style> element", name)
				case "script":
					if el.attr["src"] == "" {
						t.Errorf("%s: inline script", name)
					}
				case "th":
					if el.parent == "thead" || el.parent == "tbody" {
						if el.attr["scope"] == "" {
							t.Errorf("%s: <th> without scope", name)
						}
					}
				case "table":
					if !el.hasCaption {
						t.Errorf("%s: table without caption", name)
					}
				}
			}
		}
	}
}

// TestLinks: every href and src is relative (no leading "/", no scheme)
// except links to the entries' own external URLs, and every internal link
// resolves to an existing file and, with a fragment, to an existing id.
func TestLinks(t *testing.T) {
	for _, opts := range []Options{{}, {Public: true}, {Lang: "en", LiveReload: true}, {Workers: -1}} {
		var dir string
		if opts.Workers == -1 {
			// A synthetic register assessed with the real catalogue:
			// conditions, blockers, due items of every kind.
			reg := synth.Generate(60, 7)
			reqs := catalog.Default()
			dir = filepath.Join(t.TempDir(), "synth")
			if _, err := Build(context.Background(), reg, mustAssess(riskassess.Scorer{Blockers: catalog.Blockers()}.AssessAll(reg, reqs, testAsOf)), Options{OutDir: dir, AsOf: testAsOf, Requirements: reqs}); err != nil {
				t.Fatal(err)
			}
		} else {
			dir, _, _ = testSite(t, testRegister, opts)
		}
		tree := readTree(t, dir)
		ids := map[string]map[string]bool{}
		type link struct{ from, tag, attr, url, class string }
		var links []link
		for name, b := range tree {
			if path.Ext(name) != ".html" {
				continue
			}
			ids[name] = map[string]bool{}
			els := parseHTML(t, name, b)
			checkSelfContained(t, name, els, tree)
			for _, el := range els {
				if id := el.attr["id"]; id != "" {
					if ids[name][id] {
						t.Errorf("%s: duplicate id %q", name, id)
					}
					ids[name][id] = true
				}
				for _, a := range []string{"href", "src"} {
					if v, ok := el.attr[a]; ok {
						links = append(links, link{name, el.tag, a, v, el.attr["class"]})
					}
				}
			}
		}
		checked := 0
		for _, l := range links {
			switch {
			case strings.HasPrefix(l.url, "https://") || strings.HasPrefix(l.url, "http://"):
				if l.tag != "a" || !strings.Contains(l.class, "ext") {
					t.Errorf("%s: external %s %q on <%s class=%q>: only entries' own links may be external", l.from, l.attr, l.url, l.tag, l.class)
				}
				continue
			case strings.HasPrefix(l.url, "/") || strings.Contains(strings.SplitN(l.url, "/", 2)[0], ":"):
				t.Errorf("%s: %s %q is not relative", l.from, l.attr, l.url)
				continue
			case l.tag == "a" && l.attr == "href" && strings.Contains(l.class, "evidence"):
				continue // relative evidence documents live outside the site
			}
			target, frag, _ := strings.Cut(l.url, "#")
			if target == "" {
				target = l.from
			} else {
				target = path.Join(path.Dir(l.from), target)
			}
			if _, ok := tree[target]; !ok {
				t.Errorf("%s: %s %q: %s does not exist", l.from, l.attr, l.url, target)
				continue
			}
			if frag != "" && !ids[target][frag] {
				t.Errorf("%s: %q: no id %q in %s", l.from, l.url, frag, target)
			}
			checked++
		}
		if checked < 10 {
			t.Errorf("%+v: only %d internal links checked", opts, checked)
		}
	}
}

// internalValues returns every string of the register and its assessments
// that must not appear on the public site: all field values except the
// published fields of published accounts and services (name, handle, URL,
// purpose, notice), section and organisation names, and enum-like words.
func internalValues(reg *riskassess.Register, as []riskassess.Assessment, lang riskassess.Lang) map[string]bool {
	allowed := map[string]bool{reg.Org.Name.In(lang): true, reg.Org.Website: true, testAsOf.String(): true}
	for _, e := range []riskassess.Enum{riskassess.Kind(""), riskassess.ApprovalStatus(""), riskassess.Outcome(""), riskassess.RiskLevel(""),
		riskassess.Decision(""), riskassess.Severity(""), riskassess.Segment(""), riskassess.ContractType(""), riskassess.Delivery(""),
		riskassess.ISMAPList(""), riskassess.CertType(""), riskassess.Platform(""), riskassess.AccountStatus(""), riskassess.WorkSiteKind("")} {
		for _, v := range e.Allowed() {
			allowed[v] = true // enum values appear as CSS class names
		}
	}
	for _, s := range reg.Org.Sections {
		allowed[s.Name.In(lang)] = true
	}
	for _, s := range reg.Social {
		if publishedAccount(s, testAsOf) {
			for _, v := range []string{s.Name.Ja, s.Name.En, s.Handle, s.URL, s.Purpose, s.NoticeURL} {
				allowed[v] = true
			}
		}
	}
	for _, s := range reg.Services {
		if s.Approval.Status == riskassess.StatusApproved || s.Approval.Status == riskassess.StatusConditional {
			allowed[s.Name.Ja], allowed[s.Name.En], allowed[s.Purpose] = true, true, true
		}
	}
	out := map[string]bool{}
	enumLike := regexp.MustCompile(`^[a-z]+$|^.{0,3}$`)
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			for _, y := range x {
				walk(y)
			}
		case []any:
			for _, y := range x {
				walk(y)
			}
		case string:
			x = strings.TrimSpace(x)
			if !allowed[x] && !enumLike.MatchString(x) {
				out[x] = true
			}
		}
	}
	walk(toGeneric(reg))
	walk(toGeneric(as))
	// A value that is part of a published text (a permitted use quoted in
	// the published purpose, a section named in it) is not a leak.
	for v := range out {
		for a := range allowed {
			if strings.Contains(a, v) {
				delete(out, v)
				break
			}
		}
	}
	return out
}

// TestPublicLeaksNothing builds the public site and scans every file for
// every internal value of the register (notes, contract scopes,
// certificate numbers, people names, findings' messages, answers, …).
func TestPublicLeaksNothing(t *testing.T) {
	for _, lang := range []riskassess.Lang{"ja", "en"} {
		dir, reg, as := testSite(t, testRegister, Options{Public: true, Lang: lang})
		secrets := internalValues(reg, as, lang)
		for _, must := range []string{"山田 太郎", "IS-INTERNAL-999", "会議録作成システムの保守 INTERNAL-SCOPE", "test-line INTERNAL-DRAFTHANDLE", "廃止済みの共有 INTERNAL-RETIRED", "緊急時手順 INTERNAL-TAKEOVER"} {
			if !secrets[must] {
				t.Fatalf("internalValues misses %q", must)
			}
		}
		tree := readTree(t, dir)
		for name, b := range tree {
			s := string(b)
			for v := range secrets {
				if strings.Contains(s, v) {
					t.Errorf("%s (%s) contains internal value %q", name, lang, v)
				}
			}
			if strings.Contains(s, "INTERNAL") {
				t.Errorf("%s (%s) contains an INTERNAL marker", name, lang)
			}
		}
		acc := string(tree["accounts.html"])
		for _, want := range []string{"@test_gikai", "https://x.example/test_gikai", "test.gikai", "https://www.city.test.example/gikai/fb-kyushi.html", "広報係"} {
			if lang == "ja" && !strings.Contains(acc, want) {
				t.Errorf("public accounts.html lacks %q", want)
			}
		}
		if !strings.Contains(string(tree["services.html"]), "議員と事務局の連絡") && lang == "ja" {
			t.Errorf("public services.html lacks the approved service's purpose")
		}
	}
}

// unsafeExt is an extension that asks goldmark to pass raw HTML through.
type unsafeExt struct{}

func (unsafeExt) Extend(m goldmark.Markdown) { m.Renderer().AddOptions(html.WithUnsafe()) }

// TestMessagesUsed: every tr(lang, "key"), trs(lang, "key", …),
// colHeads(w, lang, "key", …) and w.factOf(lang, "key", …) of the code
// has a message, so no key leaks onto a page.
func TestMessagesUsed(t *testing.T) {
	re := regexp.MustCompile(`(?:tr\((?:lang|b\.lang)|factOf\(lang), "([a-z]+(?:\.[a-z]+)*)"`)
	// trs(lang, "k1", "k2", …), colHeads(w, lang, "k1", …): every key of the list.
	reTrs := regexp.MustCompile(`(?:trs\(|colHeads\(w, )(?:lang|b\.lang)((?:, "[a-z]+(?:\.[a-z]+)*")+)\)`)
	reKey := regexp.MustCompile(`"([a-z]+(?:\.[a-z]+)*)"`)
	var srcs []string
	for _, g := range []string{"*.go"} {
		m, _ := filepath.Glob(g)
		for _, f := range m {
			if !strings.HasSuffix(f, "_test.go") {
				srcs = append(srcs, f)
			}
		}
	}
	n := 0
	for _, f := range srcs {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		keys := re.FindAllStringSubmatch(string(b), -1)
		for _, m := range reTrs.FindAllStringSubmatch(string(b), -1) {
			keys = append(keys, reKey.FindAllStringSubmatch(m[1], -1)...)
		}
		for _, m := range keys {
			n++
			if _, ok := msgs[m[1]]; !ok && m[1] != "key" {
				t.Errorf("%s: no message for key %q", f, m[1])
			}
		}
	}
	if n < 50 {
		t.Errorf("only %d message uses found; is the pattern still right?", n)
	}
}

// TestRegisterJSONAsEncoder: the downloads/register.json a build writes
// (streamed, report.WriteJSON) has the bytes json.Encoder gives for the
// whole document (findings left out; HTML-escaped, compact, a final
// newline), whatever the entries' text.
func TestRegisterJSONAsEncoder(t *testing.T) {
	reg := loadTxtar(t, testRegister)
	reg.Social[0].Notes = "<b>A & B</b>" // escaped as Encode escapes
	reqs := testRequirements()
	as := mustAssess(riskassess.Scorer{Blockers: catalog.Blockers()}.AssessAll(reg, reqs, testAsOf))
	doc := report.NewExportDocument(reg, as, testAsOf, "v-test")
	out := t.TempDir()
	if _, err := Build(context.Background(), reg, as, Options{OutDir: out, AsOf: testAsOf, Requirements: reqs, CatalogueVersion: "v-test"}); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(out, "downloads", "register.json"))
	if err != nil {
		t.Fatal(err)
	}
	got := bytes.NewBuffer(b)
	for i := range doc.Entries {
		if len(doc.Entries[i].Assessment.Findings) == 0 {
			t.Fatalf("entry %s has no findings: the test would not see them left out", doc.Entries[i].ID)
		}
		doc.Entries[i].Assessment.Findings = []riskassess.Finding{}
	}
	var want bytes.Buffer
	if err := json.NewEncoder(&want).Encode(doc); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want.String(), got.String()); diff != "" {
		t.Errorf("register.json (-want +got):\n%s", diff)
	}
	if !strings.Contains(got.String(), `\u003cb\u003eA \u0026 B`) {
		t.Error("register.json does not escape HTML as json.Marshal does")
	}
}
