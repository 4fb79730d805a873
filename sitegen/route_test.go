package sitegen

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestApprovalRoute: the entry page shows the 決裁ルート: each step of the
// chain for the entry's kind, whether it is required at the residual risk,
// who signed and which required sign-off is missing.
func TestApprovalRoute(t *testing.T) {
	src := strings.Replace(testRegister, "-- contractors/acme-johou.yaml --", `approval_chain:
  - role: { ja: 起案確認, en: Drafting check }
    position: kakaricho
  - role: { ja: 課長決裁, en: Director decision }
    position: kacho
  - role: { ja: 広報の確認, en: PR check }
    position: kakaricho
    kinds: [social]
  - role: { ja: 重大時の決裁, en: Decision when critical }
    position: kacho
    min_risk: critical
-- contractors/acme-johou.yaml --`, 1)
	// Every approval of the test register names its approver (課長) and no
	// signatures. x-gikai is at 低, acme-johou at 重大.
	dir, _, as := testSite(t, src, Options{})
	levels := map[string]string{}
	for _, a := range as {
		levels[a.EntryID] = string(a.Residual)
	}
	if levels["x-gikai"] != "low" || levels["acme-johou"] != "critical" {
		t.Fatalf("levels %v: the test needs x-gikai at low and acme-johou at critical", levels)
	}
	page := func(name string) string { return flatPage(t, filepath.Join(dir, "entries", filepath.FromSlash(name))) }
	x := page("social/x-gikai.html")
	for _, want := range []string{
		`<caption>決裁ルート（残留リスク「低」）</caption>`,
		`<tr><th scope="row">起案確認</th><td>係長</td><td>必要</td><td><span class="badge risk-high">未決裁（決裁がない）</span></td></tr>`,
		`<tr><th scope="row">課長決裁</th><td>課長</td><td>必要</td><td>決裁済み 2025-04-01</td></tr>`,
		`<tr><th scope="row">広報の確認</th><td>係長</td><td>必要</td><td><span class="badge risk-high">未決裁（決裁がない）</span></td></tr>`,
		`<tr><th scope="row">重大時の決裁</th><td>課長</td><td><span class="muted">不要（残留リスク「重大」以上で必要）</span></td><td>決裁済み 2025-04-01</td></tr>`,
	} {
		if !strings.Contains(x, want) {
			t.Errorf("x-gikai.html lacks %s", want)
		}
	}
	a := page("contractor/acme-johou.html")
	if !strings.Contains(a, `<tr><th scope="row">重大時の決裁</th><td>課長</td><td>必要</td><td>決裁済み 2026-04-01</td></tr>`) {
		t.Error("acme-johou.html: the step from critical is not required and signed")
	}
	if strings.Contains(a, "広報の確認") {
		t.Error("acme-johou.html shows a step defined for social accounts only")
	}
	// An entry whose approval is only requested shows the route as not yet
	// signed, not as a fault.
	if d := page("social/line-draft.html"); !strings.Contains(d, `<tr><th scope="row">広報の確認</th><td>係長</td><td>必要</td><td>未決裁</td></tr>`) {
		t.Error("line-draft.html: the PR check step is not shown as not yet signed")
	}

	// A sign-off dated after the as-of date had not been given then: APR-01
	// is not met, and the route shows the step as missing, not as signed
	// ("鈴木 花子 2026-12-20" beside an unmet APR-01). The decision is
	// taken that day too (a sign-off is never after decided_on: the store
	// and CheckEntry refuse it).
	late := strings.Replace(src, "approval: { status: approved, approver: kacho, decided_on: 2025-04-01 }\ntakeover_procedure",
		"approval:\n  status: approved\n  approver: kacho\n  decided_on: 2026-12-20\n  signatures: [{ position: kakaricho, person: suzuki-h, on: 2026-12-20 }]\ntakeover_procedure", 1)
	dir, _, _ = testSite(t, late, Options{})
	x = page("social/x-gikai.html")
	if want := `<tr><th scope="row">起案確認</th><td>係長</td><td>必要</td><td><span class="badge risk-high">未決裁（決裁日 2026-12-20 は基準日より後）</span></td></tr>`; !strings.Contains(x, want) {
		t.Errorf("x-gikai.html with a sign-off after the as-of date lacks %s", want)
	}

	// A renewal decided after the as-of date: the approval section shows
	// the decision in force then (its status, as the register page does,
	// with its own date and no expiry), not the renewal's date and
	// valid_until beside the earlier decision's status.
	renewed := strings.Replace(src, "approval: { status: approved, approver: kacho, decided_on: 2025-04-01 }\ntakeover_procedure",
		"approval:\n  status: approved\n  approver: kacho\n  decided_on: 2026-12-15\n  valid_until: 2027-12-14\n  history: [{ status: conditional, approver: kakaricho, on: 2025-04-01 }]\ntakeover_procedure", 1)
	dir, _, _ = testSite(t, renewed, Options{})
	x = page("social/x-gikai.html")
	for _, want := range []string{
		`<div class="fact"><dt>承認状況</dt><dd><span class="badge status-conditional">条件付承認</span></dd></div>`,
		`<div class="fact"><dt>承認者</dt><dd>係長</dd></div>`,
		`<div class="fact"><dt>決定日</dt><dd>2025-04-01</dd></div>`,
		`<div class="fact"><dt>有効期限</dt><dd><span class="muted">—</span></dd></div>`,
	} {
		if !strings.Contains(x, want) {
			t.Errorf("x-gikai.html renewed after the as-of date lacks %s", want)
		}
	}
}

