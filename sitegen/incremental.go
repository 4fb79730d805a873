package sitegen

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"sync"

	"github.com/gikai-sec/riskregister/riskassess"
)

// Inputs lets Build skip the pages whose inputs did not change since the
// site in OutDir was built (Options.Inputs). Build cannot tell by itself
// what an entry and its assessment were made from without rendering them,
// so the caller names it with keys, and the contract is the caller's:
//
//   - Site must change whenever anything a page is made from changes that
//     is neither an entry (with its assessment) nor one of the Options
//     fields Build hashes itself (Lang, Public, AsOf, Dates, FiscalYear,
//     LiveReload, CatalogueVersion, Matrix): the program (its version or
//     executable, which decides the templates, the catalogue and the
//     scoring), the register's settings (register.yaml) and public-list
//     snapshots, and the requirements catalogue;
//   - Entry(e) must change whenever e, or its assessment, may be
//     different while Site is the same (the command gives the SHA-256 of
//     the entry's file; the assessment is a function of the entry, the
//     settings, the catalogue, the as-of date and the program).
//
// With Inputs, Build keeps a manifest (.riskregister-manifest) in the
// site: each file's key and, for the entry pages, the entries the page
// looked up (a contractor named by a service). On the next build, an entry
// page whose own key and those of the entries it looked up are unchanged,
// and every other file when no key changed at all, is carried forward from
// the old site (hard-linked, or copied where links are not possible)
// without rendering; the rest is rendered. A missing, corrupt or foreign
// manifest (another Site key or format), an old file whose size or
// modification time is not the one recorded, or an entry without a key
// makes those pages rendered: the output is always the bytes a fresh build
// gives. Options.Changes and Options.Extensions, which Build cannot hash,
// turn it off, and so does Public (the public site, three pages, is
// published as it is: it carries no manifest).
type Inputs struct {
	// Site is the key of everything but the entries (see Inputs).
	Site [32]byte
	// Entry returns the key of e and its assessment; ok false means none
	// is known, and turns incremental building off for that build.
	Entry func(e riskassess.Entry) (key [32]byte, ok bool)
}

// manifestFile is the manifest of an incremental site, in the site.
const manifestFile = ".riskregister-manifest"

// manifestFormat changes whenever the manifest or the meaning of its keys
// changes.
const manifestFormat = "riskregister site manifest 1"

// manifest is the content of manifestFile.
type manifest struct {
	Format string `json:"format"`
	// Site is the key of the site's settings (incremental.site).
	Site string `json:"site"`
	// Pages maps a file's slash path to what it was made from.
	Pages map[string]manifestPage `json:"pages"`
}

// manifestPage is one file of the manifest.
type manifestPage struct {
	// Key is the key of the file's inputs: for an entry page the entry's
	// key with those of Deps; for another file the key of all entries.
	Key string `json:"key"`
	// Deps are the entries (kind/id) an entry page looked up.
	Deps []string `json:"deps,omitempty"`
	// Size and MTime (Unix nanoseconds) are those of the file written,
	// to see a file changed since.
	Size  int64 `json:"size"`
	MTime int64 `json:"mtime"`
}

// incremental is the state of an incremental build.
type incremental struct {
	site string // hex key of the settings
	all  string // hex key of the settings and every entry key
	keys map[string][32]byte
	old  map[string]manifestPage // the old site's manifest; nil when none is usable
	// pageKey and deps are filled as the pages are rendered or reused
	// (each page by one worker): the manifest of the new site.
	mu   sync.Mutex
	next map[string]manifestPage
}

// settingsKey returns the hex key of the settings of a build with opts
// (Inputs.Site and the Options fields Build hashes itself), or false when
// opts do not allow an incremental build.
func settingsKey(opts *Options) (string, bool) {
	in := opts.Inputs
	if in == nil || in.Entry == nil || opts.Public || opts.Changes != nil || len(opts.Extensions) > 0 {
		return "", false
	}
	h := sha256.New()
	str := func(s string) {
		binary.Write(h, binary.LittleEndian, uint64(len(s)))
		io.WriteString(h, s)
	}
	str(manifestFormat)
	h.Write(in.Site[:])
	m, err := json.Marshal(opts.Matrix)
	if err != nil {
		return "", false
	}
	for _, s := range []string{string(opts.Lang), fmt.Sprint(opts.Public), opts.AsOf.String(), string(opts.Dates), fmt.Sprint(int(opts.FiscalYear)),
		fmt.Sprint(opts.LiveReload), opts.CatalogueVersion, string(m)} {
		str(s)
	}
	return hex.EncodeToString(h.Sum(nil)), true
}

