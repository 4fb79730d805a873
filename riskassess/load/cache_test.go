package load_test

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/internal/entrycache"
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/load"
	"github.com/gikai-sec/riskregister/riskassess/store"
	"github.com/google/go-cmp/cmp"
)

// copyExample copies the example register into a new temporary folder.
func copyExample(t *testing.T) string {
	t.Helper()
	src := filepath.Join("..", "..", "examples", "chofu-gikai")
	dst := filepath.Join(t.TempDir(), "reg")
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if d.IsDir() {
			if strings.HasPrefix(d.Name(), ".") && rel != "." {
				return filepath.SkipDir
			}
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

// edit replaces the first old in file rel of dir by new.
func edit(t *testing.T, dir, rel, old, new string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(rel))
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b, []byte(old)) {
		t.Fatalf("%s has no %q", rel, old)
	}
	if err := os.WriteFile(p, bytes.Replace(b, []byte(old), []byte(new), 1), 0o644); err != nil {
		t.Fatal(err)
	}
}

// cachedLoad loads dir through the entry cache of tool kept in cacheDir,
// checks that the result is the one of a load without a cache (register,
// problems with their positions, error), saves the cache and returns how
// many entry files came from the cache and how many were added to it.
func cachedLoad(t *testing.T, dir, cacheDir string, tool [32]byte) (hits, added int, res *load.Result) {
	t.Helper()
	want, werr := load.Dir(dir)
	c := entrycache.Open(cacheDir, tool)
	got, gerr := load.DirWith(dir, load.Options{Cache: c})
	if (werr == nil) != (gerr == nil) {
		t.Fatalf("error with the cache %v, without %v", gerr, werr)
	}
	if diff := cmp.Diff(want.Problems, got.Problems); diff != "" {
		t.Fatalf("problems with the cache differ from parsing (-parsed +cached):\n%s", diff)
	}
	if !reflect.DeepEqual(want.Register, got.Register) {
		t.Fatalf("register with the cache differs from parsing:\n%s", cmp.Diff(want.Register, got.Register))
	}
	var wantIDs, gotIDs []string
	for _, r := range want.Requirements {
		wantIDs = append(wantIDs, r.ID)
	}
	for _, r := range got.Requirements {
		gotIDs = append(gotIDs, r.ID)
	}
	if diff := cmp.Diff(wantIDs, gotIDs); diff != "" {
		t.Fatalf("requirements in force with the cache differ (-parsed +cached):\n%s", diff)
	}
	hits, added = c.Stats()
	if got.Register != nil {
		// The staff warnings of April 2027 (25 in the example), located
		// through the cache: the same as located by parsing.
		asOf := riskassess.NewDate(2027, time.April, 1)
		want := load.Staff(dir, want.Register, asOf)
		for range 2 { // the second time from the cache
			if diff := cmp.Diff(want, load.StaffWith(dir, got.Register, asOf, load.Options{Cache: c})); diff != "" {
				t.Fatalf("staff warnings located through the cache differ (-parsed +cached):\n%s", diff)
			}
		}
		if len(want) == 0 {
			t.Fatal("no staff warnings to locate")
		}
	}
	if err := c.Save(); err != nil {
		t.Fatal(err)
	}
	return hits, added, got
}

