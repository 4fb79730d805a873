package report_test

import (
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/gikai-sec/riskregister/riskassess/report"
	"github.com/gikai-sec/riskregister/riskassess/store"
	"github.com/google/go-cmp/cmp"
)

func TestRiskLevelCompare(t *testing.T) {
	L, M, H, C, X := riskassess.RiskLow, riskassess.RiskMedium, riskassess.RiskHigh, riskassess.RiskCritical, riskassess.RiskLevel("hihg")
	tests := []struct {
		a, b           riskassess.RiskLevel
		compare        int
		worse, atLeast bool
	}{
		{L, L, 0, false, true},
		{M, L, 1, true, true},
		{L, M, -1, false, false},
		{C, H, 1, true, true},
		{H, C, -1, false, false},
		// A typo is no level: it meets no threshold and is no threshold,
		// and every known level is worse than it.
		{X, L, -1, false, false},
		{L, X, 1, true, false},
		{X, X, 0, false, false},
	}
	for _, tc := range tests {
		if got := tc.a.Compare(tc.b); got != tc.compare {
			t.Errorf("%q.Compare(%q) = %d, want %d", tc.a, tc.b, got, tc.compare)
		}
		if got := tc.a.Worse(tc.b); got != tc.worse {
			t.Errorf("%q.Worse(%q) = %v, want %v", tc.a, tc.b, got, tc.worse)
		}
		if got := tc.a.AtLeast(tc.b); got != tc.atLeast {
			t.Errorf("%q.AtLeast(%q) = %v, want %v", tc.a, tc.b, got, tc.atLeast)
		}
	}
	if !riskassess.SeverityHigh.AtLeast(riskassess.SeverityMedium) || riskassess.SeverityLow.AtLeast(riskassess.SeverityMedium) ||
		riskassess.Severity("").AtLeast(riskassess.SeverityLow) || riskassess.SeverityCritical.Compare(riskassess.SeverityHigh) != 1 {
		t.Error("Severity.AtLeast / Compare disagree with the order low < medium < high < critical")
	}
}

func TestPostTitleAndPersonInCharge(t *testing.T) {
	org := &riskassess.Organisation{
		Sections: []riskassess.Section{{ID: "joho", Name: riskassess.T("情報政策課", "Information Policy Division")},
			{ID: "gikai", Name: riskassess.T("議会事務局", "Council Secretariat")},
			{ID: "koho", Name: riskassess.T("広報係", "Public Relations Unit")}},
		Positions: []riskassess.Position{{ID: "kacho", Title: riskassess.T("課長", "Division Head")},
			{ID: "kyokucho", Title: riskassess.T("事務局長", "Secretary-General")},
			{ID: "shuji", Title: riskassess.T("主事", "Officer")},
			{ID: "kakaricho", Title: riskassess.T("係長", "Unit Head")}},
		People: []riskassess.Person{
			{ID: "nishimura-h", Name: riskassess.T("西村 博之", "Hiroyuki Nishimura"), Section: "joho", Position: "kacho"},
			{ID: "ogawa-h", Name: riskassess.T("小川 陽菜", "Hina Ogawa"), Section: "koho", Position: "shuji"},
			{ID: "left-a", Name: riskassess.T("退職 太郎", "Taro Taishoku"), Section: "koho", Position: "kakaricho",
				Until: riskassess.NewDate(2026, time.March, 31)},
			{ID: "two-1", Name: riskassess.T("一 一", "One"), Section: "gikai", Position: "shuji"},
			{ID: "two-2", Name: riskassess.T("二 二", "Two"), Section: "gikai", Position: "shuji"},
		},
	}
	day := riskassess.NewDate(2026, time.November, 27)
	tests := []struct {
		name string
		ow   riskassess.Owner
		want riskassess.Text
		held bool
	}{
		{"person named", riskassess.Owner{Section: "joho", Position: "kacho", Person: "nishimura-h"},
			riskassess.T("西村 博之（情報政策課長）", "Hiroyuki Nishimura (Division Head, Information Policy Division)"), true},
		{"post only, one holder", riskassess.Owner{Section: "joho", Position: "kacho"},
			riskassess.T("西村 博之（情報政策課長）", "Hiroyuki Nishimura (Division Head, Information Policy Division)"), true},
		{"officer", riskassess.Owner{Section: "koho", Person: "ogawa-h"},
			riskassess.T("小川 陽菜（広報係主事）", "Hina Ogawa (Officer, Public Relations Unit)"), true},
		// The person named left; nobody holds the post: no staff id, the post and 不在.
		{"left, vacant", riskassess.Owner{Section: "koho", Position: "kakaricho", Person: "left-a"},
			riskassess.T("広報係長（不在）", "Unit Head, Public Relations Unit (vacant)"), false},
		{"two holders", riskassess.Owner{Section: "gikai", Position: "shuji"},
			riskassess.T("議会事務局主事（複数在任）", "Officer, Council Secretariat (several holders)"), false},
		{"unknown person id is not shown", riskassess.Owner{Section: "gikai", Position: "kyokucho", Person: "nobody-x"},
			riskassess.T("議会事務局長（不在）", "Secretary-General, Council Secretariat (vacant)"), false},
		{"section only", riskassess.Owner{Section: "joho"}, riskassess.T("情報政策課", "Information Policy Division"), false},
	}
	for _, tc := range tests {
		got, held := report.PersonInCharge(org, tc.ow, day)
		if diff := cmp.Diff(tc.want, got); diff != "" || held != tc.held {
			t.Errorf("%s: PersonInCharge (-want +got):\n%s held = %v, want %v", tc.name, diff, held, tc.held)
		}
	}
}

