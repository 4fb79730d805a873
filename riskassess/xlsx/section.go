package xlsx

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/gikai-sec/riskregister/internal/atomicfile"
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/fieldrule"
	"github.com/gikai-sec/riskregister/riskassess/report"
	"github.com/xuri/excelize/v2"
)

// SelfCheckBook describes the self-check (自己点検) workbook of a section or
// of the whole council for a fiscal year: one workbook listing, for each
// entry, the questions the council checks itself (see Questionnaire with
// By council: the council's questions and the entry's pending vendor
// 該当なし claims), pre-filled from the register, with the same drop-downs,
// locked cells, hidden metadata and checksum as the vendor questionnaire,
// and a sheet with the council-wide items (report.CouncilItems) as
// the register decides them.
//
// Its questions sheet has two columns more than a questionnaire's: the
// entry's key ("contractor/acme", read back) and its name (not read).
// Its metadata records the scope ("section:ID" or "council"), the fiscal
// year and every (entry, question) pair, under a checksum that covers
// them and the fact that the workbook is a self-check.
type SelfCheckBook struct {
	// Register is the register the entries belong to. Required.
	Register *riskassess.Register
	// Entries are the entries listed, in order. At least one is required.
	Entries []riskassess.Entry
	// Requirements is the catalogue (catalog.ForOrg).
	Requirements []riskassess.Requirement
	// CatalogueVersion is recorded in the metadata.
	CatalogueVersion string
	// AsOf is the date the register facts and pending claims are
	// checked at, and the day the workbook is made: recorded in the
	// metadata (Meta.MadeOn), a 点検日 before it is refused
	// (ErrCoverDateBeforeMade). Zero records nothing.
	AsOf riskassess.Date
	// Lang is "ja" (default) or "en".
	Lang riskassess.Lang
	// Section is the id of the section (所管課) the workbook is for; ""
	// for the whole council.
	Section string
	// SectionName is the section's name shown on the cover.
	SectionName riskassess.Text
	// FiscalYear is the fiscal year (April to March). Required.
	FiscalYear int
	// Council are the council-wide items shown on their own sheet, as
	// decided by the register (locked: to change a result, change the
	// register). None leaves the sheet out.
	Council []report.CouncilItem
}

// bookInstructions are the instructions on the cover of a SelfCheckBook.
var bookInstructions = []riskassess.Text{
	riskassess.T(
		"1. 「質問」シートの各行は、「エントリ」「対象」列のエントリについて所管課が自ら確認する質問です。「回答」欄はプルダウンから選びます。",
		"1. Each row of the Questions sheet is a point the section checks itself for the entry in its Entry and Subject columns. Choose the answer from the drop-down."),
	riskassess.T(
		"2. 台帳の記録をあらかじめ記入しています。事業者の「該当なし」は、ここで確認して初めて該当なしになります。根拠は「コメント・根拠」欄に。",
		"2. What the register holds is filled in. A vendor's N/A counts only once confirmed here. Give the basis in Comment / evidence."),
	riskassess.T(
		"3. 「議会全体」シートは台帳から自動で判定した結果です（記入欄なし）。不適合は台帳または実務を直してください。",
		"3. The Council-wide sheet is decided from the register (nothing to fill in). Where a point is not met, correct the register or the practice."),
	riskassess.T(
		"4. ID・エントリ列は変更せず、点検者欄を記入して riskregister import で取り込みます。読めない回答が1つでもあれば、どのエントリにも記録しません。",
		"4. Do not change the ID and Entry columns. Fill in the checker fields and import with riskregister import; if any answer cannot be read, nothing is recorded."),
}

// instructions are the cover's instructions: bookInstructions, without
// the one about the council-wide sheet when b has none (renumbered).
func (b *SelfCheckBook) instructions() []riskassess.Text {
	if len(b.Council) > 0 {
		return bookInstructions
	}
	out := slices.Clone(bookInstructions[:2])
	last := bookInstructions[3]
	last.Ja, last.En = "3."+strings.TrimPrefix(last.Ja, "4."), "3."+strings.TrimPrefix(last.En, "4.")
	return append(out, last)
}

