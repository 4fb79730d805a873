package xlsx

import (
	"bytes"
	"cmp"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/report"
	"github.com/gikai-sec/riskregister/riskassess/wareki"
	"github.com/mattn/go-runewidth"
	"github.com/xuri/excelize/v2"
)

// RegisterOptions are the settings of WriteRegister. The zero value writes
// a Japanese workbook.
type RegisterOptions struct {
	// Lang is the language of sheet names, headers and labels: "ja"
	// (default) or "en".
	Lang riskassess.Lang
	// Kind limits the workbook to the entries of one kind (the sheets of
	// the other kinds have their header and no rows; the owners and due
	// sheets list that kind only); the zero value writes every kind. The
	// whole register is still used to look up names, such as a service's
	// provider.
	Kind riskassess.Kind
	// Dates is how date cells are shown: riskassess.DateWareki shows them
	// in the Japanese era (令和8年4月1日, format WarekiDateFormat) in a
	// Japanese workbook; the zero value takes the register's date_style,
	// else ISO-like yyyy/mm/dd. English workbooks always use yyyy/mm/dd.
	// Either way the cell holds a real date, so sorting and filtering work
	// (but for a date before 1900-03-01, written as text: regValue).
	Dates riskassess.DateStyle
}

// Date number formats of the register workbook. WarekiDateFormat uses the
// Japanese locale id 411 with the era codes ggge: Excel and LibreOffice
// both show it as 令和8年4月1日 (the first year as 令和1年). The newer
// [$-ja-JP-x-gannen] locale, which would show 令和元年, is not understood
// by LibreOffice (it shows the serial number), so it is not used.
const (
	ISODateFormat    = "yyyy/mm/dd"
	WarekiDateFormat = `[$-411]ggge"年"m"月"d"日"`
)

// RegisterFileName is the default file name of the register workbook.
const RegisterFileName = "台帳.xlsx"

// RegisterSheetName returns the name of the sheet that lists the entries
// of kind k: 委託事業者 / 外部サービス / SNSアカウント (Contractors /
// External services / Social accounts with lang "en").
func RegisterSheetName(k riskassess.Kind, lang riskassess.Lang) string {
	names := map[riskassess.Kind]riskassess.Text{
		riskassess.KindContractor: riskassess.T("委託事業者", "Contractors"),
		riskassess.KindService:    riskassess.T("外部サービス", "External services"),
		riskassess.KindSocial:     riskassess.T("SNSアカウント", "Social accounts"),
	}
	return names[k].In(lang)
}

// RegisterOwnersSheet returns the name of the owners sheet (責任者 / Owners).
func RegisterOwnersSheet(lang riskassess.Lang) string {
	return riskassess.T("責任者", "Owners").In(lang)
}

// RegisterDueSheet returns the name of the due-list sheet (期限一覧 / Due dates).
func RegisterDueSheet(lang riskassess.Lang) string {
	return riskassess.T("期限一覧", "Due dates").In(lang)
}

