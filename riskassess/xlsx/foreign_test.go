package xlsx

import (
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// caiqV4 builds a workbook in the CSA CAIQ v4.0.3 layout described in
// ../shared/external-xlsx/SOURCES.md §2.1 (made-up question texts): an
// Introduction sheet, the questionnaire sheet named after the version, a
// title in row 1, the header in row 2, control columns I:K merged
// vertically per control, answers Yes/No/NA in C with an inline list, and
// "End of Standard" and copyright rows merged A:D at the end.
func caiqV4(t *testing.T) []byte {
	f := excelize.NewFile()
	f.SetSheetName("Sheet1", "Introduction")
	f.SetCellStr("Introduction", "A1", "CONSENSUS ASSESSMENTS INITIATIVE QUESTIONNAIRE (synthetic)")
	sh := "CAIQv4.0.3"
	f.NewSheet(sh)
	f.SetCellStr(sh, "A1", "v4.0.3")
	f.SetCellStr(sh, "B1", "CONSENSUS ASSESSMENTS INITIATIVE QUESTIONNAIRE v4.0.3")
	hdr := []any{"Question ID", "Question", "CSP CAIQ Answer", "SSRM Control Ownership",
		"CSP Implementation Description (Optional/Recommended)", "CSC Responsibilities  (Optional/Recommended)",
		nil, nil, "CCM Control ID", "CCM Control Specification", "CCM Control Title", "CCM Domain Title"}
	f.SetSheetRow(sh, "A2", &hdr)
	rows := [][]any{
		{"A&A-01.1", "Are audit policies established (synthetic)?", "Yes", "CSP-owned", "Annual audit.\nReviewed by the board.", "", nil, nil, "A&A-01", "Spec", "Audit Policy", "Audit & Assurance"},
		{"A&A-01.2", "Are audit policies reviewed (synthetic)?", "No", "CSP-owned", "", ""},
		{"A&A-02.1", "Are independent audits conducted (synthetic)?", "NA", "Shared CSP and CSC", "", "", nil, nil, "A&A-02", "Spec", "Independent Assessments"},
		{"AIS-01.1", "Are application security policies established (synthetic)?", "Yes", "CSP-owned", "SDLC policy", "", nil, nil, "AIS-01", "Spec", "AppSec Policy", "Application & Interface Security"},
		{"AIS-01.2", "Unanswered question (synthetic)?", "", "", "", ""},
		{"End of Standard"},
		{"© Copyright 2021-2024 Cloud Security Alliance - All rights reserved (synthetic notice)."},
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, 3+i)
		f.SetSheetRow(sh, cell, &r)
	}
	for _, m := range [][2]string{{"I3", "I4"}, {"J3", "J4"}, {"K3", "K4"}, {"L3", "L5"}, {"A8", "D8"}, {"A9", "D9"}} {
		if err := f.MergeCell(sh, m[0], m[1]); err != nil {
			t.Fatal(err)
		}
	}
	dv := excelize.NewDataValidation(true)
	dv.SetSqref("C3:C7")
	dv.SetDropList([]string{"Yes", "No", "NA"})
	f.AddDataValidation(sh, dv)
	return save(t, f)
}

func TestCAIQv4Layout(t *testing.T) {
	res := readBytes(t, caiqV4(t), ReadOptions{})
	if !res.Foreign || res.Sheet != "CAIQv4.0.3" {
		t.Errorf("foreign %v sheet %q", res.Foreign, res.Sheet)
	}
	want := map[string]riskassess.Answer{
		"A&A-01.1": {Value: Yes, Comment: "Annual audit.\nReviewed by the board.", Cell: "CAIQv4.0.3!C3"},
		"A&A-01.2": {Value: No, Cell: "CAIQv4.0.3!C4"},
		"A&A-02.1": {Value: NA, Cell: "CAIQv4.0.3!C5"},
		"AIS-01.1": {Value: Yes, Comment: "SDLC policy", Cell: "CAIQv4.0.3!C6"},
	}
	if diff := cmp.Diff(want, res.Answers); diff != "" {
		t.Errorf("answers (-want +got):\n%s", diff)
	}
	var ids []string
	for _, it := range res.Items {
		ids = append(ids, it.ID+":"+string(it.Status))
	}
	wantIDs := []string{"A&A-01.1:imported", "A&A-01.2:imported", "A&A-02.1:imported", "AIS-01.1:imported", "AIS-01.2:warning"}
	if diff := cmp.Diff(wantIDs, ids); diff != "" {
		t.Errorf("items (-want +got):\n%s", diff)
	}
}

