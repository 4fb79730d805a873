package sitegen

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// reviewRegister has the review-date inputs that used to go silently
// wrong: an entry never reviewed nor decided (its date floated at as-of +
// interval and never appeared as due), review_due earlier than the last
// review + interval, and review_due later than it.
const reviewRegister = `
-- register.yaml --
name: { ja: テスト市議会, en: Test City Council }
sections:
  - id: somu
    name: { ja: 総務課, en: General Affairs }
-- services/never.yaml --
name: { ja: 未見直しサービス, en: Never reviewed }
contract_type: negotiated
delivery: saas
class: { confidentiality: "1" }
owner: { section: somu }
approval: { status: requested }
review_due: 2027-06-01
-- services/earlier.yaml --
name: { ja: 期限が早いサービス, en: Earlier review_due }
contract_type: negotiated
delivery: saas
class: { confidentiality: "1" }
owner: { section: somu }
approval: { status: approved, decided_on: 2026-01-10 }
last_reviewed: 2026-01-10
review_due: 2026-11-01
-- services/later.yaml --
name: { ja: 期限が遅いサービス, en: Later review_due }
contract_type: negotiated
delivery: saas
class: { confidentiality: "1" }
owner: { section: somu }
approval: { status: approved, decided_on: 2026-06-01 }
last_reviewed: 2026-06-01
review_due: 2029-01-01
`

// TestReviewDateOnePlace builds the site of reviewRegister and checks that
// each entry page shows one review date, with its reason, that equals the
// assessment's, the entry's due table and its EXP-REVIEW finding, and that
// the dashboard lists the overdue ones, the never-reviewed entry included.
func TestReviewDateOnePlace(t *testing.T) {
	dir, _, as := testSite(t, reviewRegister, Options{})
	read := func(p string) string {
		b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(p)))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	want := map[string]struct {
		date    string
		overdue bool
		reason  string
	}{
		"never":   {"2026-11-27", true, "最初の見直しが基準日の時点で必要です。review_due（2027-06-01）は最初の見直しを先送りしません。"},
		"earlier": {"2026-11-01", true, "review_due 2026-11-01（前回見直し 2026-01-10"},
		"later":   {"2027-06-01", false, "review_due（2029-01-01）はこれより遅いため採りません。"},
	}
	dt := regexp.MustCompile(`<dt>([^<]*見直し[^<]*)</dt><dd>(.*?)</dd>`)
	for _, a := range as {
		w, ok := want[a.EntryID]
		if !ok {
			t.Fatalf("unexpected entry %s", a.EntryID)
		}
		if got := a.Review.Date.String(); got != w.date || a.Review.Overdue != w.overdue {
			t.Errorf("%s: review %s overdue %v, want %s %v", a.EntryID, got, a.Review.Overdue, w.date, w.overdue)
		}
		page := read("entries/service/" + a.EntryID + ".html")
		var labels []string
		for _, m := range dt.FindAllStringSubmatch(page, -1) {
			labels = append(labels, m[1])
			if m[1] == "次回見直し" {
				wantDD := w.date
				if w.overdue {
					wantDD = `<span class="badge overdue">` + w.date + "（期限超過）</span>"
				}
				if m[2] != wantDD {
					t.Errorf("%s: 次回見直し = %q, want %q", a.EntryID, m[2], wantDD)
				}
			}
			if m[1] == "見直し日の根拠" && !strings.Contains(m[2], w.reason) {
				t.Errorf("%s: reason %q lacks %q", a.EntryID, m[2], w.reason)
			}
		}
		// One review date and its reason; review_due as written is not a
		// second date on the page.
		if strings.Join(labels, ",") != "前回見直し,次回見直し,見直し日の根拠" {
			t.Errorf("%s: review facts %q, want 前回見直し,次回見直し,見直し日の根拠", a.EntryID, labels)
		}
		// The due table and the EXP-REVIEW finding carry the same date.
		if !strings.Contains(page, `<time datetime="`+w.date+`">`+w.date+`</time>`) {
			t.Errorf("%s: due table lacks %s", a.EntryID, w.date)
		}
		for _, f := range a.Findings {
			if f.Requirement == "EXP-REVIEW" && f.Due.String() != w.date {
				t.Errorf("%s: EXP-REVIEW due %s, want %s", a.EntryID, f.Due, w.date)
			}
		}
	}
	// The dashboard's overdue list names both overdue reviews; the one
	// never done says why.
	index := read("index.html")
	over := index[strings.Index(index, `id="h-overdue"`):strings.Index(index, `id="h-upcoming"`)]
	for _, s := range []string{"entries/service/never.html", "見直し・決定の記録なし（最初の見直し）", "entries/service/earlier.html"} {
		if !strings.Contains(over, s) {
			t.Errorf("dashboard overdue list lacks %q:\n%s", s, over)
		}
	}
	if strings.Contains(over, "entries/service/later.html") {
		t.Errorf("dashboard lists later.html as overdue:\n%s", over)
	}
}
