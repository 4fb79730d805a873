package xlsx

import (
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestStruckAnswer: an answer struck through, a deletion shown as Japanese
// forms do (見え消し), was read as the answer: a struck はい as はい, a
// struck 99.9 as 99.9, a text with a struck part with that part. Such a
// cell (its font struck, or a run of its text) is refused at its cell;
// other formatting (bold, a bold run) reads as before.
func TestStruckAnswer(t *testing.T) {
	q := defaultQ()
	f := workbook(t, generate(t, q))
	style := func(font excelize.Font) int {
		s, err := f.NewStyle(&excelize.Style{Font: &font})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	struck, bold := style(excelize.Font{Strike: true}), style(excelize.Font{Bold: true})
	set := func(id string, v any, s int) string {
		cell := setAnswer(t, f, qs, id, v)
		if s != 0 {
			if err := f.SetCellStyle(qs, cell, cell, s); err != nil {
				t.Fatal(err)
			}
		}
		return cell
	}
	rich := func(id string, runs ...excelize.RichTextRun) string {
		cell := "D" + itoa(rowOf(t, f, qs, id))
		if err := f.SetCellRichText(qs, cell, runs); err != nil {
			t.Fatal(err)
		}
		return cell
	}
	refused := map[string]string{
		"Q-YN-01":  set("Q-YN-01", "はい", struck),
		"Q-NUM-01": set("Q-NUM-01", 99.9, struck),
		"Q-YN-02":  rich("Q-YN-02", excelize.RichTextRun{Text: "はい", Font: &excelize.Font{Strike: true}}),
		"Q-TX-01": rich("Q-TX-01", excelize.RichTextRun{Text: "旧: "}, excelize.RichTextRun{Text: "ABC", Font: &excelize.Font{Strike: true}},
			excelize.RichTextRun{Text: " 新: DEF"}),
	}
	set("Q-YN-03", "はい", bold)
	rich("Q-YN-04", excelize.RichTextRun{Text: "はい", Font: &excelize.Font{Bold: true}})
	rich("Q-YN-05", excelize.RichTextRun{Text: "いいえ"}, excelize.RichTextRun{Text: " ", Font: &excelize.Font{Strike: true}})
	res := readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements})
	for id, cell := range refused {
		if a, ok := res.Answers[id]; ok {
			t.Errorf("%s (struck) read as %q, want refused", id, a.Value)
		}
		if it := itemOf(t, res, id); it.Status != StatusError || it.ErrorCode != ErrUnknownAnswer || it.Cell != qs+"!"+cell {
			t.Errorf("%s: %+v", id, it)
		}
		n := 0
		for _, p := range res.Problems {
			if p.QuestionID == id {
				n++
				if !strings.Contains(p.Message("ja"), qs+"!"+cell) || !strings.Contains(p.Message("ja"), "取り消し線（見え消し）のある回答は読みません") ||
					!strings.Contains(p.Message("en"), "an answer struck through (a deletion shown) is not read") {
					t.Errorf("%s: messages %q / %q", id, p.Message("ja"), p.Message("en"))
				}
			}
		}
		if n != 1 {
			t.Errorf("%s: %d problems, want 1", id, n)
		}
	}
	for id, want := range map[string]string{"Q-YN-03": Yes, "Q-YN-04": Yes, "Q-YN-05": No} {
		if a := res.Answers[id]; a.Value != want {
			t.Errorf("%s read as %q, want %q", id, a.Value, want)
		}
	}
}

// TestForeignStruckAnswer: a struck-through Yes in a CAIQ answered the
// linked question yes; it answers nothing now and is shown as evidence.
func TestForeignStruckAnswer(t *testing.T) {
	b := caiqBook(t, "CAIQv4.0.3", "v4.0.3", caiqRows, true)
	plain := `<c r="C5" t="inlineStr"><is><t xml:space="preserve">Yes</t></is></c>`
	b = rezip(t, b, func(name string, data []byte) []byte {
		if !strings.Contains(string(data), plain) {
			return data
		}
		return []byte(strings.Replace(string(data), plain, `<c r="C5" t="inlineStr"><is><r><rPr><strike/></rPr><t>Yes</t></r></is></c>`, 1))
	})
	res := readBytes(t, b, foreignOpts(nil, caiqMapping))
	if res.HasErrors() {
		t.Fatal(res.Err())
	}
	if a, ok := res.Answers["Q-SV-AUDIT"]; ok {
		t.Errorf("struck Yes of A&A-02.1 answered Q-SV-AUDIT %q", a.Value)
	}
	shown := false
	for _, ev := range res.Evidence {
		shown = shown || (ev.Requirement == "SV-AUDIT" && ev.Question == "A&A-02.1" && ev.Answer == "Yes")
	}
	if !shown {
		t.Errorf("struck Yes of A&A-02.1 not shown as evidence: %+v", res.Evidence)
	}
	if a := res.Answers["Q-SV-CHAIN"]; a.Value != No {
		t.Errorf("STA-12.1 No read as %q", a.Value)
	}
}