// WriteRegister writes the register workbook of reg with the assessments
// as (matched to entries by kind and id) to w: one sheet per kind with the
// columns of report.RegisterTable, then the owners sheet (section,
// position, the person holding it on the as-of date of as, entries owned,
// next due date) and the due-list sheet
// (every due item of as, overdue first by date). Every sheet has a styled,
// frozen header row with an auto-filter, column widths fitted to the East
// Asian width of the text (capped), A4 landscape page setup fitted to one
// page wide with the header row repeated on every page. Dates are real
// Excel dates (yyyy/mm/dd, or 和暦 with opts.Dates); risk levels carry a fill per level as well as
// their label; every text cell is a string cell (never a formula) with the
// Text number format, holding its text as typed: unlike CSV, a string cell
// is not evaluated, so a leading = + - @ needs no ' (which Excel would show
// as part of the value: '@chofugikai, '-1 対応予定). The same input always
// gives the same bytes. It returns an error only when w fails or excelize
// rejects a value.
func WriteRegister(w io.Writer, reg *riskassess.Register, as []riskassess.Assessment, opts RegisterOptions) error {
	lang := opts.Lang
	if lang != "en" {
		lang = "ja"
	}
	f := excelize.NewFile()
	defer f.Close()
	wareki := lang == "ja" && cmp.Or(opts.Dates, reg.Org.DateStyle) == riskassess.DateWareki
	st, err := regNewStyles(f, wareki)
	if err != nil {
		return err
	}
	st.lang = lang
	var sheets []regSheet
	empty := &riskassess.Register{Org: reg.Org}
	for _, k := range riskassess.Kinds() {
		src := reg
		if opts.Kind != "" && opts.Kind != k {
			src = empty // the sheet keeps its header and has no rows
		}
		sheets = append(sheets, regTableSheet(RegisterSheetName(k, lang), report.RegisterTable(src, as, k, lang), lang))
	}
	entries := report.EntryIndex(reg)
	sheets = append(sheets, regOwnersSheet(reg, opts.Kind, entries, as, lang), regDueSheet(reg, entries, kindOnly(as, opts.Kind), lang))
	for i, s := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", s.name); err != nil {
				return err
			}
		} else if _, err := f.NewSheet(s.name); err != nil {
			return err
		}
		if err := regWriteSheet(f, st, s); err != nil {
			return fmt.Errorf("sheet %s: %w", s.name, err)
		}
	}
	// The first sheet is the active one already; SetActiveSheet would
	// re-parse the streamed sheet.
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		return err
	}
	return canonicalZip(w, buf.Bytes())
}

// regCell is one cell of a sheet before styling.
type regCell struct {
	typ report.ValueType
	v   report.TableValue
	// whole marks a number shown without decimals (counts, days).
	whole bool
}

type regSheet struct {
	name    string
	headers []string
	types   []report.ValueType
	rows    [][]regCell
}

func regTableSheet(name string, t report.Table, lang riskassess.Lang) regSheet {
	s := regSheet{name: name}
	for _, c := range t.Columns {
		s.headers = append(s.headers, c.Title.In(lang))
		s.types = append(s.types, c.Type)
	}
	for _, r := range t.Rows {
		row := make([]regCell, len(t.Columns))
		for i, c := range t.Columns {
			if i < len(r.Values) {
				row[i] = regCell{typ: c.Type, v: r.Values[i]}
			}
		}
		s.rows = append(s.rows, row)
	}
	return s
}

func regText(s string) regCell {
	return regCell{typ: report.ValueText, v: report.TableValue{Text: s}}
}

func regDate(d riskassess.Date) regCell {
	return regCell{typ: report.ValueDate, v: report.TableValue{Text: d.String(), Date: d}}
}

func regNumber(n float64) regCell {
	return regCell{typ: report.ValueNumber, v: report.TableValue{Text: fmt.Sprint(n), Number: n}, whole: true}
}

// kindOnly returns the assessments of kind k, or all of as when k is "".
func kindOnly(as []riskassess.Assessment, k riskassess.Kind) []riskassess.Assessment {
	if k == "" {
		return as
	}
	var out []riskassess.Assessment
	for _, a := range as {
		if a.Kind == k {
			out = append(out, a)
		}
	}
	return out
}

