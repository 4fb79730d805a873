package xlsx

import (
	"archive/zip"
	"bytes"
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// TestCellNotesRefused: a note on a cell (Excel's メモ or コメント, a
// LibreOffice or Google Sheets comment) of a generated questionnaire was
// never read: a caveat a vendor put in one (有償オプション契約時のみ on a
// はい) was dropped without a word and the はい recorded alone. riskregister
// writes no notes, so every note is refused at its cell (note on a cell),
// naming the comment cell of its question's row, and the file is not
// recorded. A workbook without notes reads as before.
func TestCellNotesRefused(t *testing.T) {
	type out struct {
		Cells  []string // cells refused with ErrCellNote
		Errors bool     // HasErrors: nothing may be recorded
		Answer string   // Q-YN-01's answer as read
	}
	for _, tc := range []struct {
		name      string
		note      func(row int) (sheet, cell string) // nil: no note
		threaded  bool                               // the note as a threaded comment alone (no legacy copy)
		want      out
		wantSays  string // the message names this
		wantSaysE string // the English message names this
	}{
		{"no note", nil, false, out{nil, false, Yes}, "", ""},
		{"on the answer", func(r int) (string, string) { return qs, "D" + strconv.Itoa(r) }, false,
			out{[]string{"D"}, true, Yes}, "「コメント・根拠」欄（E", "the comment cell of question Q-YN-01 (E"},
		{"on the comment cell", func(r int) (string, string) { return qs, "E" + strconv.Itoa(r) }, false,
			out{[]string{"E"}, true, Yes}, "質問「Q-YN-01」", "question Q-YN-01"},
		{"on the question text", func(r int) (string, string) { return qs, "C" + strconv.Itoa(r) }, false,
			out{[]string{"C"}, true, Yes}, "質問「Q-YN-01」", "question Q-YN-01"},
		{"on the header", func(int) (string, string) { return qs, "D1" }, false,
			out{[]string{"D"}, true, Yes}, "当てはまる質問", "the question it is about"},
		{"on the cover", func(int) (string, string) { return "表紙", "B2" }, false,
			out{[]string{"B"}, true, Yes}, "当てはまる質問", "the question it is about"},
		{"a threaded comment alone", func(r int) (string, string) { return qs, "D" + strconv.Itoa(r) }, true,
			out{[]string{"D"}, true, Yes}, "有償オプション契約時のみ", "有償オプション契約時のみ"},
		// As Excel 365 writes one: the legacy copy, listed first, holds
		// Excel's own words; the threaded comment's text is quoted.
		{"a threaded comment and its legacy copy", func(r int) (string, string) { return qs, "D" + strconv.Itoa(r) }, true,
			out{[]string{"D"}, true, Yes}, "「有償オプション契約時のみ」", `"有償オプション契約時のみ"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := workbook(t, generate(t, defaultQ()))
			setAnswer(t, f, qs, "Q-YN-01", "はい")
			if tc.note != nil {
				sh, cell := tc.note(rowOf(t, f, qs, "Q-YN-01"))
				if err := f.AddComment(sh, excelize.Comment{Cell: cell, Author: "vendor",
					Paragraph: []excelize.RichTextRun{{Text: "有償オプション\n契約時のみ"}}}); err != nil {
					t.Fatal(err)
				}
			}
			b := save(t, f)
			if tc.threaded {
				b = threadedOnly(t, b, strings.Contains(tc.name, "legacy copy"))
			}
			res := readBytes(t, b, ReadOptions{Requirements: testReqs()})
			got := out{Errors: res.HasErrors(), Answer: res.Answers["Q-YN-01"].Value}
			var msgs []string
			got.Cells, msgs = problemColumns(res, ErrCellNote)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Fatalf("(-want +got):\n%s\n%v", diff, res.Problems)
			}
			if tc.note == nil {
				return
			}
			ja, en := msgs[0], msgs[1]
			if !strings.Contains(ja, "有償オプション") || !strings.Contains(ja, tc.wantSays) || !strings.Contains(ja, "何も記録していません") {
				t.Errorf("ja: %s", ja)
			}
			// English but for the sheet's name and the note quoted.
			rest := strings.NewReplacer("有償オプション 契約時のみ", "", "有償オプション契約時のみ", "", "質問!", "", "表紙!", "").Replace(en)
			if !strings.Contains(en, tc.wantSaysE) || strings.ContainsFunc(rest, func(r rune) bool { return r >= 0x3000 }) {
				t.Errorf("en: %s", en)
			}
			if p := repeatedPhrase(ja); p != "" {
				t.Errorf("ja says %q twice: %s", p, ja)
			}
		})
	}
}

// threadedOnly rewrites the workbook b so that its notes are threaded
// comments (Excel 365's コメント) without the legacy copy Excel keeps of
// them: the comments part becomes a threadedComments part. With legacy,
// the comments part stays too, holding the words Excel writes there, and
// listed first.
func threadedOnly(t *testing.T, b []byte, legacy bool) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	refs := regexp.MustCompile(`<comment ref="([A-Z]+[0-9]+)"`)
	changed := false
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(rc)
		rc.Close()
		s := string(data)
		switch {
		case strings.HasPrefix(zf.Name, "xl/comments") && legacy:
			th := s
			s = regexp.MustCompile(`<text>.*?</text>`).ReplaceAllString(s, `<text><t>[Threaded comment]&#10;&#10;Your version of Excel allows you to read this threaded comment; however, any edits to it will get removed if the file is opened in a newer version of Excel. Comment:&#10;    有償オプション契約時のみ</t></text>`)
			var w strings.Builder
			w.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments">`)
			for _, m := range refs.FindAllStringSubmatch(th, -1) {
				w.WriteString(`<threadedComment ref="` + m[1] + `" id="{00000000-0000-0000-0000-000000000001}"><text>有償オプション契約時のみ</text></threadedComment>`)
			}
			w.WriteString(`</ThreadedComments>`)
			tw, err := zw.Create("xl/threadedComments/threadedComment9.xml")
			if err != nil {
				t.Fatal(err)
			}
			tw.Write([]byte(w.String()))
			changed = true
		case strings.HasSuffix(zf.Name, ".rels") && legacy && strings.Contains(s, "relationships/comments"):
			s = strings.Replace(s, `</Relationships>`, `<Relationship Id="rIdT9" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment9.xml"/></Relationships>`, 1)
		case strings.HasPrefix(zf.Name, "xl/comments"):
			var th strings.Builder
			th.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments">`)
			for _, m := range refs.FindAllStringSubmatch(s, -1) {
				th.WriteString(`<threadedComment ref="` + m[1] + `" id="{00000000-0000-0000-0000-000000000001}"><text>有償オプション契約時のみ</text></threadedComment>`)
			}
			th.WriteString(`</ThreadedComments>`)
			s, changed = th.String(), true
		case strings.HasSuffix(zf.Name, ".rels") && !legacy:
			s = strings.ReplaceAll(s, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
				"http://schemas.microsoft.com/office/2017/10/relationships/threadedComment")
		}
		w, err := zw.Create(zf.Name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(s))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if !changed {
		t.Fatal("no comments part to rewrite: the test proves nothing")
	}
	return buf.Bytes()
}

// TestGenericWorkbookNotes: in a workbook riskregister did not make (a
// sheet with ID, 回答 and コメント columns), a note on the answer or
// comment cell of a question row is a warning at its cell (it was never
// read: a caveat on a はい went without a word); the answer is imported.
// A note on the question text is not looked at.
func TestGenericWorkbookNotes(t *testing.T) {
	type out struct {
		Warned []string
		Errors bool
		Answer string
	}
	for _, tc := range []struct {
		name string
		cell string // "" no note
		want out
	}{
		{"no note", "", out{Answer: Yes}},
		{"on the answer", "C2", out{Warned: []string{"C2"}, Answer: Yes}},
		{"on the comment", "D2", out{Warned: []string{"D2"}, Answer: Yes}},
		{"on the question text", "B2", out{Answer: Yes}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := excelize.NewFile()
			for i, v := range []string{"ID", "質問", "回答", "コメント"} {
				f.SetCellStr("Sheet1", cellName(i+1, 1), v)
			}
			f.SetCellStr("Sheet1", "A2", "Q-YN-01")
			f.SetCellStr("Sheet1", "B2", "質問です")
			f.SetCellStr("Sheet1", "C2", "はい")
			if tc.cell != "" {
				if err := f.AddComment("Sheet1", excelize.Comment{Cell: tc.cell, Author: "vendor",
					Paragraph: []excelize.RichTextRun{{Text: "有償オプション契約時のみ"}}}); err != nil {
					t.Fatal(err)
				}
			}
			res := readBytes(t, save(t, f), ReadOptions{Requirements: testReqs()})
			got := out{Errors: res.HasErrors(), Answer: res.Answers["Q-YN-01"].Value}
			for _, p := range res.Problems {
				if p.Code == ErrForeignNote {
					got.Warned = append(got.Warned, p.Cell)
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s\n%v", diff, res.Problems)
			}
		})
	}
}
