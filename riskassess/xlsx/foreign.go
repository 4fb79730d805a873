package xlsx

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/foreign"
	"github.com/gikai-sec/riskregister/riskassess/wareki"
)

// Foreign questionnaires. With ReadOptions.Mappings set, a workbook that
// is a CSA CAIQ or an EDUCAUSE HECVAT is recognised by its content (sheet
// names, header texts, version cells), read with its own layout and
// mapped to the catalogue (foreign.Map). Only the vendor's
// answer sheets are read: the evaluation, analyst, scoring and reference
// sheets of a HECVAT never are.

// foreignLayout is a recognised foreign questionnaire.
type foreignLayout struct {
	q, name, version string
	// sheets are the answer sheets, in workbook order.
	sheets []string
	// where is the sheet and cell the version was read from.
	whereSheet, whereCell string
}

var (
	caiqSheetName  = regexp.MustCompile(`(?i)^caiq\s*v?(\d+(?:\.\d+)+)`)
	caiqOldSheet   = regexp.MustCompile(`(?i)^csa caiq\s*v?(\d+(?:\.\d+)+)`)
	caiqVersionTag = regexp.MustCompile(`(?i)^v(\d+(?:\.\d+)+)`)
	caiqTitleVer   = regexp.MustCompile(`(?i)questionnaire\s+v(\d+(?:\.\d+)+)`)
	hecvatSheet    = regexp.MustCompile(`(?i)^hecvat\s*-\s*(full|lite)\b`)
	versionCell    = regexp.MustCompile(`(?i)^version\s*(\d+(?:\.\d+)*)$`)
	leadingNumber  = regexp.MustCompile(`^\s*\d+\)\s*`)
)

// hecvat4Sheets are the answer sheets of HECVAT 4.x, in the template's
// order. Its Institution Evaluation, High-Risk Evaluation, Privacy Analyst
// Evaluation, Analyst Reference, Questions, Auto Responses and (backend
// scoring) sheets are never read.
var hecvat4Sheets = []string{"START HERE", "Organization", "Product", "Infrastructure", "IT Accessibility", "Case-Specific", "AI", "Privacy"}

// detectForeign returns the foreign questionnaire the workbook is, or nil.
func (rd *reader) detectForeign(sheets []string, grids map[string]*grid) (*foreignLayout, error) {
	// By sheet name first.
	for _, s := range sheets {
		name := strings.TrimSpace(s)
		if m := caiqSheetName.FindStringSubmatch(name); m != nil {
			return &foreignLayout{q: "caiq", name: "CAIQ", version: m[1], sheets: []string{s}, whereSheet: s}, nil
		}
		if m := caiqOldSheet.FindStringSubmatch(name); m != nil {
			return &foreignLayout{q: "caiq", name: "CAIQ", version: m[1], sheets: []string{s}, whereSheet: s}, nil
		}
		if strings.Contains(fold(name), "k-12cvat") {
			l := &foreignLayout{q: "k12cvat", name: "K-12CVAT", sheets: []string{s}, whereSheet: s}
			g, err := rd.peekGrid(grids, s)
			if err != nil {
				return nil, err
			}
			l.version, l.whereCell = findVersion(g, 4)
			return l, nil
		}
		if m := hecvatSheet.FindStringSubmatch(name); m != nil {
			variant := strings.ToLower(m[1])
			l := &foreignLayout{q: "hecvat-" + variant, name: "HECVAT " + strings.ToUpper(variant[:1]) + variant[1:], sheets: []string{s}, whereSheet: s}
			g, err := rd.peekGrid(grids, s)
			if err != nil {
				return nil, err
			}
			l.version, l.whereCell = findVersion(g, 4)
			return l, nil
		}
	}
	// HECVAT 4.x: one workbook with a START HERE sheet and the version on
	// every answer sheet.
	if slices.Contains(sheets, "START HERE") {
		l := &foreignLayout{q: "hecvat", name: "HECVAT"}
		for _, want := range hecvat4Sheets {
			if slices.Contains(sheets, want) {
				l.sheets = append(l.sheets, want)
			}
		}
		g, err := rd.peekGrid(grids, "START HERE")
		if err != nil {
			return nil, err
		}
		l.version, l.whereCell = findVersion(g, 4)
		l.whereSheet = "START HERE"
		if strings.HasPrefix(l.version, "4") || (l.version == "" && hasText(g, "hecvat")) {
			return l, nil
		}
	}
	// CAIQ by content: a version tag in A1 and the title in B1.
	for _, s := range sheets {
		g, err := rd.peekGrid(grids, s)
		if err != nil {
			return nil, err
		}
		title := fold(g.get(1, 2))
		if !strings.Contains(title, "consensus assessments initiative questionnaire") {
			continue
		}
		l := &foreignLayout{q: "caiq", name: "CAIQ", sheets: []string{s}, whereSheet: s, whereCell: "A1"}
		if m := caiqVersionTag.FindStringSubmatch(strings.TrimSpace(g.get(1, 1))); m != nil {
			l.version = m[1]
		} else if m := caiqTitleVer.FindStringSubmatch(title); m != nil {
			l.version, l.whereCell = m[1], "B1"
		}
		return l, nil
	}
	return nil, nil
}