// regOwnersSheet groups the entries (of kind k; all when k is "") by owner
// (section, position, person).
func regOwnersSheet(reg *riskassess.Register, k riskassess.Kind, entries map[riskassess.EntryKey]riskassess.Entry, as []riskassess.Assessment, lang riskassess.Lang) regSheet {
	s := regSheet{
		name: RegisterOwnersSheet(lang),
		headers: []string{
			riskassess.T("所管課", "Section").In(lang), riskassess.T("役職", "Position").In(lang),
			riskassess.T("氏名", "Person").In(lang), riskassess.T("件数", "Entries").In(lang),
			riskassess.T("所管する項目", "Entries owned").In(lang), riskassess.T("次回期限", "Next due").In(lang),
			riskassess.T("次回期限の内容", "What is due").In(lang),
		},
		types: []report.ValueType{report.ValueText, report.ValueText, report.ValueText, report.ValueNumber,
			report.ValueText, report.ValueDate, report.ValueText},
	}
	// A group is the post an entry names with the person who holds it on
	// the as-of date (report.Assignments), as the site's owners page lists
	// them: not a person named in the entry who has left or moved. With
	// nobody holding it, the person named (if any) is shown with the
	// problem (在任期間外, 異動, 空席 …). Records keep the owner as written.
	type ownerKey struct {
		owner   riskassess.Owner
		problem report.StaffProblem
	}
	type group struct {
		ownerKey
		entries []string
		next    riskassess.DueItem
	}
	idx := report.AssessmentIndex(as)
	held := map[riskassess.EntryKey]report.Assignment{}
	for _, a := range as {
		if !a.AsOf.IsZero() {
			for _, x := range report.Assignments(reg, a.AsOf) {
				if x.Role == riskassess.RoleOwner {
					held[riskassess.EntryKey{Kind: x.Kind, ID: x.EntryID}] = x
				}
			}
			break
		}
	}
	var groups []*group
	byOwner := map[ownerKey]*group{}
	for _, e := range reg.Entries() {
		if k != "" && e.Kind() != k {
			continue
		}
		b := e.Base()
		key := ownerKey{owner: b.Owner}
		if x, ok := held[riskassess.EntryKey{Kind: e.Kind(), ID: b.ID}]; ok {
			key.owner.Person = x.Current
			if x.Current == "" {
				key.owner.Person, key.problem = x.Person, x.Problem
			}
		}
		g := byOwner[key]
		if g == nil {
			g = &group{ownerKey: key}
			byOwner[key] = g
			groups = append(groups, g)
		}
		name := b.Name.In(lang)
		if name == "" {
			name = b.ID
		}
		g.entries = append(g.entries, fmt.Sprintf("%s: %s (%s)", RegisterSheetName(e.Kind(), lang), name, b.ID))
		a := idx[riskassess.EntryKey{Kind: e.Kind(), ID: b.ID}]
		items := slices.Clone(a.Due)
		for i := range items {
			items[i].EntryKind, items[i].EntryID = e.Kind(), b.ID
		}
		// An assessment that lists no item falls back on its next review,
		// unless the entry is retired for good before it falls due
		// (riskassess.RecordFrom): the engine lists no review then.
		if len(items) == 0 && !a.NextReview.IsZero() && reviewBeforeRecord(e, a.AsOf, a.NextReview) {
			items = append(items, riskassess.DueItem{Kind: riskassess.DueReview, EntryKind: e.Kind(), EntryID: b.ID, Date: a.NextReview})
		}
		items = append(items, g.next)
		items = slices.DeleteFunc(items, func(d riskassess.DueItem) bool { return d.Date.IsZero() })
		report.SortDue(items)
		if len(items) > 0 {
			g.next = items[0]
		}
	}
	secOrder := func(id string) int {
		for i, s := range reg.Org.Sections {
			if s.ID == id {
				return i
			}
		}
		return len(reg.Org.Sections)
	}
	slices.SortStableFunc(groups, func(a, b *group) int {
		return cmp.Or(cmp.Compare(secOrder(a.owner.Section), secOrder(b.owner.Section)),
			strings.Compare(a.owner.Section, b.owner.Section),
			strings.Compare(a.owner.Position, b.owner.Position), strings.Compare(a.owner.Person, b.owner.Person),
			strings.Compare(string(a.problem), string(b.problem)))
	})
	for _, g := range groups {
		org := &reg.Org
		what := ""
		if !g.next.Date.IsZero() {
			what = g.next.Kind.Label(lang) + ": "
			if e := entries[riskassess.EntryKey{Kind: g.next.EntryKind, ID: g.next.EntryID}]; e != nil && e.Base().Name.In(lang) != "" {
				what += e.Base().Name.In(lang)
			} else {
				what += g.next.EntryID
			}
			if g.next.What != "" {
				what += " (" + g.next.What + ")"
			}
		}
		person := report.PersonLabel(org, g.owner.Person, lang)
		if g.problem != "" {
			person += riskassess.T("（"+g.problem.Label("ja")+"）", " ("+g.problem.Label("en")+")").In(lang)
		}
		s.rows = append(s.rows, []regCell{
			regText(report.SectionLabel(org, g.owner.Section, lang)),
			regText(report.PositionLabel(org, g.owner.Position, lang)),
			regText(person),
			regNumber(float64(len(g.entries))),
			regText(strings.Join(g.entries, "\n")),
			regDate(g.next.Date),
			regText(what),
		})
	}
	return s
}

