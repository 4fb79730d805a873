package main

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/xuri/excelize/v2"
)

func TestTermSafe(t *testing.T) {
	tests := []struct{ in, want string }{
		{"株式会社アクメ\tA-1\n", "株式会社アクメ\tA-1\n"},
		{"a\x1b]0;pwned\x07b", `a\x1b]0;pwned\x07b`},
		{"\x1b[31mred\x1b[0m", `\x1b[31mred\x1b[0m`},
		{"over\rwrite", `over\x0dwrite`},
		{"nul\x00del\x7f", `nul\x00del\x7f`},
		{"c1 \u009b31m", `c1 \u009b31m`},
		{"\u202eexe.txt", `\u202eexe.txt`},
		{"\u2066iso\u2069 \u200f", `\u2066iso\u2069 \u200f`},
		{"bad \xff byte", `bad \xff byte`},
		{"", ""},
	}
	for _, tc := range tests {
		if got := termSafe(tc.in); got != tc.want {
			t.Errorf("termSafe(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestIsTermSafe: isTermSafe says whether termSafe leaves a text as it
// is, for every character between Japanese text, every byte and every
// pair of bytes (the invalid UTF-8 among them).
func TestIsTermSafe(t *testing.T) {
	check := func(p []byte) {
		t.Helper()
		if got, want := isTermSafe(p), termSafe(string(p)) == string(p); got != want {
			t.Fatalf("isTermSafe(%q) = %v, want %v", p, got, want)
		}
	}
	for r := rune(0); r <= utf8.MaxRune; r++ {
		check([]byte("名称" + string(r) + "（A）"))
	}
	for b := range 256 {
		check([]byte{byte(b)})
		for c := range 256 {
			check([]byte{byte(b), byte(c)})
		}
	}
	check(nil)
}

// TestTermWriterSplitCharacter: a character split over two writes comes
// out whole; controls split from their text are still escaped.
func TestTermWriterSplitCharacter(t *testing.T) {
	var buf bytes.Buffer
	w := newTermWriter(&buf)
	for _, b := range []byte("あ\x1b[2Jい\u202e") {
		if n, err := w.Write([]byte{b}); n != 1 || err != nil {
			t.Fatalf("Write: %d, %v", n, err)
		}
	}
	if got, want := buf.String(), `あ\x1b[2Jい\u202e`; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestDueEscapesControls: an entry name with an OSC sequence and a bidi
// override is printed escaped by the due table (to a terminal or a file).
func TestDueEscapesControls(t *testing.T) {
	reg := dueTestRegister()
	reg.Contractors[0].Name.Ja = "アクメ\x1b]8;;https://evil.example\x07リンク\x1b]8;;\x07\u202e"
	items := []riskassess.DueItem{{Kind: riskassess.DueCertificate, EntryKind: riskassess.KindContractor, EntryID: "acme",
		Date: riskassess.NewDate(2026, 5, 1), What: "IS\x1b[2J-1"}}
	var buf bytes.Buffer
	if err := writeDueTable(&buf, reg, items, riskassess.NewDate(2026, 4, 1), 90, "ja"); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if strings.ContainsAny(out, "\x1b\x07\u202e") {
		t.Errorf("raw control characters in the due table:\n%q", out)
	}
	for _, want := range []string{`アクメ\x1b]8;;https://evil.example\x07リンク`, `IS\x1b[2J-1`} {
		if !strings.Contains(out, want) {
			t.Errorf("due table lacks %q:\n%s", want, out)
		}
	}
}

// TestImportEscapesControls: a vendor's answer and comment holding
// terminal escapes (_x001B_ in the sheet XML is ESC) are printed escaped by
// import (text output and error messages on stderr), and recorded as they
// are; the JSON report keeps the text exactly (JSON escapes it).
func TestImportEscapesControls(t *testing.T) {
	dir, p, qs, _ := filledAcme(t)
	var yesNo string
	for _, q := range qs {
		if q.Type == riskassess.AnswerYesNo {
			yesNo = q.ID
			break
		}
	}
	qSetCell(t, p, "質問", func(f *excelize.File, rowOf func(string) string) {
		f.SetCellStr("質問", "D"+rowOf(yesNo), "はい_x001B_]0;pwned_x0007__x001B_[2J\u202e")
	})
	code, stdout, stderr := execCLI(t, "import", "--register", dir, "--dry-run", p)
	if strings.ContainsAny(stdout+stderr, "\x1b\x07\u202e") {
		t.Errorf("raw control characters printed (exit %d):\n%q\n%q", code, stdout, stderr)
	}
	if !strings.Contains(stdout+stderr, `\x1b]0;pwned\x07\x1b[2J\u202e`) {
		t.Errorf("the escaped value is not shown:\n%s\n%s", stdout, stderr)
	}
	_, stdout, _ = execCLI(t, "import", "--register", dir, "--dry-run", "--format", "json", p)
	if !strings.Contains(stdout, `\u001b]0;pwned\u0007`) {
		t.Errorf("the JSON report does not keep the value:\n%s", stdout)
	}
}
