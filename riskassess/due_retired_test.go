package riskassess

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDueItemsRetiredContractorData: retiring a contractor does not
// return the council's information. A contract that ended with no
// data_returned_on stays due (overdue) on the retired record until the
// return or deletion is recorded, so that due, check, the calendar and
// the site keep it; before, a retired record had no due items, and the
// return (EXP-CONTRACT, OUT-39) disappeared from every list. A contract
// still running when the contractor is retired keeps its end, dated as for
// a contractor in use (the information is returned at its end); one whose
// data were returned, or carried on by a renewal, gives nothing. A
// contract with no end date (to) ended at the latest with the retirement
// (or the rejection after use): its return is due on that date. A
// rejected record keeps none (its contracts may never have started).
func TestDueItemsRetiredContractorData(t *testing.T) {
	asOf := d(2026, 11, 27)
	type item struct {
		Kind    DueKind
		Date    Date
		What    string
		Field   string
		Overdue bool
	}
	retired := Approval{Status: StatusRetired, Approver: "kacho", DecidedOn: d(2026, 11, 20),
		History: []DecisionRecord{{Status: StatusApproved, Approver: "kacho", On: d(2026, 4, 1)}, {Status: StatusRetired, Approver: "kacho", On: d(2026, 11, 20)}}}
	approved := Approval{Status: StatusApproved, Approver: "kacho", DecidedOn: d(2026, 4, 1)}
	rejectedAfterUse := Approval{Status: StatusRejected, Approver: "kacho", DecidedOn: d(2026, 11, 20),
		History: []DecisionRecord{{Status: StatusApproved, Approver: "kacho", On: d(2026, 4, 1)}, {Status: StatusRequested, Approver: "kakaricho", On: d(2026, 10, 1)}, {Status: StatusRejected, Approver: "kacho", On: d(2026, 11, 20)}}}
	ended := Contract{ID: "R8", From: d(2026, 4, 1), To: d(2026, 10, 31)}
	returned := ended
	returned.DataReturnedOn = d(2026, 11, 10)
	con := func(ap Approval, cs ...Contract) *Contractor {
		return &Contractor{Common: Common{ID: "c", Owner: Owner{Section: "s"}, Approval: ap}, Contracts: cs}
	}
	endItem := func(what string, on Date, i string, overdue bool) item {
		return item{DueContractEnd, on, what, "contracts[" + i + "].to", overdue}
	}
	noEnd := func(what string, on Date, i string, overdue bool) item {
		return item{DueContractEnd, on, what, "contracts[" + i + "].data_returned_on", overdue}
	}
	for _, tc := range []struct {
		name string
		e    *Contractor
		want []item
	}{
		{"retired, ended, not returned: overdue", con(retired, ended), []item{endItem("R8", d(2026, 10, 31), "0", true)}},
		{"retired, ended, returned: nothing", con(retired, returned), nil},
		{"retired, returned after the as-of date: overdue then", con(retired, Contract{ID: "R8", To: d(2026, 10, 31), DataReturnedOn: d(2026, 12, 5)}),
			[]item{endItem("R8", d(2026, 10, 31), "0", true)}},
		{"in use, ended, not returned: overdue (as before)", con(approved, ended), []item{endItem("R8", d(2026, 10, 31), "0", true)}},
		{"retired, contract still running: due at its end", con(retired, Contract{ID: "R8", To: d(2027, 3, 31)}),
			[]item{endItem("R8", d(2027, 3, 31), "0", false)}},
		{"retired, still running, returned early: nothing", con(retired, Contract{ID: "R8", To: d(2027, 3, 31), DataReturnedOn: d(2026, 11, 20)}), nil},
		// A contract with no end date ended at the latest with the
		// retirement (before, nothing was due: the information was left
		// with the contractor unsaid in every output).
		{"retired, no end recorded, not returned: due on the retirement", con(retired, Contract{ID: "R8"}), []item{noEnd("R8", d(2026, 11, 20), "0", true)}},
		{"retired, no end recorded, returned: nothing", con(retired, Contract{ID: "R8", DataReturnedOn: d(2026, 11, 22)}), nil},
		{"retired, no end recorded, renewal carries it on: only R8", con(retired, Contract{ID: "R7", RenewedBy: "R8"}, ended),
			[]item{endItem("R8", d(2026, 10, 31), "1", true)}},
		{"in use, no end recorded: nothing (as before)", con(approved, Contract{ID: "R8"}), nil},
		{"rejected without an approval, no end recorded: nothing", con(Approval{Status: StatusRejected, Approver: "kacho", DecidedOn: d(2026, 3, 1)}, Contract{ID: "R8"}), nil},
		{"rejected after an approval, no end recorded: due on the rejection", con(rejectedAfterUse, Contract{ID: "R8"}), []item{noEnd("R8", d(2026, 11, 20), "0", true)}},
		{"retired, renewal carries R7 on: only R8", con(retired, Contract{ID: "R7", To: d(2026, 3, 31), RenewedBy: "R8"}, ended),
			[]item{endItem("R8", d(2026, 10, 31), "1", true)}},
		{"rejected: nothing", con(Approval{Status: StatusRejected, Approver: "kacho", DecidedOn: d(2026, 3, 1)}, ended), nil},
		// A renewal refused: the contractor was approved and its contract
		// ran; the rejection does not return the information.
		{"rejected after an approval, ended, not returned: overdue", con(rejectedAfterUse, ended), []item{endItem("R8", d(2026, 10, 31), "0", true)}},
		{"rejected after an approval, returned: nothing", con(rejectedAfterUse, returned), nil},
	} {
		var got []item
		for _, it := range DueItems(testOrg(), tc.e, Date{}, asOf) {
			got = append(got, item{it.Kind, it.Date, it.What, it.Field, it.OverdueAsOf(asOf)})
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: DueItems (-want +got):\n%s", tc.name, diff)
		}
		// Assess gives the same items, with the contract's expiry finding
		// not met when overdue, and still no review for a record.
		_, reqs := assessFixture()
		a := mustAssess(testScorer().Assess(testOrg(), reqs, tc.e, asOf))
		var gotA []item
		for _, it := range a.Due {
			gotA = append(gotA, item{it.Kind, it.Date, it.What, it.Field, it.OverdueAsOf(asOf)})
		}
		if tc.e.Approval.Status != StatusApproved {
			if diff := cmp.Diff(tc.want, gotA); diff != "" {
				t.Errorf("%s: Assess Due (-want +got):\n%s", tc.name, diff)
			}
			if !a.NextReview.IsZero() {
				t.Errorf("%s: record has next review %s", tc.name, a.NextReview)
			}
		}
		exp, wantExp := notMetOf(a.Findings, ExpContractEnd), 0
		for _, it := range tc.want {
			if it.Overdue {
				wantExp++
			}
		}
		if exp != wantExp {
			t.Errorf("%s: %d %s findings not met, want %d", tc.name, exp, ExpContractEnd, wantExp)
		}
	}
}