// TestCacheNeverStale changes one byte at a time of what a load depends
// on and checks, against a load without the cache, that the entry cache
// gives the same register and the same problems (with positions), and
// that it re-parses exactly the files it should: an entry changed by one
// byte is parsed again and only it; a change to register.yaml (the
// organisation, its catalogue settings) re-checks every reference but
// re-parses no entry, since no cached value depends on it; another build
// of the tool (whose catalogue and decoder made the values) ignores the
// whole cache; a corrupt cache file is ignored and rebuilt.
func TestCacheNeverStale(t *testing.T) {
	dir := copyExample(t)
	cacheDir := filepath.Join(dir, entrycache.Folder)
	tool := [32]byte{1}
	res, _ := load.Dir(dir)
	n := len(res.Register.Entries())
	check := func(step string, wantHits, wantAdded int, tool [32]byte) *load.Result {
		t.Helper()
		hits, added, res := cachedLoad(t, dir, cacheDir, tool)
		if hits != wantHits || added != wantAdded {
			t.Fatalf("%s: %d entry files from the cache and %d added, want %d and %d", step, hits, added, wantHits, wantAdded)
		}
		return res
	}

	check("first load", 0, n, tool)
	check("unchanged", n, 0, tool)

	// One byte of one entry: that file alone is parsed again.
	edit(t, dir, "contractors/chofu-keibi.yaml", "name:", "name: ")
	check("one entry changed by a space", n-1, 1, tool)
	// A change that makes a reference problem (found across files, so the
	// file itself is stored): the problem and its position are the same.
	edit(t, dir, "contractors/kokuryo-onkyo.yaml", "  Q-ORG-01:", "  Q-ORG-02:")
	// (2 added: the file, and the position of its problem.)
	res = check("answer to an unknown question", n-1, 2, tool)
	if len(res.Problems) == 0 || res.Problems[0].Line == 0 {
		t.Fatalf("want a located problem for Q-ORG-02, got %+v", res.Problems)
	}
	// A problem of the file itself: the file is not stored, and parsed on
	// every load.
	edit(t, dir, "contractors/kokuryo-onkyo.yaml", "answers:", "answerz:")
	for _, step := range []string{"misspelt key", "misspelt key again"} {
		res = check(step, n-1, 0, tool)
		if len(res.Problems) == 0 || res.Problems[0].Line == 0 {
			t.Fatalf("%s: want a located problem for answerz, got %+v", step, res.Problems)
		}
	}
	edit(t, dir, "contractors/kokuryo-onkyo.yaml", "answerz:", "answers:")
	edit(t, dir, "contractors/kokuryo-onkyo.yaml", "  Q-ORG-02:", "  Q-ORG-01:")
	// The file as it was: its value was kept from the first loads.
	check("answer restored", n, 0, tool)
	check("unchanged again", n, 0, tool)

	// The organisation's settings: a section renamed, and the catalogue
	// in force (the question of the organisation's own requirement
	// renamed). Every entry still comes from the cache; the references
	// are checked against the new register.yaml.
	edit(t, dir, "register.yaml", "id: Q-ORG-01", "id: Q-ORG-91")
	// (7 added: the positions of the problems of the 7 files answering
	// Q-ORG-01.)
	res = check("catalogue settings changed", n, 7, tool)
	if !strings.Contains(strings.Join(res.Lines("en", nil), "\n"), "Q-ORG-01") {
		t.Fatalf("want the answers to the renamed question reported, got %v", res.Lines("en", nil))
	}
	edit(t, dir, "register.yaml", "id: Q-ORG-91", "id: Q-ORG-01")
	check("catalogue settings restored", n, 0, tool)

	// Another build of the tool: nothing is trusted.
	other := [32]byte{2}
	check("another tool", 0, n, other)
	check("the other tool again", n, 0, other)
	check("back to the first tool", 0, n, tool)

	// A corrupt cache file: ignored, then rebuilt.
	p := filepath.Join(cacheDir, "entries-v2.bin")
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	for name, bad := range map[string][]byte{
		"one byte flipped": func() []byte { c := bytes.Clone(b); c[len(c)/2] ^= 0x40; return c }(),
		"truncated":        b[:len(b)-7],
		"empty":            nil,
		"not a cache":      []byte("contractors: yes\n"),
	} {
		if err := os.WriteFile(p, bad, 0o644); err != nil {
			t.Fatal(err)
		}
		check("cache "+name, 0, n, tool)
		check("cache rebuilt after "+name, n, 0, tool)
	}
}

// corruptCache is a store.Cache whose every value is damaged: the loader
// must notice and parse.
type corruptCache struct {
	*mapCache
	damage func([]byte) []byte
}

func (c corruptCache) Get(k [32]byte) ([]byte, bool) {
	v, ok := c.mapCache.Get(k)
	if !ok {
		return nil, false
	}
	return c.damage(bytes.Clone(v)), true
}

