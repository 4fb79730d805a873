package riskassess_test

import (
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
)

func strp(s string) *string { return &s }

// TestAnswerDates: the date of an answer is the latest record that
// received it, in either record layout; a record that only changed its
// comment does not date it.
func TestAnswerDates(t *testing.T) {
	c := &riskassess.Common{
		Answers: map[string]riskassess.Answer{"Q-1": {Value: "yes"}, "Q-2": {Value: "no"}, "Q-3": {Value: "yes"}, "Q-4": {Comment: "x"}},
		Assessments: []riskassess.AssessmentRecord{
			// The earlier layout: a full copy.
			{On: riskassess.NewDate(2025, 4, 1), Answers: map[string]riskassess.Answer{"Q-1": {Value: "no"}, "Q-2": {Value: "no"}, "Q-4": {Comment: "x"}}},
			{On: riskassess.NewDate(2026, 4, 1), Answered: []string{"Q-1"},
				Changed: map[string]riskassess.AnswerChange{"Q-1": {From: "no", To: "yes"}, "Q-2": {From: "no", To: "no", FromComment: strp(""), ToComment: strp("c")}}},
		},
	}
	want := map[string]riskassess.Date{"Q-1": riskassess.NewDate(2026, 4, 1), "Q-2": riskassess.NewDate(2025, 4, 1)}
	if diff := cmp.Diff(want, c.AnswerDates()); diff != "" {
		t.Errorf("dates (-want +got):\n%s", diff)
	}
	if last, ok := c.LatestAssessment(); !ok || last.On != riskassess.NewDate(2026, 4, 1) {
		t.Errorf("latest %+v %v", last, ok)
	}
	if got := c.Assessments[0].Received(); !cmp.Equal(got, []string{"Q-1", "Q-2"}) {
		t.Errorf("received of the earlier layout %v", got)
	}
}

// TestLatestChanges: the changes of the latest record with the dates the
// old answers were given, in the new layout and between two records of
// the earlier layout.
func TestLatestChanges(t *testing.T) {
	d := riskassess.NewDate
	c := &riskassess.Common{Assessments: []riskassess.AssessmentRecord{
		{On: d(2025, 4, 1), Source: "a", Answered: []string{"Q-1", "Q-2"}},
		{On: d(2026, 4, 1), Source: "b", Answered: []string{"Q-2"}},
		{On: d(2027, 4, 1), Source: "c", Answered: []string{"Q-1", "Q-2"},
			Changed: map[string]riskassess.AnswerChange{"Q-2": {From: "no", To: "yes"}, "Q-1": {From: "yes", To: "no"}}},
	}}
	want := []riskassess.DatedChange{
		{Question: "Q-1", AnswerChange: riskassess.AnswerChange{From: "yes", To: "no"}, FromOn: d(2025, 4, 1), ToOn: d(2027, 4, 1)},
		{Question: "Q-2", AnswerChange: riskassess.AnswerChange{From: "no", To: "yes"}, FromOn: d(2026, 4, 1), ToOn: d(2027, 4, 1)},
	}
	if diff := cmp.Diff(want, c.LatestChanges()); diff != "" {
		t.Errorf("changes (-want +got):\n%s", diff)
	}
	old := &riskassess.Common{Assessments: []riskassess.AssessmentRecord{
		{On: d(2025, 4, 1), Source: "a", Answers: map[string]riskassess.Answer{"Q-1": {Value: "yes"}, "Q-2": {Value: "no"}}},
		{On: d(2026, 4, 1), Source: "b", Answers: map[string]riskassess.Answer{"Q-1": {Value: "yes"}, "Q-2": {Value: "yes"}, "Q-3": {Value: "na"}}},
	}}
	want = []riskassess.DatedChange{{Question: "Q-2", AnswerChange: riskassess.AnswerChange{From: "no", To: "yes"}, FromOn: d(2025, 4, 1), ToOn: d(2026, 4, 1)}}
	if diff := cmp.Diff(want, old.LatestChanges()); diff != "" {
		t.Errorf("earlier layout (-want +got):\n%s", diff)
	}
	if got := (&riskassess.Common{}).LatestChanges(); got != nil {
		t.Errorf("no assessments: %v", got)
	}
}

