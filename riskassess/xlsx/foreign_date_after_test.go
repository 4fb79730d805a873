package xlsx

import (
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/foreign"
	"github.com/google/go-cmp/cmp"
)

// hecvat4Dated builds a HECVAT 4.x workbook whose START HERE sheet holds
// the Date Completed date (text) in C3, and one answer sheet.
func hecvat4Dated(t testing.TB, date string) []byte {
	b := &fbook{}
	start := fsheet{name: "START HERE", rows: [][]string{
		{b.s("A2", "HECVAT (synthetic)"), b.s("F2", "Version 4.1.4")},
		{b.s("A3", "Date Completed"), b.s("C3", date)},
		{is("A13", "GNRL-01"), b.s("B13", "Solution Provider Name"), b.s("C13", "Synthetic Cloud KK")},
	}}
	org := fsheet{name: "Organization", rows: [][]string{
		{b.s("A2", "HECVAT (synthetic)"), b.s("F2", "Version 4.1.4")},
		{b.s("A22", " Documentation"), b.s("C22", "Answer"), b.s("D22", "Additional Information")},
		{is("A23", "DOCU-03"), b.s("B23", "Synthetic audit question?"), b.s("C23", "Yes")},
	}}
	return b.build(t, []fsheet{start, org}, "")
}

