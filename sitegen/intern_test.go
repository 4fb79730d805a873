package sitegen

import (
	"strings"
	"testing"
	"unsafe"
)

// TestInternerCopiesFirst checks that the interner keeps a copy of its
// own of a string cut from a larger one (so that the larger one can be
// freed) and gives that copy for every equal string after.
func TestInternerCopiesFirst(t *testing.T) {
	block := strings.Repeat("x", 4096) + "要件を満たしていません" + strings.Repeat("y", 4096)
	s := block[4096 : len(block)-4096]
	in := &interner{m: map[string]string{}}
	c := in.of(s)
	if c != s {
		t.Fatalf("of(%q) = %q", s, c)
	}
	if unsafe.StringData(c) == unsafe.StringData(s) {
		t.Error("of kept the string given, which keeps its whole block alive; want a copy")
	}
	again := in.of(strings.Clone(s))
	if unsafe.StringData(again) != unsafe.StringData(c) {
		t.Error("of gave another copy for an equal string; want the one it keeps")
	}
	if got := (*interner)(nil).of(s); unsafe.StringData(got) != unsafe.StringData(s) {
		t.Error("a nil interner should give s itself")
	}
}
