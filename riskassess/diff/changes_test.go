package diff_test

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/gikai-sec/riskregister/riskassess/diff"
)

// TestCompareUsesFromScorer: when the catalogues differ, Compare assesses
// the later register again with the earlier catalogue and the earlier
// snapshot's scorer. A snapshot without blocker rules is refused
// (ErrNoBlockers), never compared as if no blocker existed; the earlier
// scorer's blocker rules decide the catalogue's effect.
func TestCompareUsesFromScorer(t *testing.T) {
	req := func(id string) riskassess.Requirement {
		return riskassess.Requirement{ID: id, Kinds: []riskassess.Kind{riskassess.KindService}, Severity: riskassess.SeverityLow,
			Title: riskassess.T(id, id), Check: func(*riskassess.Subject) riskassess.Result {
				return riskassess.Result{Outcome: riskassess.OutcomeMet}
			}}
	}
	reg := &riskassess.Register{Services: []*riskassess.Service{{
		Common:       riskassess.Common{ID: "chat", Name: riskassess.T("チャット", "Chat"), LastReviewed: riskassess.NewDate(2026, time.October, 1)},
		ContractType: riskassess.ContractTerms,
		Class:        riskassess.Classification{Confidentiality: "1"},
	}}}
	asOf := riskassess.NewDate(2026, time.November, 27)
	oldReqs, newReqs := []riskassess.Requirement{req("A-1")}, []riskassess.Requirement{req("A-1"), req("A-2")}
	// The earlier catalogue's blocker rejects the service; the later has none.
	rejectChat := []riskassess.BlockerRule{{ID: "BLK-CHAT", Message: riskassess.T("チャット", "chat"),
		Check: func(c *riskassess.BlockerContext) (bool, string) { return c.Entry.Base().ID == "chat", "id" }}}
	snap := func(sc riskassess.Scorer, reqs []riskassess.Requirement) *diff.Snapshot {
		as, err := sc.AssessAll(reg, reqs, asOf)
		if err != nil {
			t.Fatal(err)
		}
		return &diff.Snapshot{Label: "s", AsOf: asOf, Register: reg, Requirements: reqs, Scorer: sc, Assessments: as}
	}
	to := snap(riskassess.Scorer{Blockers: []riskassess.BlockerRule{}}, newReqs)

	from := snap(riskassess.Scorer{Blockers: rejectChat}, oldReqs)
	ch, err := diff.Compare(from, to)
	if err != nil {
		t.Fatal(err)
	}
	if len(ch.Catalogue.Effects) != 1 || ch.Catalogue.Effects[0].FromDecision != riskassess.DecisionReject {
		t.Errorf("effects %+v: want chat rejected under the earlier catalogue's blocker", ch.Catalogue.Effects)
	}

	from.Scorer = riskassess.Scorer{} // no blocker rules
	if _, err := diff.Compare(from, to); !errors.Is(err, riskassess.ErrNoBlockers) {
		t.Errorf("Compare with an earlier snapshot without blocker rules: %v, want ErrNoBlockers", err)
	}
}

// TestApprovalChangesAsOfTheDates: an approval decided after the later
// snapshot's as-of date had not been taken by then (Approval.InForceOn, as
// the approval requirements judge it): it is not listed as granted or
// renewed between the two dates.
func TestApprovalChangesAsOfTheDates(t *testing.T) {
	day := func(m time.Month, d int) riskassess.Date { return riskassess.NewDate(2026, m, d) }
	svc := termsService
	approved := riskassess.Approval{Status: riskassess.StatusApproved, DecidedOn: day(time.March, 12), ValidUntil: riskassess.NewDate(2027, time.March, 31)}
	renewed := riskassess.Approval{Status: riskassess.StatusApproved, DecidedOn: day(time.December, 3), ValidUntil: riskassess.NewDate(2029, time.March, 31),
		History: []riskassess.DecisionRecord{{Status: riskassess.StatusApproved, On: day(time.March, 12)}}}
	requested := riskassess.Approval{Status: riskassess.StatusRequested, DecidedOn: day(time.February, 1)}
	later := riskassess.Approval{Status: riskassess.StatusApproved, DecidedOn: day(time.December, 3),
		History: []riskassess.DecisionRecord{{Status: riskassess.StatusRequested, On: day(time.February, 1)}}}
	fromReg := &riskassess.Register{Services: []*riskassess.Service{svc("renewed-later", approved), svc("granted-later", requested)}}
	toReg := &riskassess.Register{Services: []*riskassess.Service{svc("renewed-later", renewed), svc("granted-later", later), svc("new-later", later)}}
	snap := func(reg *riskassess.Register, asOf riskassess.Date) *diff.Snapshot { return metSnapshot(t, reg, asOf) }
	ch, err := diff.Compare(snap(fromReg, day(time.March, 31)), snap(toReg, day(time.November, 27)))
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range ch.Approvals {
		t.Errorf("approval change %s of %s (decided %s): none was decided by 2026-11-27", a.Change, a.ID, a.DecidedOn)
	}

	// Approved before, then only a decision after the later date recorded
	// (no history): as of then nothing is in force, and the text says so.
	fromReg.Services = append(fromReg.Services, svc("overwritten", approved))
	toReg.Services = append(toReg.Services, svc("overwritten", riskassess.Approval{Status: riskassess.StatusApproved, DecidedOn: day(time.December, 3)}))
	ch, err = diff.Compare(snap(fromReg, day(time.March, 31)), snap(toReg, day(time.November, 27)))
	if err != nil {
		t.Fatal(err)
	}
	if len(ch.Approvals) != 1 || ch.Approvals[0].ID != "overwritten" || ch.Approvals[0].Change != diff.ApprovalStatusChanged ||
		ch.Approvals[0].StatusText("ja") != "承認 → 基準日までの決定なし" {
		t.Errorf("approvals %+v: want overwritten 承認 → 基準日までの決定なし", ch.Approvals)
	}
}

// TestRetiredAsOfTheDates: an entry retired after the later snapshot's
// as-of date was in use then (RecordOn, as assess, due and the site judge
// it): it is not listed as retired, nor counted as a record, and its risk
// change is still shown. diff listed it under 廃止・却下 (records 4 → 5)
// while its approval section showed no change.
func TestRetiredAsOfTheDates(t *testing.T) {
	day := func(m time.Month, d int) riskassess.Date { return riskassess.NewDate(2026, m, d) }
	svc := termsService
	approved := riskassess.Approval{Status: riskassess.StatusApproved, DecidedOn: day(time.March, 12)}
	retiredLater := riskassess.Approval{Status: riskassess.StatusRetired, DecidedOn: day(time.December, 3),
		History: []riskassess.DecisionRecord{{Status: riskassess.StatusApproved, On: day(time.March, 12)}, {Status: riskassess.StatusRetired, On: day(time.December, 3)}}}
	retiredThen := riskassess.Approval{Status: riskassess.StatusRetired, DecidedOn: day(time.November, 27),
		History: []riskassess.DecisionRecord{{Status: riskassess.StatusApproved, On: day(time.March, 12)}, {Status: riskassess.StatusRetired, On: day(time.November, 27)}}}
	fromReg := &riskassess.Register{Services: []*riskassess.Service{svc("retired-later", approved), svc("retired-on-the-day", approved)}}
	toReg := &riskassess.Register{Services: []*riskassess.Service{svc("retired-later", retiredLater), svc("retired-on-the-day", retiredThen)}}
	snap := func(reg *riskassess.Register, asOf riskassess.Date) *diff.Snapshot { return metSnapshot(t, reg, asOf) }
	ch, err := diff.Compare(snap(fromReg, day(time.March, 31)), snap(toReg, day(time.November, 27)))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range ch.Retired {
		got = append(got, r.ID)
	}
	if d := cmp.Diff([]string{"retired-on-the-day"}, got); d != "" {
		t.Errorf("retired (-want +got):\n%s", d)
	}
	if ch.To.Records != 1 {
		t.Errorf("records as of 2026-11-27: %d, want 1 (the one retired that day)", ch.To.Records)
	}
}

