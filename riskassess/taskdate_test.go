package riskassess_test

import (
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/google/go-cmp/cmp"
)

// taskView is what the outputs show of one yearly task of an assessed
// entry: the catalogue's finding (outcome, evidence, 期日), the due item of
// the task (date, field, overdue; zero when there is none), whether the
// engine's expiry finding (EXP-ONSITE, EXP-REVIEW) is there, and for the
// re-evaluation the review (date, field).
type taskView struct {
	Outcome                 riskassess.Outcome
	Evidence                string
	FindingDue              riskassess.Date
	ItemDate                riskassess.Date
	ItemField               string
	ItemOverdue             bool
	ExpiryFinding           bool
	ReviewDate              riskassess.Date
	ReviewField             string
	PublicDueAndReviewAgree bool
}

// viewTask assesses e and returns the view of requirement req, due kind
// k and expiry finding exp (review: look at the review).
func viewTask(t *testing.T, e riskassess.Entry, req string, k riskassess.DueKind, exp string, review bool, asOf riskassess.Date) taskView {
	t.Helper()
	var org riskassess.Organisation
	reqs, err := catalog.ForOrg(&org)
	if err != nil {
		t.Fatal(err)
	}
	a := mustAssess(scorer().Assess(&org, reqs, e, asOf))
	var v taskView
	for _, f := range a.Findings {
		switch f.Requirement {
		case req:
			v.Outcome, v.Evidence, v.FindingDue = f.Outcome, f.Evidence, f.Due()
		case exp:
			v.ExpiryFinding = true
		}
	}
	for _, it := range a.Due {
		if it.Kind == k {
			v.ItemDate, v.ItemField, v.ItemOverdue = it.Date, it.Field, it.Overdue
		}
	}
	if review {
		v.ReviewDate, v.ReviewField = a.Review.Date, a.Review.Field
	}
	// The public stage functions give what Assess gives.
	pub := riskassess.DueItemsAt(&org, reqs, e, a.NextReview, asOf)
	rev := riskassess.ReviewAt(&org, reqs, e, a.Residual, asOf)
	v.PublicDueAndReviewAgree = cmp.Diff(a.Due, pub) == "" && cmp.Diff(a.Review, rev) == ""
	return v
}