// hasText reports whether a cell of the first rows of g contains s (folded).
func hasText(g *grid, s string) bool {
	for i, gr := range g.rows {
		if i >= 6 {
			break
		}
		for _, c := range gr.cells {
			if strings.Contains(fold(c.v), s) {
				return true
			}
		}
	}
	return false
}

// findVersion returns the version in a "Version 3.04" cell of the first
// rows of g, and the cell.
func findVersion(g *grid, rows int) (string, string) {
	for _, gr := range g.rows {
		if gr.num > rows {
			break
		}
		for _, c := range gr.cells {
			if m := versionCell.FindStringSubmatch(strings.TrimSpace(fold(c.v))); m != nil {
				return m[1], cellName(c.col, gr.num)
			}
		}
	}
	return "", ""
}

// peekGrid is peek with its own cache.
func (rd *reader) peekGrid(grids map[string]*grid, s string) (*grid, error) { return rd.peek(grids, s) }

// supportedForeign lists the questionnaires and versions the mappings
// cover, for messages.
func (rd *reader) supportedForeign() []string {
	var out []string
	for _, m := range rd.opts.Mappings {
		out = append(out, m.Name)
	}
	return out
}

// readForeign reads a foreign questionnaire when the workbook is one and
// reports whether it was; a recognised questionnaire in a version that no
// mapping covers is refused (ErrUnknownQuestionnaire).
func (rd *reader) readForeign(sheets []string) (bool, error) {
	grids := map[string]*grid{}
	l, err := rd.detectForeign(sheets, grids)
	if err != nil || l == nil {
		return false, err
	}
	res := rd.res
	label := strings.TrimSpace(l.name + " v" + l.version)
	var m *foreign.Mapping
	for i := range rd.opts.Mappings {
		if l.version != "" && rd.opts.Mappings[i].Covers(l.q, l.version) {
			m = &rd.opts.Mappings[i]
			break
		}
	}
	if m == nil || len(l.sheets) == 0 {
		why := riskassess.T(fmt.Sprintf("%s は対応していない質問票・版です。この版の回答を当方の質問に対応付ける表がないため、読みません（何も記録していません）。"+
			"対応している版で回答してもらうか、台帳の mappings/ フォルダにこの版の対応表を置いてください（docs/questionnaires.md）", label),
			fmt.Sprintf("no mapping covers %s, so its answers cannot be matched to our questions and the file is not read (nothing recorded): "+
				"ask for a supported version, or add a mapping of this version to the register's mappings/ folder (docs/questionnaires.md)", label))
		if l.version == "" {
			label = l.name
			why = riskassess.T(l.name+" の版が見つかりません（版のセルが消されています）。何も記録していません",
				"the version of this "+l.name+" cannot be found (its version cell was removed); nothing recorded")
		}
		return true, (&CellError{Sheet: l.whereSheet, Cell: l.whereCell, Code: ErrUnknownQuestionnaire, Value: label,
			Allowed: rd.supportedForeign()}).withHint(why.Ja, why.En)
	}
	w := &foreign.Workbook{Questionnaire: l.q, Name: l.name, Version: l.version}
	res.Questionnaire = w
	res.Mapping = m.Source
	res.Sheet = l.sheets[0]
	first := map[string]int{} // index in w.Answers
	for _, s := range l.sheets {
		g, err := rd.b.loadGrid(s, 0)
		if err != nil {
			return true, err
		}
		if l.q == "hecvat" && s == "START HERE" {
			rd.foreignDate(g, s, "date completed", "Date Completed")
		}
		cells := rd.foreignRows(g, s, l, w, first)
		if err := rd.warnNotes(s, cells); err != nil {
			return true, err
		}
	}
	res.Rows = len(w.Answers)
	linked := map[string]bool{}
	for _, lk := range m.Links {
		linked[lk.Question] = true
	}
	for _, a := range w.Answers {
		if linked[a.ID] {
			res.Matched++
		}
	}
	res.Answers = map[string]riskassess.Answer{}
	if rd.opts.Requirements == nil || res.Kind == "" {
		return true, nil
	}
	current := rd.current()
	res.Current = current
	res.CatalogueVersion = rd.opts.CatalogueVersion
	out := foreign.Map(w, m, rd.opts.Requirements, res.Kind)
	res.Evidence, res.Gap = out.Evidence, out.Unanswered
	for _, q := range QuestionsFor(rd.opts.Requirements, res.Kind) {
		a, ok := out.Answers[q.ID]
		if !ok {
			continue
		}
		it := Item{ID: q.ID, Type: q.Type, Cell: a.Cell, Answer: a.Value, Comment: a.Comment, Raw: strings.SplitN(a.Comment, "\n", 2)[0]}
		sheet, cell, _ := strings.Cut(a.Cell, "!")
		if p := yesNotDone(&q, a.Value, a.Comment, sheet, cell, q.ID, a.Value); p != nil {
			rd.problem(p)
			it.Answer = ""
			it.Status, it.Code, it.ErrorCode, it.Message = StatusError, p.Code.String(), p.Code, p.Message(rd.lang)
			res.Items = append(res.Items, it)
			continue
		}
		prev, had := rd.stored(current, &q, q.ID)
		switch {
		case !had || prev.Value == "":
			it.Status = StatusImported
		case prev.Value == a.Value && prev.Comment == a.Comment:
			it.Status = StatusUnchanged
		default:
			it.Status = StatusChanged
			it.Previous, it.PreviousOn = prev.Value, rd.dates[q.ID]
		}
		res.Answers[q.ID] = a
		res.Items = append(res.Items, it)
	}
	return true, nil
}

