package report

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
)

// TestPlanYearOrder: PlanYear orders the items of each month by section
// (Organisation.Sections order, then unlisted sections by id), date,
// reading, entry kind and id, due kind, field and what, and keeps the
// order of the assessments for items equal on every key; the carried and
// chased items likewise without month and section. The reference is
// slices.SortStableFunc comparing every key in turn, with the readings
// looked up at every comparison (as PlanYear did before it sorted
// indices), on items that tie on every prefix of the keys.
func TestPlanYearOrder(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	pick := func(xs ...string) string { return xs[r.IntN(len(xs))] }
	reg := &riskassess.Register{Org: riskassess.Organisation{Sections: []riskassess.Section{{ID: "soumu"}, {ID: "jimu"}}}}
	// Two entries share a reading, one has none in the register, and the
	// same id is a contractor and a service.
	for _, e := range []struct{ id, kana string }{{"a", "アルファ"}, {"b", "アルファ"}, {"c", "ベータ"}, {"d", ""}} {
		c := &riskassess.Contractor{LegalNameKana: e.kana}
		c.ID, c.Name = e.id, riskassess.T("名"+e.id, "")
		reg.Contractors = append(reg.Contractors, c)
	}
	s := &riskassess.Service{}
	s.ID, s.Name = "a", riskassess.T("アルファ", "")
	reg.Services = append(reg.Services, s)
	kinds := []riskassess.Kind{riskassess.KindContractor, riskassess.KindService}
	asOf := riskassess.NewDate(2026, time.June, 15)
	var as []riskassess.Assessment
	n := 0
	for range 1000 {
		a := riskassess.Assessment{Kind: kinds[r.IntN(2)], EntryID: pick("a", "b", "c", "d", "x")}
		for range 1 + r.IntN(6) {
			d := riskassess.DueItem{
				// Around the start of FY2026 and the as-of date: carried,
				// chased, in the plan and tied on the day.
				Date:    riskassess.NewDate(2026, time.Month(3+r.IntN(4)), 1+15*r.IntN(2)),
				Kind:    riskassess.DueKind(pick("review", "reply", "certificate")),
				Section: pick("soumu", "jimu", "zz", "aa", ""),
				Field:   pick("", "", "", "f"),
				What:    pick("", "", "", "w"),
				Note:    riskassess.T(fmt.Sprint(n), ""), // not a key: tells the stable order apart
			}
			n++
			a.Due = append(a.Due, d)
		}
		as = append(as, a)
	}
	p := PlanYear(reg, as, 2026, asOf)

	// The reference: the items as PlanYear collects them, sorted stably.
	entries := EntryIndex(reg)
	reading := func(it *PlanItem) string {
		if e := entries[riskassess.EntryKey{Kind: it.EntryKind, ID: it.EntryID}]; e != nil {
			return SortName(e)
		}
		return ""
	}
	byEntry := func(a, b PlanItem) int {
		return cmp.Or(a.Date.Compare(b.Date), strings.Compare(reading(&a), reading(&b)),
			cmp.Compare(dueKindOrder(a.EntryKind), dueKindOrder(b.EntryKind)), strings.Compare(a.EntryID, b.EntryID),
			strings.Compare(string(a.Kind), string(b.Kind)), strings.Compare(a.Field, b.Field), strings.Compare(a.What, b.What))
	}
	sec := func(id string) (int, string) {
		if i := slices.IndexFunc(reg.Org.Sections, func(s riskassess.Section) bool { return s.ID == id }); i >= 0 {
			return i, ""
		}
		return len(reg.Org.Sections), id
	}
	var want, got []PlanItem
	for i := range as {
		for _, d := range as[i].Due {
			if p.Year.Contains(d.Date) {
				d.EntryKind, d.EntryID = as[i].Kind, as[i].EntryID
				want = append(want, PlanItem{DueItem: d})
			}
		}
	}
	slices.SortStableFunc(want, func(a, b PlanItem) int {
		ai, as := sec(a.Section)
		bi, bs := sec(b.Section)
		return cmp.Or(cmp.Compare(a.Date.Year*12+int(a.Date.Month), b.Date.Year*12+int(b.Date.Month)),
			cmp.Compare(ai, bi), strings.Compare(as, bs), byEntry(a, b))
	})
	for _, m := range p.Months {
		for _, s := range m.Sections {
			got = append(got, s.Items...)
		}
	}
	key := func(its []PlanItem) []string {
		var out []string
		for _, it := range its {
			out = append(out, strings.Join([]string{it.Date.String(), it.Section, string(it.EntryKind), it.EntryID, string(it.Kind), it.Field, it.What, it.Note.Ja}, "|"))
		}
		return out
	}
	if len(want) < 500 {
		t.Fatalf("only %d items in the plan: the test needs many ties", len(want))
	}
	if !slices.Equal(key(got), key(want)) {
		t.Error("the plan's items are not in the order of a stable sort comparing every key in turn")
	}
	for _, list := range []struct {
		name string
		got  []PlanItem
	}{{"carried", p.Carried}, {"chase", p.Chase}} {
		if len(list.got) < 20 {
			t.Fatalf("%s: only %d items", list.name, len(list.got))
		}
		ref := collected(as, list.name, p.Year, asOf)
		slices.SortStableFunc(ref, byEntry)
		if !slices.Equal(key(list.got), key(ref)) {
			t.Errorf("%s: not in the order of a stable sort comparing every key in turn", list.name)
		}
	}
}

// collected returns the items PlanYear carries over (name "carried") or
// chases ("chase"), in the order it collects them.
func collected(as []riskassess.Assessment, name string, fy riskassess.FiscalYear, asOf riskassess.Date) []PlanItem {
	var out []PlanItem
	for i := range as {
		for _, d := range as[i].Due {
			d.EntryKind, d.EntryID = as[i].Kind, as[i].EntryID
			chase := d.Kind == riskassess.DueReply && !d.Date.IsZero() && d.Date.Before(asOf)
			carried := !chase && !d.Date.IsZero() && d.Date.Before(fy.Start()) && d.OverdueAsOf(asOf)
			if (name == "chase" && chase) || (name == "carried" && carried) {
				d.Overdue = true
				out = append(out, PlanItem{DueItem: d})
			}
		}
	}
	return out
}
