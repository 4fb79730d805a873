package sitegen

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"runtime"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/yuin/goldmark"
	"golang.org/x/sync/errgroup"
)

// Options are the settings of Build. The zero value of every field except
// OutDir is the default.
type Options struct {
	// OutDir is the folder the site is written to (required). It is
	// replaced as a whole when the build succeeds; Build refuses to replace
	// a non-empty folder that was not written by Build.
	OutDir string
	// Lang is the language of the site: "ja" (default) or "en".
	Lang string
	// Public writes only the pages that may be published on the
	// organisation's website: official accounts and approved services.
	Public bool
	// AsOf is the date the site reports on (shown on every page, used for
	// "overdue" and "due within 90 days"). It is the only date printed that
	// does not come from the register.
	AsOf riskassess.Date
	// Requirements is the catalogue the assessments were made with, for the
	// requirements page and question texts. When empty, the requirements
	// page lists the requirements that appear in findings.
	Requirements []riskassess.Requirement
	// Workers bounds the number of pages rendered and written at once;
	// 0 means runtime.GOMAXPROCS(0).
	Workers int
	// Extensions are goldmark extensions for rendering notes (e.g.
	// extension.GFM). Raw HTML stays escaped and dangerous link
	// destinations are dropped whatever the extensions configure.
	Extensions []goldmark.Extender
	// CatalogueVersion is recorded in downloads/register.json.
	CatalogueVersion string
	// LiveReload adds assets/reload.js to every page, which polls
	// ../__version and reloads the page when it changes. For `serve` only.
	LiveReload bool
}

// Report says what Build did.
type Report struct {
	// Files is the number of files in the new site; Pages counts the HTML
	// pages among them.
	Files, Pages int
	// Written is the number of files written; Unchanged the number of files
	// whose bytes were equal to the old site's and were carried forward
	// (hard-linked, keeping their modification time).
	Written, Unchanged int
	// Bytes is the total size of the site.
	Bytes int64
	// Assemble, Render, Write and Commit are the wall-clock durations of the
	// build phases: building the view structs, executing the templates (on
	// the worker pool), staging the files into a temporary folder (on the
	// worker pool) and swapping the temporary folder for OutDir.
	Assemble, Render, Write, Commit time.Duration
}

// Total returns the sum of the phase durations.
func (r *Report) Total() time.Duration { return r.Assemble + r.Render + r.Write + r.Commit }

// ErrNotSite is returned (wrapped) by Build when OutDir exists, is not empty
// and was not written by Build: it is not replaced, so that a mistyped -o
// cannot delete an unrelated folder. Fix: choose an empty or new folder.
var ErrNotSite = errors.New("output folder exists and is not a site written by riskregister")

// markerFile marks a folder as written by Build.
const markerFile = ".riskregister-site"

// testHookPage, when set by tests, is called before each page is rendered;
// an error fails the build like a template error would.
var testHookPage func(path string) error

// Build writes the site for reg and its assessments into opts.OutDir.
// assessments are matched to entries by kind and id (the order of
// riskassess.AssessAll is not required); an entry without an assessment is
// shown as not assessed.
//
// The site is rendered into a temporary folder next to OutDir and replaces
// the old site only when complete: on any error (an invalid entry id, a
// template error, a write error, ctx cancelled) the old site is left as it
// was and the temporary folder is removed. Output is deterministic: the
// same register, assessments and options give byte-identical files.
//
// Build returns an error when OutDir is empty, Lang is not "", "ja" or
// "en", reg is nil, an entry id is not a valid id (riskassess.ValidID) or
// OutDir is a non-empty folder not written by Build (ErrNotSite).
func Build(ctx context.Context, reg *riskassess.Register, assessments []riskassess.Assessment, opts Options) (*Report, error) {
	if opts.OutDir == "" {
		return nil, errors.New("sitegen: Options.OutDir is required")
	}
	switch opts.Lang {
	case "":
		opts.Lang = "ja"
	case "ja", "en":
	default:
		return nil, fmt.Errorf("sitegen: unsupported language %q: use \"ja\" or \"en\"", opts.Lang)
	}
	if reg == nil {
		return nil, errors.New("sitegen: nil register")
	}
	if opts.Workers <= 0 {
		opts.Workers = runtime.GOMAXPROCS(0)
	}
	out, err := filepath.Abs(opts.OutDir)
	if err != nil {
		return nil, fmt.Errorf("sitegen: %w", err)
	}
	if err := checkOutDir(out); err != nil {
		return nil, err
	}
	rep := &Report{}

	t0 := time.Now()
	pages, err := assemble(reg, assessments, &opts)
	if err != nil {
		return nil, fmt.Errorf("assemble: %w", err)
	}
	rep.Assemble = time.Since(t0)

	t0 = time.Now()
	if err := render(ctx, pages, &opts); err != nil {
		return nil, fmt.Errorf("render: %w", err)
	}
	rep.Render = time.Since(t0)

	t0 = time.Now()
	st, err := newStage(out)
	if err != nil {
		return nil, fmt.Errorf("write: %w", err)
	}
	committed := false
	defer func() {
		if !committed {
			st.discard()
		}
	}()
	if err := st.writeAll(ctx, pages, opts.Workers); err != nil {
		return nil, fmt.Errorf("write: %w", err)
	}
	rep.Write = time.Since(t0)

	t0 = time.Now()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("commit: %w", err)
	}
	if err := st.commit(); err != nil {
		return nil, fmt.Errorf("commit: %w", err)
	}
	committed = true
	rep.Commit = time.Since(t0)

	for _, p := range pages {
		rep.Files++
		if filepath.Ext(p.path) == ".html" {
			rep.Pages++
		}
		rep.Bytes += int64(len(p.out))
	}
	rep.Unchanged = int(st.unchanged.Load())
	rep.Written = rep.Files - rep.Unchanged
	return rep, nil
}

// page is one output file: either a template executed with data, or bytes
// produced by raw.
type page struct {
	path string // slash-separated, relative to the site root
	tmpl string // template name; "" when raw is set
	data any
	raw  func(*bytes.Buffer) error
	size int // expected size, to pre-grow the buffer
	out  []byte
}

// render executes every page on a pool of opts.Workers goroutines.
func render(ctx context.Context, pages []*page, opts *Options) error {
	ts, err := parseTemplates(opts)
	if err != nil {
		return err
	}
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(opts.Workers)
	for _, p := range pages {
		if gctx.Err() != nil {
			break
		}
		g.Go(func() error {
			if err := gctx.Err(); err != nil {
				return err
			}
			if testHookPage != nil {
				if err := testHookPage(p.path); err != nil {
					return fmt.Errorf("%s: %w", p.path, err)
				}
			}
			var b bytes.Buffer
			b.Grow(max(p.size, 4096))
			var err error
			if p.raw != nil {
				err = p.raw(&b)
			} else {
				t := ts[p.tmpl]
				if t == nil {
					return fmt.Errorf("%s: no template %q", p.path, p.tmpl)
				}
				err = t.ExecuteTemplate(&b, "layout", p.data)
			}
			if err != nil {
				return fmt.Errorf("%s: %w", p.path, err)
			}
			p.out = b.Bytes()
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return err
	}
	return ctx.Err()
}
