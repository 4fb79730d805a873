package store

import (
	"crypto/sha256"
	"io/fs"
	"os"
	"path/filepath"
)

// FileStamp is what the file system says about a file without reading
// it: the device and inode, the mode, the size and the modification and
// inode-change times (nanoseconds since 1970). Any write to the file, or a
// new file in its place, changes the inode-change time (CTime) to the file
// system's clock at that moment, which no program can set back; a
// FileIndex compares stamps to know that a file has not changed since it
// was read (see FileIndex for when a stamp may be trusted).
type FileStamp struct {
	Dev, Ino     uint64
	Mode         uint32
	Size         int64
	MTime, CTime int64
}

// StampOf returns the stamp of fi, as returned by os.Lstat, os.Stat or
// (*os.File).Stat; ok is false on a platform where the inode-change time
// is not known (no file is then taken on its stamp).
func StampOf(fi fs.FileInfo) (FileStamp, bool) { return stampOf(fi) }

// FileIndex may be implemented by the Cache given to LoadWith and
// LocateAllWith. It lets a load take an unchanged file's content on trust
// from its stamp instead of reading it: the SHA-256 of the content (the
// digest) gives the file's cache key, and the cache the decoded entry, so
// a warm load of a large register reads no entry file at all (one lstat
// each).
//
// The loader records the stamp of every file it reads, taken (by fstat
// of the open file) before reading it, with the digest of what it read.
// A stamp equal to a recorded one means the file is the one that was read
// only if the file could not have changed afterwards within the same tick
// of the file system's clock, so the index must keep a record only when
// its CTime is earlier than a time of the file system's clock taken
// before the file was read (see internal/entrycache): any change after
// that time gives the file a later CTime, hence another stamp. An index
// that cannot tell (no such time) must keep nothing.
type FileIndex interface {
	// Digest returns the digest recorded for the file rel (slash path
	// in the register folder) with the stamp st, if any.
	Digest(rel string, st FileStamp) (digest [32]byte, ok bool)
	// Record records that file rel, whose stamp before it was read was
	// st, had content of SHA-256 digest (the index decides whether to
	// keep it; see FileIndex). Called from several goroutines at once.
	Record(rel string, st FileStamp, digest [32]byte)
}

// knownDigest returns the digest that the index of cache (a FileIndex)
// recorded for file rel of src with its current stamp, without reading
// the file; ok is false when src is not a folder on disk, the file is not
// a regular file (a symbolic link is read and checked every time), the
// platform has no stamps or the index holds no record of this stamp.
func knownDigest(src source, rel string, cache Cache) (d [32]byte, ok bool) {
	idx, isIdx := cache.(FileIndex)
	root, isDisk := src.(diskSource)
	if !isIdx || !isDisk {
		return d, false
	}
	fi, err := os.Lstat(filepath.Join(string(root), filepath.FromSlash(rel)))
	if err != nil || !fi.Mode().IsRegular() {
		return d, false
	}
	st, ok := stampOf(fi)
	if !ok {
		return d, false
	}
	return idx.Digest(rel, st)
}

// readDigest reads file rel of src without checking its content
// (checkData is the caller's: a file whose digest is in the cache passed
// it when it was stored) and returns it with its SHA-256, recorded in the
// index of cache when cache is a FileIndex.
func readDigest(src source, rel string, cache Cache) ([]byte, [32]byte, *Error) {
	root, isDisk := src.(diskSource)
	if !isDisk {
		data, e := src.read(rel)
		if e != nil {
			return nil, [32]byte{}, e
		}
		return data, sha256.Sum256(data), nil
	}
	data, _, fi, e := readFileRaw(string(root), rel)
	if e != nil {
		return nil, [32]byte{}, e
	}
	d := sha256.Sum256(data)
	if idx, ok := cache.(FileIndex); ok {
		if st, ok := stampOf(fi); ok {
			idx.Record(rel, st, d)
		}
	}
	return data, d, nil
}
