package riskassess

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDueItemsAfterLaterRecord: an entry retired (or rejected after use)
// by a decision dated after the as-of date that no later decision reverts
// has nothing due from that day but what a record keeps (a contractor's
// contract ends and corrective actions, as recordDueInto keeps them).
// DueItems and Assess (so check, the expiry findings and the entry's page)
// dated every item as of the as-of date, those after the retirement too
// (a password change, a yearly confirmation, a certificate's expiry, the
// review), while the year plan and `due --within` (report.DueListIn) left
// them out. A retirement reverted by a later approval, a suspension, a
// retirement only requested, and a rejection of an entry never approved
// before it (recordDueInto keeps nothing for one) leave every item or
// drop them all as a record would.
func TestDueItemsAfterLaterRecord(t *testing.T) {
	asOf := d(2026, 11, 27)
	hist := func(hs ...any) []DecisionRecord {
		out := []DecisionRecord{{Status: StatusApproved, Approver: "kacho", On: d(2026, 4, 1)}}
		for i := 0; i < len(hs); i += 2 {
			out = append(out, DecisionRecord{Status: hs[i].(ApprovalStatus), Approver: "kacho", On: hs[i+1].(Date)})
		}
		return out
	}
	ap := func(st ApprovalStatus, on Date, hs ...any) Approval {
		return Approval{Status: st, Approver: "kacho", DecidedOn: on, History: hist(hs...)}
	}
	social := func(st AccountStatus, a Approval) Entry {
		return &Social{Common: Common{ID: "s", Owner: Owner{Section: "s"}, Approval: a, LastReviewed: d(2026, 4, 1)},
			Status: st, PasswordChangedOn: d(2026, 3, 1), TermsCheckedOn: d(2026, 1, 15)}
	}
	contractor := func(a Approval) Entry {
		return &Contractor{Common: Common{ID: "c", Owner: Owner{Section: "s"}, Approval: a, LastReviewed: d(2026, 4, 1)},
			LastConfirmed:  d(2026, 2, 10),
			Certifications: []Certification{{Type: CertISMS, Number: "IS 1", ValidUntil: d(2027, 2, 15)}},
			Contracts:      []Contract{{ID: "k", From: d(2026, 4, 1), To: d(2027, 3, 31)}},
			Remediation:    []RemediationItem{{Summary: "r", Due: d(2027, 3, 10)}}}
	}
	type item struct {
		Kind DueKind
		Date string
	}
	retiredOn := d(2027, 2, 1)
	allSocial := []item{{DuePlatformTerms, "2027-01-15"}, {DuePassword, "2027-03-01"}, {DueReview, "2027-03-01"}}
	allContractor := []item{{DueCertificate, "2027-02-15"}, {DueConfirmation, "2027-02-10"}, {DueReview, "2027-03-01"},
		{DueRemediation, "2027-03-10"}, {DueContractEnd, "2027-03-31"}}
	kept := []item{{DueRemediation, "2027-03-10"}, {DueContractEnd, "2027-03-31"}}
	sortItems := func(is []item) []item {
		out := append([]item(nil), is...)
		for i := 1; i < len(out); i++ {
			for j := i; j > 0 && (out[j].Date < out[j-1].Date || out[j].Date == out[j-1].Date && out[j].Kind < out[j-1].Kind); j-- {
				out[j], out[j-1] = out[j-1], out[j]
			}
		}
		return out
	}
	for _, tc := range []struct {
		name string
		e    Entry
		want []item
	}{
		{"account retired ahead: only what falls before", social(AccountRetired, ap(StatusRetired, retiredOn, StatusRetired, retiredOn)),
			[]item{{DuePlatformTerms, "2027-01-15"}}},
		{"account retired on 2027-03-01: the day itself is gone", social(AccountRetired, ap(StatusRetired, d(2027, 3, 1), StatusRetired, d(2027, 3, 1))),
			[]item{{DuePlatformTerms, "2027-01-15"}}},
		{"contractor retired ahead: contract end and corrective action kept", contractor(ap(StatusRetired, retiredOn, StatusRetired, retiredOn)), kept},
		{"contractor rejected ahead after use: as retired", contractor(ap(StatusRejected, retiredOn, StatusRejected, retiredOn)), kept},
		{"retired ahead, approved again: all kept", social(AccountActive, ap(StatusApproved, d(2027, 2, 20), StatusRetired, retiredOn, StatusApproved, d(2027, 2, 20))), allSocial},
		{"retired, approved again, retired for good on 2027-02-20: from then gone",
			social(AccountRetired, ap(StatusRetired, d(2027, 2, 20), StatusRetired, d(2026, 12, 10), StatusApproved, d(2027, 1, 5), StatusRetired, d(2027, 2, 20))),
			[]item{{DuePlatformTerms, "2027-01-15"}}},
		{"retired twice ahead: from the first", social(AccountRetired, ap(StatusRetired, d(2027, 2, 20), StatusRetired, d(2027, 1, 10), StatusRetired, d(2027, 2, 20))), nil},
		{"suspended ahead: all kept", social(AccountSuspended, ap(StatusSuspended, retiredOn, StatusSuspended, retiredOn)), allSocial},
		{"retirement requested ahead: all kept", social(AccountActive, ap(StatusRequested, retiredOn, StatusRequested, retiredOn)), allSocial},
		{"contractor never approved, rejected ahead: nothing kept (as a record keeps none)", func() Entry {
			e := contractor(Approval{Status: StatusRejected, Approver: "kacho", DecidedOn: retiredOn,
				History: []DecisionRecord{{Status: StatusRequested, On: d(2026, 10, 1)}, {Status: StatusRejected, Approver: "kacho", On: retiredOn}}})
			return e
		}(), nil},
		{"renewed ahead: all kept", contractor(ap(StatusApproved, retiredOn, StatusApproved, retiredOn)), allContractor},
		{"no later decision: all kept", contractor(ap(StatusApproved, d(2026, 4, 1))), allContractor},
	} {
		var got []item
		for _, it := range DueItems(testOrg(), tc.e, d(2027, 3, 1), asOf) {
			got = append(got, item{it.Kind, it.Date.String()})
		}
		if diff := cmp.Diff(sortItems(tc.want), got); diff != "" {
			t.Errorf("%s: DueItems (-want +got):\n%s", tc.name, diff)
		}
		// Assess: no item, and no expiry finding, dated on or after the
		// retirement but what the record keeps.
		_, reqs := assessFixture()
		a := mustAssess(testScorer().Assess(testOrg(), reqs, tc.e, asOf))
		from := RecordFrom(tc.e, asOf)
		for _, it := range a.Due {
			if !from.IsZero() && !it.Date.Before(from) && it.Kind != DueContractEnd && it.Kind != DueRemediation {
				t.Errorf("%s: Assess Due has %s on %s, after the retirement on %s", tc.name, it.Kind, it.Date, from)
			}
		}
		for _, f := range a.Findings {
			if due := f.Due(); !from.IsZero() && !due.IsZero() && !due.Before(from) && f.Requirement != ExpContractEnd && f.Requirement != ExpRemediation {
				t.Errorf("%s: Assess has %s dated %s, after the retirement on %s", tc.name, f.Requirement, due, from)
			}
		}
	}
}

