package riskassess_test

import (
	"fmt"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
)

func strp(s string) *string { return &s }

func TestMergeAnswers(t *testing.T) {
	type A = riskassess.Answer
	cur := map[string]A{
		"Q-1": {Value: "yes", Comment: "規程あり", Cell: "質問!D2"},
		"Q-2": {Value: "no", Cell: "質問!D3"},
		"Q-3": {Value: "yes"},
		"Q-4": {Comment: "確認中"},
	}
	tests := []struct {
		name     string
		received map[string]A
		want     riskassess.AnswerMerge
	}{
		{
			name:     "nothing received keeps everything",
			received: nil,
			want:     riskassess.AnswerMerge{Answers: cur, Set: map[string]A{}, Changed: map[string]riskassess.AnswerChange{}},
		},
		{
			name: "same value and comment, other cell: not set again",
			received: map[string]A{
				"Q-1": {Value: "yes", Comment: "規程あり", Cell: "Questions!D9"},
			},
			want: riskassess.AnswerMerge{Answers: cur, Set: map[string]A{}, Answered: []string{"Q-1"}, Changed: map[string]riskassess.AnswerChange{}},
		},
		{
			name: "changed value, new question, comment only",
			received: map[string]A{
				"Q-2": {Value: "yes", Cell: "質問!D3"},
				"Q-5": {Value: "na", Cell: "質問!D6"},
				"Q-3": {Comment: "更新予定"},
				"Q-6": {Comment: "後日回答"},
			},
			want: riskassess.AnswerMerge{
				Answers: map[string]A{
					"Q-1": cur["Q-1"], "Q-2": {Value: "yes", Cell: "質問!D3"}, "Q-3": {Value: "yes", Comment: "更新予定"},
					"Q-4": cur["Q-4"], "Q-5": {Value: "na", Cell: "質問!D6"}, "Q-6": {Comment: "後日回答"},
				},
				Set: map[string]A{
					"Q-2": {Value: "yes", Cell: "質問!D3"}, "Q-3": {Value: "yes", Comment: "更新予定"},
					"Q-5": {Value: "na", Cell: "質問!D6"}, "Q-6": {Comment: "後日回答"},
				},
				Answered: []string{"Q-2", "Q-5"},
				Changed: map[string]riskassess.AnswerChange{
					"Q-2": {From: "no", To: "yes"},
					"Q-3": {From: "yes", To: "yes", FromComment: strp(""), ToComment: strp("更新予定")},
				},
			},
		},
		{
			name:     "comment removed with the value kept",
			received: map[string]A{"Q-1": {Value: "yes", Cell: "質問!D2"}},
			want: riskassess.AnswerMerge{
				Answers:  map[string]A{"Q-1": {Value: "yes", Cell: "質問!D2"}, "Q-2": cur["Q-2"], "Q-3": cur["Q-3"], "Q-4": cur["Q-4"]},
				Set:      map[string]A{"Q-1": {Value: "yes", Cell: "質問!D2"}},
				Answered: []string{"Q-1"},
				Changed:  map[string]riskassess.AnswerChange{"Q-1": {From: "yes", To: "yes", FromComment: strp("規程あり"), ToComment: strp("")}},
			},
		},
		{
			name:     "a value for a comment-only answer is a change",
			received: map[string]A{"Q-4": {Value: "no", Comment: "確認中"}},
			want: riskassess.AnswerMerge{
				Answers:  map[string]A{"Q-1": cur["Q-1"], "Q-2": cur["Q-2"], "Q-3": cur["Q-3"], "Q-4": {Value: "no", Comment: "確認中"}},
				Set:      map[string]A{"Q-4": {Value: "no", Comment: "確認中"}},
				Answered: []string{"Q-4"},
				Changed:  map[string]riskassess.AnswerChange{"Q-4": {From: "", To: "no"}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := riskassess.MergeAnswers(cur, tt.received)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("merge (-want +got):\n%s", diff)
			}
			if len(cur) != 4 || cur["Q-2"].Value != "no" {
				t.Errorf("current answers modified: %v", cur)
			}
		})
	}
}

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

func ExampleMergeAnswers() {
	current := map[string]riskassess.Answer{
		"Q-OUT-01": {Value: "yes"},
		"Q-OUT-02": {Value: "no"},
	}
	// The vendor changed Q-OUT-02 and left Q-OUT-01 blank (not received).
	received := map[string]riskassess.Answer{"Q-OUT-02": {Value: "yes"}}
	m := riskassess.MergeAnswers(current, received)
	fmt.Println(m.Answers["Q-OUT-01"].Value, m.Answers["Q-OUT-02"].Value)
	fmt.Println(m.Answered, m.Changed["Q-OUT-02"].From, "→", m.Changed["Q-OUT-02"].To)
	// Output:
	// yes yes
	// [Q-OUT-02] no → yes
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
