package xlsx

import (
	"slices"
	"strconv"

	"github.com/gikai-sec/riskregister/riskassess"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// hasCode reports whether res lists a problem with code c.
func hasCode(res *Result, c ErrorCode) bool {
	for _, p := range res.Problems {
		if p.Code == c {
			return true
		}
	}
	return false
}

// fillCover sets the cell right of the cover's field labelled label (ja).
func fillCover(t *testing.T, b []byte, label, v string) []byte {
	t.Helper()
	f := workbook(t, b)
	cover := f.GetSheetName(0)
	rows, err := f.GetRows(cover)
	if err != nil {
		t.Fatal(err)
	}
	row := 0
	for i, r := range rows {
		// The last row with the label: the field, not a section title.
		if len(r) > 0 && strings.HasPrefix(r[0], label+" /") {
			row = i + 1
		}
	}
	if row == 0 {
		t.Fatalf("no cover field %s", label)
	}
	if err := f.SetCellStr(cover, "B"+strconv.Itoa(row), v); err != nil {
		t.Fatal(err)
	}
	return save(t, f)
}

// TestNotFilledIn: a vendor workbook is refused as not filled in only
// when the respondent fields are blank (the pre-filled company name and
// 法人番号 do not count) and no answer or comment differs from the
// pre-filled ones.
func TestNotFilledIn(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(t *testing.T, b []byte) []byte
		after func(q *Questionnaire) // the register changes after the workbook was sent
		want  bool
	}{
		{"untouched", nil, nil, true},
		{"respondent", func(t *testing.T, b []byte) []byte { return fillCover(t, b, "回答者", "山田 太郎") }, nil, false},
		{"contact only", func(t *testing.T, b []byte) []byte { return fillCover(t, b, "連絡先", "03-0000-0000") }, nil, false},
		{"company corrected", func(t *testing.T, b []byte) []byte {
			return fillCover(t, b, "会社名", "株式会社アクメ情報")
		}, nil, false},
		{"stored answer changed", func(t *testing.T, b []byte) []byte { return setCells(t, b, "Q-D-11", "はい", "") }, nil, false},
		{"derived answer changed", func(t *testing.T, b []byte) []byte { return setCells(t, b, "Q-D-01", "いいえ", "") }, nil, false},
		{"derived answer, comment added", func(t *testing.T, b []byte) []byte {
			return setCells(t, b, "Q-D-02", "", "契約書第5条\n"+cellOf(t, b, "Q-D-02", "E"))
		}, nil, false},
		{"stored answer cleared", func(t *testing.T, b []byte) []byte { return setCells(t, b, "Q-D-11", " ", "") }, nil, true},
		// With the respondent filled in, pre-filled answers kept are a
		// confirmation; with nothing in any answer or comment cell there
		// is nothing to confirm.
		{"respondent, every answer and comment cell empty", func(t *testing.T, b []byte) []byte {
			return fillCover(t, clearAnswers(t, b), "回答者", "山田 太郎")
		}, nil, true},
		{"respondent, only a stored answer kept", func(t *testing.T, b []byte) []byte {
			return fillCover(t, clearAnswers(t, b, "Q-D-11"), "回答者", "山田 太郎")
		}, nil, false},
		{"respondent, only a derived answer kept", func(t *testing.T, b []byte) []byte {
			return fillCover(t, clearAnswers(t, b, "Q-D-01"), "回答者", "山田 太郎")
		}, nil, false},
		{"respondent, only a stored comment kept", func(t *testing.T, b []byte) []byte {
			return fillCover(t, clearAnswers(t, b, "Q-D-14"), "回答者", "山田 太郎")
		}, nil, false},
		{"respondent, only a comment typed", func(t *testing.T, b []byte) []byte {
			return fillCover(t, setCells(t, clearAnswers(t, b), "Q-D-02", "", "確認中です"), "回答者", "山田 太郎")
		}, nil, false},
		// Sent blank, the vendor replied いいえ to Q-D-01 meanwhile, then the
		// blank copy is imported: it would put back the pre-filled はい.
		{"untouched, imported after a reply", nil, func(q *Questionnaire) {
			q.Entry.Base().Answers["Q-D-01"] = riskassess.Answer{Value: No}
		}, true},
		// The stored answer changed after the workbook was made: what it
		// was pre-filled with (_meta) is what was sent, not a reply.
		{"untouched, imported after the stored answer changed", nil, func(q *Questionnaire) {
			q.Entry.Base().Answers["Q-D-11"] = riskassess.Answer{Value: No}
		}, true},
		{"untouched, imported after a reply with a comment", nil, func(q *Questionnaire) {
			q.Entry.Base().Answers["Q-D-01"] = riskassess.Answer{Value: No, Comment: "認証は返上しました"}
		}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := deriveQ(t) // fresh: after changes the register
			b := generate(t, q)
			if tc.edit != nil {
				b = tc.edit(t, b)
			}
			if tc.after != nil {
				tc.after(q)
			}
			res := readBytes(t, b, ReadOptions{Requirements: q.Requirements, Register: q.Register, CatalogueVersion: testVersion})
			if diff := cmp.Diff(tc.want, hasCode(res, ErrNotFilledIn)); diff != "" {
				t.Errorf("refused as not filled in (-want +got):\n%s\n%v", diff, res.Err())
			}
		})
	}
}

