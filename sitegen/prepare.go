package sitegen

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
)

// Site is the site Build would write for a register, assembled but not
// rendered: each file is rendered only when asked for (Render). It is for
// a preview server (riskregister serve), which renders the files a browser
// asks for and keeps each one until its inputs change (Current), so that a
// rebuild after an edit of one entry renders nothing until a page is
// looked at, and then only that page. A Site is safe for concurrent use;
// two calls rendering the same file run one after the other.
type Site struct {
	pages  []*page
	byPath map[string]int
	locks  []sync.Mutex // one per page
	// inc holds the keys of the files' inputs; nil when they are not
	// known (Options.Inputs not given, or turned off by Options), and
	// then only the files this site rendered are Current in it.
	inc *incremental
	// id tells this site from every other of the process (Stamp.site).
	id uint64
	// derived is what the site derived from each entry (kind/id), for
	// the next site (Next); nil without keys.
	derived map[string]*derived
	// kept is how many entries' rows and listed findings were taken
	// from the previous site (Next), for the tests.
	kept int
	// Assess and Assemble are the wall-clock times of assessing the
	// entries with Options.Assess (0 without it) and of building the
	// view structs.
	Assess, Assemble time.Duration
	// MissingLinks are the relative links the site shows that name no
	// file of it, as Build's Report.MissingLinks: riskregister serve
	// warns of each on every build (CodeLinkNotInSite).
	MissingLinks []MissingLink
}

// derived is what a site derived from one entry and its assessment for
// the list pages: its row and its listed findings, with the entry's key
// (Inputs.Entry) and the site's settings key they were made with.
type derived struct {
	key  [32]byte
	row  *entryRow // in the site's builder, which never changes it
	list []listFinding
}

// Stamp is what a file Render gave was made from: the key of its inputs
// and, for an entry page, the entries it looked up, and which Site
// rendered it. The zero Stamp is never Current.
type Stamp struct {
	key  string
	deps []string
	// site is the Site.id of the site that rendered the file.
	site uint64
}

// siteIDs numbers the Sites prepared (Site.id).
var siteIDs atomic.Uint64

// Prepare checks reg and opts and assembles the site as Build does, with
// the same errors (OutDir, LockWait and Waiting are not used), and returns
// it without rendering any file. Site.Render of a path gives the bytes
// Build writes at that path with the same arguments.
func Prepare(ctx context.Context, reg *riskassess.Register, assessments []riskassess.Assessment, opts Options) (*Site, error) {
	var none *Site
	return none.Next(ctx, reg, assessments, opts)
}

// Next is Prepare, for the site that follows prev (nil: none) after a
// change: with Options.Inputs, what prev derived from an entry whose key
// is unchanged (its row in the lists, the findings the lists show) is
// taken from prev instead of derived again, when the settings (Inputs.Site
// and the Options Build hashes) are prev's. The result is Prepare's.
func (prev *Site) Next(ctx context.Context, reg *riskassess.Register, assessments []riskassess.Assessment, opts Options) (*Site, error) {
	if err := checkOptions(reg, &opts); err != nil {
		return nil, err
	}
	opts.prev = nil
	if settings, ok := settingsKey(&opts); ok && prev != nil && prev.inc != nil && prev.inc.site == settings {
		opts.prev = prev.derived
	}
	s := &Site{id: siteIDs.Add(1)}
	if opts.Assess != nil {
		if assessments != nil {
			return nil, errors.New("sitegen: both assessments and Options.Assess given")
		}
		t := time.Now()
		var err error
		if assessments, err = assessLean(ctx, reg, &opts); err != nil {
			return nil, fmt.Errorf("assess: %w", err)
		}
		s.Assess = time.Since(t)
	}
	t := time.Now()
	pages, b, err := assembleWith(reg, assessments, &opts)
	if err != nil {
		return nil, fmt.Errorf("assemble: %w", err)
	}
	s.pages, s.locks = pages, make([]sync.Mutex, len(pages))
	s.byPath = make(map[string]int, len(pages))
	for i, p := range pages {
		s.byPath[p.path] = i
	}
	s.inc = newIncremental(pages, &opts)
	if s.inc != nil && len(b.rows) == len(b.ents) {
		s.derived = make(map[string]*derived, len(b.ents))
		for i, e := range b.ents {
			id := key(e.Kind(), e.Base().ID)
			s.derived[id] = &derived{key: s.inc.keys[id], row: &b.rows[i], list: b.lists[i]}
		}
		s.kept = b.kept
	}
	s.Assemble = time.Since(t)
	s.MissingLinks = missingLinks(reg, pages, &opts)
	return s, nil
}

// Paths returns the slash-separated paths of the site's files, relative
// to its root, in no particular order.
func (s *Site) Paths() []string {
	out := make([]string, len(s.pages))
	for i, p := range s.pages {
		out[i] = p.path
	}
	return out
}

// Has reports whether the site has a file at path (slash-separated,
// relative to the root).
func (s *Site) Has(path string) bool {
	_, ok := s.byPath[path]
	return ok
}

// Pages returns the number of HTML pages among the site's files.
func (s *Site) Pages() int {
	n := 0
	for _, p := range s.pages {
		if strings.HasSuffix(p.path, ".html") {
			n++
		}
	}
	return n
}

// Current reports whether a file Render gave with stamp st (possibly by
// another Site of the same program) has the bytes Render of this site
// would give for path: this site rendered it, or its inputs' key, with the
// same entries looked up, is this site's. It is false for the zero Stamp
// and a path the site does not have; in a site without keys (see Site),
// only for the files it rendered itself.
func (s *Site) Current(path string, st Stamp) bool {
	i, ok := s.byPath[path]
	switch {
	case !ok || st.site == 0:
		return false
	case st.site == s.id:
		return true
	case s.inc == nil || st.key == "":
		return false
	}
	return st.key == s.inc.pageKey(s.pages[i], st.deps)
}

// Render writes the file at path to w and returns its Stamp. A path the site does not have is an
// error wrapping fs.ErrNotExist; a render error (as Build's) is returned
// after part of the file may have been written.
func (s *Site) Render(w io.Writer, path string) (Stamp, error) {
	i, ok := s.byPath[path]
	if !ok {
		return Stamp{}, fmt.Errorf("sitegen: %s: %w", path, fs.ErrNotExist)
	}
	s.locks[i].Lock()
	defer s.locks[i].Unlock()
	p := s.pages[i]
	var err error
	if stream := p.streamer(); stream != nil {
		err = stream(w)
	} else {
		err = withBuffer(func(b *bytes.Buffer) error {
			if err := renderPage(b, p); err != nil {
				return err
			}
			_, err := w.Write(b.Bytes())
			return err
		})
	}
	if err != nil {
		return Stamp{}, fmt.Errorf("render: %s: %w", p.path, err)
	}
	if s.inc == nil {
		return Stamp{site: s.id}, nil
	}
	return Stamp{key: s.inc.pageKey(p, p.deps), deps: p.deps, site: s.id}, nil
}
