package xlsx

import (
	"fmt"
	"html"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestVolatileFormulas: an answer, a comment or the cover's 回答日 whose
// formula takes its value from the day or a random number was read as
// the value cached when the file was last saved, by whoever saved it:
// =RAND() and =RANDBETWEEN() anywhere, a comment of
// ="実施 "&TEXT(NOW(),…), a formula written with a space (TODAY ()), and
// a formula referring to a cell or a name that holds =TODAY() (=表紙!B5
// of a 回答日 of =TODAY(), =Z1, =回答日) were recorded. Each is refused at
// its cell. A formula of fixed values, or one referring to cells in a
// workbook without a volatile formula, reads as before; one referring to
// a typed value in a workbook that holds =TODAY() elsewhere is refused
// too (a false refusal: whether its value depends on the day is not
// worked out).
func TestVolatileFormulas(t *testing.T) {
	type out struct {
		Answers map[string]string // answer (| comment) of Q-DT-01, Q-YN-02, Q-NUM-01 as read
		Refused []string          // question (or sheet) and column of each refusal
	}
	typed := map[string]string{"Q-DT-01": "2026-04-01", "Q-YN-02": "yes | ISMS", "Q-NUM-01": "99.5"}
	without := func(ids ...string) map[string]string {
		m := map[string]string{}
		for k, v := range typed {
			m[k] = v
		}
		for _, id := range ids {
			delete(m, id)
		}
		return m
	}
	for _, tc := range []struct {
		name string
		// cells: "Q-ID D" (answer) or "Q-ID E" (comment) of the questions
		// sheet, "cover" (the 回答日), or a cell of the questions sheet
		// (Z1) → `formula|cached` (a cached text when it is not a number).
		cells map[string]string
		names string // <definedName>s of the workbook
		want  out
	}{
		{"typed", nil, "", out{typed, nil}},
		{"=TEXT(TODAY(),…) in a date answer", map[string]string{"Q-DT-01 D": `TEXT(TODAY(),"yyyy/mm/dd")|2026/04/01`}, "",
			out{without("Q-DT-01"), []string{"Q-DT-01 D"}}},
		{"=TODAY () with a space", map[string]string{"Q-DT-01 D": `TODAY ()|46113`}, "",
			out{without("Q-DT-01"), []string{"Q-DT-01 D"}}},
		{"=RAND() in a number answer", map[string]string{"Q-NUM-01 D": `RAND()*100|42`}, "",
			out{without("Q-NUM-01"), []string{"Q-NUM-01 D"}}},
		{"=RANDBETWEEN() in a number answer", map[string]string{"Q-NUM-01 D": `randbetween(90,100)|99`}, "",
			out{without("Q-NUM-01"), []string{"Q-NUM-01 D"}}},
		{"=IF(TODAY()…) in a yes/no answer", map[string]string{"Q-YN-02 D": `IF(TODAY()<DATE(2027,1,1),"はい","いいえ")|はい`}, "",
			out{without("Q-YN-02"), []string{"Q-YN-02 D"}}},
		{"=TEXT(NOW(),…) in a comment", map[string]string{"Q-YN-02 E": `"実施 "&TEXT(NOW(),"yyyy/mm/dd")|実施 2026/04/01`}, "",
			out{without("Q-YN-02"), []string{"Q-YN-02 E"}}},
		{"a date answer referring to a 回答日 of =TODAY()", map[string]string{"cover": "TODAY()|46114", "Q-DT-01 D": "表紙!B{cover}|46114"}, "",
			out{without("Q-DT-01"), []string{"表紙!B", "Q-DT-01 D"}}},
		{"a date answer referring to a cell of =TODAY()", map[string]string{"Z1": "TODAY()|46113", "Q-DT-01 D": "$Z$1|46113"}, "",
			out{without("Q-DT-01"), []string{"Q-DT-01 D"}}},
		{"a date answer referring to a name of =TODAY()", map[string]string{"Q-DT-01 D": "回答日|46113"},
			`<definedName name="回答日">TODAY()</definedName>`, out{without("Q-DT-01"), []string{"Q-DT-01 D"}}},
		{"a date answer of INDIRECT() of a cell of =TODAY()", map[string]string{"Z1": "TODAY()|46113", "Q-DT-01 D": `INDIRECT("Z1")|46113`}, "",
			out{without("Q-DT-01"), []string{"Q-DT-01 D"}}},
		{"a comment referring to a cell of =NOW()", map[string]string{"Z1": `TEXT(NOW(),"yyyy/mm/dd")|2026/04/01`, "Q-YN-02 E": `"ISMS "&Z1|ISMS 2026/04/01`}, "",
			out{without("Q-YN-02"), []string{"Q-YN-02 E"}}},
		// The other way: no day, no random number, nothing refused.
		{"a fixed day", map[string]string{"Q-DT-01 D": "DATE(2026,4,1)|46113"}, "", out{typed, nil}},
		{"a fixed text", map[string]string{"Q-YN-02 D": `"はい"|はい`, "Q-YN-02 E": `"IS"&"MS"|ISMS`}, "", out{typed, nil}},
		{"a reference to a typed day", map[string]string{"Z1": "DATE(2026,4,1)|46113", "Q-DT-01 D": "Z1|46113"}, "", out{typed, nil}},
		{"a reference to a name of a fixed day", map[string]string{"Q-DT-01 D": "回答日|46113"},
			`<definedName name="回答日">DATE(2026,4,1)</definedName>`, out{typed, nil}},
		// A false refusal: the reference is to a fixed day, but the
		// workbook holds =TODAY() elsewhere.
		{"a reference to a typed day beside =TODAY()", map[string]string{"Z1": "DATE(2026,4,1)|46113", "Y1": "TODAY()|46200", "Q-DT-01 D": "Z1|46113"}, "",
			out{without("Q-DT-01"), []string{"Q-DT-01 D"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := defaultQ()
			f := workbook(t, generate(t, q))
			cells := map[string]string{}
			for _, id := range []string{"Q-DT-01", "Q-YN-02", "Q-NUM-01"} {
				v := map[string]string{"Q-DT-01": "2026/4/1", "Q-YN-02": "はい", "Q-NUM-01": "99.5"}[id]
				cells[id+" D"] = setAnswer(t, f, qs, id, v)
				cells[id+" E"] = "E" + strconv.Itoa(rowOf(t, f, qs, id))
			}
			f.SetCellStr(qs, cells["Q-YN-02 E"], "ISMS")
			for _, z := range []string{"Y1", "Z1"} {
				cells[z] = z
				f.SetCellStr(qs, z, "x")
			}
			cells["cover"] = "B" + answeredRow(t, f)
			f.SetCellStr("表紙", cells["cover"], "2026/4/2")
			b := save(t, f)
			b = rezip(t, b, func(name string, data []byte) []byte {
				s := string(data)
				switch name {
				case "xl/workbook.xml":
					if tc.names == "" {
						return nil
					}
					return []byte(strings.Replace(s, `</sheets>`, `</sheets><definedNames>`+tc.names+`</definedNames>`, 1))
				case "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml":
				default:
					return nil
				}
				for key, fv := range tc.cells {
					if (key == "cover") != (name == "xl/worksheets/sheet1.xml") {
						continue
					}
					fo, cached, _ := strings.Cut(fv, "|")
					fo = strings.ReplaceAll(fo, "{cover}", strings.TrimPrefix(cells["cover"], "B"))
					typ := ""
					if _, err := strconv.ParseFloat(cached, 64); err != nil {
						typ = `t="str"`
					}
					s = setCellXML(t, s, cells[key], typ+"><f>"+html.EscapeString(fo)+"</f><v>"+html.EscapeString(cached)+"</v>")
				}
				return []byte(s)
			})
			res := readBytes(t, b, ReadOptions{Requirements: q.Requirements})
			got := out{Answers: map[string]string{}}
			for _, id := range []string{"Q-DT-01", "Q-YN-02", "Q-NUM-01"} {
				if a, ok := res.Answers[id]; ok {
					got.Answers[id] = a.Value
					if a.Comment != "" {
						got.Answers[id] += " | " + a.Comment
					}
				}
			}
			for _, p := range res.Problems {
				if p.Code != ErrUnknownAnswer && p.Code != ErrBadDate {
					continue
				}
				where := p.QuestionID
				if where == "" {
					where = p.Sheet + "!"
				} else {
					where += " "
				}
				got.Refused = append(got.Refused, where+strings.TrimRight(p.Cell, "0123456789"))
				if ja, en := p.Message("ja"), p.Message("en"); !strings.Contains(ja, "=TODAY()") || !strings.Contains(ja, "直接記入") || !strings.Contains(en, "type the") {
					t.Errorf("messages %q, %q", ja, en)
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s\n%v", diff, res.Problems)
			}
		})
	}
}

// TestForeignVolatileAnswers: a CAIQ answer or description cell whose
// formula uses =TODAY() or =RAND() was read as the value cached when the
// file was last saved: =IF(TODAY()<…,"Yes","No") answered Q-SV-AUDIT yes.
// Each such cell is refused (an error at it) and the answer is no yes/no;
// a formula of fixed values reads as before.
func TestForeignVolatileAnswers(t *testing.T) {
	for _, tc := range []struct {
		name      string
		c5, e10   string // formulas of the answer of A&A-02.1 and the description of STA-12.1, "" as built
		wantAudit string // Q-SV-AUDIT's answer
		want      []string
	}{
		{"as built", "", "", "yes", nil},
		{"=IF(TODAY()…) answer", `IF(TODAY()<DATE(2027,1,1),"Yes","No")`, "", "", []string{"CAIQv4.0.3!C5 unknown answer Yes error"}},
		{"=RAND() answer", `IF(RAND()<2,"Yes","No")`, "", "", []string{"CAIQv4.0.3!C5 unknown answer Yes error"}},
		{"=NOW() description", "", `"Checked "&TEXT(NOW(),"yyyy-mm-dd")`, "yes", []string{"CAIQv4.0.3!E10 unknown answer Not yet. error"}},
		{"fixed formulas", `IF(TRUE,"Yes")`, `CONCAT("Not ","yet.")`, "yes", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := caiqBook(t, "CAIQv4.0.3", "v4.0.3", caiqRows, false)
			b = rezip(t, b, func(name string, data []byte) []byte {
				if name != "xl/worksheets/sheet2.xml" {
					return nil
				}
				s := string(data)
				if tc.c5 != "" {
					s = regexp.MustCompile(`<c r="C5"[^>]*><v>[^<]*</v></c>`).ReplaceAllString(s, `<c r="C5" t="str"><f>`+html.EscapeString(tc.c5)+`</f><v>Yes</v></c>`)
				}
				if tc.e10 != "" {
					s = regexp.MustCompile(`<c r="E10"[^>]*><v>[^<]*</v></c>`).ReplaceAllString(s, `<c r="E10" t="str"><f>`+html.EscapeString(tc.e10)+`</f><v>Not yet.</v></c>`)
				}
				return []byte(s)
			})
			res := readBytes(t, b, foreignOpts(nil, caiqMapping))
			var got []string
			for _, p := range res.Problems {
				got = append(got, fmt.Sprintf("%s %v %s %v", p.Pos(), p.Code, p.Value, p.Severity()))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
			if a := res.Answers["Q-SV-AUDIT"]; a.Value != tc.wantAudit {
				t.Errorf("Q-SV-AUDIT read as %+v, want %q", a, tc.wantAudit)
			}
		})
	}
}

// TestFormulaKinds: which formulas take the day or a random number
// (volatileFormula) and which refer to other cells or names
// (refersFormula). Text in quotes naming TODAY() counts as volatile (a
// false refusal, never a day read).
func TestFormulaKinds(t *testing.T) {
	type kinds struct{ Volatile, Refers bool }
	for _, tc := range []struct {
		f    string
		want kinds
	}{
		{`TODAY()`, kinds{true, false}},
		{`today ()`, kinds{true, false}},
		{`TEXT(NOW(),"yyyy/mm/dd")`, kinds{true, false}},
		{`_xlfn.RANDARRAY(2)`, kinds{true, false}},
		{`IF(A1="x",TODAY(),"")`, kinds{true, true}},
		{`"TODAY()と書く"`, kinds{true, false}},
		{`DATE(2026,4,1)`, kinds{false, false}},
		{`"はい"`, kinds{false, false}},
		{`"Z1"&"x"`, kinds{false, false}},
		{`1.5E+3*2`, kinds{false, false}},
		{`TRUE`, kinds{false, false}},
		{`IF(FALSE,NA(),#N/A)`, kinds{false, false}},
		{`Z1`, kinds{false, true}},
		{`$Z$1`, kinds{false, true}},
		{`表紙!B5`, kinds{false, true}},
		{`'Sheet 1'!A:A`, kinds{false, true}},
		{`SUM(T[Col])`, kinds{false, true}},
		{`[1]Sheet1!A1`, kinds{false, true}},
		{`回答日`, kinds{false, true}},
		{`INDIRECT("Z1")`, kinds{false, true}},
		{`ISBLANK(B2)`, kinds{false, true}},
		// Rows given by number alone: INDEX(21:21,2) is the 回答日 of
		// a row holding =TODAY().
		{`INDEX(21:21,2)`, kinds{false, true}},
		{`SUM(7:9)`, kinds{false, true}},
		{`TIME(9,30,0)`, kinds{false, false}},
	} {
		got := kinds{volatileFormula([]byte(tc.f)), refersFormula([]byte(tc.f))}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.f, diff)
		}
	}
}

// TestVolatileArrayFormula: an array formula (Ctrl+Shift+Enter, or a
// dynamic array's spill) keeps its formula in its first cell only; the
// other cells of its range hold no formula, only their cached values. One
// of =TODAY() over the answers of Q-DT-01 and Q-DT-02 had Q-DT-02 read as
// the day the file was last saved. Every cell of the range is refused; an
// array formula of fixed days reads as before.
func TestVolatileArrayFormula(t *testing.T) {
	for _, tc := range []struct {
		name    string
		formula string
		want    map[string]string // answers of Q-DT-01, Q-DT-02 as read
		refused []string          // questions refused
		others  int               // array formulas of =TODAY() in row 1 before them
	}{
		{"=TODAY() over two answers", "TODAY()+{0;0}", map[string]string{}, []string{"Q-DT-01", "Q-DT-02"}, 0},
		// More ranges than are kept (theirs is the 65th): the cells
		// without a formula from there on are refused, Q-DT-02's and
		// the typed Q-NUM-01's (a false refusal).
		{"=TODAY() over two answers after 64 others", "TODAY()+{0;0}", map[string]string{}, []string{"Q-DT-01", "Q-DT-02", "Q-NUM-01"}, maxArrays},
		{"a fixed day over two answers", "DATE(2026,4,1)+{0;0}", map[string]string{"Q-DT-01": "2026-04-01", "Q-DT-02": "2026-04-01"}, nil, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := defaultQ()
			f := workbook(t, generate(t, q))
			c1 := setAnswer(t, f, qs, "Q-DT-01", "2026/4/1")
			c2 := setAnswer(t, f, qs, "Q-DT-02", "2026/4/1")
			b := rezip(t, save(t, f), func(name string, data []byte) []byte {
				if name != "xl/worksheets/sheet2.xml" {
					return nil
				}
				s := setCellXML(t, string(data), c1, `><f t="array" ref="`+c1+":"+c2+`">`+tc.formula+`</f><v>46113</v>`)
				s = setCellXML(t, s, c2, `><v>46113</v>`)
				if tc.others > 0 {
					var cells strings.Builder
					for i := range tc.others {
						ref := cellName(30+i, 1)
						cells.WriteString(`<c r="` + ref + `"><f t="array" ref="` + ref + `">TODAY()</f><v>46113</v></c>`)
					}
					end := strings.Index(s, "</row>")
					s = s[:end] + cells.String() + s[end:]
				}
				return []byte(s)
			})
			res := readBytes(t, b, ReadOptions{Requirements: q.Requirements})
			got := map[string]string{}
			for _, id := range []string{"Q-DT-01", "Q-DT-02"} {
				if a, ok := res.Answers[id]; ok {
					got[id] = a.Value
				}
			}
			var refused []string
			for _, p := range res.Problems {
				if p.Code == ErrUnknownAnswer && strings.Contains(p.Message("ja"), "=TODAY()") {
					refused = append(refused, p.QuestionID)
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("answers (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.refused, refused); diff != "" {
				t.Errorf("refused (-want +got):\n%s", diff)
			}
		})
	}
}
