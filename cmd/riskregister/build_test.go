package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/gikai-sec/riskregister/riskassess/store"
	"github.com/gikai-sec/riskregister/sitegen"
)

func TestBuildExample(t *testing.T) {
	needExample(t)
	out := filepath.Join(t.TempDir(), "site")
	code, stdout, stderr := execCLI(t, "build", "--register", exampleRegister, "-o", out, "--as-of", "2026-11-27", "--workers", "2")
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	if stdout != "" {
		t.Errorf("stdout not empty: %q", stdout)
	}
	if lines := strings.Split(strings.TrimSpace(stderr), "\n"); len(lines) != 1 || !strings.Contains(lines[0], "ページ") {
		t.Errorf("want a one-line summary on stderr, got:\n%s", stderr)
	}
	for _, f := range []string{"index.html", "register.html", "owners.html", "approvals.html", "requirements.html", "accounts.html",
		"downloads.html", "due.html", "downloads/register.json", "downloads/contractors.csv", "assets/site.css", "assets/app.js"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Error(err)
		}
	}
	reg, err := store.Load(exampleRegister)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range reg.Entries() {
		p := filepath.Join(out, "entries", string(e.Kind()), e.Base().ID+".html")
		if _, err := os.Stat(p); err != nil {
			t.Errorf("no page for %s/%s: %v", e.Kind(), e.Base().ID, err)
		}
	}
	// A second build changes nothing.
	code, _, stderr = execCLI(t, "build", "--register", exampleRegister, "-o", out, "--as-of", "2026-11-27", "--lang", "en")
	if code != 0 || !strings.Contains(stderr, "built ") {
		t.Fatalf("en build: exit %d, stderr:\n%s", code, stderr)
	}
	b, _ := os.ReadFile(filepath.Join(out, "index.html"))
	if !strings.Contains(string(b), `<html lang="en">`) {
		t.Errorf("--lang en: index.html is not English")
	}
}

func TestBuildErrors(t *testing.T) {
	needExample(t)
	foreign := t.TempDir()
	os.WriteFile(filepath.Join(foreign, "keep.txt"), []byte("x"), 0o644)
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"build", "--register", exampleRegister, "-o", t.TempDir() + "/s", "--lang", "fr"}, 2, `--lang "fr"`},
		{[]string{"build", "--register", exampleRegister, "-o", t.TempDir() + "/s", "--as-of", "2026-13-01"}, 2, "--as-of"},
		{[]string{"build", "--register", exampleRegister, "-o", t.TempDir() + "/s", "--workers", "-1"}, 2, "--workers"},
		{[]string{"build", "--register", filepath.Join(t.TempDir(), "none"), "-o", t.TempDir() + "/s"}, 1, ""},
		{[]string{"build", "--register", exampleRegister, "-o", foreign}, 1, "riskregister が書いたサイトでもありません"},
		{[]string{"build", "--register", exampleRegister, "-o", foreign, "--lang", "en"}, 1, "not a site written by riskregister"},
		{[]string{"build", "extra-arg"}, 2, ""},
	} {
		code, _, stderr := execCLI(t, c.args...)
		if code != c.code || !strings.Contains(stderr, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit %d mentioning %q", c.args, code, stderr, c.code, c.want)
		}
	}
	if b, _ := os.ReadFile(filepath.Join(foreign, "keep.txt")); string(b) != "x" {
		t.Errorf("a foreign output folder was touched")
	}
}

// TestBuildPublicLeaksNothing builds the example register with --public and
// scans every output file for every internal value of the register and its
// assessments (notes, contract scopes, certificate numbers, people names,
// findings' messages, answers, …): only the published fields of published
// accounts and approved services, section names and the organisation may
// appear.
func TestBuildPublicLeaksNothing(t *testing.T) {
	needExample(t)
	asOf := riskassess.NewDate(2026, 11, 27)
	reg, reqs := loadCatalogued(t, exampleRegister)
	as := mustAssess(riskassess.Scorer{Blockers: catalog.Blockers()}.AssessAll(reg, reqs, asOf))
	for _, lang := range []riskassess.Lang{"ja", "en"} {
		out := filepath.Join(t.TempDir(), "public")
		code, _, stderr := execCLI(t, "build", "--register", exampleRegister, "-o", out, "--public", "--as-of", asOf.String(), "--lang", string(lang))
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		var files []string
		filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				rel, _ := filepath.Rel(out, p)
				files = append(files, filepath.ToSlash(rel))
			}
			return nil
		})
		slices.Sort(files)
		if want := []string{".riskregister-site", "accounts.html", "assets/site.css", "index.html", "services.html"}; !slices.Equal(files, want) {
			t.Errorf("public files %v, want %v", files, want)
		}
		secrets := publicForbidden(reg, as, lang, asOf)
		if len(secrets) < 200 {
			t.Fatalf("only %d internal values collected; is the example register loaded?", len(secrets))
		}
		for _, f := range files {
			b, _ := os.ReadFile(filepath.Join(out, f))
			for v := range secrets {
				if strings.Contains(string(b), v) {
					t.Errorf("%s (%s) contains internal value %q", f, lang, v)
				}
			}
		}
		acc, _ := os.ReadFile(filepath.Join(out, "accounts.html"))
		n := 0
		for _, s := range reg.Social {
			if s.Status == riskassess.AccountActive && s.Approval.Status == riskassess.StatusApproved {
				n++
				if !strings.Contains(string(acc), s.URL) {
					t.Errorf("public accounts.html lacks the official account %s", s.URL)
				}
			}
		}
		if n == 0 {
			t.Errorf("the example has no approved active account to check")
		}
	}
}

