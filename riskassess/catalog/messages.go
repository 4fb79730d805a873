package catalog

import (
	"sync"
	"unsafe"

	"github.com/gikai-sec/riskregister/riskassess"
)

// textChunk is the size of the blocks joinText writes messages into, and
// textMaxShared the longest message it writes into one (a longer one gets
// a block of its own, as riskassess.JoinText gives every message).
const (
	textChunk     = 4096
	textMaxShared = textChunk / 8
)

// textBlock is the partly filled block of joinText: messages lie in
// buf[:len(buf)], and the rest is free.
type textBlock struct{ buf []byte }

// textBlocks holds the partly filled blocks of joinText, one per
// goroutine that is writing a message (the checks of AssessAll run on
// several).
var textBlocks = sync.Pool{New: func() any { return new(textBlock) }}

// joinText returns riskassess.JoinText(ja, en): the Japanese and the
// English message, each the concatenation of its parts. The texts of many
// messages share one block of memory (textChunk bytes), so that checks
// allocate once for dozens of findings' messages rather than once for
// each: a block is appended to only, never changed where a message already
// lies (the strings point into it, as strings.Builder's do), and stays
// alive while any of its messages does.
func joinText(ja, en []string) riskassess.Text {
	n := 0
	for _, p := range ja {
		n += len(p)
	}
	nja := n
	for _, p := range en {
		n += len(p)
	}
	switch {
	case n == 0:
		return riskassess.Text{}
	case n > textMaxShared:
		return riskassess.JoinText(ja, en)
	}
	blk := textBlocks.Get().(*textBlock)
	buf := blk.buf
	if cap(buf)-len(buf) < n {
		// A fresh block: the full one stays with the messages in it.
		buf = make([]byte, 0, textChunk)
	}
	start := len(buf)
	for _, p := range ja {
		buf = append(buf, p...)
	}
	for _, p := range en {
		buf = append(buf, p...)
	}
	blk.buf = buf
	textBlocks.Put(blk)
	// The n bytes just written are never written again.
	s := unsafe.String(&buf[start], n)
	return riskassess.Text{Ja: s[:nja], En: s[nja:]}
}

// joinString returns strings.Join(parts, ""), written into joinText's
// shared blocks.
func joinString(parts []string) string { return joinText(parts, nil).Ja }