// regDueSheet lists every due item of as, sorted by report.SortDue.
func regDueSheet(reg *riskassess.Register, entries map[riskassess.EntryKey]riskassess.Entry, as []riskassess.Assessment, lang riskassess.Lang) regSheet {
	s := regSheet{
		name: RegisterDueSheet(lang),
		headers: []string{
			riskassess.T("期日", "Date").In(lang), riskassess.T("状態", "Status").In(lang),
			riskassess.T("残日数", "Days left").In(lang), riskassess.T("期限の種類", "Due").In(lang),
			riskassess.T("種別", "Kind").In(lang), riskassess.T("ID", "ID").In(lang),
			riskassess.T("名称", "Name").In(lang), riskassess.T("対象", "Item").In(lang),
			riskassess.T("所管課", "Section").In(lang),
		},
		types: []report.ValueType{report.ValueDate, report.ValueText, report.ValueNumber, report.ValueText,
			report.ValueText, report.ValueText, report.ValueText, report.ValueText, report.ValueText},
	}
	var items []riskassess.DueItem
	var asOf riskassess.Date
	for _, a := range as {
		if asOf.IsZero() {
			asOf = a.AsOf
		}
		for _, d := range a.Due {
			if d.Date.IsZero() {
				continue
			}
			d.EntryKind, d.EntryID = a.Kind, a.EntryID
			items = append(items, d)
		}
	}
	report.SortDue(items)
	for _, it := range items {
		name, section := it.EntryID, it.Section
		if e := entries[riskassess.EntryKey{Kind: it.EntryKind, ID: it.EntryID}]; e != nil {
			if n := e.Base().Name.In(lang); n != "" {
				name = n
			}
			if section == "" {
				section = e.Base().Owner.Section
			}
		}
		status := riskassess.T("予定", "Upcoming").In(lang)
		days := regCell{}
		if !asOf.IsZero() {
			// The first review of an entry never reviewed is dated the
			// as-of date and overdue (report.DueList), not upcoming.
			if it.OverdueAsOf(asOf) {
				status = riskassess.T("期限超過", "Overdue").In(lang)
			}
			days = regNumber(float64(asOf.DaysUntil(it.Date)))
		}
		s.rows = append(s.rows, []regCell{
			regDate(it.Date), regText(status), days, regText(it.Kind.Label(lang)),
			regText(RegisterSheetName(it.EntryKind, lang)), regText(it.EntryID), regText(name), regText(it.What),
			regText(report.SectionLabel(&reg.Org, section, lang)),
		})
	}
	return s
}

type regStyles struct {
	lang                              riskassess.Lang
	warekiDates                       bool // dates shown in the Japanese era
	header, text, date, number, score int
	dateWidth                         float64
	risk                              map[riskassess.RiskLevel]int
}