// TestNotFilledInWithoutMeta: a questionnaire whose hidden _meta sheet was
// lost (its visible sheets copied into a new workbook), returned as it was
// sent and imported with --entry, is refused as not filled in like one
// with its _meta: it recorded the council's pre-filled facts as the
// vendor's answers.
func TestNotFilledInWithoutMeta(t *testing.T) {
	for _, tc := range []struct {
		name       string
		respondent bool
		want       bool
	}{{"untouched", false, true}, {"respondent filled in", true, false}} {
		t.Run(tc.name, func(t *testing.T) {
			q := deriveQ(t)
			b := generate(t, q)
			if tc.respondent {
				b = fillCover(t, b, "回答者", "山田 太郎")
			}
			f := workbook(t, b)
			if err := f.DeleteSheet(MetaSheet); err != nil {
				t.Fatal(err)
			}
			b = save(t, f)
			res := readBytes(t, b, ReadOptions{Requirements: q.Requirements, Register: q.Register, CatalogueVersion: testVersion,
				Kind: q.Kind, EntryID: q.Entry.Base().ID})
			if res.Meta != nil {
				t.Fatal("_meta still read")
			}
			if diff := cmp.Diff(tc.want, hasCode(res, ErrNotFilledIn)); diff != "" {
				t.Errorf("refused as not filled in (-want +got):\n%s\n%v", diff, res.Err())
			}
		})
	}
}

// setCells sets the answer (when not "") and comment (when not "") of
// question id on the questions sheet.
func setCells(t *testing.T, b []byte, id, answer, comment string) []byte {
	t.Helper()
	f := workbook(t, b)
	r := strconv.Itoa(rowOf(t, f, "質問", id))
	if answer != "" {
		f.SetCellStr("質問", "D"+r, strings.TrimSpace(answer))
	}
	if comment != "" {
		f.SetCellStr("質問", "E"+r, comment)
	}
	return save(t, f)
}

// cellOf returns column col of question id's row.
func cellOf(t *testing.T, b []byte, id, col string) string {
	t.Helper()
	f := workbook(t, b)
	defer f.Close()
	v, err := f.GetCellValue("質問", col+strconv.Itoa(rowOf(t, f, "質問", id)))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// clearAnswers empties the answer and comment cells of every question on
// the questions sheet except those of keep, as a workbook sent with
// nothing pre-filled would have them.
func clearAnswers(t *testing.T, b []byte, keep ...string) []byte {
	t.Helper()
	f := workbook(t, b)
	rows, err := f.GetRows("質問")
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		if i == 0 || len(r) == 0 || !strings.HasPrefix(r[0], "Q-") || slices.Contains(keep, r[0]) {
			continue
		}
		for _, col := range []string{"D", "E"} {
			if err := f.SetCellStr("質問", col+strconv.Itoa(i+1), ""); err != nil {
				t.Fatal(err)
			}
		}
	}
	return save(t, f)
}

// TestSelfCheckNothingAnswered: a self-check with the checker filled in
// but no answer or comment in any question is refused as not filled in;
// one answer is enough to record it.
func TestSelfCheckNothingAnswered(t *testing.T) {
	for _, tc := range []struct {
		name   string
		answer bool
		want   bool
	}{{"nothing answered", false, true}, {"one answer", true, false}} {
		t.Run(tc.name, func(t *testing.T) {
			q := selfCheckQ()
			q.Register = &riskassess.Register{Contractors: []*riskassess.Contractor{q.Entry.(*riskassess.Contractor)}}
			f := workbook(t, generate(t, q))
			fillSelfCheck(t, f)
			b := clearAnswers(t, save(t, f))
			if tc.answer {
				f := workbook(t, b)
				setAnswer(t, f, qs, "Q-OUT-SELF", "はい")
				b = save(t, f)
			}
			res := readBytes(t, b, ReadOptions{Requirements: q.Requirements, Register: q.Register, CatalogueVersion: testVersion})
			if diff := cmp.Diff(tc.want, hasCode(res, ErrNotFilledIn)); diff != "" {
				t.Errorf("refused as not filled in (-want +got):\n%s\n%v", diff, res.Err())
			}
		})
	}
}

// TestTypedAfterStoredAnswerChanged: a workbook left as made is not
// "typed" after the entry's stored answer changed: Typed compares what is
// read with what the workbook was pre-filled with (Meta.PrefillDigests),
// not with the entry's current answers, which counted the old pre-filled
// value as typed. A workbook made before the digests were recorded keeps
// the comparison with the current answers; a typed answer is typed in
// both.
func TestTypedAfterStoredAnswerChanged(t *testing.T) {
	q := deriveQ(t)
	b := generate(t, q)
	q.Entry.Base().Answers["Q-D-11"] = riskassess.Answer{Value: No}
	opts := ReadOptions{Requirements: q.Requirements, Register: q.Register, CatalogueVersion: testVersion}
	if it := readBytes(t, b, opts).Typed(); it != nil {
		t.Errorf("left as made: typed %s (%s)", it.ID, it.Cell)
	}
	if it := readBytes(t, setCells(t, b, "Q-D-02", "", "契約書第5条"), opts).Typed(); it == nil || it.ID != "Q-D-02" {
		t.Errorf("comment typed: Typed = %+v, want Q-D-02", it)
	}
	// An older workbook: no pre-fill digests (column D of _meta).
	f := workbook(t, b)
	rows, err := f.GetRows(MetaSheet)
	if err != nil {
		t.Fatal(err)
	}
	for i, row := range rows {
		if len(row) > 3 && row[0] == "question" {
			if err := f.SetCellStr(MetaSheet, "D"+strconv.Itoa(i+1), ""); err != nil {
				t.Fatal(err)
			}
		}
	}
	old := readBytes(t, save(t, f), opts)
	if old.Meta.PrefillDigests != nil || old.HasErrors() {
		t.Fatalf("older workbook: digests %v, %v", old.Meta.PrefillDigests, old.Err())
	}
	if it := old.Typed(); it == nil || it.ID != "Q-D-11" {
		t.Errorf("older workbook: Typed = %+v, want Q-D-11 (compared with the current answer)", it)
	}
}
