package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// importCoverChanged writes register reg, makes acme's questionnaire
// (in lang) with every question answered, applies edit to its cover
// (rowOf gives the row of the label starting with its argument) and
// imports it as of 2026-04-15, noting whether acme's entry file changed.
func importCoverChanged(t *testing.T, reg, lang string, edit func(f *excelize.File, cover string, rowOf func(string) int)) coverImport {
	t.Helper()
	r := coverImport{dir: writeTxtar(t, reg), path: filepath.Join(t.TempDir(), "acme.xlsx")}
	if code, _, stderr := execCLI(t, "questionnaire", "--as-of", "2026-04-01", "--register", r.dir, "--kind", "contractor", "--entry", "acme", "--lang", lang, "-o", r.path); code != 0 {
		t.Fatal(stderr)
	}
	if lang == "ja" {
		qFill(t, r.path, contractorQuestions(t))
	}
	f, err := excelize.OpenFile(r.path)
	if err != nil {
		t.Fatal(err)
	}
	if lang == "en" {
		// One question answered, and the respondent.
		rows, _ := f.GetRows("Questions")
		for i, row := range rows {
			if len(row) > 0 && strings.HasPrefix(row[0], "Q-OUT-") {
				f.SetCellStr("Questions", "D"+strconv.Itoa(i+1), "Yes")
				break
			}
		}
		rows, _ = f.GetRows("Cover")
		for i, row := range rows {
			if len(row) > 0 && strings.HasPrefix(row[0], "Respondent /") {
				f.SetCellStr("Cover", "B"+strconv.Itoa(i+1), "Taro Yamada")
			}
		}
	}
	cover := f.GetSheetName(0)
	edit(f, cover, func(label string) int {
		rows, _ := f.GetRows(cover)
		for i, row := range rows {
			if len(row) > 0 && strings.HasPrefix(row[0], label) {
				return i + 1
			}
		}
		t.Fatalf("no %s on %s", label, cover)
		return 0
	})
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	entryFile := filepath.Join(r.dir, "contractors", "acme.yaml")
	before, _ := os.ReadFile(entryFile)
	r.code, r.stdout, r.stderr = execCLI(t, "import", "--register", r.dir, "--as-of", "2026-04-15", r.path)
	after, _ := os.ReadFile(entryFile)
	r.changed = string(after) != string(before)
	return r
}

