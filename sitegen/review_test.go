package sitegen

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestEntryReviewLog: the entry page lists the review log newest first,
// each review with its reviewer, reason and the risk seen then; the next
// review counts from the latest review.
func TestEntryReviewLog(t *testing.T) {
	src := strings.Replace(testRegister, "-- contractors/acme-johou.yaml --\n", `-- contractors/acme-johou.yaml --
last_reviewed: 2026-10-01
reviews:
  - {on: 2026-06-01, position: kacho, person: yamada-t, outcome: rescored, reason: 認証を更新, residual: high, decision: conditional}
  - {on: 2026-10-01, position: kacho, person: yamada-t, outcome: still-valid, reason: 変更なし, residual: critical, decision: reject}
`, 1)
	dir, _, as := testSite(t, src, Options{})
	page := flatPage(t, filepath.Join(dir, "entries", "contractor", "acme-johou.html"))
	newer := `<tr><th scope="row">2026-10-01</th><td>現状維持</td><td>課長 山田 太郎</td><td>変更なし</td><td><span class="badge risk-critical">重大</span></td><td>不可</td>`
	older := `<tr><th scope="row">2026-06-01</th><td>再評価</td><td>課長 山田 太郎</td><td>認証を更新</td><td><span class="badge risk-high">高</span></td><td>条件付承認</td>`
	i, j := strings.Index(page, newer), strings.Index(page, older)
	if i < 0 || j < 0 || i > j {
		t.Errorf("review log not listed newest first (at %d and %d):\n%s", i, j, page)
	}
	if !strings.Contains(page, `<h2 id="h-reviews">見直しの記録</h2>`) {
		t.Error("no 見直しの記録 section")
	}
	for _, a := range as {
		if a.EntryID == "acme-johou" && a.Review.Field != "last_reviewed" {
			t.Errorf("next review rests on %q, want last_reviewed (the latest review)", a.Review.Field)
		}
	}
}
