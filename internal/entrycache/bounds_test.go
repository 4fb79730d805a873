package entrycache

import (
	"crypto/sha256"
	"encoding/binary"
	"hash/crc32"
	"testing"
)

// TestParseHugeCounts: a cache file or an index whose checksum is right
// but whose count or length is 2^31 or more (made on purpose: CRC-32C is
// no protection, or one corruption in 2^32) is corrupt, on every
// platform. Before, on a 32-bit platform (GOARCH=386) int() of it was
// negative, passed the bound and sliced out of range: every command
// panicked in Open. The rows fail without the fix only under GOARCH=386.
func TestParseHugeCounts(t *testing.T) {
	var tool [32]byte
	u32 := binary.LittleEndian.AppendUint32
	head := func(m [8]byte, n uint32) []byte {
		b := append(append([]byte{}, m[:]...), tool[:]...)
		return u32(b, n)
	}
	cache := func(b []byte) []byte { return u32(b, crc32.Checksum(b, crcTable)) }
	index := func(b []byte) []byte { s := sha256.Sum256(b); return append(b, s[:]...) }
	key := make([]byte, 32)
	for _, tc := range []struct {
		name string
		b    []byte
	}{
		{"cache: count 2^31, no records", cache(head(magic, 1<<31))},
		{"cache: count 2^32-1, no records", cache(head(magic, 1<<32-1))},
		{"cache: value length 2^32-1", cache(u32(append(head(magic, 1), key...), 1<<32-1))},
		{"cache: value length 2^31", cache(append(u32(append(head(magic, 1), key...), 1<<31), "abc"...))},
	} {
		if m, err := parse(tc.b, tool); err == nil {
			t.Errorf("%s: %d values, no error; want errCorrupt", tc.name, len(m))
		}
	}
	rec := make([]byte, recordSize)
	for _, tc := range []struct {
		name string
		b    []byte
	}{
		{"index: count 2^31, no records", index(head(indexMagic, 1<<31))},
		{"index: path length 2^32-1", index(append(u32(head(indexMagic, 1), 1<<32-1), rec...))},
		{"index: path length 2^31", index(append(u32(head(indexMagic, 1), 1<<31), rec...))},
	} {
		if m, err := parseIndex(tc.b, tool); err == nil {
			t.Errorf("%s: %d records, no error; want errCorrupt", tc.name, len(m))
		}
	}
}