// TestCatalogueChangeOfOwnRequirement: an organisation's own requirement
// whose expected answer, attester or question type changes in
// register.yaml changes the catalogue in force as much as a new weight
// does. diff said "no changes" when requirements.add[].expect went from
// "yes" to "no", although every entry that had answered yes went from met
// to not met.
func TestCatalogueChangeOfOwnRequirement(t *testing.T) {
	own := func(edit func(*riskassess.CustomRequirement)) riskassess.CustomRequirement {
		c := riskassess.CustomRequirement{ID: "ORG-01", Kinds: []riskassess.Kind{riskassess.KindService},
			Title: riskassess.T("会期中の障害対応", "Incident response"), Severity: riskassess.SeverityHigh, AttestedBy: riskassess.AttestVendor,
			Question: riskassess.Question{ID: "Q-ORG-01", Type: riskassess.AnswerYesNo, Text: riskassess.T("体制がありますか", "In place?")},
			Expect:   "yes"}
		if edit != nil {
			edit(&c)
		}
		return c
	}
	snap := func(c riskassess.CustomRequirement) *diff.Snapshot {
		reg := &riskassess.Register{Org: riskassess.Organisation{Name: riskassess.T("議会", "Council"),
			Requirements: riskassess.RequirementSettings{Add: []riskassess.CustomRequirement{c}}},
			Services: []*riskassess.Service{{
				Common:       riskassess.Common{ID: "cms", Name: riskassess.T("CMS", "CMS"), Answers: map[string]riskassess.Answer{"Q-ORG-01": {Value: "yes"}}},
				ContractType: riskassess.ContractNegotiated, Class: riskassess.Classification{Confidentiality: "1"},
			}}}
		reqs, err := catalog.ForOrg(&reg.Org)
		if err != nil {
			t.Fatal(err)
		}
		sc := riskassess.Scorer{Blockers: catalog.Blockers()}
		as, err := sc.AssessAll(reg, reqs, riskassess.NewDate(2026, time.November, 27))
		if err != nil {
			t.Fatal(err)
		}
		return &diff.Snapshot{Label: "s", AsOf: riskassess.NewDate(2026, time.November, 27), Register: reg, Requirements: reqs, Scorer: sc, Assessments: as}
	}
	for _, tt := range []struct {
		name string
		edit func(*riskassess.CustomRequirement)
		want []string
	}{
		{"unchanged", nil, nil},
		{"expect written out", func(c *riskassess.CustomRequirement) { c.Expect = "" }, nil}, // yes by default
		{"expect", func(c *riskassess.CustomRequirement) { c.Expect = "no" }, []string{"ORG-01"}},
		{"attested by", func(c *riskassess.CustomRequirement) { c.AttestedBy = riskassess.AttestCouncil }, []string{"ORG-01"}},
		{"question type", func(c *riskassess.CustomRequirement) { c.Question.Type = riskassess.AnswerText; c.Expect = "" }, []string{"ORG-01"}},
		{"title only", func(c *riskassess.CustomRequirement) {
			c.Title = riskassess.T("障害対応体制", "Incident response")
		}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ch, err := diff.Compare(snap(own(nil)), snap(own(tt.edit)))
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(tt.want, ch.Catalogue.Changed); d != "" {
				t.Errorf("changed (-want +got):\n%s", d)
			}
		})
	}
}

// TestCompareMatchesAssessmentsByKey: a snapshot's assessments are matched
// to its entries by kind and id, not by position. Assessments sorted by
// risk (as a report lists them) or only some of them gave each entry
// another entry's result: risk changes that never happened, without error.
func TestCompareMatchesAssessmentsByKey(t *testing.T) {
	reqs := []riskassess.Requirement{{ID: "MY-1", Kinds: []riskassess.Kind{riskassess.KindService},
		Severity: riskassess.SeverityHigh, Title: riskassess.T("暗号化", "Encryption"),
		Question: &riskassess.Question{ID: "Q1", Type: riskassess.AnswerYesNo}, Remediation: riskassess.T("暗号化する", "Encrypt")}}
	service := func(id, answer string) *riskassess.Service {
		return &riskassess.Service{
			Common: riskassess.Common{ID: id, Name: riskassess.T(id, id), Owner: riskassess.Owner{Section: "somu"},
				LastReviewed: riskassess.NewDate(2026, time.January, 15), Answers: map[string]riskassess.Answer{"Q1": {Value: answer}}},
			ContractType: riskassess.ContractNegotiated, Class: riskassess.Classification{Confidentiality: "2"}, PersonalData: true,
			Segments: []riskassess.Segment{riskassess.SegmentInternet},
		}
	}
	reg := &riskassess.Register{Services: []*riskassess.Service{service("a-good", "yes"), service("b-bad", "no")}}
	sc := riskassess.Scorer{Blockers: []riskassess.BlockerRule{}}
	d1, d2 := riskassess.NewDate(2026, time.March, 31), riskassess.NewDate(2026, time.April, 30)
	as1, err := sc.AssessAll(reg, reqs, d1)
	if err != nil {
		t.Fatal(err)
	}
	as2, err := sc.AssessAll(reg, reqs, d2)
	if err != nil {
		t.Fatal(err)
	}
	if as2[0].Residual == as2[1].Residual {
		t.Fatalf("both services %s: the test needs two different results", as2[0].Residual)
	}
	from := &diff.Snapshot{AsOf: d1, Register: reg, Requirements: reqs, Scorer: sc, Assessments: as1}
	for name, as := range map[string][]riskassess.Assessment{
		"reversed":    {as2[1], as2[0]},
		"b-bad only":  {as2[1]},
		"in order":    as2,
		"none at all": nil,
	} {
		ch, err := diff.Compare(from, &diff.Snapshot{AsOf: d2, Register: reg, Requirements: reqs, Scorer: sc, Assessments: as})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]diff.RiskChange(nil), ch.Risk); diff != "" {
			t.Errorf("%s: risk changes (-want +got):\n%s", name, diff)
		}
	}
}

// TestCompareNilRegister: a snapshot without a register (nothing recorded
// before) is an empty one; Compare panicked on it.
func TestCompareNilRegister(t *testing.T) {
	reg := &riskassess.Register{Services: []*riskassess.Service{{Common: riskassess.Common{ID: "chat", Name: riskassess.T("チャット", "Chat")}}}}
	// Its own settings are no change from a register that was not there.
	reg.Org.ReviewIntervals.Critical = 2
	from := &diff.Snapshot{AsOf: riskassess.NewDate(2026, time.March, 31)}
	to := &diff.Snapshot{AsOf: riskassess.NewDate(2026, time.November, 27), Register: reg}
	ch, err := diff.Compare(from, to)
	if err != nil {
		t.Fatal(err)
	}
	if len(ch.Added) != 1 || ch.Added[0].ID != "chat" || ch.To.Entries != 1 || ch.From.Entries != 0 || ch.Settings != nil {
		t.Errorf("Compare(nothing, one service): added %+v, entries %d → %d, settings %+v", ch.Added, ch.From.Entries, ch.To.Entries, ch.Settings)
	}
	// And a later snapshot without one (everything gone).
	gone := &diff.Snapshot{AsOf: riskassess.NewDate(2027, time.March, 31)}
	ch, err = diff.Compare(to, gone)
	if err != nil {
		t.Fatal(err)
	}
	if len(ch.Removed) != 1 || ch.Removed[0].ID != "chat" || ch.Settings != nil {
		t.Errorf("Compare(one service, nothing): removed %+v, settings %+v", ch.Removed, ch.Settings)
	}
}