// TestImportCoverLabelsMissing: acme's questionnaire, answered by another
// company that typed its name over 会社名 and deleted the 法人番号 row of
// the cover, was recorded as acme's (exit 0): without the label the cover
// had no corporate number field, and the check that the number (or, when
// blank, the company name) is the registered one was skipped. A cover
// lacking the 会社名 or 法人番号 label (the row deleted, the label cleared
// or reworded, the cover sheet deleted), or holding it twice, is refused
// naming the cover sheet and the fix (use the questionnaire as sent, do
// not delete its rows), nothing recorded. Rows or columns inserted, the
// fields' rows reordered (each label with its value), a blank number on
// acme's own cover and the English cover read as before.
func TestImportCoverLabelsMissing(t *testing.T) {
	reg := withCorporateNumber(t, qRegister, "アクメ情報システム株式会社", "2010401000001")
	type out struct {
		Code    int
		Lacking []string
		Changed bool // acme's file changed
	}
	deleteRow := func(label string) func(*excelize.File, string, func(string) int) {
		return func(f *excelize.File, cover string, rowOf func(string) int) {
			if err := f.RemoveRow(cover, rowOf(label)); err != nil {
				t.Fatal(err)
			}
		}
	}
	setCell := func(label, col, v string) func(*excelize.File, string, func(string) int) {
		return func(f *excelize.File, cover string, rowOf func(string) int) {
			f.SetCellStr(cover, col+strconv.Itoa(rowOf(label)), v)
		}
	}
	both := func(edits ...func(*excelize.File, string, func(string) int)) func(*excelize.File, string, func(string) int) {
		return func(f *excelize.File, cover string, rowOf func(string) int) {
			for _, e := range edits {
				e(f, cover, rowOf)
			}
		}
	}
	missing := func(label string) []string {
		return []string{"表紙: 表紙の回答者欄「" + label + "」が送付時と違います。この欄の見出しが表紙にありません", "送付した確認票", "行を削除せず", "何も記録していません"}
	}
	for _, tc := range []struct {
		name string
		lang string
		edit func(f *excelize.File, cover string, rowOf func(string) int)
		says []string
		want out
	}{
		{"法人番号 row deleted, another company's name", "ja", both(deleteRow("法人番号"), setCell("会社名", "B", "ベータ保守株式会社")), missing("法人番号 / Corporate number"), out{Code: 1}},
		{"法人番号 row deleted, acme's name", "ja", deleteRow("法人番号"), missing("法人番号 / Corporate number"), out{Code: 1}},
		{"法人番号 label cleared, its number kept", "ja", both(setCell("法人番号", "A", ""), setCell("会社名", "B", "ベータ保守株式会社")), missing("法人番号 / Corporate number"), out{Code: 1}},
		{"法人番号 label reworded", "ja", setCell("法人番号", "A", "法人番号（13桁）"), missing("法人番号 / Corporate number"), out{Code: 1}},
		{"会社名 row deleted", "ja", deleteRow("会社名"), missing("会社名 / Company name"), out{Code: 1}},
		{"a second 法人番号 row holding another number", "ja", func(f *excelize.File, cover string, rowOf func(string) int) {
			r := rowOf("連絡先")
			if err := f.InsertRows(cover, r, 1); err != nil {
				t.Fatal(err)
			}
			f.SetCellStr(cover, "A"+strconv.Itoa(r), "法人番号 / Corporate number")
			f.SetCellStr(cover, "B"+strconv.Itoa(r), "1010401000002")
		}, []string{"表紙: 表紙の回答者欄「法人番号 / Corporate number」が送付時と違います。この欄の見出しが 2 つあり"}, out{Code: 1}},
		{"the cover sheet deleted", "ja", func(f *excelize.File, cover string, rowOf func(string) int) {
			if err := f.DeleteSheet(cover); err != nil {
				t.Fatal(err)
			}
		}, missing("会社名 / Company name"), out{Code: 1}},
		// Recorded as before.
		{"a row inserted above the fields", "ja", func(f *excelize.File, cover string, rowOf func(string) int) {
			if err := f.InsertRows(cover, rowOf("会社名"), 1); err != nil {
				t.Fatal(err)
			}
		}, nil, out{Changed: true}},
		{"a column inserted before the labels", "ja", func(f *excelize.File, cover string, rowOf func(string) int) {
			if err := f.InsertCols(cover, "A", 1); err != nil {
				t.Fatal(err)
			}
		}, nil, out{Changed: true}},
		{"法人番号 and 会社名 rows swapped", "ja", func(f *excelize.File, cover string, rowOf func(string) int) {
			a, b := strconv.Itoa(rowOf("会社名")), strconv.Itoa(rowOf("法人番号"))
			for _, c := range []string{"A", "B"} {
				va, _ := f.GetCellValue(cover, c+a)
				vb, _ := f.GetCellValue(cover, c+b)
				f.SetCellStr(cover, c+a, vb)
				f.SetCellStr(cover, c+b, va)
			}
		}, nil, out{Changed: true}},
		{"acme's own cover, the number cleared", "ja", setCell("法人番号", "B", ""), nil, out{Changed: true}},
		{"the English cover", "en", func(*excelize.File, string, func(string) int) {}, nil, out{Changed: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := importCoverChanged(t, reg, tc.lang, tc.edit)
			got := out{Code: r.code, Changed: r.changed}
			for _, w := range tc.says {
				if !strings.Contains(r.stdout, w) {
					got.Lacking = append(got.Lacking, w)
				}
			}
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("(-want +got):\n%s\n%s%s", d, r.stdout, r.stderr)
			}
			if tc.want.Code == 1 {
				_, stdout, _ := execCLI(t, "import", "--register", r.dir, "--lang", "en", "--dry-run", r.path)
				if !strings.Contains(stdout, "cover field changed") || !strings.Contains(stdout, "(nothing recorded)") {
					t.Errorf("English report:\n%s", stdout)
				}
			}
		})
	}
}

