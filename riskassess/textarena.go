package riskassess

import "unsafe"

// textArena is where a run builds the texts of its assessments (the
// messages of expiry findings, the labels of due items, the reasons of
// review dates): strings cut from shared chunks of bytes rather than
// allocated one by one, which saves the allocator and the garbage
// collector an object per text (tens of thousands for a register of
// 10,000 entries). A chunk stays in memory while any string cut from it
// is reachable, as the blocks of findings do. A nil *textArena allocates
// each string on its own (a single Assess, the public functions).
//
// The bytes of a string are written once, before the string is made, and
// never again: the strings are as immutable as any other.
type textArena struct {
	buf []byte
}

const (
	// textChunk is the size of a chunk of a textArena.
	textChunk = 32 << 10
	// textArenaMax is the longest string a textArena cuts from a chunk;
	// a longer one is allocated on its own.
	textArenaMax = 2 << 10
)

// reserve returns room for n bytes (0 < n <= textArenaMax) at the end of
// a.buf, starting a new chunk when the current one has not enough.
func (a *textArena) reserve(n int) {
	if cap(a.buf)-len(a.buf) < n {
		a.buf = make([]byte, 0, textChunk)
	}
}

// string returns the last n bytes written to a.buf as a string.
func (a *textArena) string(n int) string {
	return unsafe.String(&a.buf[len(a.buf)-n], n)
}

// join is JoinText with the string cut from a.
func (a *textArena) join(ja, en []string) Text {
	n, nja := 0, 0
	for _, p := range ja {
		n += len(p)
	}
	nja = n
	for _, p := range en {
		n += len(p)
	}
	if a == nil || n == 0 || n > textArenaMax {
		return JoinText(ja, en)
	}
	a.reserve(n)
	for _, p := range ja {
		a.buf = append(a.buf, p...)
	}
	for _, p := range en {
		a.buf = append(a.buf, p...)
	}
	s := a.string(n)
	return Text{Ja: s[:nja], En: s[nja:]}
}

// concat returns the concatenation of parts, cut from a.
func (a *textArena) concat(parts ...string) string {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	if a == nil || n == 0 || n > textArenaMax {
		return JoinText(parts, nil).Ja
	}
	a.reserve(n)
	for _, p := range parts {
		a.buf = append(a.buf, p...)
	}
	return a.string(n)
}

// bytes returns b as a string cut from a (string(b) when a is nil).
func (a *textArena) bytes(b []byte) string {
	if a == nil || len(b) == 0 || len(b) > textArenaMax {
		return string(b)
	}
	a.reserve(len(b))
	a.buf = append(a.buf, b...)
	return a.string(len(b))
}

// date returns d.String(), cut from a.
func (a *textArena) date(d Date) string {
	var b [10]byte
	return a.bytes(d.AppendISO(b[:0]))
}
