package xlsx

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// TestLibreOfficeCoverSlips: the cover slips import now refuses or names
// (a 回答日 after the import date; 12月1日 typed into 連絡先 with 回答日 blank,
// which a spreadsheet turns into a date cell shown without its year; the
// company name typed over 法人番号) read the same from the workbook as
// made and after LibreOffice Calc saved it again.
func TestLibreOfficeCoverSlips(t *testing.T) {
	bin := soffice(t)
	type out struct {
		Refused         []string // "label: value" of the cover cells refused
		Contact         string
		Date            string
		CorporateNumber string
		NumberRead      bool // CorporateNumberAt names the 法人番号 cell
	}
	monthDay := "m月d日"
	for _, tc := range []struct {
		name  string
		label string
		v     any
		style *excelize.Style
		want  out
	}{
		{"回答日 after the import date", "回答日", dateToSerial(riskassess.NewDate(2027, 1, 10)), nil,
			out{Refused: []string{"回答日: 2027-01-10"}, Date: "2027-01-10"}},
		{"12月1日 typed into 連絡先", "連絡先", dateToSerial(riskassess.NewDate(2026, 12, 1)), &excelize.Style{CustomNumFmt: &monthDay},
			out{Refused: []string{"連絡先: --12-01"}, Contact: "--12-01"}},
		{"company name over 法人番号", "法人番号", "株式会社アクメ", nil,
			out{CorporateNumber: "株式会社アクメ", NumberRead: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := workbook(t, generate(t, defaultQ()))
			setAnswer(t, f, qs, "Q-YN-02", "はい")
			rows, _ := f.GetRows("表紙")
			labels := map[string]string{}
			for i, r := range rows {
				if len(r) > 0 && strings.HasPrefix(r[0], tc.label) {
					cell := "B" + strconv.Itoa(i+1)
					labels[cell] = tc.label
					if err := f.SetCellValue("表紙", cell, tc.v); err != nil {
						t.Fatal(err)
					}
					if tc.style != nil {
						st, err := f.NewStyle(tc.style)
						if err != nil {
							t.Fatal(err)
						}
						f.SetCellStyle("表紙", cell, cell, st)
					}
				}
			}
			in := filepath.Join(t.TempDir(), "cover.xlsx")
			if err := os.WriteFile(in, save(t, f), 0o644); err != nil {
				t.Fatal(err)
			}
			opts := ReadOptions{Requirements: testReqs(), AsOf: riskassess.NewDate(2026, 12, 5)}
			for _, p := range []string{in, convert(t, bin, in, "xlsx:Calc MS Excel 2007 XML")} {
				res, err := ReadFile(p, opts)
				if err != nil {
					t.Fatal(err)
				}
				got := out{Contact: res.Respondent.Contact, CorporateNumber: res.Respondent.CorporateNumber}
				if !res.Respondent.Date.IsZero() {
					got.Date = res.Respondent.Date.String()
				}
				got.NumberRead = res.CorporateNumberAt != "" && labels[strings.TrimPrefix(res.CorporateNumberAt, "表紙!")] == "法人番号"
				for _, pr := range res.Problems {
					if pr.Sheet == "表紙" && pr.Severity() == SeverityError {
						got.Refused = append(got.Refused, labels[pr.Cell]+": "+pr.Value)
					}
				}
				if d := cmp.Diff(tc.want, got); d != "" {
					t.Errorf("%s (-want +got):\n%s\n%v", filepath.Base(p), d, res.Problems)
				}
			}
		})
	}
}