// staffIDs matches the example register's staff ids ("ogawa-h").
var staffIDs = regexp.MustCompile(`\b[a-z]+-[a-z]\b`)

// fieldPath matches register field paths: snake_case names, dotted paths
// and indexed paths ("last_reviewed", "approval.status", "certifications[0]").
var fieldPath = regexp.MustCompile(`[a-z]+_[a-z_]+|\b[a-z]+\.[a-z_]+\b|[a-z]+\[[0-9]*\]`)

// TestNextActionsExample checks the steps of every entry of the example
// register: 3 to 5 steps for every entry that is not a record, ordered by
// severity then deadline, each with a named person and a deadline, no field
// path, requirement id or staff id in what people read, and a reason for
// the decision.
func TestNextActionsExample(t *testing.T) {
	reg, err := store.Load(filepath.Join("..", "..", "examples", "chofu-gikai"))
	if err != nil {
		t.Fatal(err)
	}
	asOf := riskassess.NewDate(2026, time.November, 27)
	as := assessAll(t, reg, asOf)
	reqID := regexp.MustCompile(`\b[A-Z]{2,4}-[0-9]{2}\b|BLK-|EXP-`)
	for i := range as {
		a := &as[i]
		e := a.Entry
		if e == nil || e.Base().ID != a.EntryID {
			t.Fatalf("assessment %s: Entry = %v, want the entry assessed", a.EntryID, e)
		}
		ns := report.NextActions(&reg.Org, e, a)
		name := a.Name("ja")
		if ns.Why.Ja == "" || ns.Why.En == "" {
			t.Errorf("%s: no reason for the decision", name)
		}
		if riskassess.Record(e) {
			// A record has nothing to decide; a retired contractor still
			// holding the council's information has the return to do, and
			// one with an open corrective action its closing
			// (midorigaoka-tape: R6-giji-003 ended, no data_returned_on;
			// remediation[0] due 2025-06-30, no closed_on).
			for _, s := range ns.Steps {
				if !strings.HasSuffix(s.Field, ".data_returned_on") && !strings.HasSuffix(s.Field, ".closed_on") || !s.Overdue {
					t.Errorf("%s: a record has step %v, want only overdue data returns and corrective actions", name, s)
				}
			}
			if got, want := len(ns.Steps) > 0, e.Base().ID == "midorigaoka-tape"; got != want {
				t.Errorf("%s: a record has steps %v: %v, want %v", name, ns.Steps, got, want)
			}
			continue
		}
		if n := len(ns.Steps); n < report.MinSteps || n > report.MaxSteps {
			t.Errorf("%s: %d steps, want %d to %d", name, n, report.MinSteps, report.MaxSteps)
		}
		for j, s := range ns.Steps {
			for _, txt := range []string{s.What.Ja, s.What.En, s.Who.Ja, s.Who.En, ns.Why.Ja, ns.Why.En} {
				if m := fieldPath.FindString(txt); m != "" {
					t.Errorf("%s step %d: field path %q in %q", name, j, m, txt)
				}
				if m := staffIDs.FindString(txt); m != "" {
					t.Errorf("%s step %d: staff id %q in %q", name, j, m, txt)
				}
				if m := reqID.FindString(txt); m != "" {
					t.Errorf("%s step %d: requirement id %q in %q", name, j, m, txt)
				}
			}
			if s.Who.Ja == "" || s.Due.IsZero() {
				t.Errorf("%s step %d: who %q, due %v: want both", name, j, s.Who.Ja, s.Due)
			}
			if j > 0 {
				p := ns.Steps[j-1]
				if c := p.Severity.Compare(s.Severity); c < 0 || c == 0 && s.Due.Before(p.Due) {
					t.Errorf("%s: step %d (%s %v) before step %d (%s %v): want gravest, then earliest first", name, j-1, p.Severity, p.Due, j, s.Severity, s.Due)
				}
			}
		}
		switch a.Decision {
		case riskassess.DecisionConditional:
			if !strings.Contains(ns.Why.Ja, "条件付承認") {
				t.Errorf("%s: conditional, reason %q does not say why not approvable", name, ns.Why.Ja)
			}
		case riskassess.DecisionReject:
			if !strings.Contains(ns.Why.Ja, "承認できません") {
				t.Errorf("%s: reject, reason %q", name, ns.Why.Ja)
			}
		}
	}
}

