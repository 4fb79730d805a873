package sitegen

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/google/go-cmp/cmp"
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
		"never":   {"2026-11-27", true, "最初の見直しが基準日の時点で必要です。台帳に書かれた見直し期限（2027-06-01）は最初の見直しを先送りしません。"},
		"earlier": {"2026-11-01", true, "台帳に書かれた見直し期限 2026-11-01（前回の見直し日 2026-01-10"},
		"later":   {"2027-06-01", false, "台帳に書かれた見直し期限（2029-01-01）はこれより遅いため採りません。"},
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
			if f.Requirement == "EXP-REVIEW" && f.Due().String() != w.date {
				t.Errorf("%s: EXP-REVIEW due %s, want %s", a.EntryID, f.Due(), w.date)
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

// TestRequirementsPageCountsNotAnswered: a requirement that entries have
// not answered (which scores as not met) is counted on the requirements
// page beside not met and partial, not shown as "none", and its entries
// are listed on its detail page.
func TestRequirementsPageCountsNotAnswered(t *testing.T) {
	// A contractor that has answered nothing: T-01 is not answered.
	src := testRegister + `-- contractors/silent.yaml --
name: { ja: 無回答の事業者, en: Silent contractor }
owner: { section: somu }
approval: { status: requested }
`
	dir, _, as := testSite(t, src, Options{})
	count := map[string]map[string]int{} // requirement → outcome → entries
	for _, a := range as {
		for _, f := range a.Findings {
			if count[f.Requirement] == nil {
				count[f.Requirement] = map[string]int{}
			}
			count[f.Requirement][string(f.Outcome)]++
		}
	}
	if count["T-01"]["not-answered"] == 0 {
		t.Fatal("test register: T-01 has no not-answered finding; the test would prove nothing")
	}
	page, err := os.ReadFile(filepath.Join(dir, "requirements.html"))
	if err != nil {
		t.Fatal(err)
	}
	sec := regexp.MustCompile(`(?s)<section class="requirement" id="req-([^"]+)".*?</section>`)
	badges := regexp.MustCompile(`<span class="badge outcome-([a-z-]+)">[^<]* (\d+)</span>`)
	seen := 0
	for _, m := range sec.FindAllStringSubmatch(string(page), -1) {
		id := m[1]
		got := map[string]string{}
		for _, b := range badges.FindAllStringSubmatch(m[0], -1) {
			got[b[1]] = b[2]
		}
		c := count[id]
		failing := c["not-met"] + c["partial"] + c["not-answered"]
		if failing == 0 {
			if len(got) != 0 {
				t.Errorf("%s: badges %v, want none", id, got)
			}
			continue
		}
		seen++
		want := map[string]string{}
		for _, o := range []string{"not-met", "partial", "not-answered"} {
			want[o] = strconv.Itoa(c[o])
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: counts (-want +got):\n%s", id, diff)
		}
	}
	if seen == 0 {
		t.Fatal("no requirement with failing entries found on the page")
	}
	detail, err := os.ReadFile(filepath.Join(dir, "requirements", "T-01.html"))
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(detail), `<span class="badge outcome-not-answered">未回答</span>`); n != count["T-01"]["not-answered"] {
		t.Errorf("T-01 detail page lists %d not-answered entries, want %d", n, count["T-01"]["not-answered"])
	}
}

// approvalRegister has a service whose approval passed its validity (like
// minutes-search in the example) and one still valid.
const approvalRegister = `
-- register.yaml --
name: { ja: テスト市議会, en: Test City Council }
sections:
  - id: somu
    name: { ja: 総務課, en: General Affairs }
-- services/expired.yaml --
name: { ja: 期限切れサービス, en: Expired service }
contract_type: negotiated
delivery: saas
class: { confidentiality: "1" }
owner: { section: somu }
purpose: 会議録の公開
approval: { status: approved, decided_on: 2025-11-20, valid_until: 2026-11-19 }
last_reviewed: 2025-11-20
-- services/valid.yaml --
name: { ja: 有効なサービス, en: Valid service }
contract_type: negotiated
delivery: saas
class: { confidentiality: "1" }
owner: { section: somu }
purpose: 傍聴予約
approval: { status: approved, decided_on: 2026-04-10, valid_until: 2027-04-09 }
last_reviewed: 2026-04-10
`

