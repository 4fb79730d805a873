package store

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestAsiaMaybe: asiaMaybe, workSiteAsia's pre-filter, lets through each
// of asiaWords as written in any case and width (so the filter drops no
// address regionAsia would read), and keeps out ordinary addresses.
func TestAsiaMaybe(t *testing.T) {
	var missed []string
	for _, w := range asiaWords {
		for _, v := range []string{w, strings.ToUpper(w), "東京（" + w + "）", "Tokyo, " + w + " center"} {
			if !asiaMaybe(v) {
				missed = append(missed, v)
			}
		}
	}
	for _, v := range []string{"ＡＰＡＣ", "ａｓｉａ", "ｱｼﾞｱ", "Ａｓｉａ Ｐａｃｉｆｉｃ", "ASİA"} {
		if !asiaMaybe(v) {
			missed = append(missed, v)
		}
	}
	if diff := cmp.Diff([]string(nil), missed); diff != "" {
		t.Errorf("asiaMaybe dropped (-want +got):\n%s", diff)
	}
	for _, tt := range []struct {
		address string
		want    bool
	}{
		{"東京都調布市布田（架空）入力センター", false},
		{"Shinjuku Park Tower, 3-7-1 Nishi-Shinjuku, Tokyo, Japan", false},
		{"アクメ本社（東京都港区）", false},
		{"Capacity planning room, Tokyo", true}, // apac in capacity: regionAsia reads it as no word
		{"APACの入力センター", true},
	} {
		if got := asiaMaybe(tt.address); got != tt.want {
			t.Errorf("asiaMaybe(%q) = %v, want %v", tt.address, got, tt.want)
		}
	}
}

// TestWorkSiteAsiaAllocs: an ordinary address costs workSiteAsia no
// allocation (before, every address holding A, a, P, p, F, f or ア was
// folded by regionAsia and read by WorkSiteAbroad).
func TestWorkSiteAsiaAllocs(t *testing.T) {
	for _, address := range []string{"Shinjuku Park Tower, 3-7-1 Nishi-Shinjuku, Tokyo, Japan", "東京都調布市布田（架空）入力センター", "アクメ本社（東京都港区）"} {
		if n := testing.AllocsPerRun(20, func() { workSiteAsia(address) }); n != 0 {
			t.Errorf("workSiteAsia(%q): %v allocations, want 0", address, n)
		}
	}
}
