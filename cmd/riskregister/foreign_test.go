package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/gikai-sec/riskregister/riskassess/store"
	"github.com/gikai-sec/riskregister/riskassess/xlsx"
	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// caiqFile writes a synthetic CAIQ v4.0.3 with every one of the 261
// question ids of the built-in mapping, in the real layout (version tag in
// A1, title in B1, header in row 2, control cells merged per control, an
// inline Yes/No/NA list, "End of Standard" merged A:D). Every question is
// answered Yes except those in answers ("" leaves it blank). extra, if
// set, is written into the Introduction sheet (a re-saved copy with other
// bytes).
func caiqFile(t *testing.T, dir, name string, answers map[string]string, extra string) string {
	t.Helper()
	f := excelize.NewFile()
	f.SetSheetName("Sheet1", "Introduction")
	f.SetCellStr("Introduction", "A1", "Synthetic introduction "+extra)
	sh := "CAIQv4.0.3"
	f.NewSheet(sh)
	f.SetCellStr(sh, "A1", "v4.0.3")
	f.SetCellStr(sh, "B1", "CONSENSUS ASSESSMENTS INITIATIVE QUESTIONNAIRE v4.0.3")
	f.SetSheetRow(sh, "A2", &[]any{"Question ID", "Question", "CSP CAIQ Answer", "SSRM Control Ownership",
		"CSP Implementation Description (Optional/Recommended)", "CSC Responsibilities  (Optional/Recommended)", nil, nil,
		"CCM Control ID", "CCM Control Specification", "CCM Control Title", "CCM Domain Title"})
	ids := catalog.Mappings()[0].Questions
	lastControl, start := "", 0
	merge := func(end int) {
		if lastControl != "" && end > start {
			for _, col := range []string{"I", "J", "K"} {
				f.MergeCell(sh, col+strconv.Itoa(start), col+strconv.Itoa(end))
			}
		}
	}
	for i, id := range ids {
		r := 3 + i
		ans, ok := answers[id]
		if !ok {
			ans = "Yes"
		}
		row := []any{id, "Synthetic question " + id + "?", ans, "CSP-owned", "Described for " + id + "."}
		if control := strings.Split(id, ".")[0]; control != lastControl {
			merge(r - 1)
			row = append(row, nil, nil, nil, control, "Spec", "Title "+control)
			lastControl, start = control, r
		}
		f.SetSheetRow(sh, "A"+strconv.Itoa(r), &row)
	}
	end := 3 + len(ids)
	merge(end - 1)
	f.SetCellStr(sh, "A"+strconv.Itoa(end), "End of Standard")
	f.MergeCell(sh, "A"+strconv.Itoa(end), "D"+strconv.Itoa(end))
	dv := excelize.NewDataValidation(true)
	dv.SetSqref("C3:C" + strconv.Itoa(end-1))
	dv.SetDropList([]string{"Yes", "No", "NA"})
	f.AddDataValidation(sh, dv)
	p := filepath.Join(dir, name)
	if err := f.SaveAs(p); err != nil {
		t.Fatal(err)
	}
	return p
}

// caiqAnswers are the CAIQ answers of the import tests: STA-12.1 NA (a
// claim), IPY-04.1 blank, IAM-05.1 No (so the four full links of CLD-13
// disagree), DSP-19.1 NA (evidence only).
var caiqAnswers = map[string]string{"STA-12.1": "NA", "IPY-04.1": "", "IAM-05.1": "No", "DSP-19.1": "NA"}

func loadEntry(t *testing.T, dir string, k riskassess.Kind, id string) riskassess.Entry {
	t.Helper()
	reg, err := store.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	e := reg.Entry(k, id)
	if e == nil {
		t.Fatalf("no %s %s", k, id)
	}
	return e
}