// TestApprovalValidityChanged: the same approval given another
// valid_until without a new decision is listed: shortened, a limit set
// where there was none, or removed. diff reported 変更はありません when
// valid_until went from 2027-09-30 to 2026-12-31; a longer one stays 更新
// and one that has passed by the later date 期限切れ.
func TestApprovalValidityChanged(t *testing.T) {
	day := riskassess.NewDate
	svc := func(id string, valid riskassess.Date) *riskassess.Service {
		return &riskassess.Service{Common: riskassess.Common{ID: id, Name: riskassess.T(id, id), Approval: riskassess.Approval{
			Status: riskassess.StatusApproved, DecidedOn: day(2026, time.March, 18), ValidUntil: valid}},
			ContractType: riskassess.ContractTerms, Class: riskassess.Classification{Confidentiality: "1"}}
	}
	sep30, dec31, none := day(2027, time.September, 30), day(2026, time.December, 31), riskassess.Date{}
	fromReg := &riskassess.Register{Services: []*riskassess.Service{
		svc("a-shortened", sep30), svc("b-limited", none), svc("c-unlimited", sep30), svc("d-extended", dec31), svc("e-lapsed", sep30), svc("f-same", sep30)}}
	toReg := &riskassess.Register{Services: []*riskassess.Service{
		svc("a-shortened", dec31), svc("b-limited", dec31), svc("c-unlimited", none), svc("d-extended", sep30), svc("e-lapsed", day(2026, time.November, 1)), svc("f-same", sep30)}}
	snap := func(reg *riskassess.Register, asOf riskassess.Date) *diff.Snapshot { return metSnapshot(t, reg, asOf) }
	ch, err := diff.Compare(snap(fromReg, day(2026, time.October, 1)), snap(toReg, day(2026, time.November, 27)))
	if err != nil {
		t.Fatal(err)
	}
	type row struct{ ID, Change, From, To string }
	var got []row
	for _, a := range ch.Approvals {
		got = append(got, row{a.ID, a.Change, a.FromValid.String(), a.ToValid.String()})
	}
	want := []row{
		{"a-shortened", diff.ApprovalValidityChanged, sep30.String(), dec31.String()},
		{"b-limited", diff.ApprovalValidityChanged, none.String(), dec31.String()},
		{"c-unlimited", diff.ApprovalValidityChanged, sep30.String(), none.String()},
		{"d-extended", diff.ApprovalRenewed, dec31.String(), sep30.String()},
		{"e-lapsed", diff.ApprovalExpired, sep30.String(), "2026-11-01"},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("approval changes (-want +got):\n%s", d)
	}
	// A pending renewal written without valid_until: the renewed
	// approval's record in the history gives the expiry (the due item,
	// CLD-35); its correction is a change too.
	pending := func(valid riskassess.Date) *riskassess.Register {
		s := svc("g-pending", riskassess.Date{})
		s.Approval = riskassess.Approval{Status: riskassess.StatusRequested, DecidedOn: day(2026, time.October, 1), History: []riskassess.DecisionRecord{
			{Status: riskassess.StatusApproved, On: day(2026, time.March, 18), ValidUntil: valid},
			{Status: riskassess.StatusRequested, On: day(2026, time.October, 1)},
		}}
		return &riskassess.Register{Services: []*riskassess.Service{s}}
	}
	ch, err = diff.Compare(snap(pending(sep30), day(2026, time.November, 27)), snap(pending(dec31), day(2026, time.November, 27)))
	if err != nil {
		t.Fatal(err)
	}
	got = nil
	for _, a := range ch.Approvals {
		got = append(got, row{a.ID, a.Change, a.FromValid.String(), a.ToValid.String()})
	}
	if d := cmp.Diff([]row{{"g-pending", diff.ApprovalValidityChanged, sep30.String(), dec31.String()}}, got); d != "" {
		t.Errorf("pending renewal, history valid_until corrected (-want +got):\n%s", d)
	}
}

// TestCatalogueVersionsAsOfTheDate: the catalogue versions are those of
// each entry's latest questionnaire imported by the snapshot's date. A
// reply imported after the later date (its answers do not count then) was
// listed as a change (（なし） → 2026.2), and an older reply imported after
// a newer one hid the newer one's version.
func TestCatalogueVersionsAsOfTheDate(t *testing.T) {
	day := func(m time.Month, d int) riskassess.Date { return riskassess.NewDate(2026, m, d) }
	svc := func(id string, recs ...riskassess.AssessmentRecord) *riskassess.Service {
		return &riskassess.Service{Common: riskassess.Common{ID: id, Name: riskassess.T(id, id), Assessments: recs},
			ContractType: riskassess.ContractTerms, Class: riskassess.Classification{Confidentiality: "1"}}
	}
	rec := func(on riskassess.Date, v string) riskassess.AssessmentRecord {
		return riskassess.AssessmentRecord{On: on, Source: v + ".xlsx", CatalogueVersion: v}
	}
	fromReg := &riskassess.Register{Services: []*riskassess.Service{svc("later-reply"), svc("older-last", rec(day(time.June, 1), "2026.1"))}}
	toReg := &riskassess.Register{Services: []*riskassess.Service{
		svc("later-reply", rec(day(time.December, 1), "2026.2")),
		svc("older-last", rec(day(time.June, 1), "2026.1"), rec(day(time.October, 1), "2026.2"), rec(day(time.April, 1), "2025.1"))}}
	snap := func(reg *riskassess.Register, asOf riskassess.Date) *diff.Snapshot { return metSnapshot(t, reg, asOf) }
	ch, err := diff.Compare(snap(fromReg, day(time.September, 1)), snap(toReg, day(time.November, 27)))
	if err != nil {
		t.Fatal(err)
	}
	got := [2][]string{ch.Catalogue.FromVersions, ch.Catalogue.ToVersions}
	if d := cmp.Diff([2][]string{{"2026.1"}, {"2026.2"}}, got); d != "" {
		t.Errorf("catalogue versions (-want +got):\n%s", d)
	}
}

// metSnapshot is a snapshot of reg as of asOf against one service
// requirement that every entry meets, with no blocker rules: what changes
// between two of them is the register's approvals and records alone.
func metSnapshot(t *testing.T, reg *riskassess.Register, asOf riskassess.Date) *diff.Snapshot {
	t.Helper()
	reqs := []riskassess.Requirement{{ID: "A-1", Kinds: []riskassess.Kind{riskassess.KindService}, Severity: riskassess.SeverityLow,
		Title: riskassess.T("A-1", "A-1"), Check: func(*riskassess.Subject) riskassess.Result { return riskassess.Result{Outcome: riskassess.OutcomeMet} }}}
	return assessedSnapshot(t, reg, reqs, asOf)
}

// assessedSnapshot is reg assessed against reqs as of asOf with no
// blocker rules.
func assessedSnapshot(t *testing.T, reg *riskassess.Register, reqs []riskassess.Requirement, asOf riskassess.Date) *diff.Snapshot {
	t.Helper()
	sc := riskassess.Scorer{Blockers: []riskassess.BlockerRule{}}
	as, err := sc.AssessAll(reg, reqs, asOf)
	if err != nil {
		t.Fatal(err)
	}
	return &diff.Snapshot{Label: "s", AsOf: asOf, Register: reg, Requirements: reqs, Scorer: sc, Assessments: as}
}

// TestAddedAndRetiredWithinThePeriod: an entry added and rejected (or
// retired) between the two dates is listed as retired as well as added.
// diff listed the shadow-IT form rejected on 2026-10-20 under 追加 only,
// with no residual risk and no approval change, while the records went
// 3 → 5 with one entry under 廃止・却下. An entry whose file records a
// retirement decided before the earlier date was not retired within the
// period.
func TestAddedAndRetiredWithinThePeriod(t *testing.T) {
	day := func(m time.Month, d int) riskassess.Date { return riskassess.NewDate(2026, m, d) }
	svc := termsService
	rejected := riskassess.Approval{Status: riskassess.StatusRejected, DecidedOn: day(time.October, 20),
		History: []riskassess.DecisionRecord{{Status: riskassess.StatusRequested, On: day(time.October, 5)}, {Status: riskassess.StatusRejected, On: day(time.October, 20)}}}
	retiredLong := riskassess.Approval{Status: riskassess.StatusRetired, DecidedOn: riskassess.NewDate(2024, time.March, 1)}
	requested := riskassess.Approval{Status: riskassess.StatusRequested, DecidedOn: day(time.October, 5)}
	fromReg := &riskassess.Register{}
	toReg := &riskassess.Register{Services: []*riskassess.Service{svc("new-rejected", rejected), svc("old-record", retiredLong), svc("new-requested", requested)}}
	ch, err := diff.Compare(metSnapshot(t, fromReg, day(time.March, 31)), metSnapshot(t, toReg, day(time.November, 27)))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range ch.Retired {
		got = append(got, r.ID)
	}
	if d := cmp.Diff([]string{"new-rejected"}, got); d != "" {
		t.Errorf("retired (-want +got):\n%s", d)
	}
	if len(ch.Added) != 3 {
		t.Errorf("added %+v: want all three", ch.Added)
	}
}

