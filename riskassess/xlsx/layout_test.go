package xlsx

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/xuri/excelize/v2"
)

// TestDeterministic: the same questionnaire gives the same bytes.
func TestDeterministic(t *testing.T) {
	a := generate(t, defaultQ())
	b := generate(t, defaultQ())
	if !bytes.Equal(a, b) {
		t.Fatal("two generations of the same questionnaire differ")
	}
}

// TestLayout checks what a vendor and a printer see: protection with only
// answer and comment cells unlocked, frozen header, print setup, drop-downs,
// the very hidden metadata.
func TestLayout(t *testing.T) {
	q := defaultQ()
	b := generate(t, q)
	f := workbook(t, b)
	defer f.Close()

	if got := f.GetSheetList(); strings.Join(got, ",") != "表紙,質問,_meta" {
		t.Errorf("sheets %v", got)
	}
	// _meta is very hidden: check the workbook XML itself.
	wb := partOf(t, b, "xl/workbook.xml")
	if !regexp.MustCompile(`<sheet name="_meta"[^>]* state="veryHidden"`).MatchString(wb) {
		t.Errorf("_meta not very hidden: %s", wb)
	}
	var printTitles bool
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm.Print_Titles" && dn.Scope == qs && dn.RefersTo == "'質問'!$1:$1" {
			printTitles = true
		}
	}
	if !printTitles {
		t.Errorf("no print titles: %+v", f.GetDefinedName())
	}
	// The cover fits one page; the questions run one page wide and as
	// many pages high as needed.
	for sh, high := range map[string]int{"表紙": 1, qs: 0} {
		pl, err := f.GetPageLayout(sh)
		if err != nil || pl.Size == nil || *pl.Size != 9 || pl.Orientation == nil || *pl.Orientation != "landscape" ||
			pl.FitToWidth == nil || *pl.FitToWidth != 1 || pl.FitToHeight == nil || *pl.FitToHeight != high {
			t.Errorf("%s page layout: %+v %v", sh, pl, err)
		}
		props, _ := f.GetSheetProps(sh)
		if props.FitToPage == nil || !*props.FitToPage {
			t.Errorf("%s: not fit to page", sh)
		}
		prot, err := f.GetSheetProtection(sh)
		if err != nil || !prot.SelectUnlockedCells || !prot.InsertRows || !prot.Sort {
			t.Errorf("%s protection: %+v %v", sh, prot, err)
		}
	}
	if !strings.Contains(partOf(t, b, "xl/worksheets/sheet2.xml"), `<sheetProtection`) {
		t.Error("questions sheet not protected")
	}
	panes, _ := f.GetPanes(qs)
	if !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("panes %+v", panes)
	}
	// Locked cells: ID, question, reference; unlocked: answer, comment.
	r := itoa(rowOf(t, f, qs, "Q-YN-01"))
	for col, wantLocked := range map[string]bool{"A": true, "B": true, "C": true, "D": false, "E": false, "F": true} {
		id, _ := f.GetCellStyle(qs, col+r)
		st, _ := f.GetStyle(id)
		locked := st.Protection == nil || st.Protection.Locked
		if locked != wantLocked {
			t.Errorf("%s%s locked = %v, want %v", col, r, locked, wantLocked)
		}
		if st.Alignment == nil || !st.Alignment.WrapText {
			t.Errorf("%s%s not wrapped", col, r)
		}
	}
	if w, _ := f.GetColWidth(qs, "C"); w < 40 {
		t.Errorf("question column width %v", w)
	}
	// Drop-downs: yes/no list, choice list, date and decimal validation.
	dvs, err := f.GetDataValidations(qs)
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]string{}
	for _, dv := range dvs {
		kinds[dv.Type+":"+dv.Formula1] = dv.Sqref
	}
	var haveYesNo, haveChoice, haveDate, haveDecimal bool
	for k, sq := range kinds {
		switch {
		case strings.HasPrefix(k, "list:") && strings.Contains(k, "はい,いいえ,一部,該当なし"):
			haveYesNo = strings.Contains(sq, "D"+r)
		case strings.HasPrefix(k, "list:") && strings.Contains(k, "ISMAP登録済み"):
			haveChoice = true
		case strings.HasPrefix(k, "date:"):
			haveDate = true
		case strings.HasPrefix(k, "decimal:"):
			haveDecimal = true
		}
	}
	if !haveYesNo || !haveChoice || !haveDate || !haveDecimal {
		t.Errorf("validations yes/no %v choice %v date %v decimal %v: %v", haveYesNo, haveChoice, haveDate, haveDecimal, kinds)
	}
	// The cover has the respondent labels and the instructions in both languages.
	cover, _ := f.GetRows("表紙")
	var all strings.Builder
	for _, row := range cover {
		all.WriteString(strings.Join(row, "|"))
	}
	for _, s := range []string{"会社名", "法人番号", "回答者", "連絡先", "回答日", "ID 列の値と質問文は変更しないでください", "Do not change the IDs or the question texts", "株式会社アクメ (acme)"} {
		if !strings.Contains(all.String(), s) {
			t.Errorf("cover lacks %q", s)
		}
	}
}