// TestCacheCorruptValues gives the loader values that passed the cache
// file's checks but do not decode (or decode to another entry): the files
// are parsed and the result is the one of parsing.
func TestCacheCorruptValues(t *testing.T) {
	dir := copyExample(t)
	want, _ := load.Dir(dir)
	good := newMapCache()
	if _, err := load.DirWith(dir, load.Options{Cache: good}); err != nil {
		t.Fatal(err)
	}
	if len(good.m) != len(want.Register.Entries()) {
		t.Fatalf("%d entries stored, want every one of the %d entries of the example", len(good.m), len(want.Register.Entries()))
	}
	for name, damage := range map[string]func([]byte) []byte{
		"truncated":  func(v []byte) []byte { return v[:len(v)/2] },
		"longer":     func(v []byte) []byte { return append(v, 0) },
		"empty":      func([]byte) []byte { return nil },
		"bit flips":  func(v []byte) []byte { v[len(v)/3] ^= 0xff; v[len(v)/5] ^= 0x81; return v },
		"first byte": func(v []byte) []byte { v[0] ^= 1; return v },
	} {
		c := corruptCache{mapCache: &mapCache{m: map[[32]byte][]byte{}}, damage: damage}
		for k, v := range good.m {
			c.m[k] = v
		}
		got, _ := load.DirWith(dir, load.Options{Cache: c})
		if diff := cmp.Diff(want.Problems, got.Problems); diff != "" {
			t.Errorf("%s: problems differ (-parsed +cached):\n%s", name, diff)
		}
		if !reflect.DeepEqual(want.Register, got.Register) {
			// A damaged value may still decode; then it must decode to
			// another file's key, which it cannot: the entry is checked
			// against its file.
			t.Errorf("%s: register differs from parsing:\n%s", name, cmp.Diff(want.Register, got.Register))
		}
	}
}

// afterClock waits until a write in dir gets a later inode-change time
// than every file of the register dir has, so that the stamps of the
// files read by the next load are kept in the cache's index (they are
// kept only when earlier than the file system's clock at Open).
func afterClock(t *testing.T, dir string) {
	t.Helper()
	var newest int64
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := os.Lstat(p); err == nil {
				if st, ok := store.StampOf(fi); ok && st.CTime > newest {
					newest = st.CTime
				}
			}
		}
		return nil
	})
	probe := filepath.Join(t.TempDir(), "probe")
	for range 10000 {
		if err := os.WriteFile(probe, []byte{'x'}, 0o644); err != nil {
			t.Fatal(err)
		}
		fi, err := os.Lstat(probe)
		if err != nil {
			t.Fatal(err)
		}
		st, ok := store.StampOf(fi)
		if !ok {
			t.Skip("no file stamps on this platform")
		}
		if st.CTime > newest {
			return
		}
		time.Sleep(time.Millisecond)
	}
	t.Fatal("the file system's clock does not advance")
}

// editKeepTimes replaces old by new (of the same length) in file rel of
// dir in place and sets its modification time back: only the inode-change
// time tells that the file changed.
func editKeepTimes(t *testing.T, dir, rel, old, new string) {
	t.Helper()
	if len(old) != len(new) {
		t.Fatal("editKeepTimes: old and new must have the same length")
	}
	p := filepath.Join(dir, filepath.FromSlash(rel))
	fi, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	edit(t, dir, rel, old, new)
	if err := os.Chtimes(p, fi.ModTime(), fi.ModTime()); err != nil {
		t.Fatal(err)
	}
	if fi2, _ := os.Stat(p); fi2.Size() != fi.Size() || !fi2.ModTime().Equal(fi.ModTime()) {
		t.Fatal("editKeepTimes: size or modification time changed")
	}
}