// TestExpiredApprovalNotShownAsApproved: neither the public site nor the
// internal pages show 承認 for an approval past its valid_until. The
// public list leaves the service out; the internal pages say it expired.
func TestExpiredApprovalNotShownAsApproved(t *testing.T) {
	row := regexp.MustCompile(`<tr><th scope="row">([^<]+)</th><td>[^<]*</td><td>[^<]*</td><td>([^<]*)</td></tr>`)
	for _, lang := range []riskassess.Lang{"ja", "en"} {
		dir, _, _ := testSite(t, approvalRegister, Options{Public: true, Lang: lang})
		b, err := os.ReadFile(filepath.Join(dir, "services.html"))
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		for _, m := range row.FindAllStringSubmatch(string(b), -1) {
			got[m[1]] = m[2]
		}
		// The expired one is not in force: left out (the public site
		// publishes no internal dates).
		want := map[string]string{"有効なサービス": "承認"}
		if lang == "en" {
			want = map[string]string{"Valid service": "Approved"}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s public services (-want +got):\n%s", lang, diff)
		}
	}
	dir, _, _ := testSite(t, approvalRegister, Options{})
	for _, p := range []string{"register.html", "entries/service/expired.html"} {
		b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(p)))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(b), `<span class="badge status-expired">`) {
			t.Errorf("%s: no expired approval badge", p)
		}
		if strings.Contains(string(b), `status-approved">承認</span>`) && p != "register.html" {
			t.Errorf("%s shows 承認 for the expired approval", p)
		}
	}
	// The dashboard's count by approval status agrees with the register
	// page's column: one 承認, one expired (it used to count two 承認).
	idx, err := os.ReadFile(filepath.Join(dir, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`status-approved">承認</span></th><td class="num">1</td>`,
		`status-expired">承認の有効期限切れ</span></th><td class="num">1</td>`} {
		if !strings.Contains(string(idx), want) {
			t.Errorf("index.html: no %s in the count by approval status", want)
		}
	}
}

// laterDecisionRegister has entries whose current decision was taken after
// the as-of date (testAsOf, 2026-11-27): a service and an account first
// approved on 2026-12-15, a service renewed on 2026-12-15 whose earlier
// approval (history) was in force on the as-of date, and a service retired
// on 2026-12-20 after an approval in 2025.
const laterDecisionRegister = `
-- register.yaml --
name: { ja: テスト市議会, en: Test City Council }
sections:
  - id: somu
    name: { ja: 総務課, en: General Affairs }
-- services/later.yaml --
name: { ja: 決裁前サービス, en: Not yet approved }
contract_type: negotiated
delivery: saas
class: { confidentiality: "1" }
owner: { section: somu }
purpose: 翻訳
approval: { status: approved, decided_on: 2026-12-15, valid_until: 2027-12-14 }
-- services/renewed.yaml --
name: { ja: 更新済みサービス, en: Renewed service }
contract_type: negotiated
delivery: saas
class: { confidentiality: "1" }
owner: { section: somu }
purpose: 傍聴予約
last_reviewed: 2026-12-15
approval:
  status: approved
  decided_on: 2026-12-15
  valid_until: 2027-12-14
  history:
    - { status: conditional, on: 2025-12-10 }
    - { status: approved, on: 2026-12-15 }
-- services/retired-later.yaml --
name: { ja: 後日廃止サービス, en: Retired later }
contract_type: negotiated
delivery: saas
class: { confidentiality: "1" }
owner: { section: somu }
purpose: 会議録の公開
approval:
  status: retired
  decided_on: 2026-12-20
  history:
    - { status: approved, on: 2025-04-01 }
    - { status: retired, on: 2026-12-20 }
-- social/x-later.yaml --
name: { ja: 決裁前X, en: X not yet approved }
platform: x
handle: "@later_gikai"
url: https://x.example/later_gikai
purpose: お知らせ
responsible: { section: somu }
status: active
owner: { section: somu }
approval: { status: approved, decided_on: 2026-12-15 }
`

