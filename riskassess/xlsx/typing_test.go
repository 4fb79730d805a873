package xlsx

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"

	"github.com/gikai-sec/riskregister/riskassess/wareki"
)

// typed is one cell as a person types it into Excel: the question row, the
// column (D answer, E comment), how the cell is written, and what the
// import must read from it.
type typed struct {
	name, id, col string
	set           func(f *excelize.File, cell string) error
	// want is the answer value (col D) or the comment (col E); code, when
	// set, the error the answer must be refused with instead.
	want string
	code ErrorCode
}

// typingCases are what people really type (issue 11 point 3), each read
// through the real reader from a workbook excelize writes.
var typingCases = []typed{
	{name: "TRUE in a yes/no question", id: "Q-YN-01", col: "D", want: Yes,
		set: func(f *excelize.File, c string) error { return f.SetCellBool(qs, c, true) }},
	{name: "FALSE in a yes/no question", id: "Q-YN-02", col: "D", want: No,
		set: func(f *excelize.File, c string) error { return f.SetCellBool(qs, c, false) }},
	// A number 1 is not TRUE: refused, never guessed as yes.
	{name: "number 1 in a yes/no question", id: "Q-YN-03", col: "D", code: ErrUnknownAnswer,
		set: func(f *excelize.File, c string) error { return f.SetCellInt(qs, c, 1) }},
	{name: "TRUE in a comment", id: "Q-YN-04", col: "E", want: "TRUE",
		set: func(f *excelize.File, c string) error { return f.SetCellBool(qs, c, true) }},

	// 2. 99.9% typed into a number question is stored as 0.999.
	{name: "99.9% (built-in 0.00%)", id: "Q-NUM-01", col: "D", want: "99.9", set: styled(0.999, 10, "")},
	{name: "99.9% (custom 0.0%)", id: "Q-NUM-02", col: "D", want: "99.9", set: styled(0.999, 0, "0.0%")},
	{name: "50% in a comment (built-in 0%)", id: "Q-YN-05", col: "E", want: "50%", set: styled(0.5, 9, "")},
	{name: "a % in quotes is not a percentage", id: "Q-YN-06", col: "E", want: "0.5", set: styled(0.5, 0, `0.0"%"`)},
	// A plain 0.999 is not a percentage: never multiplied.
	{name: "0.999 in General", id: "Q-YN-07", col: "E", want: "0.999", set: styled(0.999, 0, "")},

	// 3. A date typed into a comment is stored as a serial (46113 is
	// 2026-04-01 in the 1900 date system).
	{name: "date in a comment (built-in 14)", id: "Q-YN-08", col: "E", want: "2026-04-01", set: styled(46113, 14, "")},
	{name: "date in a comment (Japanese built-in 31)", id: "Q-YN-09", col: "E", want: "2026-04-01", set: styled(46113, 31, "")},
	{name: "date in a comment (custom yyyy年m月d日)", id: "Q-YN-10", col: "E", want: "2026-04-01", set: styled(46113, 0, `yyyy"年"m"月"d"日"`)},
	{name: "date in a comment (custom era ge.m.d)", id: "Q-YN-11", col: "E", want: "2026-04-01", set: styled(46113, 0, `[$-411]ge.m.d`)},
	{name: "date and time in a comment", id: "Q-YN-12", col: "E", want: "2026-04-01 10:30", set: styled(46113.4375, 0, "yyyy-mm-dd hh:mm")},
	{name: "time in a comment (h:mm, not a date)", id: "Q-YN-13", col: "E", want: "10:30", set: styled(0.4375, 0, "h:mm")},
	{name: "date in a text question", id: "Q-TX-01", col: "D", want: "2026-04-01", set: styled(46113, 14, "")},
	{name: "date in a date question (custom m/d/yyyy)", id: "Q-DT-01", col: "D", want: "2026-04-01", set: styled(46113, 0, "m/d/yyyy")},
	// A plain number, and scientific notation (its E is not the era year),
	// stay numbers.
	{name: "46113 in General", id: "Q-YN-14", col: "E", want: "46113", set: styled(46113, 0, "")},
	{name: "46113 in 0.00E+00", id: "Q-YN-15", col: "E", want: "46113", set: styled(46113, 0, "0.00E+00")},
	// A year, or a year and month, typed alone into a date question is
	// stored as that serial: refused, not read as a day of 1905 (as the
	// date cell shows it) or of the 25th century.
	{name: "a serial in General in a date question", id: "Q-DT-02", col: "D", want: "2026-04-01", set: styled(46113, 0, "")},
	{name: "a year in a date cell", id: "Q-DT-03", col: "D", code: ErrBadDate, set: styled(2026, 0, "yyyy/mm/dd")},
	{name: "a year in General in a date question", id: "Q-DT-06", col: "D", code: ErrBadDate, set: styled(2026, 0, "")},
	{name: "year.month as text in a date question", id: "Q-DT-04", col: "D", code: ErrBadDate,
		set: func(f *excelize.File, c string) error { return f.SetCellStr(qs, c, "2025.12") }},
	{name: "yyyymm in a date question", id: "Q-DT-05", col: "D", code: ErrBadDate, set: styled(202604, 0, "")},
	// 2026年4月 or Apr-26 typed is stored as the 1st of the month in a
	// format that shows no day: no day was given, so a date question
	// refuses it as it refuses 2025.12 typed as text.
	{name: "year and month in a date cell (custom yyyy年m月)", id: "Q-DT-07", col: "D", code: ErrBadDate, set: styled(46113, 0, `yyyy"年"m"月"`)},
	{name: "year and month in a date cell (built-in 17 mmm-yy)", id: "Q-DT-08", col: "D", code: ErrBadDate, set: styled(46113, 17, "")},
	{name: "year and month in a comment (custom era ggge年m月)", id: "Q-YN-22", col: "E", want: "2026-04", set: styled(46113, 0, `[$-411]ggge"年"m"月"`)},

	// 4. Telephone numbers keep their leading zero.
	{name: "telephone as text", id: "Q-YN-16", col: "E", want: "0424123456",
		set: func(f *excelize.File, c string) error { return f.SetCellStr(qs, c, "0424123456") }},
	{name: "telephone as a number in 0000000000", id: "Q-YN-17", col: "E", want: "0424123456", set: styled(424123456, 0, "0000000000")},
	{name: "mobile number in 000-0000-0000", id: "Q-YN-18", col: "E", want: "090-1234-5678", set: styled(9012345678, 0, "000-0000-0000")},
	{name: "telephone with a quoted prefix", id: "Q-YN-19", col: "E", want: "TEL 0424123456", set: styled(424123456, 0, `"TEL "0000000000`)},
	// More digits than placeholders: all shown, as Excel shows them.
	{name: "more digits than the format", id: "Q-YN-20", col: "E", want: "12345678901", set: styled(12345678901, 0, "0000000000")},
	// A fraction is not a telephone number: kept as the number.
	{name: "a fraction in 0000000000", id: "Q-YN-21", col: "E", want: "4.5", set: styled(4.5, 0, "0000000000")},
}

