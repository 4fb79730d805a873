package report_test

import (
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/gikai-sec/riskregister/riskassess/report"
	"github.com/google/go-cmp/cmp"
)

// planRow is one item of a year plan, its carried items and DueListIn's
// list as the tests of this file compare them.
type planRow struct {
	Kind, Date, Field string
	Overdue, Expected bool
}

// planRows returns the items of p's months (expected ones included) and
// those carried over, in the plan's order.
func planRows(p report.YearPlan) (months, carried []planRow) {
	for _, m := range p.Months {
		for _, s := range m.Sections {
			for _, it := range s.Items {
				months = append(months, planRow{string(it.Kind), it.Date.String(), it.Field, it.Overdue, it.Expected})
			}
		}
	}
	for _, it := range p.Carried {
		carried = append(carried, planRow{string(it.Kind), it.Date.String(), it.Field, it.Overdue, false})
	}
	return months, carried
}

// TestPlanYearRetiredNoContractEnd: a contractor retired with a contract
// that records no end date (to) and no return of its information:
// the contract ended at the latest with the retirement, so the return or
// deletion (the contract-end item on data_returned_on) is due on the
// retirement's date. The plan showed it for a retirement by the as-of
// date, but for one decided ahead (dated after the as-of date, not
// reverted) it showed nothing: the assessment, as of the as-of date when
// the contractor was in use, dates no contract end, and the plan kept
// only the contract ends a record keeps.
func TestPlanYearRetiredNoContractEnd(t *testing.T) {
	d := exportDate
	asOf := d("2026-11-27")
	hist := func(hs ...string) []riskassess.DecisionRecord {
		out := []riskassess.DecisionRecord{{Status: riskassess.StatusApproved, Approver: "kacho", On: d("2026-04-01")}}
		for i := 0; i < len(hs); i += 2 {
			out = append(out, riskassess.DecisionRecord{Status: riskassess.ApprovalStatus(hs[i]), Approver: "kacho", On: d(hs[i+1])})
		}
		return out
	}
	last := func(status, on string, hs ...string) riskassess.Approval {
		return riskassess.Approval{Status: riskassess.ApprovalStatus(status), Approver: "kacho", DecidedOn: d(on), History: hist(hs...)}
	}
	con := func(ap riskassess.Approval, cs ...riskassess.Contract) *riskassess.Contractor {
		c := &riskassess.Contractor{Contracts: cs}
		c.ID, c.Name, c.Owner.Section, c.Approval = "x", riskassess.T("x", "x"), "koho", ap
		c.LastReviewed = d("2026-04-01")
		return c
	}
	open := riskassess.Contract{ID: "k", From: d("2026-04-01")}
	ret := func(on string) riskassess.Approval { return last("retired", on, "retired", on) }
	returnOn := func(on string) planRow {
		return planRow{Kind: "contract-end", Date: on, Field: "contracts[0].data_returned_on"}
	}
	returned := open
	returned.DataReturnedOn = d("2026-11-20")
	returnedLater := open
	returnedLater.DataReturnedOn = d("2027-01-20")
	ending := open
	ending.To = d("2027-03-31")
	renewed := open
	renewed.RenewedBy = "k2"
	renewal := riskassess.Contract{ID: "k2", From: d("2026-10-01"), To: d("2027-03-31")}
	tests := []struct {
		name          string
		e             *riskassess.Contractor
		fy            riskassess.FiscalYear
		want, carried []planRow
	}{
		{"retired on 2026-10-01, no end: the return due then, overdue", con(ret("2026-10-01"), open), 2026,
			[]planRow{{"contract-end", "2026-10-01", "contracts[0].data_returned_on", true, false}}, nil},
		{"retired on 2027-02-01 (ahead), no end: the return due then", con(ret("2027-02-01"), open), 2026,
			[]planRow{returnOn("2027-02-01")}, nil},
		{"rejected on 2027-02-01 after use, no end: the return due then", con(last("rejected", "2027-02-01", "rejected", "2027-02-01"), open), 2026,
			[]planRow{returnOn("2027-02-01")}, nil},
		{"retired on 2027-05-01 (next year), no end: not in this year", con(ret("2027-05-01"), open), 2026, nil, nil},
		{"retired on 2027-05-01 (next year), no end: in the next year's plan", con(ret("2027-05-01"), open), 2027,
			[]planRow{returnOn("2027-05-01")}, nil},
		{"retired on 2026-10-01, no end, next year's plan: carried over", con(ret("2026-10-01"), open), 2027,
			nil, []planRow{{"contract-end", "2026-10-01", "contracts[0].data_returned_on", true, false}}},
		// What would make the new item wrong the other way.
		{"retired ahead, approved again: the contract goes on, nothing", con(last("approved", "2027-03-01", "retired", "2027-02-01", "approved", "2027-03-01"), open), 2026, nil, nil},
		{"retired ahead, data returned by the as-of date: nothing", con(ret("2027-02-01"), returned), 2026, nil, nil},
		{"retired ahead, data returned after the as-of date: still due then", con(ret("2027-02-01"), returnedLater), 2026,
			[]planRow{returnOn("2027-02-01")}, nil},
		{"retired ahead, contract with an end: its end, not the retirement", con(ret("2027-02-01"), ending), 2026,
			[]planRow{{Kind: "contract-end", Date: "2027-03-31", Field: "contracts[0].to"}}, nil},
		{"retired ahead, no end, carried on by a renewal: only the renewal's end", con(ret("2027-02-01"), renewed, renewal), 2026,
			[]planRow{{Kind: "contract-end", Date: "2027-03-31", Field: "contracts[1].to"}}, nil},
		{"suspended ahead, no end: nothing", con(last("suspended", "2027-02-01", "suspended", "2027-02-01"), open), 2026, nil, nil},
		{"retirement requested ahead, no end: nothing", con(last("requested", "2027-02-01", "requested", "2027-02-01"), open), 2026, nil, nil},
		{"in use, no end: nothing (the catalogue reports the missing end)", con(last("approved", "2026-04-01"), open), 2026, nil, nil},
		{"never approved, rejected ahead, no end: nothing", con(riskassess.Approval{Status: riskassess.StatusRejected, Approver: "kacho", DecidedOn: d("2027-02-01"),
			History: []riskassess.DecisionRecord{{Status: riskassess.StatusRequested, On: d("2026-10-01")}, {Status: riskassess.StatusRejected, Approver: "kacho", On: d("2027-02-01")}}}, open), 2026, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			reg := &riskassess.Register{Contractors: []*riskassess.Contractor{tt.e}}
			as := assessAll(t, reg, asOf)
			months, carried := planRows(report.PlanYear(reg, as, tt.fy, asOf))
			var got []planRow
			for _, r := range months {
				if r.Kind == "contract-end" {
					got = append(got, r)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("contract ends of the plan (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.carried, carried); diff != "" {
				t.Errorf("carried (-want +got):\n%s", diff)
			}
			// due --within 90 days lists the same returns up to then.
			var due, want []planRow
			for _, it := range report.DueListIn(reg, as, asOf, 90) {
				if it.Kind == riskassess.DueContractEnd {
					due = append(due, planRow{string(it.Kind), it.Date.String(), it.Field, it.Overdue, false})
				}
			}
			for _, r := range append(append([]planRow(nil), tt.carried...), tt.want...) {
				if r.Date <= asOf.AddDays(90).String() {
					want = append(want, r)
				}
			}
			if diff := cmp.Diff(want, due); diff != "" {
				t.Errorf("DueListIn (-want +got):\n%s", diff)
			}
		})
	}
}

// TestPlanYearBackInUse: an entry that is a record on the as-of date
// (retired on it, or before) and approved again by a later decision is in
// use from that decision: its review (the decision is one) and its yearly
// tasks fall due again, counted as of that day, a task already past its
// date then due on the day itself. The plan (and due --within) showed
// nothing for it after the approval: the assessment, as of the as-of
// date, is a record's (no review, no yearly task) and the plan counted no
// turn for a record. A retirement that stands, an approval in a later
// year, and a second retirement after the approval bound what comes back;
// a request to approve it again brings it back as an approval does (the
// engine reads the request as the state: TestRequestAfterRecordAgrees).
func TestPlanYearBackInUse(t *testing.T) {
	d := exportDate
	asOf := d("2026-11-27")
	hist := func(hs ...string) []riskassess.DecisionRecord {
		out := []riskassess.DecisionRecord{{Status: riskassess.StatusApproved, Approver: "kacho", On: d("2026-04-01")}}
		for i := 0; i < len(hs); i += 2 {
			out = append(out, riskassess.DecisionRecord{Status: riskassess.ApprovalStatus(hs[i]), Approver: "kacho", On: d(hs[i+1])})
		}
		return out
	}
	last := func(status, on string, hs ...string) riskassess.Approval {
		return riskassess.Approval{Status: riskassess.ApprovalStatus(status), Approver: "kacho", DecidedOn: d(on), History: hist(hs...)}
	}
	social := func(st riskassess.AccountStatus, ap riskassess.Approval) riskassess.Entry {
		s := &riskassess.Social{Status: st, PasswordChangedOn: d("2026-03-01"), TermsCheckedOn: d("2026-01-15")}
		s.ID, s.Name, s.Owner.Section, s.Approval, s.LastReviewed = "x", riskassess.T("x", "x"), "koho", ap, d("2026-04-01")
		return s
	}
	contractor := func(ap riskassess.Approval) riskassess.Entry {
		c := &riskassess.Contractor{LastConfirmed: d("2026-03-10"),
			Contracts: []riskassess.Contract{{ID: "k", From: d("2026-04-01"), To: d("2027-03-31")}}}
		c.ID, c.Name, c.Owner.Section, c.Approval, c.LastReviewed = "x", riskassess.T("x", "x"), "koho", ap, d("2026-04-01")
		return c
	}
	back := func(kind, date, field string) planRow { return planRow{Kind: kind, Date: date, Field: field} }
	terms := back("platform-terms-check", "2027-02-01", "terms_checked_on") // due 2027-01-15: past when approved again
	password := back("password", "2027-03-01", "password_changed_on")
	review := back("review", "2027-03-01", "approval.decided_on")
	tests := []struct {
		name string
		e    riskassess.Entry
		fy   riskassess.FiscalYear
		want []planRow
	}{
		{"retired on the as-of date, approved again on 2027-02-01", social(riskassess.AccountActive,
			last("approved", "2027-02-01", "retired", "2026-11-27", "approved", "2027-02-01")), 2026,
			[]planRow{terms, password, review}},
		{"retired before the as-of date, approved again on 2027-02-01", social(riskassess.AccountActive,
			last("approved", "2027-02-01", "retired", "2026-10-01", "approved", "2027-02-01")), 2026,
			[]planRow{terms, password, review}},
		{"contractor retired on the as-of date, approved again: its contract end once", contractor(
			last("approved", "2027-02-01", "retired", "2026-11-27", "approved", "2027-02-01")), 2026,
			[]planRow{back("review", "2027-03-01", "approval.decided_on"), back("confirmation", "2027-03-10", "last_confirmed"),
				back("contract-end", "2027-03-31", "contracts[0].to")}},
		// What would make the new items wrong the other way.
		{"retired on the as-of date for good: nothing", social(riskassess.AccountRetired,
			last("retired", "2026-11-27", "retired", "2026-11-27")), 2026, nil},
		{"retired on the as-of date, approval requested again: in the approval process from then (TestRequestAfterRecordAgrees)", social(riskassess.AccountActive,
			last("requested", "2027-02-01", "retired", "2026-11-27", "requested", "2027-02-01")), 2026,
			[]planRow{terms, back("review", "2027-02-01", "approval.history[1].on"), password, {"review", "2027-03-01", "", false, true}}},
		{"retired on the as-of date, approved again, retired again on 2027-02-20: only the day it came back", social(riskassess.AccountRetired,
			last("retired", "2027-02-20", "retired", "2026-11-27", "approved", "2027-02-01", "retired", "2027-02-20")), 2026,
			[]planRow{terms}},
		{"retired on the as-of date, approved again in the next year: nothing this year", social(riskassess.AccountActive,
			last("approved", "2027-05-01", "retired", "2026-11-27", "approved", "2027-05-01")), 2026, nil},
		{"retired on the as-of date, approved again in the next year: in its plan", social(riskassess.AccountActive,
			last("approved", "2027-05-01", "retired", "2026-11-27", "approved", "2027-05-01")), 2027,
			[]planRow{back("password", "2027-05-01", "password_changed_on"), back("platform-terms-check", "2027-05-01", "terms_checked_on"),
				back("review", "2027-06-01", "approval.decided_on"), {"review", "2027-07-01", "", false, true},
				{"review", "2027-08-01", "", false, true}, {"review", "2027-09-01", "", false, true}, {"review", "2027-10-01", "", false, true},
				{"review", "2027-11-01", "", false, true}, {"review", "2027-12-01", "", false, true}, {"review", "2028-01-01", "", false, true},
				{"review", "2028-02-01", "", false, true}, {"review", "2028-03-01", "", false, true}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			reg := &riskassess.Register{Org: riskassess.Organisation{ReviewIntervals: riskassess.ReviewIntervals{Low: 1, Medium: 1, High: 1, Critical: 1}}}
			switch e := tt.e.(type) {
			case *riskassess.Social:
				reg.Social = append(reg.Social, e)
			case *riskassess.Contractor:
				reg.Contractors = append(reg.Contractors, e)
			}
			as := assessAll(t, reg, asOf)
			p := report.PlanYear(reg, as, tt.fy, asOf)
			months, _ := planRows(p)
			if diff := cmp.Diff(tt.want, months); diff != "" {
				t.Errorf("plan (-want +got):\n%s", diff)
			}
			// The task past due when the entry comes back says so.
			for _, m := range p.Months {
				for _, s := range m.Sections {
					for _, it := range s.Items {
						if it.Field == "terms_checked_on" && it.Date == d("2027-02-01") {
							want := riskassess.T("再び承認された日（2027-02-01）に期限（2027-01-15）を過ぎている", "past due (2027-01-15) when approved again on 2027-02-01")
							if tt.e.Base().Approval.Status == riskassess.StatusRequested {
								want = riskassess.T("再び申請された日（2027-02-01）に期限（2027-01-15）を過ぎている", "past due (2027-01-15) when requested again on 2027-02-01")
							}
							if it.Note != want {
								t.Errorf("note %+v, want %+v", it.Note, want)
							}
						}
					}
				}
			}
			// due --within 90 days lists the real items up to then.
			var due, want []planRow
			for _, it := range report.DueListIn(reg, as, asOf, 90) {
				due = append(due, planRow{string(it.Kind), it.Date.String(), it.Field, it.Overdue, false})
			}
			if tt.fy == 2026 {
				for _, r := range tt.want {
					if !r.Expected && r.Date <= asOf.AddDays(90).String() {
						want = append(want, r)
					}
				}
			}
			if diff := cmp.Diff(want, due); diff != "" {
				t.Errorf("DueListIn (-want +got):\n%s", diff)
			}
		})
	}
}

// TestNoReviewAfterRecordAhead: an entry in use on the as-of date whose
// review (its review_due, 2027-03-01) falls on or after the day a
// retirement decided ahead (2027-02-01) makes it a record for good has no
// next review: the register table (ShownNextReview; the site's register
// page reads it too) shows none, not the review after the retirement nor
// the review_due of the file, and NextActions dates no step after the
// retirement (its deadline, with no review to come, is the as-of date).
// A review before the retirement, and a retirement reverted by a later
// approval, keep the date.
func TestNoReviewAfterRecordAhead(t *testing.T) {
	d := exportDate
	asOf := d("2026-11-27")
	svc := func(id, reviewDue string, hs ...string) *riskassess.Service {
		ap := riskassess.Approval{Status: riskassess.StatusApproved, Approver: "kacho", DecidedOn: d("2026-04-01"),
			History: []riskassess.DecisionRecord{{Status: riskassess.StatusApproved, Approver: "kacho", On: d("2026-04-01")}}}
		for i := 0; i < len(hs); i += 2 {
			ap.Status, ap.DecidedOn = riskassess.ApprovalStatus(hs[i]), d(hs[i+1])
			ap.History = append(ap.History, riskassess.DecisionRecord{Status: ap.Status, Approver: "kacho", On: ap.DecidedOn})
		}
		s := &riskassess.Service{}
		s.ID, s.Name, s.Owner.Section, s.Approval = id, riskassess.T(id, id), "koho", ap
		s.LastReviewed, s.ReviewDue = d("2026-04-01"), d(reviewDue)
		return s
	}
	reg := &riskassess.Register{Services: []*riskassess.Service{
		svc("after", "2027-03-01", "retired", "2027-02-01"),
		svc("on-the-day", "2027-02-01", "retired", "2027-02-01"),
		svc("before", "2027-01-31", "retired", "2027-02-01"),
		svc("rejected-after-use", "2027-03-01", "rejected", "2027-02-01"),
		svc("approved-again", "2027-03-01", "retired", "2027-02-01", "approved", "2027-02-20"),
	}}
	as := assessAll(t, reg, asOf)
	got := map[string]string{}
	tb := report.RegisterTable(reg, as, riskassess.KindService, "ja")
	for _, r := range tb.Rows {
		for i, c := range tb.Columns {
			if c.Key == "next_review" {
				got[r.ID] = r.Values[i].Text
			}
		}
	}
	want := map[string]string{"after": "", "on-the-day": "", "before": "2027-01-31", "rejected-after-use": "", "approved-again": "2027-03-01"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("next_review (-want +got):\n%s", diff)
	}
	late := map[string][]string{}
	for i := range as {
		e := reg.Services[i]
		from := riskassess.RecordFrom(e, asOf)
		for _, s := range report.NextActions(&reg.Org, e, &as[i]).Steps {
			if !from.IsZero() && !s.Due.Before(from) {
				late[e.ID] = append(late[e.ID], s.Requirement+" "+s.Due.String())
			}
		}
	}
	if diff := cmp.Diff(map[string][]string{}, late); diff != "" {
		t.Errorf("NextActions steps due on or after the retirement (-want +got):\n%s", diff)
	}
}

// TestPlanYearCarriedRetiredAhead: a task overdue on the as-of date is
// carried over into the plan of a later year, but not for an entry that is
// a record for good by the first day of that year (retired, or rejected
// after use, by a decision after the as-of date that nothing reverts): a
// retired account's review and password change are no longer due then,
// as a record has none. The plan of 2027 carried both of an account
// retired on 2027-02-01. What a record keeps (a contractor's overdue
// contract end and corrective action) is still carried; so is every task
// of an entry retired during the year (due until then), or approved again
// after the retirement, and the plan of the year of the as-of date is
// unchanged (the tasks are due now).
func TestPlanYearCarriedRetiredAhead(t *testing.T) {
	d := exportDate
	asOf := d("2026-11-27")
	ap := func(hs ...string) riskassess.Approval {
		a := riskassess.Approval{Status: riskassess.StatusApproved, Approver: "kacho", DecidedOn: d("2026-04-01"),
			History: []riskassess.DecisionRecord{{Status: riskassess.StatusApproved, Approver: "kacho", On: d("2026-04-01")}}}
		for i := 0; i < len(hs); i += 2 {
			a.Status, a.DecidedOn = riskassess.ApprovalStatus(hs[i]), d(hs[i+1])
			a.History = append(a.History, riskassess.DecisionRecord{Status: a.Status, Approver: "kacho", On: a.DecidedOn})
		}
		return a
	}
	social := func(ap riskassess.Approval) riskassess.Entry {
		s := &riskassess.Social{Status: riskassess.AccountActive, PasswordChangedOn: d("2025-10-01"), TermsCheckedOn: d("2026-01-15")}
		s.ID, s.Name, s.Owner.Section, s.Approval, s.LastReviewed = "x", riskassess.T("x", "x"), "koho", ap, d("2026-04-01")
		return s
	}
	contractor := func(ap riskassess.Approval) riskassess.Entry {
		c := &riskassess.Contractor{LastConfirmed: d("2026-03-10"),
			Contracts:   []riskassess.Contract{{ID: "k", From: d("2026-04-01"), To: d("2026-10-31")}},
			Remediation: []riskassess.RemediationItem{{Summary: "r", Due: d("2026-10-10")}}}
		c.ID, c.Name, c.Owner.Section, c.Approval, c.LastReviewed = "x", riskassess.T("x", "x"), "koho", ap, d("2026-04-01")
		return c
	}
	over := func(kind, date, field string) planRow {
		return planRow{Kind: kind, Date: date, Field: field, Overdue: true}
	}
	review, password := over("review", "2026-07-01", "last_reviewed"), over("password", "2026-10-01", "password_changed_on")
	kept := []planRow{over("remediation", "2026-10-10", "remediation[0].due"), over("contract-end", "2026-10-31", "contracts[0].to")}
	tests := []struct {
		name string
		e    riskassess.Entry
		fy   riskassess.FiscalYear
		want []planRow
	}{
		{"account retired on 2027-02-01: nothing carried into 2027", social(ap("retired", "2027-02-01")), 2027, nil},
		{"account retired on 2027-04-01, the first day: nothing carried", social(ap("retired", "2027-04-01")), 2027, nil},
		{"account rejected on 2027-02-01 after use: nothing carried", social(ap("rejected", "2027-02-01")), 2027, nil},
		{"account retired on 2027-04-02, during the year: carried", social(ap("retired", "2027-04-02")), 2027, []planRow{review, password}},
		{"account retired, approved again before the year: carried", social(ap("retired", "2027-02-01", "approved", "2027-03-01")), 2027, []planRow{review, password}},
		{"account suspended ahead: carried", social(ap("suspended", "2027-02-01")), 2027, []planRow{review, password}},
		{"account in use: carried", social(ap()), 2027, []planRow{review, password}},
		{"contractor retired on 2027-02-01: what a record keeps", contractor(ap("retired", "2027-02-01")), 2027, kept},
		{"account retired on 2027-02-01, plan of 2026: nothing carried (in its months)", social(ap("retired", "2027-02-01")), 2026, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			reg := &riskassess.Register{}
			switch e := tt.e.(type) {
			case *riskassess.Social:
				reg.Social = append(reg.Social, e)
			case *riskassess.Contractor:
				reg.Contractors = append(reg.Contractors, e)
			}
			as := assessAll(t, reg, asOf)
			_, carried := planRows(report.PlanYear(reg, as, tt.fy, asOf))
			var got []planRow
			for _, r := range carried {
				if r.Kind != "confirmation" {
					got = append(got, r)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("carried (-want +got):\n%s", diff)
			}
		})
	}
}

// TestRequestAfterRecordAgrees: an entry retired (or rejected) and then
// requested again (申請中, or a draft: 起案中) is in the approval process
// again from the request's date, as a first application is: the engine
// (riskassess.RecordOn, and so Assess and DueItems) reads the request as
// the state after a retirement, with its review and yearly tasks due, and
// the year plan and due --within made on a day the entry was a record now
// bring those items back on the request's date, as they do for an
// approval. Before, the plan made as of 2027-02-10 showed nothing after
// the request of 2027-03-15 (backInUse wanted an approval), while due as
// of 2027-03-20 listed the review, the password change and the terms
// check as overdue. A retirement that stands, a request that is rejected
// afterwards, and an approval again bound it; the engine's list as of
// 2027-03-20 and the plan's items from 2027-03-15 are compared for the same
// entry.
func TestRequestAfterRecordAgrees(t *testing.T) {
	d := exportDate
	planAsOf, dueAsOf := d("2027-02-10"), d("2027-03-20")
	ap := func(status, on string, hs ...string) riskassess.Approval {
		h := []riskassess.DecisionRecord{{Status: riskassess.StatusApproved, Approver: "kacho", On: d("2026-04-01")}}
		for i := 0; i < len(hs); i += 2 {
			h = append(h, riskassess.DecisionRecord{Status: riskassess.ApprovalStatus(hs[i]), Approver: "kacho", On: d(hs[i+1])})
		}
		return riskassess.Approval{Status: riskassess.ApprovalStatus(status), Approver: "kacho", DecidedOn: d(on), History: h}
	}
	social := func(st riskassess.AccountStatus, a riskassess.Approval) *riskassess.Social {
		s := &riskassess.Social{Status: st, PasswordChangedOn: d("2026-03-01"), TermsCheckedOn: d("2026-01-15")}
		s.ID, s.Name, s.Owner.Section, s.Approval, s.LastReviewed = "x", riskassess.T("x", "x"), "koho", a, d("2026-04-01")
		return s
	}
	row := func(kind, date, field string, overdue bool) planRow {
		return planRow{kind, date, field, overdue, false}
	}
	terms := row("platform-terms-check", "2027-01-15", "terms_checked_on", true)
	password := row("password", "2027-03-01", "password_changed_on", true)
	// The retirement (or rejection) is the last decision: the review.
	reviewRetired := row("review", "2028-02-01", "approval.history[1].on", false)
	// Past due on the request's day: dated that day, not overdue as of
	// 2027-02-10; the review (2028) is in the next year.
	back := []planRow{row("password", "2027-03-15", "password_changed_on", false), row("platform-terms-check", "2027-03-15", "terms_checked_on", false)}
	requestedNote := riskassess.T("再び申請された日（2027-03-15）に期限（2027-03-01）を過ぎている", "past due (2027-03-01) when requested again on 2027-03-15")
	tests := []struct {
		name   string
		e      *riskassess.Social
		due    []planRow       // Assess as of dueAsOf: its Due
		plan   []planRow       // PlanYear(2026) as of planAsOf: its months, expected turns left out
		within []planRow       // DueListIn as of planAsOf, 60 days
		note   riskassess.Text // the note of the plan's password change, past due on 2027-03-15
	}{
		{name: "retired 02-01, requested 03-15", e: social(riskassess.AccountActive, ap("requested", "2027-03-15", "retired", "2027-02-01", "requested", "2027-03-15")),
			due: []planRow{terms, password, reviewRetired}, plan: back, within: back, note: requestedNote},
		{name: "retired 02-01, draft 03-15", e: social(riskassess.AccountActive, ap("draft", "2027-03-15", "retired", "2027-02-01", "draft", "2027-03-15")),
			due: []planRow{terms, password, reviewRetired}, plan: back, within: back, note: requestedNote},
		{name: "rejected 02-01 after the approval, requested 03-15", e: social(riskassess.AccountActive, ap("requested", "2027-03-15", "rejected", "2027-02-01", "requested", "2027-03-15")),
			due: []planRow{terms, password, reviewRetired}, plan: back, within: back, note: requestedNote},
		{name: "retired 02-01, approved again 03-15", e: social(riskassess.AccountActive, ap("approved", "2027-03-15", "retired", "2027-02-01", "approved", "2027-03-15")),
			due: []planRow{terms, password, row("review", "2028-03-15", "approval.decided_on", false)}, plan: back, within: back,
			note: riskassess.T("再び承認された日（2027-03-15）に期限（2027-03-01）を過ぎている", "past due (2027-03-01) when approved again on 2027-03-15")},
		// What would make the rule wrong the other way.
		{name: "retired 02-01 for good: nothing", e: social(riskassess.AccountActive, ap("retired", "2027-02-01", "retired", "2027-02-01"))},
		{name: "requested 01-20, retired 02-01: the request is before, nothing", e: social(riskassess.AccountActive, ap("retired", "2027-02-01", "requested", "2027-01-20", "retired", "2027-02-01"))},
		{name: "retired 02-01, requested 03-15, rejected 03-18: only the day of the request", e: social(riskassess.AccountActive,
			ap("rejected", "2027-03-18", "retired", "2027-02-01", "requested", "2027-03-15", "rejected", "2027-03-18")),
			plan: back, within: back, note: requestedNote},
		{name: "retired 02-01, requested in the next year: nothing this year", e: social(riskassess.AccountActive,
			ap("requested", "2027-05-01", "retired", "2027-02-01", "requested", "2027-05-01"))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			reg := &riskassess.Register{Org: riskassess.Organisation{ReviewIntervals: riskassess.ReviewIntervals{Low: 12, Medium: 12, High: 12, Critical: 12}}}
			reg.Social = append(reg.Social, tt.e)
			var due []planRow
			for _, it := range assessAll(t, reg, dueAsOf)[0].Due {
				due = append(due, row(string(it.Kind), it.Date.String(), it.Field, it.Overdue))
			}
			if diff := cmp.Diff(tt.due, due); diff != "" {
				t.Errorf("Assess as of %s: Due (-want +got):\n%s", dueAsOf, diff)
			}
			as := assessAll(t, reg, planAsOf)
			p := report.PlanYear(reg, as, 2026, planAsOf)
			months, _ := planRows(p)
			var plan []planRow
			for _, r := range months {
				if !r.Expected {
					plan = append(plan, r)
				}
			}
			var note riskassess.Text
			for _, m := range p.Months {
				for _, s := range m.Sections {
					for _, it := range s.Items {
						if it.Kind == riskassess.DuePassword && !it.Expected {
							note = it.Note
						}
					}
				}
			}
			if diff := cmp.Diff(tt.note, note); diff != "" {
				t.Errorf("PlanYear as of %s: the password change's note (-want +got):\n%s", planAsOf, diff)
			}
			if diff := cmp.Diff(tt.plan, plan); diff != "" {
				t.Errorf("PlanYear as of %s (-want +got):\n%s", planAsOf, diff)
			}
			var within []planRow
			for _, it := range report.DueListIn(reg, as, planAsOf, 60) {
				within = append(within, row(string(it.Kind), it.Date.String(), it.Field, it.Overdue))
			}
			if diff := cmp.Diff(tt.within, within); diff != "" {
				t.Errorf("DueListIn as of %s (-want +got):\n%s", planAsOf, diff)
			}
		})
	}
}