// TestAddedEntryDecidedWithinThePeriod: an entry new in the later
// register whose approval was granted and then suspended (or rejected)
// between the two dates has its approval change listed, as an entry of
// the earlier register whose request was decided so. diff showed the AI
// translation service granted on 2026-06-10 and suspended on 2026-10-01
// only as added (残留リスク 中・条件付承認), with no word of the
// suspension. A new file whose suspension was decided before the earlier
// date, and a request, have no change.
func TestAddedEntryDecidedWithinThePeriod(t *testing.T) {
	day := func(m time.Month, d int) riskassess.Date { return riskassess.NewDate(2026, m, d) }
	svc := termsService
	suspended := riskassess.Approval{Status: riskassess.StatusSuspended, DecidedOn: day(time.October, 1),
		History: []riskassess.DecisionRecord{{Status: riskassess.StatusConditional, On: day(time.June, 10)}, {Status: riskassess.StatusSuspended, On: day(time.October, 1)}}}
	suspendedLong := riskassess.Approval{Status: riskassess.StatusSuspended, DecidedOn: riskassess.NewDate(2025, time.May, 1)}
	requested := riskassess.Approval{Status: riskassess.StatusRequested, DecidedOn: day(time.October, 5)}
	toReg := &riskassess.Register{Services: []*riskassess.Service{svc("new-suspended", suspended), svc("old-suspension", suspendedLong), svc("new-requested", requested)}}
	ch, err := diff.Compare(metSnapshot(t, &riskassess.Register{}, day(time.March, 31)), metSnapshot(t, toReg, day(time.November, 27)))
	if err != nil {
		t.Fatal(err)
	}
	if len(ch.Approvals) != 1 || ch.Approvals[0].ID != "new-suspended" || ch.Approvals[0].Change != diff.ApprovalStatusChanged ||
		ch.Approvals[0].DecidedOn != day(time.October, 1) || ch.Approvals[0].StatusText("ja") != "基準日までの決定なし → 停止" {
		t.Errorf("approvals %+v: want new-suspended 基準日までの決定なし → 停止 decided 2026-10-01", ch.Approvals)
	}
}

// TestApprovalGrantedAndLapsedWithinThePeriod: an approval granted or
// renewed between the two dates whose valid_until has passed by the later
// one is listed as 期限切れ, not as 承認 or 更新, which read as in force.
// diff listed the translation contractor renewed on 2026-05-25 until
// 2026-10-31 as 更新 on 2026-11-27 while due listed its approval 27 days
// overdue. An approval renewed and still in force stays 更新, and a new
// file's approval that had lapsed by the earlier date is no change of the
// period.
func TestApprovalGrantedAndLapsedWithinThePeriod(t *testing.T) {
	day := riskassess.NewDate
	svc := termsService
	approved := func(on, until riskassess.Date) riskassess.Approval {
		return riskassess.Approval{Status: riskassess.StatusApproved, DecidedOn: on, ValidUntil: until}
	}
	lastYear := approved(day(2025, time.April, 10), day(2026, time.April, 9))
	requested := riskassess.Approval{Status: riskassess.StatusRequested, DecidedOn: day(2026, time.February, 1)}
	renewedShort := approved(day(2026, time.May, 25), day(2026, time.October, 31))
	renewedLong := approved(day(2026, time.May, 25), day(2027, time.March, 31))
	fromReg := &riskassess.Register{Services: []*riskassess.Service{
		svc("a-renewed-lapsed", lastYear), svc("b-granted-lapsed", requested), svc("c-renewed", lastYear)}}
	toReg := &riskassess.Register{Services: []*riskassess.Service{
		svc("a-renewed-lapsed", renewedShort), svc("b-granted-lapsed", renewedShort), svc("c-renewed", renewedLong),
		svc("d-new-lapsed", renewedShort), svc("e-new-old", approved(day(2024, time.April, 1), day(2025, time.March, 31)))}}
	ch, err := diff.Compare(metSnapshot(t, fromReg, day(2026, time.March, 31)), metSnapshot(t, toReg, day(2026, time.November, 27)))
	if err != nil {
		t.Fatal(err)
	}
	checkApprovals(t, ch, []approvalRow{
		{"a-renewed-lapsed", diff.ApprovalExpired, "承認"},
		{"b-granted-lapsed", diff.ApprovalExpired, "申請中 → 承認"},
		{"c-renewed", diff.ApprovalRenewed, "承認"},
		{"d-new-lapsed", diff.ApprovalExpired, "承認"},
	})
}

// TestOwnerChangesByPeopleAndResponsible: an owner that names a position
// and no person is in the charge of its holder in register.yaml's people;
// a personnel move hands it to another with the entry file as it was, and
// the year's review must see it. diff listed no owner change when the
// 情報セキュリティ管理者 owning the audit contractor passed from 青木 to
// 藤田 on 2026-04-01. A social account's responsible person (責任者)
// changed in its file was not listed either. A position held by the same
// person on both dates, and an unchanged responsible, are not listed.
func TestOwnerChangesByPeopleAndResponsible(t *testing.T) {
	day := riskassess.NewDate
	owned := func(id string, o riskassess.Owner) *riskassess.Service {
		return &riskassess.Service{Common: riskassess.Common{ID: id, Name: riskassess.T(id, id), Owner: o},
			ContractType: riskassess.ContractTerms, Class: riskassess.Classification{Confidentiality: "1"}}
	}
	social := func(resp string) *riskassess.Social {
		return &riskassess.Social{Common: riskassess.Common{ID: "x", Name: riskassess.T("x", "x"), Owner: riskassess.Owner{Section: "koho"}},
			Responsible: riskassess.Owner{Section: "koho", Position: "kakaricho", Person: resp}}
	}
	org := riskassess.Organisation{People: []riskassess.Person{
		{ID: "aoki", Section: "joho", Position: "kanrisha", Until: day(2026, time.March, 31)},
		{ID: "fujita", Section: "joho", Position: "kanrisha", From: day(2026, time.April, 1)},
		{ID: "sakamoto", Section: "koho", Position: "kakaricho"},
		{ID: "kato", Section: "koho", Position: "kakaricho"},
		{ID: "uchida", Section: "shomu", Position: "kakaricho"},
	}}
	reg := func(resp string) *riskassess.Register {
		return &riskassess.Register{Org: org, Services: []*riskassess.Service{
			owned("moved", riskassess.Owner{Section: "joho", Position: "kanrisha"}),
			owned("same", riskassess.Owner{Section: "shomu", Position: "kakaricho"})},
			Social: []*riskassess.Social{social(resp)}}
	}
	ch, err := diff.Compare(metSnapshot(t, reg("sakamoto"), day(2026, time.March, 31)), metSnapshot(t, reg("kato"), day(2026, time.November, 27)))
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		ID                   string
		Role                 riskassess.Role
		From, To, FromH, ToH string
	}
	var got []row
	for _, c := range ch.Owners {
		got = append(got, row{c.ID, c.Role, c.From.Person, c.To.Person, c.FromHolder, c.ToHolder})
	}
	want := []row{
		{"moved", riskassess.RoleOwner, "", "", "aoki", "fujita"},
		{"x", riskassess.RoleResponsible, "sakamoto", "kato", "", ""},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("owner changes (-want +got):\n%s", d)
	}
}

// TestAddedEntryDecidedBeforeThePeriod: an entry new in the later
// register whose approval its own record dates before the earlier date
// (an entry given another id, or a long-standing one registered late) was
// not approved in the period. diff listed the Instagram account renamed
// to instagram-gikai as 承認（決定 2024-05-20）, one of the year's
// approvals. Its expiry within the period is still listed.
func TestAddedEntryDecidedBeforeThePeriod(t *testing.T) {
	day := riskassess.NewDate
	svc := termsService
	old := riskassess.Approval{Status: riskassess.StatusApproved, DecidedOn: day(2024, time.May, 20)}
	lapsing := riskassess.Approval{Status: riskassess.StatusApproved, DecidedOn: day(2025, time.July, 1), ValidUntil: day(2026, time.June, 30)}
	fromReg := &riskassess.Register{Services: []*riskassess.Service{svc("instagram-chofu-gikai", old)}}
	toReg := &riskassess.Register{Services: []*riskassess.Service{svc("instagram-gikai", old), svc("late-lapsed", lapsing)}}
	ch, err := diff.Compare(metSnapshot(t, fromReg, day(2026, time.March, 31)), metSnapshot(t, toReg, day(2026, time.November, 27)))
	if err != nil {
		t.Fatal(err)
	}
	if len(ch.Approvals) != 1 || ch.Approvals[0].ID != "late-lapsed" || ch.Approvals[0].Change != diff.ApprovalExpired {
		t.Errorf("approvals %+v: want late-lapsed expired only", ch.Approvals)
	}
	if len(ch.Added) != 2 || len(ch.Removed) != 1 {
		t.Errorf("added %+v, removed %+v", ch.Added, ch.Removed)
	}
}

