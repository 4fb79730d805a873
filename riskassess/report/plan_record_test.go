package report_test

import (
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/report"
	"github.com/google/go-cmp/cmp"
)

// TestPlanYearRealItemsAfterRecord: an entry retired (or rejected) by a
// decision dated after the as-of date has nothing due from that day but
// what a record keeps. The plan (and its calendar, `due --fiscal-year
// --format ics`) showed the items the assessment dates as of the as-of
// date, not marked expected, after the retirement: in the example with
// x-chofu-gikai retired on 2027-02-01, 利用規約の確認 on 2027-03-01. Only
// the expected turns stopped there. A retired contractor keeps its
// contract ends and corrective actions; an approval renewed or an
// account suspended after the as-of date, and an entry the register does
// not hold, keep every item.
func TestPlanYearRealItemsAfterRecord(t *testing.T) {
	d := exportDate
	asOf := d("2026-11-27")
	decided := func(e riskassess.Entry, status riskassess.ApprovalStatus, on string) riskassess.Entry {
		e.Base().Approval = riskassess.Approval{Status: status, DecidedOn: d(on),
			History: []riskassess.DecisionRecord{{Status: riskassess.StatusApproved, On: d("2026-04-01")}, {Status: status, On: d(on)}}}
		return e
	}
	social := func() riskassess.Entry {
		s := &riskassess.Social{Status: riskassess.AccountActive}
		s.ID, s.Name, s.Owner.Section = "x", riskassess.T("x", "x"), "koho"
		return s
	}
	retiredSocial := func(on string) riskassess.Entry {
		e := decided(social(), riskassess.StatusRetired, on)
		e.(*riskassess.Social).Status = riskassess.AccountRetired
		return e
	}
	contractor := func() riskassess.Entry {
		c := &riskassess.Contractor{Contracts: []riskassess.Contract{{ID: "k", To: d("2027-03-31")}}}
		c.ID, c.Name, c.Owner.Section = "x", riskassess.T("x", "x"), "koho"
		return c
	}
	type row struct{ Kind, Date string }
	allSocial := []row{{"platform-terms-check", "2027-01-15"}, {"review", "2027-02-01"}, {"password", "2027-03-01"}, {"approval", "2027-03-31"}}
	allContractor := []row{{"confirmation", "2027-02-10"}, {"remediation", "2027-03-01"}, {"reply", "2027-03-05"}, {"contract-end", "2027-03-31"}}
	tests := []struct {
		name      string
		entry     riskassess.Entry // nil: not in the register
		kind      riskassess.Kind
		due, want []row
	}{
		{"account retired on 2027-02-01: only what falls before", retiredSocial("2027-02-01"), riskassess.KindSocial, allSocial,
			[]row{{"platform-terms-check", "2027-01-15"}}},
		{"account retired on 2027-03-31: the day itself is gone", retiredSocial("2027-03-31"), riskassess.KindSocial, allSocial, allSocial[:3]},
		{"contractor retired on 2027-02-01: contract end and corrective action kept", decided(contractor(), riskassess.StatusRetired, "2027-02-01"),
			riskassess.KindContractor, allContractor, []row{{"remediation", "2027-03-01"}, {"contract-end", "2027-03-31"}}},
		{"contractor rejected on 2027-02-01", decided(contractor(), riskassess.StatusRejected, "2027-02-01"),
			riskassess.KindContractor, allContractor, []row{{"remediation", "2027-03-01"}, {"contract-end", "2027-03-31"}}},
		{"approval renewed after the as-of date: all kept", decided(social(), riskassess.StatusApproved, "2027-02-01"), riskassess.KindSocial, allSocial, allSocial},
		{"account suspended after the as-of date: all kept", decided(social(), riskassess.StatusSuspended, "2027-02-01"), riskassess.KindSocial, allSocial, allSocial},
		{"retirement requested, not decided: all kept", decided(social(), riskassess.StatusRequested, "2027-02-01"), riskassess.KindSocial, allSocial, allSocial},
		{"no later decision: all kept", decided(social(), riskassess.StatusApproved, "2026-04-01"), riskassess.KindSocial, allSocial, allSocial},
		{"entry not in the register: all kept", nil, riskassess.KindSocial, allSocial, allSocial},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			reg := &riskassess.Register{}
			switch e := tt.entry.(type) {
			case *riskassess.Social:
				reg.Social = append(reg.Social, e)
			case *riskassess.Contractor:
				reg.Contractors = append(reg.Contractors, e)
			}
			a := riskassess.Assessment{Kind: tt.kind, EntryID: "x", Residual: riskassess.RiskLow}
			for _, x := range tt.due {
				a.Due = append(a.Due, riskassess.DueItem{Kind: riskassess.DueKind(x.Kind), EntryKind: tt.kind, EntryID: "x", Date: d(x.Date)})
			}
			p := report.PlanYear(reg, []riskassess.Assessment{a}, 2026, asOf)
			var got []row
			for _, m := range p.Months {
				for _, s := range m.Sections {
					for _, it := range s.Items {
						if !it.Expected {
							got = append(got, row{string(it.Kind), it.Date.String()})
						}
					}
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("real items of the plan (-want +got):\n%s", diff)
			}
		})
	}
}