// noYearCases: 4/1 typed into Excel is stored as a day of the year it was
// typed in, in a format that shows no year (English Excel d-mmm, built-in
// 16; Japanese Excel m"月"d"日", built-in 56, also 35 and 53): the vendor
// never gave the year, so a date question refuses it (never read as a day
// of the year Excel guessed) and a comment shows --04-01. Full dates, the
// era formats among them, read as before.
var noYearCases = []typed{
	{name: "1-Apr in a date question (built-in 16 d-mmm)", id: "Q-DT-01", col: "D", code: ErrBadDate, set: styled(46113, 16, "")},
	{name: "4月1日 in a date question (custom m月d日;@)", id: "Q-DT-04", col: "D", code: ErrBadDate, set: styled(46113, 0, `m"月"d"日";@`)},
	{name: "1-Apr in a date question (custom [$-409]d-mmm;@)", id: "Q-DT-05", col: "D", code: ErrBadDate, set: styled(46113, 0, `[$-409]d-mmm;@`)},
	{name: "4/1 10:30 in a date question (custom m/d h:mm)", id: "Q-DT-06", col: "D", code: ErrBadDate, set: styled(46113.4375, 0, "m/d h:mm")},
	{name: "4月1日(水) in a date question (custom m月d日(aaa))", id: "Q-DT-07", col: "D", code: ErrBadDate, set: styled(46113, 0, `m"月"d"日"(aaa)`)},
	{name: "4月1日 in a comment (custom m月d日)", id: "Q-YN-01", col: "E", want: "--04-01", set: styled(46113, 0, `m"月"d"日"`)},
	{name: "1-Apr in a comment (built-in 16)", id: "Q-YN-02", col: "E", want: "--04-01", set: styled(46113, 16, "")},
	// Full dates, with the year as a number or of the era.
	{name: "full date in a date question (built-in 15 d-mmm-yy)", id: "Q-DT-08", col: "D", want: "2026-04-01", set: styled(46113, 15, "")},
	{name: "era date in a comment (built-in 28)", id: "Q-YN-03", col: "E", want: "2026-04-01", set: styled(46113, 28, "")},
	{name: "era date in a comment (built-in 58)", id: "Q-YN-04", col: "E", want: "2026-04-01", set: styled(46113, 58, "")},
	{name: "era date in a comment ([$-411]e年m月d日)", id: "Q-YN-07", col: "E", want: "2026-04-01", set: styled(46113, 0, `[$-411]e"年"m"月"d"日"`)},
	{name: "full date in a comment (mmm d, yyyy)", id: "Q-YN-08", col: "E", want: "2026-04-01", set: styled(46113, 0, "mmm d, yyyy")},
}

