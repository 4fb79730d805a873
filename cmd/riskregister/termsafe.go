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
	// joined is pending and the next write joined, reused from write
	// to write.
	joined []byte
}

// newTermWriter returns w filtered by termSafe.
func newTermWriter(w io.Writer) *termWriter { return &termWriter{w: w} }

func (t *termWriter) Write(p []byte) (int, error) {
	data := p
	if len(t.pending) > 0 {
		t.joined = append(append(t.joined[:0], t.pending...), p...)
		data = t.joined
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
	t.pending = append(t.pending[:0], data[cut:]...)
	if isTermSafe(data[:cut]) {
		// Nothing to escape (nearly always): written as it is, without
		// a copy as a string.
		if _, err := t.w.Write(data[:cut]); err != nil {
			return 0, err
		}
		return len(p), nil
	}
	if _, err := io.WriteString(t.w, termSafe(string(data[:cut]))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// isTermSafe reports whether termSafe leaves p as it is: p is UTF-8 and
// holds none of the characters termSafe escapes. It looks at bytes, not
// characters (check prints megabytes of Japanese): in valid UTF-8 every
// byte of a multi-byte character is 0x80 or more, and the escaped ones
// above ASCII all start with 0xC2 (C1 controls), 0xD8 (U+061C) or 0xE2
// (U+200E–U+2069), which no other byte of a character is.
func isTermSafe(p []byte) bool {
	if !utf8.Valid(p) {
		return false
	}
	for i, c := range p {
		switch termByte[c] {
		case termByteControl:
			return false
		case termByteLead:
			if r, _ := utf8.DecodeRune(p[i:]); unsafeRune(r) {
				return false
			}
		}
	}
	return true
}

// Kinds of byte for isTermSafe.
const (
	termByteSafe    = iota // never escaped
	termByteControl        // a control character termSafe escapes
	termByteLead           // may start a character termSafe escapes
)

// termByte is the kind of each byte (isTermSafe).
var termByte = func() (t [256]uint8) {
	for c := range 0x20 {
		if c != '\t' && c != '\n' {
			t[c] = termByteControl
		}
	}
	t[0x7f] = termByteControl
	t[0xc2], t[0xd8], t[0xe2] = termByteLead, termByteLead, termByteLead
	return t
}()

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