// TestLaterDecisionNotPublished: the public lists, dated by the as-of
// date, show the decision in force on that date. A decision taken after
// it had not been taken then (docs/scoring.md: a date after the as-of date
// is not done by then): a first approval dated later is left out, a
// renewal dated later shows the earlier decision of the history, and a
// retirement dated later leaves the earlier approval in force.
func TestLaterDecisionNotPublished(t *testing.T) {
	row := regexp.MustCompile(`<tr><th scope="row">([^<]+)</th><td>[^<]*</td><td>[^<]*</td><td>([^<]*)</td></tr>`)
	dir, _, _ := testSite(t, laterDecisionRegister, Options{Public: true})
	b, err := os.ReadFile(filepath.Join(dir, "services.html"))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, m := range row.FindAllStringSubmatch(string(b), -1) {
		got[m[1]] = m[2]
	}
	want := map[string]string{"更新済みサービス": "条件付承認", "後日廃止サービス": "承認"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("public services (-want +got):\n%s", diff)
	}
	for _, opts := range []Options{{Public: true}, {}} {
		dir, _, _ := testSite(t, laterDecisionRegister, opts)
		acc, err := os.ReadFile(filepath.Join(dir, "accounts.html"))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(acc), "later_gikai") {
			t.Errorf("accounts.html (public %v) lists an account approved after the as-of date", opts.Public)
		}
	}
	// The internal register page: the service retired after the as-of
	// date was in use then, with the approval in force, a recommended
	// decision and a next review, not a record.
	dir, _, _ = testSite(t, laterDecisionRegister, Options{})
	reg, err := os.ReadFile(filepath.Join(dir, "register.html"))
	if err != nil {
		t.Fatal(err)
	}
	i := strings.Index(string(reg), "後日廃止サービス")
	if i < 0 {
		t.Fatal("register.html has no row for the service retired later")
	}
	rowText := string(reg)[i:]
	rowText = rowText[:strings.Index(rowText, "</tr>")]
	if !strings.Contains(rowText, `status-approved">承認</span>`) || strings.Contains(rowText, "status-retired") || strings.Contains(rowText, "記録") {
		t.Errorf("register.html row of the service retired after the as-of date: %s", rowText)
	}
	// The dashboard's count by approval status agrees with that column:
	// nothing was retired on the as-of date.
	idx, err := os.ReadFile(filepath.Join(dir, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(idx), "status-retired") {
		t.Errorf("index.html counts a retired entry on the as-of date, the register page none")
	}
	// The service and the account first approved after the as-of date
	// were undecided then: not 承認 in the register page's column, and
	// counted as undecided on the dashboard (two: the service and the
	// account), which used to count them as approved.
	for _, name := range []string{"決裁前サービス", "決裁前X"} {
		i := strings.Index(string(reg), ">"+name+"<")
		if i < 0 {
			t.Fatalf("register.html has no row for %s", name)
		}
		rowText := string(reg)[i:]
		rowText = rowText[:strings.Index(rowText, "</tr>")]
		if !strings.Contains(rowText, `status-undecided">未決定（2026-12-15 に承認）</span>`) {
			t.Errorf("register.html row of %s, approved after the as-of date: %s", name, rowText)
		}
	}
	if !strings.Contains(string(idx), `status-undecided">未決定（基準日に決定がない）</span></th><td class="num">2</td>`) {
		t.Errorf("index.html does not count the two entries undecided on the as-of date")
	}
	// The entry page of the service renewed after the as-of date shows the
	// decision in force then (the history's conditional approval of
	// 2025-12-10), not the later one's date and validity beside it, and
	// names the later decision.
	page, err := os.ReadFile(filepath.Join(dir, "entries", "service", "renewed.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`決定日</dt><dd>2025-12-10</dd>`, `基準日より後の決定</dt><dd>承認 2026-12-15</dd>`} {
		if !strings.Contains(string(page), want) {
			t.Errorf("entries/service/renewed.html lacks %s", want)
		}
	}
	if strings.Contains(string(page), "2027-12-14") {
		t.Errorf("entries/service/renewed.html shows the later approval's valid_until 2027-12-14 as in force on the as-of date")
	}
	// Nor the review of that day (last_reviewed 2026-12-15) as the last
	// review, which the next review's reason says had not taken place.
	if want := `前回見直し</dt><dd>—（基準日より後の見直し 2026-12-15）</dd>`; !strings.Contains(string(page), want) {
		i := strings.Index(string(page), "前回見直し")
		t.Errorf("entries/service/renewed.html lacks %s: %.120s", want, string(page)[max(i, 0):])
	}
}

// TestLaterDecisionMarkedInLogs: the approval log (approvals.html) and an
// entry page's approval history list every decision of the register, but
// one dated after the as-of date had not been taken on the date the site
// shows: its date says so, as the entry's status (undecided, or the
// earlier decision) does. The logs used to list a retirement of 2026-12-20
// beside a register page showing the service approved, unmarked.
func TestLaterDecisionMarkedInLogs(t *testing.T) {
	dir, _, _ := testSite(t, laterDecisionRegister, Options{})
	row := regexp.MustCompile(`<tr><th scope="row"><a [^>]*>([^<]+)</a></th><td[^>]*><time datetime="([0-9-]+)">[^<]*</time>(<span class="muted">（基準日より後）</span>)?</td>`)
	b, err := os.ReadFile(filepath.Join(dir, "approvals.html"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range row.FindAllStringSubmatch(string(b), -1) {
		got = append(got, m[1]+" "+m[2]+" later="+strconv.FormatBool(m[3] != ""))
	}
	want := []string{
		"後日廃止サービス 2026-12-20 later=true",
		"更新済みサービス 2026-12-15 later=true",
		"決裁前サービス 2026-12-15 later=true",
		"決裁前X 2026-12-15 later=true",
		"更新済みサービス 2025-12-10 later=false",
		"後日廃止サービス 2025-04-01 later=false",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("approvals.html rows (-want +got):\n%s", diff)
	}
	page, err := os.ReadFile(filepath.Join(dir, "entries", "service", "renewed.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`<th scope="row"><span class="muted">2026-12-15（基準日より後）</span></th>`, `<th scope="row">2025-12-10</th>`} {
		if !strings.Contains(string(page), want) {
			t.Errorf("entries/service/renewed.html's approval history lacks %s", want)
		}
	}
	// The review log and the questionnaire rounds likewise.
	dir, _, _ = testSite(t, laterLogsRegister, Options{})
	page, err = os.ReadFile(filepath.Join(dir, "entries", "service", "logs.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`<th scope="row"><span class="muted">2026-12-01（基準日より後）</span></th>`, `<th scope="row">2026-05-01</th>`,
		`<th scope="row">R8-2</th><td><span class="muted">2026-12-02（基準日より後）</span></td>`, `<th scope="row">R8-1</th><td>2026-04-01</td>`,
	} {
		if !strings.Contains(string(page), want) {
			t.Errorf("entries/service/logs.html lacks %s", want)
		}
	}
}

// TestLaterDoneDatesMarked: an entry page's dates of things done (last
// confirmation and on-site check, terms check, password change, last post)
// and of its records (reports, incidents, corrective actions closed,
// subcontractors approved) after the as-of date say so, as the logs do:
// built as of 2026-06-01, a contractor's page showed 最終の実地確認
// 2026-10-15 as done, while its requirements judge that no check was done
// by then, and as of 2026-04-01 an incident of 2026-07-03 and its corrective
// action closed on 2026-08-10.
func TestLaterDoneDatesMarked(t *testing.T) {
	dir, _, _ := testSite(t, laterDoneRegister, Options{})
	for page, wants := range map[string][]string{
		filepath.Join("entries", "contractor", "done.html"): {
			`<dt>最終の報告・確認</dt><dd>2026-05-01</dd>`,
			`<dt>最終の実地確認</dt><dd>2026-12-01（基準日より後）</dd>`,
			`<th scope="row">2026-06-01</th>`,
			`<span class="muted">2026-12-05（基準日より後）</span>`,
			`<span class="muted">2026-12-06（基準日より後）</span>`,
			`<span class="muted">2026-12-07（基準日より後）</span>`,
			`<span class="muted">2026-12-08（基準日より後）</span>`,
			`<span class="muted">2026-12-09（基準日より後）</span>`,
		},
		filepath.Join("entries", "social", "done.html"): {
			`<dt>パスワード変更日</dt><dd>2026-12-02（基準日より後）</dd>`,
			`<dt>利用規約の確認日</dt><dd>2026-12-03（基準日より後）</dd>`,
			`<dt>最終投稿日</dt><dd>2026-11-20</dd>`,
		},
	} {
		b, err := os.ReadFile(filepath.Join(dir, page))
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range wants {
			if !strings.Contains(string(b), want) {
				t.Errorf("%s lacks %s", page, want)
			}
		}
	}
}

// laterDoneRegister has a contractor and an account with dates of things
// done before the as-of date (testAsOf, 2026-11-27) and after it.
const laterDoneRegister = `
-- register.yaml --
name: { ja: テスト市議会, en: Test City Council }
sections:
  - id: somu
    name: { ja: 総務課, en: General Affairs }
-- contractors/done.yaml --
name: { ja: 確認のある事業者, en: Contractor with checks }
legal_name: 株式会社テスト
owner: { section: somu }
approval: { status: approved, decided_on: 2026-04-01 }
last_confirmed: 2026-05-01
last_onsite_check: 2026-12-01
contracts:
  - id: K-1
    scope: 保守
    from: 2026-04-01
    to: 2027-03-31
    subcontractors:
      - { name: 下請株式会社, scope: 一部, approved_on: 2026-12-05 }
reports:
  - { on: 2026-06-01, title: 前の報告 }
  - { on: 2026-12-06, title: 後の報告 }
incidents:
  - { on: 2026-12-07, summary: 事故, reported_on: 2026-12-08 }
remediation:
  - { summary: 是正, due: 2027-01-31, closed_on: 2026-12-09 }
-- social/done.yaml --
name: { ja: 議会X, en: Council on X }
platform: x
handle: "@done"
url: https://x.example/done
purpose: お知らせ
responsible: { section: somu }
status: active
owner: { section: somu }
approval: { status: approved, decided_on: 2026-04-01 }
password_changed_on: 2026-12-02
terms_checked_on: 2026-12-03
last_post: 2026-11-20
`

// laterLogsRegister has a service with a review and a questionnaire round
// before the as-of date (testAsOf, 2026-11-27) and one of each after it.
const laterLogsRegister = `
-- register.yaml --
name: { ja: テスト市議会, en: Test City Council }
sections:
  - id: somu
    name: { ja: 総務課, en: General Affairs }
-- services/logs.yaml --
name: { ja: 記録のあるサービス, en: Service with logs }
contract_type: negotiated
delivery: saas
class: { confidentiality: "1" }
owner: { section: somu }
purpose: 翻訳
approval: { status: approved, decided_on: 2026-04-01 }
last_reviewed: 2026-12-01
reviews:
  - { on: 2026-05-01, outcome: still-valid, reason: 変更なし, residual: low, decision: approve }
  - { on: 2026-12-01, outcome: still-valid, reason: 変更なし, residual: low, decision: approve }
rounds:
  - { name: R8-1, sent_on: 2026-04-01, reply_due: 2026-04-30 }
  - { name: R8-2, sent_on: 2026-12-02, reply_due: 2026-12-31 }
`

// recordRegister has a rejected service (the engine recommends 不可 with
// a blocker) and a retired one: both are records.
const recordRegister = `
-- register.yaml --
name: { ja: テスト市議会, en: Test City Council }
sections:
  - id: somu
    name: { ja: 総務課, en: General Affairs }
-- services/rejected.yaml --
name: { ja: 却下したサービス, en: Rejected service }
contract_type: terms
delivery: saas
class: { confidentiality: "2" }
owner: { section: somu }
approval: { status: rejected, decided_on: 2026-07-31 }
-- services/retired.yaml --
name: { ja: 廃止したサービス, en: Retired service }
contract_type: negotiated
delivery: saas
class: { confidentiality: "1" }
owner: { section: somu }
approval: { status: retired, decided_on: 2026-03-31 }
-- services/inuse.yaml --
name: { ja: 利用中のサービス, en: Service in use }
contract_type: terms
delivery: saas
class: { confidentiality: "2" }
owner: { section: somu }
approval: { status: approved, decided_on: 2026-07-31 }
`

// TestRecordsHaveNoDecision: rejected and retired entries are shown as
// records: no recommended decision and no conditions on their pages or in
// the register; the dashboard counts them apart from the decisions and
// lists no due items of theirs (as check does not fail on them).
func TestRecordsHaveNoDecision(t *testing.T) {
	dir, _, as := testSite(t, recordRegister, Options{})
	for _, a := range as {
		if a.Decision == "" {
			t.Fatalf("%s: the engine gave no decision; the test would prove nothing", a.EntryID)
		}
	}
	read := func(p string) string {
		b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(p)))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	decisionBadge := regexp.MustCompile(`badge decision-(approve|conditional|reject)`)
	for _, id := range []string{"rejected", "retired"} {
		page := read("entries/service/" + id + ".html")
		if m := decisionBadge.FindString(page); m != "" {
			t.Errorf("%s: page shows a recommended decision (%s)", id, m)
		}
		if !strings.Contains(page, `<dt>推奨判断</dt><dd><span class="badge decision-record">記録（推奨判断なし）</span></dd>`) {
			t.Errorf("%s: page does not show the entry as a record", id)
		}
		if strings.Contains(page, "<dt>条件") {
			t.Errorf("%s: page lists conditions", id)
		}
	}
	if page := read("entries/service/inuse.html"); !decisionBadge.MatchString(page) {
		t.Error("inuse: page shows no recommended decision")
	}
	reg := read("register.html")
	rows := regexp.MustCompile(`<tr data-kind[^\n]*?<td class="opt" data-label="ID">(rejected|retired|inuse)</td>.*?</tr>`).FindAllStringSubmatch(reg, -1)
	if len(rows) != 3 {
		t.Fatalf("register: %d rows, want 3", len(rows))
	}
	for _, r := range rows {
		if got := decisionBadge.MatchString(r[0]); got != (r[1] == "inuse") {
			t.Errorf("register row %s: decision badge %v", r[1], got)
		}
	}
	index := read("index.html")
	if strings.Contains(index, `href="entries/service/rejected.html"`) || !strings.Contains(index, `href="entries/service/inuse.html"`) {
		t.Error("dashboard: due items listed for the rejected record, or none for the entry in use")
	}
	for _, s := range []string{
		`<span class="badge decision-reject">不可</span></th><td class="num">1</td>`,
		`<span class="badge decision-record">記録（推奨判断なし）</span></th><td class="num">2</td>`,
	} {
		if !strings.Contains(index, s) {
			t.Errorf("dashboard lacks %q", s)
		}
	}
}

// customMatrix is a residual_matrix with other bands and cells than
// riskassess.DefaultMatrix.
const customMatrix = `residual_matrix:
  bands: [75, 50, 25]
  low: [low, low, low, medium]
  medium: [low, low, medium, high]
  high: [medium, high, high, critical]
  critical: [high, critical, critical, critical]
`

// TestHeatMapFollowsMatrix builds the site and checks the dashboard's heat
// map against the residual-risk matrix in force: its column labels are the
// matrix's bands, each cell's colour and label the residual level the
// matrix gives it, each count the entries of that inherent level whose
// control score falls in that band; and every entry counted in a cell
// without a blocker has the residual level of that cell. It does so with
// the default matrix and with a custom one from register.yaml.
func TestHeatMapFollowsMatrix(t *testing.T) {
	custom := strings.Replace(testRegister, "-- register.yaml --\n", "-- register.yaml --\n"+customMatrix, 1)
	if custom == testRegister {
		t.Fatal("register.yaml not found in testRegister")
	}
	for _, tc := range []struct {
		name, src string
		matrix    riskassess.Matrix
		labels    []string // weakest band first
	}{
		{"default", testRegister, riskassess.DefaultMatrix(), []string{"40未満", "40–59.9", "60–79.9", "80以上"}},
		{"custom from register.yaml", custom, riskassess.Matrix{Bands: [3]float64{75, 50, 25}, Cells: [4][4]riskassess.RiskLevel{
			{"low", "low", "low", "medium"}, {"low", "low", "medium", "high"},
			{"medium", "high", "high", "critical"}, {"high", "critical", "critical", "critical"}}},
			[]string{"25未満", "25–49.9", "50–74.9", "75以上"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir, reg, as := testSite(t, tc.src, Options{})
			if got := reg.Org.MatrixInForce(); got != tc.matrix {
				t.Fatalf("matrix in force = %v, want %v", got, tc.matrix)
			}
			b, err := os.ReadFile(filepath.Join(dir, "index.html"))
			if err != nil {
				t.Fatal(err)
			}
			page := string(b)
			svg := page[strings.Index(page, `aria-labelledby="heat-t heat-d"`):]
			svg = svg[:strings.Index(svg, "</svg>")]
			// Column labels, weakest band first.
			var labels []string
			for _, m := range regexp.MustCompile(`font-size="13">([^<]+)</text>`).FindAllStringSubmatch(svg, -1) {
				labels = append(labels, m[1])
			}
			if diff := cmp.Diff(append(tc.labels, "対策スコア", "固有リスク"), labels); diff != "" {
				t.Errorf("band labels (-want +got):\n%s", diff)
			}
			// Cells: rows critical … low, columns weakest … best band.
			cellRe := regexp.MustCompile(`<rect [^>]*fill="(#[0-9a-f]{6})"[^>]*data-residual="([a-z]+)"><title>[^<]*</title></rect><text[^>]*>[^<]*</text><text[^>]*>(\d+)</text>`)
			cells := cellRe.FindAllStringSubmatch(svg, -1)
			if len(cells) != 16 {
				t.Fatalf("%d heat-map cells, want 16", len(cells))
			}
			var count [4][4]int
			for _, a := range as {
				count[a.Inherent.Rank()-1][tc.matrix.Band(a.ControlScore)]++
				if len(a.Blockers) == 0 {
					if want := tc.matrix.Residual(a.Inherent, a.ControlScore); a.Residual != want {
						t.Errorf("%s: residual %s, but the matrix shown gives %s", a.EntryID, a.Residual, want)
					}
				}
			}
			if def := riskassess.DefaultMatrix(); tc.matrix != def {
				differs := false
				for _, a := range as {
					differs = differs || len(a.Blockers) == 0 && def.Residual(a.Inherent, a.ControlScore) != a.Residual
				}
				if !differs {
					t.Error("the custom matrix changes no residual level: the assessments may not use it, or the test register proves nothing")
				}
			}
			total := 0
			for i, c := range cells {
				row, col := 3-i/4, i%4
				band := 3 - col
				want := tc.matrix.Cells[row][band]
				if c[2] != string(want) || c[1] != riskFill[want][0] {
					t.Errorf("cell inherent %s band %d: residual %s fill %s, want %s %s", riskassess.RiskLevels()[row], band, c[2], c[1], want, riskFill[want][0])
				}
				if n, _ := strconv.Atoi(c[3]); n != count[row][band] {
					t.Errorf("cell inherent %s band %d: count %d, want %d", riskassess.RiskLevels()[row], band, n, count[row][band])
				}
				total += count[row][band]
			}
			if total != len(as) {
				t.Errorf("heat map counts %d entries, want %d", total, len(as))
			}
		})
	}
}

// TestRecordsHaveNoReviewDate: a retired entry whose file still has the
// review_due it had in use has no next review (riskassess.ReviewOf), as its
// entry page says; the register and owners pages used to show that
// review_due instead, marked overdue.
func TestRecordsHaveNoReviewDate(t *testing.T) {
	const src = `
-- register.yaml --
name: { ja: テスト市議会, en: Test City Council }
sections:
  - id: somu
    name: { ja: 総務課, en: General Affairs }
-- services/retired.yaml --
name: { ja: 廃止したサービス, en: Retired service }
contract_type: negotiated
delivery: saas
class: { confidentiality: "1" }
owner: { section: somu }
approval: { status: retired, decided_on: 2026-10-31 }
review_due: 2026-11-05
`
	dir, _, as := testSite(t, src, Options{})
	if len(as) != 1 || !as[0].NextReview.IsZero() {
		t.Fatalf("the engine gave the retired entry a review date; the test would prove nothing: %+v", as)
	}
	for _, p := range []string{"register.html", "owners.html", "entries/service/retired.html"} {
		b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(p)))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(b), "2026-11-05") {
			t.Errorf("%s shows the retired entry's review_due 2026-11-05 as its next review", p)
		}
	}
}

// TestRetiredAheadHasNoReviewDate: an entry in use on the as-of date,
// retired by a decision after it (2027-02-01) that nothing reverts, whose
// review (its review_due, 2027-03-03) falls after the retirement, has no
// next review: the register page, the owners page and its entry page show
// none. They showed 2027-03-03 (the engine's review after the
// retirement), and without it the register page fell back on the same
// review_due of the file.
func TestRetiredAheadHasNoReviewDate(t *testing.T) {
	const src = `
-- register.yaml --
name: { ja: テスト市議会, en: Test City Council }
sections:
  - id: somu
    name: { ja: 総務課, en: General Affairs }
-- services/leaving.yaml --
name: { ja: 廃止予定のサービス, en: Service to retire }
contract_type: negotiated
delivery: saas
class: { confidentiality: "1" }
owner: { section: somu }
last_reviewed: 2026-04-01
review_due: 2027-03-03
approval:
  status: retired
  approver: kacho
  decided_on: 2027-02-01
  history:
    - { status: approved, approver: kacho, on: 2026-04-01 }
    - { status: retired, approver: kacho, on: 2027-02-01 }
`
	asOf := riskassess.NewDate(2026, 11, 27)
	reg := loadTxtar(t, src)
	reqs := testRequirements()
	as := mustAssess(riskassess.Scorer{Blockers: catalog.Blockers()}.AssessAll(reg, reqs, asOf))
	if len(as) != 1 || riskassess.RecordOn(reg.Services[0], asOf) {
		t.Fatalf("the entry is not one in use on the as-of date; the test would prove nothing: %+v", as)
	}
	if !as[0].NextReview.IsZero() || as[0].Review != (riskassess.Review{}) {
		t.Errorf("Assess: next review %s, review %+v; want none (the review falls after the retirement)", as[0].NextReview, as[0].Review)
	}
	dir := filepath.Join(t.TempDir(), "site")
	if _, err := Build(context.Background(), reg, as, Options{OutDir: dir, AsOf: asOf, Requirements: reqs}); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"register.html", "owners.html", "entries/service/leaving.html"} {
		b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(p)))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(b), "2027-03-03") {
			t.Errorf("%s shows 2027-03-03, a review after the retirement on 2027-02-01, as the next review", p)
		}
	}
}

