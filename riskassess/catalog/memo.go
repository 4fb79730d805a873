package catalog

import (
	"hash/maphash"
	"sync/atomic"
)

// memoSlots is the number of slots of a memo.
const memoSlots = 512

// memo is a small cache, safe for concurrent use, of values that a pure
// function computes from a key: what a check would compute again for
// every entry with the same value (a governing law, a pair of dates).
// Each key has one slot, chosen by its hash; a value stored in a slot
// replaces the one there, so a memo never holds more than memoSlots
// values, and a value found is always the one the function gives for
// that key (a pure function's value cannot go stale). The memos of the
// checks live as long as the program: the register's strings kept in
// them are few and small.
type memo[K comparable, V any] struct {
	slots [memoSlots]atomic.Pointer[memoEntry[K, V]]
}

type memoEntry[K comparable, V any] struct {
	key K
	val V
}

// get returns the value stored for key, whose hash is h.
func (m *memo[K, V]) get(h uint64, key K) (v V, ok bool) {
	if e := m.slots[h%memoSlots].Load(); e != nil && e.key == key {
		return e.val, true
	}
	return v, false
}

// put stores v for key, whose hash is h.
func (m *memo[K, V]) put(h uint64, key K, v V) {
	m.slots[h%memoSlots].Store(&memoEntry[K, V]{key, v})
}

// memoSeed seeds the hashes of memo keys.
var memoSeed = maphash.MakeSeed()

// hashString is the hash of a string key of a memo.
func hashString(s string) uint64 { return maphash.String(memoSeed, s) }
