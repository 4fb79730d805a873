package store

import (
	"fmt"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// textMode says which characters a string field may hold.
type textMode int

const (
	// singleLine: names, ids, titles, links, numbers … No control
	// character at all (not even a tab or a line break) and no unpaired
	// bidirectional control.
	singleLine textMode = iota
	// multiLine: notes, summaries, procedures … Tabs and line breaks are
	// allowed; other control characters and unpaired bidirectional
	// controls are not.
	multiLine
	// vendorText: questionnaire answers and the import history (answers,
	// assessments), copied from vendors' workbooks by import. Not checked
	// here: terminal output escapes them, pages escape them as HTML.
	vendorText
)

// textModes gives the mode of the fields by yaml key, inherited by every
// value under them; every other string field is singleLine.
var textModes = map[string]textMode{
	"notes": multiLine, "scope": multiLine, "summary": multiLine, "description": multiLine,
	"purpose": multiLine, "conditions": multiLine, "note": multiLine, "posting_scope": multiLine,
	"takeover_procedure": multiLine, "impersonation_procedure": multiLine, "support": multiLine,
	"remediation": multiLine, "text": multiLine,
	"answers": vendorText, "assessments": vendorText,
}

// checkText reports the first character of s, the value of n, that its
// field may not hold (see textMode), as CodeBadText.
func (d *decoder) checkText(n *yaml.Node, s string) {
	if d.mode == vendorText {
		return
	}
	for i, r := range s {
		if r >= ' ' && r < 0x7f || r > 0x9f && r < 0x2028 {
			continue // the common case, without the checks below
		}
		if isControl(r) {
			if d.mode == multiLine && (r == '\t' || r == '\n' || r == '\r') {
				continue
			}
			d.badText(n, s, i, r)
			return
		}
	}
	if i, r, ok := unpairedBidi(s); ok {
		d.badText(n, s, i, r)
	}
}

// isControl reports whether r is a C0 or C1 control character, DEL, or a
// line or paragraph separator (U+2028, U+2029).
func isControl(r rune) bool {
	return r < ' ' || r >= 0x7f && r <= 0x9f || r == 0x2028 || r == 0x2029
}

// Bidirectional formatting characters that open or close an embedding,
// override or isolate (UAX #9).
const (
	lre, rle, pdf, lro, rlo = '\u202A', '\u202B', '\u202C', '\u202D', '\u202E'
	lri, rli, fsi, pdi      = '\u2066', '\u2067', '\u2068', '\u2069'
)

// unpairedBidi returns the byte offset and the character of the first
// bidirectional control of s that is not paired: an embedding or override
// (U+202A, U+202B, U+202D, U+202E) not closed by U+202C on the same line,
// an isolate (U+2066–U+2068) not closed by U+2069, or a closing character
// without its opening one. Pairs must nest. ok is false when every one is
// paired.
func unpairedBidi(s string) (int, rune, bool) {
	type open struct {
		at      int
		r       rune
		isolate bool
	}
	var stack []open
	for i, r := range s {
		switch r {
		case lre, rle, lro, rlo:
			stack = append(stack, open{i, r, false})
		case lri, rli, fsi:
			stack = append(stack, open{i, r, true})
		case pdf, pdi:
			if len(stack) == 0 || stack[len(stack)-1].isolate != (r == pdi) {
				return i, r, true
			}
			stack = stack[:len(stack)-1]
		case '\n', '\r', 0x2029:
			// A paragraph ends every embedding and isolate.
			if len(stack) > 0 {
				return stack[0].at, stack[0].r, true
			}
		}
	}
	if len(stack) > 0 {
		return stack[0].at, stack[0].r, true
	}
	return 0, 0, false
}

// charNames names the control characters most often met.
var charNames = map[rune]string{
	0x00: "NUL", 0x07: "BEL", 0x08: "BS", 0x09: "TAB", 0x0A: "LF", 0x0B: "VT", 0x0C: "FF", 0x0D: "CR",
	0x1B: "ESC", 0x7F: "DEL", 0x85: "NEL", 0x9B: "CSI", 0x9D: "OSC", 0x2028: "LINE SEPARATOR", 0x2029: "PARAGRAPH SEPARATOR",
	lre: "LEFT-TO-RIGHT EMBEDDING", rle: "RIGHT-TO-LEFT EMBEDDING", pdf: "POP DIRECTIONAL FORMATTING",
	lro: "LEFT-TO-RIGHT OVERRIDE", rlo: "RIGHT-TO-LEFT OVERRIDE", lri: "LEFT-TO-RIGHT ISOLATE",
	rli: "RIGHT-TO-LEFT ISOLATE", fsi: "FIRST STRONG ISOLATE", pdi: "POP DIRECTIONAL ISOLATE",
}

// badText records that the value of n holds r at byte offset i.
func (d *decoder) badText(n *yaml.Node, s string, i int, r rune) {
	name := fmt.Sprintf("U+%04X", r)
	if cn := charNames[r]; cn != "" {
		name += " (" + cn + ")"
	}
	at := utf8.RuneCountInString(s[:i]) + 1
	q, qja := quoted(s, "en"), quoted(s, "ja")
	var en, ja string
	switch {
	case d.mode == multiLine && (r == 0x2028 || r == 0x2029):
		// Line breaks are allowed here, but only as LF or CR LF.
		en = fmt.Sprintf("text %s contains the line break %s at character %d: use an ordinary line break (a new line in the file) instead", q, name, at)
		ja = fmt.Sprintf("文字列 %s の %d 文字目に改行 %s があります。代わりに通常の改行（ファイル上の改行）を使ってください", qja, at, name)
	case r == '\n' || r == '\r' || r == 0x2028 || r == 0x2029:
		en = fmt.Sprintf("text %s contains a line break %s at character %d: this field takes one line; write it on one line", q, name, at)
		ja = fmt.Sprintf("文字列 %s の %d 文字目に改行 %s があります。この項目は1行で書いてください", qja, at, name)
	case isControl(r):
		en = fmt.Sprintf("text %s contains the control character %s at character %d: remove it (control characters can rewrite a terminal or hide text)", q, name, at)
		ja = fmt.Sprintf("文字列 %s の %d 文字目に制御文字 %s があります。削除してください（制御文字は端末の表示を書き換えたり、文字を隠したりできます）", qja, at, name)
	default:
		en = fmt.Sprintf("text %s contains the unpaired bidirectional control %s at character %d: it reorders the text that follows on screen; remove it, or close it on the same line (U+202C after U+202A–U+202E, U+2069 after U+2066–U+2068)", q, name, at)
		ja = fmt.Sprintf("文字列 %s の %d 文字目に、対になっていない双方向制御文字 %s があります。後に続く文字の表示順を入れ替えるため、削除するか、同じ行で閉じてください（U+202A〜U+202E には U+202C、U+2066〜U+2068 には U+2069）", qja, at, name)
	}
	d.errorf(n, CodeBadText, en, ja)
}
