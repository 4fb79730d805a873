package sitegen

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
)

// planRegister is the test register with questionnaire rounds: acme's
// reply is overdue on testAsOf (2026-11-27); that of the earlier round was
// imported.
var planRegister = strings.Replace(testRegister, "-- contractors/acme-johou.yaml --\n", `-- contractors/acme-johou.yaml --
rounds:
  - name: 令和7年度春
    sent_on: 2025-05-01
    reply_due: 2025-05-31
    returned_on: 2025-05-20
    imported_on: 2025-05-22
  - name: 令和8年度秋
    sent_on: 2026-10-01
    reply_due: 2026-10-31
`, 1)

// TestPlanPage: plan.html shows the fiscal year of the as-of date by month
// and section, in wareki when asked, and the chase list; the dashboard
// shows the chase list too.
func TestPlanPage(t *testing.T) {
	if !strings.Contains(planRegister, "令和8年度秋") {
		t.Fatal("the test register changed: rounds not inserted")
	}
	dir, _, _ := testSite(t, planRegister, Options{Dates: "wareki"})
	plan := string(mustRead(t, filepath.Join(dir, "plan.html")))
	for _, want := range []string{
		"令和8年度（2026年4月～2027年3月）",
		`<h2 id="h-chase">回答の督促（回答期限を過ぎた確認票） (1)</h2>`,
		`<time datetime="2026-10-31">令和8年10月31日</time>`,
		"回「令和8年度秋」",
		`<th scope="rowgroup" colspan="4">総務課</th>`,
		`基準日: <time datetime="2026-11-27">令和8年11月27日</time>`,
	} {
		if !strings.Contains(plan, want) {
			t.Errorf("plan.html lacks %q", want)
		}
	}
	if strings.Contains(plan, "令和7年度春") {
		t.Error("plan.html lists the imported round")
	}
	// Months in order, April first, twelve of them in the index.
	months := regexp.MustCompile(`<li><a href="#[^"]+">(\S+) <span class="n">`).FindAllStringSubmatch(plan, -1)
	if len(months) != 12 || months[0][1] != "令和8年4月" || months[11][1] != "令和9年3月" {
		t.Errorf("months = %v", months)
	}
	index := string(mustRead(t, filepath.Join(dir, "index.html")))
	if !strings.Contains(index, `<h2 id="h-chase">`) || !strings.Contains(index, "回「令和8年度秋」") || !strings.Contains(index, "令和8年10月31日") {
		t.Errorf("the dashboard does not chase the reply:\n%s", index)
	}

	// ISO by default; English stays ISO whatever the style; another year.
	dir, _, _ = testSite(t, planRegister, Options{})
	if plan := string(mustRead(t, filepath.Join(dir, "plan.html"))); !strings.Contains(plan, `<time datetime="2026-10-31">2026-10-31</time>`) ||
		!strings.Contains(plan, "2026年度（2026年4月～2027年3月）") {
		t.Error("ISO plan page wrong")
	}
	dir, _, _ = testSite(t, planRegister, Options{Lang: "en", Dates: "wareki", FiscalYear: 2025})
	plan = string(mustRead(t, filepath.Join(dir, "plan.html")))
	if !strings.Contains(plan, "FY2025 (April 2025 – March 2026)") || !strings.Contains(plan, `>April 2025 <span class="n">`) {
		t.Error("English FY2025 plan page wrong")
	}
	// The chase list does not depend on the year shown.
	if !strings.Contains(plan, "2026-10-31") {
		t.Error("FY2025 page lacks the overdue reply of FY2026 in the chase list")
	}
}

func mustRead(t *testing.T, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// flatPage returns the file at p with every run of white space made one
// space, so that a test can look for markup across line breaks.
func flatPage(t *testing.T, p string) string {
	t.Helper()
	return spaces.ReplaceAllString(string(mustRead(t, p)), " ")
}

var spaces = regexp.MustCompile(`\s+`)

// TestEntryRounds: the entry page lists its questionnaire rounds newest
// first in the site's date style, the open round past its deadline marked
// overdue and the imported one not.
func TestEntryRounds(t *testing.T) {
	for _, tc := range []struct {
		name         string
		opts         Options
		newer, older string
		heading      string
	}{
		{"wareki", Options{Dates: "wareki"},
			`<tr><th scope="row">令和8年度秋</th><td>令和8年10月1日</td><td><span class="badge overdue">令和8年10月31日（期限超過）</span></td><td><span class="muted">—</span></td><td><span class="muted">—</span></td></tr>`,
			`<tr><th scope="row">令和7年度春</th><td>令和7年5月1日</td><td>令和7年5月31日</td><td>令和7年5月20日</td><td>令和7年5月22日</td></tr>`,
			`<h2 id="h-rounds">確認票の回（送付日・回答期限・返送日・取込日）</h2>`},
		{"iso-en", Options{Lang: "en"},
			`<tr><th scope="row">令和8年度秋</th><td>2026-10-01</td><td><span class="badge overdue">2026-10-31 (overdue)</span></td><td><span class="muted">—</span></td><td><span class="muted">—</span></td></tr>`,
			`<tr><th scope="row">令和7年度春</th><td>2025-05-01</td><td>2025-05-31</td><td>2025-05-20</td><td>2025-05-22</td></tr>`,
			`<h2 id="h-rounds">Questionnaire rounds (sent, reply due, returned, imported)</h2>`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir, _, _ := testSite(t, planRegister, tc.opts)
			page := flatPage(t, filepath.Join(dir, "entries", "contractor", "acme-johou.html"))
			i, j := strings.Index(page, tc.newer), strings.Index(page, tc.older)
			if i < 0 || j < 0 || i > j {
				t.Errorf("rounds not listed newest first (at %d and %d)", i, j)
			}
			if !strings.Contains(page, tc.heading) {
				t.Errorf("no heading %q", tc.heading)
			}
		})
	}
	// Before the deadline the open round is not overdue.
	dir, _, _ := testSite(t, strings.Replace(planRegister, "reply_due: 2026-10-31", "reply_due: 2026-12-31", 1), Options{})
	if page := string(mustRead(t, filepath.Join(dir, "entries", "contractor", "acme-johou.html"))); strings.Contains(page, "期限超過）</span></td><td>") || !strings.Contains(page, "<td>2026-12-31</td>") {
		t.Error("a round not yet due is marked overdue or missing")
	}
}

