package store

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestText checks control characters and bidirectional controls in text
// fields, through Load: single-line fields take none, multi-line fields
// take tabs and line breaks only, bidirectional controls must be paired
// on their line, and vendors' answers are not checked here.
func TestText(t *testing.T) {
	const entry = "owner: {section: somu}\napproval: {status: approved}\nlegal_name: アクメ株式会社\n"
	for _, tt := range []struct {
		name string
		yaml string // one line, the third line of contractors/x.yaml after name and entry
		want string // "code line:col message-part", "" for no problem
	}{
		{"plain name", `name: {ja: 株式会社アクメ, en: "Acme, Inc."}`, ""},
		{"ESC in a name", `name: {ja: "アクメ\e]0;title\a"}`, `bad-text 1:12 the control character U+001B (ESC) at character 4`},
		{"BEL in a name", `name: {ja: "アクメ\a"}`, `bad-text 1:12 U+0007 (BEL) at character 4`},
		{"NUL in a name", `name: {ja: "ア\0"}`, `bad-text 1:12 U+0000 (NUL) at character 2`},
		{"C1 CSI in a name", `name: {ja: "ア\u009b31m"}`, `bad-text 1:12 U+009B (CSI)`},
		{"DEL in a name", `name: {ja: "ア\x7f"}`, `bad-text 1:12 U+007F (DEL)`},
		{"tab in a name", `name: {ja: "ア\tメ"}`, `bad-text 1:12 U+0009 (TAB)`},
		{"line break in a name", `name: {ja: "アクメ\n株式会社"}`, `bad-text 1:12 contains a line break U+000A (LF) at character 4: this field takes one line`},
		{"line separator in a handle", `name: {ja: x}` + "\n" + `evidence: [{title: "a\u2028b", url: x.pdf}]`, `bad-text 2:20 a line break U+2028 (LINE SEPARATOR)`},
		{"unpaired RLO in a name", `name: {ja: "請求書\u202Efdp.exe"}`, `bad-text 1:12 the unpaired bidirectional control U+202E (RIGHT-TO-LEFT OVERRIDE) at character 4`},
		{"paired RLO in a name", `name: {ja: "請求書\u202Eabc\u202C"}`, ""},
		{"paired isolate in a name", `name: {ja: "\u2067مرحبا\u2069 アクメ", en: "\u2068Acme\u2069"}`, ""},
		{"nested pairs", `name: {ja: "\u202B\u2066a\u2069\u202C"}`, ""},
		{"PDF alone", `name: {ja: "a\u202Cb"}`, `bad-text 1:12 U+202C (POP DIRECTIONAL FORMATTING) at character 2`},
		{"isolate left open", `name: {ja: "a\u2067b"}`, `bad-text 1:12 U+2067 (RIGHT-TO-LEFT ISOLATE) at character 2`},
		{"crossed pairs", `name: {ja: "\u202E\u2066a\u202C\u2069"}`, `bad-text 1:12 U+202C (POP DIRECTIONAL FORMATTING) at character 4`},
		{"LRM and RLM are fine", `name: {ja: "a\u200Eb\u200Fc"}`, ""},
		{"notes: tabs and line breaks", "name: {ja: x}\nnotes: |\n  a\tb\n  c\n", ""},
		{"notes: line separator", "name: {ja: x}\nnotes: \"a\\u2028b\"", `bad-text 2:8 contains the line break U+2028 (LINE SEPARATOR) at character 2: use an ordinary line break`},
		{"contract scope: paragraph separator", "name: {ja: x}\ncontracts: [{id: k, scope: \"保守\\u2029運用\"}]", `bad-text 2:28 U+2029 (PARAGRAPH SEPARATOR) at character 3: use an ordinary line break`},
		{"notes: ESC", "name: {ja: x}\nnotes: \"a\\e[2J\"", `bad-text 2:8 U+001B (ESC)`},
		{"notes: override closed on the next line only", "name: {ja: x}\nnotes: \"a\\u202Eb\\nc\\u202C\"", `bad-text 2:8 U+202E (RIGHT-TO-LEFT OVERRIDE) at character 2`},
		{"contract scope is multi-line", "name: {ja: x}\ncontracts: [{id: k, scope: \"保守\\n運用\"}]", ""},
		{"approval condition is multi-line but no BEL", "name: {ja: x}\napproval: {status: approved, conditions: [\"a\\nb\", \"c\\a\"]}", `bad-text 2:51 U+0007 (BEL)`},
		{"answers are vendors' text", "name: {ja: x}\nanswers: {Q-1: {value: \"yes\", comment: \"\\e]8;;x\\a\"}}", ""},
		{"assessments are vendors' text", "name: {ja: x}\nassessments: [{on: 2026-04-01, source: q.xlsx, sha256: ab, respondent: {company: \"A\\a\"}, answers: {}}]", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := tt.yaml + "\n" + entry
			if strings.Contains(tt.yaml, "approval:") {
				src = tt.yaml + "\nowner: {section: somu}\nlegal_name: x\n"
			}
			dir := writeTxtar(t, registerYAML+"-- contractors/x.yaml --\n"+src)
			_, err := Load(dir)
			var got string
			if err != nil {
				es := err.(Errors)
				if len(es) != 1 {
					t.Fatalf("want at most one problem, got:\n%s", es.Error())
				}
				e := es[0]
				got = string(e.Code) + " " + strings.TrimPrefix(strings.SplitN(e.Error(), ": ", 2)[0], "contractors/x.yaml:")
				if tt.want != "" {
					code, rest, _ := strings.Cut(tt.want, " ")
					pos, part, _ := strings.Cut(rest, " ")
					if !strings.Contains(e.Msg, part) {
						t.Errorf("message %q lacks %q", e.Msg, part)
					}
					if !strings.ContainsFunc(e.Message("ja"), isJapanese) || !strings.Contains(e.Message("ja"), "U+") {
						t.Errorf("Japanese message %q", e.Message("ja"))
					}
					tt.want = code + " " + pos
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestTextRegister: names in register.yaml are single-line text too.
func TestTextRegister(t *testing.T) {
	dir := writeTxtar(t, strings.Replace(registerYAML, "name: {ja: 鈴木 花子}", `name: {ja: "鈴木\e[31m花子"}`, 1))
	_, err := Load(dir)
	want := []string{`bad-text register.yaml:17:16: text "鈴木\x1b[31m花子" contains the control character U+001B (ESC) at character 3: remove it (control characters can rewrite a terminal or hide text)`}
	if diff := cmp.Diff(want, lines(err)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestTextLineSeparatorMultiLine: a multi-line field takes line breaks, so
// a U+2028 in it is not asked to be written on one line, but as an
// ordinary line break; in both languages.
func TestTextLineSeparatorMultiLine(t *testing.T) {
	dir := writeTxtar(t, registerYAML+"-- contractors/x.yaml --\nname: {ja: x}\nnotes: \"保守\\u2028運用\"\nowner: {section: somu}\napproval: {status: approved}\nlegal_name: x\n")
	_, err := Load(dir)
	es, _ := err.(Errors)
	if len(es) != 1 {
		t.Fatalf("want one problem, got %v", err)
	}
	want := []string{
		`contractors/x.yaml:2:8: 文字列 "保守\u2028運用" の 3 文字目に改行 U+2028 (LINE SEPARATOR) があります。代わりに通常の改行（ファイル上の改行）を使ってください`,
		`contractors/x.yaml:2:8: text "保守\u2028運用" contains the line break U+2028 (LINE SEPARATOR) at character 3: use an ordinary line break (a new line in the file) instead`,
	}
	if diff := cmp.Diff(want, []string{es[0].Message("ja"), es[0].Message("en")}); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestUnpairedBidi(t *testing.T) {
	for _, tt := range []struct {
		in  string
		at  int
		r   rune
		bad bool
	}{
		{"abc", 0, 0, false},
		{"\u202Ax\u202C\u202Bx\u202C\u202Dx\u202C\u202Ex\u202C", 0, 0, false},
		{"\u2066x\u2069\u2067x\u2069\u2068x\u2069", 0, 0, false},
		{"x\u202E", 1, '\u202E', true},
		{"\u2069", 0, '\u2069', true},
		{"\u2066\u202C", 3, '\u202C', true},
		{"\u202E\n\u202C", 0, '\u202E', true},
	} {
		at, r, bad := unpairedBidi(tt.in)
		if at != tt.at || r != tt.r || bad != tt.bad {
			t.Errorf("unpairedBidi(%q) = %d, %U, %v; want %d, %U, %v", tt.in, at, r, bad, tt.at, tt.r, tt.bad)
		}
	}
}