// TestImportCoverWrongField: a cover typed one row off (the date in 連絡先
// with 回答日 blank, the telephone number in 回答日) was refused as a bad
// date (日付「2026/4/10」を読めません, of a date read well in no date field;
// a telephone number told to put "the year first"). The refusal names
// the field the cell is and says the cover looks typed one row off;
// nothing is recorded.
func TestImportCoverWrongField(t *testing.T) {
	type out struct {
		Code    int
		Lacking []string
		Changed bool
	}
	for _, tc := range []struct {
		name, label, value string
		says               []string
		en                 string
	}{
		{"a date in the contact", "連絡先", "2026/4/10", []string{": 表紙の欄違いの記入「2026/4/10」があります。このセルは連絡先の欄ですが、日付だけが書かれ、回答日の欄が空欄です", "1 行ずれて", "何も記録していません"},
			`wrong field on the cover "2026/4/10": this cell is the contact field`},
		{"a telephone number in the date answered", "回答日", "03-1234-5678", []string{": 表紙の欄違いの記入「03-1234-5678」があります。このセルは回答日の欄ですが", "電話番号かメールアドレス", "何も記録していません"},
			`wrong field on the cover "03-1234-5678": this cell is the date answered field`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := importAfterCoverEdit(t, qRegister, "", "acme", tc.label, tc.value, nil)
			got := out{Code: r.code, Changed: r.changed, Lacking: r.lacking(tc.says)}
			if strings.Contains(r.stdout, "を読めません") {
				got.Lacking = append(got.Lacking, "(says を読めません)")
			}
			if d := cmp.Diff(out{Code: 1}, got); d != "" {
				t.Errorf("(-want +got):\n%s\n%s%s", d, r.stdout, r.stderr)
			}
			r.english(t, "表紙!"+r.cell+": "+tc.en)
		})
	}
}

// TestImportCoverLabelColon: a cover whose 法人番号 label was retyped
// with a colon (法人番号：) had no label read: another company's number
// under it went unchecked before checkVendorCoverLabels, and after it
// the cover was refused as lacking the label. The label is read with
// its colon: another company's number is refused as any other, acme's
// own is recorded.
func TestImportCoverLabelColon(t *testing.T) {
	reg := withCorporateNumber(t, qRegister, "アクメ情報システム株式会社", "2010401000001")
	type out struct {
		Code    int
		Lacking []string
		Changed bool // acme's file changed
	}
	for _, tc := range []struct {
		name, label, number string
		says                []string
		want                out
	}{
		{"another company's number", "法人番号：", "1010401000002", []string{"表紙の法人番号 1010401000002 は、委託事業者 acme の法人番号 2010401000001"}, out{Code: 1}},
		{"another company's number, half-width colon and the English", "法人番号: / Corporate number:", "1010401000002", []string{"表紙の法人番号 1010401000002 は"}, out{Code: 1}},
		{"acme's number", "法人番号：", "2010401000001", nil, out{Changed: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := importCoverChanged(t, reg, "ja", func(f *excelize.File, cover string, rowOf func(string) int) {
				row := strconv.Itoa(rowOf("法人番号"))
				f.SetCellStr(cover, "A"+row, tc.label)
				f.SetCellStr(cover, "B"+row, tc.number)
			})
			got := out{Code: r.code, Changed: r.changed}
			for _, w := range tc.says {
				if !strings.Contains(r.stdout+r.stderr, w) {
					got.Lacking = append(got.Lacking, w)
				}
			}
			if strings.Contains(r.stdout, "送付時と違います") {
				got.Lacking = append(got.Lacking, "(refused as lacking the label)")
			}
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("(-want +got):\n%s\n%s%s", d, r.stdout, r.stderr)
			}
		})
	}
}

