package xlsx

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// selfCheckQ is the self-check (自己点検) workbook of the test entry, with
// a stored council answer to pre-fill.
func selfCheckQ() *Questionnaire {
	q := defaultQ()
	e := testEntry()
	e.Answers["Q-OUT-SELF"] = riskassess.Answer{Value: No, Comment: "選定基準なし"}
	q.Entry = e
	q.By = riskassess.AttestCouncil
	q.FiscalYear = 2026
	q.Section = riskassess.T("総務課", "General Affairs")
	return q
}

// fillSelfCheck answers the self-check's council question with 該当なし
// and fills in the checker fields on the cover.
func fillSelfCheck(t *testing.T, f *excelize.File) {
	t.Helper()
	sheet, qsheet := "表紙", qs
	if f.GetSheetName(0) == "Cover" {
		sheet, qsheet = "Cover", "Questions"
	}
	setAnswer(t, f, qsheet, "Q-OUT-SELF", "該当なし")
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		if len(r) == 0 {
			continue
		}
		cell := "B" + strconv.Itoa(i+1)
		var v any
		switch {
		case strings.HasPrefix(r[0], "点検者 /"), strings.HasPrefix(r[0], "Checker /"):
			v = "山田 花子"
		case strings.HasPrefix(r[0], "所属・職名"), strings.HasPrefix(r[0], "Position /"):
			v = "総務課 課長"
		case strings.HasPrefix(r[0], "点検日"), strings.HasPrefix(r[0], "Date checked /"):
			v = 46174.0 // 2026-06-01
		default:
			continue
		}
		if err := f.SetCellValue(sheet, cell, v); err != nil {
			t.Fatal(err)
		}
	}
}

var wantChecker = riskassess.Respondent{Person: "山田 花子", Contact: "総務課 課長", Date: mustDate("2026-06-01")}

// TestSelfCheckWorkbook: the self-check asks the council's questions only,
// pre-filled from the register, with the cover naming the section, the
// fiscal year and the checker fields, and its metadata saying "by:
// council" under the checksum.
func TestSelfCheckWorkbook(t *testing.T) {
	q := selfCheckQ()
	var ids []string
	for _, r := range q.Rows() {
		ids = append(ids, r.Question.ID)
	}
	if diff := cmp.Diff([]string{"Q-OUT-SELF"}, ids); diff != "" {
		t.Errorf("self-check questions (-want +got):\n%s", diff)
	}
	if got := SelfCheckQuestionsFor(q.Requirements, q.Kind); len(got) != 1 || got[0].ID != "Q-OUT-SELF" {
		t.Errorf("SelfCheckQuestionsFor: %v", got)
	}
	b := generate(t, q)
	f := workbook(t, b)
	defer f.Close()
	cover, err := f.GetRows("表紙")
	if err != nil {
		t.Fatal(err)
	}
	var labels []string
	for _, r := range cover {
		if len(r) > 1 {
			labels = append(labels, r[0]+" = "+r[1])
		} else if len(r) == 1 {
			labels = append(labels, r[0])
		}
	}
	text := strings.Join(labels, "\n")
	for _, want := range []string{
		"調布市議会 セキュリティ要件 自己点検票（委託事業者）",
		"所管課 / Section = 総務課\nGeneral Affairs",
		"年度 / Fiscal year = 2026年度（2026年4月～2027年3月）",
		"点検記録 / Checked by", "点検者 / Checker", "所属・職名 / Position", "点検日 / Date checked",
		"自己点検",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("cover lacks %q:\n%s", want, text)
		}
	}
	for _, bad := range []string{"会社名", "法人番号", "返送"} {
		if strings.Contains(text, bad) {
			t.Errorf("self-check cover has the vendor's %q:\n%s", bad, text)
		}
	}
	// Pre-filled from the register, with the drop-down.
	r := strconv.Itoa(rowOf(t, f, qs, "Q-OUT-SELF"))
	if v, _ := f.GetCellValue(qs, "D"+r); v != "いいえ" {
		t.Errorf("D%s = %q, want the stored いいえ", r, v)
	}
	dvs, err := f.GetDataValidations(qs)
	if err != nil || len(dvs) != 1 || !strings.Contains(dvs[0].Sqref, "D"+r) || !strings.Contains(dvs[0].Formula1, "該当なし") {
		t.Errorf("data validations %+v, %v: want the yes/no list on D%s", dvs, err, r)
	}
	// Locked sheets, hidden metadata.
	for _, sh := range []string{"表紙", qs} {
		if !strings.Contains(partOf(t, b, sheetPart(t, f, sh)), "<sheetProtection") {
			t.Errorf("sheet %s not protected", sh)
		}
	}
	if v, _ := f.GetSheetVisible(MetaSheet); v {
		t.Error("_meta is visible")
	}
	res := readBytes(t, b, ReadOptions{Requirements: q.Requirements, CatalogueVersion: testVersion})
	if res.By != riskassess.AttestCouncil || res.Meta.By != riskassess.AttestCouncil || res.HasErrors() {
		t.Errorf("read back: by %q, meta by %q, problems %v", res.By, res.Meta.By, res.Problems)
	}
	if diff := cmp.Diff(map[string]riskassess.Answer{"Q-OUT-SELF": {Value: No, Comment: "選定基準なし", Cell: qs + "!D" + r}}, res.Answers); diff != "" {
		t.Errorf("unchanged self-check answers (-want +got):\n%s", diff)
	}
	// A vendor questionnaire's metadata has no "by" and the checksum of
	// before self-checks existed, with the organisation and the question
	// digests.
	vq := defaultQ()
	vres := readBytes(t, generate(t, vq), ReadOptions{})
	if vres.By != "" || vres.Meta.Checksum != Checksum(vq.Kind, "acme|org=調布市議会/Chofu City Council|texts="+strings.Join(vres.Meta.QuestionDigests, ","), testVersion, vres.Meta.QuestionIDs) {
		t.Errorf("vendor questionnaire: by %q, checksum %s", vres.By, vres.Meta.Checksum)
	}
	// Refused: an attester other than the vendor or the council.
	bad := selfCheckQ()
	bad.By = riskassess.AttestRegister
	if err := bad.Write(&strings.Builder{}); err == nil {
		t.Error("a questionnaire answered by the register was written")
	}
}