// TestLateEntryRenewedInThePeriod: an entry new in the later register
// whose own record has it approved by the earlier date (registered late,
// or given another id) and renewed between the two dates reads 更新, as it
// would had its file been in the earlier register, not 承認 (a new
// approval, one of the year's). diff listed the meeting tool approved on
// 2024-05-20 and renewed on 2026-05-20 as 承認. An entry first approved in
// the period stays 承認, one approved before and suspended in it reads
// 承認 → 停止, and one approved before and not decided again is no change.
func TestLateEntryRenewedInThePeriod(t *testing.T) {
	day := riskassess.NewDate
	svc := termsService
	first := riskassess.DecisionRecord{Status: riskassess.StatusApproved, On: day(2024, time.May, 20), ValidUntil: day(2026, time.May, 19)}
	renewed := riskassess.Approval{Status: riskassess.StatusApproved, DecidedOn: day(2026, time.May, 20), ValidUntil: day(2027, time.May, 19),
		History: []riskassess.DecisionRecord{first, {Status: riskassess.StatusApproved, On: day(2026, time.May, 20)}}}
	lapsed := first
	lapsed.ValidUntil = day(2026, time.March, 1)
	renewedAfterLapse := renewed
	renewedAfterLapse.History = []riskassess.DecisionRecord{lapsed, {Status: riskassess.StatusApproved, On: day(2026, time.May, 20)}}
	grantedNew := riskassess.Approval{Status: riskassess.StatusApproved, DecidedOn: day(2026, time.May, 20), ValidUntil: day(2027, time.May, 19),
		History: []riskassess.DecisionRecord{{Status: riskassess.StatusRequested, On: day(2026, time.April, 10)}, {Status: riskassess.StatusApproved, On: day(2026, time.May, 20)}}}
	suspended := riskassess.Approval{Status: riskassess.StatusSuspended, DecidedOn: day(2026, time.September, 1),
		History: []riskassess.DecisionRecord{first, {Status: riskassess.StatusSuspended, On: day(2026, time.September, 1)}}}
	unchanged := riskassess.Approval{Status: riskassess.StatusApproved, DecidedOn: day(2025, time.June, 1), ValidUntil: day(2027, time.May, 31)}
	toReg := &riskassess.Register{Services: []*riskassess.Service{svc("a-late-renewed", renewed), svc("b-late-renewed-after-lapse", renewedAfterLapse),
		svc("c-new-granted", grantedNew), svc("d-late-suspended", suspended), svc("e-late-unchanged", unchanged)}}
	ch, err := diff.Compare(metSnapshot(t, &riskassess.Register{}, day(2026, time.March, 31)), metSnapshot(t, toReg, day(2026, time.November, 27)))
	if err != nil {
		t.Fatal(err)
	}
	checkApprovals(t, ch, []approvalRow{
		{"a-late-renewed", diff.ApprovalRenewed, "承認"},
		{"b-late-renewed-after-lapse", diff.ApprovalRenewed, "承認"},
		{"c-new-granted", diff.ApprovalGranted, "承認"},
		{"d-late-suspended", diff.ApprovalStatusChanged, "承認 → 停止"},
	})
}

// approvalRow is an approval change as the approval tests check it: the
// entry, the change and its status text in Japanese.
type approvalRow struct{ ID, Change, Status string }

// checkApprovals checks that the approval changes of ch are want.
func checkApprovals(t *testing.T, ch diff.Changes, want []approvalRow) {
	t.Helper()
	var got []approvalRow
	for _, a := range ch.Approvals {
		got = append(got, approvalRow{a.ID, a.Change, a.StatusText("ja")})
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("approval changes (-want +got):\n%s", d)
	}
}

// termsService is a terms-based service of class 1 named and identified
// id, with approval a: the entry the approval tests compare.
func termsService(id string, a riskassess.Approval) *riskassess.Service {
	return &riskassess.Service{Common: riskassess.Common{ID: id, Name: riskassess.T(id, id), Approval: a},
		ContractType: riskassess.ContractTerms, Class: riskassess.Classification{Confidentiality: "1"}}
}

// TestOwnerHolderUnknownIsNoMove: a change of holder is listed only when
// each side knows its holders. A side whose register records no people (a
// revision from before people: was kept) listed every owner naming a post
// as moved, 「（在任者の記録なし） → （在任 藤田）」, though nobody moved.
// (A post held by two people is known: TestOwnerTwoHolders.)
func TestOwnerHolderUnknownIsNoMove(t *testing.T) {
	day := riskassess.NewDate
	owned := func(org riskassess.Organisation) *riskassess.Register {
		return &riskassess.Register{Org: org, Services: []*riskassess.Service{{Common: riskassess.Common{ID: "p", Name: riskassess.T("p", "p"),
			Owner: riskassess.Owner{Section: "joho", Position: "kanrisha"}},
			ContractType: riskassess.ContractTerms, Class: riskassess.Classification{Confidentiality: "1"}}}}
	}
	fujita := riskassess.Person{ID: "fujita", Section: "joho", Position: "kanrisha"}
	for name, from := range map[string]riskassess.Organisation{
		"no people recorded then": {},
	} {
		ch, err := diff.Compare(metSnapshot(t, owned(from), day(2026, time.March, 31)),
			metSnapshot(t, owned(riskassess.Organisation{People: []riskassess.Person{fujita}}), day(2026, time.November, 27)))
		if err != nil {
			t.Fatal(err)
		}
		if len(ch.Owners) != 0 {
			t.Errorf("%s: owner changes %+v, want none", name, ch.Owners)
		}
	}
}

// TestOwnerTwoHolders: the audit contractor's owner names the post
// 情報セキュリティ管理者 with no person, held by 青木 and 田中; 田中 left it
// (until in people). diff said 変更はありません: a side with two holders
// was taken as unknown, so the move was hidden. It is listed with the
// holders of each side; the same two holders on both sides, in another
// order, are no change, and one of two replaced is one.
func TestOwnerTwoHolders(t *testing.T) {
	day := riskassess.NewDate
	owned := func(people ...riskassess.Person) *riskassess.Register {
		return &riskassess.Register{Org: riskassess.Organisation{People: people}, Services: []*riskassess.Service{{Common: riskassess.Common{ID: "p", Name: riskassess.T("p", "p"),
			Owner: riskassess.Owner{Section: "joho", Position: "kanrisha"}},
			ContractType: riskassess.ContractTerms, Class: riskassess.Classification{Confidentiality: "1"}}}}
	}
	post := func(id string) riskassess.Person {
		return riskassess.Person{ID: id, Section: "joho", Position: "kanrisha"}
	}
	left := post("tanaka")
	left.Until = day(2026, time.September, 30)
	for _, tt := range []struct {
		name     string
		from, to *riskassess.Register
		want     []string // from holders → to holders; none when nil
	}{
		{"one of two left", owned(post("aoki"), post("tanaka")), owned(post("aoki"), left), []string{"aoki,tanaka", "aoki"}},
		{"one of two replaced", owned(post("aoki"), post("tanaka")), owned(post("aoki"), left, post("kato")), []string{"aoki,tanaka", "aoki,kato"}},
		{"the same two, reordered", owned(post("aoki"), post("tanaka")), owned(post("tanaka"), post("aoki")), nil},
	} {
		ch, err := diff.Compare(metSnapshot(t, tt.from, day(2026, time.November, 27)), metSnapshot(t, tt.to, day(2026, time.November, 27)))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, c := range ch.Owners {
			fh, th := c.Held()
			got = append(got, strings.Join(fh, ","), strings.Join(th, ","))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: owner changes %+v, want holders %q", tt.name, ch.Owners, tt.want)
		}
	}
}

// TestOwnerPostLeftVacant: a post its holder left, with nobody after
// them, is a change of who is in charge: listed, the later side vacant.
// (TestOwnerHolderUnknownIsNoMove: a side that records no people, or two
// holders, is not.)
func TestOwnerPostLeftVacant(t *testing.T) {
	day := riskassess.NewDate
	reg := func(p riskassess.Person) *riskassess.Register {
		return &riskassess.Register{Org: riskassess.Organisation{People: []riskassess.Person{p}},
			Services: []*riskassess.Service{{Common: riskassess.Common{ID: "p", Name: riskassess.T("p", "p"),
				Owner: riskassess.Owner{Section: "joho", Position: "kanrisha"}},
				ContractType: riskassess.ContractTerms, Class: riskassess.Classification{Confidentiality: "1"}}}}
	}
	aoki := riskassess.Person{ID: "aoki", Section: "joho", Position: "kanrisha"}
	left := aoki
	left.Until = day(2026, time.March, 31)
	ch, err := diff.Compare(metSnapshot(t, reg(aoki), day(2026, time.March, 31)), metSnapshot(t, reg(left), day(2026, time.November, 27)))
	if err != nil {
		t.Fatal(err)
	}
	if len(ch.Owners) != 1 || ch.Owners[0].FromHolder != "aoki" || ch.Owners[0].FromVacant || ch.Owners[0].ToHolder != "" || !ch.Owners[0].ToVacant {
		t.Errorf("owner changes %+v, want p: aoki → vacant", ch.Owners)
	}
}

