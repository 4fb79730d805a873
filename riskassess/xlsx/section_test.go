package xlsx

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/report"
	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// testBook is the self-check of section somu: two contractors and a
// social account, each with its council question; acme has a stored
// council answer to pre-fill.
func testBook() *SelfCheckBook {
	acme := testEntry()
	acme.Owner.Section = "somu"
	acme.Answers["Q-OUT-SELF"] = riskassess.Answer{Value: No, Comment: "選定基準なし"}
	beta := &riskassess.Contractor{}
	beta.ID, beta.Name, beta.Owner.Section = "beta", riskassess.T("ベータ株式会社", "Beta Inc."), "somu"
	sns := &riskassess.Social{Status: riskassess.AccountActive}
	sns.ID, sns.Name, sns.Owner.Section = "x-gikai", riskassess.T("議会公式X", "Council on X"), "somu"
	reg := &riskassess.Register{Org: riskassess.Organisation{Name: riskassess.T("調布市議会", "Chofu City Council"),
		Sections: []riskassess.Section{{ID: "somu", Name: riskassess.T("総務課", "General Affairs")}}},
		Contractors: []*riskassess.Contractor{acme, beta}, Social: []*riskassess.Social{sns}}
	return &SelfCheckBook{Register: reg, Entries: reg.Entries(), Requirements: testReqs(), CatalogueVersion: testVersion,
		Section: "somu", SectionName: riskassess.T("総務課", "General Affairs"), FiscalYear: 2026,
		Council: report.CouncilItems(reg, nil, mustDate("2026-06-01"), nil)}
}

func writeBook(t *testing.T, b *SelfCheckBook) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := b.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// bookRow returns the row of question id of entry key on the questions
// sheet of a book (ID in A, entry in B).
func bookRow(t *testing.T, f *excelize.File, sheet, key, id string) int {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		if len(r) > 1 && r[0] == id && r[1] == key {
			return i + 1
		}
	}
	t.Fatalf("no row %s %s", key, id)
	return 0
}

// fillBook answers the book's three questions and fills in the checker.
func fillBook(t *testing.T, f *excelize.File) {
	t.Helper()
	for _, a := range []struct{ key, id, v string }{
		{"contractor/acme", "Q-OUT-SELF", "はい"},
		{"contractor/beta", "Q-OUT-SELF", "該当なし"},
		{"social/x-gikai", "Q-SNS-01", "いいえ"},
	} {
		if err := f.SetCellStr(qs, "F"+strconv.Itoa(bookRow(t, f, qs, a.key, a.id)), a.v); err != nil {
			t.Fatal(err)
		}
	}
	fillSelfCheckCover(t, f)
}

// fillSelfCheckCover fills in the checker fields of a self-check's cover.
func fillSelfCheckCover(t *testing.T, f *excelize.File) {
	t.Helper()
	rows, _ := f.GetRows("表紙")
	for i, r := range rows {
		if len(r) == 0 {
			continue
		}
		var v any
		switch {
		case strings.HasPrefix(r[0], "点検者 /"):
			v = "山田 花子"
		case strings.HasPrefix(r[0], "所属・職名"):
			v = "総務課 課長"
		case strings.HasPrefix(r[0], "点検日"):
			v = 46174.0 // 2026-06-01
		default:
			continue
		}
		if err := f.SetCellValue("表紙", "B"+strconv.Itoa(i+1), v); err != nil {
			t.Fatal(err)
		}
	}
}

// bookAnswers is what each part of a read book holds: entry → question →
// answer, and the respondent of every part.
func bookAnswers(t *testing.T, res *Result) map[string]map[string]string {
	t.Helper()
	out := map[string]map[string]string{}
	for _, p := range res.Parts {
		m := map[string]string{}
		for id, a := range p.Answers {
			m[id] = a.Value
		}
		out[string(p.Kind)+"/"+p.EntryID] = m
		if diff := cmp.Diff(wantChecker, p.Respondent); diff != "" {
			t.Errorf("%s/%s: checker (-want +got):\n%s", p.Kind, p.EntryID, diff)
		}
		if p.By != riskassess.AttestCouncil {
			t.Errorf("%s/%s: by %q", p.Kind, p.EntryID, p.By)
		}
	}
	return out
}

var wantBook = map[string]map[string]string{
	"contractor/acme": {"Q-OUT-SELF": Yes},
	"contractor/beta": {"Q-OUT-SELF": NA},
	"social/x-gikai":  {"Q-SNS-01": No},
}