// TestCacheStampIndex: a warm load takes unchanged files on their stamp
// (no read) and still sees every change: one byte of an entry changed in
// place with its size and modification time kept (only the inode-change
// time differs), a file changed right after a load (in the same tick of
// the file system's clock), a file replaced by a copy (another inode);
// a corrupt index file or another build of the tool makes every file
// read again, and the index is rebuilt.
func TestCacheStampIndex(t *testing.T) {
	dir := copyExample(t)
	cacheDir := filepath.Join(dir, entrycache.Folder)
	tool := [32]byte{1}
	res, _ := load.Dir(dir)
	n := len(res.Register.Entries())
	// load1 checks a load (and the staff warnings) through the cache
	// against one without, checks the values from the cache and added to
	// it, and returns how many files were taken on their stamp.
	load1 := func(step string, tool [32]byte, wantHits, wantAdded int) (indexHits int) {
		t.Helper()
		want, werr := load.Dir(dir)
		c := entrycache.Open(cacheDir, tool)
		got, gerr := load.DirWith(dir, load.Options{Cache: c})
		if (werr == nil) != (gerr == nil) {
			t.Fatalf("%s: error with the cache %v, without %v", step, gerr, werr)
		}
		if diff := cmp.Diff(want.Problems, got.Problems); diff != "" {
			t.Fatalf("%s: problems differ (-parsed +cached):\n%s", step, diff)
		}
		if !reflect.DeepEqual(want.Register, got.Register) {
			t.Fatalf("%s: register differs from parsing:\n%s", step, cmp.Diff(want.Register, got.Register))
		}
		asOf := riskassess.NewDate(2027, time.April, 1)
		if diff := cmp.Diff(load.Staff(dir, want.Register, asOf), load.StaffWith(dir, got.Register, asOf, load.Options{Cache: c})); diff != "" {
			t.Fatalf("%s: staff warnings differ (-parsed +cached):\n%s", step, diff)
		}
		hits, added := c.Stats()
		// hits counts the located warnings too: at least the entries; a
		// negative wantAdded is a lower bound (a changed file with
		// warnings adds their positions too).
		if hits < wantHits || (wantAdded >= 0 && added != wantAdded) || added < -wantAdded {
			t.Fatalf("%s: %d values from the cache and %d added, want at least %d and %d", step, hits, added, wantHits, wantAdded)
		}
		if err := c.Save(); err != nil {
			t.Fatal(err)
		}
		return c.IndexHits()
	}
	afterClock(t, dir)
	load1("first load", tool, 0, n+locatedFiles(t, dir))
	if got := load1("unchanged", tool, n, 0); got < n {
		t.Fatalf("unchanged: %d files taken on their stamp, want every entry file (%d) at least", got, n)
	}

	// One byte, same size, same modification time: the inode-change time
	// differs, the file is read and parsed again.
	editKeepTimes(t, dir, "contractors/chofu-keibi.yaml", "name:", "nane:")
	load1("one byte with the times kept", tool, n-1, 0) // a problem: not stored
	editKeepTimes(t, dir, "contractors/chofu-keibi.yaml", "nane:", "name:")
	load1("restored", tool, n, 0)

	// Changed right after a load, in place, times kept: the load that
	// read it may have kept its stamp only if the change gets another.
	afterClock(t, dir)
	load1("settled", tool, n, 0)
	edit(t, dir, "contractors/chofu-eizo-haishin.yaml", "株式会社調布映像配信", "株式会社調布映像配信改")
	load1("changed right after a load", tool, n-1, -1)
	edit(t, dir, "contractors/chofu-eizo-haishin.yaml", "株式会社調布映像配信改", "株式会社調布映像配信")
	load1("restored right after a load", tool, n, 0) // its value was kept

	// Replaced by a copy of itself (another inode, same content): read
	// again, the value still comes from the cache.
	p := filepath.Join(dir, "social", "facebook-chofu-gikai.yaml")
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p+".tmp", b, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(p+".tmp", p); err != nil {
		t.Fatal(err)
	}
	load1("replaced by a copy", tool, n, 0)

	// A corrupt index: ignored, every file read, then rebuilt.
	afterClock(t, dir)
	load1("settled again", tool, n, 0)
	ip := filepath.Join(cacheDir, "files-v1.bin")
	ib, err := os.ReadFile(ip)
	if err != nil {
		t.Fatal(err)
	}
	for name, bad := range map[string][]byte{
		"one byte flipped": func() []byte { c := bytes.Clone(ib); c[len(c)/2] ^= 0x40; return c }(),
		"truncated":        ib[:len(ib)-5],
		"empty":            nil,
	} {
		if err := os.WriteFile(ip, bad, 0o644); err != nil {
			t.Fatal(err)
		}
		if got := load1("index "+name, tool, n, 0); got != 0 {
			t.Fatalf("index %s: %d files taken on their stamp, want none", name, got)
		}
		if got := load1("index rebuilt after "+name, tool, n, 0); got < n {
			t.Fatalf("index rebuilt after %s: %d files taken on their stamp, want %d at least", name, got, n)
		}
	}
	// Another build of the tool trusts no stamp.
	if got := load1("another tool", [32]byte{2}, 0, n+locatedFiles(t, dir)); got != 0 {
		t.Fatalf("another tool: %d files taken on their stamp, want none", got)
	}
}

// locatedFiles returns how many files of the register in dir have staff
// warnings on 2027-04-01 (each adds a value of positions to the cache).
func locatedFiles(t *testing.T, dir string) int {
	t.Helper()
	res, _ := load.Dir(dir)
	files := map[string]bool{}
	for _, p := range load.Staff(dir, res.Register, riskassess.NewDate(2027, time.April, 1)) {
		files[p.File] = true
	}
	return len(files)
}