// foreignRows reads the question rows of sheet s of a foreign
// questionnaire into w: the rows whose ID cell has the questionnaire's id
// form, one per id (a repeated id with the same or a blank answer, such
// as HECVAT 4's GNRL block on every sheet, or one differing only in case
// or width, is read once; with a different answer it is an ErrDuplicateRow
// error).
//
// It returns the answer and comment cells of the question rows read, each
// to its question's ID (for warnNotes).
func (rd *reader) foreignRows(g *grid, s string, l *foreignLayout, w *foreign.Workbook, first map[string]int) map[string]string {
	cells := map[string]string{}
	idCol, ansCol, comCol, ownCol, qCol, hdr := 1, 3, 4, 0, 2, 0
	if l.q == "caiq" {
		if c := findHeader(g); c != nil {
			idCol, ansCol, comCol, hdr = c.id, c.answer, c.comment, c.row
		}
		for _, gr := range g.rows {
			if gr.num != hdr {
				continue
			}
			for _, c := range gr.cells {
				if strings.HasPrefix(fold(c.v), "ssrm control ownership") {
					ownCol = c.col
				}
				if headerField(c.v) == fQuestion {
					qCol = c.col
				}
			}
		}
	} else {
		// HECVAT: section header rows name the answer and additional
		// information columns (Vendor Answers / Answer, Additional
		// Information); A holds the id, B the question.
	scan:
		for i, gr := range g.rows {
			if i >= headerScanRows {
				break
			}
			for _, c := range gr.cells {
				switch f := fold(c.v); f {
				case "vendor answers", "vendor answer", "answer", "answers":
					ansCol = c.col
					for _, c2 := range gr.cells {
						if strings.HasPrefix(fold(c2.v), "additional information") {
							comCol = c2.col
						}
					}
					break scan
				}
			}
		}
	}
	caiq := l.q == "caiq"
	for _, gr := range g.rows {
		r := gr.num
		if r <= hdr {
			continue
		}
		id := g.idAt(r, idCol)
		if caiq {
			id = strings.ReplaceAll(id, "＆", "&")
		}
		q := l.q
		if q == "k12cvat" {
			q = "hecvat"
		}
		if !foreign.WellFormedID(q, id) {
			continue
		}
		raw := strings.TrimSpace(cleanText(rd.cellText(g.mergedCell(r, ansCol))))
		if id == "DATE-01" {
			rd.foreignDateCell(g.mergedCell(r, ansCol), s, cellName(ansCol, r), id)
			continue
		}
		if strings.HasPrefix(id, "GNRL-") && raw != "" {
			rd.foreignRespondent(fold(g.get(r, qCol)), raw)
		}
		cells[cellName(ansCol, r)] = id
		if comCol > 0 {
			cells[cellName(comCol, r)] = id
		}
		a := foreign.Answer{ID: id, Raw: raw, Cell: s + "!" + cellName(ansCol, r)}
		// A formula without a cached value reads as blank: never silently.
		// (The problems name no QuestionID: the id is the foreign one.)
		if g.mergedUncalculated(r, ansCol) {
			rd.problem((&CellError{Sheet: s, Cell: cellName(ansCol, r), Code: ErrUncalculated, Value: id}).
				withHint(uncalculatedForeignJa, uncalculatedForeignEn))
		}
		if comCol > 0 {
			a.Comment = cleanText(rd.cellText(g.mergedCell(r, comCol)))
			if g.mergedUncalculated(r, comCol) {
				rd.problem((&CellError{Sheet: s, Cell: cellName(comCol, r), Code: ErrUncalculated, Value: id}).
					withHint(uncalculatedCommentJa, uncalculatedCommentEn))
			}
		}
		if ownCol > 0 {
			a.Owner = strings.TrimSpace(cleanText(rd.cellText(g.mergedCell(r, ownCol))))
		}
		// A formula using =TODAY() or =RAND() (=IF(TODAY()<…,"Yes","No"))
		// in the answer or its comment: what it showed when last saved,
		// by whoever saved it. Refused, the answer recorded as no yes/no.
		volatile := false
		for _, vc := range []int{ansCol, comCol} {
			if vc == 0 {
				continue
			}
			if ja, en, ok := rd.volatileHint(g.mergedCell(r, vc), false); ok {
				volatile = true
				rd.problem((&CellError{Sheet: s, Cell: cellName(vc, r), Code: ErrUnknownAnswer, Value: strings.TrimSpace(cleanText(rd.cellText(g.mergedCell(r, vc))))}).
					withHint(ja, en))
			}
		}
		// A struck-through answer (a deletion shown) is no yes/no: shown
		// as evidence to judge.
		if v := normYesNo(leadingNumber.ReplaceAllString(raw, "")); (v == Yes || v == No || v == NA) && !g.mergedCell(r, ansCol).strike && !volatile {
			a.Value = v
		}
		if i, dup := first[id]; dup {
			prev := &w.Answers[i]
			switch {
			case raw == "" || fold(raw) == fold(prev.Raw):
				// The same answer (Yes, yes, ＹＥＳ: case and width
				// fold alike) read once.
			case prev.Raw == "":
				*prev = a
			default:
				// No QuestionID: the id is the foreign one, which no item
				// lists, and import shows a problem naming a QuestionID
				// only with its item (so this one was never shown).
				rd.problem((&CellError{Sheet: s, Cell: cellName(idCol, r), Code: ErrDuplicateRow, Value: id}).
					withHint(fmt.Sprintf("%s と違う回答の行があります（%s と %s）。どちらかを消してください", prev.Cell, prev.Raw, raw),
						fmt.Sprintf("another row answers it differently (%s: %s, here %s): delete one", prev.Cell, prev.Raw, raw)))
			}
			continue
		}
		first[id] = len(w.Answers)
		w.Answers = append(w.Answers, a)
	}
	return cells
}

