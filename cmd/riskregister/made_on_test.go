package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// TestImportAnsweredBeforeMade: acme's questionnaire, made with --as-of
// 2026-11-27, came back with 回答日 令和8年4月1日 (2026-04-01), months
// before it was made, and `import --as-of 2026-11-30` recorded the answers
// as given that day without a word: diff --from 令和7年度末, assess --as-of
// a past day and the fiscal year's snapshot showed answers not yet given.
// It is refused at the cover's cell (date answered before the
// questionnaire was made) and acme's file is left as it was; the day made
// and later days are recorded as before.
func TestImportAnsweredBeforeMade(t *testing.T) {
	type out struct {
		Code     int
		Says     bool   // the report names the cell and the day made
		Changed  bool   // acme's file changed
		Answered string // the 回答日 recorded
	}
	for _, tc := range []struct {
		name, date string
		want       out
	}{
		{"months before, 令和", "令和8年4月1日", out{Code: 1, Says: true}},
		{"the day before", "2026/11/26", out{Code: 1, Says: true}},
		{"the day made", "2026/11/27", out{Changed: true, Answered: "2026-11-27"}},
		{"after", "令和8年11月29日", out{Changed: true, Answered: "2026-11-29"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := qWriteRegister(t)
			path := filepath.Join(t.TempDir(), "q.xlsx")
			if code, _, stderr := execCLI(t, "questionnaire", "--register", dir, "--kind", "contractor", "--entry", "acme", "-o", path, "--as-of", "2026-11-27"); code != 0 {
				t.Fatal(stderr)
			}
			qFill(t, path, contractorQuestions(t))
			f, err := excelize.OpenFile(path)
			if err != nil {
				t.Fatal(err)
			}
			var cell string
			rows, _ := f.GetRows("表紙")
			for i, r := range rows {
				switch {
				case len(r) > 0 && strings.HasPrefix(r[0], "回答日"):
					cell = "B" + strconv.Itoa(i+1)
					f.SetCellStr("表紙", cell, tc.date)
				case len(r) > 0 && strings.HasPrefix(r[0], "回答者"):
					f.SetCellStr("表紙", "B"+strconv.Itoa(i+1), "山田 太郎")
				}
			}
			if err := f.Save(); err != nil {
				t.Fatal(err)
			}
			entry := filepath.Join(dir, "contractors", "acme.yaml")
			before, _ := os.ReadFile(entry)
			code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", "2026-11-30", path)
			after, _ := os.ReadFile(entry)
			got := out{Code: code, Changed: !bytes.Equal(before, after),
				Says: strings.Contains(stdout, "表紙!"+cell+": 回答日（点検日）「"+tc.date+"」が確認票の作成日より前です（受け付ける日付: 2026-11-27 –）") &&
					strings.Contains(stdout, "何も記録していません")}
			if got.Changed {
				rec, _ := loadEntry(t, dir, riskassess.KindContractor, "acme").Base().LatestAssessment()
				got.Answered = rec.Respondent.Date.String()
			}
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("(-want +got):\n%s\n%s%s", d, stdout, stderr)
			}
			if tc.want.Says {
				_, stdout, _ := execCLI(t, "import", "--register", dir, "--as-of", "2026-11-30", "--lang", "en", "--dry-run", path)
				if want := "表紙!" + cell + ": date answered before the questionnaire was made \"" + tc.date + "\" (allowed: 2026-11-27 –)"; !strings.Contains(stdout, want) || !strings.Contains(stdout, "(nothing recorded)") {
					t.Errorf("English report lacks %q:\n%s", want, stdout)
				}
			}
		})
	}
}