// TestImportCAIQ: a vendor's CAIQ v4.0.3 imported with --entry is
// recorded on the entry (file, hash, questionnaire and version); full
// links answer the vendor's questions with the provenance, the rest is
// evidence; an NA is a claim the scoring does not count; the stored
// answer of a question the CAIQ left blank stays; a re-saved copy records
// nothing new.
func TestImportCAIQ(t *testing.T) {
	dir := qWriteRegister(t)
	// A stored answer the blank IPY-04.1 must not remove.
	chat := filepath.Join(dir, "services", "chat.yaml")
	orig, _ := os.ReadFile(chat)
	os.WriteFile(chat, append(orig, []byte("answers:\n  Q-CLD-18: {value: \"yes\", comment: 約款第12条}\n")...), 0o644)
	p := caiqFile(t, t.TempDir(), "box-caiq.xlsx", caiqAnswers, "")
	code, stdout, stderr := execCLI(t, "import", "--register", dir, "--entry", "chat", "--as-of", "2026-05-01", p)
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, stdout, stderr)
	}
	for _, want := range []string{"外部の質問票: CAIQ v4.0.3（質問 261、回答 260: Yes 257 / No 1 / NA 2）", "Q-CLD-24", "← CAIQ v4.0.3 A&A-02.1: Yes",
		"CLD-13 ← IAM-05.1: No", "questionnaire --gap --entry chat", "記録しました"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("stdout lacks %q:\n%s", want, stdout)
		}
	}
	e := loadEntry(t, dir, riskassess.KindService, "chat")
	b := e.Base()
	rec, _ := b.LatestAssessment()
	if rec.Questionnaire != "CAIQ v4.0.3" || rec.Source != "box-caiq.xlsx" || len(rec.SHA256) != 64 || rec.CatalogueVersion != catalog.Version {
		t.Errorf("record %+v", rec)
	}
	if diff := cmp.Diff([]string{"Q-CLD-21", "Q-CLD-24"}, rec.Answered); diff != "" {
		t.Errorf("answered (-want +got):\n%s", diff)
	}
	if a := b.Answers["Q-CLD-24"]; a.Value != "yes" || !strings.HasPrefix(a.Comment, "CAIQ v4.0.3 A&A-02.1: Yes [CSP-owned] Described for A&A-02.1.\nCAIQ v4.0.3 STA-09.1: Yes") ||
		!strings.HasPrefix(a.Cell, "CAIQv4.0.3!C") {
		t.Errorf("Q-CLD-24 = %+v", a)
	}
	if a := b.Answers["Q-CLD-21"]; a.Value != "na" || !strings.HasPrefix(a.Comment, "CAIQ v4.0.3 STA-12.1: NA") {
		t.Errorf("Q-CLD-21 = %+v", a)
	}
	if a := b.Answers["Q-CLD-18"]; a.Value != "yes" || a.Comment != "約款第12条" {
		t.Errorf("the stored Q-CLD-18 changed: %+v", a)
	}
	if _, ok := b.Answers["Q-CLD-13"]; ok {
		t.Error("Q-CLD-13 answered although its four CAIQ answers disagree")
	}
	var ev []string
	for _, e := range rec.Evidence {
		ev = append(ev, e.Requirement+"<"+e.Question+":"+e.Answer+":"+string(e.Strength))
	}
	for _, want := range []string{"CLD-13<IAM-05.1:No:full", "CLD-13<CCC-04.1:Yes:full", "CLD-18<IPY-02.1:Yes:partial", "CLD-20<DSP-19.1:NA:evidence", "CLD-23<STA-03.1:Yes:evidence"} {
		if !slices.Contains(ev, want) {
			t.Errorf("evidence lacks %s: %v", want, ev)
		}
	}
	for _, e := range rec.Evidence {
		if strings.HasPrefix(e.Requirement, "OUT-") {
			t.Errorf("contractor requirement %s in a service's evidence", e.Requirement)
		}
	}

	// Scoring: CLD-24 met on the vendor's CAIQ answer, CLD-21's NA a
	// claim not counted; the council's CLD-23 is not answered by it.
	code, out, stderr := execCLI(t, "assess", "--register", dir, "--as-of", "2026-05-01", "--format", "json", "--id", "chat")
	if code != 0 {
		t.Fatalf("assess: exit %d\n%s", code, stderr)
	}
	var as []riskassess.Assessment
	if err := json.Unmarshal([]byte(out), &as); err != nil || len(as) != 1 {
		t.Fatalf("assess json: %v\n%s", err, out)
	}
	outcome := map[string]riskassess.Finding{}
	for _, f := range as[0].Findings {
		outcome[f.Requirement] = f
	}
	if f := outcome["CLD-24"]; f.Outcome != riskassess.OutcomeMet || f.Provenance == nil || f.Provenance.From != riskassess.AttestVendor || f.Provenance.Source != "box-caiq.xlsx" {
		t.Errorf("CLD-24: %s %+v", f.Outcome, f.Provenance)
	}
	if f := outcome["CLD-21"]; f.Outcome != riskassess.OutcomeNotAnswered {
		t.Errorf("CLD-21 (NA claim): %s", f.Outcome)
	}
	if f := outcome["CLD-23"]; f.Outcome == riskassess.OutcomeMet {
		t.Errorf("CLD-23 (council) met by a CAIQ: %+v", f)
	}

	// The evidence for a person: assess --id and the entry page.
	code, out, stderr = execCLI(t, "assess", "--register", dir, "--as-of", "2026-05-01", "--id", "chat")
	if code != 0 || !strings.Contains(out, "外部の質問票の参考（CAIQ v4.0.3、2026-05-01 box-caiq.xlsx）") ||
		!strings.Contains(out, "CLD-18 ← IPY-02.1: Yes (一部) Described for IPY-02.1.") {
		t.Errorf("assess --id: exit %d\n%s\n%s", code, out, stderr)
	}
	site := filepath.Join(t.TempDir(), "site")
	if code, _, stderr := execCLI(t, "build", "--register", dir, "--as-of", "2026-05-01", "-o", site); code != 0 {
		t.Fatalf("build: %s", stderr)
	}
	var page []byte
	filepath.WalkDir(site, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.Contains(p, "chat") && strings.HasSuffix(p, ".html") {
			if b, _ := os.ReadFile(p); bytes.Contains(b, []byte("外部の質問票の参考")) {
				page = b
			}
		}
		return nil
	})
	if !bytes.Contains(page, []byte("IPY-02.1")) || !bytes.Contains(page, []byte("CAIQ v4.0.3")) {
		t.Errorf("no entry page of chat shows the CAIQ evidence")
	}

	// A re-saved copy: other bytes, the same answers: nothing recorded.
	before, _ := os.ReadFile(chat)
	p2 := caiqFile(t, t.TempDir(), "box-caiq-resaved.xlsx", caiqAnswers, "re-saved")
	code, stdout, _ = execCLI(t, "import", "--register", dir, "--entry", "chat", "--as-of", "2026-05-02", p2)
	if code != 0 || !strings.Contains(stdout, "前回の記録") {
		t.Errorf("re-saved copy: exit %d\n%s", code, stdout)
	}
	if after, _ := os.ReadFile(chat); !bytes.Equal(before, after) {
		t.Errorf("the re-saved copy changed the entry")
	}
}

