package riskassess

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSortDue checks sortDue, an insertion sort for the few items of an
// entry, against slices.SortStableFunc with compareDue on lists with many
// ties (equal dates, kinds and fields, told apart by What): the same
// order, ties kept in input order.
func TestSortDue(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	kinds := []DueKind{DueReview, DueCertificate, DueContractEnd}
	for n := range 15 {
		for range 200 {
			items := make([]DueItem, n)
			for i := range items {
				items[i] = DueItem{Kind: kinds[rng.IntN(len(kinds))], Date: NewDate(2026, 4, 1+rng.IntN(3)),
					Field: fmt.Sprint("f", rng.IntN(2)), What: fmt.Sprint(i)}
			}
			want := slices.Clone(items)
			slices.SortStableFunc(want, func(a, b DueItem) int { return compareDue(&a, &b) })
			sortDue(items)
			if !slices.Equal(items, want) {
				t.Fatalf("sortDue of %d items:\n got %v\nwant %v", n, items, want)
			}
		}
	}
}