// TestPlanPageSaysOnce: with nothing overdue the chase list says so once
// (its heading, then one sentence; not the heading again with 該当なし), and
// the months without items are named in one line instead of a section
// each ("この月に期限の来る項目はありません。" nine times is a long scroll on
// a phone). Every month of the index still links to a place on the page.
func TestPlanPageSaysOnce(t *testing.T) {
	for _, lang := range []riskassess.Lang{"ja", "en"} {
		dir, _, _ := testSite(t, testRegister, Options{Lang: lang, OutDir: filepath.Join(t.TempDir(), "site")})
		plan := string(mustRead(t, filepath.Join(dir, "plan.html")))
		texts := map[riskassess.Lang][2]string{
			"ja": {"回答の督促（回答期限を過ぎた確認票）", "回答期限を過ぎた確認票はありません。"},
			"en": {"Chase list: questionnaire replies overdue", "No questionnaire reply is overdue."},
		}[lang]
		chase, none := texts[0], texts[1]
		if n := strings.Count(plan, chase); n != 1 {
			t.Errorf("%s: the chase list is named %d times, want once", lang, n)
		}
		if !strings.Contains(plan, `<h2 id="h-chase">`+chase+" (0)</h2>\n"+`<p class="muted">`+none+"</p>") {
			t.Errorf("%s: no empty-state sentence under the chase heading:\n%s", lang, plan)
		}
		if strings.Contains(plan, "この月に期限の来る項目はありません") || strings.Contains(plan, "Nothing falls due this month") {
			t.Errorf("%s: an empty month has its own section", lang)
		}
		// The index counts each month; the empty ones are named in one line.
		index := regexp.MustCompile(`<li><a href="#([^"]+)">([^<]+) <span class="n">(\d+)</span>`).FindAllStringSubmatch(plan, -1)
		if len(index) != 12 {
			t.Fatalf("%s: %d months in the index, want 12", lang, len(index))
		}
		line := regexp.MustCompile(`<p class="muted" id="plan-empty">([^<]*)</p>`).FindStringSubmatch(plan)
		var empty []string
		for _, m := range index {
			if !strings.Contains(plan, `id="`+m[1]+`"`) {
				t.Errorf("%s: the index links to #%s, which is not on the page", lang, m[1])
			}
			if m[3] == "0" {
				empty = append(empty, strings.TrimSpace(m[2]))
				if m[1] != "plan-empty" {
					t.Errorf("%s: empty month %s links to #%s, want #plan-empty", lang, m[2], m[1])
				}
			} else if !strings.Contains(plan, `<h2 id="`+m[1]+`">`) {
				t.Errorf("%s: month %s with items has no section", lang, m[2])
			}
		}
		if len(empty) == 0 {
			t.Fatalf("%s: the test register has no empty month", lang)
		}
		sep := map[riskassess.Lang]string{"ja": "・", "en": ", "}[lang]
		if line == nil || !strings.HasSuffix(line[1], strings.Join(empty, sep)) {
			t.Errorf("%s: empty-month line %q, want it to end with %q", lang, line, strings.Join(empty, sep))
		}
	}
}

// TestPlanPageCarried: plan.html lists the items dated before its fiscal
// year and overdue on the as-of date under their own heading, not in the
// months. The FY2027 plan as of 2026-11-27 used to leave out the four
// overdue items of FY2026: with them (and the reply on the chase list,
// dated before FY2027) it marks overdue what due.html does. (In FY2026 the
// reply is both in its month and on the chase list.)
func TestPlanPageCarried(t *testing.T) {
	badges := func(s string) int { return strings.Count(s, `<span class="badge overdue">`) }
	for _, fy := range []riskassess.FiscalYear{0, 2027} {
		dir, _, _ := testSite(t, planRegister, Options{FiscalYear: fy})
		plan := string(mustRead(t, filepath.Join(dir, "plan.html")))
		due := string(mustRead(t, filepath.Join(dir, "due.html")))
		if got, want := badges(plan), badges(due); fy == 2027 && (got != want || want == 0) {
			t.Errorf("FY %d: plan.html marks %d items overdue, due.html %d", fy, got, want)
		}
		carried := strings.Contains(plan, `<h2 id="h-carried">前年度以前からの期限超過 (4)</h2>`)
		if carried != (fy == 2027) {
			t.Errorf("FY %d: carried-over section shown = %v", fy, carried)
		}
		if fy == 2027 {
			i := strings.Index(plan, `id="h-carried"`)
			if j := strings.Index(plan, `<time datetime="2026-05-01">`); j < i {
				t.Errorf("FY2027: the item of 2026-05-01 is not in the carried-over section")
			}
		}
	}
}