// publicForbidden collects every string of reg and as that must not be
// published: everything except the published fields of published accounts
// (name, handle, URL, purpose, notice) and approved services (name,
// purpose), section and organisation names, the as-of date and enum values.
func publicForbidden(reg *riskassess.Register, as []riskassess.Assessment, lang riskassess.Lang, asOf riskassess.Date) map[string]bool {
	allowed := map[string]bool{reg.Org.Name.In(lang): true, reg.Org.Website: true, asOf.String(): true}
	// public_contact is written to be published (the account list tells
	// citizens where to report a fake account).
	if pc := reg.Org.PublicContact; pc != nil {
		allowed[pc.Name.In(lang)], allowed[pc.Phone], allowed[pc.Email], allowed[pc.URL] = true, true, true, true
	}
	for _, s := range reg.Org.Sections {
		allowed[s.Name.In(lang)] = true
	}
	for _, e := range []riskassess.Enum{riskassess.Kind(""), riskassess.ApprovalStatus(""), riskassess.Outcome(""), riskassess.RiskLevel(""),
		riskassess.Decision(""), riskassess.Severity(""), riskassess.Segment(""), riskassess.ContractType(""), riskassess.Delivery(""),
		riskassess.ISMAPList(""), riskassess.CertType(""), riskassess.Platform(""), riskassess.AccountStatus(""), riskassess.WorkSiteKind("")} {
		for _, v := range e.Allowed() {
			allowed[v] = true
		}
	}
	for _, s := range reg.Social {
		if (s.Status == riskassess.AccountActive || s.Status == riskassess.AccountSuspended) &&
			(s.Approval.Status == riskassess.StatusApproved || s.Approval.Status == riskassess.StatusConditional || s.Approval.Status == riskassess.StatusSuspended) {
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
	short := regexp.MustCompile(`^[a-z]+$|^.{0,3}$|^[0-9.]+$`)
	out := map[string]bool{}
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
			if !allowed[x] && !short.MatchString(x) {
				out[x] = true
			}
		}
	}
	for _, v := range []any{reg, as} {
		b, _ := json.Marshal(v)
		var g any
		json.Unmarshal(b, &g)
		walk(g)
	}
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

// TestBuildWarnsLinkNotInSite: a relative evidence link to a file put into
// the output folder by hand breaks at the next build, which replaces the
// folder: build warns of it at the field, and of no link the site writes.
func TestBuildWarnsLinkNotInSite(t *testing.T) {
	needExample(t)
	dir := copyExample(t)
	name := filepath.Join(dir, "contractors", "musashino-network.yaml")
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	b = append(b, "evidence:\n  - title: 契約書\n    url: docs/keiyaku.pdf\n  - title: 一覧\n    url: downloads/contractors.csv\n"...)
	if err := os.WriteFile(name, b, 0o644); err != nil {
		t.Fatal(err)
	}
	line := strings.Count(string(b), "\n") - 2 // the line of docs/keiyaku.pdf
	out := filepath.Join(t.TempDir(), "site")
	build := func() string {
		t.Helper()
		code, _, stderr := execCLI(t, "build", "--register", dir, "-o", out, "--as-of", "2026-11-27", "--lang", "en")
		if code != 0 {
			t.Fatalf("exit %d, stderr:\n%s", code, stderr)
		}
		return stderr
	}
	build()
	if err := os.MkdirAll(filepath.Join(out, "docs"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(out, "docs", "keiyaku.pdf"), []byte("%PDF-1.4"), 0o644); err != nil {
		t.Fatal(err)
	}
	stderr := build()
	if _, err := os.Stat(filepath.Join(out, "docs", "keiyaku.pdf")); err == nil {
		t.Error("the file put into the site survived the build: the warning is wrong")
	}
	var warnings []string
	for _, l := range strings.Split(strings.TrimSpace(stderr), "\n") {
		if strings.Contains(l, "warning:") {
			warnings = append(warnings, l)
		}
	}
	want := fmt.Sprintf("%s:%d:10: warning: evidence[0].url links to \"docs/keiyaku.pdf\", which is not a file of the site written (%s)",
		filepath.ToSlash(filepath.Join(dir, "contractors", "musashino-network.yaml")), line, out)
	if len(warnings) != 1 || !strings.HasPrefix(warnings[0], want) {
		t.Errorf("warnings:\n%s\nwant one starting %q", strings.Join(warnings, "\n"), want)
	}
}

// TestLinkWarningsAdvice: the advice of link-not-in-site fits the field:
// posting_rules and sla.url have no title (the document's name goes in
// the field itself), the account's url, listed_on and notice_url are web
// pages; only evidence has a title to write the name in.
func TestLinkWarningsAdvice(t *testing.T) {
	for _, c := range []struct{ path, want string }{
		{"evidence[0].url", "leave url out and write its name and place in title"},
		{"notes", "write its name and place without a link"},
		{"posting_rules", "write its name and place instead of the path"},
		{"sla.url", "write its name and place instead of the path"},
		{"notice_url", "write the https:// URL of the page published on the website"},
		{"listed_on", "write the https:// URL of the page published on the website"},
	} {
		ps := linkWarnings(t.TempDir(), "site", []sitegen.MissingLink{{Kind: riskassess.KindSocial, ID: "x", File: "social/x.yaml", Path: c.path, URL: "docs/sns.pdf"}})
		if len(ps) != 1 {
			t.Fatalf("%s: %d warnings, want 1", c.path, len(ps))
		}
		if msg := ps[0].Message("en"); !strings.Contains(msg, c.want) {
			t.Errorf("%s: %s\nwant it to contain %q", c.path, msg, c.want)
		}
		if msg := ps[0].Message("ja"); c.path != "evidence[0].url" && strings.Contains(msg, "title") {
			t.Errorf("%s: %s\nadvises title, which the field has not", c.path, msg)
		}
	}
}