// TestDueItemsRetiredContractorRemediation: retiring a contractor does not
// carry out its corrective actions. An action open on the as-of date (no
// closed_on by then) stays due on the retired record, dated its due,
// until closed_on is recorded, as for a contractor in use; before, a
// retired record had no due items and the action (e.g. obtaining a
// certificate of deletion) disappeared from due, check, the calendar and
// the site. A closed action gives nothing, one closed after the as-of
// date was still open then, and a rejected record keeps none.
func TestDueItemsRetiredContractorRemediation(t *testing.T) {
	asOf := d(2026, 11, 27)
	type item struct {
		Kind    DueKind
		Date    Date
		What    string
		Field   string
		Overdue bool
	}
	retired := Approval{Status: StatusRetired, Approver: "kacho", DecidedOn: d(2026, 11, 20),
		History: []DecisionRecord{{Status: StatusApproved, Approver: "kacho", On: d(2026, 4, 1)}, {Status: StatusRetired, Approver: "kacho", On: d(2026, 11, 20)}}}
	approved := Approval{Status: StatusApproved, Approver: "kacho", DecidedOn: d(2026, 4, 1)}
	rejected := Approval{Status: StatusRejected, Approver: "kacho", DecidedOn: d(2026, 3, 1)}
	rejectedAfterUse := Approval{Status: StatusRejected, Approver: "kacho", DecidedOn: d(2026, 11, 20),
		History: []DecisionRecord{{Status: StatusApproved, Approver: "kacho", On: d(2026, 4, 1)}, {Status: StatusRejected, Approver: "kacho", On: d(2026, 11, 20)}}}
	// The data were returned: only the action is left.
	returned := Contract{ID: "R8", From: d(2026, 4, 1), To: d(2026, 10, 31), DataReturnedOn: d(2026, 11, 10)}
	con := func(ap Approval, rs ...RemediationItem) *Contractor {
		return &Contractor{Common: Common{ID: "c", Owner: Owner{Section: "s"}, Approval: ap}, Contracts: []Contract{returned}, Remediation: rs}
	}
	const sum = "消去証明書の提出を求める"
	open := RemediationItem{Summary: sum, Requirement: "OUT-18", Due: d(2026, 6, 30)}
	closed := open
	closed.ClosedOn = d(2026, 7, 10)
	closedLater := open
	closedLater.ClosedOn = d(2026, 12, 5)
	coming := open
	coming.Due = d(2027, 1, 31)
	undated := RemediationItem{Summary: sum}
	action := func(on Date, i string, overdue bool) item {
		return item{DueRemediation, on, sum, "remediation[" + i + "].due", overdue}
	}
	for _, tc := range []struct {
		name string
		e    *Contractor
		want []item
	}{
		{"retired, open action: overdue", con(retired, open), []item{action(d(2026, 6, 30), "0", true)}},
		{"retired, closed action: nothing", con(retired, closed), nil},
		{"retired, action closed after the as-of date: overdue then", con(retired, closedLater), []item{action(d(2026, 6, 30), "0", true)}},
		{"retired, action due later: due then", con(retired, closed, coming), []item{action(d(2027, 1, 31), "1", false)}},
		{"retired, open action with no due date: nothing", con(retired, undated), nil},
		{"rejected, open action: nothing", con(rejected, open), nil},
		{"rejected after an approval, open action: overdue", con(rejectedAfterUse, open), []item{action(d(2026, 6, 30), "0", true)}},
		{"in use, open action: overdue (as before)", con(approved, open), []item{action(d(2026, 6, 30), "0", true)}},
	} {
		var got []item
		for _, it := range DueItems(testOrg(), tc.e, Date{}, asOf) {
			if it.Kind == DueRemediation {
				got = append(got, item{it.Kind, it.Date, it.What, it.Field, it.OverdueAsOf(asOf)})
			}
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: DueItems (-want +got):\n%s", tc.name, diff)
		}
		// Assess gives the same items, with the action's expiry finding
		// not met when overdue.
		_, reqs := assessFixture()
		a := mustAssess(testScorer().Assess(testOrg(), reqs, tc.e, asOf))
		var gotA []item
		for _, it := range a.Due {
			if it.Kind == DueRemediation {
				gotA = append(gotA, item{it.Kind, it.Date, it.What, it.Field, it.OverdueAsOf(asOf)})
			}
		}
		if diff := cmp.Diff(tc.want, gotA); diff != "" {
			t.Errorf("%s: Assess Due (-want +got):\n%s", tc.name, diff)
		}
		exp, wantExp := notMetOf(a.Findings, ExpRemediation), 0
		for _, it := range tc.want {
			if it.Overdue {
				wantExp++
			}
		}
		if exp != wantExp {
			t.Errorf("%s: %d %s findings not met, want %d", tc.name, exp, ExpRemediation, wantExp)
		}
	}
}