// noYearExcelCases are as Japanese Excel writes them, but LibreOffice
// Calc in another locale does not keep their formats (it rewrites the
// built-in 56 as m/d/yyyy, 35 as h:mm:ss, and drops [$-ja-JP] formats to
// General), so they are not in TestTypingNoYearLibreOffice.
var noYearExcelCases = []typed{
	{name: "4月1日 in a date question (Japanese built-in 56)", id: "Q-DT-02", col: "D", code: ErrBadDate, set: styled(46113, 56, "")},
	{name: "4月1日 in a date question (Japanese built-in 35)", id: "Q-DT-03", col: "D", code: ErrBadDate, set: styled(46113, 35, "")},
	{name: "4月1日 in a text question (built-in 56)", id: "Q-TX-01", col: "D", want: "--04-01", set: styled(46113, 56, "")},
	{name: "era date in a comment ([$-ja-JP]ggge年m月d日)", id: "Q-YN-05", col: "E", want: "2026-04-01", set: styled(46113, 0, `[$-ja-JP]ggge"年"m"月"d"日"`)},
	{name: "era date in a comment ([$-ja-JP-x-gannen]ggge年m月d日;@)", id: "Q-YN-06", col: "E", want: "2026-04-01", set: styled(46113, 0, `[$-ja-JP-x-gannen]ggge"年"m"月"d"日";@`)},
}

// checkNoYear checks that the refusals of cases are the no-year ones,
// with the hint to write the year in both languages.
func checkNoYear(t *testing.T, res *Result, cases []typed) {
	t.Helper()
	for _, tc := range cases {
		if tc.code == 0 {
			continue
		}
		for _, p := range res.Problems {
			if p.QuestionID != tc.id {
				continue
			}
			if ja, en := p.Message("ja"), p.Message("en"); !strings.Contains(ja, "年のない日付") || !strings.Contains(en, "without a year") {
				t.Errorf("%s: message\n%s\n%s\nwant the no-year hint", tc.name, ja, en)
			}
		}
	}
}

// TestTypingNoYear: a date that shows no year is refused in a date
// question, shown without a year elsewhere; full dates read as before.
func TestTypingNoYear(t *testing.T) {
	q := defaultQ()
	cases := append(append([]typed{}, noYearCases...), noYearExcelCases...)
	res := readBytes(t, typingWorkbook(t, cases), ReadOptions{Requirements: q.Requirements, Kind: q.Kind})
	checkTyping(t, res, cases)
	checkNoYear(t, res, cases)
}

// styled writes the number v into a cell with the built-in number format
// id, or the custom format code when code is not "".
func styled(v float64, id int, code string) func(f *excelize.File, cell string) error {
	return func(f *excelize.File, cell string) error {
		st := &excelize.Style{NumFmt: id}
		if code != "" {
			st.CustomNumFmt = &code
		}
		s, err := f.NewStyle(st)
		if err != nil {
			return err
		}
		if err := f.SetCellFloat(qs, cell, v, -1, 64); err != nil {
			return err
		}
		return f.SetCellStyle(qs, cell, cell, s)
	}
}

