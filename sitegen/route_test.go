package sitegen

import (
	"os"
	"path/filepath"
	"regexp"
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
	page := func(name string) string {
		b, err := os.ReadFile(filepath.Join(dir, "entries", filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		return regexp.MustCompile(`\s+`).ReplaceAllString(string(b), " ")
	}
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
}