// TestBackInUseDatedByAnswer: an entry retired and then approved again
// after the as-of date, one of whose yearly tasks (or its yearly
// re-evaluation) has an empty register field and is dated only by the
// council's answer to its date question. Assess dates such a task by the
// answer (riskassess.DueItemsAt, ReviewAt); the items the year plan and
// due --within give the entry from the day it comes back (backItems) were
// made from the register alone (riskassess.DueItems, ReviewOf), so the
// task had no item there, or the review the approval's date only. Assess as
// of 2027-03-20 and PlanYearAt / DueListInAt as of 2027-02-10 are compared
// for the same entry; PlanYear and DueListIn (no catalogue) still read the
// register alone.
func TestBackInUseDatedByAnswer(t *testing.T) {
	d := exportDate
	planAsOf, dueAsOf := d("2027-02-10"), d("2027-03-20")
	// Approved 2026-04-01, retired 2027-02-01, approved again 2027-03-15.
	ap := riskassess.Approval{Status: riskassess.StatusApproved, Approver: "kacho", DecidedOn: d("2027-03-15"),
		History: []riskassess.DecisionRecord{
			{Status: riskassess.StatusApproved, Approver: "kacho", On: d("2026-04-01")},
			{Status: riskassess.StatusRetired, Approver: "kacho", On: d("2027-02-01")},
			{Status: riskassess.StatusApproved, Approver: "kacho", On: d("2027-03-15")}}}
	social := &riskassess.Social{Status: riskassess.AccountActive, PasswordChangedOn: d("2026-03-01"),
		Common: riskassess.Common{ID: "x", Name: riskassess.T("x", "x"), Owner: riskassess.Owner{Section: "koho"}, Approval: ap,
			LastReviewed: d("2026-04-01"), Answers: map[string]riskassess.Answer{"Q-SNS-15": {Value: "2026-01-15"}}}}
	service := &riskassess.Service{Common: riskassess.Common{ID: "s", Name: riskassess.T("s", "s"), Owner: riskassess.Owner{Section: "koho"}, Approval: ap,
		Answers: map[string]riskassess.Answer{"Q-CLD-42": {Value: "2026-04-10"}}}, TermsCheckedOn: d("2026-09-01")}
	row := func(kind, date, field string, overdue bool) planRow {
		return planRow{kind, date, field, overdue, false}
	}
	tests := []struct {
		name   string
		e      riskassess.Entry
		due    []planRow // Assess as of dueAsOf: its Due
		plan   []planRow // PlanYearAt(2026) as of planAsOf: its months, expected turns left out
		within []planRow // DueListInAt as of planAsOf, 60 days
		alone  []planRow // PlanYear (the register alone) as of planAsOf
	}{
		{name: "social account: terms check dated by the answer", e: social,
			due: []planRow{row("platform-terms-check", "2027-01-15", "answers.Q-SNS-15", true), row("password", "2027-03-01", "password_changed_on", true),
				row("review", "2028-03-15", "approval.decided_on", false)},
			plan:   []planRow{row("password", "2027-03-15", "password_changed_on", false), row("platform-terms-check", "2027-03-15", "answers.Q-SNS-15", false)},
			within: []planRow{row("password", "2027-03-15", "password_changed_on", false), row("platform-terms-check", "2027-03-15", "answers.Q-SNS-15", false)},
			alone:  []planRow{row("password", "2027-03-15", "password_changed_on", false)}},
		{name: "service: re-evaluation dated by the answer", e: service,
			due:    []planRow{row("review", "2027-04-10", "answers.Q-CLD-42", false), row("terms-check", "2027-09-01", "terms_checked_on", false)},
			within: []planRow{row("review", "2027-04-10", "answers.Q-CLD-42", false)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			reg := &riskassess.Register{Org: riskassess.Organisation{ReviewIntervals: riskassess.ReviewIntervals{Low: 12, Medium: 12, High: 12, Critical: 12}}}
			switch e := tt.e.(type) {
			case *riskassess.Social:
				reg.Social = append(reg.Social, e)
			case *riskassess.Service:
				reg.Services = append(reg.Services, e)
			}
			reqs, err := catalog.ForOrg(&reg.Org)
			if err != nil {
				t.Fatal(err)
			}
			var due []planRow
			for _, it := range assessAll(t, reg, dueAsOf)[0].Due {
				due = append(due, row(string(it.Kind), it.Date.String(), it.Field, it.Overdue))
			}
			if diff := cmp.Diff(tt.due, due); diff != "" {
				t.Errorf("Assess as of %s: Due (-want +got):\n%s", dueAsOf, diff)
			}
			as := assessAll(t, reg, planAsOf)
			notExpected := func(p report.YearPlan) []planRow {
				months, _ := planRows(p)
				var out []planRow
				for _, r := range months {
					if !r.Expected {
						out = append(out, r)
					}
				}
				return out
			}
			if diff := cmp.Diff(tt.plan, notExpected(report.PlanYearAt(reg, reqs, as, 2026, planAsOf))); diff != "" {
				t.Errorf("PlanYearAt as of %s (-want +got):\n%s", planAsOf, diff)
			}
			var within []planRow
			for _, it := range report.DueListInAt(reg, reqs, as, planAsOf, 60) {
				within = append(within, row(string(it.Kind), it.Date.String(), it.Field, it.Overdue))
			}
			if diff := cmp.Diff(tt.within, within); diff != "" {
				t.Errorf("DueListInAt as of %s (-want +got):\n%s", planAsOf, diff)
			}
			if tt.alone != nil {
				if diff := cmp.Diff(tt.alone, notExpected(report.PlanYear(reg, as, 2026, planAsOf))); diff != "" {
					t.Errorf("PlanYear as of %s (-want +got):\n%s", planAsOf, diff)
				}
			}
		})
	}
}
