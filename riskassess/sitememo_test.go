package riskassess

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSiteMemo: siteMemo.abroad gives what workSiteAbroad gives, for an
// address read the first time, read again, and read after the memo is
// full (siteMemoMax), and a nil memo reads every time.
func TestSiteMemo(t *testing.T) {
	addrs := []string{"中国 大連市高新園区", "東京都調布市小島町2丁目", "Manila, Philippines", "翻訳者の自宅（国外を含む）", "国内（海外拠点なし）"}
	var m siteMemo
	var nilMemo *siteMemo
	for round := range 2 {
		for _, a := range addrs {
			want := workSiteAbroad(a)
			if diff := cmp.Diff(want, m.abroad(a)); diff != "" {
				t.Errorf("round %d, %q (-want +got):\n%s", round, a, diff)
			}
			if diff := cmp.Diff(want, nilMemo.abroad(a)); diff != "" {
				t.Errorf("nil memo, %q (-want +got):\n%s", a, diff)
			}
		}
	}
	if len(m.m) != len(addrs) {
		t.Errorf("memo holds %d addresses, want %d", len(m.m), len(addrs))
	}
	for i := range siteMemoMax + 10 {
		m.abroad(fmt.Sprintf("東京都調布市%d", i))
	}
	if len(m.m) != siteMemoMax {
		t.Errorf("memo holds %d addresses, want at most %d", len(m.m), siteMemoMax)
	}
	if got := m.abroad("ベトナム ハノイ"); !cmp.Equal(got, workSiteAbroad("ベトナム ハノイ")) || len(got) == 0 {
		t.Errorf("past the bound: %q, want %q", got, workSiteAbroad("ベトナム ハノイ"))
	}
}