// TestForeignDateAfterAsOf: a HECVAT whose completion date (DATE-01 of a
// HECVAT 3, Date Completed on START HERE of a HECVAT 4) is after the
// import date, a slip of the year most often, was stored as the
// respondent's date without a word, while our own questionnaire's 回答日
// after the import date is refused (TestCoverDateAfterAsOf). It is
// refused the same way (date answered after the import), at the cell it
// was read from, however typed; the import day itself and earlier days
// are read as before, and without an import date nothing bounds it. A
// date written day first (05/12/2026 for 5 December) is read month first,
// as HECVAT's US form is: when that day is to come (12/10/2026 for 12
// October read as 10 December), it is refused (a false refusal, naming
// the day it was read as); when it is past, it is read as typed.
// 12/7/26 (20YY), 12-07-2026, 12.07.2026 and December 7th, 2026 were not
// read at all (a warning, the date left empty, a day to come unchecked):
// they are read month first too. Version numbers, a month and day without
// a year and phone-like numbers stay a warning.
func TestForeignDateAfterAsOf(t *testing.T) {
	lite := foreign.Mapping{Questionnaire: "hecvat-lite", Versions: "3.x", Name: "lite", Links: hecvatFullMapping.Links}
	const c3 = "HECVAT - Lite | Vendor Response!C4" // DATE-01's answer (the note pushes it down a row)
	type out struct {
		Refused []string // "Sheet!Cell: code value" of the errors
		Date    string   // the respondent's date read
		Warned  []string // "Sheet!Cell: value" of the ErrForeignDate warnings
	}
	for _, tc := range []struct {
		name  string
		hec4  bool
		date  string // DATE-01 as text; "" a serial 45432 (2024-05-20) in a General cell
		asOf  string
		want  out
		fixes string // the Japanese message names it
	}{
		{"a US date, the next day", false, "12/06/2026", "2026-12-05", out{Refused: []string{c3 + ": date answered after the import 12/06/2026"}, Date: "2026-12-06"}, "DATE-01"},
		{"a long date, a year's slip", false, "January 10, 2027", "2026-12-05", out{Refused: []string{c3 + ": date answered after the import January 10, 2027"}, Date: "2027-01-10"}, "DATE-01"},
		{"an ISO date", false, "2027-01-10", "2026-12-05", out{Refused: []string{c3 + ": date answered after the import 2027-01-10"}, Date: "2027-01-10"}, "DATE-01"},
		{"a Japanese date", false, "令和8年12月6日", "2026-12-05", out{Refused: []string{c3 + ": date answered after the import 令和8年12月6日"}, Date: "2026-12-06"}, "DATE-01"},
		{"a serial in a General cell", false, "", "2024-05-19", out{Refused: []string{c3 + ": date answered after the import 45432"}, Date: "2024-05-20"}, "DATE-01"},
		{"HECVAT 4: Date Completed", true, "July 2, 2024", "2024-07-01", out{Refused: []string{"START HERE!C3: date answered after the import July 2, 2024"}, Date: "2024-07-02"}, "Date Completed"},
		// Year first with slashes (a Japanese vendor's 2026/12/06): it
		// was not read at all (a warning, the respondent's date left
		// empty), so a day to come went unchecked.
		{"year first with slashes, the next day", false, "2026/12/06", "2026-12-05", out{Refused: []string{c3 + ": date answered after the import 2026/12/06"}, Date: "2026-12-06"}, "DATE-01"},
		{"year first with slashes, full width", false, "２０２６/１２/０６", "2026-12-05", out{Refused: []string{c3 + ": date answered after the import ２０２６/１２/０６"}, Date: "2026-12-06"}, "DATE-01"},
		// A US date typed full width (a Japanese input method): it was
		// not read (a warning), so a day to come went unchecked.
		{"a US date typed full width, the next day", false, "１２/０６/２０２６", "2026-12-05", out{Refused: []string{c3 + ": date answered after the import １２/０６/２０２６"}, Date: "2026-12-06"}, "DATE-01"},
		{"a long date typed full width", false, "Ｊａｎｕａｒｙ　１０，　２０２７", "2026-12-05", out{Refused: []string{c3 + ": date answered after the import Ｊａｎｕａｒｙ　１０，　２０２７"}, Date: "2027-01-10"}, "DATE-01"},
		// Day first, read month first: a day to come is refused (false
		// refusal), naming the day it was read as.
		{"day first, read as a day to come", false, "12/10/2026", "2026-12-05", out{Refused: []string{c3 + ": date answered after the import 12/10/2026"}, Date: "2026-12-10"}, "2026-12-10"},
		// Read as before.
		{"the import day itself", false, "12/05/2026", "2026-12-05", out{Date: "2026-12-05"}, ""},
		{"the day before", false, "December 4, 2026", "2026-12-05", out{Date: "2026-12-04"}, ""},
		{"a serial, the import day", false, "", "2024-05-20", out{Date: "2024-05-20"}, ""},
		{"HECVAT 4: the import day", true, "July 1, 2024", "2024-07-01", out{Date: "2024-07-01"}, ""},
		{"no import date", false, "January 10, 2027", "", out{Date: "2027-01-10"}, ""},
		{"day first, read as a past day", false, "05/12/2026", "2026-12-05", out{Date: "2026-05-12"}, ""},
		{"a US date typed full width, a past day", false, "１１/２０/２０２６", "2026-12-05", out{Date: "2026-11-20"}, ""},
		{"year first with slashes, a past day", false, "2026/11/20", "2026-12-05", out{Date: "2026-11-20"}, ""},
		{"year first with one-digit month and day", false, "2026/1/5", "2026-12-05", out{Date: "2026-01-05"}, ""},
		// US forms that were not read at all (a warning, the respondent's
		// date left empty), so a day to come went unchecked and a past day
		// was lost: a two-digit year (20YY), dashes or dots between month,
		// day and year, an ordinal day. Read month first, as the US forms
		// above.
		{"a two-digit year, the next days", false, "12/7/26", "2026-12-05", out{Refused: []string{c3 + ": date answered after the import 12/7/26"}, Date: "2026-12-07"}, "DATE-01"},
		{"a two-digit year, full width", false, "１２/７/２６", "2026-12-05", out{Refused: []string{c3 + ": date answered after the import １２/７/２６"}, Date: "2026-12-07"}, "DATE-01"},
		{"dashes, month first", false, "12-07-2026", "2026-12-05", out{Refused: []string{c3 + ": date answered after the import 12-07-2026"}, Date: "2026-12-07"}, "DATE-01"},
		// Dots with both first numbers 12 or less: 12 July as Europe
		// writes it, or 7 December; read either way, the wrong day would
		// be recorded without a word. A warning, as before.
		{"dots, month or day first", false, "12.07.2026", "2026-12-05", out{Warned: []string{c3 + ": 12.07.2026"}}, ""},
		{"dots, month or day first, a past day", false, "03.04.2026", "2026-12-05", out{Warned: []string{c3 + ": 03.04.2026"}}, ""},
		{"dots, the day over 12, the next day", false, "12.13.2026", "2026-12-05", out{Refused: []string{c3 + ": date answered after the import 12.13.2026"}, Date: "2026-12-13"}, "DATE-01"},
		{"dots, month and day the same", false, "12.12.2026", "2026-12-05", out{Refused: []string{c3 + ": date answered after the import 12.12.2026"}, Date: "2026-12-12"}, "DATE-01"},
		{"an ordinal day", false, "December 7th, 2026", "2026-12-05", out{Refused: []string{c3 + ": date answered after the import December 7th, 2026"}, Date: "2026-12-07"}, "DATE-01"},
		{"an ordinal day, short month, no comma", false, "Dec 7th 2026", "2026-12-05", out{Refused: []string{c3 + ": date answered after the import Dec 7th 2026"}, Date: "2026-12-07"}, "DATE-01"},
		{"an ordinal day before the month", false, "7th December 2026", "2026-12-05", out{Refused: []string{c3 + ": date answered after the import 7th December 2026"}, Date: "2026-12-07"}, "DATE-01"},
		{"a two-digit year, a year's slip", false, "1/10/27", "2026-12-05", out{Refused: []string{c3 + ": date answered after the import 1/10/27"}, Date: "2027-01-10"}, "DATE-01"},
		{"HECVAT 4: a two-digit year", true, "7/2/24", "2024-07-01", out{Refused: []string{"START HERE!C3: date answered after the import 7/2/24"}, Date: "2024-07-02"}, "Date Completed"},
		{"a short month, no comma", false, "Dec 7 2026", "2026-12-05", out{Refused: []string{c3 + ": date answered after the import Dec 7 2026"}, Date: "2026-12-07"}, "DATE-01"},
		{"a short month after the day", false, "1 Dec 2026", "2026-12-05", out{Date: "2026-12-01"}, ""},
		{"a two-digit year, a past day", false, "12/4/26", "2026-12-05", out{Date: "2026-12-04"}, ""},
		{"a two-digit year, one-digit month", false, "1/5/26", "2026-12-05", out{Date: "2026-01-05"}, ""},
		{"dashes, a past day", false, "11-20-2026", "2026-12-05", out{Date: "2026-11-20"}, ""},
		{"dashes, one-digit month and day", false, "1-5-2026", "2026-12-05", out{Date: "2026-01-05"}, ""},
		{"dots, a past day", false, "11.20.2026", "2026-12-05", out{Date: "2026-11-20"}, ""},
		{"an ordinal day, a past day", false, "November 1st, 2026", "2026-12-05", out{Date: "2026-11-01"}, ""},
		{"an ordinal day, 2nd and 3rd", false, "December 3rd, 2026", "2026-12-05", out{Date: "2026-12-03"}, ""},
		{"an ordinal day, upper case", false, "DECEMBER 2ND, 2026", "2026-12-05", out{Date: "2026-12-02"}, ""},
		{"dashes, typed full width", false, "１１－２０－２０２６", "2026-12-05", out{Date: "2026-11-20"}, ""},
		// Not dates, or not whole dates: still a warning, the date left
		// empty, never a day made up.
		{"a version number", false, "3.06", "2026-12-05", out{Warned: []string{c3 + ": 3.06"}}, ""},
		{"a version with three parts", false, "4.1.4", "2026-12-05", out{Warned: []string{c3 + ": 4.1.4"}}, ""},
		{"a Windows build", false, "10.0.19041", "2026-12-05", out{Warned: []string{c3 + ": 10.0.19041"}}, ""},
		{"month and day without a year, dashes", false, "12-07", "2026-12-05", out{Warned: []string{c3 + ": 12-07"}}, ""},
		{"month and day without a year, dots", false, "12.07", "2026-12-05", out{Warned: []string{c3 + ": 12.07"}}, ""},
		{"month and day without a year, slash", false, "12/07", "2026-12-05", out{Warned: []string{c3 + ": 12/07"}}, ""},
		{"a Japanese phone number", false, "03-1234-5678", "2026-12-05", out{Warned: []string{c3 + ": 03-1234-5678"}}, ""},
		{"a US phone number", false, "555-123-4567", "2026-12-05", out{Warned: []string{c3 + ": 555-123-4567"}}, ""},
		{"a phone-like number with a two-digit end, dashes", false, "01-23-45", "2026-12-05", out{Warned: []string{c3 + ": 01-23-45"}}, ""},
		{"a two-digit year with dashes", false, "12-07-26", "2026-12-05", out{Warned: []string{c3 + ": 12-07-26"}}, ""},
		{"a time after a two-digit year", false, "12/4/26 10:00", "2026-12-05", out{Warned: []string{c3 + ": 12/4/26 10:00"}}, ""},
		{"a five-digit year", false, "12/4/20260", "2026-12-05", out{Warned: []string{c3 + ": 12/4/20260"}}, ""},
		{"a three-digit month", false, "012/4/2026", "2026-12-05", out{Warned: []string{c3 + ": 012/4/2026"}}, ""},
		{"a separator doubled", false, "12--4-2026", "2026-12-05", out{Warned: []string{c3 + ": 12--4-2026"}}, ""},
		{"a separator first", false, "-12-4-2026", "2026-12-05", out{Warned: []string{c3 + ": -12-4-2026"}}, ""},
		{"a phone-like number with a two-digit end, dots", false, "01.23.45", "2026-12-05", out{Warned: []string{c3 + ": 01.23.45"}}, ""},
		{"a three-digit year", false, "12/7/226", "2026-12-05", out{Warned: []string{c3 + ": 12/7/226"}}, ""},
		{"four parts", false, "12/7/2026/1", "2026-12-05", out{Warned: []string{c3 + ": 12/7/2026/1"}}, ""},
		{"mixed separators", false, "12-7/2026", "2026-12-05", out{Warned: []string{c3 + ": 12-7/2026"}}, ""},
		{"day first, no such month, two-digit year", false, "28/09/22", "2026-12-05", out{Warned: []string{c3 + ": 28/09/22"}}, ""},
		{"day first, no such month, dots", false, "28.09.2022", "2026-12-05", out{Warned: []string{c3 + ": 28.09.2022"}}, ""},
		{"no such day", false, "2/30/26", "2026-12-05", out{Warned: []string{c3 + ": 2/30/26"}}, ""},
		{"a month 0", false, "0/7/26", "2026-12-05", out{Warned: []string{c3 + ": 0/7/26"}}, ""},
		{"an ordinal without a year", false, "December 7th", "2026-12-05", out{Warned: []string{c3 + ": December 7th"}}, ""},
		{"an ordinal glued to the year", false, "December 7th2026", "2026-12-05", out{Warned: []string{c3 + ": December 7th2026"}}, ""},
		{"an ordinal as a word", false, "the 7th of December", "2026-12-05", out{Warned: []string{c3 + ": the 7th of December"}}, ""},
		{"a note after a two-digit year", false, "12/4/26 (draft)", "2026-12-05", out{Warned: []string{c3 + ": 12/4/26 (draft)"}}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			opts := foreignOpts(nil, hecvatFullMapping, lite, hecvat4Mapping)
			if tc.asOf != "" {
				opts.AsOf = day(t, tc.asOf)
			}
			var file []byte
			if tc.hec4 {
				file = hecvat4Dated(t, tc.date)
			} else {
				file = hecvat3(t, "Lite", "3.06", true, tc.date)
			}
			res := readBytes(t, file, opts)
			if res.Questionnaire == nil {
				t.Fatalf("not read as a HECVAT: %v", res.Problems)
			}
			var got out
			if !res.Respondent.Date.IsZero() {
				got.Date = res.Respondent.Date.String()
			}
			for _, p := range res.Problems {
				if p.Code == ErrForeignDate && p.Severity() != SeverityError {
					got.Warned = append(got.Warned, p.Pos()+": "+p.Value)
				}
				if p.Severity() != SeverityError {
					continue
				}
				got.Refused = append(got.Refused, p.Pos()+": "+p.Code.String()+" "+p.Value)
				ja, en := p.Message("ja"), p.Message("en")
				if !strings.Contains(ja, "取込日 "+tc.asOf+" より後") || !strings.Contains(ja, tc.fixes) || !strings.Contains(ja, "何も記録していません") ||
					!strings.Contains(en, "after the import date "+tc.asOf) || !strings.Contains(en, "nothing recorded") || strings.Contains(en, "取込日") {
					t.Errorf("messages:\n%s\n%s", ja, en)
				}
			}
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("(-want +got):\n%s\n%v", d, res.Problems)
			}
		})
	}
}

// TestForeignDateAfterAsOfNoWord: the completion date's refusal does not
// tell the vendor to correct the cover (a HECVAT has none) nor call the
// date unreadable.
func TestForeignDateAfterAsOfNoWord(t *testing.T) {
	opts := foreignOpts(nil, foreign.Mapping{Questionnaire: "hecvat-lite", Versions: "3.x", Name: "lite", Links: hecvatFullMapping.Links})
	opts.AsOf = riskassess.NewDate(2026, 12, 5)
	res := readBytes(t, hecvat3(t, "Lite", "3.06", true, "2027-01-10"), opts)
	if len(res.Problems) != 1 {
		t.Fatalf("problems %v", res.Problems)
	}
	for _, m := range []string{res.Problems[0].Message("ja"), res.Problems[0].Message("en")} {
		for _, bad := range []string{"表紙", "cover", "読めません", "cannot be read"} {
			if strings.Contains(m, bad) {
				t.Errorf("message says %q: %s", bad, m)
			}
		}
	}
}
