package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/sitegen"
)

// lazySite is the site serve serves: the sitegen.Site of the last build,
// whose files are rendered into dir only when a browser asks for them, and
// kept there until their inputs change (sitegen.Site.Current). A rebuild
// after an edit of one entry renders nothing by itself; the pages looked
// at afterwards are rendered when asked for (the page open in the browser,
// reloaded by reload.js), and a file asked for is never older than the
// build served when it was asked for. The zero value is not usable; dir
// must be set.
type lazySite struct {
	dir string

	mu    sync.Mutex
	site  *sitegen.Site
	files map[string]renderedFile // the files rendered into dir, by path
	locks map[string]*sync.Mutex  // one render of a path at a time
}

// renderedFile is one render of a path: the file in dir that holds it and
// the stamp of its inputs. Each render gets a file of its own, never
// renamed over the previous one: a reader still sending the previous
// render keeps it (on Windows a file open for reading can be neither
// replaced nor removed; such a file is left until serve ends).
type renderedFile struct {
	name  string
	stamp sitegen.Stamp
}

// set makes s the site served and returns how many of its files rendered
// earlier are current (kept without rendering when asked for). Files of
// the previous site that s does not have are removed from dir.
func (l *lazySite) set(s *sitegen.Site) (current int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.files == nil {
		l.files, l.locks = map[string]renderedFile{}, map[string]*sync.Mutex{}
	}
	for p, f := range l.files {
		if !s.Has(p) {
			delete(l.files, p)
			_ = os.Remove(f.name) // best effort: see renderedFile
		}
	}
	l.site = s
	for p, f := range l.files {
		if s.Current(p, f.stamp) {
			current++
		}
	}
	return current
}

// open returns the file at path (slash-separated, relative to the root)
// of the site served, rendering it first unless the one in dir is
// current. It returns an error wrapping fs.ErrNotExist when the site has
// no such file (or no site is set), and the render error when rendering
// fails.
func (l *lazySite) open(path string) (*os.File, error) {
	l.mu.Lock()
	if l.site == nil || !l.site.Has(path) {
		l.mu.Unlock()
		return nil, fs.ErrNotExist
	}
	m := l.locks[path]
	if m == nil {
		m = new(sync.Mutex)
		l.locks[path] = m
	}
	l.mu.Unlock()
	m.Lock()
	defer m.Unlock()
	// The site is read holding the path's lock: a render of an earlier
	// site cannot overwrite the file between this check and the open.
	l.mu.Lock()
	s, prev := l.site, l.files[path]
	l.mu.Unlock()
	if !s.Has(path) {
		return nil, fs.ErrNotExist
	}
	if prev.name != "" && s.Current(path, prev.stamp) {
		f, err := os.Open(prev.name)
		if err == nil || !errors.Is(err, fs.ErrNotExist) {
			return f, err
		}
		// Removed behind serve's back: rendered again.
	}
	next, err := l.render(s, path)
	if err != nil {
		return nil, err
	}
	f, err := os.Open(next.name)
	if err != nil {
		_ = os.Remove(next.name)
		return nil, err
	}
	// When a newer site was set meanwhile, the stamp (s's) tells it
	// whether the file is current for it.
	l.mu.Lock()
	l.files[path] = next
	l.mu.Unlock()
	if prev.name != "" {
		_ = os.Remove(prev.name) // best effort: see renderedFile
	}
	return f, nil
}

// render writes s's file path to a new file in dir (under the path's
// folder, named after it; complete before anyone opens it) and returns
// the file's name and stamp. On error nothing is left behind.
func (l *lazySite) render(s *sitegen.Site, path string) (renderedFile, error) {
	name := filepath.Join(l.dir, filepath.FromSlash(path))
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return renderedFile{}, err
	}
	f, err := os.CreateTemp(filepath.Dir(name), filepath.Base(name)+".*")
	if err != nil {
		return renderedFile{}, err
	}
	bw := bufio.NewWriterSize(f, 64<<10)
	st, err := s.Render(bw, path)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		_ = os.Remove(f.Name())
		return renderedFile{}, err
	}
	return renderedFile{name: f.Name(), stamp: st}, nil
}

// prepareSite loads the register in dir, assesses it as of asOf (through
// serve's memo), prepares its site with opts as the one following the
// site served (sitegen.Site.Next, no file rendered) and makes it the site
// files serves. It prints a summary line
// on stderr: the files, how many of those rendered earlier are current,
// and the time of each stage; then, as build does, a warning for each
// link of the site that names no file of it (linkWarnings).
func (a *app) prepareSite(ctx context.Context, dir string, asOf riskassess.Date, opts sitegen.Options, files *lazySite) error {
	start := time.Now()
	reg, as, loaded, assessed, err := a.siteInputs(dir, asOf, &opts)
	if err != nil {
		return err
	}
	files.mu.Lock()
	prev := files.site
	files.mu.Unlock()
	s, err := prev.Next(ctx, reg, as, opts)
	if err != nil {
		return &exitError{code: 1, msg: "serve: " + a.failText("サイトを組み立てられません", "cannot assemble the site", err)}
	}
	current := files.set(s)
	r := func(d time.Duration) string { return d.Round(time.Millisecond).String() }
	n := len(s.Paths())
	fmt.Fprintln(a.stderr, l10n(a.lang,
		fmt.Sprintf("組立済み: %d ページ、%d ファイル（うち表示済みで変更なし %d、表示するときに描画 %d）、%s（読込 %s、評価 %s、組立 %s）",
			s.Pages(), n, current, n-current, r(time.Since(start)), r(loaded.Sub(start)), r(assessed), r(s.Assemble)),
		fmt.Sprintf("built %s: %d pages, %d files (%d unchanged, %d to render when asked for) in %s (load %s, assess %s, assemble %s)",
			files.dir, s.Pages(), n, current, n-current, r(time.Since(start)), r(loaded.Sub(start)), r(assessed), r(s.Assemble))))
	// No folder to name (""): the preview's is temporary.
	a.warnLinks(dir, "", s.MissingLinks)
	return nil
}