// typingWorkbook fills a generated questionnaire with the cases: the
// answer of each case's row is はい unless the case sets it.
func typingWorkbook(t *testing.T, cases []typed) []byte {
	t.Helper()
	f := workbook(t, generate(t, defaultQ()))
	for _, tc := range cases {
		r := itoa(rowOf(t, f, qs, tc.id))
		if tc.col != "D" {
			if err := f.SetCellStr(qs, "D"+r, "はい"); err != nil {
				t.Fatal(err)
			}
		}
		if err := tc.set(f, tc.col+r); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
	}
	return save(t, f)
}

// checkTyping checks res against the cases.
func checkTyping(t *testing.T, res *Result, cases []typed) {
	t.Helper()
	for _, tc := range cases {
		if tc.code != 0 {
			var got []ErrorCode
			for _, p := range res.Problems {
				if p.QuestionID == tc.id {
					got = append(got, p.Code)
				}
			}
			if diff := cmp.Diff([]ErrorCode{tc.code}, got); diff != "" {
				t.Errorf("%s: problems (-want +got):\n%s", tc.name, diff)
			}
			if a, ok := res.Answers[tc.id]; ok {
				t.Errorf("%s: read as %+v, want refused", tc.name, a)
			}
			continue
		}
		a := res.Answers[tc.id]
		got := a.Value
		if tc.col == "E" {
			got = a.Comment
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: %s%s (-want +got):\n%s", tc.name, tc.col, tc.id, diff)
		}
	}
}

// TestTyping: each typing case reads as documented in docs/questionnaires.md.
func TestTyping(t *testing.T) {
	q := defaultQ()
	res := readBytes(t, typingWorkbook(t, typingCases), ReadOptions{Requirements: q.Requirements, Kind: q.Kind})
	checkTyping(t, res, typingCases)
}

// TestTypingDate1904: in a workbook of the 1904 date system (Excel for Mac
// before 2011) the same date has a serial 1462 lower; read in the 1900
// system it would be 4 years and a day off.
func TestTypingDate1904(t *testing.T) {
	q := defaultQ()
	cases := []typed{
		{name: "date in a comment, 1904", id: "Q-YN-08", col: "E", want: "2026-04-01", set: styled(46113-1462, 14, "")},
		{name: "date and time in a comment, 1904", id: "Q-YN-09", col: "E", want: "2026-04-01 10:30", set: styled(46113-1462+0.4375, 22, "")},
		{name: "era date in a comment, 1904", id: "Q-YN-10", col: "E", want: "2026-04-01", set: styled(46113-1462, 0, `[$-411]ggge"年"m"月"d"日"`)},
		{name: "4月1日 in a date question, 1904", id: "Q-DT-01", col: "D", code: ErrBadDate, set: styled(46113-1462, 56, "")},
		{name: "4月1日 in a comment, 1904", id: "Q-YN-11", col: "E", want: "--04-01", set: styled(46113-1462, 56, "")},
	}
	f := workbook(t, typingWorkbook(t, cases))
	v := true
	if err := f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &v}); err != nil {
		t.Fatal(err)
	}
	res := readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements, Kind: q.Kind})
	if !res.Date1904 {
		t.Fatal("the 1904 date system was not read")
	}
	checkTyping(t, res, cases)
}

// TestTypingLibreOffice: the typing cases read the same after LibreOffice
// Calc saves the workbook again (it writes its own styles and cell types).
func TestTypingLibreOffice(t *testing.T) {
	q := defaultQ()
	ob := viaLibreOffice(t, typingWorkbook(t, typingCases))
	checkTyping(t, readBytes(t, ob, ReadOptions{Requirements: q.Requirements, Kind: q.Kind}), typingCases)
}