// foreignRespondent takes the respondent from a HECVAT GNRL row by its
// question text: the vendor's name, the contact's name and e-mail.
func (rd *reader) foreignRespondent(question, val string) {
	p := &rd.res.Respondent
	switch {
	case p.Company == "" && (strings.Contains(question, "vendor name") || strings.Contains(question, "company name") || strings.Contains(question, "provider name")):
		p.Company = val
	case p.Person == "" && strings.Contains(question, "contact name"):
		p.Person = val
	case p.Contact == "" && strings.Contains(question, "email"):
		p.Contact = val
	}
}

// foreignDate reads the value right of the label (folded) in the first
// rows of g as the respondent's date; name is the label as the template
// writes it, for messages.
func (rd *reader) foreignDate(g *grid, s, label, name string) {
	for i, gr := range g.rows {
		if i >= 12 {
			return
		}
		for ci, c := range gr.cells {
			if !strings.HasPrefix(fold(c.v), label) {
				continue
			}
			for _, c2 := range gr.cells[ci+1:] {
				if strings.TrimFunc(c2.v, isSpace) != "" {
					rd.foreignDateCell(c2, s, cellName(c2.col, gr.num), name)
					return
				}
			}
		}
	}
}

// usDateLayouts are the written forms of a HECVAT completion date.
var usDateLayouts = []string{"1/2/2006", "01/02/2006", "January 2, 2006", "Jan 2, 2006", "January 2 2006", "Jan 2 2006", "2 January 2006", "2 Jan 2006", "2006-01-02"}