// TestAnswersAsOfSiteDate: built as of a date before an import record
// (acme-johou's of 2026-09-01, which changed q-isms from no to yes), the
// entry page's current answers are those the findings count on that date,
// not the later answer beside a finding that reads the earlier one; nor
// does it show the later record's changes.
func TestAnswersAsOfSiteDate(t *testing.T) {
	reg := loadTxtar(t, testRegister)
	reqs := testRequirements()
	asOf := riskassess.NewDate(2026, 6, 30)
	as := mustAssess(riskassess.Scorer{Blockers: catalog.Blockers()}.AssessAll(reg, reqs, asOf))
	dir := filepath.Join(t.TempDir(), "site")
	if _, err := Build(context.Background(), reg, as, Options{OutDir: dir, AsOf: asOf, Requirements: reqs}); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "entries", "contractor", "acme-johou.html"))
	if err != nil {
		t.Fatal(err)
	}
	page := string(b)
	if want := `<tr><th scope="row">q-isms ISMS認証を取得していますか</th><td>いいえ</td><td>2026-03-15</td><td><span class="muted">—</span></td>`; !strings.Contains(page, want) {
		t.Errorf("current answers as of %s: want %s in\n%s", asOf, want, page[strings.Index(page, `id="h-answers"`):])
	}
	if strings.Contains(page, `id="h-changes"`) || strings.Contains(page, "2026-09-01</td>") {
		t.Errorf("the page as of %s shows the answers of the record of 2026-09-01", asOf)
	}
}