// TestTypingNoYearLibreOffice: LibreOffice Calc rewrites the formats
// (m"月"d"日" as m\月d\日, 16 as d\-mmm, [$-411]e"年"m"月"d"日" and the
// built-in era formats as [$-1030411]e\年m\月d\日):
// a date without a year is still refused, a full date still read.
func TestTypingNoYearLibreOffice(t *testing.T) {
	q := defaultQ()
	ob := viaLibreOffice(t, typingWorkbook(t, noYearCases))
	res := readBytes(t, ob, ReadOptions{Requirements: q.Requirements, Kind: q.Kind})
	checkTyping(t, res, noYearCases)
	checkNoYear(t, res, noYearCases)
}

// viaLibreOffice returns the workbook b as LibreOffice Calc saves it again
// as .xlsx (skipped without LibreOffice).
func viaLibreOffice(t *testing.T, b []byte) []byte {
	t.Helper()
	bin := soffice(t)
	in := filepath.Join(t.TempDir(), "typed.xlsx")
	if err := os.WriteFile(in, b, 0o644); err != nil {
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
	return ob
}

// withStyles replaces the cellXfs and numFmts of the workbook b's styles
// part: xfs cell formats (each with number format 9) and fmts custom
// number formats.
func withStyles(t testing.TB, b []byte, xfs, fmts int) []byte {
	t.Helper()
	var sb strings.Builder
	sb.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`)
	fmt.Fprintf(&sb, `<numFmts count="%d">`, fmts)
	for i := range fmts {
		fmt.Fprintf(&sb, `<numFmt numFmtId="%d" formatCode="0.%s%%"/>`, 164+i, strings.Repeat("0", i%5))
	}
	fmt.Fprintf(&sb, `</numFmts><cellXfs count="%d">`, xfs)
	for range xfs {
		sb.WriteString(`<xf numFmtId="9"/>`)
	}
	sb.WriteString(`</cellXfs></styleSheet>`)
	found := false
	out := rezip(t, b, func(name string, _ []byte) []byte {
		if name != "xl/styles.xml" {
			return nil
		}
		found = true
		return []byte(sb.String())
	})
	if !found {
		t.Fatal("no xl/styles.xml")
	}
	return out
}

// TestHostileStyles: the styles part is read within its limits (cell
// formats, custom number formats, and the XML budget shared with the other
// parts); one format more than a limit refuses the file with ErrTooLarge.
func TestHostileStyles(t *testing.T) {
	base := generate(t, defaultQ())
	t.Run("200,000 cell formats", func(t *testing.T) {
		_, err := hostileRead(t, withStyles(t, base, 200_000, 1), ReadOptions{})
		wantCode(t, err, ErrTooLarge, "", "xl/styles.xml", "100000")
	})
	t.Run("20,000 number formats", func(t *testing.T) {
		_, err := hostileRead(t, withStyles(t, base, 1, 20_000), ReadOptions{})
		wantCode(t, err, ErrTooLarge, "", "xl/styles.xml", "10000")
	})
	b := withStyles(t, base, 50, 7)
	for _, c := range []struct {
		name string
		set  func(l *limits, n int)
		at   int
		msg  string
	}{
		{"cell formats", func(l *limits, n int) { l.cellFormats = n }, 50, "cell formats"},
		{"number formats", func(l *limits, n int) { l.numFmts = n }, 7, "number formats"},
	} {
		t.Run(c.name, func(t *testing.T) {
			lim := defaultLimits
			c.set(&lim, c.at)
			if _, err := Read(bytes.NewReader(b), int64(len(b)), ReadOptions{lim: &lim}); err != nil {
				t.Fatalf("at the limit: %v", err)
			}
			c.set(&lim, c.at-1)
			_, err := Read(bytes.NewReader(b), int64(len(b)), ReadOptions{lim: &lim})
			wantCode(t, err, ErrTooLarge, "", c.msg)
		})
	}
	t.Run("damaged styles", func(t *testing.T) {
		d := rezip(t, base, func(name string, data []byte) []byte {
			if name == "xl/styles.xml" {
				return data[:len(data)/2]
			}
			return nil
		})
		_, err := Read(bytes.NewReader(d), int64(len(d)), ReadOptions{})
		wantCode(t, err, ErrDamaged, "", "xl/styles.xml")
	})
}

// TestTypingRespondent: the cover sheet is read as shown too: a telephone
// number stored as a number in a zero-padding format keeps its leading
// zero, a reply date stored as a serial in a date format is that date.
func TestTypingRespondent(t *testing.T) {
	q := defaultQ()
	f := workbook(t, generate(t, q))
	rows, err := f.GetRows("表紙")
	if err != nil {
		t.Fatal(err)
	}
	set := map[string]func(*excelize.File, string) error{
		"連絡先": styled(424123456, 0, "0000000000"),
		"回答日": styled(46113, 0, `yyyy"年"m"月"d"日"`),
	}
	for i, row := range rows {
		for label, fn := range set {
			if len(row) > 0 && strings.HasPrefix(row[0], label) {
				// styled writes to the questions sheet: copy the style over.
				cell := "B" + itoa(i+1)
				if err := fn(f, "Z1"); err != nil {
					t.Fatal(err)
				}
				st, _ := f.GetCellStyle(qs, "Z1")
				v, _ := f.GetCellValue(qs, "Z1", excelize.Options{RawCellValue: true})
				f.SetCellValue(qs, "Z1", nil)
				fv, _ := strconv.ParseFloat(v, 64)
				if err := f.SetCellFloat("表紙", cell, fv, -1, 64); err != nil {
					t.Fatal(err)
				}
				if err := f.SetCellStyle("表紙", cell, cell, st); err != nil {
					t.Fatal(err)
				}
				delete(set, label)
			}
		}
	}
	if len(set) > 0 {
		t.Fatalf("labels not on the cover: %v", set)
	}
	res := readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements, Kind: q.Kind})
	if res.Respondent.Contact != "0424123456" || res.Respondent.Date.String() != "2026-04-01" {
		t.Errorf("respondent contact %q, date %v; want 0424123456, 2026-04-01", res.Respondent.Contact, res.Respondent.Date)
	}
}

// FuzzRenderNumber: any stored value and number format renders without a
// panic, and a rendered percentage reads back as a number when a hundred
// times the value is a float64 (1e307 shown as a percentage is 1e309, which
// the answer reader refuses as a bad number rather than misreading it).
func FuzzRenderNumber(f *testing.F) {
	for _, s := range []struct {
		v    string
		id   int32
		code string
	}{
		{"0.999", 10, ""}, {"46113.4375", 0, "yyyy-mm-dd hh:mm"}, {"424123456", 0, "0000000000"},
		{"9012345678", 0, `000-0000-0000`}, {"1", 0, `"TEL "0000000000`}, {"0.5", 0, `[$-411]ge.m.d`},
		{"1e308", 0, `0"`}, {"-1", 14, ""}, {"3", 0, `\0\0`}, {"0.1", 0, "[h]:mm;@"},
		{" 1e307", 10, ""}, // spaces round the stored value, as ExcelNumberText trims them
	} {
		f.Add(s.v, s.id, s.code, false)
	}
	f.Fuzz(func(t *testing.T, v string, id int32, code string, date1904 bool) {
		s, ok := wareki.ExcelNumberText(v, id, code, date1904)
		if ok && wareki.ExcelPercentFormat(id, code) {
			if fv, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil && math.IsInf(fv*100, 0) {
				if _, err := parseNumber(s); err == nil {
					t.Errorf("percentage %q of %q, beyond float64, reads as a number", s, v)
				}
				return
			}
			if _, err := parseNumber(s); err != nil {
				t.Errorf("percentage %q of %q does not read back: %v", s, v, err)
			}
		}
	})
}

