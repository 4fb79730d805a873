package listsnapshot_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/listsnapshot"
)

func snap(l riskassess.PublicList, y int, m time.Month, d int, src string) *riskassess.ListSnapshot {
	return &riskassess.ListSnapshot{List: l, Date: riskassess.NewDate(y, m, d), Source: src}
}

// Example finds the ISMAP snapshot in force on a day and the one before
// it, and the lists whose newest snapshot is more than three months old.
func Example() {
	ss := []*riskassess.ListSnapshot{
		snap(riskassess.ListISMAP, 2026, 10, 1, "ismap-2026-10.csv"),
		snap(riskassess.ListCorporate, 2026, 4, 1, "13_tokyo_all.zip"),
		snap(riskassess.ListISMAP, 2026, 7, 1, "ismap-2026-07.csv"),
		snap(riskassess.ListISMAP, 2026, 12, 1, "ismap-2026-12.csv"),
	}
	listsnapshot.Sort(ss)
	asOf := riskassess.NewDate(2026, 11, 27)
	latest, previous := listsnapshot.On(ss, riskassess.ListISMAP, asOf)
	fmt.Println(latest.Source, previous.Source)
	for _, s := range listsnapshot.Stale(ss, asOf, 3) {
		fmt.Println("stale:", s.List, s.Date)
	}
	// Output:
	// ismap-2026-10.csv ismap-2026-07.csv
	// stale: corporate 2026-04-01
}

// TestSort: by list, then date, then source file; equal snapshots keep
// their order.
func TestSort(t *testing.T) {
	a := snap(riskassess.ListCorporate, 2026, 4, 1, "b.zip")
	b := snap(riskassess.ListCorporate, 2026, 4, 1, "a.zip")
	c := snap(riskassess.ListCorporate, 2025, 4, 1, "z.zip")
	d := snap(riskassess.ListISMAP, 2024, 1, 1, "a.csv")
	e1 := snap(riskassess.ListISMAP, 2024, 1, 1, "a.csv")
	ss := []*riskassess.ListSnapshot{d, a, e1, b, c}
	listsnapshot.Sort(ss)
	want := []*riskassess.ListSnapshot{c, b, a, d, e1}
	for i := range want {
		if ss[i] != want[i] {
			t.Fatalf("position %d: %+v, want %+v", i, *ss[i], *want[i])
		}
	}
}

// TestOnAndStale: a snapshot dated on the as-of day counts, one dated
// after it does not; a list without a snapshot on or before the day gives
// nil and is never stale; a snapshot exactly months months old is not
// stale yet.
func TestOnAndStale(t *testing.T) {
	ss := []*riskassess.ListSnapshot{
		snap(riskassess.ListCorporate, 2026, 8, 27, "c.zip"),
		snap(riskassess.ListISMAP, 2026, 8, 26, "i1.csv"),
		snap(riskassess.ListISMAP, 2026, 11, 27, "i2.csv"),
		snap(riskassess.ListISMAPLIU, 2026, 12, 1, "l.csv"),
	}
	asOf := riskassess.NewDate(2026, 11, 27)
	if l, p := listsnapshot.On(ss, riskassess.ListISMAP, asOf); l != ss[2] || p != ss[1] {
		t.Errorf("ISMAP on %v: %v, %v", asOf, l, p)
	}
	if l, p := listsnapshot.On(ss, riskassess.ListISMAPLIU, asOf); l != nil || p != nil {
		t.Errorf("ISMAP-LIU dated after as-of: %v, %v", l, p)
	}
	if l, p := listsnapshot.On(ss, riskassess.ListCorporate, asOf); l != ss[0] || p != nil {
		t.Errorf("corporate: %v, %v", l, p)
	}
	if got := listsnapshot.Stale(ss, asOf, 3); len(got) != 0 {
		t.Errorf("exactly three months old is stale: %v", got)
	}
	got := listsnapshot.Stale(ss, asOf.AddDays(1), 3)
	if len(got) != 1 || got[0] != ss[0] {
		t.Errorf("a day later: %v, want the corporate snapshot", got)
	}
}

// TestOnAnyOrder: On and Stale give what they give on sorted snapshots
// whatever the order (a register built in Go), and leave the slice as it
// is.
func TestOnAnyOrder(t *testing.T) {
	i1 := snap(riskassess.ListISMAP, 2026, 6, 1, "i1.csv")
	i2 := snap(riskassess.ListISMAP, 2026, 9, 1, "i2.csv")
	i3 := snap(riskassess.ListISMAP, 2026, 11, 1, "i3.csv")
	c1 := snap(riskassess.ListCorporate, 2026, 4, 1, "c1.zip")
	c2 := snap(riskassess.ListCorporate, 2026, 11, 1, "c2.zip")
	ss := []*riskassess.ListSnapshot{i3, c2, i1, c1, i2}
	asOf := riskassess.NewDate(2026, 11, 27)
	if l, p := listsnapshot.On(ss, riskassess.ListISMAP, asOf); l != i3 || p != i2 {
		t.Errorf("ISMAP: %v, %v; want %v, %v", l, p, i3, i2)
	}
	if l, p := listsnapshot.On(ss, riskassess.ListCorporate, asOf); l != c2 || p != c1 {
		t.Errorf("corporate: %v, %v; want %v, %v", l, p, c2, c1)
	}
	if got := listsnapshot.Stale(ss, asOf, 3); len(got) != 0 {
		t.Errorf("Stale: %v; the newest snapshots are recent", got)
	}
	if ss[0] != i3 || ss[4] != i2 {
		t.Errorf("the snapshots were reordered: %v", ss)
	}
}
