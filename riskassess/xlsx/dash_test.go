package xlsx

import (
	"strings"
	"testing"
)

// TestDashIsNoAnswer: a dash alone (-, －, ー, ―) in a yes/no answer was
// read as 該当なし, which is no part of the score: a dash meaning "no" or
// "left blank" dropped a not-met from the vendor's score and claimed a
// not-applicable nobody stated. Our questionnaire refuses it at its cell;
// 該当なし and N/A typed out are still not applicable.
func TestDashIsNoAnswer(t *testing.T) {
	q := defaultQ()
	for _, dash := range []string{"-", "－", "ー", "―", "ｰ"} {
		f := workbook(t, generate(t, q))
		cell := setAnswer(t, f, qs, "Q-YN-01", dash)
		setAnswer(t, f, qs, "Q-YN-02", "該当なし")
		setAnswer(t, f, qs, "Q-YN-03", "N/A")
		res := readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements, Current: testEntry().Answers})
		if a, ok := res.Answers["Q-YN-01"]; ok {
			t.Errorf("%q read as %q, want refused", dash, a.Value)
		}
		if it := itemOf(t, res, "Q-YN-01"); it.Status != StatusError || it.ErrorCode != ErrUnknownAnswer || it.Cell != qs+"!"+cell {
			t.Errorf("%q: %+v", dash, it)
		}
		if res.Answers["Q-YN-02"].Value != NA || res.Answers["Q-YN-03"].Value != NA {
			t.Errorf("該当なし, N/A read as %q, %q", res.Answers["Q-YN-02"].Value, res.Answers["Q-YN-03"].Value)
		}
		var msgs []string
		for _, p := range res.Problems {
			if p.QuestionID == "Q-YN-01" {
				msgs = append(msgs, p.Message("ja"), p.Message("en"))
			}
		}
		if len(msgs) != 2 || !strings.Contains(msgs[0], qs+"!"+cell) || !strings.Contains(msgs[0], "該当なし・いいえ・空欄のどれの意味か決められないため読みません") ||
			!strings.Contains(msgs[1], "a dash alone may mean not applicable, no or blank, so it is not read") {
			t.Errorf("%q: messages %q", dash, msgs)
		}
	}
}

// TestForeignDashIsNoAnswer: in a CAIQ (or HECVAT) a dash alone answered
// the linked question 該当なし; it answers nothing now, and the dash is
// shown as evidence for a person to judge. NA typed out still answers na.
func TestForeignDashIsNoAnswer(t *testing.T) {
	for _, tc := range []struct{ raw, want string }{{"-", ""}, {"－", ""}, {"ー", ""}, {"―", ""}, {"NA", NA}, {"N/A", NA}} {
		rows := append([]caiqRow(nil), caiqRows...)
		for i := range rows {
			if rows[i].id == "DSP-19.1" {
				rows[i].answer = tc.raw
			}
		}
		res := readBytes(t, caiqBook(t, "CAIQv4.0.3", "v4.0.3", rows, false), foreignOpts(nil, caiqMapping))
		if res.HasErrors() {
			t.Fatalf("%q: %v", tc.raw, res.Err())
		}
		a, ok := res.Answers["Q-SV-NA"]
		if a.Value != tc.want || ok != (tc.want != "") {
			t.Errorf("DSP-19.1 %q: Q-SV-NA answered %q (%v), want %q", tc.raw, a.Value, ok, tc.want)
		}
		if _, _, _, na := res.Questionnaire.Answered(); (na == 1) != (tc.want == NA) {
			t.Errorf("DSP-19.1 %q: %d not applicable", tc.raw, na)
		}
		shown := false
		for _, ev := range res.Evidence {
			shown = shown || (ev.Requirement == "SV-NA" && ev.Question == "DSP-19.1" && ev.Answer == tc.raw)
		}
		if shown != (tc.want == "") {
			t.Errorf("DSP-19.1 %q: evidence %+v", tc.raw, res.Evidence)
		}
	}
}
