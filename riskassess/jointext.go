package riskassess

import (
	"sync"
	"unsafe"
)

// joinBlock is the size of the blocks JoinText writes texts into, and
// joinMaxShared the longest text it writes into one (a longer one is
// allocated on its own).
const (
	joinBlock     = 4096
	joinMaxShared = joinBlock / 8
)

// textBlock is the partly filled block of JoinText: texts lie in
// buf[:len(buf)], and the rest is free.
type textBlock struct{ buf []byte }

// textBlocks holds the partly filled blocks of JoinText, one per
// goroutine that is writing a text (the checks of AssessAll run on
// several).
var textBlocks = sync.Pool{New: func() any { return new(textBlock) }}

// JoinText returns the Text whose Japanese and English are the
// concatenations of the parts ja and en. Checks use it to build messages
// without fmt. The two strings share their bytes, and short texts (up to
// 512 bytes together) share a block of memory with other texts, so that
// building dozens of messages costs one allocation rather than one each.
//
// Sharing is safe because a block is only appended to: the bytes of a
// text are written once, before its strings are made, and never again
// (the strings point into the block as strings.Builder's do). A block
// stays in memory while any text in it is reachable.
func JoinText(ja, en []string) Text {
	n, nja := textSize(ja, en)
	if n == 0 {
		return Text{}
	}
	if n > joinMaxShared {
		return writeText(make([]byte, n), ja, en, nja) // a long text's own
	}
	blk := textBlocks.Get().(*textBlock)
	buf := blk.buf
	if cap(buf)-len(buf) < n {
		// A fresh block: the full one stays with the texts in it.
		buf = make([]byte, 0, joinBlock)
	}
	start := len(buf)
	blk.buf = buf[:start+n]
	textBlocks.Put(blk)
	return writeText(buf[start:start+n:start+n], ja, en, nja)
}

// textSize returns the length in bytes of the text joined from ja and en
// (n) and of its Japanese (nja).
func textSize(ja, en []string) (n, nja int) {
	for _, p := range ja {
		n += len(p)
	}
	nja = n
	for _, p := range en {
		n += len(p)
	}
	return n, nja
}

// writeText writes the parts ja and en into b (of their length, at least
// 1, textSize) and returns the Text made of b: the first nja bytes its
// Japanese. b is never written again after this, which keeps the strings
// immutable; JoinText and textArena hand it out for that one use.
func writeText(b []byte, ja, en []string, nja int) Text {
	w := 0
	for _, p := range ja {
		w += copy(b[w:], p)
	}
	for _, p := range en {
		w += copy(b[w:], p)
	}
	s := unsafe.String(&b[0], len(b))
	return Text{Ja: s[:nja], En: s[nja:]}
}
