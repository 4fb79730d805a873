package listsnapshot

import (
	"slices"
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
)

// Sort sorts snapshots by list, date and source file, stably; the loader
// (riskassess/store) sorts the register's Lists so.
func Sort(ss []*riskassess.ListSnapshot) {
	slices.SortStableFunc(ss, compare)
}

// Sorted returns ss when it is in the order of Sort, else a sorted copy;
// ss itself is never changed. A register built in Go may hold its
// snapshots in any order (a newer one appended before an older one): the
// functions of this package and riskassess/publiclist read them through
// Sorted, so that the order never decides which snapshot is in force.
func Sorted(ss []*riskassess.ListSnapshot) []*riskassess.ListSnapshot {
	if slices.IsSortedFunc(ss, compare) {
		return ss
	}
	c := slices.Clone(ss)
	Sort(c)
	return c
}

func compare(a, b *riskassess.ListSnapshot) int {
	if c := strings.Compare(string(a.List), string(b.List)); c != 0 {
		return c
	}
	if c := a.Date.Compare(b.Date); c != 0 {
		return c
	}
	return strings.Compare(a.Source, b.Source)
}

// On returns the newest snapshot of list dated on or before asOf and the
// one before it (nil when there is none), in the order of Sort (ss may be
// in any order: see Sorted).
func On(ss []*riskassess.ListSnapshot, list riskassess.PublicList, asOf riskassess.Date) (latest, previous *riskassess.ListSnapshot) {
	ss = Sorted(ss)
	for _, s := range ss {
		if s.List != list || asOf.Before(s.Date) {
			continue
		}
		latest, previous = s, latest
	}
	return latest, previous
}

// Stale returns, for each list (corporate numbers, ISMAP, ISMAP-LIU, in
// that order), its newest snapshot dated on or before asOf when that is
// more than months months old on asOf. ss may be in any order (Sorted).
func Stale(ss []*riskassess.ListSnapshot, asOf riskassess.Date, months int) []*riskassess.ListSnapshot {
	ss = Sorted(ss)
	var out []*riskassess.ListSnapshot
	for _, l := range []riskassess.PublicList{riskassess.ListCorporate, riskassess.ListISMAP, riskassess.ListISMAPLIU} {
		s, _ := On(ss, l, asOf)
		if s != nil && s.Date.AddMonths(months).Before(asOf) {
			out = append(out, s)
		}
	}
	return out
}
