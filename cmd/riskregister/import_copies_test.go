package main

import (
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/store"
	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// TestImportSameDayCopies: a folder holding a vendor's reply and its copies
// (vendor.xlsx, vendor (1).xlsx as a browser names a second download,
// vendor - コピー.xlsx as Windows names a copy, コピー ～ vendor.xlsx) that
// answer the same entry on the same day but differently was imported in
// name order, each file recorded over the one before: the answers of the
// last name were kept, whichever was the newer reply ("vendor (1).xlsx",
// the later download, sorts before "vendor.xlsx"), with no more than
// "changed" (a copy with a blank 回答日 was taken for the newest). Such
// files are now refused, each naming the other and the
// question where they differ, and nothing of them is recorded, when
// their covers do not order them (the same 回答日, or one blank or after
// the import date). Files that agree, answer different questions, were
// answered on different days, or of which one was recorded in an earlier
// run (the staff named it alone) are imported as before.
func TestImportSameDayCopies(t *testing.T) {
	type file struct {
		name, answer, date string // answer of the first question; 回答日 on the cover ("" blank)
		other              string // answer of the second question ("" blank)
	}
	type out struct {
		Code    int
		Refused []string // files named in the summary as refused
		Answer  string   // the entry's stored answer of the first question
		Records int      // assessments recorded
	}
	for _, tc := range []struct {
		name    string
		earlier string // a file imported alone in an earlier run, "" none
		files   []file
		want    out
		says    string // the refusal names this
	}{
		{"a download and its second download, no dates", "", []file{{"vendor.xlsx", "はい", "", ""}, {"vendor (1).xlsx", "いいえ", "", ""}},
			out{1, []string{"vendor (1).xlsx", "vendor.xlsx"}, "", 0}, "vendor.xlsx"},
		{"four copies, one date", "", []file{{"vendor.xlsx", "はい", "2026/4/10", ""}, {"vendor (1).xlsx", "いいえ", "2026/4/10", ""},
			{"vendor - コピー.xlsx", "一部", "2026/4/10", ""}, {"コピー ～ vendor.xlsx", "該当なし", "2026/4/10", ""}},
			out{1, []string{"vendor (1).xlsx", "vendor - コピー.xlsx", "vendor.xlsx", "コピー ～ vendor.xlsx"}, "", 0}, "ほか 2 件"},
		// A blank date orders nothing (it is read as the import date:
		// the newest).
		{"a dated reply and an undated copy", "", []file{{"vendor.xlsx", "はい", "2026/4/10", ""}, {"vendor (1).xlsx", "いいえ", "", ""}},
			out{1, []string{"vendor (1).xlsx", "vendor.xlsx"}, "", 0}, "もう一方 空欄"},
		// A date after the import date is refused by itself (its cover
		// cell named); the other copy, a file of its own, is recorded.
		{"a date after the import date", "", []file{{"vendor.xlsx", "はい", "2026/4/20", ""}, {"vendor (1).xlsx", "いいえ", "2026/4/10", ""}},
			out{1, []string{"vendor.xlsx"}, "no", 1}, "回答日（点検日）「2026/4/20」が取込日より後です（受け付ける日付: – 2026-04-15）。2026-04-20 と読みましたが"},
		{"another comment only", "", []file{{"vendor.xlsx", "はい", "", ""}, {"vendor (1).xlsx", "はい|別紙参照", "", ""}},
			out{1, []string{"vendor (1).xlsx", "vendor.xlsx"}, "", 0}, "コメントが違います"},
		// Imported as before.
		{"the same answers", "", []file{{"vendor.xlsx", "はい", "", ""}, {"vendor (1).xlsx", "はい", "", ""}},
			out{0, nil, "yes", 1}, ""},
		{"different questions answered", "", []file{{"vendor.xlsx", "はい", "", ""}, {"vendor (1).xlsx", "", "", "いいえ"}},
			out{0, nil, "yes", 2}, ""},
		{"the later reply sorts last", "", []file{{"vendor (1).xlsx", "いいえ", "2026/4/10", ""}, {"vendor.xlsx", "はい", "2026/4/12", ""}},
			out{0, nil, "yes", 2}, ""},
		{"the earlier reply sorts last: refused as older", "", []file{{"vendor (1).xlsx", "はい", "2026/4/12", ""}, {"vendor.xlsx", "いいえ", "2026/4/10", ""}},
			out{1, []string{"vendor.xlsx"}, "yes", 1}, "回答日 2026-04-12"},
		{"one recorded in an earlier run", "vendor.xlsx", []file{{"vendor.xlsx", "はい", "2026/4/10", ""}, {"vendor (1).xlsx", "いいえ", "2026/4/10", ""}},
			out{0, nil, "no", 1}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := qWriteRegister(t)
			qs := contractorQuestions(t)
			var first, second string
			for _, q := range qs {
				if q.Type != riskassess.AnswerYesNo {
					continue
				}
				if first == "" {
					first = q.ID
				} else if second == "" {
					second = q.ID
				}
			}
			in := t.TempDir()
			for _, fl := range tc.files {
				p := filepath.Join(in, fl.name)
				if code, _, stderr := execCLI(t, "questionnaire", "--register", dir, "--kind", "contractor", "--entry", "acme", "--as-of", "2026-04-01", "-o", p); code != 0 {
					t.Fatal(stderr)
				}
				qSetCell(t, p, "質問", func(f *excelize.File, rowOf func(string) string) {
					ans, comment, _ := strings.Cut(fl.answer, "|")
					f.SetCellStr("質問", "D"+rowOf(first), ans)
					f.SetCellStr("質問", "E"+rowOf(first), comment)
					f.SetCellStr("質問", "D"+rowOf(second), fl.other)
					cover, _ := f.GetRows("表紙")
					for i, r := range cover {
						if len(r) > 0 && strings.HasPrefix(r[0], "回答日") && fl.date != "" {
							f.SetCellStr("表紙", "B"+strconv.Itoa(i+1), fl.date)
						}
						if len(r) > 0 && strings.HasPrefix(r[0], "回答者 / Respondent") && len(r) == 1 {
							f.SetCellStr("表紙", "B"+strconv.Itoa(i+1), "山田")
						}
					}
				})
			}
			if tc.earlier != "" {
				if code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", "2026-04-15", filepath.Join(in, tc.earlier)); code != 0 {
					t.Fatalf("earlier run: exit %d\n%s%s", code, stdout, stderr)
				}
			}
			before := 0
			if tc.earlier != "" {
				before = 1
			}
			// --dry-run says the same and records nothing.
			dry, dryOut, _ := execCLI(t, "import", "--register", dir, "--as-of", "2026-04-15", "--dry-run", in)
			code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", "2026-04-15", in)
			var refused []string
			if _, sum, ok := strings.Cut(stdout, "\n集計: "); ok {
				for _, l := range strings.Split(sum, "\n")[1:] {
					if name, _, ok := strings.Cut(strings.TrimSpace(l), ": "); ok {
						refused = append(refused, filepath.Base(name))
					}
				}
			}
			slices.Sort(refused)
			reg, err := store.Load(dir)
			if err != nil {
				t.Fatal(err)
			}
			e := reg.Entry(riskassess.KindContractor, "acme").Base()
			got := out{code, refused, e.Answers[first].Value, len(e.Assessments) - before}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s\n%s%s", diff, stdout, stderr)
			}
			if dry != tc.want.Code {
				t.Errorf("--dry-run: exit %d, want %d\n%s", dry, tc.want.Code, dryOut)
			}
			if tc.says != "" && !strings.Contains(stdout, tc.says) {
				t.Errorf("the report does not say %q:\n%s", tc.says, stdout)
			}
			if tc.want.Code == 1 && tc.want.Records == 0 {
				// The refusal names the cell of the question where they differ.
				if !strings.Contains(stdout, "質問「"+first+"」") || !strings.Contains(stdout, "質問!D") {
					t.Errorf("the refusal does not name question %s and its cell:\n%s", first, stdout)
				}
			}
		})
	}
}