// TestSelfCheckBook: the book lists every entry's council questions with
// the entry column, pre-filled, the council sheet locked, the metadata very
// hidden; filled in and read back (rows sorted in reverse), each entry's
// answers land in its own part.
func TestSelfCheckBook(t *testing.T) {
	b := testBook()
	raw := writeBook(t, b)
	if again := writeBook(t, testBook()); !bytes.Equal(raw, again) {
		t.Error("the same book gives other bytes")
	}
	f := workbook(t, raw)
	if diff := cmp.Diff([]string{"表紙", "議会全体", qs, MetaSheet}, f.GetSheetList()); diff != "" {
		t.Errorf("sheets (-want +got):\n%s", diff)
	}
	rows, _ := f.GetRows(qs)
	var got [][]string
	for _, r := range rows {
		got = append(got, r[:min(len(r), 3)])
	}
	want := [][]string{{"ID", "エントリ", "対象"},
		{"Q-OUT-SELF", "contractor/acme", "株式会社アクメ"}, {"Q-OUT-SELF", "contractor/beta", "ベータ株式会社"}, {"Q-SNS-01", "social/x-gikai", "議会公式X"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("questions (-want +got):\n%s", diff)
	}
	if v, _ := f.GetCellValue(qs, "F2"); v != "いいえ" {
		t.Errorf("acme's stored answer not pre-filled: F2 = %q", v)
	}
	if dvs, _ := f.GetDataValidations(qs); len(dvs) != 1 || dvs[0].Sqref != "F2 F3 F4" {
		t.Errorf("drop-downs %+v, want one on F2:F4", dvs)
	}
	for _, sh := range []string{qs, "議会全体", "表紙"} {
		if p, err := f.GetSheetProtection(sh); err != nil || !p.SelectLockedCells && !p.SelectUnlockedCells {
			t.Errorf("%s: protection %+v %v", sh, p, err)
		}
	}
	cover, _ := f.GetRows("表紙")
	var text []string
	for _, r := range cover {
		text = append(text, strings.Join(r, " = "))
	}
	for _, w := range []string{"調布市議会 セキュリティ要件 自己点検票（総務課）", "対象 / Subjects = 3 件（委託事業者 2、ソーシャルメディアアカウント 1）", "2026年度", "点検者 / Checker"} {
		if !strings.Contains(strings.Join(text, "\n"), w) {
			t.Errorf("cover lacks %q:\n%s", w, strings.Join(text, "\n"))
		}
	}
	council, _ := f.GetRows("議会全体")
	if len(council) < 5 || council[1][0] != "CW-01" || !strings.Contains(council[1][3], "議会公式X") {
		t.Errorf("council sheet: %q", council)
	}

	fillBook(t, f)
	// Sort the rows in reverse: rows are matched by ID and entry.
	f2 := workbook(t, save(t, f))
	rows, _ = f2.GetRows(qs)
	for i := 1; i < len(rows); i++ {
		row := make([]any, len(rows[i]))
		for j, v := range rows[i] {
			row[j] = v
		}
		if err := f2.SetSheetRow(qs, "A"+strconv.Itoa(len(rows)+1-i), &row); err != nil {
			t.Fatal(err)
		}
	}
	res := readBytes(t, save(t, f2), ReadOptions{Requirements: b.Requirements, Register: b.Register, CatalogueVersion: testVersion})
	if res.HasErrors() {
		t.Fatalf("errors: %v", res.Err())
	}
	if res.Meta.Scope != "section:somu" || res.Meta.FiscalYear != 2026 || len(res.Parts) != 3 {
		t.Fatalf("scope %q, year %d, %d parts", res.Meta.Scope, res.Meta.FiscalYear, len(res.Parts))
	}
	if diff := cmp.Diff(wantBook, bookAnswers(t, res)); diff != "" {
		t.Errorf("answers (-want +got):\n%s", diff)
	}
}

// TestSelfCheckBookLibreOffice: the filled book saved again by LibreOffice
// Calc reads with the same answers and checker, and no problem.
func TestSelfCheckBookLibreOffice(t *testing.T) {
	bin := soffice(t)
	b := testBook()
	f := workbook(t, writeBook(t, b))
	fillBook(t, f)
	in := filepath.Join(t.TempDir(), "book.xlsx")
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
	res, err := ReadFile(out, ReadOptions{Requirements: b.Requirements, Register: b.Register, CatalogueVersion: testVersion})
	if err != nil {
		t.Fatal(err)
	}
	var problems []string
	for _, p := range append([]*Result{res}, res.Parts...) {
		for _, pr := range p.Problems {
			problems = append(problems, pr.Error())
		}
	}
	if len(problems) > 0 {
		t.Fatalf("problems after LibreOffice: %q", problems)
	}
	if diff := cmp.Diff(wantBook, bookAnswers(t, res)); diff != "" {
		t.Errorf("answers after LibreOffice (-want +got):\n%s", diff)
	}
}

// TestSelfCheckBookRefusals: an edited item list (checksum), an entry the
// register lacks, a row whose entry cell was changed, and a blank checker
// are errors, so that nothing of the book is recorded.
func TestSelfCheckBookRefusals(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(t *testing.T, f *excelize.File, b *SelfCheckBook)
		want ErrorCode
	}{
		{"item edited", func(t *testing.T, f *excelize.File, _ *SelfCheckBook) {
			rows, _ := f.GetRows(MetaSheet)
			for i, r := range rows {
				if len(r) > 1 && r[0] == "item" {
					f.SetCellStr(MetaSheet, "B"+strconv.Itoa(i+1), "contractor/beta|Q-YN-01")
					return
				}
			}
		}, ErrBadMeta},
		{"entry gone from the register", func(_ *testing.T, _ *excelize.File, b *SelfCheckBook) {
			b.Register.Contractors = b.Register.Contractors[:1]
		}, ErrWrongEntry},
		{"entry cell changed", func(t *testing.T, f *excelize.File, _ *SelfCheckBook) {
			f.SetCellStr(qs, "B"+strconv.Itoa(bookRow(t, f, qs, "contractor/beta", "Q-OUT-SELF")), "contractor/gamma")
		}, ErrWrongEntry},
		{"question reworded and answered", func(t *testing.T, f *excelize.File, _ *SelfCheckBook) {
			f.SetCellStr(qs, "E"+strconv.Itoa(bookRow(t, f, qs, "contractor/beta", "Q-OUT-SELF")), "選定基準に基づかずに選定しましたか。")
		}, ErrQuestionChanged},
		{"subject column sorted on its own", func(t *testing.T, f *excelize.File, _ *SelfCheckBook) {
			a, b := "C"+strconv.Itoa(bookRow(t, f, qs, "contractor/acme", "Q-OUT-SELF")), "C"+strconv.Itoa(bookRow(t, f, qs, "contractor/beta", "Q-OUT-SELF"))
			va, _ := f.GetCellValue(qs, a)
			vb, _ := f.GetCellValue(qs, b)
			f.SetCellStr(qs, a, vb)
			f.SetCellStr(qs, b, va)
		}, ErrWrongEntry},
		{"item digest edited", func(t *testing.T, f *excelize.File, _ *SelfCheckBook) {
			rows, _ := f.GetRows(MetaSheet)
			for i, r := range rows {
				if len(r) > 2 && r[0] == "item" {
					f.SetCellStr(MetaSheet, "C"+strconv.Itoa(i+1), "0000000000000000")
					return
				}
			}
			t.Fatal("no item digest in _meta")
		}, ErrBadMeta},
		{"no checker", func(t *testing.T, f *excelize.File, _ *SelfCheckBook) {
			rows, _ := f.GetRows("表紙")
			for i, r := range rows {
				if len(r) > 0 && strings.HasPrefix(r[0], "点検者 /") {
					f.SetCellStr("表紙", "B"+strconv.Itoa(i+1), "")
				}
			}
		}, ErrNoChecker},
		{"nothing answered", func(t *testing.T, f *excelize.File, _ *SelfCheckBook) {
			rows, _ := f.GetRows(qs)
			var cols []int
			for i, r := range rows {
				for j, c := range r {
					if i == 0 && (c == "回答" || c == "コメント・根拠") {
						cols = append(cols, j+1)
					}
				}
				if len(r) > 0 && strings.HasPrefix(r[0], "Q-") {
					for _, c := range cols {
						name, _ := excelize.CoordinatesToCellName(c, i+1)
						f.SetCellStr(qs, name, "")
					}
				}
			}
			if len(cols) != 2 {
				t.Fatalf("answer and comment columns: %v", cols)
			}
		}, ErrNotFilledIn},
		{"answer in an inserted row", func(t *testing.T, f *excelize.File, _ *SelfCheckBook) {
			// The answer typed on a line of its own under the question:
			// readRows skips a row without an ID, and it was dropped.
			r := bookRow(t, f, qs, "contractor/beta", "Q-OUT-SELF")
			if err := f.InsertRows(qs, r+1, 1); err != nil {
				t.Fatal(err)
			}
			f.SetCellStr(qs, "G"+strconv.Itoa(r+1), "ただし随意契約分を除く")
		}, ErrNoQuestionID},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := testBook()
			f := workbook(t, writeBook(t, b))
			fillBook(t, f)
			tc.edit(t, f, b)
			res := readBytes(t, save(t, f), ReadOptions{Requirements: b.Requirements, Register: b.Register, CatalogueVersion: testVersion})
			if !res.HasErrors() {
				t.Fatal("no error: the book would be recorded")
			}
			var codes []ErrorCode
			for _, p := range append([]*Result{res}, res.Parts...) {
				for _, pr := range p.Problems {
					checkSaysOnce(t, pr)
					if pr.Severity() == SeverityError {
						codes = append(codes, pr.Code)
					}
				}
			}
			found := false
			for _, c := range codes {
				found = found || c == tc.want
			}
			if !found {
				t.Errorf("errors %v, want %v", codes, tc.want)
			}
		})
	}
}