// TestNextActionsOrder checks the order and the cut on a hand-made
// assessment: a blocker first, then by severity, then by deadline; more
// than MaxSteps are cut and counted; an undated finding is due by the next
// review, or now when the review has passed.
func TestNextActionsOrder(t *testing.T) {
	asOf := riskassess.NewDate(2026, time.November, 27)
	org := &riskassess.Organisation{
		Sections:  []riskassess.Section{{ID: "somu", Name: riskassess.T("総務課", "General Affairs")}},
		Positions: []riskassess.Position{{ID: "kacho", Title: riskassess.T("課長", "Head")}},
		People:    []riskassess.Person{{ID: "ishikawa-t", Name: riskassess.T("石川 貴之", "Takayuki Ishikawa"), Section: "somu", Position: "kacho"}},
	}
	e := &riskassess.Service{Common: riskassess.Common{ID: "s", Name: riskassess.T("サービス", "Service"),
		Owner: riskassess.Owner{Section: "somu", Position: "kacho"}}}
	f := func(id string, sev riskassess.Severity, o riskassess.Outcome, due riskassess.Date) riskassess.Finding {
		fd := riskassess.Finding{
			FindingSpec: &riskassess.FindingSpec{Requirement: id, Severity: sev, Title: riskassess.T(id+"の題", id+" title"), Remediation: riskassess.T(id+"を直す。", "Fix "+id+".")},
			Outcome:     o,
		}
		if !due.IsZero() {
			fd.DueOn = &due
		}
		return fd
	}
	jan, feb := riskassess.NewDate(2027, time.January, 10), riskassess.NewDate(2027, time.February, 1)
	review := riskassess.NewDate(2027, time.March, 1)
	a := &riskassess.Assessment{Kind: riskassess.KindService, EntryID: "s", Entry: e, AsOf: asOf,
		Residual: riskassess.RiskCritical, Decision: riskassess.DecisionReject,
		Review:   riskassess.Review{Date: review},
		Blockers: []riskassess.Blocker{{ID: catalog.BlockerTermsClass2, Message: riskassess.T("約款です。直してください。", "Terms. Fix it.")}},
		Findings: []riskassess.Finding{
			f("A-1", riskassess.SeverityLow, riskassess.OutcomeNotMet, riskassess.Date{}),
			f("A-2", riskassess.SeverityHigh, riskassess.OutcomePartial, feb),
			f("A-3", riskassess.SeverityHigh, riskassess.OutcomeNotAnswered, jan),
			f("A-4", riskassess.SeverityMedium, riskassess.OutcomeMet, riskassess.Date{}),
			f("A-5", riskassess.SeverityHigh, riskassess.OutcomeNotMet, riskassess.Date{}),
			f("A-6", riskassess.SeverityMedium, riskassess.OutcomeNotMet, riskassess.Date{}),
			f("A-7", riskassess.SeverityMedium, riskassess.OutcomeNotApplicable, riskassess.Date{}),
		},
	}
	ns := report.NextActions(org, e, a)
	type row struct {
		Req string
		Due string
		Now bool
	}
	var got []row
	for _, s := range ns.Steps {
		got = append(got, row{s.Requirement, s.Due.String(), s.Now})
		if s.Who.Ja != "石川 貴之（総務課長）" {
			t.Errorf("%s: who = %q", s.Requirement, s.Who.Ja)
		}
	}
	want := []row{
		{catalog.BlockerTermsClass2, "2026-11-27", true},
		{"A-3", "2027-01-10", false}, // high, earliest
		{"A-2", "2027-02-01", false},
		{"A-5", "2027-03-01", false}, // undated: by the next review
		{"A-6", "2027-03-01", false},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("steps (-want +got):\n%s", diff)
	}
	if ns.More != 1 {
		t.Errorf("More = %d, want 1 (A-1 cut)", ns.More)
	}
	if !strings.HasPrefix(ns.Why.Ja, "承認できません（不可）。約款です。") {
		t.Errorf("Why = %q, want the blocker's first sentence", ns.Why.Ja)
	}

	// The review has passed: an undated finding is due now.
	a.Review.Date = riskassess.NewDate(2026, time.October, 1)
	a.Blockers = nil
	a.Decision, a.Residual = riskassess.DecisionConditional, riskassess.RiskHigh
	ns = report.NextActions(org, e, a)
	for _, s := range ns.Steps {
		if s.Requirement == "A-5" && (s.Due != asOf || !s.Now) {
			t.Errorf("A-5 after the review passed: due %v now %v, want %v now", s.Due, s.Now, asOf)
		}
	}
	if !strings.Contains(ns.Why.Ja, "残留リスクが「高」") {
		t.Errorf("Why = %q, want the residual risk as the reason", ns.Why.Ja)
	}
}

