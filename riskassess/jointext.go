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
	n := 0
	for _, p := range ja {
		n += len(p)
	}
	nja := n
	for _, p := range en {
		n += len(p)
	}
	if n == 0 {
		return Text{}
	}
	var blk *textBlock
	var buf []byte
	if n > joinMaxShared {
		buf = make([]byte, 0, n) // a long text's own
	} else {
		blk = textBlocks.Get().(*textBlock)
		buf = blk.buf
		if cap(buf)-len(buf) < n {
			// A fresh block: the full one stays with the texts in it.
			buf = make([]byte, 0, joinBlock)
		}
	}
	start := len(buf)
	for _, p := range ja {
		buf = append(buf, p...)
	}
	for _, p := range en {
		buf = append(buf, p...)
	}
	if blk != nil {
		blk.buf = buf
		textBlocks.Put(blk)
	}
	// The n bytes just written are never written again.
	s := unsafe.String(&buf[start], n)
	return Text{Ja: s[:nja], En: s[nja:]}
}
