package sitegen

import (
	"fmt"
	"strings"
	"sync"
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
// interner keeps of each, whatever shard it falls in. The workers start
// together and intern the same strings in the same order, each its own
// copy of them, so that two of them often ask for a string the interner
// does not have yet at the same moment. It catches an interner that
// shares nothing between workers or picks another shard for an equal
// string every time; one that looked up and inserted under two holds of
// its lock gives two copies only when a worker slips in between, which
// this test sees in about one run of five.
func TestInternerConcurrent(t *testing.T) {
	const n, workers, rounds = 2000, 8, 5
	for range rounds {
		in := newInterner()
		start := make(chan struct{})
		got := make([][]string, workers)
		var wg sync.WaitGroup
		for w := range workers {
			wg.Go(func() {
				strs := make([]string, n)
				for i := range strs {
					strs[i] = fmt.Sprintf("要件 %d の回答", i) // a copy of this worker's own
				}
				<-start
				for _, s := range strs {
					got[w] = append(got[w], in.of(s))
				}
			})
		}
		close(start)
		wg.Wait()
		for i := range n {
			want := unsafe.StringData(got[0][i])
			for w := 1; w < workers; w++ {
				if got[w][i] != got[0][i] || unsafe.StringData(got[w][i]) != want {
					t.Fatalf("worker %d got another copy of %q than worker 0", w, got[w][i])
				}
			}
		}
	}
}
