package e2e

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/gikai-sec/riskregister/riskassess/store"
	"github.com/gikai-sec/riskregister/sitegen"
)

var asOf = riskassess.NewDate(2026, 11, 27)

// repoRoot returns the repository root (two levels above this package).
func repoRoot(t testing.TB) string {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	return filepath.Clean(filepath.Join(filepath.Dir(file), "..", ".."))
}

// loadExample loads examples/chofu-gikai.
func loadExample(t testing.TB) *riskassess.Register {
	t.Helper()
	reg, err := store.Load(filepath.Join(repoRoot(t), "examples", "chofu-gikai"))
	if err != nil {
		t.Fatalf("load example register: %v", err)
	}
	return reg
}

// buildSite builds reg into a new temporary folder and returns its path.
func buildSite(t testing.TB, reg *riskassess.Register, lang riskassess.Lang) string {
	t.Helper()
	reqs, err := catalog.ForOrg(&reg.Org)
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "site")
	_, err = sitegen.Build(context.Background(), reg, mustAssess(riskassess.Scorer{Blockers: catalog.Blockers()}.AssessAll(reg, reqs, asOf)), sitegen.Options{
		OutDir: out, Lang: lang, AsOf: asOf, Requirements: reqs, CatalogueVersion: catalog.Version,
	})
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	return out
}

// buildPublicSite builds the public site of reg into a new temporary folder.
func buildPublicSite(t testing.TB, reg *riskassess.Register, lang riskassess.Lang) string {
	t.Helper()
	reqs, err := catalog.ForOrg(&reg.Org)
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "public")
	_, err = sitegen.Build(context.Background(), reg, mustAssess(riskassess.Scorer{Blockers: catalog.Blockers()}.AssessAll(reg, reqs, asOf)), sitegen.Options{
		OutDir: out, Lang: lang, AsOf: asOf, Requirements: reqs, CatalogueVersion: catalog.Version, Public: true,
	})
	if err != nil {
		t.Fatalf("build public site: %v", err)
	}
	return out
}