func TestLongChoiceListGoesToHiddenSheet(t *testing.T) {
	var choices []riskassess.Choice
	for i := 0; i < 40; i++ {
		choices = append(choices, riskassess.Choice{ID: "c" + itoa(i), Label: riskassess.T("選択肢その"+itoa(i)+"（説明, 補足あり）", "Choice "+itoa(i))})
	}
	q := &Questionnaire{Kind: riskassess.KindService, Requirements: []riskassess.Requirement{{ID: "CLD-01", Kinds: []riskassess.Kind{riskassess.KindService}, AttestedBy: riskassess.AttestVendor,
		Question: &riskassess.Question{ID: "Q-CLD-01", Type: riskassess.AnswerChoice, Text: riskassess.T("どれ？", "Which?"), Choices: choices}}}}
	f := workbook(t, generate(t, q))
	dvs, _ := f.GetDataValidations(qs)
	if len(dvs) != 1 || dvs[0].Formula1 != "_lists!$A$1:$A$40" {
		t.Fatalf("validations %+v", dvs)
	}
	if v, _ := f.GetSheetVisible(listSheet); v {
		t.Error("_lists visible")
	}
	f.SetCellStr(qs, "D2", "選択肢その7（説明, 補足あり）")
	res := readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements})
	if got := res.Answers["Q-CLD-01"].Value; got != "c7" {
		t.Errorf("answer %q, want c7 (problems %v)", got, res.Problems)
	}
}

func TestWriteErrors(t *testing.T) {
	q := defaultQ()
	q.Kind = riskassess.KindService
	if err := q.Write(&bytes.Buffer{}); err == nil || !strings.Contains(err.Error(), "is a contractor") {
		t.Errorf("entry of another kind: %v", err)
	}
	q = defaultQ()
	q.Kind = "vendor"
	if err := q.Write(&bytes.Buffer{}); err == nil {
		t.Error("invalid kind accepted")
	}
	q = defaultQ()
	q.Entry = nil
	q.Kind = riskassess.KindSocial
	q.Requirements = q.Requirements[:3]
	if err := q.Write(&bytes.Buffer{}); err == nil {
		t.Error("questionnaire without questions accepted")
	}
}

var _ = excelize.Options{}

// TestRowHeightIgnoresLocale: the questionnaire sizes rows with the fixed
// East Asian width of the register workbook, not runewidth's default (which
// follows LANG), so an ambiguous-width character (○, ①, …) counts two like
// a kanji on every machine and the same questionnaire gives the same bytes.
func TestRowHeightIgnoresLocale(t *testing.T) {
	widths := []float64{colWidths[colComment-1]}
	for _, amb := range []string{"○", "①", "…", "×"} {
		got := rowHeight([]string{strings.Repeat(amb, 60)}, widths)
		want := rowHeight([]string{strings.Repeat("あ", 60)}, widths)
		if got != want {
			t.Errorf("row of 60 %q: height %v, want %v (as 60 あ)", amb, got, want)
		}
	}
}