// regRiskColours gives the fill and font colour of each risk level.
var regRiskColours = map[riskassess.RiskLevel][2]string{
	riskassess.RiskLow:      {"C6EFCE", "006100"},
	riskassess.RiskMedium:   {"FFEB9C", "7F6000"},
	riskassess.RiskHigh:     {"F8CBAD", "843C0C"},
	riskassess.RiskCritical: {"C00000", "FFFFFF"},
}

// regTextFmt is Excel's built-in Text number format (@).
const regTextFmt = 49

func regNewStyles(f *excelize.File, wareki bool) (*regStyles, error) {
	border := thinBorder("A6A6A6")
	top := &excelize.Alignment{Vertical: "top", WrapText: true}
	dateFmt := ISODateFormat
	numFmt := "0.0"
	st := &regStyles{risk: map[riskassess.RiskLevel]int{}, dateWidth: regDateWidth}
	if wareki {
		dateFmt, st.dateWidth, st.warekiDates = WarekiDateFormat, regWarekiDateWidth, true
	}
	var err error
	mk := func(s *excelize.Style) int {
		if err != nil {
			return 0
		}
		var id int
		id, err = f.NewStyle(s)
		return id
	}
	st.header = mk(&excelize.Style{Font: &excelize.Font{Bold: true, Color: "FFFFFF"}, Border: border,
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"1F4E78"}},
		Alignment: &excelize.Alignment{Vertical: "center", Horizontal: "center", WrapText: true}})
	// Text cells carry the Text number format (@, id 49): a spreadsheet
	// keeps what is typed into them as text, so editing a cell holding
	// "=HYPERLINK(…)" does not make it a formula.
	st.text = mk(&excelize.Style{Border: border, Alignment: top, NumFmt: regTextFmt})
	st.date = mk(&excelize.Style{Border: border, Alignment: &excelize.Alignment{Vertical: "top", Horizontal: "center"}, CustomNumFmt: &dateFmt})
	st.number = mk(&excelize.Style{Border: border, Alignment: &excelize.Alignment{Vertical: "top"}})
	st.score = mk(&excelize.Style{Border: border, Alignment: &excelize.Alignment{Vertical: "top"}, CustomNumFmt: &numFmt})
	for _, l := range riskassess.RiskLevels() {
		c := regRiskColours[l]
		st.risk[l] = mk(&excelize.Style{Border: border, Font: &excelize.Font{Bold: l == riskassess.RiskCritical, Color: c[1]},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{c[0]}},
			Alignment: &excelize.Alignment{Vertical: "top", Horizontal: "center"}, NumFmt: regTextFmt})
	}
	return st, err
}

// cellWidth measures text as a Japanese spreadsheet font shows it: East
// Asian wide and ambiguous characters count two. It is fixed, never
// runewidth's default, which follows the locale of the process (LANG,
// RUNEWIDTH_EASTASIAN), so that the same input gives the same bytes on
// every machine. Both writers size columns and rows with it.
var cellWidth = func() *runewidth.Condition {
	c := runewidth.NewCondition()
	c.EastAsianWidth = true
	c.StrictEmojiNeutral = true
	return c
}()

// regMaxRowHeight is the tallest row Excel allows, in points.
const regMaxRowHeight = 409

const (
	regMinWidth  = 6
	regMaxWidth  = 30 // longer text wraps
	regDateWidth = 11 // "2026/04/01" plus padding
	// regWarekiDateWidth fits 令和10年12月31日 (16 half-width units) plus padding.
	regWarekiDateWidth = 18
)

// regColWidths returns each column's width: the widest line of its cells
// plus padding, between regMinWidth and regMaxWidth (longer text wraps).
// Headers wrap onto two lines, so they count half their width; dates get
// dateWidth.
func regColWidths(s regSheet, dateWidth float64) []float64 {
	w := make([]float64, len(s.headers))
	measure := func(i int, text string) {
		for _, line := range strings.Split(text, "\n") {
			w[i] = max(w[i], float64(cellWidth.StringWidth(line)))
		}
	}
	for i, h := range s.headers {
		w[i] = math.Ceil(float64(cellWidth.StringWidth(h))/2) + 2
	}
	for _, r := range s.rows {
		for i, c := range r {
			if c.typ == report.ValueDate {
				continue
			}
			measure(i, c.v.Text)
		}
	}
	for i := range w {
		if s.types[i] == report.ValueDate {
			w[i] = dateWidth
			continue
		}
		w[i] = min(max(w[i]+2, regMinWidth), regMaxWidth)
	}
	return w
}

