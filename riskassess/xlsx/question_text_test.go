package xlsx

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"

	"github.com/gikai-sec/riskregister/riskassess"
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
		{
			name: "a note appended to a question not answered",
			edit: func(t *testing.T, f *excelize.File) {
				c := qcell(t, f, "Q-YN-06")
				setText(t, f, c, cellText(t, f, c)+"（ただし本社のみ）")
			},
		},
		// The answer typed in the question cell, the answer cell left
		// blank: it was dropped with no more than "not answered".
		{
			name: "an answer typed over a question not answered",
			edit: func(t *testing.T, f *excelize.File) {
				setText(t, f, qcell(t, f, "Q-YN-06"), "はい")
			},
			want: map[string]string{"Q-YN-06": "C"},
		},
		{
			name: "an answer on a line after a question not answered",
			edit: func(t *testing.T, f *excelize.File) {
				c := qcell(t, f, "Q-YN-07")
				setText(t, f, c, cellText(t, f, c)+"\nいいえ（契約書に記載なし）")
			},
			want: map[string]string{"Q-YN-07": "C"},
		},
		{
			name: "an answer after an arrow at the end of a question not answered",
			edit: func(t *testing.T, f *excelize.File) {
				c := qcell(t, f, "Q-YN-08")
				setText(t, f, c, cellText(t, f, c)+"　→　該当なし")
			},
			want: map[string]string{"Q-YN-08": "C"},
		},
		{
			name: "an answer before a question not answered",
			edit: func(t *testing.T, f *excelize.File) {
				c := qcell(t, f, "Q-YN-09")
				setText(t, f, c, "○ "+cellText(t, f, c))
			},
			want: map[string]string{"Q-YN-09": "C"},
		},
		{
			name: "a date typed over a date question not answered",
			edit: func(t *testing.T, f *excelize.File) {
				setText(t, f, qcell(t, f, "Q-DT-07"), "令和8年4月1日")
			},
			want: map[string]string{"Q-DT-07": "C"},
		},
		{
			name: "a number after a number question not answered",
			edit: func(t *testing.T, f *excelize.File) {
				c := qcell(t, f, "Q-NUM-02")
				setText(t, f, c, cellText(t, f, c)+"\n99.9")
			},
			want: map[string]string{"Q-NUM-02": "C"},
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

	// An older workbook: no digests (nor the organisation), the checksum
	// without them.
	f = workbook(t, generate(t, q))
	dropMetaOrg(t, f)
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

// TestQuestionRevisedSince: a workbook sent under an earlier catalogue
// whose question text has changed since (the catalogue's OUT-31 question
// changed in 2026.12.3) matched its own digests, so its answer was
// recorded as the answer to the new question. It is not: each such
// question is reported at its question cell (ErrOtherVersion, a warning)
// and its answer is left out, while the answers to the questions that did
// not change are imported. An answer is also left out when only a choice
// question's choices changed; a changed question left unanswered is no
// problem, and an older workbook whose questions did not change imports
// every answer.
func TestQuestionRevisedSince(t *testing.T) {
	const qs = "質問"
	older := func(edit func(reqs []riskassess.Requirement)) *excelize.File {
		q := defaultQ()
		q.CatalogueVersion = "2025.9"
		edit(q.Requirements)
		return workbook(t, generate(t, q))
	}
	question := func(reqs []riskassess.Requirement, id string) *riskassess.Question {
		for i := range reqs {
			if reqs[i].Question != nil && reqs[i].Question.ID == id {
				return reqs[i].Question
			}
		}
		t.Fatalf("no question %s", id)
		return nil
	}
	f := older(func(reqs []riskassess.Requirement) {
		question(reqs, "Q-YN-02").Text = riskassess.T("個人情報を扱う場合に限り、年1回の立入検査を受け入れますか。", "Do you accept a yearly on-site check, only where you handle personal data?")
		question(reqs, "Q-YN-04").Text = riskassess.T("旧い質問（未回答のまま）", "An old question left unanswered")
		q := question(reqs, "Q-CH-02")
		q.Choices = append(slices.Clone(q.Choices[:2]), riskassess.Choice{ID: "none", Label: riskassess.T("未登録", "Not registered")})
	})
	setAnswer(t, f, qs, "Q-YN-02", "はい")
	setAnswer(t, f, qs, "Q-YN-03", "はい")
	setAnswer(t, f, qs, "Q-CH-02", "ISMAP登録済み")
	rows := map[string]int{"Q-YN-02": rowOf(t, f, qs, "Q-YN-02"), "Q-CH-02": rowOf(t, f, qs, "Q-CH-02")}
	res := readBytes(t, save(t, f), ReadOptions{Requirements: testReqs(), CatalogueVersion: testVersion})
	got := map[string]string{}
	metaWarned := false
	for _, p := range res.Problems {
		if p.Code == ErrOtherVersion && p.Sheet == MetaSheet {
			metaWarned = true
			if !strings.Contains(p.Message("ja"), "質問文が変わっていない質問だけ") {
				t.Errorf("_meta: %q, want it to say that only unchanged questions are imported", p.Message("ja"))
			}
		}
		if p.Code == ErrOtherVersion && p.QuestionID != "" {
			got[p.QuestionID] = p.Sheet + "!" + p.Cell
			ja, en := p.Message("ja"), p.Message("en")
			if !strings.Contains(ja, "質問が変わりました") || !strings.Contains(en, "the question has changed") {
				t.Errorf("%s: message %q / %q", p.QuestionID, ja, en)
			}
		}
	}
	if !metaWarned {
		t.Error("_meta: no warning of the other catalogue version")
	}
	want := map[string]string{"Q-YN-02": qs + "!C" + strconv.Itoa(rows["Q-YN-02"]), "Q-CH-02": qs + "!C" + strconv.Itoa(rows["Q-CH-02"])}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("questions reported as changed since (-want +got):\n%s", diff)
	}
	for id := range want {
		if a, ok := res.Answers[id]; ok {
			t.Errorf("answer %+v to %s, whose question changed since, recorded", a, id)
		}
	}
	if res.Answers["Q-YN-03"].Value != Yes || res.Err() != nil {
		t.Errorf("unchanged Q-YN-03 = %+v, Err %v; want yes, no error", res.Answers["Q-YN-03"], res.Err())
	}

	// An older workbook whose questions are the same: every answer.
	f = older(func([]riskassess.Requirement) {})
	setAnswer(t, f, qs, "Q-YN-02", "はい")
	res = readBytes(t, save(t, f), ReadOptions{Requirements: testReqs(), CatalogueVersion: testVersion})
	if res.Answers["Q-YN-02"].Value != Yes || res.Err() != nil {
		t.Errorf("older, same questions: Q-YN-02 = %+v, Err %v", res.Answers["Q-YN-02"], res.Err())
	}
}

