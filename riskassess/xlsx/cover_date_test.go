package xlsx

import (
	"github.com/gikai-sec/riskregister/riskassess"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// TestCoverDateOneRowOff: a vendor typing the cover's fields one row off
// put the date answered in 連絡先 (or 回答者) and left 回答日 blank: the date
// was recorded as the contact and the answers dated the import day,
// without a word. The date alone in the contact or the respondent, with
// 回答日 blank, is refused at its cell (wrong field on the cover, naming
// the field: TestCoverWrongField); a contact holding a telephone number
// or a date with words, or a 回答日 filled in, reads as before.
func TestCoverDateOneRowOff(t *testing.T) {
	type out struct {
		Refused  []string // "label row: value" of the cells refused (wrong field on the cover)
		Contact  string
		Date     string
		Recorded bool // no error
	}
	row := func(t *testing.T, f *excelize.File, sheet, label string) string {
		rows, _ := f.GetRows(sheet)
		for i, r := range rows {
			if len(r) > 0 && strings.HasPrefix(r[0], label) {
				return strconv.Itoa(i + 1)
			}
		}
		t.Fatalf("no %s on %s", label, sheet)
		return ""
	}
	for _, tc := range []struct {
		name                  string
		selfCheck             bool
		person, contact, date string
		want                  out
	}{
		{"date in the contact, date answered blank", false, "山田太郎", "2026/11/20", "", out{Refused: []string{"連絡先: 2026/11/20"}, Contact: "2026/11/20"}},
		{"wareki date in the contact", false, "山田太郎", "令和8年11月20日", "", out{Refused: []string{"連絡先: 令和8年11月20日"}, Contact: "令和8年11月20日"}},
		{"date in the respondent, contact and date blank", false, "2026/11/20", "", "", out{Refused: []string{"回答者: 2026/11/20"}}},
		{"self-check: date in 所属・職名, 点検日 blank", true, "広報 太郎", "R8.11.20", "", out{Refused: []string{"所属・職名: R8.11.20"}, Contact: "R8.11.20"}},
		// A month and a day without a year, in the contact or the
		// respondent, date answered blank: was recorded as the contact.
		{"month and day in the contact", false, "山田太郎", "12月1日", "", out{Refused: []string{"連絡先: 12月1日"}, Contact: "12月1日"}},
		{"month/day in the contact", false, "山田太郎", "12/1", "", out{Refused: []string{"連絡先: 12/1"}, Contact: "12/1"}},
		{"full-width month and day with a weekday", false, "山田太郎", "１２月１日（火）", "", out{Refused: []string{"連絡先: １２月１日（火）"}, Contact: "１２月１日（火）"}},
		{"month and day in the respondent", false, "12月1日", "", "", out{Refused: []string{"回答者: 12月1日"}}},
		{"self-check: month and day in 所属・職名", true, "広報 太郎", "12月1日", "", out{Refused: []string{"所属・職名: 12月1日"}, Contact: "12月1日"}},
		// Read as before.
		{"an extension, date answered blank", false, "山田太郎", "12-34", "", out{Contact: "12-34", Recorded: true}},
		{"month and day with words", false, "山田太郎", "12月1日以降は営業部", "", out{Contact: "12月1日以降は営業部", Recorded: true}},
		{"month and day in the contact, date answered filled in", false, "山田太郎", "12月1日", "2026/12/1", out{Contact: "12月1日", Date: "2026-12-01", Recorded: true}},
		{"date answered filled in", false, "山田太郎", "yamada@example.jp", "2026/11/20", out{Contact: "yamada@example.jp", Date: "2026-11-20", Recorded: true}},
		{"date in the contact and in the date answered", false, "山田太郎", "2026/11/20", "2026/11/20", out{Contact: "2026/11/20", Date: "2026-11-20", Recorded: true}},
		{"a telephone number, date answered blank", false, "山田太郎", "03-1234-5678", "", out{Contact: "03-1234-5678", Recorded: true}},
		{"a telephone number without hyphens", false, "山田太郎", "0424812111", "", out{Contact: "0424812111", Recorded: true}},
		{"a date with words in the contact", false, "山田太郎", "2026/11/20 以降は営業部", "", out{Contact: "2026/11/20 以降は営業部", Recorded: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := defaultQ()
			personLabel, contactLabel, dateLabel := "回答者", "連絡先", "回答日"
			id := "Q-YN-02"
			if tc.selfCheck {
				q.By = "council"
				personLabel, contactLabel, dateLabel, id = "点検者", "所属・職名", "点検日", "Q-OUT-SELF"
			}
			f := workbook(t, generate(t, q))
			setAnswer(t, f, qs, id, "はい")
			cells := map[string]string{}
			for _, fv := range []struct{ label, v string }{{personLabel, tc.person}, {contactLabel, tc.contact}, {dateLabel, tc.date}} {
				r := row(t, f, "表紙", fv.label)
				cells["B"+r] = fv.label
				f.SetCellStr("表紙", "B"+r, fv.v)
			}
			res := readBytes(t, save(t, f), ReadOptions{Requirements: testReqs()})
			got := out{Contact: res.Respondent.Contact, Recorded: !res.HasErrors()}
			if !res.Respondent.Date.IsZero() {
				got.Date = res.Respondent.Date.String()
			}
			for _, p := range res.Problems {
				if p.Code == ErrCoverWrongField && p.Sheet == "表紙" {
					got.Refused = append(got.Refused, cells[p.Cell]+": "+p.Value)
					if ja, en := p.Message("ja"), p.Message("en"); !strings.Contains(ja, "何も記録していません") || !strings.Contains(en, "nothing recorded") {
						t.Errorf("messages: %s / %s", ja, en)
					}
				}
			}
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("(-want +got):\n%s\n%v", d, res.Problems)
			}
		})
	}
}