// Row heights. A column width counts the digit widths of the default font
// (Calibri 11, Carlito in LibreOffice) and a Japanese character counts two
// (cellWidth); regWrapFactor scales the measured width when a font wraps
// earlier than that (1.0: LibreOffice wraps the example register's text
// at the measured width). A wrapped line of Japanese text needs about 18pt
// (Excel's own row height for 游ゴシック 11pt is 18.75pt), more than the
// 15pt of a Latin line; regLineHeight is that, with regRowPadding for the
// cell's top and bottom margin. Checked by converting the example
// register's workbook to PDF with LibreOffice: every wrapped cell's last
// line shows in full.
const (
	regWrapFactor  = 1.0
	regLineHeight  = 18.0
	regRowPadding  = 3.0
	regHeaderLines = 2
)

// regLines estimates how many lines a row needs once wrapped to widths.
func regLines(r []regCell, widths []float64) int {
	n := 1
	for i, c := range r {
		if c.typ != report.ValueText || c.v.Text == "" {
			continue
		}
		lines := 0
		for _, line := range strings.Split(c.v.Text, "\n") {
			w := float64(cellWidth.StringWidth(line)) * regWrapFactor
			lines += max(1, int(math.Ceil(w/max(widths[i]-1, 1))))
		}
		n = max(n, lines)
	}
	return n
}

// regRowHeight is the height in points of a row of n lines, at most
// regMaxRowHeight.
func regRowHeight(n int) float64 {
	return min(float64(n)*regLineHeight+regRowPadding, regMaxRowHeight)
}

func regWriteSheet(f *excelize.File, st *regStyles, s regSheet) error {
	ncol := len(s.headers)
	last, err := excelize.CoordinatesToCellName(ncol, max(len(s.rows)+1, 2))
	if err != nil {
		return err
	}
	// Settings outside sheetData must be set before the stream writer
	// takes over the sheet: it copies them into the streamed XML. The
	// dimension is the range of the header and the rows (see
	// setDimensions; the stream writer would declare "A1").
	used, err := excelize.CoordinatesToCellName(ncol, len(s.rows)+1)
	if err != nil {
		return err
	}
	if err := f.SetSheetDimension(s.name, "A1:"+used); err != nil {
		return err
	}
	if err := f.AutoFilter(s.name, "A1:"+last, nil); err != nil {
		return err
	}
	if err := printSetup(f, s.name, 0.4, true); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(s.name)
	if err != nil {
		return err
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}}}); err != nil {
		return err
	}
	widths := regColWidths(s, st.dateWidth)
	for i, wd := range widths {
		if err := sw.SetColWidth(i+1, i+1, wd); err != nil {
			return err
		}
	}
	header := make([]any, ncol)
	for i, h := range s.headers {
		header[i] = excelize.Cell{StyleID: st.header, Value: report.NeutraliseFormula(h)}
	}
	if err := sw.SetRow("A1", header, excelize.RowOpts{Height: regRowHeight(regHeaderLines)}); err != nil {
		return err
	}
	for ri, r := range s.rows {
		vals := make([]any, ncol)
		for i := range ncol {
			var c regCell
			if i < len(r) {
				c = r[i]
			}
			vals[i] = regValue(st, c, s.types[i])
		}
		ref, _ := excelize.CoordinatesToCellName(1, ri+2)
		// Every row gets its height: a one-line row of Japanese text is
		// taller than the default 15pt too.
		opts := []excelize.RowOpts{{Height: regRowHeight(regLines(r, widths))}}
		if err := sw.SetRow(ref, vals, opts...); err != nil {
			return err
		}
	}
	return sw.Flush()
}