// scope is the metadata's scope of b: "section:ID" or "council".
func (b *SelfCheckBook) scope() string {
	if b.Section == "" {
		return scopeCouncil
	}
	return "section:" + b.Section
}

// scopeCouncil is the metadata scope of a whole-council self-check.
const scopeCouncil = "council"

// scopeText names the scope for people.
func (b *SelfCheckBook) scopeText() riskassess.Text {
	if b.Section == "" {
		return riskassess.T("議会全体", "whole council")
	}
	n := b.SectionName
	if n.Ja == "" {
		n = riskassess.T(b.Section, b.Section)
	}
	return n
}

// subjects names how many entries of each kind the workbook lists.
func (b *SelfCheckBook) subjects() riskassess.Text {
	counts := map[riskassess.Kind]int{}
	for _, e := range b.Entries {
		counts[e.Kind()]++
	}
	var ja, en []string
	for _, k := range []riskassess.Kind{riskassess.KindContractor, riskassess.KindService, riskassess.KindSocial} {
		if counts[k] > 0 {
			ja = append(ja, fmt.Sprintf("%s %d", k.Label("ja"), counts[k]))
			en = append(en, fmt.Sprintf("%d %s", counts[k], k.Label("en")))
		}
	}
	return riskassess.T(fmt.Sprintf("%d 件（%s）", len(b.Entries), strings.Join(ja, "、")),
		fmt.Sprintf("%d entries (%s)", len(b.Entries), strings.Join(en, ", ")))
}

// EntryKey returns the key a self-check workbook names entry e by in its
// entry column and metadata: "kind/id".
func EntryKey(e riskassess.Entry) string { return string(e.Kind()) + "/" + e.Base().ID }

// parseEntryKey splits "kind/id".
func parseEntryKey(s string) (riskassess.Kind, string, bool) {
	k, id, ok := strings.Cut(strings.TrimSpace(s), "/")
	if !ok || !riskassess.Kind(k).Valid() || !fieldrule.ValidID(id) {
		return "", "", false
	}
	return riskassess.Kind(k), id, true
}

func (b *SelfCheckBook) lang() riskassess.Lang {
	if b.Lang == "en" {
		return "en"
	}
	return "ja"
}

// WriteFile writes the workbook to path atomically with mode 0644.
func (b *SelfCheckBook) WriteFile(path string) error {
	return atomicfile.Write(path, 0o644, b.Write)
}

// Questions returns the number of question rows the workbook has.
func (b *SelfCheckBook) Questions() int {
	n := 0
	for _, e := range b.Entries {
		n += len(b.questionnaire(e).Rows())
	}
	return n
}

// questionnaire is the one-entry self-check of e that b lists.
func (b *SelfCheckBook) questionnaire(e riskassess.Entry) *Questionnaire {
	return &Questionnaire{Kind: e.Kind(), Entry: e, Register: b.Register, AsOf: b.AsOf, Requirements: b.Requirements,
		CatalogueVersion: b.CatalogueVersion, Lang: b.Lang, By: riskassess.AttestCouncil, FiscalYear: b.FiscalYear}
}

// Write writes the workbook to w. It returns an error without a register,
// entries or fiscal year, for an entry of another section than Section,
// when no entry has a question the council checks, or when writing fails.
// The same input gives the same bytes.
func (b *SelfCheckBook) Write(w io.Writer) error {
	f, err := b.build()
	if err != nil {
		return err
	}
	defer f.Close()
	return writeWorkbook(w, f)
}