// usLayoutDate reads f (folded) in one of usDateLayouts.
func usLayoutDate(f string) (riskassess.Date, bool) {
	for _, layout := range usDateLayouts {
		if t, err := time.Parse(layout, f); err == nil {
			if d, err := riskassess.ParseDate(t.Format("2006-01-02")); err == nil {
				return d, true
			}
		}
	}
	return riskassess.Date{}, false
}

// yearFirstSlash reports whether f (folded: full width digits too)
// begins with a four-digit year and a slash: 2026/12/7.
func yearFirstSlash(f string) bool {
	if len(f) < 5 || f[4] != '/' {
		return false
	}
	for i := range 4 {
		if f[i] < '0' || f[i] > '9' {
			return false
		}
	}
	return true
}

// usNumericDate reads f (folded) as a US date written month first with
// one separator: 12/7/2026, 12-07-2026, 12.07.2026, or with slashes a
// two-digit year of 2000 to 2099 (12/7/26). A two-digit year is read with
// slashes only: 01-23-45 and 01.23.45 are as much a phone number or a
// version as a date. A month or day of more than two digits (03-1234-5678),
// a year of three or five digits, a part missing (12-07, 3.06) or another
// after (12/7/2026/1) is no date here. Nor is a date with dots whose two
// first numbers could each be the month (12.07.2026): dots are Europe's
// way of writing a date day first (12 July), so either reading is as
// likely, and the wrong one would be recorded without a word; one whose
// day is over 12 (11.20.2026), or whose month and day are the same, is
// read.
func usNumericDate(f string) (riskassess.Date, bool) {
	var sep byte
	var num [3]int
	var width [3]int
	part := 0
	for i := 0; i < len(f); i++ {
		switch c := f[i]; {
		case c >= '0' && c <= '9':
			if width[part] == 4 {
				return riskassess.Date{}, false
			}
			num[part] = num[part]*10 + int(c-'0')
			width[part]++
		case (c == '/' || c == '-' || c == '.') && (sep == 0 || c == sep) && part < 2 && width[part] > 0:
			sep = c
			part++
		default:
			return riskassess.Date{}, false
		}
	}
	if part != 2 || width[0] > 2 || width[1] > 2 || (width[2] != 4 && (width[2] != 2 || sep != '/')) {
		return riskassess.Date{}, false
	}
	year := num[2]
	if width[2] == 2 {
		year += 2000
	}
	if year < firstDateYear || year > lastDateYear || num[0] < 1 || num[0] > 12 {
		return riskassess.Date{}, false
	}
	if sep == '.' && num[1] <= 12 && num[0] != num[1] {
		return riskassess.Date{}, false
	}
	d, err := riskassess.ParseDate(fmt.Sprintf("%04d-%02d-%02d", year, num[0], num[1]))
	return d, err == nil
}

