package store

import "testing"

// TestRegionUnsaidAllocs: reading an ordinary JP region for what it
// leaves unsaid allocates nothing (it runs for each data location in
// Japan when a register is loaded); it used to join its two word lists
// into a new slice on every call.
func TestRegionUnsaidAllocs(t *testing.T) {
	for _, r := range []string{"東京", "ap-northeast-1", "東京・大阪", "japaneast"} {
		if n := testing.AllocsPerRun(100, func() { regionUnsaid(r) }); n != 0 {
			t.Errorf("regionUnsaid(%q): %v allocations, want 0", r, n)
		}
	}
}