// TestImportCoverNoMetaOtherCompany: acme's questionnaire copied into a
// workbook without its _meta sheet (the sheets copied to a new book),
// answered by another company that typed its name over 会社名 and
// deleted the 法人番号 row, imported with --entry acme, was recorded as
// acme's (exit 0): checkVendorCoverLabels asks only a workbook with
// _meta, and without a 法人番号 field the company name was not checked.
// A company name read from the cover is checked when the cover has no
// 法人番号 field, as when the number is blank: another company's is
// refused, acme's own (in another spelling too) recorded.
func TestImportCoverNoMetaOtherCompany(t *testing.T) {
	reg := withCorporateNumber(t, qRegister, "アクメ情報システム株式会社", "2010401000001")
	type out struct {
		Code    int
		Lacking []string
		Changed bool // acme's file changed
	}
	for _, tc := range []struct {
		name, company string
		deleteNumber  bool
		says          []string
		want          out
	}{
		{"another company's name, 法人番号 row deleted", "ベータ保守株式会社", true,
			[]string{"表紙!B@: 表紙に法人番号の欄がなく、会社名「ベータ保守株式会社」も 委託事業者 acme の「アクメ情報システム株式会社」（法人番号 2010401000001）と一致しない", "何も記録していません"}, out{Code: 1}},
		// Recorded as before.
		{"acme's name, 法人番号 row deleted", "アクメ情報システム株式会社", true, nil, out{Changed: true}},
		{"acme's name in another spelling, 法人番号 row deleted", "アクメ情報システム㈱", true, nil, out{Changed: true}},
		{"another company's name, acme's number kept", "ベータ保守株式会社", false,
			[]string{"表紙!B@: 表紙の会社名「ベータ保守株式会社」は、委託事業者 acme の「アクメ情報システム株式会社」と違います"}, out{Code: 1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			companyRow := "" // the row of 会社名, for "表紙!B@"
			r := importCoverChanged(t, reg, "ja", func(f *excelize.File, cover string, rowOf func(string) int) {
				companyRow = strconv.Itoa(rowOf("会社名"))
				f.SetCellStr(cover, "B"+companyRow, tc.company)
				if tc.deleteNumber {
					if err := f.RemoveRow(cover, rowOf("法人番号")); err != nil {
						t.Fatal(err)
					}
				} else {
					f.SetCellStr(cover, "B"+strconv.Itoa(rowOf("法人番号")), "2010401000001")
				}
				if err := f.DeleteSheet("_meta"); err != nil {
					t.Fatal(err)
				}
			})
			if r.code != 1 || r.changed || !strings.Contains(r.stdout, "--entry") {
				t.Fatalf("without --entry: exit %d, changed %v\n%s%s", r.code, r.changed, r.stdout, r.stderr)
			}
			entryFile := filepath.Join(r.dir, "contractors", "acme.yaml")
			before, _ := os.ReadFile(entryFile)
			code, stdout, stderr := execCLI(t, "import", "--register", r.dir, "--kind", "contractor", "--entry", "acme", "--as-of", "2026-04-15", r.path)
			after, _ := os.ReadFile(entryFile)
			got := out{Code: code, Changed: string(after) != string(before)}
			for _, w := range tc.says {
				if w = strings.Replace(w, "B@", "B"+companyRow, 1); !strings.Contains(stdout, w) {
					got.Lacking = append(got.Lacking, w)
				}
			}
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("(-want +got):\n%s\n%s%s", d, stdout, stderr)
			}
			if tc.want.Code == 1 {
				_, stdout, _ := execCLI(t, "import", "--register", r.dir, "--kind", "contractor", "--entry", "acme", "--as-of", "2026-04-15", "--lang", "en", "--dry-run", r.path)
				if !strings.Contains(stdout, "(nothing recorded)") || strings.ContainsAny(strings.NewReplacer("ベータ保守株式会社", "", "アクメ情報システム株式会社", "", "表紙", "").Replace(stdout[strings.Index(stdout, "error:"):]), "表法会社番号") {
					t.Errorf("English report:\n%s", stdout)
				}
			}
		})
	}
}