// TestNextActionsExpiryTwin: an expiry finding (EXP-…) and a requirement
// finding asking for the same task (same due date, same register field or
// the expiry's field one element of the requirement's pattern) are one
// step, the requirement's, with the graver severity; the other is counted
// neither in Steps nor in More. Findings of other dates or fields stay
// apart. (chofu-gikai fuda-data-entry as of 2026-10-31 listed EXP-ONSITE
// and OUT-31, both last_onsite_check due 2026-07-22, and EXP-REMEDIATION
// and OUT-35, both remediation[1].due, as two steps each.)
func TestNextActionsExpiryTwin(t *testing.T) {
	asOf := riskassess.NewDate(2026, time.October, 31)
	jul, sep, dec := riskassess.NewDate(2026, time.July, 22), riskassess.NewDate(2026, time.September, 30), riskassess.NewDate(2026, time.December, 15)
	e := &riskassess.Contractor{Common: riskassess.Common{ID: "k", Name: riskassess.T("委託先", "Contractor")}}
	f := func(id string, sev riskassess.Severity, o riskassess.Outcome, ev string, due riskassess.Date) riskassess.Finding {
		fd := riskassess.Finding{
			FindingSpec: &riskassess.FindingSpec{Requirement: id, Severity: sev, Title: riskassess.T(id+"の題", id+" title"), Remediation: riskassess.T(id+"を直す。", "Fix "+id+".")},
			Outcome:     o, Evidence: ev,
		}
		if !due.IsZero() {
			fd.DueOn = &due
		}
		return fd
	}
	H, M := riskassess.SeverityHigh, riskassess.SeverityMedium
	notMet, partial := riskassess.OutcomeNotMet, riskassess.OutcomePartial
	type row struct {
		Req, Field, Due string
		Sev             riskassess.Severity
		Now             bool
	}
	tests := []struct {
		name     string
		findings []riskassess.Finding
		want     []row
		more     int
	}{
		{"on-site check: same field, same day", []riskassess.Finding{
			f("EXP-ONSITE", M, notMet, "last_onsite_check", jul), f("OUT-31", H, notMet, "last_onsite_check", jul)},
			[]row{{"OUT-31", "last_onsite_check", "2026-07-22", H, true}}, 0},
		{"expiry graver: its severity kept", []riskassess.Finding{
			f("EXP-ONSITE", H, notMet, "last_onsite_check", jul), f("OUT-31", M, notMet, "last_onsite_check", jul)},
			[]row{{"OUT-31", "last_onsite_check", "2026-07-22", H, true}}, 0},
		{"corrective action: same element", []riskassess.Finding{
			f("EXP-REMEDIATION", H, notMet, "remediation[1].due", sep), f("OUT-35", H, notMet, "remediation[1].due", sep),
			f("EXP-REMEDIATION", H, partial, "remediation[2].due", dec)},
			[]row{{"OUT-35", "remediation[1].due", "2026-09-30", H, true}, {"EXP-REMEDIATION", "remediation[2].due", "2026-12-15", H, false}}, 0},
		{"element of the requirement's pattern", []riskassess.Finding{
			f("EXP-REMEDIATION", H, notMet, "remediation[0].due", sep), f("OUT-35", M, partial, "remediation[].due", sep)},
			[]row{{"OUT-35", "remediation[].due", "2026-09-30", H, true}}, 0},
		{"same field, another day: apart", []riskassess.Finding{
			f("EXP-ONSITE", M, notMet, "last_onsite_check", jul), f("OUT-31", M, notMet, "last_onsite_check", sep)},
			[]row{{"EXP-ONSITE", "last_onsite_check", "2026-07-22", M, true}, {"OUT-31", "last_onsite_check", "2026-09-30", M, true}}, 0},
		{"same day, another element: apart", []riskassess.Finding{
			f("EXP-REMEDIATION", H, notMet, "remediation[2].due", sep), f("OUT-35", H, notMet, "remediation[1].due", sep)},
			[]row{{"EXP-REMEDIATION", "remediation[2].due", "2026-09-30", H, true}, {"OUT-35", "remediation[1].due", "2026-09-30", H, true}}, 0},
		{"twins no longer push others out", []riskassess.Finding{
			f("EXP-ONSITE", H, notMet, "last_onsite_check", jul), f("OUT-31", H, notMet, "last_onsite_check", jul),
			f("EXP-REMEDIATION", H, notMet, "remediation[1].due", sep), f("OUT-35", H, notMet, "remediation[1].due", sep),
			f("OUT-16", H, notMet, "contracts[0].clauses", riskassess.Date{}), f("OUT-34", H, notMet, "subcontractors[0]", riskassess.Date{}),
			f("OUT-38", M, notMet, "contracts[0].information", riskassess.Date{}), f("OUT-40", M, notMet, "incidents", riskassess.Date{})},
			[]row{{"OUT-31", "last_onsite_check", "2026-07-22", H, true}, {"OUT-35", "remediation[1].due", "2026-09-30", H, true},
				{"OUT-16", "contracts[0].clauses", "2026-11-20", H, false}, {"OUT-34", "subcontractors[0]", "2026-11-20", H, false},
				{"OUT-38", "contracts[0].information", "2026-11-20", M, false}}, 1},
	}
	for _, tc := range tests {
		a := &riskassess.Assessment{Kind: riskassess.KindContractor, EntryID: "k", Entry: e, AsOf: asOf,
			Residual: riskassess.RiskMedium, Decision: riskassess.DecisionConditional,
			Review: riskassess.Review{Date: riskassess.NewDate(2026, time.November, 20)}, Findings: tc.findings}
		ns := report.NextActions(&riskassess.Organisation{}, e, a)
		var got []row
		for _, s := range ns.Steps {
			got = append(got, row{s.Requirement, s.Field, s.Due.String(), s.Severity, s.Now})
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: steps (-want +got):\n%s", tc.name, diff)
		}
		if ns.More != tc.more {
			t.Errorf("%s: More = %d, want %d", tc.name, ns.More, tc.more)
		}
	}
}