func (b *SelfCheckBook) build() (*excelize.File, error) {
	if b.Register == nil || len(b.Entries) == 0 {
		return nil, errors.New("xlsx: a self-check workbook needs a register and at least one entry")
	}
	if b.FiscalYear == 0 {
		return nil, errors.New("xlsx: a self-check workbook needs a fiscal year")
	}
	lang := b.lang()
	var lines []qline
	var items, subjects []string
	seen := map[string]bool{}
	for _, e := range b.Entries {
		key := EntryKey(e)
		if seen[key] {
			return nil, fmt.Errorf("xlsx: entry %s listed twice", key)
		}
		seen[key] = true
		if b.Section != "" && e.Base().Owner.Section != b.Section {
			return nil, fmt.Errorf("xlsx: entry %s belongs to section %q, not %q", key, e.Base().Owner.Section, b.Section)
		}
		q := b.questionnaire(e)
		rows := q.Rows()
		answers := q.answers(rows)
		subject := e.Base().Name.In(lang)
		subjectDigest := QuestionDigest(subject)
		for _, r := range rows {
			a, ok := answers[r.Question.ID]
			lines = append(lines, qline{row: r, answer: a, has: ok, key: key, subject: subject})
			items = append(items, key+"|"+r.Question.ID)
			subjects = append(subjects, subjectDigest)
		}
	}
	if len(lines) == 0 {
		return nil, errors.New("xlsx: no entry of the self-check has a question the council checks itself")
	}
	coverName, qName := sheetNames(lang)
	f := excelize.NewFile()
	if err := f.SetSheetName("Sheet1", coverName); err != nil {
		return nil, err
	}
	councilName := ""
	if len(b.Council) > 0 {
		councilName = councilSheetName(lang)
		if _, err := f.NewSheet(councilName); err != nil {
			return nil, err
		}
	}
	if _, err := f.NewSheet(qName); err != nil {
		return nil, err
	}
	st, err := newStyles(f)
	if err != nil {
		return nil, err
	}
	cover := &Questionnaire{Lang: b.Lang, Org: b.Register.Org.Name, By: riskassess.AttestCouncil, FiscalYear: b.FiscalYear,
		CatalogueVersion: b.CatalogueVersion, book: b}
	if b.Section != "" {
		cover.Section = b.scopeText()
	}
	if err := cover.writeCover(f, coverName, st); err != nil {
		return nil, err
	}
	if councilName != "" {
		if err := b.writeCouncil(f, councilName, st, cover.pageFooter); err != nil {
			return nil, err
		}
	}
	w, err := writeQuestionLines(f, qName, lines, lang, true, st, cover.pageFooter)
	if err != nil {
		return nil, err
	}
	meta := &Meta{Format: metaFormat, CatalogueVersion: b.CatalogueVersion, Lang: lang, QuestionsSheet: qName,
		By: riskassess.AttestCouncil, Scope: b.scope(), FiscalYear: b.FiscalYear, Items: items, ItemDigests: w.digests, ItemSubjects: subjects,
		ItemPrefills: w.prefilled, Org: cover.Org, MadeOn: b.AsOf}
	if err := writeMeta(f, meta); err != nil {
		return nil, err
	}
	return f, nil
}

// councilSheetName is the name of the council-wide items sheet.
func councilSheetName(lang riskassess.Lang) string {
	if lang == "en" {
		return "Council-wide"
	}
	return "議会全体"
}

// outcomeLabel names a council item's outcome.
var outcomeLabel = map[riskassess.Outcome]riskassess.Text{
	riskassess.OutcomeMet:           riskassess.T("適合", "Met"),
	riskassess.OutcomeNotMet:        riskassess.T("不適合", "Not met"),
	riskassess.OutcomeNotApplicable: riskassess.T("対象なし", "Nothing to check"),
}

// Council sheet header labels. None of them is a label the reader takes
// for a question ID, answer or respondent column.
var councilLabels = []riskassess.Text{
	riskassess.T("項目", "Item"),
	riskassess.T("点検項目", "Point checked"),
	riskassess.T("判定", "Result"),
	riskassess.T("該当するエントリと直すところ", "Entries concerned, what to change"),
	riskassess.T("判定の根拠", "Decided from"),
}