// sheetPart returns the zip part of sheet sh.
func sheetPart(t *testing.T, f *excelize.File, sh string) string {
	t.Helper()
	i, err := f.GetSheetIndex(sh)
	if err != nil {
		t.Fatal(err)
	}
	return "xl/worksheets/sheet" + strconv.Itoa(i+1) + ".xml"
}

// TestSelfCheckImport: a filled self-check imports the council's answers
// and the checker, records "by: council", and refuses per cell an answer
// to a vendor question.
func TestSelfCheckImport(t *testing.T) {
	q := selfCheckQ()
	f := workbook(t, generate(t, q))
	fillSelfCheck(t, f)
	last := len(q.Rows()) + 1
	vendorCell := "D" + strconv.Itoa(last+1)
	if err := f.SetCellStr(qs, "A"+strconv.Itoa(last+1), "Q-YN-02"); err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellStr(qs, vendorCell, "はい"); err != nil {
		t.Fatal(err)
	}
	res := readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements, CatalogueVersion: testVersion, Current: q.Entry.Base().Answers})
	if res.HasErrors() {
		t.Fatalf("errors: %v", res.Err())
	}
	r := strconv.Itoa(rowOf(t, workbook(t, generate(t, q)), qs, "Q-OUT-SELF"))
	want := map[string]riskassess.Answer{"Q-OUT-SELF": {Value: NA, Comment: "選定基準なし", Cell: qs + "!D" + r}}
	if diff := cmp.Diff(want, res.Answers); diff != "" {
		t.Errorf("answers (-want +got):\n%s", diff)
	}
	var got []string
	for _, p := range res.Problems {
		got = append(got, p.Error())
	}
	wantP := []string{qs + "!" + vendorCell + `: not a council question "Q-YN-02": 事業者に尋ねる質問です。自己点検の回答は取り込みません / the vendor answers this: the self-check's answer is not imported`}
	if diff := cmp.Diff(wantP, got); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantChecker, res.Respondent); diff != "" {
		t.Errorf("checker (-want +got):\n%s", diff)
	}
	rec, m := res.Record(mustDate("2026-06-02"), "self.xlsx")
	if rec.By != riskassess.AttestCouncil || rec.Respondent != wantChecker || m.Set["Q-OUT-SELF"].Value != NA {
		t.Errorf("record %+v, set %v", rec, m.Set)
	}
	// The same file read as a vendor questionnaire would be: the vendor's
	// record has no "by".
	vres := readBytes(t, generate(t, defaultQ()), ReadOptions{Requirements: q.Requirements})
	if rec, _ := vres.Record(mustDate("2026-06-02"), "v.xlsx"); rec.By != "" {
		t.Errorf("vendor record by %q", rec.By)
	}
}

// TestSelfCheckMetaEdited: removing "by: council" from the metadata (to
// pass the section's answers off as the vendor's, or the reverse) breaks
// the checksum.
func TestSelfCheckMetaEdited(t *testing.T) {
	for _, tc := range []struct {
		name string
		q    *Questionnaire
		by   string
	}{
		{"self-check made vendor", selfCheckQ(), "vendor"},
		{"vendor made self-check", defaultQ(), "council"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := workbook(t, generate(t, tc.q))
			rows, err := f.GetRows(MetaSheet)
			if err != nil {
				t.Fatal(err)
			}
			cell := "A" + strconv.Itoa(len(rows)+1)
			for i, r := range rows {
				if r[0] == "by" {
					cell = "A" + strconv.Itoa(i+1)
				}
			}
			if err := f.SetSheetRow(MetaSheet, cell, &[]string{"by", tc.by}); err != nil {
				t.Fatal(err)
			}
			res := readBytes(t, save(t, f), ReadOptions{Requirements: tc.q.Requirements})
			if !res.HasErrors() || res.Problems[0].Code != ErrBadMeta {
				t.Errorf("edited by: problems %v, want bad metadata", res.Problems)
			}
		})
	}
}