// TestImportCAIQContractor: the same CAIQ for a contractor answers only
// the contractor's question it covers (OUT-03 from A&A-02.1).
func TestImportCAIQContractor(t *testing.T) {
	dir := qWriteRegister(t)
	p := caiqFile(t, t.TempDir(), "acme-caiq.xlsx", caiqAnswers, "")
	code, stdout, stderr := execCLI(t, "import", "--register", dir, "--entry", "acme", "--as-of", "2026-05-01", "--format", "json", p)
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, stdout, stderr)
	}
	var reps []importFile
	if err := json.Unmarshal([]byte(stdout), &reps); err != nil {
		t.Fatal(err)
	}
	r := reps[0]
	var ids []string
	for _, q := range r.Questions {
		ids = append(ids, q.ID+"="+q.Answer)
	}
	if diff := cmp.Diff([]string{"Q-OUT-03=yes"}, ids); diff != "" || r.Questionnaire != "CAIQ v4.0.3" || r.Foreign == nil ||
		r.Foreign.Rows != 261 || r.Foreign.Mapped != 1 || !r.Recorded {
		t.Errorf("report (-want +got):\n%s\n%+v", diff, r)
	}
	if want := len(xlsx.QuestionsFor(catalog.Default(), riskassess.KindContractor)) - 1; len(r.Gap) != want {
		t.Errorf("gap %d questions, want %d", len(r.Gap), want)
	}
}

