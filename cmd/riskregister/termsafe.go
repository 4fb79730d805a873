package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"golang.org/x/term"
)

// termSafe returns s with every character that could steer a terminal
// shown as an escape instead: C0 control characters other than tab and
// newline (ESC starts colour, cursor and OSC sequences, BEL rings, CR
// overwrites the line), DEL, C1 controls (U+0080–U+009F, CSI and OSC among
// them), bidirectional-text controls (U+061C, U+200E, U+200F, U+202A–U+202E,
// U+2066–U+2069, which reorder what is shown) and bytes that are not UTF-8.
// ESC becomes `\x1b`, U+202E `\u202e`, an invalid byte `\xff`. It is the one
// filter of everything the CLI prints (see termWriter): names, answers and
// comments come from register files and vendors' workbooks.
func termSafe(s string) string {
	i := strings.IndexFunc(s, func(r rune) bool { return r == utf8.RuneError || unsafeRune(r) })
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	b.WriteString(s[:i])
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r < 0x80 && unsafeRune(r):
			fmt.Fprintf(&b, `\x%02x`, r)
		case unsafeRune(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// unsafeRune reports whether termSafe escapes r.
func unsafeRune(r rune) bool {
	switch {
	case r == '\t' || r == '\n':
		return false
	case r < 0x20 || r == 0x7f:
		return true
	case r >= 0x80 && r <= 0x9f:
		return true
	case r == 0x061c || r == 0x200e || r == 0x200f:
		return true
	case r >= 0x202a && r <= 0x202e:
		return true
	case r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// termWriter passes everything written through termSafe. A UTF-8 sequence
// split between two writes is held back until it is complete (at most 3
// bytes); Flush is not needed, as every text the CLI prints ends with a
// complete character.
type termWriter struct {
	w       io.Writer
	pending []byte
}

// newTermWriter returns w filtered by termSafe.
func newTermWriter(w io.Writer) *termWriter { return &termWriter{w: w} }

func (t *termWriter) Write(p []byte) (int, error) {
	data := p
	if len(t.pending) > 0 {
		data = append(t.pending, p...)
		t.pending = nil
	}
	// Hold back an incomplete last character.
	cut := len(data)
	for k := 1; k <= utf8.UTFMax-1 && k <= len(data); k++ {
		c := data[len(data)-k]
		if c < 0x80 {
			break
		}
		if utf8.RuneStart(c) {
			if !utf8.FullRune(data[len(data)-k:]) {
				cut = len(data) - k
			}
			break
		}
	}
	t.pending = append([]byte(nil), data[cut:]...)
	if _, err := io.WriteString(t.w, termSafe(string(data[:cut]))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