// TestAnswerSourcesLeanRecords: the source of an answer is found in lean
// records (answered, changed) as in full copies: a vendor's answer stays
// the vendor's, a value typed into the register afterwards is the
// council's, and an answer a later import changed is dated by that import.
func TestAnswerSourcesLeanRecords(t *testing.T) {
	d := riskassess.NewDate
	c := &riskassess.Contractor{}
	c.Answers = map[string]riskassess.Answer{
		"Q-1": {Value: "yes"}, // 2025 copy: no, 2026: changed to yes
		"Q-2": {Value: "no"},  // 2025 copy: no, 2026: answered unchanged
		"Q-3": {Value: "na"},  // typed by staff (2026 received yes)
		"Q-4": {Value: "yes"}, // self-check 2027
	}
	c.Assessments = []riskassess.AssessmentRecord{
		{On: d(2025, 4, 1), Source: "a.xlsx", Answers: map[string]riskassess.Answer{"Q-1": {Value: "no"}, "Q-2": {Value: "no"}}},
		{On: d(2026, 4, 1), Source: "b.xlsx", Answered: []string{"Q-1", "Q-2", "Q-3"},
			Changed: map[string]riskassess.AnswerChange{"Q-1": {From: "no", To: "yes"}}},
		{On: d(2027, 4, 1), Source: "self.xlsx", By: riskassess.AttestCouncil, Answered: []string{"Q-4"}},
	}
	// Q-3 was "yes" right after b.xlsx (not recorded as a change later):
	// staff typed na, so no record holds na.
	c.Assessments[1].Changed["Q-3"] = riskassess.AnswerChange{From: "", To: "yes"}
	want := map[string]riskassess.AnswerSource{
		"Q-1": {By: riskassess.AttestVendor, On: d(2026, 4, 1), Source: "b.xlsx"},
		"Q-2": {By: riskassess.AttestVendor, On: d(2026, 4, 1), Source: "b.xlsx"},
		"Q-3": {By: riskassess.AttestCouncil},
		"Q-4": {By: riskassess.AttestCouncil, On: d(2027, 4, 1), Source: "self.xlsx"},
	}
	if diff := cmp.Diff(want, riskassess.AnswerSources(c)); diff != "" {
		t.Errorf("sources (-want +got):\n%s", diff)
	}
}

// TestAnswerDatesAreWhenGiven: an answer's date is the day it was given
// (the cover's 回答日, AssessmentRecord.AnsweredOn), the date the findings'
// provenance gives, not the day the workbook was imported.
func TestAnswerDatesAreWhenGiven(t *testing.T) {
	c := &riskassess.Common{
		Answers: map[string]riskassess.Answer{"Q-1": {Value: "yes"}},
		Assessments: []riskassess.AssessmentRecord{
			{On: riskassess.NewDate(2025, 4, 15), Respondent: riskassess.Respondent{Date: riskassess.NewDate(2025, 4, 10)}, Answered: []string{"Q-1"}},
			{On: riskassess.NewDate(2026, 6, 15), Respondent: riskassess.Respondent{Date: riskassess.NewDate(2026, 6, 10)}, Answered: []string{"Q-1"},
				Changed: map[string]riskassess.AnswerChange{"Q-1": {From: "no", To: "yes"}}},
		},
	}
	if diff := cmp.Diff(map[string]riskassess.Date{"Q-1": riskassess.NewDate(2026, 6, 10)}, c.AnswerDates()); diff != "" {
		t.Errorf("dates (-want +got):\n%s", diff)
	}
	want := []riskassess.DatedChange{{Question: "Q-1", AnswerChange: riskassess.AnswerChange{From: "no", To: "yes"},
		FromOn: riskassess.NewDate(2025, 4, 10), ToOn: riskassess.NewDate(2026, 6, 10)}}
	if diff := cmp.Diff(want, c.LatestChanges()); diff != "" {
		t.Errorf("changes (-want +got):\n%s", diff)
	}
}