// TestSettingsChanges: a change of register.yaml's settings that judge
// every entry (review_intervals, residual_matrix, classification,
// approval_chain) is listed, what it was and what it is now, in force.
// diff showed the residual risks it moved with no stated cause:
// fuda-data-entry 中 → 高 with no finding changed when residual_matrix's
// bands went from 80, 60, 40 to 90, 70, 50; and said 変更はありません when
// approval_chain's 事務局長 step went from high to medium, which turned
// APR-01 not met for every medium entry without that sign-off. A default
// written out, and names alone (roles, position titles), are no change; a
// reorder of the steps is.
func TestSettingsChanges(t *testing.T) {
	day := riskassess.NewDate(2026, time.November, 27)
	def := riskassess.DefaultMatrix()
	defMatrix := &riskassess.MatrixSetting{Bands: def.Bands[:],
		Low: def.Cells[0][:], Medium: def.Cells[1][:], High: def.Cells[2][:], Critical: def.Cells[3][:]}
	scheme := riskassess.DefaultClassification()
	renamed := riskassess.DefaultClassification()
	renamed.Confidentiality[0].Name = riskassess.T("機密性3A（最重要）", "3A")
	reranked := riskassess.DefaultClassification()
	reranked.Integrity = []riskassess.Level{{ID: "2", Rank: 3}, {ID: "1", Rank: 1}}
	// chain is the example's approval_chain, a new slice on each call.
	chain := func() []riskassess.ApprovalStep {
		return []riskassess.ApprovalStep{
			{Role: riskassess.T("起案確認", "Drafting check"), Position: "kakaricho"},
			{Role: riskassess.T("所管課長決裁", "Division head decision"), Position: "kacho"},
			{Role: riskassess.T("情報セキュリティ管理者の確認", "Information security manager review"), Position: "joho-kanrisha",
				Kinds: []riskassess.Kind{riskassess.KindService}, MinRisk: riskassess.RiskMedium},
			{Role: riskassess.T("事務局長決裁", "Secretary-General decision"), Position: "jimukyokucho", MinRisk: riskassess.RiskHigh},
		}
	}
	for _, tt := range []struct {
		name      string
		from      func(*riskassess.Organisation) // the earlier settings; none when nil
		edit      func(*riskassess.Organisation)
		want      []string // setting: from → to, ja
		wantEn    []string
		wantEmpty bool
	}{
		{name: "defaults written out", edit: func(o *riskassess.Organisation) {
			o.ReviewIntervals = riskassess.DefaultReviewIntervals()
			o.ResidualMatrix = defMatrix
			o.Classification = &scheme
		}, wantEmpty: true},
		{name: "level names only", edit: func(o *riskassess.Organisation) { o.Classification = &renamed }, wantEmpty: true},
		{name: "review intervals", edit: func(o *riskassess.Organisation) { o.ReviewIntervals.High = 3 },
			want:   []string{"見直し間隔: 低 24・中 12・高 6・重大 3 か月 → 低 24・中 12・高 3・重大 3 か月"},
			wantEn: []string{"Review intervals: low 24, medium 12, high 6, critical 3 months → low 24, medium 12, high 3, critical 3 months"}},
		{name: "matrix bands", edit: func(o *riskassess.Organisation) {
			m := *defMatrix
			m.Bands = []float64{90, 70, 50}
			o.ResidualMatrix = &m
		}, want: []string{"残留リスクのマトリクス: 帯 80・60・40 → 帯 90・70・50"}},
		{name: "matrix row", edit: func(o *riskassess.Organisation) {
			m := *defMatrix
			m.High = []riskassess.RiskLevel{riskassess.RiskMedium, riskassess.RiskHigh, riskassess.RiskHigh, riskassess.RiskCritical}
			o.ResidualMatrix = &m
		}, want: []string{"残留リスクのマトリクス: 帯 80・60・40、固有 高: 中・中・高・重大 → 帯 80・60・40、固有 高: 中・高・高・重大"},
			wantEn: []string{"Residual-risk matrix: bands 80, 60, 40; inherent high: medium, medium, high, critical → bands 80, 60, 40; inherent high: medium, high, high, critical"}},
		{name: "classification ranks", edit: func(o *riskassess.Organisation) { o.Classification = &reranked },
			want: []string{"情報の分類（水準と順位）: 完全性 2(2)・1(1) → 完全性 2(3)・1(1)"}},
		{name: "classification aliases", edit: func(o *riskassess.Organisation) {
			s := riskassess.ClassificationScheme{Confidentiality: []riskassess.Level{{ID: "3A", Rank: 5}, {ID: "2", Rank: 2}, {ID: "1", Rank: 1}}}
			o.Classification = &s
		}, want: []string{"情報の分類（水準と順位）: 機密性 3A(5、別名 3)・3B(4)・3C(3)・2(2)・1(1) → 機密性 3A(5)・2(2)・1(1)"},
			wantEn: []string{"Classification (levels and ranks): confidentiality 3A (5, alias 3), 3B (4), 3C (3), 2 (2), 1 (1) → confidentiality 3A (5), 2 (2), 1 (1)"}},
		{name: "approval chain added", edit: func(o *riskassess.Organisation) { o.ApprovalChain = chain() },
			want:   []string{"決裁ルート（承認の段階）: なし → 1 kakaricho・2 kacho・3 joho-kanrisha（外部サービス、中以上）・4 jimukyokucho（高以上）"},
			wantEn: []string{"Approval chain (steps): none → 1 kakaricho, 2 kacho, 3 joho-kanrisha (external service, medium and above), 4 jimukyokucho (high and above)"}},
		{name: "approval chain step's min_risk", from: func(o *riskassess.Organisation) { o.ApprovalChain = chain() },
			edit: func(o *riskassess.Organisation) {
				o.ApprovalChain = chain()
				o.ApprovalChain[3].MinRisk = riskassess.RiskCritical
			},
			want: []string{"決裁ルート（承認の段階）: 1 kakaricho・2 kacho・3 joho-kanrisha（外部サービス、中以上）・4 jimukyokucho（高以上） → 1 kakaricho・2 kacho・3 joho-kanrisha（外部サービス、中以上）・4 jimukyokucho（重大以上）"}},
		{name: "approval chain step dropped", from: func(o *riskassess.Organisation) { o.ApprovalChain = chain() },
			edit: func(o *riskassess.Organisation) { o.ApprovalChain = chain()[:2] },
			want: []string{"決裁ルート（承認の段階）: 1 kakaricho・2 kacho・3 joho-kanrisha（外部サービス、中以上）・4 jimukyokucho（高以上） → 1 kakaricho・2 kacho"}},
		{name: "approval chain reordered", from: func(o *riskassess.Organisation) { o.ApprovalChain = chain() },
			edit: func(o *riskassess.Organisation) {
				c := chain()
				c[0], c[1] = c[1], c[0]
				o.ApprovalChain = c
			},
			want: []string{"決裁ルート（承認の段階）: 1 kakaricho・2 kacho・3 joho-kanrisha（外部サービス、中以上）・4 jimukyokucho（高以上） → 1 kacho・2 kakaricho・3 joho-kanrisha（外部サービス、中以上）・4 jimukyokucho（高以上）"}},
		{name: "approval chain written again, roles and titles renamed", from: func(o *riskassess.Organisation) { o.ApprovalChain = chain() },
			edit: func(o *riskassess.Organisation) {
				c := chain()
				c[1].Role = riskassess.T("課長決裁", "Head of division")
				c[2].Kinds = []riskassess.Kind{riskassess.KindService, riskassess.KindService}
				o.ApprovalChain = c
				o.Positions = []riskassess.Position{{ID: "kacho", Title: riskassess.T("課長", "Division Head")}}
			}, wantEmpty: true},
		// A step listing every kind applies to all, as one listing none
		// (ApprovalRoute), and one from 低 at every level: the same route,
		// which read as changed. Two kinds of three is a change still.
		{name: "approval chain step listing every kind, from low", from: func(o *riskassess.Organisation) { o.ApprovalChain = chain() },
			edit: func(o *riskassess.Organisation) {
				c := chain()
				c[0].Kinds = []riskassess.Kind{riskassess.KindSocial, riskassess.KindContractor, riskassess.KindService}
				c[1].MinRisk = riskassess.RiskLow
				o.ApprovalChain = c
			}, wantEmpty: true},
		{name: "approval chain step listing two kinds of three", from: func(o *riskassess.Organisation) { o.ApprovalChain = chain() },
			edit: func(o *riskassess.Organisation) {
				c := chain()
				c[0].Kinds = []riskassess.Kind{riskassess.KindService, riskassess.KindContractor}
				o.ApprovalChain = c
			},
			want: []string{"決裁ルート（承認の段階）: 1 kakaricho・2 kacho・3 joho-kanrisha（外部サービス、中以上）・4 jimukyokucho（高以上） → 1 kakaricho（委託事業者、外部サービス）・2 kacho・3 joho-kanrisha（外部サービス、中以上）・4 jimukyokucho（高以上）"}},
		// A position id renamed, its title the same: the chain read the
		// same on both sides of a change. The step names its ids.
		{name: "approval chain position id renamed", from: func(o *riskassess.Organisation) {
			o.ApprovalChain = chain()
			o.Positions = []riskassess.Position{{ID: "joho-kanrisha", Title: riskassess.T("情報セキュリティ管理者", "Information Security Manager")}}
		}, edit: func(o *riskassess.Organisation) {
			c := chain()
			c[2].Position = "joho-kanri"
			o.ApprovalChain = c
			o.Positions = []riskassess.Position{{ID: "joho-kanri", Title: riskassess.T("情報セキュリティ管理者", "Information Security Manager")}}
		}, want: []string{"決裁ルート（承認の段階）: 1 kakaricho・2 kacho・3 情報セキュリティ管理者（役職 ID joho-kanrisha、外部サービス、中以上）・4 jimukyokucho（高以上） → " +
			"1 kakaricho・2 kacho・3 情報セキュリティ管理者（役職 ID joho-kanri、外部サービス、中以上）・4 jimukyokucho（高以上）"},
			wantEn: []string{"Approval chain (steps): 1 kakaricho, 2 kacho, 3 Information Security Manager (position id joho-kanrisha, external service, medium and above), 4 jimukyokucho (high and above) → " +
				"1 kakaricho, 2 kacho, 3 Information Security Manager (position id joho-kanri, external service, medium and above), 4 jimukyokucho (high and above)"}},
		// The same rename with another step changed too: the chains read
		// differently, and the renamed step read the same on both sides.
		{name: "approval chain position id renamed, another step changed", from: func(o *riskassess.Organisation) {
			o.ApprovalChain = chain()
			o.Positions = []riskassess.Position{{ID: "joho-kanrisha", Title: riskassess.T("情報セキュリティ管理者", "Information Security Manager")}}
		}, edit: func(o *riskassess.Organisation) {
			c := chain()
			c[2].Position = "joho-kanri"
			c[3].MinRisk = riskassess.RiskMedium
			o.ApprovalChain = c
			o.Positions = []riskassess.Position{{ID: "joho-kanri", Title: riskassess.T("情報セキュリティ管理者", "Information Security Manager")}}
		}, want: []string{"決裁ルート（承認の段階）: 1 kakaricho・2 kacho・3 情報セキュリティ管理者（役職 ID joho-kanrisha、外部サービス、中以上）・4 jimukyokucho（高以上） → " +
			"1 kakaricho・2 kacho・3 情報セキュリティ管理者（役職 ID joho-kanri、外部サービス、中以上）・4 jimukyokucho（中以上）"},
			wantEn: []string{"Approval chain (steps): 1 kakaricho, 2 kacho, 3 Information Security Manager (position id joho-kanrisha, external service, medium and above), 4 jimukyokucho (high and above) → " +
				"1 kakaricho, 2 kacho, 3 Information Security Manager (position id joho-kanri, external service, medium and above), 4 jimukyokucho (medium and above)"}},
		{name: "approval chain by the positions' titles", from: func(o *riskassess.Organisation) {
			o.ApprovalChain = chain()
			o.Positions = []riskassess.Position{{ID: "kacho", Title: riskassess.T("課長", "Division Head")}}
		}, edit: func(o *riskassess.Organisation) {
			o.ApprovalChain = chain()[1:2]
			o.Positions = []riskassess.Position{{ID: "kacho", Title: riskassess.T("所管課長", "Head of the division")}}
		}, want: []string{"決裁ルート（承認の段階）: 1 kakaricho・2 課長・3 joho-kanrisha（外部サービス、中以上）・4 jimukyokucho（高以上） → 1 所管課長"},
			wantEn: []string{"Approval chain (steps): 1 kakaricho, 2 Division Head, 3 joho-kanrisha (external service, medium and above), 4 jimukyokucho (high and above) → 1 Head of the division"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			from, to := &riskassess.Register{}, &riskassess.Register{}
			if tt.from != nil {
				tt.from(&from.Org)
			}
			tt.edit(&to.Org)
			ch, err := diff.Compare(metSnapshot(t, from, day), metSnapshot(t, to, day))
			if err != nil {
				t.Fatal(err)
			}
			for lang, want := range map[riskassess.Lang][]string{"ja": tt.want, "en": tt.wantEn} {
				if want == nil && lang == "en" {
					continue
				}
				var got []string
				for _, s := range ch.Settings {
					got = append(got, s.Label(lang)+": "+s.From.In(lang)+" → "+s.To.In(lang))
				}
				if d := cmp.Diff(want, got); d != "" {
					t.Errorf("%s settings (-want +got):\n%s", lang, d)
				}
			}
			if ch.Empty() != tt.wantEmpty {
				t.Errorf("Empty() = %v", ch.Empty())
			}
		})
	}
}

