package report

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
)

// TestSortDueKeys: SortDue orders by date, due kind, entry kind (Kinds
// order), entry id and What, stably, exactly as comparing every key in
// turn does, on items that tie on every prefix of the keys.
func TestSortDueKeys(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	pick := func(xs ...string) string { return xs[r.IntN(len(xs))] }
	kinds := []riskassess.Kind{riskassess.KindContractor, riskassess.KindService, riskassess.KindSocial, "other"}
	items := make([]riskassess.DueItem, 2000)
	for i := range items {
		items[i] = riskassess.DueItem{
			Date:      riskassess.NewDate(2026, 4, 1+r.IntN(3)),
			Kind:      riskassess.DueKind(pick("review", "certificate", "contract_end")),
			EntryKind: kinds[r.IntN(len(kinds))],
			EntryID:   pick("a", "b", "c"),
			What:      pick("", "x", "y"),
			Section:   string(rune('A' + i%26)), // not a key: tells the stable order apart
			Field:     strings.Repeat("f", i%7),
		}
	}
	want := slices.Clone(items)
	slices.SortStableFunc(want, func(a, b riskassess.DueItem) int {
		return cmp.Or(a.Date.Compare(b.Date), strings.Compare(string(a.Kind), string(b.Kind)),
			cmp.Compare(dueKindOrder(a.EntryKind), dueKindOrder(b.EntryKind)), strings.Compare(a.EntryID, b.EntryID), strings.Compare(a.What, b.What))
	})
	got := slices.Clone(items)
	SortDue(got)
	if !slices.Equal(got, want) {
		t.Fatal("SortDue differs from comparing every key in turn")
	}
}

// TestFirstStable: firstStable gives the first k elements of a stable
// sort, for every k and length, with many ties.
func TestFirstStable(t *testing.T) {
	type item struct{ key, pos int }
	r := rand.New(rand.NewPCG(7, 8))
	for n := 0; n < 40; n++ {
		for k := 0; k <= 7; k++ {
			s := make([]item, n)
			for i := range s {
				s[i] = item{r.IntN(4), i}
			}
			sorted := slices.Clone(s)
			slices.SortStableFunc(sorted, func(x, y item) int { return x.key - y.key })
			got := firstStable(nil, s, k, func(x, y *item) int { return x.key - y.key })
			if want := sorted[:min(k, n)]; len(got) != len(want) {
				t.Fatalf("n %d k %d: %d elements, want %d", n, k, len(got), len(want))
			} else {
				for i := range want {
					if *got[i] != want[i] {
						t.Fatalf("n %d k %d: element %d = %v, want %v", n, k, i, *got[i], want[i])
					}
				}
			}
		}
	}
}
