package xlsx

import (
	"strconv"
	"testing"
)

// TestQuestionIDCase: a question ID typed by hand in lower case (q-yn-03)
// is the same question, as the full-width Ｑ－ＹＮ－０３ is: its answer
// is read, with no "unknown question" or "missing question" warning. An ID
// not in the questionnaire stays unknown whatever its case, and the same
// question twice (Q-YN-03 and q-yn-03) is a duplicate row.
func TestQuestionIDCase(t *testing.T) {
	q := defaultQ()
	tests := []struct {
		name, id string
		dupRow   bool      // keep the original row and add the typed one below
		want     ErrorCode // the problem expected on the question; 0: none, answer read
	}{
		{name: "lower case", id: "q-yn-03"},
		{name: "mixed case", id: "Q-yn-03"},
		{name: "full width, upper case", id: "Ｑ－ＹＮ－０３"},
		{name: "full width, lower case", id: "ｑ－ｙｎ－０３"},
		{name: "lower case, not a question", id: "q-yn-99", want: ErrExtraQuestion},
		{name: "lower case twice", id: "q-yn-03", dupRow: true, want: ErrDuplicateRow},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := workbook(t, generate(t, q))
			r := rowOf(t, f, qs, "Q-YN-03")
			f.SetCellStr(qs, "D"+strconv.Itoa(r), "はい")
			if tc.dupRow {
				if err := f.DuplicateRow(qs, r); err != nil {
					t.Fatal(err)
				}
				r++
			}
			f.SetCellStr(qs, "A"+strconv.Itoa(r), tc.id)
			res := readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements})
			var codes []ErrorCode
			for _, p := range res.Problems {
				if p.Code != ErrNotAnswered {
					codes = append(codes, p.Code)
				}
			}
			if tc.want == 0 {
				if a := res.Answers["Q-YN-03"]; a.Value != "yes" || len(codes) != 0 {
					t.Errorf("answer %+v, problems %v; want yes and none", a, codes)
				}
				return
			}
			found := false
			for _, c := range codes {
				found = found || c == tc.want
			}
			if !found {
				t.Errorf("problems %v, want %q", codes, tc.want)
			}
		})
	}
}
