package sitegen

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/internal/synth"
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/gikai-sec/riskregister/riskassess/report"
)

// TestPlanPageRows: every table of plan.html (the chase list, the items
// carried over, each month's sections) lists exactly the items of
// report.PlanYear's list it shows, each once, in the plan's order, with
// the item's date, entry and overdue mark. The other plan tests check
// headings and counts (taken from the lists' lengths) and a few strings,
// and the golden page has an empty chase list and nothing carried over:
// rows taken from the wrong list, repeated or out of order within the
// chase and carried tables went unnoticed.
func TestPlanPageRows(t *testing.T) {
	reg := synth.Generate(120, 11)
	// Questionnaire replies overdue on testAsOf, some dated in FY2025:
	// the chase list.
	for i, c := range reg.Contractors[:6] {
		due := riskassess.NewDate(2025+i%2, time.Month(3+i), 10+i)
		c.Rounds = append(c.Rounds, riskassess.RoundRecord{Name: fmt.Sprintf("回%d", i), SentOn: due.AddDays(-30), ReplyDue: due})
	}
	reqs := catalog.Default()
	as := mustAssess(riskassess.Scorer{Blockers: catalog.Blockers()}.AssessAll(reg, reqs, testAsOf))
	for _, fy := range []riskassess.FiscalYear{2026, 2027} {
		t.Run(fmt.Sprint(fy), func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "site")
			if _, err := Build(context.Background(), reg, as, Options{OutDir: dir, AsOf: testAsOf, Requirements: reqs, FiscalYear: fy, Lang: riskassess.LangJa}); err != nil {
				t.Fatal(err)
			}
			b, err := os.ReadFile(filepath.Join(dir, "plan.html"))
			if err != nil {
				t.Fatal(err)
			}
			page := string(b)
			p := report.PlanYear(reg, as, fy, testAsOf)
			if len(p.Chase) < 2 || len(p.Carried) < 2 {
				t.Fatalf("FY%d: %d chase, %d carried: the test does not test the lists", fy, len(p.Chase), len(p.Carried))
			}
			check := func(name, id string, items []report.PlanItem) {
				t.Helper()
				if got, want := planRowsOf(sectionOf(t, page, id)), planRowKeys(items); strings.Join(got, "\n") != strings.Join(want, "\n") {
					t.Errorf("FY%d %s: %d rows\n%s\nwant %d\n%s", fy, name, len(got), strings.Join(got, "\n"), len(want), strings.Join(want, "\n"))
				}
			}
			check("chase", "h-chase", p.Chase)
			check("carried", "h-carried", p.Carried)
			for _, m := range p.Months {
				var items []report.PlanItem
				for _, s := range m.Sections {
					items = append(items, s.Items...)
				}
				if len(items) > 0 {
					check(m.Month.String()[:7], fmt.Sprintf("m-%04d-%02d", m.Month.Year, int(m.Month.Month)), items)
				}
			}
		})
	}
}

// sectionOf returns the <section> of page labelled by id.
func sectionOf(t *testing.T, page, id string) string {
	t.Helper()
	i := strings.Index(page, `<section aria-labelledby="`+id+`">`)
	if i < 0 {
		t.Fatalf("no section %s", id)
	}
	j := strings.Index(page[i:], "</section>")
	return page[i : i+j]
}

var (
	planRowRe  = regexp.MustCompile(`(?s)\n<tr><t[hd][^>]*><time datetime="([^"]+)">.*?</tr>`)
	planHrefRe = regexp.MustCompile(`href="(?:\.\./)*(entries/[^"]+)"`)
)

// planRowsOf returns "date entry overdue" of each row of the tables of s.
func planRowsOf(s string) []string {
	var out []string
	for _, m := range planRowRe.FindAllStringSubmatch(s, -1) {
		href := ""
		if h := planHrefRe.FindStringSubmatch(m[0]); h != nil {
			href = h[1]
		}
		out = append(out, fmt.Sprintf("%s %s %v", m[1], href, strings.Contains(m[0], `class="badge overdue"`)))
	}
	return out
}

func planRowKeys(items []report.PlanItem) []string {
	var out []string
	for _, it := range items {
		out = append(out, fmt.Sprintf("%s entries/%s/%s.html %v", it.Date, it.EntryKind, it.EntryID, it.Overdue))
	}
	return out
}
