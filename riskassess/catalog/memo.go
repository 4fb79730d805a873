package catalog

import (
	"hash/maphash"
	"strings"
	"sync/atomic"

	"github.com/gikai-sec/riskregister/riskassess"
)

// memo is a small cache, safe for concurrent use, of values that a pure
// function computes from a key: what a check would compute again for
// every entry with the same value (a governing law, a pair of dates).
// A key may be in one of two slots, chosen by its hash; a value stored
// when both hold others replaces the older, so a memo never holds more
// values than it has slots, and a value found is always the one the
// function gives for that key (a pure function's value cannot go stale).
// The memos of the checks live as long as the program and hold few,
// small values: the messages kept are strings of their own (ownText), not
// shares of JoinText's blocks that they would keep alive.
type memo[K comparable, V any] struct {
	slots []atomic.Pointer[memoEntry[K, V]]
}

type memoEntry[K comparable, V any] struct {
	key K
	val V
}

// newMemo returns a memo of n slots, a power of two, at least 2.
func newMemo[K comparable, V any](n int) *memo[K, V] {
	if n < 2 || n&(n-1) != 0 {
		panic("catalog: memo size not a power of two")
	}
	return &memo[K, V]{slots: make([]atomic.Pointer[memoEntry[K, V]], n)}
}

// pair returns the two slots of a key whose hash is h, neighbours in one
// cache line: the one written last, and the one before.
func (m *memo[K, V]) pair(h uint64) (a, b *atomic.Pointer[memoEntry[K, V]]) {
	i := h & uint64(len(m.slots)-2)
	return &m.slots[i], &m.slots[i+1]
}

// get returns the value stored for key, whose hash is h.
func (m *memo[K, V]) get(h uint64, key K) (v V, ok bool) {
	a, b := m.pair(h)
	if e := a.Load(); e != nil && e.key == key {
		return e.val, true
	}
	if e := b.Load(); e != nil && e.key == key {
		return e.val, true
	}
	return v, false
}

// put stores v for key, whose hash is h, in the first of the key's two
// slots, moving the value there to the second in place of the older one:
// of the keys of a pair of slots, the two stored last are kept.
func (m *memo[K, V]) put(h uint64, key K, v V) {
	a, b := m.pair(h)
	if e := a.Load(); e != nil {
		b.Store(e)
	}
	a.Store(&memoEntry[K, V]{key, v})
}

// memoSeed seeds the hashes of memo keys.
var memoSeed = maphash.MakeSeed()

// hashString is the hash of a string key of a memo.
func hashString(s string) uint64 { return maphash.String(memoSeed, s) }

// hashDates is a hash of a key of dates: any mix of their fields serves,
// as a memo compares whole keys.
func hashDates(ds ...riskassess.Date) uint64 {
	var h uint64
	for _, d := range ds {
		h = (h^uint64(d.Year)<<9^uint64(d.Month)<<5^uint64(d.Day))*0x9e3779b97f4a7c15 + 1
	}
	return h ^ h>>29
}

// ownText returns the Text joined from parts as JoinText joins them, in
// one string of its own: for a message a memo keeps.
func ownText(ja, en []string) riskassess.Text {
	var b strings.Builder
	n := 0
	for _, p := range ja {
		n += len(p)
	}
	nja := n
	for _, p := range en {
		n += len(p)
	}
	b.Grow(n)
	for _, p := range ja {
		b.WriteString(p)
	}
	for _, p := range en {
		b.WriteString(p)
	}
	s := b.String()
	return riskassess.Text{Ja: s[:nja], En: s[nja:]}
}