// TestDueItemsRecordNoEndNote: the item of a retired contractor's
// contract with no end date names no end date: its Note and the
// EXP-CONTRACT finding say that the contract had none at the retirement.
func TestDueItemsRecordNoEndNote(t *testing.T) {
	asOf := d(2025, 4, 10)
	k := &Contractor{Common: Common{ID: "c", Owner: Owner{Section: "s"}, Approval: Approval{Status: StatusRetired, Approver: "kacho", DecidedOn: d(2025, 3, 31),
		History: []DecisionRecord{{Status: StatusApproved, Approver: "kacho", On: d(2024, 4, 1)}, {Status: StatusRetired, Approver: "kacho", On: d(2025, 3, 31)}}}},
		Contracts: []Contract{{ID: "R6-giji-003", From: d(2024, 4, 1)}}}
	type note struct{ Date, Note, Field, Message string }
	var got []note
	for _, it := range DueItems(testOrg(), k, Date{}, asOf) {
		got = append(got, note{it.Date.String(), it.Note.Ja, it.Field, ""})
	}
	_, reqs := assessFixture()
	for _, f := range mustAssess(testScorer().Assess(testOrg(), reqs, k, asOf)).Findings {
		if f.Requirement == ExpContractEnd {
			got = append(got, note{f.Due().String(), "", f.Evidence, f.Message.Ja})
		}
	}
	want := []note{
		{"2025-03-31", "廃止（2025-03-31）時点で契約の終了日がなく、預けた情報の返却・消去が記録されていない", "contracts[0].data_returned_on", ""},
		{"2025-03-31", "", "contracts[0].data_returned_on", "契約（R6-giji-003）：廃止（2025-03-31）時点で契約の終了日がなく、預けた情報の返却・消去が記録されていないため、返却・消去の期限（2025-03-31）を過ぎています。"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// notMetOf returns how many findings of fs for requirement id are not met.
func notMetOf(fs []Finding, id string) int {
	n := 0
	for _, f := range fs {
		if f.Requirement == id && f.Outcome == OutcomeNotMet {
			n++
		}
	}
	return n
}

// TestRecordOnApprovedAgain: an entry retired (or rejected after use)
// and approved again by a later decision is a record only between the two
// decisions: before the retirement and from the approval again it is in
// use (RecordOn false), with its review counted from the approval again
// (24 months at a low residual risk, the default interval) and its due
// items, as check and the entry page assess it then. A regression test:
// the reading was already right (checked with the CLI on the example
// register).
func TestRecordOnApprovedAgain(t *testing.T) {
	org := testOrg()
	ap := func(out ApprovalStatus) Approval {
		return Approval{Status: StatusApproved, Approver: "kacho", DecidedOn: d(2026, 9, 1), History: []DecisionRecord{
			{Status: StatusApproved, Approver: "kacho", On: d(2024, 4, 1)},
			{Status: out, Approver: "kacho", On: d(2026, 4, 15)},
			{Status: StatusApproved, Approver: "kacho", On: d(2026, 9, 1)}}}
	}
	for _, out := range []ApprovalStatus{StatusRetired, StatusRejected} {
		svc := &Service{Common: Common{ID: "s", Owner: Owner{Section: "somu"}, Approval: ap(out)}, TermsCheckedOn: d(2026, 1, 10)}
		for _, tc := range []struct {
			asOf   Date
			record bool
			review string // ReviewOf's date, "" for none
			terms  string // the terms check's due date, "" for none
		}{
			{d(2026, 3, 1), false, "2026-04-01", "2027-01-10"},
			{d(2026, 4, 15), true, "", ""},
			{d(2026, 8, 31), true, "", ""},
			{d(2026, 9, 1), false, "2028-09-01", "2027-01-10"},
			{d(2026, 11, 27), false, "2028-09-01", "2027-01-10"},
		} {
			if got := RecordOn(svc, tc.asOf); got != tc.record {
				t.Errorf("%s, approved again: RecordOn(%s) = %v, want %v", out, tc.asOf, got, tc.record)
			}
			rev := ReviewOf(org, svc, RiskLow, tc.asOf)
			got := ""
			if !rev.Date.IsZero() {
				got = rev.Date.String()
			}
			if got != tc.review {
				t.Errorf("%s, approved again: ReviewOf as of %s = %q, want %q", out, tc.asOf, got, tc.review)
			}
			terms := ""
			for _, it := range DueItems(org, svc, rev.Date, tc.asOf) {
				if it.Kind == DueTermsCheck {
					terms = it.Date.String()
				}
			}
			if terms != tc.terms {
				t.Errorf("%s, approved again: terms check as of %s = %q, want %q", out, tc.asOf, terms, tc.terms)
			}
		}
	}
}