// dropOrdinals returns f (folded) with the ordinal suffix of each word
// of one or two digits cut (december 7th, 2026 → december 7, 2026; 1st
// december 2026), and whether it cut one. A suffix glued to more
// (7th2026) is kept, and the date not read.
func dropOrdinals(f string) (string, bool) {
	words := strings.Split(f, " ")
	cut := false
	for i, w := range words {
		comma := strings.HasSuffix(w, ",")
		w = strings.TrimSuffix(w, ",")
		n := len(w) - 2
		if n < 1 || n > 2 || w[0] < '0' || w[0] > '9' || w[n-1] < '0' || w[n-1] > '9' {
			continue
		}
		switch w[n:] {
		case "st", "nd", "rd", "th":
			words[i] = w[:n]
			if comma {
				words[i] += ","
			}
			cut = true
		}
	}
	return strings.Join(words, " "), cut
}

// foreignDateCell reads a completion date in any of its forms: a date
// cell, a serial in a General cell (45432), or text ("09/28/2022" month
// first, also 12/7/26, 12-07-2026 and 12.07.2026, "July 1, 2024" and
// "December 7th, 2026", 2024-07-01, 2024/7/1 year first, or a Japanese
// form). An unreadable
// date, or one a formula takes from the day it is calculated (=TODAY(),
// volatileFormula), is a warning; the respondent's date stays empty. A
// date after the import date is refused as the cover's 回答日 is
// (ErrCoverDateAfterImport, checkDateAfterAsOf): it was stored without a
// word. name is the field (DATE-01, Date Completed), for the message.
func (rd *reader) foreignDateCell(c gcell, s, cell, name string) {
	raw := strings.TrimSpace(c.v)
	if raw == "" {
		return
	}
	text := strings.TrimSpace(cleanText(rd.cellText(c)))
	if ja, en, ok := rd.volatileHint(c, true); ok {
		// =TODAY(): the day the file was last saved, by whoever saved
		// it, not the day the vendor completed it.
		rd.problem((&CellError{Sheet: s, Cell: cell, Code: ErrForeignDate, Value: text}).
			withHint(ja+"。回答日は空欄のまま記録します", en+"; the respondent's date is left empty"))
		return
	}
	set := func(d riskassess.Date) {
		rd.res.Respondent.Date = d
		rd.checkDateAfterAsOf(d, s, cell, text, riskassess.T("事業者に "+name+"（記入日）を直してもらって", "have the vendor correct "+name+" (the date completed)"))
	}
	// A date cell showing no year (7/1 typed, shown 1-Jul) or no day
	// (Jul-24) is read as shown, not as the day Excel stored.
	if id, code := rd.b.numFmt(c.style); c.kind == kindNumber && !wareki.ExcelPartialDate(id, code) {
		if d, err := parseDateCell(raw, rd.res.Date1904); err == nil {
			set(d)
			return
		}
	}
	// Folded: typed full width (１２/０６/２０２６, a Japanese input
	// method) it is the same date; month names match in any case.
	us := fold(text)
	if d, ok := usLayoutDate(us); ok {
		set(d)
		return
	}
	// Month first as well, as HECVAT is a US form: 12/7/26 (20YY),
	// 12-07-2026, 12.07.2026 (European day first, 12 July, is read as 7
	// December: a day to come is refused below, naming the day read).
	if d, ok := usNumericDate(us); ok {
		set(d)
		return
	}
	// December 7th, 2026: the long forms above with an ordinal day.
	if f, ok := dropOrdinals(us); ok {
		if d, ok := usLayoutDate(f); ok {
			set(d)
			return
		}
	}
	// Slashes are read month first above; the year first (2026/12/7, a
	// Japanese vendor's form, full width too) is no US form and is read
	// as our cover's 回答日 is. Others (28/09/2022, 2/30/26) are not read.
	if !strings.Contains(text, "/") || yearFirstSlash(us) {
		if d, err := parseDateCell(text, rd.res.Date1904); err == nil {
			set(d)
			return
		}
	}
	rd.problem((&CellError{Sheet: s, Cell: cell, Code: ErrForeignDate, Value: text, Allowed: []string{"09/28/2022", "July 1, 2024", "2024-07-01"}}).
		withHint("記入日として読めないため、回答日は空欄のまま記録します", "not read as a date: the respondent's date is left empty"))
}
