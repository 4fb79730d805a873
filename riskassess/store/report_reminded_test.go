package store

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestReportTitleReminded: a report whose title, or the note ending it,
// says a reminder was sent (報告書（督促済み）, 月次報告書 督促済, 9月分
// 報告（催促済み）) and nothing after it validated, its date counted as the
// day the report was received. Titles naming a reminder and a receipt
// after it (督促後受領, 督促済み・10月5日受領) or a procedure stay.
func TestReportTitleReminded(t *testing.T) {
	refused := []string{
		"報告書（督促済み）", "報告書（督促済）", "月次報告書 督促済み", "督促済み", "督促済み。", "9月分報告（催促済み）", "月次報告書（9月分督促済み）",
		"報告書（督促状送付済み）", "月次報告書（9月分・督促済）", "報告書(督促済み)",
	}
	kept := []string{
		"督促状の送付手順", "報告書（督促後受領）", "月次報告書（督促済み・10月5日受領）", "督促済み案件の一覧表", "督促状送付済み一覧の確認報告",
		"月次報告書（督促済み分を含む）", "作業完了報告書（提出済）",
	}
	var got []string
	for _, v := range append(slices.Clone(refused), kept...) {
		if reportTitleSaysNotReceived(v) {
			got = append(got, v)
		}
	}
	if d := cmp.Diff(refused, got); d != "" {
		t.Errorf("titles saying the report was not received (-want +got):\n%s", d)
	}
}
