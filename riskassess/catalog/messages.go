package catalog

import (
	"strings"
	"sync"

	"github.com/gikai-sec/riskregister/riskassess"
)

// textChunk is the size of the blocks joinText writes messages into, and
// textMaxShared the longest message it writes into one (a longer one gets
// a block of its own, as riskassess.JoinText gives every message).
const (
	textChunk     = 4096
	textMaxShared = textChunk / 8
)

// textBlocks holds the partly filled blocks of joinText, one per
// goroutine that is writing a message (the checks of AssessAll run on
// several).
var textBlocks = sync.Pool{New: func() any { return new(strings.Builder) }}

// joinText returns riskassess.JoinText(ja, en): the Japanese and the
// English message, each the concatenation of its parts. The texts of many
// messages share one block of memory (textChunk bytes), so that checks
// allocate once for dozens of findings' messages rather than once for
// each: a block is appended to only, never changed where a message already
// lies, and stays alive while any of its messages does.
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
	b := textBlocks.Get().(*strings.Builder)
	if b.Cap()-b.Len() < n {
		// A fresh block: the full one stays with the messages in it.
		*b = strings.Builder{}
		b.Grow(textChunk)
	}
	start := b.Len()
	for _, p := range ja {
		b.WriteString(p)
	}
	for _, p := range en {
		b.WriteString(p)
	}
	s := b.String()[start:]
	textBlocks.Put(b)
	return riskassess.Text{Ja: s[:nja], En: s[nja:]}
}

// joinString returns strings.Join(parts, ""), written into joinText's
// shared blocks.
func joinString(parts []string) string { return joinText(parts, nil).Ja }
