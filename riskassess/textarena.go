package riskassess

import "unsafe"

// textArena is where a run builds the texts of its assessments (the
// messages of expiry findings, the labels of due items, the reasons of
// review dates and of answers given after the as-of date): strings cut from shared chunks of bytes rather than
// allocated one by one, which saves the allocator and the garbage
// collector an object per text (tens of thousands for a register of
// 10,000 entries). A chunk stays in memory while any string cut from it
// is reachable, as the blocks of findings do. A nil *textArena uses
// JoinText (a single Assess, the public functions).
//
// It does what JoinText does, with the same writeText, for the one
// goroutine of a run's worker: it needs no sync.Pool round trip per text,
// and its chunks are larger (textChunk against joinBlock) and not dropped
// at each garbage collection, as a sync.Pool's partly filled blocks are.
// Routing the engine's texts through JoinText instead measured 4,054
// against 1,853 allocs/op and 69.25 against 69.05 MB/op in
// BenchmarkAssess10kEngine (same run, CPU time within noise).
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

// take returns the n bytes (0 < n <= textArenaMax) at the end of a.buf
// that the next string is written to, starting a new chunk when the
// current one has not room enough. a.buf is set once per string, not once
// per part: while the garbage collector marks, every store of its pointer
// costs a write barrier.
func (a *textArena) take(n int) []byte {
	buf := a.buf
	if cap(buf)-len(buf) < n {
		buf = make([]byte, 0, textChunk)
	}
	l := len(buf)
	a.buf = buf[:l+n]
	return buf[l : l+n : l+n]
}

// join is JoinText with the string cut from a.
func (a *textArena) join(ja, en []string) Text {
	n, nja := textSize(ja, en)
	if a == nil || n == 0 || n > textArenaMax {
		return JoinText(ja, en)
	}
	return writeText(a.take(n), ja, en, nja)
}

// concat returns the concatenation of parts, cut from a.
func (a *textArena) concat(parts ...string) string {
	return a.join(parts, nil).Ja
}

// bytes returns b as a string cut from a (string(b) when a is nil).
func (a *textArena) bytes(b []byte) string {
	if a == nil || len(b) == 0 || len(b) > textArenaMax {
		return string(b)
	}
	d := a.take(len(b))
	copy(d, b)
	return unsafe.String(&d[0], len(d))
}

// date returns d.String(), cut from a.
func (a *textArena) date(d Date) string {
	var b [10]byte
	return a.bytes(d.AppendISO(b[:0]))
}
