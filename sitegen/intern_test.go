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
	in := newInterner()
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

// TestInternerConcurrent checks that goroutines interning the same
// strings at once (assessLean's workers) all get the one copy the
// interner keeps of each, whatever shard it falls in.
func TestInternerConcurrent(t *testing.T) {
	in := newInterner()
	const n, workers = 500, 4
	got := make([][]string, workers)
	done := make(chan int)
	for w := range workers {
		go func() {
			for i := range n {
				// Each worker its own copy of the string, in its own order.
				j := (i*7 + w*131) % n
				got[w] = append(got[w], in.of(strings.Clone(strings.Repeat("要件", j%5+1)+string(rune('a'+j%26))+strings.Repeat("x", j))))
			}
			done <- w
		}()
	}
	for range workers {
		<-done
	}
	first := map[string]*byte{}
	for w := range workers {
		for _, s := range got[w] {
			if p, ok := first[s]; ok && p != unsafe.StringData(s) {
				t.Fatalf("worker %d got another copy of %.20q", w, s)
			}
			first[s] = unsafe.StringData(s)
		}
	}
	if len(first) != n {
		t.Errorf("%d distinct strings, want %d", len(first), n)
	}
}