// TestDueItemsNoEndRetiredAhead: a contractor retired by a decision after
// the as-of date, with a contract that records no end date (to) and no
// return of its information, has the return due on the retirement's date,
// with the note a retired record's item has (endedByRecord) and its
// EXP-CONTRACT finding partial within the window. Before, nothing dated
// the return until the retirement came: the year plan and due showed no
// data return for it at all (report.TestPlanYearRetiredNoContractEnd
// widens the inputs).
func TestDueItemsNoEndRetiredAhead(t *testing.T) {
	asOf := d(2026, 11, 27)
	k := &Contractor{Common: Common{ID: "c", Owner: Owner{Section: "s"}, LastReviewed: d(2026, 4, 1), Approval: Approval{Status: StatusRetired, Approver: "kacho", DecidedOn: d(2027, 2, 1),
		History: []DecisionRecord{{Status: StatusApproved, Approver: "kacho", On: d(2026, 4, 1)}, {Status: StatusRetired, Approver: "kacho", On: d(2027, 2, 1)}}}},
		Contracts: []Contract{{ID: "R8-giji", From: d(2026, 4, 1)}}}
	type note struct {
		Date, Note, Field, Message string
		Overdue                    bool
	}
	var got []note
	for _, it := range DueItems(testOrg(), k, Date{}, asOf) {
		if it.Kind == DueContractEnd {
			got = append(got, note{it.Date.String(), it.Note.Ja, it.Field, "", it.Overdue})
		}
	}
	_, reqs := assessFixture()
	for _, f := range mustAssess(testScorer().Assess(testOrg(), reqs, k, asOf)).Findings {
		if f.Requirement == ExpContractEnd {
			got = append(got, note{f.Due().String(), string(f.Outcome), f.Evidence, f.Message.Ja, false})
		}
	}
	want := []note{
		{"2027-02-01", "廃止（2027-02-01）時点で契約の終了日がなく、預けた情報の返却・消去が記録されていない", "contracts[0].data_returned_on", "", false},
		{"2027-02-01", string(OutcomePartial), "contracts[0].data_returned_on", "契約（R8-giji）：廃止（2027-02-01）時点で契約の終了日がなく、預けた情報の返却・消去が記録されていないため、返却・消去が必要です（2027-02-01）。", false},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestReviewAfterRecordAhead: an entry in use on the as-of date whose
// review (here its review_due) falls on or after the day a retirement (or
// a rejection after use) decided ahead makes it a record for good
// (RecordFrom) has no next review: ReviewOf, ReviewAt, NextReview and
// Assess's Review and NextReview are zero, as DueItems lists no review.
// Before, they kept the date after the retirement (shown on the entry's
// page, the register table, the export, NextActions' deadline and
// assess's "Next review"). A review before the retirement, a retirement
// reverted by a later approval (conditional too), a suspension ahead and
// an overdue review keep it.
func TestReviewAfterRecordAhead(t *testing.T) {
	asOf := d(2026, 11, 27)
	hist := func(hs ...any) []DecisionRecord {
		out := []DecisionRecord{{Status: StatusApproved, Approver: "kacho", On: d(2026, 4, 1)}}
		for i := 0; i < len(hs); i += 2 {
			out = append(out, DecisionRecord{Status: hs[i].(ApprovalStatus), Approver: "kacho", On: hs[i+1].(Date)})
		}
		return out
	}
	ap := func(st ApprovalStatus, on Date, hs ...any) Approval {
		return Approval{Status: st, Approver: "kacho", DecidedOn: on, History: hist(hs...)}
	}
	social := func(st AccountStatus, reviewDue Date, a Approval) Entry {
		return &Social{Common: Common{ID: "s", Owner: Owner{Section: "s"}, Approval: a, LastReviewed: d(2026, 4, 1), ReviewDue: reviewDue},
			Status: st, PasswordChangedOn: d(2026, 10, 1), TermsCheckedOn: d(2026, 10, 15)}
	}
	contractor := func(reviewDue Date, a Approval) Entry {
		return &Contractor{Common: Common{ID: "c", Owner: Owner{Section: "s"}, Approval: a, LastReviewed: d(2026, 4, 1), ReviewDue: reviewDue},
			LastConfirmed: d(2026, 10, 10)}
	}
	retiredOn := d(2027, 2, 1)
	// Two years at every level: the review is the review_due of each row.
	org := testOrg()
	org.ReviewIntervals = ReviewIntervals{Low: 24, Medium: 24, High: 24, Critical: 24}
	for _, tc := range []struct {
		name string
		e    Entry
		want string // the next review; "" for none
	}{
		{"review after the retirement: none", social(AccountRetired, d(2027, 3, 1), ap(StatusRetired, retiredOn, StatusRetired, retiredOn)), ""},
		{"review on the retirement day: none", social(AccountRetired, retiredOn, ap(StatusRetired, retiredOn, StatusRetired, retiredOn)), ""},
		{"review the day before the retirement: kept", social(AccountRetired, d(2027, 1, 31), ap(StatusRetired, retiredOn, StatusRetired, retiredOn)), "2027-01-31"},
		{"approval retired ahead, status active: none", social(AccountActive, d(2027, 3, 1), ap(StatusRetired, retiredOn, StatusRetired, retiredOn)), ""},
		{"contractor rejected ahead after use: none", contractor(d(2027, 3, 1), ap(StatusRejected, retiredOn, StatusRejected, retiredOn)), ""},
		{"contractor retired ahead: none", contractor(d(2027, 3, 1), ap(StatusRetired, retiredOn, StatusRetired, retiredOn)), ""},
		{"retired ahead, approved again: kept", social(AccountActive, d(2027, 3, 1), ap(StatusApproved, d(2027, 2, 20), StatusRetired, retiredOn, StatusApproved, d(2027, 2, 20))), "2027-03-01"},
		{"retired ahead, approved again with conditions: kept", social(AccountActive, d(2027, 3, 1), ap(StatusConditional, d(2027, 2, 20), StatusRetired, retiredOn, StatusConditional, d(2027, 2, 20))), "2027-03-01"},
		{"suspended ahead: kept", social(AccountSuspended, d(2027, 3, 1), ap(StatusSuspended, retiredOn, StatusSuspended, retiredOn)), "2027-03-01"},
		{"retirement requested ahead: kept", social(AccountActive, d(2027, 3, 1), ap(StatusRequested, retiredOn, StatusRequested, retiredOn)), "2027-03-01"},
		{"no later decision: kept", social(AccountActive, d(2027, 3, 1), ap(StatusApproved, d(2026, 4, 1))), "2027-03-01"},
		{"overdue review, retired ahead: kept (due now)", social(AccountRetired, d(2026, 11, 1), ap(StatusRetired, retiredOn, StatusRetired, retiredOn)), "2026-11-01"},
	} {
		type got struct{ ReviewOf, ReviewAt, NextReview, AssessReview, AssessNext, DueItem string }
		str := func(d Date) string {
			if d.IsZero() {
				return ""
			}
			return d.String()
		}
		_, reqs := assessFixture()
		a := mustAssess(testScorer().Assess(org, reqs, tc.e, asOf))
		g := got{ReviewOf: str(ReviewOf(org, tc.e, a.Residual, asOf).Date), ReviewAt: str(ReviewAt(org, reqs, tc.e, a.Residual, asOf).Date),
			NextReview: str(NextReview(org, tc.e, a.Residual, asOf)), AssessReview: str(a.Review.Date), AssessNext: str(a.NextReview)}
		for _, it := range a.Due {
			if it.Kind == DueReview {
				g.DueItem = it.Date.String()
			}
		}
		want := got{tc.want, tc.want, tc.want, tc.want, tc.want, tc.want}
		if diff := cmp.Diff(want, g); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
		if tc.want == "" && a.Review != (Review{}) {
			t.Errorf("%s: Assess Review = %+v, want the zero Review", tc.name, a.Review)
		}
	}
}