// TestSelfCheckLibreOffice: a filled self-check saved again by LibreOffice
// Calc imports with the same answers, checker and "by: council".
func TestSelfCheckLibreOffice(t *testing.T) {
	bin := soffice(t)
	q := selfCheckQ()
	f := workbook(t, generate(t, q))
	fillSelfCheck(t, f)
	in := filepath.Join(t.TempDir(), "selfcheck.xlsx")
	if err := os.WriteFile(in, save(t, f), 0o644); err != nil {
		t.Fatal(err)
	}
	out := convert(t, bin, in, "xlsx:Calc MS Excel 2007 XML")
	ob, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if app := partOf(t, ob, "docProps/app.xml"); !strings.Contains(app, "LibreOffice") {
		t.Fatalf("converted file not written by LibreOffice: %s", app)
	}
	res, err := ReadFile(out, ReadOptions{Requirements: q.Requirements, Kind: q.Kind, EntryID: "acme", CatalogueVersion: testVersion})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Problems) > 0 {
		t.Fatalf("problems after LibreOffice: %v", res.Problems)
	}
	if res.By != riskassess.AttestCouncil {
		t.Errorf("by %q after LibreOffice, want council", res.By)
	}
	if a := res.Answers["Q-OUT-SELF"]; a.Value != NA || len(res.Answers) != 1 {
		t.Errorf("answers after LibreOffice: %v", res.Answers)
	}
	if diff := cmp.Diff(wantChecker, res.Respondent); diff != "" {
		t.Errorf("checker after LibreOffice (-want +got):\n%s", diff)
	}
}

func mustDate(s string) riskassess.Date {
	d, err := riskassess.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// TestSelfCheckClaimsFromRegister: a self-check asks the vendor questions
// whose current answer is a vendor's 該当なし, and the reader accepts an
// answer to such a question only while the register still holds the claim
// (decided from the register, never from the workbook's rows or _meta).
func TestSelfCheckClaimsFromRegister(t *testing.T) {
	e := testEntry()
	e.Answers["Q-YN-02"] = riskassess.Answer{Value: NA}
	e.Assessments = []riskassess.AssessmentRecord{{On: mustDate("2026-05-01"), Source: "v.xlsx", Answered: []string{"Q-YN-02"}}}
	reg := &riskassess.Register{}
	reg.Contractors = []*riskassess.Contractor{e}
	q := selfCheckQ()
	q.Entry, q.Register = e, reg
	var ids []string
	for _, r := range q.Rows() {
		ids = append(ids, r.Question.ID)
	}
	if diff := cmp.Diff([]string{"Q-YN-02", "Q-OUT-SELF"}, ids); diff != "" {
		t.Errorf("self-check questions (-want +got):\n%s", diff)
	}
	f := workbook(t, generate(t, q))
	setAnswer(t, f, qs, "Q-YN-02", "該当なし")
	b := save(t, f)
	opts := ReadOptions{Requirements: q.Requirements, Register: reg, CatalogueVersion: testVersion}
	of := func(res *Result) []ErrorCode {
		var out []ErrorCode
		for _, p := range res.Problems {
			if p.QuestionID == "Q-YN-02" {
				out = append(out, p.Code)
			}
		}
		return out
	}
	res := readBytes(t, b, opts)
	if a := res.Answers["Q-YN-02"]; a.Value != NA || len(of(res)) != 0 {
		t.Errorf("confirmed claim: %+v, problems %v", a, res.Problems)
	}
	// The claim is gone (the council entered はい meanwhile): the same
	// workbook's answer to the vendor question is refused at its cell.
	e.Answers["Q-YN-02"] = riskassess.Answer{Value: Yes}
	res = readBytes(t, b, opts)
	if _, ok := res.Answers["Q-YN-02"]; ok || !cmp.Equal(of(res), []ErrorCode{ErrNotCouncilQuestion}) {
		t.Errorf("no claim: answers %v, problems %v; want Q-YN-02 refused", res.Answers, res.Problems)
	}
	// A vendor questionnaire of the same entry still asks Q-YN-02 of the vendor.
	vq := defaultQ()
	vq.Entry, vq.Register = e, reg
	if got := len(vq.Rows()); got != len(QuestionsFor(vq.Requirements, vq.Kind)) {
		t.Errorf("vendor rows %d", got)
	}
}

// TestSelfCheckEnglish: the English-first self-check reads back the
// checker fields too (their labels are "Checker / 点検者" …).
func TestSelfCheckEnglish(t *testing.T) {
	q := selfCheckQ()
	q.Lang = "en"
	f := workbook(t, generate(t, q))
	fillSelfCheck(t, f)
	res := readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements, CatalogueVersion: testVersion})
	if diff := cmp.Diff(wantChecker, res.Respondent); diff != "" {
		t.Errorf("checker (-want +got):\n%s", diff)
	}
	if res.By != riskassess.AttestCouncil || res.Answers["Q-OUT-SELF"].Value != NA {
		t.Errorf("by %q, answers %v", res.By, res.Answers)
	}
}