// TestTaskDateFromTheCouncilsAnswer: a yearly task whose register field is
// empty is dated by the council's answer to its date question, for the
// catalogue's finding, the due item, the expiry finding and the review
// alike. Before, the finding read the answer (期日 2026-06-18, overdue)
// while no due item followed, check and due were silent and the review
// was not bounded. The register field wins when both are given (staff's
// record of the register is what the council keeps; the answer is read
// only for an empty field); a vendor's answer to the council's question
// never counts, and neither does a date after the as-of date as done:
// the task is then due on the as-of date, as for a register date after
// it, and an answer given (imported) after the as-of date is not read.
func TestTaskDateFromTheCouncilsAnswer(t *testing.T) {
	asOf := riskassess.NewDate(2026, time.November, 27)
	d := func(y int, m time.Month, day int) riskassess.Date { return riskassess.NewDate(y, m, day) }
	answers := func(kv ...string) map[string]riskassess.Answer {
		m := map[string]riskassess.Answer{}
		for i := 0; i < len(kv); i += 2 {
			m[kv[i]] = riskassess.Answer{Value: kv[i+1]}
		}
		return m
	}
	// A record of an imported workbook answering qid.
	record := func(by riskassess.Attester, on riskassess.Date, qid string) []riskassess.AssessmentRecord {
		return []riskassess.AssessmentRecord{{On: on, Source: "reply.xlsx", By: by, Answered: []string{qid}}}
	}
	contractor := func(onsite riskassess.Date, ans map[string]riskassess.Answer, recs []riskassess.AssessmentRecord) riskassess.Entry {
		return &riskassess.Contractor{
			Common: riskassess.Common{ID: "c", LastReviewed: d(2026, 3, 26), Answers: ans, Assessments: recs,
				Approval: riskassess.Approval{Status: riskassess.StatusApproved, DecidedOn: d(2026, 3, 26)}},
			Contracts: []riskassess.Contract{{ID: "k", From: d(2026, 4, 1), To: d(2027, 3, 31),
				Information: []riskassess.InformationAccess{{Description: "録音", PersonalData: true}}}},
			LastOnsiteCheck: onsite,
		}
	}
	const onsiteQ = "Q-OUT-31"
	onsite := func(e riskassess.Entry) taskView {
		return viewTask(t, e, "OUT-31", riskassess.DueOnsiteCheck, riskassess.ExpOnsiteCheck, false, asOf)
	}
	service := func(last riskassess.Date, ans map[string]riskassess.Answer, recs []riskassess.AssessmentRecord) riskassess.Entry {
		return &riskassess.Service{Common: riskassess.Common{ID: "s", LastReviewed: last, ReviewDue: d(2027, 3, 25), Answers: ans, Assessments: recs,
			Approval: riskassess.Approval{Status: riskassess.StatusApproved, DecidedOn: d(2026, 3, 25)}}}
	}
	const reviewQ = "Q-CLD-42"
	reeval := func(e riskassess.Entry) taskView {
		return viewTask(t, e, "CLD-42", riskassess.DueReview, riskassess.ExpReview, true, asOf)
	}
	social := func(terms riskassess.Date, ans map[string]riskassess.Answer) riskassess.Entry {
		return &riskassess.Social{Common: riskassess.Common{ID: "x", LastReviewed: d(2026, 4, 1), Answers: ans,
			Approval: riskassess.Approval{Status: riskassess.StatusApproved, DecidedOn: d(2026, 4, 1)}},
			TermsCheckedOn: terms, Status: riskassess.AccountActive}
	}
	terms := func(e riskassess.Entry) taskView {
		return viewTask(t, e, "SNS-15", riskassess.DuePlatformTerms, "", false, asOf)
	}
	notMet, met, notAnswered := riskassess.OutcomeNotMet, riskassess.OutcomeMet, riskassess.OutcomeNotAnswered
	for _, tc := range []struct {
		name string
		got  taskView
		want taskView
	}{
		{"on-site check: register field only", onsite(contractor(d(2025, 6, 18), nil, nil)),
			taskView{notMet, "last_onsite_check", d(2026, 6, 18), d(2026, 6, 18), "last_onsite_check", true, true, riskassess.Date{}, "", true}},
		{"on-site check: the council's answer only (entered by staff)", onsite(contractor(riskassess.Date{}, answers(onsiteQ, "2025-06-18"), nil)),
			taskView{notMet, "answers." + onsiteQ, d(2026, 6, 18), d(2026, 6, 18), "answers." + onsiteQ, true, true, riskassess.Date{}, "", true}},
		{"on-site check: the council's answer only (self-check workbook)", onsite(contractor(riskassess.Date{}, answers(onsiteQ, "2025-06-18"),
			record(riskassess.AttestCouncil, d(2026, 10, 1), onsiteQ))),
			taskView{notMet, "answers." + onsiteQ, d(2026, 6, 18), d(2026, 6, 18), "answers." + onsiteQ, true, true, riskassess.Date{}, "", true}},
		{"on-site check: both, the register wins (newer register)", onsite(contractor(d(2026, 4, 10), answers(onsiteQ, "2025-06-18"), nil)),
			taskView{met, "last_onsite_check", d(2027, 4, 10), d(2027, 4, 10), "last_onsite_check", false, false, riskassess.Date{}, "", true}},
		{"on-site check: both, the register wins (older register)", onsite(contractor(d(2025, 6, 18), answers(onsiteQ, "2026-10-01"), nil)),
			taskView{notMet, "last_onsite_check", d(2026, 6, 18), d(2026, 6, 18), "last_onsite_check", true, true, riskassess.Date{}, "", true}},
		{"on-site check: a vendor's answer does not count", onsite(contractor(riskassess.Date{}, answers(onsiteQ, "2026-10-01"),
			record(riskassess.AttestVendor, d(2026, 10, 20), onsiteQ))),
			taskView{notAnswered, "answers." + onsiteQ, riskassess.Date{}, riskassess.Date{}, "", false, false, riskassess.Date{}, "", true}},
		{"on-site check: an answer dated after the as-of date is not done by then", onsite(contractor(riskassess.Date{}, answers(onsiteQ, "2026-12-20"), nil)),
			taskView{notMet, "answers." + onsiteQ, asOf, asOf, "answers." + onsiteQ, true, true, riskassess.Date{}, "", true}},
		{"on-site check: a self-check answered after the as-of date is not read", onsite(contractor(riskassess.Date{}, answers(onsiteQ, "2026-11-20"),
			record(riskassess.AttestCouncil, d(2026, 12, 3), onsiteQ))),
			taskView{notAnswered, "answers." + onsiteQ, riskassess.Date{}, riskassess.Date{}, "", false, false, riskassess.Date{}, "", true}},
		{"on-site check: an answer that is not a date", onsite(contractor(riskassess.Date{}, answers(onsiteQ, "昨年度"), nil)),
			taskView{notMet, "answers." + onsiteQ, riskassess.Date{}, riskassess.Date{}, "", false, false, riskassess.Date{}, "", true}},

		{"re-evaluation: register field only", reeval(service(d(2025, 10, 1), nil, nil)),
			taskView{notMet, "last_reviewed", d(2026, 10, 1), d(2026, 10, 1), "last_reviewed", true, true, d(2026, 10, 1), "last_reviewed", true}},
		{"re-evaluation: the council's answer only bounds the review", reeval(service(riskassess.Date{}, answers(reviewQ, "2025-10-01"), nil)),
			taskView{notMet, "answers." + reviewQ, d(2026, 10, 1), d(2026, 10, 1), "answers." + reviewQ, true, true, d(2026, 10, 1), "answers." + reviewQ, true}},
		{"re-evaluation: both, the register wins", reeval(service(d(2026, 3, 25), answers(reviewQ, "2025-10-01"), nil)),
			taskView{met, "last_reviewed", d(2027, 3, 25), d(2027, 3, 25), "review_due", false, false, d(2027, 3, 25), "review_due", true}},
		{"re-evaluation: a vendor's answer does not count", reeval(service(riskassess.Date{}, answers(reviewQ, "2025-10-01"),
			record(riskassess.AttestVendor, d(2026, 10, 20), reviewQ))),
			taskView{notAnswered, "answers." + reviewQ, riskassess.Date{}, d(2027, 3, 25), "review_due", false, false, d(2027, 3, 25), "review_due", true}},
		{"re-evaluation: an answer dated after the as-of date: due now", reeval(service(riskassess.Date{}, answers(reviewQ, "2026-12-20"), nil)),
			taskView{notMet, "answers." + reviewQ, asOf, asOf, "answers." + reviewQ, true, true, asOf, "answers." + reviewQ, true}},

		{"platform terms: the council's answer only", terms(social(riskassess.Date{}, answers("Q-SNS-15", "2025-09-15"))),
			taskView{notMet, "answers.Q-SNS-15", d(2026, 9, 15), d(2026, 9, 15), "answers.Q-SNS-15", true, false, riskassess.Date{}, "", true}},
		{"platform terms: register field only", terms(social(d(2025, 9, 15), nil)),
			taskView{notMet, "terms_checked_on", d(2026, 9, 15), d(2026, 9, 15), "terms_checked_on", true, false, riskassess.Date{}, "", true}},
	} {
		if diff := cmp.Diff(tc.want, tc.got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
}

// TestTaskDateExpiryProvenance: the expiry finding of a task dated by the
// council's self-check answer names that answer as its source, as the
// catalogue's finding does, not a register record.
func TestTaskDateExpiryProvenance(t *testing.T) {
	asOf := riskassess.NewDate(2026, time.November, 27)
	e := &riskassess.Contractor{
		Common: riskassess.Common{ID: "c", LastReviewed: riskassess.NewDate(2026, time.March, 26),
			Answers: map[string]riskassess.Answer{"Q-OUT-31": {Value: "2025-06-18"}},
			Assessments: []riskassess.AssessmentRecord{{On: riskassess.NewDate(2026, time.October, 1), Source: "self.xlsx",
				By: riskassess.AttestCouncil, Answered: []string{"Q-OUT-31"}}}},
		Contracts: []riskassess.Contract{{ID: "k", To: riskassess.NewDate(2027, time.March, 31),
			Information: []riskassess.InformationAccess{{Description: "録音", PersonalData: true}}}},
	}
	var org riskassess.Organisation
	reqs, err := catalog.ForOrg(&org)
	if err != nil {
		t.Fatal(err)
	}
	a := mustAssess(scorer().Assess(&org, reqs, e, asOf))
	got := map[string]riskassess.Provenance{}
	for _, f := range a.Findings {
		if (f.Requirement == "OUT-31" || f.Requirement == riskassess.ExpOnsiteCheck) && f.Provenance != nil {
			got[f.Requirement] = *f.Provenance
		}
	}
	want := riskassess.Provenance{From: riskassess.AttestCouncil, Field: "answers.Q-OUT-31", On: riskassess.NewDate(2026, time.October, 1), Source: "self.xlsx"}
	if diff := cmp.Diff(map[string]riskassess.Provenance{"OUT-31": want, riskassess.ExpOnsiteCheck: want}, got); diff != "" {
		t.Errorf("provenances (-want +got):\n%s", diff)
	}
	// The public stage functions (ExpiryFindingsAt) name it too: before,
	// ExpiryFindings, which has no entry, gave the provenance of an answer
	// entered in the register, and the pipeline differed from Assess.
	if diff := cmp.Diff(pipeline(scorer(), &org, reqs, e, asOf, riskassess.DefaultExpiryWindowDays), a); diff != "" {
		t.Errorf("Assess differs from the pipeline (-pipeline +Assess):\n%s", diff)
	}
}

// TestTaskDateLaterAnswerReviewNote: a review due on the as-of date
// because the re-evaluation's date the council answered is after it says
// so on the due item (Note) and in EXP-REVIEW, as it does when
// last_reviewed is the later date. Before, the item had no note and the
// finding said only that the review's deadline, the as-of date, had
// passed.
func TestTaskDateLaterAnswerReviewNote(t *testing.T) {
	asOf := riskassess.NewDate(2026, time.November, 27)
	e := &riskassess.Service{Common: riskassess.Common{ID: "s", ReviewDue: riskassess.NewDate(2027, time.March, 25),
		Answers:  map[string]riskassess.Answer{"Q-CLD-42": {Value: "2026-12-20"}},
		Approval: riskassess.Approval{Status: riskassess.StatusApproved, DecidedOn: riskassess.NewDate(2026, time.March, 25)}}}
	var org riskassess.Organisation
	reqs, err := catalog.ForOrg(&org)
	if err != nil {
		t.Fatal(err)
	}
	a := mustAssess(scorer().Assess(&org, reqs, e, asOf))
	type view struct{ Note, Message string }
	var got view
	for _, it := range a.Due {
		if it.Kind == riskassess.DueReview {
			got.Note = it.Note.Ja
		}
	}
	for _, f := range a.Findings {
		if f.Requirement == riskassess.ExpReview {
			got.Message = f.Message.Ja
		}
	}
	want := view{"実施日が基準日より後（基準日までの記録なし）", "見直しの実施日が基準日より後の日付で、基準日までの実施の記録がありません（日付の誤りなら直してください）。"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("review item and EXP-REVIEW (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(a.Due, riskassess.DueItemsAt(&org, reqs, e, a.NextReview, asOf)); diff != "" {
		t.Errorf("DueItemsAt differs from Assess (-Assess +DueItemsAt):\n%s", diff)
	}
}

// TestTaskDatesAt: what an entry page shows of a yearly task is the date
// the due items and the catalogue use (LastDone) and where it came from:
// the register field, or when that is empty the council's answer with its
// source; an answer the register field overrules is marked so. Before, the
// page showed "—" for an empty field while the due list had an item dated
// from the answer, and listed an overruled answer with nothing saying the
// register date was the one used.
func TestTaskDatesAt(t *testing.T) {
	asOf := riskassess.NewDate(2026, time.November, 27)
	d := func(y int, m time.Month, day int) riskassess.Date { return riskassess.NewDate(y, m, day) }
	var org riskassess.Organisation
	reqs, err := catalog.ForOrg(&org)
	if err != nil {
		t.Fatal(err)
	}
	const q = "Q-OUT-31"
	con := func(onsite riskassess.Date, value string, recs ...riskassess.AssessmentRecord) *riskassess.Contractor {
		c := &riskassess.Contractor{Common: riskassess.Common{ID: "c", Assessments: recs}, LastConfirmed: d(2026, 5, 1), LastOnsiteCheck: onsite,
			Contracts: []riskassess.Contract{{ID: "k", To: d(2027, 3, 31), Information: []riskassess.InformationAccess{{Description: "録音", PersonalData: true}}}}}
		if value != "" {
			c.Answers = map[string]riskassess.Answer{q: {Value: value, Cell: "質問!D40"}}
		}
		return c
	}
	selfCheck := riskassess.AssessmentRecord{On: d(2026, 10, 1), Source: "self.xlsx", By: riskassess.AttestCouncil, Answered: []string{q}}
	vendor := riskassess.AssessmentRecord{On: d(2026, 10, 1), Source: "reply.xlsx", By: riskassess.AttestVendor, Answered: []string{q}}
	confirmed := riskassess.TaskDate{Field: "last_confirmed", Date: d(2026, 5, 1)}
	for _, tc := range []struct {
		name string
		e    *riskassess.Contractor
		want riskassess.TaskDate // the on-site check
	}{
		{"register only", con(d(2025, 6, 18), ""), riskassess.TaskDate{Field: "last_onsite_check", Date: d(2025, 6, 18)}},
		{"answer only, entered in the register", con(riskassess.Date{}, "2025-07-22"),
			riskassess.TaskDate{Field: "last_onsite_check", Date: d(2025, 7, 22), Answer: "answers." + q, AnswerDate: d(2025, 7, 22),
				Source: &riskassess.Provenance{From: riskassess.AttestCouncil, Field: "answers." + q}, FromAnswer: true}},
		{"answer only, from a self-check", con(riskassess.Date{}, "2025-07-22", selfCheck),
			riskassess.TaskDate{Field: "last_onsite_check", Date: d(2025, 7, 22), Answer: "answers." + q, AnswerDate: d(2025, 7, 22),
				Source: &riskassess.Provenance{From: riskassess.AttestCouncil, Field: "質問!D40", On: d(2026, 10, 1), Source: "self.xlsx"}, FromAnswer: true}},
		{"both, the same date: not overruled", con(d(2025, 6, 18), "2025-06-18"),
			riskassess.TaskDate{Field: "last_onsite_check", Date: d(2025, 6, 18), Answer: "answers." + q, AnswerDate: d(2025, 6, 18),
				Source: &riskassess.Provenance{From: riskassess.AttestCouncil, Field: "answers." + q}}},
		{"both, disagreeing: the register wins, the answer is overruled", con(d(2025, 6, 18), "2026-03-01"),
			riskassess.TaskDate{Field: "last_onsite_check", Date: d(2025, 6, 18), Answer: "answers." + q, AnswerDate: d(2026, 3, 1),
				Source: &riskassess.Provenance{From: riskassess.AttestCouncil, Field: "answers." + q}, Overruled: true}},
		{"a vendor's answer never counts", con(riskassess.Date{}, "2025-07-22", vendor), riskassess.TaskDate{Field: "last_onsite_check"}},
		{"not a date", con(riskassess.Date{}, "na"), riskassess.TaskDate{Field: "last_onsite_check"}},
	} {
		got := riskassess.TaskDatesAt(&org, reqs, tc.e, asOf)
		if diff := cmp.Diff([]riskassess.TaskDate{confirmed, tc.want}, got); diff != "" {
			t.Errorf("%s: TaskDatesAt (-want +got):\n%s", tc.name, diff)
		}
		if tasks, _ := riskassess.TasksAt(&org, reqs, tc.e, asOf); !cmp.Equal(tasks, got) {
			t.Errorf("%s: TasksAt's tasks differ from TaskDatesAt:\n%s", tc.name, cmp.Diff(got, tasks))
		}
		// The date shown is the date the due item rests on.
		var item riskassess.Date
		for _, it := range riskassess.DueItemsAt(&org, reqs, tc.e, riskassess.Date{}, asOf) {
			if it.Kind == riskassess.DueOnsiteCheck {
				item = it.Date
			}
		}
		if want := tc.want.Date; (want.IsZero() && !item.IsZero()) || (!want.IsZero() && item != want.AddMonths(12)) {
			t.Errorf("%s: due item %s, shown date %s", tc.name, item, want)
		}
	}
}

// TestReevaluationAt: what an entry page shows as 前回見直し is the
// re-evaluation the review date reads (ReviewAt): the council's answer to
// Q-OUT-36 when last_reviewed is empty (or after the as-of date with no
// review of the log by then), with its source; an answer the register
// overrules is marked so; nothing where the review does not read the
// answer. Before, the page showed "—" while the review rested on the
// answer's date.
func TestReevaluationAt(t *testing.T) {
	asOf := riskassess.NewDate(2026, time.November, 27)
	d := func(y int, m time.Month, day int) riskassess.Date { return riskassess.NewDate(y, m, day) }
	var org riskassess.Organisation
	reqs, err := catalog.ForOrg(&org)
	if err != nil {
		t.Fatal(err)
	}
	const q, path = "Q-OUT-36", "answers.Q-OUT-36"
	con := func(reviewed riskassess.Date, to riskassess.Date, decided riskassess.Date, value string, recs ...riskassess.AssessmentRecord) *riskassess.Contractor {
		c := &riskassess.Contractor{Common: riskassess.Common{ID: "c", LastReviewed: reviewed, Assessments: recs,
			Approval: riskassess.Approval{Status: riskassess.StatusApproved, Approver: "kacho", DecidedOn: decided}},
			Contracts: []riskassess.Contract{{ID: "k", From: d(2026, 4, 1), To: to}}}
		if value != "" {
			c.Answers = map[string]riskassess.Answer{q: {Value: value, Cell: "質問!D50"}}
		}
		return c
	}
	decided, inForce := d(2026, 4, 1), d(2027, 3, 31)
	register := &riskassess.Provenance{From: riskassess.AttestCouncil, Field: path}
	vendor := riskassess.AssessmentRecord{On: d(2026, 10, 1), Source: "reply.xlsx", By: riskassess.AttestVendor, Answered: []string{q}}
	none := riskassess.TaskDate{Field: "last_reviewed"}
	for _, tc := range []struct {
		name string
		e    *riskassess.Contractor
		want riskassess.TaskDate
	}{
		{"register only", con(d(2026, 5, 1), inForce, decided, ""), none},
		{"answer only", con(riskassess.Date{}, inForce, decided, "2026-03-15"),
			riskassess.TaskDate{Field: "last_reviewed", Date: d(2026, 3, 15), Answer: path, AnswerDate: d(2026, 3, 15), Source: register, FromAnswer: true}},
		{"last_reviewed after the as-of date", con(d(2026, 12, 20), inForce, decided, "2026-03-15"),
			riskassess.TaskDate{Field: "last_reviewed", Date: d(2026, 3, 15), Answer: path, AnswerDate: d(2026, 3, 15), Source: register, FromAnswer: true}},
		{"the register overrules the answer", con(d(2026, 5, 1), inForce, decided, "2026-03-15"),
			riskassess.TaskDate{Field: "last_reviewed", Date: d(2026, 5, 1), Answer: path, AnswerDate: d(2026, 3, 15), Source: register, Overruled: true}},
		{"the same date: not overruled", con(d(2026, 5, 1), inForce, decided, "2026-05-01"), none},
		{"a vendor's answer never counts", con(riskassess.Date{}, inForce, decided, "2026-03-15", vendor), none},
		{"answer after the as-of date", con(riskassess.Date{}, inForce, decided, "2026-12-01"), none},
		{"no contract in force: OUT-36 does not apply", con(riskassess.Date{}, d(2026, 9, 30), decided, "2026-03-15"), none},
		{"never reviewed nor decided: the first review", con(riskassess.Date{}, inForce, riskassess.Date{}, "2026-03-15"), none},
	} {
		got := riskassess.ReevaluationAt(&org, reqs, tc.e, asOf)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: ReevaluationAt (-want +got):\n%s", tc.name, diff)
		}
		if _, re := riskassess.TasksAt(&org, reqs, tc.e, asOf); !cmp.Equal(re, got) {
			t.Errorf("%s: TasksAt's re-evaluation differs from ReevaluationAt:\n%s", tc.name, cmp.Diff(got, re))
		}
		// The date shown is the one the review counts from.
		if rev := riskassess.ReviewAt(&org, reqs, tc.e, riskassess.RiskMedium, asOf); got.FromAnswer && rev.Date.After(got.Date.AddMonths(12)) {
			t.Errorf("%s: review %s later than a year after the re-evaluation shown %s", tc.name, rev.Date, got.Date)
		}
	}
}
