package xlsx

import (
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// TestCoverWrongField: a cover typed one row off was refused with a
// message that began 日付「2026/11/20」を読めません (bad date) at the 連絡先
// cell, which is no date field and whose date was read well; the contact
// typed into the 回答日 cell (03-1234-5678) was refused as a date "with the
// year last", sending the vendor to retype a date. Both are now "wrong
// field on the cover", the message naming the field the cell belongs to
// (連絡先, 回答者, 所属・職名; 回答日, 点検日) and the fix. A 回答日 holding a
// date in a form not read (来年4月, 01/02/2026, two dates) is a bad date as
// before; filled-in covers read as before.
func TestCoverWrongField(t *testing.T) {
	type out struct {
		Refused []string // "field: code value" of the cover's errors
		Date    string
	}
	row := func(t *testing.T, f *excelize.File, label string) string {
		rows, _ := f.GetRows("表紙")
		last := ""
		for i, r := range rows {
			if len(r) > 0 && strings.HasPrefix(r[0], label) {
				last = strconv.Itoa(i + 1) // the field, below a title of the same name (回答者)
			}
		}
		if last == "" {
			t.Fatalf("no %s on the cover", label)
		}
		return last
	}
	const wrong = "wrong field on the cover"
	for _, tc := range []struct {
		name                  string
		selfCheck             bool
		person, contact, date string
		want                  out
		says                  string // the Japanese message says it
	}{
		{"a date in the contact", false, "山田太郎", "2026/11/20", "", out{Refused: []string{"連絡先: " + wrong + " 2026/11/20"}}, "このセルは連絡先の欄です"},
		{"a month and a day in the contact", false, "山田太郎", "12月1日", "", out{Refused: []string{"連絡先: " + wrong + " 12月1日"}}, "このセルは連絡先の欄です"},
		{"a date in the respondent", false, "2026/11/20", "", "", out{Refused: []string{"回答者: " + wrong + " 2026/11/20"}}, "このセルは回答者の欄です"},
		{"self-check: a date in 所属・職名", true, "広報 太郎", "R8.11.20", "", out{Refused: []string{"所属・職名: " + wrong + " R8.11.20"}}, "このセルは所属・職名の欄です"},
		{"a telephone number in the date answered", false, "山田太郎", "", "03-1234-5678", out{Refused: []string{"回答日: " + wrong + " 03-1234-5678"}}, "このセルは回答日の欄です"},
		{"a mobile number in the date answered, contact filled in", false, "山田太郎", "yamada@example.jp", "090-1234-5678", out{Refused: []string{"回答日: " + wrong + " 090-1234-5678"}}, "このセルは回答日の欄です"},
		{"an e-mail address in the date answered", false, "山田太郎", "", "yamada@example.jp", out{Refused: []string{"回答日: " + wrong + " yamada@example.jp"}}, "このセルは回答日の欄です"},
		{"self-check: a telephone number in 点検日", true, "広報 太郎", "", "042-481-7111", out{Refused: []string{"点検日: " + wrong + " 042-481-7111"}}, "このセルは点検日の欄です"},
		// A number in the international form (+81, a vendor abroad or a
		// card's habit): as a bad date it was told of an unknown era.
		{"an international number in the date answered", false, "山田太郎", "", "+81 3-1234-5678", out{Refused: []string{"回答日: " + wrong + " +81 3-1234-5678"}}, "このセルは回答日の欄です"},
		{"an international mobile number, hyphens", false, "山田太郎", "", "+81-90-1234-5678", out{Refused: []string{"回答日: " + wrong + " +81-90-1234-5678"}}, "このセルは回答日の欄です"},
		{"a US number with brackets", false, "山田太郎", "", "+1 (555) 123-4567", out{Refused: []string{"回答日: " + wrong + " +1 (555) 123-4567"}}, "このセルは回答日の欄です"},
		{"full-width plus and digits", false, "山田太郎", "", "＋８１　３－１２３４－５６７８", out{Refused: []string{"回答日: " + wrong + " ＋８１　３－１２３４－５６７８"}}, "このセルは回答日の欄です"},
		// Bad dates as before: a date in a form not read.
		{"a plus and a short number", false, "山田太郎", "", "+1234567", out{Refused: []string{"回答日: bad date +1234567"}}, "読めません"},
		{"a plus and too many digits", false, "山田太郎", "", "+1234567890123456", out{Refused: []string{"回答日: bad date +1234567890123456"}}, "読めません"},
		{"a plus inside", false, "山田太郎", "", "03+1234-5678", out{Refused: []string{"回答日: bad date 03+1234-5678"}}, "読めません"},
		{"a date not read", false, "山田太郎", "", "来年4月", out{Refused: []string{"回答日: bad date 来年4月"}}, "日付「来年4月」を読めません"},
		{"a date with the year last", false, "山田太郎", "", "01/02/2026", out{Refused: []string{"回答日: bad date 01/02/2026"}}, "年を最初に"},
		{"two dates", false, "山田太郎", "", "2026/11/20 2026/11/21", out{Refused: []string{"回答日: bad date 2026/11/20 2026/11/21"}}, "読めません"},
		{"a short number", false, "山田太郎", "", "0312345", out{Refused: []string{"回答日: bad date 0312345"}}, "読めません"},
		// Read as before.
		{"filled in", false, "山田太郎", "03-1234-5678", "2026/11/20", out{Date: "2026-11-20"}, ""},
		{"a date in the contact and the date answered", false, "山田太郎", "2026/11/20", "2026/11/20", out{Date: "2026-11-20"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := defaultQ()
			labels := [3]string{"回答者", "連絡先", "回答日"}
			id := "Q-YN-02"
			if tc.selfCheck {
				q.By = "council"
				labels, id = [3]string{"点検者", "所属・職名", "点検日"}, "Q-OUT-SELF"
			}
			f := workbook(t, generate(t, q))
			setAnswer(t, f, qs, id, "はい")
			cells := map[string]string{}
			for i, v := range []string{tc.person, tc.contact, tc.date} {
				r := row(t, f, labels[i])
				cells["B"+r] = labels[i]
				f.SetCellStr("表紙", "B"+r, v)
			}
			res := readBytes(t, save(t, f), ReadOptions{Requirements: testReqs()})
			var got out
			if !res.Respondent.Date.IsZero() {
				got.Date = res.Respondent.Date.String()
			}
			for _, p := range res.Problems {
				if p.Sheet != "表紙" || p.Severity() != SeverityError {
					continue
				}
				got.Refused = append(got.Refused, cells[p.Cell]+": "+p.Code.String()+" "+p.Value)
				ja, en := p.Message("ja"), p.Message("en")
				if !strings.Contains(ja, tc.says) {
					t.Errorf("the message does not say %q: %s", tc.says, ja)
				}
				if p.Code == ErrCoverWrongField && (strings.Contains(ja, "読めません") || strings.Contains(en, "bad date") || !strings.Contains(ja, "何も記録していません") ||
					!strings.Contains(en, "nothing recorded") || strings.ContainsAny(strings.ReplaceAll(en, p.Value, ""), "連回点所日")) {
					t.Errorf("messages:\n%s\n%s", ja, en)
				}
			}
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("(-want +got):\n%s\n%v", d, res.Problems)
			}
		})
	}
}