// TestCAIQAgainstCatalogue: with a catalogue, a CAIQ whose questions are
// mostly not the catalogue's is refused with one error and no answers;
// with at least half of its rows known it is read, unknown IDs reported
// as extra and the catalogue's own questions as missing.
func TestCAIQAgainstCatalogue(t *testing.T) {
	res := readBytes(t, caiqV4(t), ReadOptions{Questions: []riskassess.Question{
		{ID: "A&A-01.1", Type: riskassess.AnswerYesNo}, {ID: "Q-OUT-01", Type: riskassess.AnswerYesNo},
	}})
	if len(res.Problems) != 1 || res.Problems[0].Code != ErrFewMatched || !res.HasErrors() ||
		res.Problems[0].Value != "1 of 5" || len(res.Answers) != 0 || len(res.Items) != 0 {
		t.Errorf("problems %v, answers %v, %d items; want one few-matched error and nothing else", res.Problems, res.Answers, len(res.Items))
	}

	res = readBytes(t, caiqV4(t), ReadOptions{Questions: []riskassess.Question{
		{ID: "A&A-01.1", Type: riskassess.AnswerYesNo}, {ID: "A&A-01.2", Type: riskassess.AnswerYesNo},
		{ID: "A&A-02.1", Type: riskassess.AnswerYesNo}, {ID: "Q-OUT-01", Type: riskassess.AnswerYesNo},
	}})
	codes := map[string]ErrorCode{}
	for _, p := range res.Problems {
		codes[p.QuestionID] = p.Code
	}
	want := map[string]ErrorCode{"Q-OUT-01": ErrMissingQuestion, "AIS-01.1": ErrExtraQuestion, "AIS-01.2": ErrExtraQuestion}
	if diff := cmp.Diff(want, codes); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	if got := res.Answers["A&A-01.1"].Value; got != Yes || len(res.Answers) != 3 {
		t.Errorf("answers %v", res.Answers)
	}
}

// TestEnglishQuestionnaire: --lang en writes English labels and sheet
// names, and reads back the same way.
func TestEnglishQuestionnaire(t *testing.T) {
	q := defaultQ()
	q.Lang = "en"
	b := generate(t, q)
	f := workbook(t, b)
	if got := f.GetSheetList(); !cmp.Equal(got[:2], []string{"Cover", "Questions"}) {
		t.Errorf("sheets %v", got)
	}
	r := rowOf(t, f, "Questions", "Q-YN-01")
	for cell, want := range map[string]string{"D1": "Answer", "D": "Yes"} {
		if cell == "D" {
			cell = "D" + itoa(r)
		}
		if got, _ := f.GetCellValue("Questions", cell); got != want {
			t.Errorf("%s = %q, want %q", cell, got, want)
		}
	}
	text, _ := f.GetCellValue("Questions", "C"+itoa(r))
	if want := "Answer question YN-01. We check the contractor's security measures.\n質問 YN-01 に答えてください。委託先における情報セキュリティ対策の実施状況を確認します。"; text != want {
		t.Errorf("question text %q, want en first", text)
	}
	f.SetCellStr("Questions", "D"+itoa(rowOf(t, f, "Questions", "Q-YN-02")), "Maybe")
	res := readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements})
	if len(res.Problems) == 0 || res.Problems[0].Error() != `Questions!D3: unknown answer "Maybe" (allowed: Yes, No, Partial, N/A)` {
		t.Errorf("problems %v", res.Problems)
	}
}