// TestSelfCheckBookOlderMeta: a book made before the question digests
// were recorded (no digest in column C of the item rows, the checksum
// without them) is read as before, its question texts unchecked.
func TestSelfCheckBookOlderMeta(t *testing.T) {
	b := testBook()
	f := workbook(t, writeBook(t, b))
	fillBook(t, f)
	dropMetaOrg(t, f) // nor was the organisation
	rows, err := f.GetRows(MetaSheet)
	if err != nil {
		t.Fatal(err)
	}
	m := &Meta{Scope: b.scope(), FiscalYear: b.FiscalYear, CatalogueVersion: testVersion, By: riskassess.AttestCouncil}
	sum := 0
	for i, r := range rows {
		switch {
		case len(r) > 1 && r[0] == "item":
			m.Items = append(m.Items, r[1])
			for _, col := range []string{"C", "D"} {
				if err := f.SetCellStr(MetaSheet, col+strconv.Itoa(i+1), ""); err != nil {
					t.Fatal(err)
				}
			}
		case len(r) > 0 && r[0] == "checksum":
			sum = i + 1
		}
	}
	if err := f.SetCellStr(MetaSheet, "B"+strconv.Itoa(sum), m.sum()); err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellStr(qs, "E"+strconv.Itoa(bookRow(t, f, qs, "contractor/beta", "Q-OUT-SELF")), "別の質問"); err != nil {
		t.Fatal(err)
	}
	res := readBytes(t, save(t, f), ReadOptions{Requirements: b.Requirements, Register: b.Register, CatalogueVersion: testVersion})
	if err := res.Err(); err != nil {
		t.Fatalf("older book: %v", err)
	}
	if diff := cmp.Diff(wantBook, bookAnswers(t, res)); diff != "" {
		t.Errorf("older book answers (-want +got):\n%s", diff)
	}
}

