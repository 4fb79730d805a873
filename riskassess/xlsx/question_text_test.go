package xlsx

import (
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// TestQuestionTextChanged: an answer counts only for the question text the
// workbook was sent with. A vendor who rewords a question (or pastes over
// it, or sorts the question column apart from the IDs) and answers it is
// refused at the question cell (ErrQuestionChanged), the answer is not
// among the answers, and the file does not pass Err. What spreadsheet
// programs do to a cell's text (line breaks, spaces, width) is not a
// change, nor is an edit of a row with nothing answered.
func TestQuestionTextChanged(t *testing.T) {
	const qs = "質問"
	cellText := func(t *testing.T, f *excelize.File, cell string) string {
		t.Helper()
		v, err := f.GetCellValue(qs, cell)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	setText := func(t *testing.T, f *excelize.File, cell, v string) {
		t.Helper()
		if err := f.SetCellStr(qs, cell, v); err != nil {
			t.Fatal(err)
		}
	}
	qcell := func(t *testing.T, f *excelize.File, id string) string {
		return "C" + strconv.Itoa(rowOf(t, f, qs, id))
	}
	tests := []struct {
		name string
		edit func(t *testing.T, f *excelize.File)
		// want are the question ids refused as changed, with their cells.
		want map[string]string
	}{
		{name: "unchanged", edit: func(*testing.T, *excelize.File) {}},
		{
			name: "reworded and answered",
			edit: func(t *testing.T, f *excelize.File) {
				setText(t, f, qcell(t, f, "Q-YN-02"), "情報セキュリティ対策を実施していないことを確認しましたか。")
			},
			want: map[string]string{"Q-YN-02": "C"},
		},
		{
			name: "a note appended to the question",
			edit: func(t *testing.T, f *excelize.File) {
				c := qcell(t, f, "Q-YN-03")
				setText(t, f, c, cellText(t, f, c)+"（ただし本社のみ）")
			},
			want: map[string]string{"Q-YN-03": "C"},
		},
		{
			name: "choices of a choice question removed",
			edit: func(t *testing.T, f *excelize.File) {
				c := qcell(t, f, "Q-CH-02")
				ja, _, _ := strings.Cut(cellText(t, f, c), "\n")
				setText(t, f, c, ja)
			},
			want: map[string]string{"Q-CH-02": "C"},
		},
		{
			name: "question cells of two rows swapped",
			edit: func(t *testing.T, f *excelize.File) {
				a, b := qcell(t, f, "Q-YN-04"), qcell(t, f, "Q-YN-05")
				ta, tb := cellText(t, f, a), cellText(t, f, b)
				setText(t, f, a, tb)
				setText(t, f, b, ta)
			},
			want: map[string]string{"Q-YN-04": "C", "Q-YN-05": "C"},
		},
		{
			name: "line breaks, spaces and width as other programs write them",
			edit: func(t *testing.T, f *excelize.File) {
				c := qcell(t, f, "Q-YN-02")
				v := strings.ReplaceAll(cellText(t, f, c), "\n", "_x000D_\r\n")
				v = strings.ReplaceAll(v, "Answer", "Ａｎｓｗｅｒ")
				setText(t, f, c, "　"+strings.ReplaceAll(v, "。", "。 ")+" ")
			},
		},
		{
			name: "reworded but not answered",
			edit: func(t *testing.T, f *excelize.File) {
				setText(t, f, qcell(t, f, "Q-DT-08"), "別の質問")
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := defaultQ()
			f := workbook(t, generate(t, q))
			for _, id := range []string{"Q-YN-02", "Q-YN-03", "Q-YN-04", "Q-YN-05"} {
				setAnswer(t, f, qs, id, "はい")
			}
			setAnswer(t, f, qs, "Q-CH-02", "登録なし")
			tt.edit(t, f)
			rows := map[string]int{}
			for id := range tt.want {
				rows[id] = rowOf(t, f, qs, id)
			}
			res := readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements, CatalogueVersion: testVersion})
			got := map[string]string{}
			for _, p := range res.Problems {
				if p.Code == ErrQuestionChanged {
					got[p.QuestionID] = p.Sheet + "!" + p.Cell
				}
			}
			want := map[string]string{}
			for id, col := range tt.want {
				want[id] = qs + "!" + col + strconv.Itoa(rows[id])
				if a, ok := res.Answers[id]; ok {
					t.Errorf("answer %q to a changed question %s recorded", a.Value, id)
				}
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("questions refused as changed (-want +got):\n%s", diff)
			}
			if (len(want) > 0) != (res.Err() != nil) {
				t.Errorf("Err() = %v with %d changed questions", res.Err(), len(want))
			}
			if len(want) == 0 && res.Answers["Q-YN-02"].Value != Yes {
				t.Errorf("Q-YN-02 = %+v, want yes", res.Answers["Q-YN-02"])
			}
		})
	}
}

// TestQuestionDigestsInMeta: the digests are sealed by the checksum, and a
// workbook made before they were recorded (no digests, the checksum of
// then) is read as before, without the text check.
func TestQuestionDigestsInMeta(t *testing.T) {
	q := defaultQ()
	opts := ReadOptions{Requirements: q.Requirements, CatalogueVersion: testVersion}
	metaRow := func(t *testing.T, f *excelize.File, key string) int {
		t.Helper()
		rows, err := f.GetRows(MetaSheet)
		if err != nil {
			t.Fatal(err)
		}
		for i, r := range rows {
			if len(r) > 0 && r[0] == key {
				return i + 1
			}
		}
		t.Fatalf("no %s row in _meta", key)
		return 0
	}

	// A digest edited: the metadata was edited.
	f := workbook(t, generate(t, q))
	r := metaRow(t, f, "question")
	if err := f.SetCellStr(MetaSheet, "C"+strconv.Itoa(r), "0000000000000000"); err != nil {
		t.Fatal(err)
	}
	res := readBytes(t, save(t, f), opts)
	if !hasCode(res, ErrBadMeta) {
		t.Errorf("digest edited: problems %v, want %v", res.Problems, ErrBadMeta)
	}

	// An older workbook: no digests, the checksum without them.
	f = workbook(t, generate(t, q))
	old := readBytes(t, generate(t, q), opts).Meta
	rows, err := f.GetRows(MetaSheet)
	if err != nil {
		t.Fatal(err)
	}
	for i, row := range rows {
		if len(row) > 2 {
			if err := f.SetCellStr(MetaSheet, "C"+strconv.Itoa(i+1), ""); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := f.SetCellStr(MetaSheet, "B"+strconv.Itoa(metaRow(t, f, "checksum")),
		Checksum(q.Kind, "acme", testVersion, old.QuestionIDs)); err != nil {
		t.Fatal(err)
	}
	setAnswer(t, f, "質問", "Q-YN-02", "はい")
	if err := f.SetCellStr("質問", "C"+strconv.Itoa(rowOf(t, f, "質問", "Q-YN-02")), "別の質問"); err != nil {
		t.Fatal(err)
	}
	res = readBytes(t, save(t, f), opts)
	if res.Err() != nil || hasCode(res, ErrQuestionChanged) || res.Meta.QuestionDigests != nil {
		t.Errorf("older workbook: %v, digests %v", res.Err(), res.Meta.QuestionDigests)
	}
	if res.Answers["Q-YN-02"].Value != Yes {
		t.Errorf("older workbook: Q-YN-02 = %+v, want yes", res.Answers["Q-YN-02"])
	}
}