// TestOwnersCurrentHolders: the owners page lists each responsibility
// under whoever holds it on the as-of date: the successor of a person who
// moved, the holder of a post named without a person; a vacant post and a
// post with two holders are listed as without a holder, with the reason.
func TestOwnersCurrentHolders(t *testing.T) {
	src := strings.Replace(testRegister, `  - id: tanaka-j
    name: { ja: 田中 次郎, en: Jiro Tanaka }
    section: koho
`, `  - id: tanaka-j
    name: { ja: 田中 次郎, en: Jiro Tanaka }
    section: koho
  - id: sato-k
    name: { ja: 佐藤 健, en: Ken Sato }
    section: koho
    position: kakaricho
    from: 2026-04-01
`, 1)
	// suzuki-h left 広報係長 on 2026-03-31; sato-k holds it now.
	src = strings.Replace(src, `    section: koho
    position: kakaricho
  - id: tanaka-j`, `    section: koho
    position: kakaricho
    until: 2026-03-31
  - id: tanaka-j`, 1)
	// The X account names the post and the person who left; the chat
	// service names only the post; the acme contractor a vacant post.
	src = strings.Replace(src, "owner: { section: somu, position: kacho, person: yamada-t }", "owner: { section: koho, position: kacho }", 1)
	src = strings.Replace(src, "owner: { section: koho, person: suzuki-h }\napproval: { status: approved, approver: kacho, decided_on: 2026-02-01 }",
		"owner: { section: koho, position: kakaricho }\napproval: { status: approved, approver: kacho, decided_on: 2026-02-01 }", 1)
	dir, _, _ := testSite(t, src, Options{})
	page := flatPage(t, filepath.Join(dir, "owners.html"))
	for _, want := range []string{
		// sato-k holds 広報係長: the chat service (post only) and the X
		// account (successor of suzuki-h) are listed under him.
		`<h3>佐藤 健 <span class="muted">（係長）</span></h3>`,
		`議会チャット</a></th><td data-label="役割">所管（役職の現任者）</td>`,
		`議会公式X</a></th><td data-label="役割">責任者（後任。台帳の記載: 鈴木 花子 — 在任期間外）</td>`,
		// Nobody is 広報係の課長.
		`<h3>基準日に担当者がいない役割（空席・在任者が複数・異動）</h3>`,
		`アクメ情報サービス</a> <span class="muted">所管 — 空席</span>`,
		// The custodian who left has no successor to name.
		`議会公式X</a> <span class="muted">パスワード管理 — 在任期間外（台帳の記載: 鈴木 花子）</span>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("owners.html lacks %s", want)
		}
	}
	if strings.Contains(page, `<h3>鈴木 花子`) {
		t.Error("owners.html still lists 鈴木 花子, who left on 2026-03-31, as a holder")
	}
	// The X account's page names her as its responsible person, as its
	// file does: marked, since she was not in post on the as-of date
	// (the page's actions name 佐藤 健).
	if xp := flatPage(t, filepath.Join(dir, "entries", "social", "x-gikai.html")); !strings.Contains(xp, "鈴木 花子（基準日に在任していない）") {
		t.Error("x-gikai.html names 鈴木 花子, who left on 2026-03-31, as its responsible person without a mark")
	}
}

// TestOwnersSocialResponsibleSectionOnly: a social account whose
// responsible names only the section (no person, no post) is listed under
// its owner, a person of that same section; it used to be on no one's list
// (the owner was left out as if the responsible stood for it). An account
// whose responsible person is named is listed under that person as
// responsible and not repeated as owned.
func TestOwnersSocialResponsibleSectionOnly(t *testing.T) {
	src := strings.Replace(testRegister, "responsible: { section: koho, person: suzuki-h }\nstatus: suspended",
		"responsible: { section: koho }\nstatus: suspended", 1)
	src = strings.Replace(src, "owner: { section: koho }\napproval: { status: suspended",
		"owner: { section: koho, person: suzuki-h }\napproval: { status: suspended", 1)
	dir, _, _ := testSite(t, src, Options{})
	page := flatPage(t, filepath.Join(dir, "owners.html"))
	for _, want := range []string{
		`議会Facebook</a></th><td data-label="役割">所管</td>`,
		`議会公式X</a></th><td data-label="役割">責任者</td>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("owners.html lacks %s", want)
		}
	}
	if strings.Contains(page, `議会公式X</a></th><td data-label="役割">所管</td>`) {
		t.Error("owners.html lists 議会公式X as owned as well as under its responsible person of the same section")
	}
}