// regFirstSerialDate is the first day whose date serial Excel and
// LibreOffice read alike: Excel counts a 1900-02-29 that never was, so
// serials 1 to 60 (1900-01-01 to 1900-02-29) are a day earlier in
// LibreOffice (1900-01-01 shown as 1899/12/31), and a day before 1900 has
// no serial in Excel.
var regFirstSerialDate = riskassess.NewDate(1900, time.March, 1)

// regValue returns the stream-writer cell for c: a time.Time for dates (a
// numeric cell with the yyyy/mm/dd format; a date before
// regFirstSerialDate as text, as the CSV export writes it), a number, a coloured risk label,
// or a neutralised string (never a formula).
func regValue(st *regStyles, c regCell, typ report.ValueType) excelize.Cell {
	switch typ {
	case report.ValueDate:
		if c.v.Date.IsZero() {
			return excelize.Cell{StyleID: st.date}
		}
		if c.v.Date.Before(regFirstSerialDate) {
			// No serial shows it alike in Excel and LibreOffice (or
			// none at all: excelize writes a day before 1900 as the
			// text 1899-06-01T00:00:00Z): the date as text.
			s := c.v.Date.String()
			if st.warekiDates && st.lang != "en" {
				s = wareki.Format(c.v.Date)
			}
			return excelize.Cell{StyleID: st.text, Value: s}
		}
		return excelize.Cell{StyleID: st.date, Value: c.v.Date.Time()}
	case report.ValueNumber:
		if c.v.Text == "" {
			return excelize.Cell{StyleID: st.number}
		}
		if c.whole {
			return excelize.Cell{StyleID: st.number, Value: c.v.Number}
		}
		return excelize.Cell{StyleID: st.score, Value: c.v.Number}
	case report.ValueRisk:
		if id, ok := st.risk[c.v.Risk]; ok {
			return excelize.Cell{StyleID: id, Value: regCellText(c.v.Text, st.lang)}
		}
	}
	if c.v.Text == "" {
		return excelize.Cell{StyleID: st.text}
	}
	return excelize.Cell{StyleID: st.text, Value: regCellText(c.v.Text, st.lang)}
}

// regMaxCellText is the most characters a cell holds (Excel's limit,
// excelize.TotalCellChars).
const regMaxCellText = excelize.TotalCellChars

// regCellText returns s when it fits in a cell. excelize silently cuts a
// longer text at regMaxCellText characters (the contracts of an entry with
// long scopes: the later contracts would be missing without a sign), so
// the text is cut here instead, ending with a note of how much was left
// out and where the full text is.
func regCellText(s string, lang riskassess.Lang) string {
	n := utf8.RuneCountInString(s)
	if n <= regMaxCellText {
		return s
	}
	note := func(left int) string {
		if lang == "en" {
			return fmt.Sprintf("… (%d more characters left out: too long for a cell; the CSV and JSON exports hold the full text)", left)
		}
		return fmt.Sprintf("…（以下 %d 文字は、セルに入りきらないため省略。全文は CSV・JSON の書き出しにあります）", left)
	}
	keep := regMaxCellText - utf8.RuneCountInString(note(n))
	r := []rune(s)
	return string(r[:keep]) + note(n-keep)
}

// regQuote quotes a sheet name for a formula reference.
func regQuote(name string) string { return "'" + strings.ReplaceAll(name, "'", "''") + "'" }

// reviewBeforeRecord reports whether e's next review (next, as of asOf)
// falls before e becomes a record for good (riskassess.RecordFrom), or e
// becomes none after asOf.
func reviewBeforeRecord(e riskassess.Entry, asOf, next riskassess.Date) bool {
	from := riskassess.RecordFrom(e, asOf)
	return from.IsZero() || next.Before(from)
}