// TestImportSameDayBookCopies: a section's self-check and its copy checking
// an entry otherwise on the same 点検日 were both recorded in name order, the
// copy named last winning; neither is recorded now, and no entry file
// changes. Checked on different days, the later check is recorded as
// before.
func TestImportSameDayBookCopies(t *testing.T) {
	const asOf = "2026-11-27"
	for _, tc := range []struct {
		name         string
		dayA, dayB   string // 点検日 of book.xlsx and book (1).xlsx
		wantCode     int
		wantUnchange bool // no entry file changes
	}{
		{"the same day", "2026/11/20", "2026/11/20", 1, true},
		{"different days", "2026/11/20", "2026/11/21", 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := bookRegister(t)
			in := t.TempDir()
			p := filepath.Join(in, "book.xlsx")
			if code, _, stderr := execCLI(t, "questionnaire", "--register", dir, "--as-of", "2026-11-20", "--self-check", "--section", bookSection, "--fiscal-year", "2026", "-o", p); code != 0 {
				t.Fatalf("questionnaire: exit %d: %s", code, stderr)
			}
			for _, c := range []struct{ name, answer, day string }{{"book.xlsx", "はい", tc.dayA}, {"book (1).xlsx", "いいえ", tc.dayB}} {
				f, err := excelize.OpenFile(p)
				if err != nil {
					t.Fatal(err)
				}
				order, rows, _ := bookRows(t, f)
				f.SetCellStr("質問", "F"+strconv.Itoa(rows[order[0]][0]), c.answer)
				fillChecker(t, f)
				setCover(t, f, "点検日", c.day)
				if err := f.SaveAs(filepath.Join(in, c.name)); err != nil {
					t.Fatal(err)
				}
			}
			before := entryFiles(t, dir)
			code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", asOf, filepath.Join(in, "book.xlsx"), filepath.Join(in, "book (1).xlsx"))
			if code != tc.wantCode {
				t.Fatalf("exit %d, want %d\n%s%s", code, tc.wantCode, stdout, stderr)
			}
			unchanged := cmp.Diff(before, entryFiles(t, dir)) == ""
			if unchanged != tc.wantUnchange {
				t.Errorf("entry files unchanged: %v, want %v\n%s", unchanged, tc.wantUnchange, stdout)
			}
			if tc.wantCode == 1 && (!strings.Contains(stdout, "book (1).xlsx") || !strings.Contains(stdout, "どれが新しい回答か分からない")) {
				t.Errorf("the refusal does not name the other file:\n%s", stdout)
			}
		})
	}
}