// hecvatFile writes a synthetic HECVAT 3.x vendor workbook: the vendor
// sheet (title, "Version", DATE-01 as given, the GNRL block with the
// vendor's name, a section header, questions whose text is a formula with
// a cached value) and an analyst sheet answering the same ids otherwise.
func hecvatFile(t *testing.T, dir, variant, version string, date any, rows [][2]string) string {
	t.Helper()
	f := excelize.NewFile()
	sh := "HECVAT - " + variant + " | Vendor Response"
	f.SetSheetName("Sheet1", sh)
	f.SetCellStr(sh, "A1", "Cells in this worksheet may contain drop-down lists (synthetic note).")
	f.SetCellStr(sh, "A2", "HECVAT - "+variant+" (synthetic)")
	f.SetCellStr(sh, "E2", "Version "+version)
	f.SetSheetRow(sh, "A4", &[]any{"DATE-01", "Date", date})
	f.SetSheetRow(sh, "A6", &[]any{"GNRL-01", "Vendor Name", "Synthetic Learning Inc."})
	f.SetSheetRow(sh, "A8", &[]any{" Documentation", "", "Vendor Answers", "Additional Information", "Guidance"})
	for i, r := range rows {
		n := strconv.Itoa(9 + i)
		f.SetCellStr(sh, "A"+n, r[0])
		f.SetCellFormula(sh, "B"+n, "VLOOKUP(A"+n+",Questions!A:B,2,FALSE)")
		f.SetCellStr(sh, "C"+n, r[1])
	}
	f.NewSheet("Analyst Report")
	for i, r := range rows {
		f.SetSheetRow("Analyst Report", "A"+strconv.Itoa(5+i), &[]any{r[0], "", "No"})
	}
	p := filepath.Join(dir, strings.ToLower(variant)+"-"+version+".xlsx")
	if err := f.SaveAs(p); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestImportHECVAT: HECVAT Full 3.06 and Lite 3.04 are recorded with
// their version, respondent and DATE-01 (a serial, a US text date); the
// built-in Full mapping gives evidence only and the Lite mapping nothing;
// an organisation's mappings/ file replaces the built-in Lite mapping and
// answers; a broken mapping file stops the import and changes nothing.
func TestImportHECVAT(t *testing.T) {
	dir := qWriteRegister(t)
	full := hecvatFile(t, t.TempDir(), "Full", "3.06", 45432, [][2]string{{"HFIH-01", "No"}, {"DOCU-03", "Yes"}, {"APPL-01", "Tier III"}})
	code, stdout, stderr := execCLI(t, "import", "--register", dir, "--entry", "chat", "--as-of", "2026-05-01", full)
	if code != 0 || !strings.Contains(stdout, "HECVAT Full v3.06") || !strings.Contains(stdout, "CLD-15 ← HFIH-01: No") {
		t.Fatalf("Full: exit %d\n%s\n%s", code, stdout, stderr)
	}
	rec, _ := loadEntry(t, dir, riskassess.KindService, "chat").Base().LatestAssessment()
	if rec.Questionnaire != "HECVAT Full v3.06" || rec.Respondent.Company != "Synthetic Learning Inc." || rec.Respondent.Date.String() != "2024-05-20" ||
		len(rec.Answered) != 0 || len(rec.Evidence) != 1 {
		t.Errorf("Full record %+v", rec)
	}

	lite := hecvatFile(t, t.TempDir(), "Lite", "3.04", "09/28/2022", [][2]string{{"HLDA-01", "Yes"}, {"HLDA-02", "1) Yes"}})
	// A broken own mapping: refused, nothing recorded.
	os.MkdirAll(filepath.Join(dir, "mappings"), 0o755)
	bad := "questionnaire: hecvat-lite\nversions: \"3.x\"\nname: own\nlinks:\n  - {question: HLDA-01, requirement: CLD-999, strength: full, reason: {ja: 理由, en: why}}\n"
	os.WriteFile(filepath.Join(dir, "mappings", "lite.yaml"), []byte(bad), 0o644)
	before, _ := os.ReadFile(filepath.Join(dir, "services", "chat.yaml"))
	if code, _, stderr := execCLI(t, "validate", "--register", dir); code != 1 || !strings.Contains(stderr, "mappings/lite.yaml") {
		t.Errorf("validate with a broken mapping: exit %d\n%s", code, stderr)
	}
	code, stdout, stderr = execCLI(t, "import", "--register", dir, "--entry", "chat", "--as-of", "2026-05-02", lite)
	if code != 1 || !strings.Contains(stdout+stderr, "mappings/lite.yaml: links[0] (HLDA-01 → CLD-999)") {
		t.Errorf("broken mapping: exit %d\n%s\n%s", code, stdout, stderr)
	}
	if after, _ := os.ReadFile(filepath.Join(dir, "services", "chat.yaml")); !bytes.Equal(before, after) {
		t.Error("a broken mapping changed the entry")
	}
	// The fixed own mapping answers CLD-18 from HLDA-01 and HLDA-02.
	good := strings.Replace(bad, "CLD-999", "CLD-18", 1) + "  - {question: HLDA-02, requirement: CLD-18, strength: full, reason: {ja: 理由, en: why}}\n"
	os.WriteFile(filepath.Join(dir, "mappings", "lite.yaml"), []byte(good), 0o644)
	code, stdout, stderr = execCLI(t, "import", "--register", dir, "--entry", "chat", "--as-of", "2026-05-02", lite)
	if code != 0 || !strings.Contains(stdout, "← HECVAT Lite v3.04 HLDA-01: Yes") {
		t.Fatalf("own mapping: exit %d\n%s\n%s", code, stdout, stderr)
	}
	e := loadEntry(t, dir, riskassess.KindService, "chat")
	rec, _ = e.Base().LatestAssessment()
	if rec.Questionnaire != "HECVAT Lite v3.04" || rec.Respondent.Date.String() != "2022-09-28" || e.Base().Answers["Q-CLD-18"].Value != "yes" {
		t.Errorf("Lite record %+v, Q-CLD-18 %+v", rec, e.Base().Answers["Q-CLD-18"])
	}
}

// TestMappingExtension: an organisation's mapping saved as .yml (or .YAML)
// was left out without a word and the built-in mapping used in its place;
// validate and import refuse it, naming the file.
func TestMappingExtension(t *testing.T) {
	dir := qWriteRegister(t)
	os.MkdirAll(filepath.Join(dir, "mappings"), 0o755)
	good := "questionnaire: hecvat-lite\nversions: \"3.x\"\nname: own\nlinks:\n  - {question: HLDA-01, requirement: CLD-18, strength: full, reason: {ja: 理由, en: why}}\n"
	for _, name := range []string{"lite.yml", "lite.YAML"} {
		p := filepath.Join(dir, "mappings", name)
		os.WriteFile(p, []byte(good), 0o644)
		code, _, stderr := execCLI(t, "validate", "--register", dir, "--lang", "en")
		if want := "mappings/" + name + ": the extension " + filepath.Ext(name) + " is not read: rename to lite.yaml"; code != 1 || !strings.Contains(stderr, want) {
			t.Errorf("%s: exit %d, want 1 and %q:\n%s", name, code, want, stderr)
		}
		os.Remove(p)
	}
}

// TestImportForeignUnknownVersion: a CAIQ v3.0.1 or a HECVAT 2.11 is
// refused with one message naming the version, exit 1, nothing changed.
func TestImportForeignUnknownVersion(t *testing.T) {
	dir := qWriteRegister(t)
	v3 := func() string {
		f := excelize.NewFile()
		f.SetSheetName("Sheet1", "CSA CAIQ v3.0.1")
		f.SetSheetRow("CSA CAIQ v3.0.1", "A5", &[]any{"Audit", "AIS-01", "AIS-01.1", "Spec", "Question?", "x"})
		p := filepath.Join(t.TempDir(), "caiq3.xlsx")
		f.SaveAs(p)
		return p
	}
	for _, p := range []string{v3(), hecvatFile(t, t.TempDir(), "Full", "2.11", 43000, [][2]string{{"HFIH-01", "Yes"}})} {
		before, _ := os.ReadFile(filepath.Join(dir, "services", "chat.yaml"))
		code, stdout, _ := execCLI(t, "import", "--register", dir, "--entry", "chat", p)
		if code != 1 || !strings.Contains(stdout, "対応していない質問票・版です") || !strings.Contains(stdout, "記録しませんでした") {
			t.Errorf("%s: exit %d\n%s", filepath.Base(p), code, stdout)
		}
		if after, _ := os.ReadFile(filepath.Join(dir, "services", "chat.yaml")); !bytes.Equal(before, after) {
			t.Errorf("%s changed the entry", filepath.Base(p))
		}
	}
}

// TestGapQuestionnaire: after a CAIQ import, questionnaire --gap asks
// exactly the vendor questions the CAIQ did not answer; the gap workbook
// imports back as a normal vendor reply, without "missing" warnings for
// the questions left out.
func TestGapQuestionnaire(t *testing.T) {
	dir := qWriteRegister(t)
	out := filepath.Join(t.TempDir(), "chat-gap.xlsx")
	code, _, stderr := execCLI(t, "questionnaire", "--register", dir, "--kind", "service", "--entry", "chat", "--gap", "-o", out)
	if code != 1 || !strings.Contains(stderr, "外部の質問票") {
		t.Errorf("--gap before a foreign import: exit %d\n%s", code, stderr)
	}
	p := caiqFile(t, t.TempDir(), "chat-caiq.xlsx", caiqAnswers, "")
	if code, stdout, stderr := execCLI(t, "import", "--register", dir, "--entry", "chat", "--as-of", "2026-05-01", p); code != 0 {
		t.Fatalf("import: exit %d\n%s\n%s", code, stdout, stderr)
	}
	code, stdout, stderr := execCLI(t, "questionnaire", "--register", dir, "--kind", "service", "--entry", "chat", "--gap", "--as-of", "2026-05-02", "-o", out)
	if code != 0 {
		t.Fatalf("--gap: exit %d\n%s\n%s", code, stdout, stderr)
	}
	var want []string
	for _, q := range xlsx.QuestionsFor(catalog.Default(), riskassess.KindService) {
		if q.ID != "Q-CLD-24" && q.ID != "Q-CLD-21" {
			want = append(want, q.ID)
		}
	}
	f, err := excelize.OpenFile(out)
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := f.GetRows("質問")
	var got []string
	for _, r := range rows[1:] {
		if len(r) > 0 && strings.HasPrefix(r[0], "Q-") {
			got = append(got, r[0])
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("gap questions (-want +got):\n%s", diff)
	}
	if !strings.Contains(stdout, fmt.Sprintf("%d 問", len(want))) {
		t.Errorf("stdout %q", stdout)
	}
	// Answer every gap question はい (choice and number questions with a
	// value they accept) and import it back.
	qs := map[string]riskassess.Question{}
	for _, q := range xlsx.QuestionsFor(catalog.Default(), riskassess.KindService) {
		qs[q.ID] = q
	}
	for i, r := range rows {
		if i == 0 || len(r) == 0 || !strings.HasPrefix(r[0], "Q-") {
			continue
		}
		v := "はい"
		switch q := qs[r[0]]; q.Type {
		case riskassess.AnswerChoice:
			v = q.Choices[0].ID
		case riskassess.AnswerNumber:
			v = "99.9"
		case riskassess.AnswerDate:
			v = "2026-04-01"
		case riskassess.AnswerText:
			v = "text"
		}
		f.SetCellStr("質問", "D"+strconv.Itoa(i+1), v)
	}
	f.Save()
	code, stdout, stderr = execCLI(t, "import", "--register", dir, "--as-of", "2026-05-10", out)
	if code != 0 || strings.Contains(stdout, "質問がありません") || strings.Contains(stdout, "missing question") || !strings.Contains(stdout, "記録しました") {
		t.Fatalf("gap import: exit %d\n%s\n%s", code, stdout, stderr)
	}
	b := loadEntry(t, dir, riskassess.KindService, "chat").Base()
	rec, _ := b.LatestAssessment()
	if rec.Questionnaire != "" || !slices.Equal(rec.Answered, slices.Sorted(slices.Values(want))) {
		t.Errorf("gap record: questionnaire %q answered %v", rec.Questionnaire, rec.Answered)
	}
	if b.Answers["Q-CLD-24"].Value != "yes" || b.Answers["Q-CLD-21"].Value != "na" {
		t.Errorf("the CAIQ's answers changed: %+v %+v", b.Answers["Q-CLD-24"], b.Answers["Q-CLD-21"])
	}
}

// TestForeignAsOf: a CAIQ imported on 2026-05-01 was not there on
// 2026-04-01: questionnaire --gap --as-of 2026-04-01 used it all the same
// (asking only what it left open), and assess --id and the entry page
// showed its evidence. As of that date there is no foreign questionnaire;
// a date after the import uses it.
func TestForeignAsOf(t *testing.T) {
	dir := qWriteRegister(t)
	p := caiqFile(t, t.TempDir(), "chat-caiq.xlsx", caiqAnswers, "")
	if code, stdout, stderr := execCLI(t, "import", "--register", dir, "--entry", "chat", "--as-of", "2026-05-01", p); code != 0 {
		t.Fatalf("import: exit %d\n%s\n%s", code, stdout, stderr)
	}
	out := filepath.Join(t.TempDir(), "chat-gap.xlsx")
	code, stdout, stderr := execCLI(t, "questionnaire", "--register", dir, "--kind", "service", "--entry", "chat", "--gap", "--as-of", "2026-04-01", "-o", out)
	if code != 1 || !strings.Contains(stderr, "2026-04-01") || !strings.Contains(stderr, "外部の質問票") {
		t.Errorf("--gap --as-of before the import: exit %d, want 1 naming the as-of date\n%s\n%s", code, stdout, stderr)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("--gap --as-of before the import wrote a workbook")
	}
	if code, stdout, stderr := execCLI(t, "questionnaire", "--register", dir, "--kind", "service", "--entry", "chat", "--gap", "--as-of", "2026-05-02", "-o", out); code != 0 {
		t.Errorf("--gap --as-of after the import: exit %d\n%s\n%s", code, stdout, stderr)
	}
	for _, c := range []struct {
		asOf string
		want bool
	}{{"2026-04-01", false}, {"2026-05-02", true}} {
		_, stdout, _ := execCLI(t, "assess", "--register", dir, "--id", "chat", "--as-of", c.asOf)
		if got := strings.Contains(stdout, "外部の質問票の参考"); got != c.want {
			t.Errorf("assess --id chat --as-of %s: foreign evidence shown %v, want %v\n%s", c.asOf, got, c.want, stdout)
		}
		site := filepath.Join(t.TempDir(), "site")
		if code, _, stderr := execCLI(t, "build", "--register", dir, "-o", site, "--as-of", c.asOf); code != 0 {
			t.Fatalf("build --as-of %s: exit %d\n%s", c.asOf, code, stderr)
		}
		page, err := os.ReadFile(filepath.Join(site, "entries", "service", "chat.html"))
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(string(page), "CAIQ v4.0.3"); got != c.want {
			t.Errorf("entry page as of %s: CAIQ evidence shown %v, want %v", c.asOf, got, c.want)
		}
	}
}

// TestImportHECVATDateAfterImport: a HECVAT whose DATE-01 (the day the
// vendor completed it) is after the import date was recorded with that
// date without a word, while our own questionnaire's 回答日 after it is
// refused. It is refused the same way (exit 1, the cell and the import
// date named, nothing recorded); the import day itself is recorded.
func TestImportHECVATDateAfterImport(t *testing.T) {
	for _, tc := range []struct {
		name     string
		date     any
		code     int
		says     []string
		recorded string // the respondent's date recorded, "" nothing recorded
	}{
		{"a year's slip", "01/10/2027", 1, []string{"HECVAT - Full | Vendor Response!C4", "date answered after the import", "01/10/2027", "2026-12-05", "DATE-01"}, ""},
		{"the next day, a serial", 46362, 1, []string{"HECVAT - Full | Vendor Response!C4", "date answered after the import", "2026-12-06", "DATE-01"}, ""},
		{"the import day itself", "12/05/2026", 0, nil, "2026-12-05"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := qWriteRegister(t)
			p := hecvatFile(t, t.TempDir(), "Full", "3.06", tc.date, [][2]string{{"HFIH-01", "No"}, {"DOCU-03", "Yes"}})
			entry := filepath.Join(dir, "services", "chat.yaml")
			before, _ := os.ReadFile(entry)
			code, stdout, stderr := execCLI(t, "import", "--register", dir, "--entry", "chat", "--as-of", "2026-12-05", "--lang", "en", p)
			after, _ := os.ReadFile(entry)
			if code != tc.code {
				t.Fatalf("exit %d, want %d\n%s\n%s", code, tc.code, stdout, stderr)
			}
			for _, s := range tc.says {
				if !strings.Contains(stdout+stderr, s) {
					t.Errorf("the report does not say %q:\n%s\n%s", s, stdout, stderr)
				}
			}
			if tc.recorded == "" {
				if !bytes.Equal(before, after) {
					t.Error("a refused import changed the entry")
				}
				return
			}
			rec, _ := loadEntry(t, dir, riskassess.KindService, "chat").Base().LatestAssessment()
			if rec.Questionnaire != "HECVAT Full v3.06" || rec.Respondent.Date.String() != tc.recorded {
				t.Errorf("record %+v", rec)
			}
		})
	}
}