// TestStaffChanges: a service's manager, a social account's credential
// custodian and its operators are people in charge of the entry as much
// as its responsible is, and the year's review must see them change. diff
// said 変更はありません when the online meeting tool's manager passed from
// 近藤 to 林 and the X account's password went from 坂本 to 永井 with an
// operator replaced. Operators reordered, and people unchanged, are not
// listed.
func TestStaffChanges(t *testing.T) {
	day := riskassess.NewDate
	service := func(id, manager string) *riskassess.Service {
		return &riskassess.Service{Common: riskassess.Common{ID: id, Name: riskassess.T(id, id)}, Manager: manager,
			ContractType: riskassess.ContractTerms, Class: riskassess.Classification{Confidentiality: "1"}}
	}
	social := func(id, custodian string, operators ...string) *riskassess.Social {
		return &riskassess.Social{Common: riskassess.Common{ID: id, Name: riskassess.T(id, id), Owner: riskassess.Owner{Section: "koho"}},
			Responsible: riskassess.Owner{Section: "koho", Position: "kakaricho", Person: "sakamoto"}, CredentialCustodian: custodian, Operators: operators}
	}
	fromReg := &riskassess.Register{
		Services: []*riskassess.Service{service("a-moved", "kondo"), service("b-named", ""), service("c-same", "kondo")},
		Social:   []*riskassess.Social{social("x", "sakamoto", "nagai", "ogawa"), social("y", "sakamoto", "nagai", "ogawa")}}
	toReg := &riskassess.Register{
		Services: []*riskassess.Service{service("a-moved", "hayashi"), service("b-named", "hayashi"), service("c-same", "kondo")},
		Social:   []*riskassess.Social{social("x", "nagai", "nagai", "kato"), social("y", "sakamoto", "ogawa", "nagai")}}
	ch, err := diff.Compare(metSnapshot(t, fromReg, day(2026, time.March, 31)), metSnapshot(t, toReg, day(2026, time.November, 27)))
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		ID       string
		Role     riskassess.Role
		From, To string
	}
	var got []row
	for _, c := range ch.Owners {
		if c.From.Section != "" || c.To.Section != "" || c.From.Position != "" || c.To.Position != "" {
			t.Errorf("%s %s: %+v → %+v names more than a person", c.ID, c.Role, c.From, c.To)
		}
		got = append(got, row{c.ID, c.Role, c.From.Person, c.To.Person})
	}
	want := []row{
		{"a-moved", riskassess.RoleManager, "kondo", "hayashi"},
		{"b-named", riskassess.RoleManager, "", "hayashi"},
		{"x", riskassess.RoleOperator, "ogawa", ""},
		{"x", riskassess.RoleOperator, "", "kato"},
		{"x", riskassess.RoleCustodian, "sakamoto", "nagai"},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("owner changes (-want +got):\n%s", d)
	}
}