// TestDueListInAfterRecord: `due --within` (and its calendar, and the
// site's dashboard) listed, for an account retired by a decision dated
// after the as-of date, the items dated after the retirement (in the
// example with x-chofu-gikai retired on 2027-02-01, 利用規約の確認 on
// 2027-03-01). DueListIn leaves them out, keeps what a retired contractor
// keeps, and keeps every item of an entry not retired (or of a nil
// register: DueList).
func TestDueListInAfterRecord(t *testing.T) {
	d := exportDate
	asOf := d("2026-11-27")
	retired := riskassess.Approval{Status: riskassess.StatusRetired, DecidedOn: d("2027-02-01"),
		History: []riskassess.DecisionRecord{{Status: riskassess.StatusApproved, On: d("2026-04-01")}, {Status: riskassess.StatusRetired, On: d("2027-02-01")}}}
	gone := &riskassess.Social{Status: riskassess.AccountRetired}
	gone.ID, gone.Approval = "gone", retired
	kept := &riskassess.Social{Status: riskassess.AccountActive}
	kept.ID, kept.Approval = "kept", riskassess.Approval{Status: riskassess.StatusApproved, DecidedOn: d("2026-04-01")}
	con := &riskassess.Contractor{}
	con.ID, con.Approval = "con", retired
	reg := &riskassess.Register{Social: []*riskassess.Social{gone, kept}, Contractors: []*riskassess.Contractor{con}}
	item := func(k riskassess.Kind, id string, kind riskassess.DueKind, on string) riskassess.DueItem {
		return riskassess.DueItem{Kind: kind, EntryKind: k, EntryID: id, Date: d(on)}
	}
	as := []riskassess.Assessment{
		{Kind: riskassess.KindSocial, EntryID: "gone", Due: []riskassess.DueItem{
			item(riskassess.KindSocial, "gone", riskassess.DuePlatformTerms, "2027-01-15"), item(riskassess.KindSocial, "gone", riskassess.DuePassword, "2027-02-01"),
			item(riskassess.KindSocial, "gone", riskassess.DuePlatformTerms, "2027-03-01")}},
		{Kind: riskassess.KindSocial, EntryID: "kept", Due: []riskassess.DueItem{item(riskassess.KindSocial, "kept", riskassess.DuePassword, "2027-03-01")}},
		{Kind: riskassess.KindContractor, EntryID: "con", Due: []riskassess.DueItem{
			item(riskassess.KindContractor, "con", riskassess.DueConfirmation, "2027-02-10"), item(riskassess.KindContractor, "con", riskassess.DueContractEnd, "2027-03-31")}},
	}
	type row struct{ ID, Kind, Date string }
	rows := func(items []riskassess.DueItem) []row {
		var out []row
		for _, it := range items {
			out = append(out, row{it.EntryID, string(it.Kind), it.Date.String()})
		}
		return out
	}
	want := []row{{"gone", "platform-terms-check", "2027-01-15"}, {"kept", "password", "2027-03-01"}, {"con", "contract-end", "2027-03-31"}}
	if diff := cmp.Diff(want, rows(report.DueListIn(reg, as, asOf, 150))); diff != "" {
		t.Errorf("DueListIn (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(rows(report.DueList(as, asOf, 150)), rows(report.DueListIn(nil, as, asOf, 150))); diff != "" {
		t.Errorf("DueListIn with a nil register is DueList (-want +got):\n%s", diff)
	}
}

// TestRecordLaterRevertedOrOnDay: an entry retired or rejected by a
// decision dated after the as-of date and put back in use by a later one
// (a retirement reverted, a rejection then an approval) had every item
// dated in between left out of the plan and of `due --within`: RecordOn
// on the item's day read the retirement in force then, though the entry
// is in use again afterwards and the work (a password change, a yearly
// confirmation) is still to be done, overdue from the day it returns.
// Only a retirement or rejection that stands by the last decision
// recorded leaves items out, from the first day of the run of decisions
// that keeps it a record.
func TestRecordLaterRevertedOrOnDay(t *testing.T) {
	d := exportDate
	asOf := d("2026-11-27")
	hist := func(hs ...string) []riskassess.DecisionRecord {
		out := []riskassess.DecisionRecord{{Status: riskassess.StatusApproved, On: d("2026-04-01")}}
		for i := 0; i < len(hs); i += 2 {
			out = append(out, riskassess.DecisionRecord{Status: riskassess.ApprovalStatus(hs[i]), On: d(hs[i+1])})
		}
		return out
	}
	social := func(st riskassess.AccountStatus, ap riskassess.Approval) riskassess.Entry {
		s := &riskassess.Social{Status: st}
		s.ID, s.Name, s.Owner.Section, s.Approval = "x", riskassess.T("x", "x"), "koho", ap
		return s
	}
	contractor := func(ap riskassess.Approval) riskassess.Entry {
		c := &riskassess.Contractor{Contracts: []riskassess.Contract{{ID: "k", To: d("2027-03-31")}}}
		c.ID, c.Name, c.Owner.Section, c.Approval = "x", riskassess.T("x", "x"), "koho", ap
		return c
	}
	type row struct{ Kind, Date string }
	allSocial := []row{{"password", "2026-11-27"}, {"platform-terms-check", "2027-01-15"}, {"password", "2027-02-01"}, {"review", "2027-03-01"}, {"approval", "2027-03-31"}}
	allContractor := []row{{"confirmation", "2027-01-20"}, {"report", "2027-02-10"}, {"contract-end", "2027-03-31"}}
	tests := []struct {
		name      string
		entry     riskassess.Entry
		due, want []row
	}{
		{"account retired on 2027-01-10, approved again on 2027-03-01: all kept",
			social(riskassess.AccountActive, riskassess.Approval{Status: riskassess.StatusApproved, DecidedOn: d("2027-03-01"),
				History: hist("retired", "2027-01-10", "approved", "2027-03-01")}), allSocial, allSocial},
		{"contractor rejected on 2027-01-10, approved on 2027-02-01: all kept",
			contractor(riskassess.Approval{Status: riskassess.StatusApproved, DecidedOn: d("2027-02-01"),
				History: hist("rejected", "2027-01-10", "approved", "2027-02-01")}), allContractor, allContractor},
		{"account retired, approved again, retired on 2027-03-01 for good: from 2027-03-01 gone",
			social(riskassess.AccountRetired, riskassess.Approval{Status: riskassess.StatusRetired, DecidedOn: d("2027-03-01"),
				History: hist("retired", "2027-01-10", "approved", "2027-02-01", "retired", "2027-03-01")}), allSocial, allSocial[:3]},
		{"account retired on 2027-01-10 and again on 2027-02-20: from 2027-01-10 gone",
			social(riskassess.AccountRetired, riskassess.Approval{Status: riskassess.StatusRetired, DecidedOn: d("2027-02-20"),
				History: hist("retired", "2027-01-10", "retired", "2027-02-20")}), allSocial, allSocial[:1]},
		{"retirement decided on the as-of date, approved again on 2027-02-01: all kept",
			social(riskassess.AccountActive, riskassess.Approval{Status: riskassess.StatusApproved, DecidedOn: d("2027-02-01"),
				History: hist("retired", "2026-11-27", "approved", "2027-02-01")}), allSocial, allSocial},
		{"account retired on 2027-01-15 for good: the item of the as-of date kept",
			social(riskassess.AccountRetired, riskassess.Approval{Status: riskassess.StatusRetired, DecidedOn: d("2027-01-15"),
				History: hist("retired", "2027-01-15")}), allSocial, allSocial[:1]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			reg := &riskassess.Register{}
			kind := tt.entry.Kind()
			switch e := tt.entry.(type) {
			case *riskassess.Social:
				reg.Social = append(reg.Social, e)
			case *riskassess.Contractor:
				reg.Contractors = append(reg.Contractors, e)
			}
			a := riskassess.Assessment{Kind: kind, EntryID: "x", Residual: riskassess.RiskLow}
			for _, x := range tt.due {
				a.Due = append(a.Due, riskassess.DueItem{Kind: riskassess.DueKind(x.Kind), EntryKind: kind, EntryID: "x", Date: d(x.Date)})
			}
			p := report.PlanYear(reg, []riskassess.Assessment{a}, 2026, asOf)
			var plan []row
			for _, m := range p.Months {
				for _, s := range m.Sections {
					for _, it := range s.Items {
						if !it.Expected {
							plan = append(plan, row{string(it.Kind), it.Date.String()})
						}
					}
				}
			}
			if diff := cmp.Diff(tt.want, plan); diff != "" {
				t.Errorf("real items of the plan (-want +got):\n%s", diff)
			}
			var due []row
			for _, it := range report.DueListIn(reg, []riskassess.Assessment{a}, asOf, 150) {
				due = append(due, row{string(it.Kind), it.Date.String()})
			}
			if diff := cmp.Diff(tt.want, due); diff != "" {
				t.Errorf("DueListIn (-want +got):\n%s", diff)
			}
		})
	}
}