// writeCouncil writes the council-wide items to sheet sh, all cells
// locked: the register decides them.
func (b *SelfCheckBook) writeCouncil(f *excelize.File, sh string, st *styles, footer func(*excelize.File, string) error) error {
	lang := b.lang()
	widths := []float64{9, 40, 12, 80, 30}
	for i, w := range widths {
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(sh, col, col, w); err != nil {
			return err
		}
	}
	hdr := make([]any, len(councilLabels))
	for i, l := range councilLabels {
		hdr[i] = bi(l, lang)
	}
	if err := f.SetSheetRow(sh, "A1", &hdr); err != nil {
		return err
	}
	if err := f.SetCellStyle(sh, "A1", "E1", st.header); err != nil {
		return err
	}
	if err := f.SetRowHeight(sh, 1, 34); err != nil {
		return err
	}
	r := 2
	entries := report.EntryIndex(b.Register) // one lookup per gap
	for _, it := range b.Council {
		// One row per entry concerned, so that a long list prints whole;
		// the item's own cells span its rows.
		var gaps []string
		for _, g := range it.Gaps {
			name := g.Kind.Label(lang) + " " + g.EntryID
			if e := entries[riskassess.EntryKey{Kind: g.Kind, ID: g.EntryID}]; e != nil {
				name = e.Base().Name.In(lang) + "（" + g.EntryID + "）"
				if lang == "en" {
					name = e.Base().Name.In(lang) + " (" + g.EntryID + ")"
				}
			}
			gaps = append(gaps, name+": "+g.Message.In(lang))
		}
		if len(gaps) == 0 {
			gaps = []string{riskassess.T(fmt.Sprintf("なし（%d 件を確認）", it.Checked), fmt.Sprintf("none (%d checked)", it.Checked)).In(lang)}
		}
		first := r
		for i, g := range gaps {
			texts := []string{"", "", "", g, ""}
			if i == 0 {
				texts = []string{it.ID, bi(it.Text, lang), bi(outcomeLabel[it.Outcome], lang), g, bi(it.Basis, lang)}
			}
			for c, t := range texts {
				if t == "" {
					continue
				}
				cell, _ := excelize.CoordinatesToCellName(c+1, r)
				if err := f.SetCellStr(sh, cell, t); err != nil {
					return err
				}
			}
			if err := f.SetCellStyle(sh, "A"+strconv.Itoa(r), "E"+strconv.Itoa(r), st.cell); err != nil {
				return err
			}
			h := rowHeight([]string{g}, widths[3:4])
			if len(gaps) == 1 {
				h = rowHeight(texts, widths)
			}
			if err := f.SetRowHeight(sh, r, min(h, 409)); err != nil {
				return err
			}
			r++
		}
		if last := r - 1; last > first {
			for _, col := range []string{"A", "B", "C", "E"} {
				if err := f.MergeCell(sh, col+strconv.Itoa(first), col+strconv.Itoa(last)); err != nil {
					return err
				}
			}
		}
	}
	note := r + 1
	if err := f.SetCellStr(sh, "A"+strconv.Itoa(note), bi(riskassess.T(
		"この表は台帳の記録から自動で判定しています（記入欄はありません）。結果が違うときは、台帳（エントリのファイル・register.yaml）を直してください。",
		"This table is decided from the register (nothing to fill in). If a result is wrong, correct the register (the entry's file, register.yaml)."), lang)); err != nil {
		return err
	}
	if err := f.MergeCell(sh, "A"+strconv.Itoa(note), "E"+strconv.Itoa(note)); err != nil {
		return err
	}
	if err := f.SetCellStyle(sh, "A"+strconv.Itoa(note), "E"+strconv.Itoa(note), st.text); err != nil {
		return err
	}
	if err := f.SetRowHeight(sh, note, 36); err != nil {
		return err
	}
	if err := printSetup(f, sh, 0.5, true); err != nil {
		return err
	}
	if err := footer(f, sh); err != nil {
		return err
	}
	return f.ProtectSheet(sh, protection())
}