// TestEntryPageLaterCertificateEvidenceAndCorporate: a certificate
// obtained after the as-of date (testAsOf, 2026-11-27) and a document
// dated after it had not been obtained or written on it, and a corporate
// number is not cross-checked when the register holds snapshots (here an
// ISMAP one) but no corporate-number one by the as-of date: the entry
// page says so of each; a certificate without obtained_on, a document of
// an earlier date and a checked number are shown as before.
func TestEntryPageLaterCertificateEvidenceAndCorporate(t *testing.T) {
	const src = `
-- register.yaml --
name: { ja: テスト市議会, en: Test City Council }
sections:
  - id: somu
    name: { ja: 総務課, en: General Affairs }
-- contractors/certs.yaml --
name: { ja: 認証のある事業者, en: Contractor with certificates }
legal_name: 株式会社テスト
corporate_number: "2999001001111"
owner: { section: somu }
approval: { status: approved, decided_on: 2026-04-01 }
certifications:
  - { type: isms, number: IS 1, obtained_on: 2026-12-01, valid_until: 2029-11-30 }
  - { type: privacy-mark, number: P 2, obtained_on: 2020-04-01, valid_until: 2027-03-31 }
evidence:
  - { title: 後の報告書, url: https://example.jp/later.pdf, on: 2026-12-10 }
  - { title: 前の報告書, url: https://example.jp/earlier.pdf, on: 2026-06-10 }
-- lists/ismap-2026-11-01.yaml --
list: ismap
date: 2026-11-01
file: cloud_service_list.xlsx
sha256: 2222222222222222222222222222222222222222222222222222222222222222
services: []
`
	dir, _, _ := testSite(t, src, Options{})
	b, err := os.ReadFile(filepath.Join(dir, "entries", "contractor", "certs.html"))
	if err != nil {
		t.Fatal(err)
	}
	page := string(b)
	for _, want := range []string{
		`<td><span class="muted">2026-12-01（基準日より後）</span></td>`,
		`>後の報告書（2026-12-10付け、基準日より後）<`,
		`>前の報告書<`,
		`2999001001111（公表リストと未照合: 基準日以前の法人番号公表サイトのデータ（国税庁）のスナップショットがない。riskregister lists import corporate で取り込む）`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("entries/contractor/certs.html lacks %s", want)
		}
	}
	if !regexp.MustCompile(`<td>(<time[^>]*>)?2020-04-01(</time>)?</td>`).MatchString(page) {
		t.Errorf("entries/contractor/certs.html does not show the earlier obtained_on 2020-04-01 unmarked")
	}
	// With the corporate-number snapshot of 2026-11-01 the number is checked.
	dir, _, _ = testSite(t, src+`-- lists/corporate-2026-11-01.yaml --
list: corporate
date: 2026-11-01
file: 00_zenkoku_all_20261101.zip
sha256: 4444444444444444444444444444444444444444444444444444444444444444
coverage: national
corporations:
  - {number: "2999001001111", name: 株式会社テスト}
`, Options{})
	if b, _ := os.ReadFile(filepath.Join(dir, "entries", "contractor", "certs.html")); strings.Contains(string(b), "未照合") {
		t.Errorf("entries/contractor/certs.html marks a corporate number checked against the snapshot of 2026-11-01")
	}
	// A snapshot that did not look for the number (searched lists
	// another: the contractor was added after the import) leaves it
	// unchecked, and the page says so; before, it said nothing.
	dir, _, _ = testSite(t, src+`-- lists/corporate-2026-11-01.yaml --
list: corporate
date: 2026-11-01
file: 00_zenkoku_all_20261101.zip
sha256: 4444444444444444444444444444444444444444444444444444444444444444
coverage: national
searched: ["1999001001814"]
corporations:
  - {number: "1999001001814", name: 株式会社ホカ}
`, Options{})
	b, _ = os.ReadFile(filepath.Join(dir, "entries", "contractor", "certs.html"))
	if want := `2999001001111（公表リストと未照合: 2026-11-01の法人番号公表サイトのデータ（国税庁）のスナップショットではこの番号を検索していない。検索したスナップショットを riskregister lists import corporate で取り込む）`; !strings.Contains(string(b), want) {
		t.Errorf("entries/contractor/certs.html lacks %s", want)
	}
}