// TestNextActionsRestatingBlocker: a blocker whose evidence names only
// findings that need action (the catalogue's critical-finding blocker) is
// not a step of its own, since those findings are; a blocker citing a
// finding that needs no action, or a register field, is a step.
func TestNextActionsRestatingBlocker(t *testing.T) {
	asOf := riskassess.NewDate(2026, time.November, 27)
	e := &riskassess.Service{Common: riskassess.Common{ID: "s", Name: riskassess.T("サービス", "Service")}}
	fs := []riskassess.Finding{
		{FindingSpec: &riskassess.FindingSpec{Requirement: "C-1", Severity: riskassess.SeverityCritical, Title: riskassess.T("C-1の題", "C-1 title")}, Outcome: riskassess.OutcomeNotMet},
		{FindingSpec: &riskassess.FindingSpec{Requirement: "C-2", Severity: riskassess.SeverityCritical, Title: riskassess.T("C-2の題", "C-2 title")}, Outcome: riskassess.OutcomeNotMet},
		{FindingSpec: &riskassess.FindingSpec{Requirement: "M-1", Severity: riskassess.SeverityCritical, Title: riskassess.T("M-1の題", "M-1 title")}, Outcome: riskassess.OutcomeMet},
	}
	blk := func(id, ev string) riskassess.Blocker {
		return riskassess.Blocker{ID: id, Evidence: ev, Message: riskassess.T(id+"です。", id+".")}
	}
	for _, tc := range []struct {
		name     string
		blocker  riskassess.Blocker
		isStep   bool
		whyStart string
	}{
		{"restates two findings", blk("BLK-CRIT", "C-1, C-2"), false, "承認できません（不可）。重要度「重大」の要件「C-1の題」"},
		{"restates one finding", blk("BLK-CRIT", "C-2"), false, "承認できません（不可）。重要度「重大」の要件「C-1の題」"},
		{"cites a met finding too", blk("BLK-X", "C-1, M-1"), true, "承認できません（不可）。BLK-Xです"},
		{"cites an unknown id", blk("BLK-X", "Z-9"), true, "承認できません（不可）。BLK-Xです"},
		{"cites a field", blk("BLK-X", "segments"), true, "承認できません（不可）。BLK-Xです"},
		{"no evidence", blk("BLK-X", ""), true, "承認できません（不可）。BLK-Xです"},
	} {
		a := &riskassess.Assessment{Kind: riskassess.KindService, EntryID: "s", Entry: e, AsOf: asOf,
			Residual: riskassess.RiskCritical, Decision: riskassess.DecisionReject,
			Blockers: []riskassess.Blocker{tc.blocker}, Findings: fs}
		ns := report.NextActions(&riskassess.Organisation{}, e, a)
		step := slices.ContainsFunc(ns.Steps, func(s report.Step) bool { return s.Requirement == tc.blocker.ID })
		if step != tc.isStep {
			t.Errorf("%s: blocker is a step = %v, want %v (%+v)", tc.name, step, tc.isStep, ns.Steps)
		}
		if !strings.HasPrefix(ns.Why.Ja, tc.whyStart) {
			t.Errorf("%s: Why = %q, want it to start %q", tc.name, ns.Why.Ja, tc.whyStart)
		}
	}
}