// TestCoverDateAfterAsOf: a 回答日 (点検日) after the import date, a slip of
// the year most often (2027/1/10 for 2026/1/10), was stored as typed
// without a word, the answers dated the import day. It is refused at its
// cell, however typed (text, 令和, a date cell, in the 1904 date system
// too); the import day itself and earlier days are read, and without an
// import date nothing bounds it. It has its own code (date answered after
// the import): as bad date its message began 日付「…」を読めません, sending
// the vendor to retype a date whose form was fine.
func TestCoverDateAfterAsOf(t *testing.T) {
	type out struct {
		Refused []string // "cell: code value" of the cover cells refused
		Date    string   // the date read
	}
	for _, tc := range []struct {
		name      string
		selfCheck bool
		date1904  bool
		asOf      riskassess.Date
		date      any
		want      out
	}{
		{"a year's slip", false, false, riskassess.NewDate(2026, 12, 5), "2027/1/10", out{Refused: []string{"回答日: date answered after the import 2027/1/10"}, Date: "2027-01-10"}},
		{"the next day, 令和", false, false, riskassess.NewDate(2026, 12, 5), "令和8年12月6日", out{Refused: []string{"回答日: date answered after the import 令和8年12月6日"}, Date: "2026-12-06"}},
		{"the next day, a date cell", false, false, riskassess.NewDate(2026, 12, 5), dateToSerial(riskassess.NewDate(2026, 12, 6)), out{Refused: []string{"回答日: date answered after the import 2026-12-06"}, Date: "2026-12-06"}},
		{"the next day, a date cell, 1904 system", false, true, riskassess.NewDate(2026, 12, 5), dateToSerial(riskassess.NewDate(2026, 12, 6)) - 1462, out{Refused: []string{"回答日: date answered after the import 2026-12-06"}, Date: "2026-12-06"}},
		{"self-check: 点検日 after the import", true, false, riskassess.NewDate(2026, 12, 5), "2026/12/24", out{Refused: []string{"点検日: date answered after the import 2026/12/24"}, Date: "2026-12-24"}},
		{"the next day with a time of day", false, false, riskassess.NewDate(2026, 12, 5), "2026/12/6 0:30", out{Refused: []string{"回答日: date answered after the import 2026/12/6 0:30"}, Date: "2026-12-06"}},
		// Read as before.
		{"the import day itself", false, false, riskassess.NewDate(2026, 12, 5), "2026/12/5", out{Date: "2026-12-05"}},
		{"the day before", false, false, riskassess.NewDate(2026, 12, 5), "R8.12.4", out{Date: "2026-12-04"}},
		{"the import day with a time of day", false, false, riskassess.NewDate(2026, 12, 5), "2026/12/5 23:59", out{Date: "2026-12-05"}},
		{"the import day, a serial with a fraction (23:59)", false, false, riskassess.NewDate(2026, 12, 5), dateToSerial(riskassess.NewDate(2026, 12, 5)) + 0.9993, out{Date: "2026-12-05"}},
		{"the import day, 令和 with a weekday", false, false, riskassess.NewDate(2026, 12, 5), "令和8年12月5日（土）", out{Date: "2026-12-05"}},
		{"no import date", false, false, riskassess.Date{}, "2027/1/10", out{Date: "2027-01-10"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := defaultQ()
			label, id := "回答日", "Q-YN-02"
			if tc.selfCheck {
				q.By = "council"
				label, id = "点検日", "Q-OUT-SELF"
			}
			f := workbook(t, generate(t, q))
			if tc.date1904 {
				f.WorkBook.WorkbookPr.Date1904 = true
			}
			setAnswer(t, f, qs, id, "はい")
			rows, _ := f.GetRows("表紙")
			cells := map[string]string{}
			for i, r := range rows {
				if len(r) > 0 && strings.HasPrefix(r[0], label) {
					cell := "B" + strconv.Itoa(i+1)
					cells[cell] = label
					if err := f.SetCellValue("表紙", cell, tc.date); err != nil {
						t.Fatal(err)
					}
				}
			}
			res := readBytes(t, save(t, f), ReadOptions{Requirements: testReqs(), AsOf: tc.asOf})
			got := out{Date: res.Respondent.Date.String()}
			for _, p := range res.Problems {
				if p.Sheet == "表紙" && p.Severity() == SeverityError {
					got.Refused = append(got.Refused, cells[p.Cell]+": "+p.Code.String()+" "+p.Value)
					if ja, en := p.Message("ja"), p.Message("en"); !strings.Contains(ja, "が取込日より後です（受け付ける日付: – 2026-12-05）") || strings.Contains(ja, "読めません") || !strings.Contains(en, "after the import date 2026-12-05") {
						t.Errorf("messages: %s / %s", ja, en)
					}
				}
			}
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("(-want +got):\n%s\n%v", d, res.Problems)
			}
		})
	}
}