// TestTypingFormulaError: a formula that failed (a VLOOKUP into the
// vendor's own list) shows #N/A or #REF!, stored as an error cell (t="e"):
// in the answer of any question type or in the comment it is refused at
// its cell, never recorded as the text "#N/A".
func TestTypingFormulaError(t *testing.T) {
	q := defaultQ()
	f := workbook(t, generate(t, q))
	cells := map[string]string{} // cell → question id
	for _, c := range []struct{ id, col string }{{"Q-YN-01", "D"}, {"Q-TX-01", "D"}, {"Q-YN-02", "E"}} {
		r := itoa(rowOf(t, f, qs, c.id))
		if c.col == "E" {
			if err := f.SetCellStr(qs, "D"+r, "はい"); err != nil {
				t.Fatal(err)
			}
		}
		if err := f.SetCellFormula(qs, c.col+r, "VLOOKUP(A"+r+",Vendor!A:B,2,FALSE)"); err != nil {
			t.Fatal(err)
		}
		cells[c.col+r] = c.id
	}
	b := save(t, f)
	for cell := range cells {
		re := regexp.MustCompile(`<c r="` + cell + `"( s="\d+")?(?: t="\w+")?><f>(.*?)</f>(?:<v>.*?</v>)?</c>`)
		found := false
		b = rezip(t, b, func(name string, data []byte) []byte {
			if name != "xl/worksheets/sheet2.xml" {
				return nil
			}
			found = re.Match(data)
			return re.ReplaceAll(data, []byte(`<c r="`+cell+`"$1 t="e"><f>$2</f><v>#N/A</v></c>`))
		})
		if !found {
			t.Fatalf("formula cell %s not found", cell)
		}
	}
	res := readBytes(t, b, ReadOptions{Requirements: q.Requirements, Kind: q.Kind})
	got := map[string]string{}
	for _, p := range res.Problems {
		if p.Code == ErrUnknownAnswer {
			got[p.Cell] = p.QuestionID
		}
	}
	if diff := cmp.Diff(cells, got); diff != "" {
		t.Errorf("refused cells (-want +got):\n%s", diff)
	}
	for _, id := range cells {
		if a, ok := res.Answers[id]; ok {
			t.Errorf("%s read as %+v, want refused", id, a)
		}
	}
}

