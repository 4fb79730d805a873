package entryedit_test

import (
	"fmt"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/entryedit"
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
		want     entryedit.AnswerMerge
	}{
		{
			name:     "nothing received keeps everything",
			received: nil,
			want:     entryedit.AnswerMerge{Answers: cur, Set: map[string]A{}, Changed: map[string]riskassess.AnswerChange{}},
		},
		{
			name: "same value and comment, other cell: not set again",
			received: map[string]A{
				"Q-1": {Value: "yes", Comment: "規程あり", Cell: "Questions!D9"},
			},
			want: entryedit.AnswerMerge{Answers: cur, Set: map[string]A{}, Answered: []string{"Q-1"}, Changed: map[string]riskassess.AnswerChange{}},
		},
		{
			name: "changed value, new question, comment only",
			received: map[string]A{
				"Q-2": {Value: "yes", Cell: "質問!D3"},
				"Q-5": {Value: "na", Cell: "質問!D6"},
				"Q-3": {Comment: "更新予定"},
				"Q-6": {Comment: "後日回答"},
			},
			want: entryedit.AnswerMerge{
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
			want: entryedit.AnswerMerge{
				Answers:  map[string]A{"Q-1": {Value: "yes", Cell: "質問!D2"}, "Q-2": cur["Q-2"], "Q-3": cur["Q-3"], "Q-4": cur["Q-4"]},
				Set:      map[string]A{"Q-1": {Value: "yes", Cell: "質問!D2"}},
				Answered: []string{"Q-1"},
				Changed:  map[string]riskassess.AnswerChange{"Q-1": {From: "yes", To: "yes", FromComment: strp("規程あり"), ToComment: strp("")}},
			},
		},
		{
			name:     "a value for a comment-only answer is a change",
			received: map[string]A{"Q-4": {Value: "no", Comment: "確認中"}},
			want: entryedit.AnswerMerge{
				Answers:  map[string]A{"Q-1": cur["Q-1"], "Q-2": cur["Q-2"], "Q-3": cur["Q-3"], "Q-4": {Value: "no", Comment: "確認中"}},
				Set:      map[string]A{"Q-4": {Value: "no", Comment: "確認中"}},
				Answered: []string{"Q-4"},
				Changed:  map[string]riskassess.AnswerChange{"Q-4": {From: "", To: "no"}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := entryedit.MergeAnswers(cur, tt.received)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("merge (-want +got):\n%s", diff)
			}
			if len(cur) != 4 || cur["Q-2"].Value != "no" {
				t.Errorf("current answers modified: %v", cur)
			}
		})
	}
}

func ExampleMergeAnswers() {
	current := map[string]riskassess.Answer{
		"Q-OUT-01": {Value: "yes"},
		"Q-OUT-02": {Value: "no"},
	}
	// The vendor changed Q-OUT-02 and left Q-OUT-01 blank (not received).
	received := map[string]riskassess.Answer{"Q-OUT-02": {Value: "yes"}}
	m := entryedit.MergeAnswers(current, received)
	fmt.Println(m.Answers["Q-OUT-01"].Value, m.Answers["Q-OUT-02"].Value)
	fmt.Println(m.Answered, m.Changed["Q-OUT-02"].From, "→", m.Changed["Q-OUT-02"].To)
	// Output:
	// yes yes
	// [Q-OUT-02] no → yes
}