// settingsRow is a risk change as TestRiskBySettings and
// TestRiskBySettingsLevelNotInEarlier compare them.
type settingsRow struct {
	ID         string
	From, To   riskassess.RiskLevel
	BySettings bool
}

// TestRiskBySettings: a residual risk moved by a change of the settings
// that judge every entry is marked as such (RiskChange.BySettings), as one
// moved by the catalogue change is (ByCatalogue). residual_matrix's 中 row
// giving 中 at the best band moved every such entry 低 → 中, and diff listed
// those moves beside the ones the entries' own data made with nothing to
// tell them apart. An entry whose own change moved it as far under the
// earlier settings is not marked, nor is any entry when no setting changed.
func TestRiskBySettings(t *testing.T) {
	day := riskassess.NewDate(2026, time.November, 27)
	reqs := []riskassess.Requirement{{ID: "A-1", Kinds: []riskassess.Kind{riskassess.KindService}, Severity: riskassess.SeverityHigh,
		Title: riskassess.T("A-1", "A-1"), Check: func(s *riskassess.Subject) riskassess.Result {
			if s.Entry.Base().Name.En == "weak" {
				return riskassess.Result{Outcome: riskassess.OutcomeNotMet}
			}
			return riskassess.Result{Outcome: riskassess.OutcomeMet}
		}}}
	snap := func(reg *riskassess.Register) *diff.Snapshot { return assessedSnapshot(t, reg, reqs, day) }
	// Services of class 2 (inherent 中); b-own-change fails A-1 in the
	// later register (the worst band).
	reg := func(matrix *riskassess.MatrixSetting, weak bool) *riskassess.Register {
		var svcs []*riskassess.Service
		for _, id := range []string{"a-settings", "b-own-change", "c-same"} {
			s := termsService(id, riskassess.Approval{})
			s.Class.Confidentiality = "2"
			if weak && id == "b-own-change" {
				s.Name.En = "weak"
			}
			svcs = append(svcs, s)
		}
		return &riskassess.Register{Org: riskassess.Organisation{ResidualMatrix: matrix}, Services: svcs}
	}
	// The inherent 中 row gives 中 at the best band (低 by default).
	def := riskassess.DefaultMatrix()
	stricter := &riskassess.MatrixSetting{Bands: def.Bands[:], Low: def.Cells[0][:],
		Medium: []riskassess.RiskLevel{riskassess.RiskMedium, def.Cells[1][1], def.Cells[1][2], def.Cells[1][3]},
		High:   def.Cells[2][:], Critical: def.Cells[3][:]}
	for _, tt := range []struct {
		name     string
		to       *riskassess.MatrixSetting
		want     []settingsRow
		settings int
	}{
		{"matrix changed", stricter, []settingsRow{
			{"a-settings", riskassess.RiskLow, riskassess.RiskMedium, true},
			{"b-own-change", riskassess.RiskLow, riskassess.RiskHigh, false},
			{"c-same", riskassess.RiskLow, riskassess.RiskMedium, true},
		}, 1},
		{"no setting changed", nil, []settingsRow{{"b-own-change", riskassess.RiskLow, riskassess.RiskHigh, false}}, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ch, err := diff.Compare(snap(reg(nil, false)), snap(reg(tt.to, true)))
			if err != nil {
				t.Fatal(err)
			}
			var got []settingsRow
			for _, r := range ch.Risk {
				got = append(got, settingsRow{r.ID, r.FromResidual, r.ToResidual, r.BySettings})
				if r.ByCatalogue {
					t.Errorf("%s marked as moved by the catalogue, which did not change", r.ID)
				}
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("risk changes (-want +got):\n%s", d)
			}
			if len(ch.Settings) != tt.settings {
				t.Errorf("settings %+v, want %d", ch.Settings, tt.settings)
			}
		})
	}
}

// TestRiskBySettingsLevelNotInEarlier: the re-assessment of the later
// register under the earlier settings (RiskChange.BySettings) only
// attributes risk changes. A classification level the later register
// added (2P, ranks 6..1) and an entry of it are valid there, yet the
// earlier classification cannot read the entry: diff refused the whole
// comparison with 「class.confidentiality "2P" (want one of 3A, 3B, 3C,
// 2, 1)」, blaming a valid register. The entry it cannot assess is not
// marked, the others still are, and the level's change and the entry's
// risk change are listed. A level removed (the entry moved off it) is
// compared as well.
func TestRiskBySettingsLevelNotInEarlier(t *testing.T) {
	day := riskassess.NewDate(2026, time.November, 27)
	reqs := []riskassess.Requirement{{ID: "A-1", Kinds: []riskassess.Kind{riskassess.KindService}, Severity: riskassess.SeverityHigh,
		Title: riskassess.T("A-1", "A-1"), Check: func(*riskassess.Subject) riskassess.Result {
			return riskassess.Result{Outcome: riskassess.OutcomeNotMet}
		}}}
	snap := func(reg *riskassess.Register) *diff.Snapshot { return assessedSnapshot(t, reg, reqs, day) }
	// with2P is the default scheme with 2P between 3C and 2, ranks 6..1.
	with2P := func() *riskassess.ClassificationScheme {
		s := riskassess.DefaultClassification()
		c := s.Confidentiality // 3A 3B 3C 2 1
		s.Confidentiality = []riskassess.Level{c[0], c[1], c[2], {ID: "2P", Name: riskassess.T("機密性2P", "Confidentiality 2P")}, c[3], c[4]}
		for i := range s.Confidentiality {
			s.Confidentiality[i].Rank = 6 - i
		}
		return &s
	}
	// reg has a-level at confidentiality level, b-3a at 3A (rank 5 by
	// default, 6 with 2P: inherent 中 → 高 with the terms-based point)
	// and c-1 at 1; A-1 not met puts every entry in the worst band.
	reg := func(scheme *riskassess.ClassificationScheme, level string) *riskassess.Register {
		var svcs []*riskassess.Service
		for _, s := range [][2]string{{"a-level", level}, {"b-3a", "3A"}, {"c-1", "1"}} {
			svc := termsService(s[0], riskassess.Approval{})
			svc.Class.Confidentiality = s[1]
			svcs = append(svcs, svc)
		}
		return &riskassess.Register{Org: riskassess.Organisation{Classification: scheme}, Services: svcs}
	}
	for _, tt := range []struct {
		name     string
		from, to *riskassess.Register
		want     []settingsRow
	}{
		{"level added", reg(nil, "1"), reg(with2P(), "2P"), []settingsRow{
			{"a-level", riskassess.RiskMedium, riskassess.RiskHigh, false},
			{"b-3a", riskassess.RiskHigh, riskassess.RiskCritical, true},
		}},
		{"level removed", reg(with2P(), "2P"), reg(nil, "1"), []settingsRow{
			{"a-level", riskassess.RiskHigh, riskassess.RiskMedium, false},
			{"b-3a", riskassess.RiskCritical, riskassess.RiskHigh, true},
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ch, err := diff.Compare(snap(tt.from), snap(tt.to))
			if err != nil {
				t.Fatal(err)
			}
			var got []settingsRow
			for _, r := range ch.Risk {
				got = append(got, settingsRow{r.ID, r.FromResidual, r.ToResidual, r.BySettings})
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("risk changes (-want +got):\n%s", d)
			}
			if len(ch.Settings) != 1 || ch.Settings[0].Setting != diff.SettingClassification {
				t.Errorf("settings %+v, want the classification's change", ch.Settings)
			}
		})
	}
}

// TestCompareRefusesReversedDates: a later snapshot assessed as of a day
// before the earlier one's would read backwards; Compare refuses it
// before comparing, and compares snapshots of one day or in order.
func TestCompareRefusesReversedDates(t *testing.T) {
	snap := func(d riskassess.Date) *diff.Snapshot {
		return &diff.Snapshot{Label: d.String(), AsOf: d, Register: &riskassess.Register{}}
	}
	early, late := riskassess.NewDate(2026, 11, 27), riskassess.NewDate(2026, 12, 1)
	if _, err := diff.Compare(snap(late), snap(early)); !errors.Is(err, diff.ErrReversed) {
		t.Errorf("diff.Compare(2026-12-01, 2026-11-27): %v, want ErrReversed", err)
	}
	for _, pair := range [][2]riskassess.Date{{early, late}, {early, early}, {{}, early}} {
		if _, err := diff.Compare(snap(pair[0]), snap(pair[1])); err != nil {
			t.Errorf("diff.Compare(%v, %v): %v", pair[0], pair[1], err)
		}
	}
}