// htmlPages lists the .html files under dir, sorted.
func htmlPages(t testing.TB, dir string) []string {
	t.Helper()
	var pages []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".html") {
			pages = append(pages, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(pages)
	return pages
}

// open navigates to a page of the site and waits until its body is ready.
func (b *Browser) open(t testing.TB, path string) {
	t.Helper()
	if err := b.Do(chromedp.Navigate(fileURL(path)), chromedp.WaitReady(chromedp.CSS("body"))); err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
}

// TestSiteLoadsFromFileCleanly opens every page of the example site (Japanese
// and English) from file:// and requires no console error, no uncaught
// exception and no request outside the site's folder.
func TestSiteLoadsFromFileCleanly(t *testing.T) {
	reg := loadExample(t)
	b := newBrowser(t)
	for _, lang := range []riskassess.Lang{"ja", "en"} {
		site := buildSite(t, reg, lang)
		pages := htmlPages(t, site)
		if len(pages) < 40 {
			t.Fatalf("%s: only %d pages built", lang, len(pages))
		}
		for _, p := range pages {
			b.Reset()
			b.open(t, p)
			console, requests, dialogs := b.Record()
			rel, _ := filepath.Rel(site, p)
			if len(console) > 0 {
				t.Errorf("%s %s: %s", lang, rel, errorf("console errors", console))
			}
			if out := outsideRequests(requests, site); len(out) > 0 {
				t.Errorf("%s %s: %s", lang, rel, errorf("requests outside the site folder", out))
			}
			if len(dialogs) > 0 {
				t.Errorf("%s %s: dialogs opened: %q", lang, rel, dialogs)
			}
		}
	}
}

// rowIDs returns the ID column (second cell) of the visible register rows.
const rowIDs = `Array.from(document.querySelectorAll('#register tbody tr')).filter(r => !r.hidden).map(r => r.querySelector('th,td:nth-child(2)').textContent.trim())`

// TestRegisterSortAndFilter clicks the column headers of the register table
// and types into its filter, as a member of staff would.
func TestRegisterSortAndFilter(t *testing.T) {
	reg := loadExample(t)
	site := buildSite(t, reg, "ja")
	b := newBrowser(t)
	b.open(t, filepath.Join(site, "register.html"))

	all, err := Eval[[]string](b, rowIDs)
	if err != nil {
		t.Fatal(err)
	}
	if want := len(reg.Entries()); len(all) != want {
		t.Fatalf("register shows %d rows, want %d", len(all), want)
	}
	// The ID header: which column holds the row header?
	col, err := Eval[int](b, `Array.from(document.querySelectorAll('#register thead th')).findIndex(th => th.getAttribute('scope') === 'col' && th.textContent.trim() === 'ID')`)
	if err != nil || col < 0 {
		t.Fatalf("no ID column header (%v)", err)
	}
	ids := func() []string {
		t.Helper()
		v, err := Eval[[]string](b, `Array.from(document.querySelectorAll('#register tbody tr')).filter(r => !r.hidden).map(r => r.cells[`+strconv.Itoa(col)+`].textContent.trim())`)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	click := func() {
		t.Helper()
		sel := `#register thead th:nth-child(` + strconv.Itoa(col+1) + `) button`
		if err := b.Do(chromedp.Click(chromedp.CSS(sel))); err != nil {
			t.Fatalf("click %s: %v", sel, err)
		}
	}
	click()
	asc := ids()
	if !sort.SliceIsSorted(asc, func(i, j int) bool { return asc[i] < asc[j] }) {
		t.Errorf("after one click the IDs are not ascending: %q", asc)
	}
	click()
	desc := ids()
	if !sort.SliceIsSorted(desc, func(i, j int) bool { return desc[i] > desc[j] }) {
		t.Errorf("after two clicks the IDs are not descending: %q", desc)
	}
	sortState, _ := Eval[string](b, `document.querySelector('#register thead th:nth-child(`+strconv.Itoa(col+1)+`)').getAttribute('aria-sort')`)
	if sortState != "descending" {
		t.Errorf("aria-sort = %q, want descending", sortState)
	}

	// Filter by text: a service id present in the example.
	target := reg.Services[0].ID
	if err := b.Do(chromedp.SendKeys(chromedp.CSS("#register-filter"), target)); err != nil {
		t.Fatal(err)
	}
	got := ids()
	if len(got) == 0 || len(got) == len(all) {
		t.Fatalf("filter %q shows %d of %d rows", target, len(got), len(all))
	}
	found := false
	for _, id := range got {
		found = found || id == target
	}
	if !found {
		t.Errorf("filter %q hides the matching row; shown %q", target, got)
	}

	// Clear the text and filter by kind.
	if _, err := Eval[bool](b, `(() => { document.getElementById('register-filter').value = ''; const s = document.getElementById('register-kind'); s.value = '`+riskassess.KindSocial.Label("ja")+`'; s.dispatchEvent(new Event('change')); document.getElementById('register-filter').dispatchEvent(new Event('input')); return true })()`); err != nil {
		t.Fatal(err)
	}
	kinds, err := Eval[[]string](b, `Array.from(document.querySelectorAll('#register tbody tr')).filter(r => !r.hidden).map(r => r.getAttribute('data-kind'))`)
	if err != nil {
		t.Fatal(err)
	}
	if len(kinds) != len(reg.Social) {
		t.Errorf("kind filter social shows %d rows, want %d", len(kinds), len(reg.Social))
	}
	for _, k := range kinds {
		if k != riskassess.KindSocial.Label("ja") {
			t.Errorf("kind filter social shows a %q row", k)
		}
	}
}

// axeResult is the part of axe.run's result the test reads.
type axeResult struct {
	Violations []struct {
		ID     string `json:"id"`
		Impact string `json:"impact"`
		Help   string `json:"help"`
		Nodes  []struct {
			Target []any `json:"target"`
		} `json:"nodes"`
	} `json:"violations"`
}

// loadAxe returns axe-core's script from node_modules. Without it the test
// is skipped, except under CI=true, where .ci/run has installed it.
func loadAxe(t *testing.T) string {
	t.Helper()
	axeJS, err := os.ReadFile(filepath.Join(repoRoot(t), "internal", "e2e", "node_modules", "axe-core", "axe.min.js"))
	if err != nil {
		requireChromium(t)
		if os.Getenv("CI") == "true" {
			t.Fatalf("axe-core missing (%v): .ci/run must run npm ci --prefix internal/e2e", err)
		}
		t.Skipf("axe-core not installed (%v): run npm ci --prefix internal/e2e", err)
	}
	return string(axeJS)
}

// axeRun injects axeJS into the open page and runs the WCAG 2.1 A and AA
// rules on it.
func axeRun(t *testing.T, b *Browser, axeJS string) axeResult {
	t.Helper()
	// DevTools evaluation is not subject to the page's CSP.
	if _, err := Eval[bool](b, axeJS+";true"); err != nil {
		t.Fatalf("inject axe: %v", err)
	}
	res, err := chromedp.Run(b.ctx, chromedp.Evaluate[axeResult](
		`axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']})`,
		chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("axe.run: %v", err)
	}
	return res
}

// TestAccessibilityAxe runs axe-core (WCAG 2.1 A and AA rules) on the
// dashboard, the register table and an entry page, in both languages.
func TestAccessibilityAxe(t *testing.T) {
	axeJS := loadAxe(t)
	reg := loadExample(t)
	b := newBrowser(t)
	entry := reg.Contractors[0]
	for _, lang := range []riskassess.Lang{"ja", "en"} {
		site := buildSite(t, reg, lang)
		for _, page := range []string{"index.html", "register.html", filepath.Join("entries", "contractor", entry.ID+".html"), "accounts.html", "plan.html"} {
			b.open(t, filepath.Join(site, page))
			for _, v := range axeRun(t, b, axeJS).Violations {
				var targets []string
				for _, n := range v.Nodes {
					targets = append(targets, strings.Trim(strings.Join(strings.Fields(toString(n.Target)), " "), "[]"))
				}
				t.Errorf("%s %s: axe %s (%s): %s — %d nodes: %s", lang, page, v.ID, v.Impact, v.Help, len(v.Nodes), strings.Join(targets[:min(len(targets), 5)], "; "))
			}
		}
	}
}

func toString(v any) string { b, _ := json.Marshal(v); return string(b) }

// hostile strings placed in every free-text field of an entry.
const (
	xssScript = `<script>alert("script")</script>`
	xssImg    = `"><img src=x onerror=alert("img")>`
	xssJS     = `javascript:alert("link")`
)

// TestHostileEntryRunsNoScript fills an entry's names, notes, evidence and
// purpose with script, event-handler and javascript: payloads, builds the
// site and opens every page that shows the entry: no dialog may open, no
// element may carry an event handler and no link may use javascript:.
func TestHostileEntryRunsNoScript(t *testing.T) {
	reg := loadExample(t)
	s := reg.Services[0]
	s.Name = riskassess.T(xssScript+xssImg, xssImg+xssScript)
	s.Purpose = xssImg + " " + xssJS
	s.Notes = "# " + xssScript + "\n\n[click](" + xssJS + ") " + xssImg + "\n\n<img src=x onerror=alert(\"raw\")>\n\n[ref]: javascript:alert(\"ref\")\n\n[x][ref] <" + xssJS + ">\n"
	s.Evidence = []riskassess.Link{{Title: xssImg, URL: xssJS}, {Title: xssScript, URL: "JaVaScRiPt:alert(\"case\")"}}
	s.PermittedUses = []string{xssScript}
	s.Approval.Conditions = []string{xssImg}
	a := reg.Social[0]
	a.Handle = xssImg
	a.URL = xssJS
	a.Purpose = xssScript
	site := buildSite(t, reg, "ja")
	b := newBrowser(t)
	pages := []string{
		filepath.Join("entries", "service", s.ID+".html"),
		filepath.Join("entries", "social", a.ID+".html"),
		"index.html", "register.html", "accounts.html", "owners.html", "approvals.html", "requirements.html", "plan.html",
	}
	for _, p := range pages {
		b.Reset()
		b.open(t, filepath.Join(site, p))
		// Give any injected handler (img onerror) the chance to fire.
		if err := b.Do(chromedp.Sleep(200e6)); err != nil {
			t.Fatal(err)
		}
		_, _, dialogs := b.Record()
		if len(dialogs) > 0 {
			t.Errorf("%s: script ran, dialogs %q", p, dialogs)
		}
		bad, err := Eval[[]string](b, `(() => {
			const out = [];
			for (const el of document.querySelectorAll('*')) {
				for (const at of el.attributes) {
					if (/^on/i.test(at.name)) out.push(el.tagName + ' ' + at.name);
					if (/^(href|src|action|formaction|xlink:href)$/i.test(at.name) && /^\s*javascript:/i.test(at.value)) out.push(el.tagName + ' ' + at.name + '=' + at.value);
				}
			}
			for (const sc of document.scripts) {
				if (!sc.src || !sc.getAttribute('src').endsWith('.js') || /^[a-z]+:\/\//i.test(sc.getAttribute('src'))) out.push('script ' + (sc.getAttribute('src') || sc.textContent.slice(0, 40)));
			}
			return out;
		})()`)
		if err != nil {
			t.Fatal(err)
		}
		if len(bad) > 0 {
			t.Errorf("%s: %s", p, errorf("dangerous markup", bad))
		}
	}
	// The hostile text must still be shown, as text, on the entry page.
	b.open(t, filepath.Join(site, "entries", "service", s.ID+".html"))
	text, err := Eval[string](b, `document.body.textContent`)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text, `<script>alert("script")</script>`) {
		t.Errorf("the entry page does not show the hostile name as text")
	}
}

// TestLayoutAt390 checks the dashboard, an entry page, the register, the
// owners, approvals and official-account lists (internal and public) at
// phone width (390 px) and desktop width (1280 px): the page itself must
// not scroll sideways (document.documentElement.scrollWidth <= the width;
// other wide tables scroll inside their own container). On the lists at
// 390 px the first row's name, residual risk and status must be on screen
// without any scrolling: inside the viewport's width and in a container
// that does not scroll sideways. With RISKREGISTER_SCREENSHOTS=DIR it also
// saves full-page screenshots there.
func TestLayoutAt390(t *testing.T) {
	reg := loadExample(t)
	site := buildSite(t, reg, "ja")
	public := buildPublicSite(t, reg, "ja")
	b := newBrowser(t)
	shots := os.Getenv("RISKREGISTER_SCREENSHOTS")
	pages := map[string]string{
		"dashboard":       filepath.Join(site, "index.html"),
		"register":        filepath.Join(site, "register.html"),
		"owners":          filepath.Join(site, "owners.html"),
		"approvals":       filepath.Join(site, "approvals.html"),
		"accounts":        filepath.Join(site, "accounts.html"),
		"public-accounts": filepath.Join(public, "accounts.html"),
		"entry":           filepath.Join(site, "entries", "contractor", reg.Contractors[0].ID+".html"),
		"plan":            filepath.Join(site, "plan.html"),
	}
	// What must show in the first row of each list: the name (row header)
	// and the badges of the residual risk and the approval or account
	// status.
	musts := map[string][]string{
		"register":        {"tbody th", "tbody td .risk-low, tbody td .risk-medium, tbody td .risk-high, tbody td .risk-critical", "tbody td [class*=status-]"},
		"owners":          {"tbody th", "tbody td [class*=risk-]", "tbody td [class*=status-]"},
		"approvals":       {"tbody th", "tbody td [class*=risk-]", "tbody td [class*=status-]"},
		"accounts":        {"tbody th", "tbody td [class*=account-]"},
		"public-accounts": {"tbody th", "tbody td [class*=account-]"},
	}
	names := []string{"dashboard", "entry", "register", "owners", "approvals", "accounts", "public-accounts", "plan"}
	for _, width := range []int64{1280, 390} {
		if err := b.Do(chromedp.EmulateViewport(width, 900)); err != nil {
			t.Fatal(err)
		}
		for _, name := range names {
			b.open(t, pages[name])
			sw, err := Eval[int](b, `document.documentElement.scrollWidth`)
			if err != nil {
				t.Fatal(err)
			}
			if sw > int(width) {
				t.Errorf("%s at %dpx: page is %dpx wide and scrolls sideways", name, width, sw)
			}
			if width == 390 {
				for _, sel := range musts[name] {
					res, err := Eval[string](b, `(() => {
						const el = document.querySelector('table.data tbody tr') && document.querySelector('table.data tbody tr').parentElement.parentElement.querySelector(`+toString(strings.Replace(sel, "tbody", "tbody tr:first-child", -1))+`);
						if (!el) return 'missing';
						const r = el.getBoundingClientRect();
						if (r.width === 0 || r.height === 0) return 'hidden';
						if (r.left < 0 || r.right > window.innerWidth + 0.5) return 'off screen (' + Math.round(r.left) + '..' + Math.round(r.right) + ')';
						for (let p = el.parentElement; p; p = p.parentElement) {
							if (p.scrollWidth > p.clientWidth + 1 && getComputedStyle(p).overflowX !== 'visible') return 'in a sideways-scrolling ' + p.tagName + '.' + p.className;
						}
						return 'ok';
					})()`)
					if err != nil {
						t.Fatal(err)
					}
					if res != "ok" {
						t.Errorf("%s at 390px: %q of the first row: %s", name, sel, res)
					}
				}
			}
			if shots != "" {
				if err := os.MkdirAll(shots, 0o755); err != nil {
					t.Fatal(err)
				}
				png, err := chromedp.Run(b.ctx, chromedp.FullScreenshot(100))
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(shots, name+"-"+strconv.Itoa(int(width))+".png"), png, 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
}

// TestBidiTextIsolated gives an entry a name with a paired right-to-left
// override and an Arabic name in English (both legitimate: validate refuses
// only unpaired controls) and checks on every page that shows them that
// the element holding the text is a bidirectional isolate, so that the
// text cannot reorder what stands around it.
func TestBidiTextIsolated(t *testing.T) {
	reg := loadExample(t)
	s := reg.Services[0]
	const rtlJa, rtlEn = "\u202Efdp\u202C請求システム", "\u2067نظام الفواتير\u2069"
	s.Name = riskassess.T(rtlJa, rtlEn)
	s.Purpose = rtlJa
	b := newBrowser(t)
	for _, lang := range []riskassess.Lang{"ja", "en"} {
		name := rtlJa
		if lang == "en" {
			name = rtlEn
		}
		site := buildSite(t, reg, lang)
		seen := 0
		for _, p := range []string{filepath.Join("entries", "service", s.ID+".html"), "index.html", "register.html", "owners.html", "approvals.html"} {
			b.open(t, filepath.Join(site, p))
			res, err := Eval[[]string](b, `(() => {
				const out = [];
				const walk = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
				for (let n = walk.nextNode(); n; n = walk.nextNode()) {
					if (!n.nodeValue.includes(`+toString(name)+`)) continue;
					const el = n.parentElement;
					const bidi = getComputedStyle(el).unicodeBidi;
					out.push((bidi === 'isolate' || bidi === 'plaintext' || el.tagName === 'BDI' ? 'ok ' : 'NOT ISOLATED ') + el.tagName + ' ' + bidi);
				}
				return out;
			})()`)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range res {
				seen++
				if !strings.HasPrefix(r, "ok ") {
					t.Errorf("%s %s: the name is in %s", lang, p, r)
				}
			}
		}
		if seen < 3 {
			t.Errorf("%s: the name was found only %d times", lang, seen)
		}
	}
}