// TestRetiredAfterAsOf: a service approved 2026-04-15 and retired
// 2026-09-30, judged as of 2026-08-01, was in use then: it has next steps
// (not "the record of a retired entry", while its assessment gives a
// decision and due items) and its owner's assignments.
// TestReapprovedAfterAsOf: an entry retired before the as-of date and
// approved again after it was a record on that day. The export table showed
// its review_due as the next review (RegisterTable asked Record of the
// current approval, not RecordOn the as-of date) beside 廃止, where assess,
// the JSON export and the site show none.
func TestReapprovedAfterAsOf(t *testing.T) {
	reg, err := store.Load(filepath.Join("..", "..", "examples", "chofu-gikai"))
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(reg.Services, func(x *riskassess.Service) bool { return x.ID == "cloud-storage" })
	if i < 0 {
		t.Fatal("no cloud-storage in the example")
	}
	s := reg.Services[i]
	if s.ReviewDue.IsZero() {
		t.Fatal("cloud-storage has no review_due to leak")
	}
	ap := s.Approval
	s.Approval.DecidedOn = riskassess.NewDate(2026, time.December, 10)
	s.Approval.History = []riskassess.DecisionRecord{
		{Status: ap.Status, Approver: ap.Approver, On: ap.DecidedOn},
		{Status: riskassess.StatusRetired, Approver: ap.Approver, On: riskassess.NewDate(2026, time.June, 1)},
		{Status: ap.Status, Approver: ap.Approver, On: s.Approval.DecidedOn},
	}
	asOf := riskassess.NewDate(2026, time.November, 27)
	as := assessAll(t, reg, asOf)
	for _, r := range report.RegisterTable(reg, as, riskassess.KindService, "ja").Rows {
		if r.ID != "cloud-storage" {
			continue
		}
		got := []string{r.Values[4].Text, r.Values[11].Date.String()}
		if diff := cmp.Diff([]string{riskassess.StatusRetired.Label("ja"), ""}, got); diff != "" {
			t.Errorf("RegisterTable as of %s: status and next review (-want +got):\n%s", asOf, diff)
		}
	}
}