// TestQuestionTextChangedSameVersion: a workbook made from the current
// catalogue version whose question's text changed since (the council's own
// question, register.yaml requirements.add, edited without a new catalogue
// version) was reported as 要件カタログの版「2026.1」が現在の版と違います
// （現在の版: 2026.1）, a message contradicting itself. It now says only that
// the question's text changed since the workbook was made and its answer is
// not imported, still at the question cell and still a warning; the
// answer is left out and the unchanged ones imported. A workbook of an
// older version keeps naming both versions.
func TestQuestionTextChangedSameVersion(t *testing.T) {
	const qs = "質問"
	q := defaultQ()
	for i := range q.Requirements {
		if qq := q.Requirements[i].Question; qq != nil && qq.ID == "Q-YN-02" {
			qq.Text = riskassess.T("議会独自の質問（書き換える前）", "The council's own question before it was edited")
		}
	}
	f := workbook(t, generate(t, q))
	setAnswer(t, f, qs, "Q-YN-02", "はい")
	setAnswer(t, f, qs, "Q-YN-03", "はい")
	row := rowOf(t, f, qs, "Q-YN-02")
	res := readBytes(t, save(t, f), ReadOptions{Requirements: testReqs(), CatalogueVersion: testVersion})
	var got []string
	for _, p := range res.Problems {
		if p.QuestionID != "Q-YN-02" {
			continue // the questions left unanswered
		}
		got = append(got, p.Message("ja"), p.Message("en"), p.Error())
		if p.Code != ErrOtherVersion || p.Severity() != SeverityWarning {
			t.Errorf("%s: code %s, severity %v; want other catalogue version, a warning", p.Pos(), p.Code, p.Severity())
		}
	}
	cell := qs + "!C" + strconv.Itoa(row)
	want := []string{
		cell + ": 質問「Q-YN-02」の質問文が、確認票を作った後に変わりました。変わる前の質問文への回答のため、この質問の回答とコメントは取り込みません。新しい確認票で回答してもらってください",
		cell + `: question changed since the workbook was made "Q-YN-02": the answer and comment were given to the question as it was and are not imported; ask for the answer on a new questionnaire`,
		cell + `: question changed since the workbook was made "Q-YN-02": 変わる前の質問文への回答のため、この質問の回答とコメントは取り込みません。新しい確認票で回答してもらってください / the answer and comment were given to the question as it was and are not imported; ask for the answer on a new questionnaire`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("messages (-want +got):\n%s", diff)
	}
	if a, ok := res.Answers["Q-YN-02"]; ok {
		t.Errorf("answer %+v to the changed question recorded", a)
	}
	if res.Answers["Q-YN-03"].Value != Yes || res.Err() != nil {
		t.Errorf("unchanged Q-YN-03 = %+v, Err %v; want yes, no error", res.Answers["Q-YN-03"], res.Err())
	}

	// An older version's workbook still names both versions.
	q = defaultQ()
	q.CatalogueVersion = "2025.9"
	for i := range q.Requirements {
		if qq := q.Requirements[i].Question; qq != nil && qq.ID == "Q-YN-02" {
			qq.Text = riskassess.T("旧い質問", "An old question")
		}
	}
	f = workbook(t, generate(t, q))
	setAnswer(t, f, qs, "Q-YN-02", "はい")
	res = readBytes(t, save(t, f), ReadOptions{Requirements: testReqs(), CatalogueVersion: testVersion})
	found := false
	for _, p := range res.Problems {
		if p.QuestionID != "Q-YN-02" {
			continue
		}
		found = true
		if !strings.HasPrefix(p.Message("ja"), cell+": 要件カタログの版「2025.9」が現在の版と違います（現在の版: 2026.1）") {
			t.Errorf("older version: %q", p.Message("ja"))
		}
	}
	if !found {
		t.Error("older version: no problem reported for Q-YN-02")
	}
}