// newIncremental returns the incremental state of a build with opts of
// pages, without the old site's manifest (old), or nil when opts do not
// allow it.
func newIncremental(pages []*page, opts *Options) *incremental {
	site, ok := settingsKey(opts)
	if !ok {
		return nil
	}
	in := opts.Inputs
	inc := &incremental{site: site, keys: make(map[string][32]byte, len(pages)),
		next: make(map[string]manifestPage, len(pages))}
	all := sha256.New()
	all.Write([]byte(inc.site))
	for _, p := range pages {
		e := p.ent
		if e == nil {
			continue
		}
		k, ok := in.Entry(e)
		if !ok {
			return nil
		}
		id := key(e.Kind(), e.Base().ID)
		inc.keys[id] = k
		binary.Write(all, binary.LittleEndian, uint64(len(id)))
		io.WriteString(all, id)
		all.Write(k[:])
	}
	inc.all = hex.EncodeToString(all.Sum(nil))
	return inc
}

// readManifest returns the pages of the manifest at name when it is one
// of this format and settings key, else nil.
func readManifest(name, site string) map[string]manifestPage {
	b, err := os.ReadFile(name)
	if err != nil {
		return nil
	}
	var m manifest
	if json.Unmarshal(b, &m) != nil || m.Format != manifestFormat || m.Site != site {
		return nil
	}
	return m.Pages
}

// pageKey returns the key of page p's inputs: for an entry page, the key
// of the settings, the entry's key and, in order, each of deps with its
// key (or that it is missing); for any other file the key of all entries.
func (inc *incremental) pageKey(p *page, deps []string) string {
	e := p.ent
	if e == nil {
		return inc.all
	}
	h := sha256.New()
	h.Write([]byte(inc.site))
	own := inc.keys[key(e.Kind(), e.Base().ID)]
	h.Write(own[:])
	for _, d := range deps {
		binary.Write(h, binary.LittleEndian, uint64(len(d)))
		io.WriteString(h, d)
		if k, ok := inc.keys[d]; ok {
			h.Write([]byte{1})
			h.Write(k[:])
		} else {
			h.Write([]byte{0})
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

// reusable returns the old manifest's record of p when the old site's
// file at p.path was made from the inputs p has now and is still the file
// written then (same size and modification time).
func (inc *incremental) reusable(p *page, out string) (manifestPage, bool) {
	if inc.old == nil {
		return manifestPage{}, false
	}
	mp, ok := inc.old[p.path]
	if !ok || mp.Key != inc.pageKey(p, mp.Deps) {
		return manifestPage{}, false
	}
	fi, err := os.Lstat(filepath.Join(out, filepath.FromSlash(p.path)))
	if err != nil || !fi.Mode().IsRegular() || fi.Size() != mp.Size || fi.ModTime().UnixNano() != mp.MTime {
		return manifestPage{}, false
	}
	return mp, true
}

// record notes page p, staged at name, made from deps (entry pages) for
// the new manifest. A nil inc records nothing.
func (inc *incremental) record(p *page, deps []string, name string) error {
	if inc == nil {
		return nil
	}
	fi, err := os.Lstat(name)
	if err != nil {
		return err
	}
	mp := manifestPage{Key: inc.pageKey(p, deps), Deps: deps, Size: fi.Size(), MTime: fi.ModTime().UnixNano()}
	inc.keep(p.path, mp)
	return nil
}

// keep notes mp as the new manifest's record of the file at path.
func (inc *incremental) keep(path string, mp manifestPage) {
	inc.mu.Lock()
	inc.next[path] = mp
	inc.mu.Unlock()
}

// write writes the new manifest into the stage folder dir.
func (inc *incremental) write(dir string) error {
	m := manifest{Format: manifestFormat, Site: inc.site, Pages: inc.next}
	var b bytes.Buffer
	if err := json.NewEncoder(&b).Encode(&m); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, manifestFile), b.Bytes(), 0o644)
}

// sortedDeps returns the entry keys (kind/id) looked up, sorted and
// without repeats.
func sortedDeps(keys []string) []string {
	if len(keys) == 0 {
		return nil
	}
	out := slices.Clone(keys)
	sort.Strings(out)
	return slices.Compact(out)
}

// path returns the stage's file of rel (slash-separated).
func (s *stage) path(rel string) string { return filepath.Join(s.tmp, filepath.FromSlash(rel)) }

// reuse puts the old site's file rel into the stage: a hard link, or a
// copy (keeping the modification time) where the file system has none.
func (s *stage) reuse(rel string) error {
	rel = filepath.FromSlash(rel)
	old, dst := filepath.Join(s.out, rel), filepath.Join(s.tmp, rel)
	if err := os.Link(old, dst); err == nil {
		s.unchanged.Add(1)
		return nil
	}
	in, err := os.Open(old)
	if err != nil {
		return err
	}
	defer in.Close()
	fi, err := in.Stat()
	if err != nil {
		return err
	}
	outF, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, err = io.Copy(outF, in)
	if cerr := outF.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chtimes(dst, fi.ModTime(), fi.ModTime())
	}
	if err != nil {
		return errors.Join(err, os.Remove(dst))
	}
	s.unchanged.Add(1)
	return nil
}