func TestRetiredAfterAsOf(t *testing.T) {
	reg, err := store.Load(filepath.Join("..", "..", "examples", "chofu-gikai"))
	if err != nil {
		t.Fatal(err)
	}
	var s *riskassess.Service
	for _, x := range reg.Services {
		if x.ID == "cloud-storage" {
			s = x
		}
	}
	if s == nil {
		t.Fatal("no cloud-storage in the example")
	}
	approved := s.Approval
	s.Approval.Status, s.Approval.DecidedOn = riskassess.StatusRetired, riskassess.NewDate(2026, time.September, 30)
	s.Approval.History = []riskassess.DecisionRecord{
		{Status: approved.Status, Approver: approved.Approver, On: approved.DecidedOn},
		{Status: riskassess.StatusRetired, Approver: "kacho", On: s.Approval.DecidedOn},
	}
	asOf := riskassess.NewDate(2026, time.August, 1)
	as := assessAll(t, reg, asOf)
	i := slices.IndexFunc(as, func(a riskassess.Assessment) bool { return a.EntryID == "cloud-storage" })
	if ns := report.NextActions(&reg.Org, s, &as[i]); len(ns.Steps) == 0 {
		t.Errorf("NextActions as of %s: no steps (%q), want those of a service in use", asOf, ns.Why.Ja)
	}
	tb := report.RegisterTable(reg, as, riskassess.KindService, "ja")
	for _, r := range tb.Rows {
		if r.ID == "cloud-storage" {
			if got := r.Values[4].Text; got != approved.Status.Label("ja") {
				t.Errorf("RegisterTable as of %s: status %q, want %q (in force then)", asOf, got, approved.Status.Label("ja"))
			}
			if got := r.Values[5].Date; got != approved.DecidedOn {
				t.Errorf("RegisterTable as of %s: decided on %s, want %s", asOf, got, approved.DecidedOn)
			}
		}
	}
	if !slices.ContainsFunc(report.Assignments(reg, asOf), func(a report.Assignment) bool { return a.EntryID == "cloud-storage" }) {
		t.Errorf("Assignments as of %s: none for cloud-storage, retired only on 2026-09-30", asOf)
	}
	if slices.ContainsFunc(report.Assignments(reg, riskassess.NewDate(2026, time.October, 1)), func(a report.Assignment) bool { return a.EntryID == "cloud-storage" }) {
		t.Errorf("Assignments as of 2026-10-01: cloud-storage, retired on 2026-09-30, still assigned")
	}
}

// TestNextActionsRejectedAfterUse: a contractor whose renewal was refused
// (approved, then rejected) keeps the return of the information it still
// holds and its open corrective actions as steps (riskassess.DueItems),
// under the reason of a rejection; before, it had no due items and
// "nothing to decide" alone. Input: the example's midorigaoka-tape
// rejected on 2025-03-31 instead of retired.
func TestNextActionsRejectedAfterUse(t *testing.T) {
	reg, err := store.Load(filepath.Join("..", "..", "examples", "chofu-gikai"))
	if err != nil {
		t.Fatal(err)
	}
	k := reg.Contractor("midorigaoka-tape")
	if k == nil {
		t.Fatal("no midorigaoka-tape in the example")
	}
	k.Approval.Status = riskassess.StatusRejected
	k.Approval.History[len(k.Approval.History)-1].Status = riskassess.StatusRejected
	asOf := riskassess.NewDate(2026, time.November, 27)
	for _, a := range assessAll(t, reg, asOf) {
		if a.EntryID != k.ID || a.Kind != riskassess.KindContractor {
			continue
		}
		ns := report.NextActions(&reg.Org, k, &a)
		var fields []string
		for _, s := range ns.Steps {
			fields = append(fields, s.Field)
		}
		if diff := cmp.Diff([]string{"contracts[0].data_returned_on", "remediation[0].closed_on"}, fields); diff != "" {
			t.Errorf("steps (-want +got):\n%s", diff)
		}
		if !strings.HasPrefix(ns.Why.Ja, "却下の記録です。") || !strings.Contains(ns.Why.Ja, "残っており") {
			t.Errorf("Why = %q, want the record of a rejection with data and actions left", ns.Why.Ja)
		}
		return
	}
	t.Fatal("midorigaoka-tape not assessed")
}
