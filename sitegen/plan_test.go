package sitegen

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
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
		`<h2 id="m-2026-04">令和8年4月`, `<h2 id="m-2027-03">令和9年3月`,
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
	// Months in order, April first, twelve of them.
	months := regexp.MustCompile(`<h2 id="m-(\d{4}-\d{2})">`).FindAllStringSubmatch(plan, -1)
	if len(months) != 12 || months[0][1] != "2026-04" || months[11][1] != "2027-03" {
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
	if !strings.Contains(plan, "FY2025 (April 2025 – March 2026)") || !strings.Contains(plan, `<h2 id="m-2025-04">April 2025`) {
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