// TestSelfCheckBookCheckDate: a 点検日 before 1 January of the calendar
// year in which the book's fiscal year starts (2026: before 2026-01-01;
// 令和7年11月20日 typed for 令和8年) is refused at
// its cell (ErrCheckDateTooEarly) and the book not recorded; 2024-05-01 in a
// book for 2026 was once recorded and the answers dated that day. A book
// made in March for the coming year and checked then (2026/3/27 in a book
// for 2026), or finished a few days after its year (2026/4/3 in a book for
// 2025, imported 2026-04-06), is read: a refusal of the whole year's
// outside refused both. Dates however typed (a serial, 令和, full-width
// digits) are read, a day after the import is refused, a blank 点検日 is no error, and a self-check of one entry, which
// records no fiscal year, is not checked.
func TestSelfCheckBookCheckDate(t *testing.T) {
	setDate := func(t *testing.T, f *excelize.File, v any) string {
		t.Helper()
		rows, _ := f.GetRows("表紙")
		for i, r := range rows {
			if len(r) > 0 && strings.HasPrefix(r[0], "点検日") {
				cell := "B" + strconv.Itoa(i+1)
				if err := f.SetCellValue("表紙", cell, v); err != nil {
					t.Fatal(err)
				}
				return cell
			}
		}
		t.Fatal("no 点検日 on the cover")
		return ""
	}
	errorsOf := func(res *Result) []string {
		var out []string
		for _, p := range append([]*Result{res}, res.Parts...) {
			for _, pr := range p.Problems {
				if pr.Severity() == SeverityError {
					checkSaysOnce(t, pr)
					out = append(out, pr.Pos()+" "+pr.Code.String()+" "+pr.Value)
				}
			}
		}
		return out
	}
	for _, tc := range []struct {
		name    string
		fy      int    // the book's fiscal year
		asOf    string // the import date
		checked any
		want    string // the error after the cell, "" for none
		date    string // the checker's date read, when no error
	}{
		{"two years before", 2026, "2026-11-27", "2024/05/01", "check date too early 2024/05/01", ""},
		{"the day before the year before", 2026, "2026-11-27", "2025/03/31", "check date too early 2025/03/31", ""},
		{"a slip of the era year", 2026, "2026-11-27", "令和6年6月1日", "check date too early 令和6年6月1日", ""},
		{"last year's era year", 2026, "2026-11-27", "令和7年11月20日", "check date too early 令和7年11月20日", ""},
		{"first day of the year before", 2026, "2026-11-27", "2025/04/01", "check date too early 2025/04/01", ""},
		{"the day before the calendar year", 2026, "2026-11-27", "2025/12/31", "check date too early 2025/12/31", ""},
		{"first day of the calendar year", 2026, "2026-11-27", "2026/01/01", "", "2026-01-01"},
		{"made and checked in March for the coming year", 2026, "2026-04-06", "2026/03/27", "", "2026-03-27"},
		{"finished after the year ended", 2025, "2026-04-06", "2026/04/03", "", "2026-04-03"},
		{"checked in the calendar year the year starts", 2025, "2025-11-27", "2025/01/06", "", "2025-01-06"},
		{"first day", 2026, "2026-11-27", "2026/04/01", "", "2026-04-01"},
		{"last day", 2026, "2027-03-31", "2027/03/31", "", "2027-03-31"},
		{"serial", 2026, "2026-11-27", 46174.0, "", "2026-06-01"},
		{"wareki", 2026, "2026-11-27", "令和8年11月20日", "", "2026-11-20"},
		{"full-width", 2026, "2026-11-27", "２０２６年１１月２０日", "", "2026-11-20"},
		// A 点検日 after the import date was read, the import date standing
		// for it: refused (TestCoverDateAfterAsOf).
		{"after the import, in the year", 2026, "2026-11-27", "2027/01/10", "date answered after the import 2027/01/10", ""},
		{"after the import, after the year", 2026, "2026-11-27", "2027/04/01", "date answered after the import 2027/04/01", ""},
		{"the import day itself", 2026, "2026-11-27", "2026/11/27", "", "2026-11-27"},
		{"blank", 2026, "2026-11-27", "", "", ""},
		{"blank, finished after the year ended", 2025, "2026-04-06", "", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := testBook()
			b.FiscalYear = tc.fy
			f := workbook(t, writeBook(t, b))
			fillBook(t, f)
			cell := setDate(t, f, tc.checked)
			res := readBytes(t, save(t, f), ReadOptions{Requirements: b.Requirements, Register: b.Register, CatalogueVersion: testVersion,
				AsOf: mustDate(tc.asOf)})
			var want []string
			if tc.want != "" {
				want = []string{"表紙!" + cell + " " + tc.want}
			}
			if diff := cmp.Diff(want, errorsOf(res)); diff != "" {
				t.Errorf("errors (-want +got):\n%s", diff)
			}
			if tc.want == "" && res.Respondent.Date.String() != tc.date {
				t.Errorf("点検日 read as %s, want %s", res.Respondent.Date, tc.date)
			}
		})
	}
	t.Run("self-check of one entry", func(t *testing.T) {
		q := selfCheckQ()
		f := workbook(t, generate(t, q))
		fillSelfCheck(t, f)
		setDate(t, f, "2024/05/01")
		res := readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements, Kind: q.Kind, EntryID: q.Entry.Base().ID, CatalogueVersion: testVersion})
		if diff := cmp.Diff([]string(nil), errorsOf(res)); diff != "" || res.Respondent.Date.String() != "2024-05-01" {
			t.Errorf("errors (-want +got):\n%s\n点検日 %s", diff, res.Respondent.Date)
		}
	})
}