// TestTypingFormulaNoValue: a formula saved without its value (by a writer
// that does not calculate) reads as blank, as before, but the warning says
// why and how to get the value; a formula whose value is "" (t="str" with
// an empty <v>) is a plain blank, and one with a value reads as it.
func TestTypingFormulaNoValue(t *testing.T) {
	q := defaultQ()
	f := workbook(t, generate(t, q))
	cells := map[string]string{
		"Q-YN-11": `<f>IF(TRUE,"はい")</f>`,          // no <v>, as excelize writes it
		"Q-YN-12": `<f>IF(TRUE,"はい")</f>`,          // the same, with a comment
		"Q-YN-13": `<f>IF(TRUE,"はい")</f><v></v>`,   // an empty <v>, as openpyxl writes it
		"Q-YN-14": `<f>IF(TRUE,"")</f><v></v>`,     // t="str": its value is ""
		"Q-YN-15": `<f>IF(TRUE,"はい")</f><v>はい</v>`, // t="str" with its value
	}
	for id := range cells {
		r := itoa(rowOf(t, f, qs, id))
		if err := f.SetCellFormula(qs, "D"+r, `IF(TRUE,"はい")`); err != nil {
			t.Fatal(err)
		}
		if id == "Q-YN-12" {
			if err := f.SetCellStr(qs, "E"+r, "要確認"); err != nil {
				t.Fatal(err)
			}
		}
	}
	rows := map[string]string{}
	for id := range cells {
		rows[id] = "D" + itoa(rowOf(t, f, qs, id))
	}
	b := save(t, f)
	b = rezip(t, b, func(name string, data []byte) []byte {
		if name != "xl/worksheets/sheet2.xml" {
			return nil
		}
		for id, xml := range cells {
			re := regexp.MustCompile(`<c r="` + rows[id] + `"( s="\d+")?(?: t="\w+")?><f>.*?</f>(?:<v>.*?</v>)?</c>`)
			if !re.Match(data) {
				t.Fatalf("formula cell %s not found", rows[id])
			}
			typ := ""
			if id == "Q-YN-14" || id == "Q-YN-15" {
				typ = ` t="str"`
			}
			data = re.ReplaceAll(data, []byte(`<c r="`+rows[id]+`"${1}`+typ+`>`+xml+`</c>`))
		}
		return data
	})
	res := readBytes(t, b, ReadOptions{Requirements: q.Requirements, Kind: q.Kind})
	type problem struct {
		Code    ErrorCode
		Formula bool // the message tells of a formula without a value
	}
	got := map[string][]problem{}
	for _, p := range res.Problems {
		if _, ok := cells[p.QuestionID]; ok {
			ja, en := p.Message("ja"), p.Message("en")
			got[p.QuestionID] = append(got[p.QuestionID], problem{p.Code,
				strings.Contains(ja, "計算結果が保存されていません") && strings.Contains(en, "formula without a calculated value")})
		}
	}
	want := map[string][]problem{
		"Q-YN-11": {{ErrNotAnswered, true}},
		"Q-YN-12": {{ErrCommentOnly, true}},
		"Q-YN-13": {{ErrNotAnswered, true}},
		"Q-YN-14": {{ErrNotAnswered, false}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	var uncalculated []string
	for _, it := range res.Items {
		if it.Uncalculated {
			uncalculated = append(uncalculated, it.ID)
		}
	}
	if diff := cmp.Diff([]string{"Q-YN-11", "Q-YN-12", "Q-YN-13"}, uncalculated); diff != "" {
		t.Errorf("items marked uncalculated (-want +got):\n%s", diff)
	}
	if a := res.Answers["Q-YN-15"]; a.Value != Yes {
		t.Errorf("Q-YN-15 (a formula with its value) read as %+v, want yes", a)
	}
	if a := res.Answers["Q-YN-12"]; a.Value != "" || a.Comment != "要確認" {
		t.Errorf("Q-YN-12 read as %+v, want the comment with no answer", a)
	}
}

// TestTypingFormulaNoValueComment: a comment cell holding a formula saved
// without its value reads as blank with a warning at that cell
// (ErrUncalculated), whether the answer is given or not, and an answer
// merged over two rows whose top-left cell holds such a formula says so
// in both rows' not-answered warnings.
func TestTypingFormulaNoValueComment(t *testing.T) {
	q := defaultQ()
	f := workbook(t, generate(t, q))
	formula := func(cell string) {
		t.Helper()
		// Cleared first so that excelize writes no cached value.
		if err := f.SetCellValue(qs, cell, nil); err != nil {
			t.Fatal(err)
		}
		if err := f.SetCellFormula(qs, cell, `IF(TRUE,"月次で点検")`); err != nil {
			t.Fatal(err)
		}
	}
	row := func(id string) string { return itoa(rowOf(t, f, qs, id)) }
	// Q-YN-11: answered, comment a formula; Q-YN-12: no answer, comment a
	// formula; Q-YN-13/14: one answer merged over both rows, a formula.
	if err := f.SetCellStr(qs, "D"+row("Q-YN-11"), "はい"); err != nil {
		t.Fatal(err)
	}
	formula("E" + row("Q-YN-11"))
	formula("E" + row("Q-YN-12"))
	formula("D" + row("Q-YN-13"))
	if err := f.MergeCell(qs, "D"+row("Q-YN-13"), "D"+row("Q-YN-14")); err != nil {
		t.Fatal(err)
	}
	res := readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements, Kind: q.Kind})
	type problem struct {
		Cell    string
		Code    ErrorCode
		Value   string
		Formula bool // the message tells of a formula without a value
	}
	var got []problem
	for _, p := range res.Problems {
		id := p.QuestionID
		if id == "" {
			id = p.Value
		}
		if id < "Q-YN-11" || id > "Q-YN-14" {
			continue
		}
		ja, en := p.Message("ja"), p.Message("en")
		got = append(got, problem{p.Pos(), p.Code, id,
			strings.Contains(ja, "保存されてい") && strings.Contains(en, "without")})
	}
	want := []problem{
		{qs + "!E" + row("Q-YN-11"), ErrUncalculated, "Q-YN-11", true},
		{qs + "!E" + row("Q-YN-12"), ErrUncalculated, "Q-YN-12", true},
		{qs + "!D" + row("Q-YN-12"), ErrNotAnswered, "Q-YN-12", false},
		{qs + "!D" + row("Q-YN-13"), ErrNotAnswered, "Q-YN-13", true},
		{qs + "!D" + row("Q-YN-14"), ErrNotAnswered, "Q-YN-14", true},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	if a := res.Answers["Q-YN-11"]; a.Value != Yes || a.Comment != "" {
		t.Errorf("Q-YN-11 read as %+v, want yes without a comment", a)
	}
	for _, p := range res.Problems {
		if p.Code == ErrUncalculated && p.Severity() != SeverityWarning {
			t.Errorf("%v is not a warning", p)
		}
	}
}
