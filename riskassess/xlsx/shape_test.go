package xlsx

import (
	"bytes"
	"image"
	"image/png"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// TestShapeText: a text box, a callout or another shape with text on a
// sheet of a generated questionnaire was not read and not reported: an
// answer typed in a text box over the answer cell (はい（有償プランのみ）)
// was dropped with no more than "not answered", a caveat in a callout
// beside a はい dropped without a word and the はい recorded. Each is
// refused at the cell the shape is anchored at. A shape without text and
// a picture (a company seal on the cover) drop nothing and are read as
// before.
func TestShapeText(t *testing.T) {
	seal := func(t *testing.T) []byte {
		var buf bytes.Buffer
		if err := png.Encode(&buf, image.NewRGBA(image.Rect(0, 0, 2, 2))); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	shape := func(sheet, cell string, text ...string) func(t *testing.T, f *excelize.File) {
		return func(t *testing.T, f *excelize.File) {
			var runs []excelize.RichTextRun
			for _, s := range text {
				runs = append(runs, excelize.RichTextRun{Text: s})
			}
			if err := f.AddShape(sheet, &excelize.Shape{Cell: cell, Type: "wedgeRectCallout", Paragraph: runs}); err != nil {
				t.Fatal(err)
			}
		}
	}
	type out struct {
		Refused []string // sheet!cell of each ErrShapeText
		Yes     bool     // Q-YN-01 read as yes
	}
	for _, tc := range []struct {
		name string
		edit func(t *testing.T, f *excelize.File)
		want out
		// ja and en are in the messages of the first refusal.
		ja, en string
	}{
		{"a text box over the answer cell", shape(qs, "D3", "はい（有償プランのみ）"),
			out{Refused: []string{"質問!D3"}, Yes: true}, "質問「Q-YN-02」の「回答」欄（D3）、補足は「コメント・根拠」欄（E3）", "the answer cell of question Q-YN-02 (D3)"},
		{"a callout with a caveat beside the answer", shape(qs, "G2", "※有償プランのみ"),
			out{Refused: []string{"質問!G2"}, Yes: true}, "図形・テキストボックスの文字「※有償プランのみ」は読みません", "text in a shape \"※有償プランのみ\""},
		{"a text box on the cover", shape("表紙", "C8", "回答は暫定です"),
			out{Refused: []string{"表紙!C8"}, Yes: true}, "当てはまる質問の「回答」欄", "text boxes, callouts and other shapes are not read"},
		{"a shape without text", shape(qs, "G2"), out{Yes: true}, "", ""},
		{"a company seal on the cover", func(t *testing.T, f *excelize.File) {
			if err := f.AddPictureFromBytes("表紙", "C15", &excelize.Picture{Extension: ".png", File: seal(t)}); err != nil {
				t.Fatal(err)
			}
		}, out{Yes: true}, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := defaultQ()
			f := workbook(t, generate(t, q))
			tc.edit(t, f)
			res := readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements})
			var got out
			var msgs []string
			for _, p := range res.Problems {
				if p.Code == ErrShapeText {
					got.Refused = append(got.Refused, p.Sheet+"!"+p.Cell)
					msgs = append(msgs, p.Message("ja"), p.Message("en"))
					checkSaysOnce(t, p)
				}
			}
			got.Yes = res.Answers["Q-YN-01"].Value == Yes
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
			if (len(tc.want.Refused) > 0) != (res.Err() != nil) {
				t.Errorf("Err() = %v", res.Err())
			}
			if tc.ja != "" && (len(msgs) < 2 || !strings.Contains(msgs[0], tc.ja) || !strings.Contains(msgs[1], tc.en) || !strings.Contains(msgs[0], "何も記録していません")) {
				t.Errorf("messages %q, want %q and %q", msgs, tc.ja, tc.en)
			}
		})
	}
}
