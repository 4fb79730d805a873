package sitegen

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gikai-sec/riskregister/internal/filelock"
	"github.com/gikai-sec/riskregister/internal/workers"
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/diff"
	"github.com/yuin/goldmark"
)

// Options are the settings of Build. The zero value of every field except
// OutDir and AsOf is the default.
type Options struct {
	// OutDir is the folder the site is written to (required). It is
	// replaced as a whole when the build succeeds; Build refuses to replace
	// a non-empty folder that was not written by Build.
	OutDir string
	// Lang is the language of the site: "ja" (default) or "en".
	Lang riskassess.Lang
	// Public writes only the pages that may be published on the
	// organisation's website: official accounts and approved services.
	Public bool
	// Changes, when not nil, adds the page 変更の記録 (changes.html): what
	// changed between an earlier register and this one
	// (diff.Compare, whose To is the register built). The public
	// site leaves it out.
	Changes *diff.Changes
	// AsOf is the date the site reports on (shown on every page, used for
	// "overdue" and "due within 90 days"). It is the only date printed that
	// does not come from the register. It is required and must be the
	// as-of date of the assessments (Assessment.AsOf): a site without it
	// would list nothing as overdue.
	AsOf riskassess.Date
	// Requirements is the catalogue the assessments were made with, for the
	// requirements page and question texts, and for the dates the council's
	// answers give the yearly tasks of an entry that comes back after the
	// as-of date (report.PlanYearAt, DueListInAt). When empty, the
	// requirements page lists the requirements that appear in findings.
	Requirements []riskassess.Requirement
	// Matrix is the residual-risk matrix the assessments were made with
	// (riskassess.Scorer.MatrixFor); the dashboard's heat map takes its
	// control-score bands and colours from it. The zero value means the
	// register's matrix in force (reg.Org.MatrixInForce()).
	Matrix riskassess.Matrix
	// Workers bounds the number of pages rendered and written at once;
	// 0 means runtime.GOMAXPROCS(0).
	Workers int
	// Extensions are goldmark extensions for rendering notes (e.g.
	// extension.GFM). Raw HTML stays escaped and dangerous link
	// destinations are dropped whatever the extensions configure.
	Extensions []goldmark.Extender
	// CatalogueVersion is recorded in downloads/register.json.
	CatalogueVersion string
	// LockWait bounds how long Build waits while another build into the
	// same OutDir (in any process) holds its lock; 0 means DefaultLockWait.
	LockWait time.Duration
	// Waiting, when set, is called once when Build has to wait for another
	// build, with a description of the holder ("pid 1234", or "").
	Waiting func(holder string)
	// Dates is how dates are shown: riskassess.DateWareki (令和8年4月1日,
	// Japanese pages only) or DateISO; "" takes the register's
	// date_style, else ISO. datetime attributes stay ISO. Any other value
	// is refused.
	Dates riskassess.DateStyle
	// FiscalYear is the fiscal year (年度) of the plan page (plan.html);
	// 0 means the fiscal year of AsOf. It is the calendar year the fiscal
	// year starts in (2026 for 令和8年度); a year outside 1900–2200, the
	// years --fiscal-year reads, is refused.
	FiscalYear riskassess.FiscalYear
	// LiveReload adds assets/reload.js to every page, which polls
	// ../__version and reloads the page when it changes. For `serve` only.
	LiveReload bool
	// Inputs, when set, makes the build incremental: files whose inputs
	// are unchanged since the site in OutDir was built are carried
	// forward without rendering (see Inputs). nil renders every page.
	Inputs *Inputs
	// Assess, when set, is how Build gets the assessments, and Build's
	// assessments argument must be nil: the findings of a whole register
	// (forty or so per entry) are then never held as riskassess.Finding
	// values at once. Build assesses every entry once with Assess, keeps
	// of each assessment all but its findings, what the lists show of
	// those (the findings not met, partly met or not answered, and those
	// of requirements missing from Requirements), and every finding
	// packed (indexes into tables of the distinct specs, messages and
	// provenances: about 28 bytes a finding that the collector does not
	// scan), unpacked when the entry's page is rendered. Assess must be
	// safe for concurrent use; its error fails the build. The site is the
	// one Build makes with the assessments Assess gives.
	Assess func(e riskassess.Entry) (riskassess.Assessment, error)
	// BeforeRender, when set, is called by Build once, after the views
	// are assembled and before the first page is rendered: from then on
	// the build holds the register, the assessments (with Assess: without
	// their findings, which are kept packed, and what the lists show of
	// them) and the assembled lists, and allocates only for the pages
	// being rendered. riskregister build collects the
	// garbage of loading and assessing there and bounds the heap.
	BeforeRender func()

	// lists, set by Build with Assess, are the listed findings of each
	// assessment (assessLean), parallel to the assessments; found are all
	// their findings, packed.
	lists [][]listFinding
	found *keptFindings
	// prev, set by Site.Next, is what the previous site derived from each
	// entry (kind/id), for assembleWith.
	prev map[string]*derived
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
	// Rendered is the number of files rendered; Reused the number carried
	// forward from the old site without rendering, their inputs unchanged
	// (Options.Inputs; counted in Unchanged too).
	Rendered, Reused int
	// Bytes is the total size of the site.
	Bytes int64
	// Assemble is the wall-clock time of building the view structs, and
	// Commit of swapping the new site in. Render and Write are the time the
	// workers spent rendering pages and staging files, summed over the
	// workers: each worker renders a page and writes it at once, so with N
	// workers Render+Write can be up to N times the wall-clock time of that
	// phase. Total is the wall-clock time of the whole Build.
	Assemble, Render, Write, Commit, Total time.Duration
	// Assess is the wall-clock time of assessing every entry with
	// Options.Assess (0 without it), packing the findings included; their
	// unpacking for the entry pages is in Render.
	Assess time.Duration
	// MissingLinks are the relative links the site shows that name no
	// file of it (missingLinks): broken, since a file put into OutDir by
	// hand does not survive the next build. riskregister build warns of
	// each (CodeLinkNotInSite).
	MissingLinks []MissingLink
	// Recovered lists what builds killed earlier had left next to OutDir
	// and this build repaired: "removed .site.tmp-123" (an unfinished or
	// replaced site), "restored .site.old-456 as site" (the old site of a
	// build killed in the middle of its commit).
	Recovered []string
}

// DefaultLockWait is how long Build waits for another build into the same
// folder when Options.LockWait is 0.
const DefaultLockWait = 5 * time.Minute

// ErrNotSite is returned (wrapped) by Build when OutDir exists, is not empty
// and was not written by Build: it is not replaced, so that a mistyped -o
// cannot delete an unrelated folder. Fix: choose an empty or new folder.
var ErrNotSite = errors.New("output folder exists and is not a site written by riskregister")

// markerFile marks a folder as written by Build.
const markerFile = ".riskregister-site"

// testHookPage, when set by tests, is called before each page is rendered;
// an error fails the build like a render error would.
var testHookPage func(path string) error

// Build writes the site for reg and its assessments into opts.OutDir.
// assessments are matched to entries by kind and id (the order of
// riskassess.Scorer.AssessAll is not required); an entry without an assessment is
// shown as not assessed.
//
// Builds into the same OutDir are serialised across processes by a lock
// file next to it (".OUT.lock", left in place); Build waits up to
// Options.LockWait and then fails with an error wrapping
// filelock.ErrBusy. Holding the lock, it first repairs what killed builds
// left behind (Report.Recovered).
//
// The site is rendered into a temporary folder next to OutDir and replaces
// the old site only when complete: on any error (an invalid entry id, a
// render error, a write error, ctx cancelled) the old site is left as it
// was and the temporary folder is removed. Output is deterministic: the
// same register, assessments and options give byte-identical files.
//
// Build returns an error when OutDir is empty, Lang is not "", "ja" or
// "en", reg is nil, AsOf is the zero Date or not a day of the calendar,
// reg.Org has a setting riskassess.CheckOrganisation refuses (an error
// wrapping riskassess.ErrOrgSetting or ErrDueOff), an entry has a field
// whose value riskassess.CheckEntry refuses (an error wrapping
// riskassess.ErrEntryValue), two entries have one kind and id (an error
// wrapping riskassess.ErrDuplicateEntry: riskassess.CheckUniqueEntries),
// an assessment is not as of AsOf, an entry id
// is not a valid id (fieldrule.ValidID) or OutDir is a non-empty folder not written by Build
// (ErrNotSite).
func Build(ctx context.Context, reg *riskassess.Register, assessments []riskassess.Assessment, opts Options) (*Report, error) {
	if opts.OutDir == "" {
		return nil, errors.New("sitegen: Options.OutDir is required")
	}
	if err := checkOptions(reg, &opts); err != nil {
		return nil, err
	}
	out, err := filepath.Abs(opts.OutDir)
	if err != nil {
		return nil, fmt.Errorf("sitegen: %w", err)
	}
	// One build at a time per output folder, in any process: two builds
	// interleaving their stages and commits could publish a mix of both.
	parent, base := filepath.Split(out)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, fmt.Errorf("sitegen: %w", err)
	}
	wait := opts.LockWait
	if wait <= 0 {
		wait = DefaultLockWait
	}
	lock, err := filelock.Acquire(filepath.Join(parent, lockName(base)), wait, opts.Waiting)
	if err != nil {
		return nil, fmt.Errorf("sitegen: another build into %s is running: %w", opts.OutDir, err)
	}
	defer lock.Unlock()
	recovered, err := recoverLeftovers(out)
	if err != nil {
		return nil, fmt.Errorf("sitegen: cleaning up after an interrupted build: %w", err)
	}
	if err := checkOutDir(out); err != nil {
		return nil, err
	}
	rep := &Report{Recovered: recovered}
	start := time.Now()
	if opts.Assess != nil {
		if assessments != nil {
			return nil, errors.New("sitegen: both assessments and Options.Assess given")
		}
		if assessments, err = assessLean(ctx, reg, &opts); err != nil {
			return nil, fmt.Errorf("assess: %w", err)
		}
		rep.Assess = time.Since(start)
	}
	t0 := time.Now()
	pages, err := assemble(reg, assessments, &opts)
	if err != nil {
		return nil, fmt.Errorf("assemble: %w", err)
	}
	rep.Assemble = time.Since(t0)
	rep.MissingLinks = missingLinks(reg, pages, &opts)
	if opts.BeforeRender != nil {
		opts.BeforeRender()
	}

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
	inc := newIncremental(pages, &opts)
	if inc != nil {
		inc.old = readManifest(filepath.Join(out, manifestFile), inc.site)
	}
	if err := renderAndWrite(ctx, pages, &opts, st, inc, rep); err != nil {
		return nil, err
	}
	if inc != nil {
		if err := inc.write(st.tmp); err != nil {
			return nil, fmt.Errorf("write: %w", err)
		}
	}

	t1 := time.Now()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("commit: %w", err)
	}
	if err := st.commit(); err != nil {
		return nil, fmt.Errorf("commit: %w", err)
	}
	committed = true
	rep.Commit = time.Since(t1)
	rep.Total = time.Since(start)
	rep.Files = len(pages)
	for _, p := range pages {
		if strings.HasSuffix(p.path, ".html") {
			rep.Pages++
		}
	}
	rep.Unchanged = int(st.unchanged.Load())
	rep.Written = rep.Files - rep.Unchanged
	return rep, nil
}

// checkOptions checks reg and opts as Build and Prepare do, and fills in
// the defaults of Lang and Workers.
func checkOptions(reg *riskassess.Register, opts *Options) error {
	switch opts.Lang {
	case "":
		opts.Lang = "ja"
	case "ja", "en":
	default:
		return fmt.Errorf("sitegen: unsupported language %q: use \"ja\" or \"en\"", opts.Lang)
	}
	if reg == nil {
		return errors.New("sitegen: nil register")
	}
	if d := opts.AsOf; d.IsZero() || riskassess.DateOf(d.Time()) != d {
		return fmt.Errorf("sitegen: Options.AsOf %q is not a date: set the date the site reports on, the as-of date of the assessments (what is overdue and due is counted from it)", d.String())
	}
	// A date style or fiscal year the site cannot show is refused, as the
	// command's --dates and --fiscal-year are: "Wareki" showed ISO dates,
	// and FiscalYear 8 (令和8年度 meant) a plan of the year 8 with nothing
	// in it.
	if opts.Dates != "" && !opts.Dates.Valid() {
		return fmt.Errorf("sitegen: unsupported Options.Dates %q: use %q or %q (or empty for the register's date_style)", opts.Dates, riskassess.DateISO, riskassess.DateWareki)
	}
	if fy := opts.FiscalYear; fy != 0 && (fy < minFiscalYear || fy > maxFiscalYear) {
		return fmt.Errorf("sitegen: Options.FiscalYear %d is not a fiscal year: write the calendar year it starts in (2026 for 令和8年度, FY2026), or 0 for the fiscal year of AsOf", fy)
	}
	// An organisation built in Go with a setting register.yaml could not
	// hold (an incomplete residual matrix, ranks that do not fall) is
	// refused as the scorer refuses it: the heat map read it as the
	// default matrix.
	if err := riskassess.CheckOrganisation(&reg.Org); err != nil {
		return fmt.Errorf("sitegen: %w", err)
	}
	// An entry built in Go with a value its field does not allow
	// ("Retired" for retired) was shown with that value and counted as
	// none (not a record, missing from the dashboard's counts), assessed
	// or not: the entries are checked as the scorer checks them.
	ents := reg.Entries()
	for _, e := range ents {
		if err := riskassess.CheckEntry(&reg.Org, e); err != nil {
			return fmt.Errorf("sitegen: %w", err)
		}
	}
	// Two entries of one kind and id: the pages are keyed by kind and id.
	if err := riskassess.CheckUniqueEntries(ents); err != nil {
		return fmt.Errorf("sitegen: %w", err)
	}
	if opts.Workers <= 0 {
		opts.Workers = runtime.GOMAXPROCS(0)
	}
	return nil
}

// The fiscal years Options.FiscalYear may name: those the command's
// --fiscal-year reads (wareki.ParseFiscalYear).
const (
	minFiscalYear = 1900
	maxFiscalYear = 2200
)

// assessLean assesses every entry of reg with opts.Assess on opts.Workers
// goroutines, in reg.Entries() order, and keeps of each assessment all
// but its findings, of those what a list page shows (listed) in
// opts.lists, parallel to the assessments, and all of them packed in
// opts.found, for the entry page (assessmentOf).
func assessLean(ctx context.Context, reg *riskassess.Register, opts *Options) ([]riskassess.Assessment, error) {
	known := knownRequirements(opts.Requirements)
	ents := reg.Entries()
	out := make([]riskassess.Assessment, len(ents))
	lists := make([][]listFinding, len(ents))
	// The messages of the listed findings repeat from entry to entry (at
	// 10,000 synthetic entries, 23,000 distinct ones in 190,000): they are
	// kept once each.
	msgs := newInterner()
	found := newKeptFindings(len(ents), opts.Workers, msgs)
	err := workers.Run(ctx, len(ents), workers.Options{Workers: opts.Workers}, func(_ context.Context, w, i int) error {
		a, err := opts.Assess(ents[i])
		if err != nil {
			return fmt.Errorf("%s: %w", ents[i].Base().Source, err)
		}
		lists[i] = listFindings(a.Findings, known, opts.Lang, msgs)
		found.put(w, i, a.Findings)
		a.Findings = nil
		shareTexts(&a, msgs)
		out[i] = a
		return nil
	})
	if err != nil {
		return nil, err
	}
	found.done()
	opts.lists, opts.found = lists, found
	return out, nil
}

// shareTexts replaces the texts a kept assessment says of its review and
// due items by msgs's copies: they repeat from entry to entry (the same
// reason, the same certificate, the same date), and each assessment made
// its own (at 100,000 synthetic entries, 50 MB of the live heap).
func shareTexts(a *riskassess.Assessment, msgs *interner) {
	text := func(t *riskassess.Text) {
		t.Ja, t.En = msgs.of(t.Ja), msgs.of(t.En)
	}
	text(&a.Review.Reason)
	for i := range a.Due {
		d := &a.Due[i]
		d.What, d.Field = msgs.of(d.What), msgs.of(d.Field)
		text(&d.Label)
		text(&d.Note)
	}
}

// listFinding is what the list pages show of a finding: the requirements
// page lists the entries not meeting each requirement, and a requirement
// outside the catalogue from its findings; the dashboard counts the
// conditional entries with a grave finding not met.
type listFinding struct {
	spec    *riskassess.FindingSpec
	outcome riskassess.Outcome
	// message is the finding's message in the site's language.
	message string
}

// knownRequirements returns the set of the ids of reqs.
func knownRequirements(reqs []riskassess.Requirement) map[string]bool {
	known := make(map[string]bool, len(reqs))
	for i := range reqs {
		known[reqs[i].ID] = true
	}
	return known
}

// interner keeps one copy of each distinct string given to it; safe for
// concurrent use. Its strings are spread over shards, each with its own
// lock, by a hash of the string: assessLean's workers all intern every
// finding's message, and behind one lock they took turns (at 10,000
// synthetic entries the assessment phase of a build ran on two cores in
// the wall-clock time of its CPU time).
type interner struct {
	seed   maphash.Seed
	shards [internShards]internShard
}

// internShards is the number of shards of an interner (a power of two).
const internShards = 64

// internShard is one shard of an interner.
type internShard struct {
	mu sync.Mutex
	m  map[string]string
}

// newInterner returns an empty interner.
func newInterner() *interner {
	return &interner{seed: maphash.MakeSeed()}
}

// of returns the copy of s that in keeps (a copy of its own made the
// first time); s when in is nil.
//
// The copy is what keeps the kept strings small: an assessment's texts
// are cut from larger blocks of its run (catalog's joined messages share
// 4 KB blocks), and keeping s itself would keep its whole block alive
// (at 10,000 synthetic entries, 15.6 MB of the heap live while pages are
// rendered for about 4 MB of messages).
func (in *interner) of(s string) string {
	if in == nil || s == "" {
		return s
	}
	sh := &in.shards[maphash.String(in.seed, s)&(internShards-1)]
	sh.mu.Lock()
	c, ok := sh.m[s]
	if !ok {
		if sh.m == nil {
			sh.m = map[string]string{}
		}
		c = strings.Clone(s)
		sh.m[c] = c
	}
	sh.mu.Unlock()
	return c
}

// listFindings returns what the lists show of fs: the findings whose
// requirement fails (not met, partly met, not answered) or is not one of
// the catalogue's (known), in order; nil when none. The messages are
// msgs's copies (msgs may be nil).
func listFindings(fs []riskassess.Finding, known map[string]bool, lang riskassess.Lang, msgs *interner) []listFinding {
	listed := func(f *riskassess.Finding) bool {
		switch f.Outcome {
		case riskassess.OutcomeNotMet, riskassess.OutcomePartial, riskassess.OutcomeNotAnswered:
			return true
		}
		return !known[f.Requirement]
	}
	n := 0
	for j := range fs {
		if listed(&fs[j]) {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]listFinding, 0, n)
	for j := range fs {
		if f := &fs[j]; listed(f) {
			out = append(out, listFinding{spec: f.FindingSpec, outcome: f.Outcome, message: msgs.of(f.Message.In(lang))})
		}
	}
	return out
}

// page is one output file: an HTML page (the layout around what view's
// content writer writes), bytes produced by raw, or bytes streamed by
// stream.
type page struct {
	path string // slash-separated, relative to the site root
	// title, nav and site are the layout fields of the page (pageView);
	// view makes the writer of its content (pages.go, content.go). It is
	// called by the worker that renders the page, so that a page's view
	// lives only while the page is rendered.
	title, nav string
	site       *siteView
	view       func(root string) func(hw) error
	raw        func(*bytes.Buffer) error
	// stream writes the page to the stage file directly, for the files
	// too large to hold (the downloads). A heavy page with a view is
	// written out as it is rendered too (spillPage).
	stream func(io.Writer) error
	size   int // expected size, to pre-grow the buffer
	// heavy marks a file made from every entry (a list page, a download):
	// its view or its bytes are as large as the register's, so at most one
	// heavy file is rendered at a time (renderAndWrite).
	heavy bool
	// shares is the heavy page that shares this heavy page's view (the
	// dashboard's and the due page's due rows, made by whichever is
	// rendered first and let go when the second has them): renderOrder
	// renders it next among the heavy files, so that the view is not kept
	// while other heavy files are rendered (at 100,000 entries the due
	// rows, about 60 MB, were kept through the plan and approvals pages).
	// Set it on both pages: either may be the larger.
	shares *page
	// ent is the entry of an entry page, nil for the other files.
	ent riskassess.Entry
	// deps are the entries an entry page looked up while it was
	// rendered (Inputs), set by the worker that renders it.
	deps []string
}

// renderAndWrite renders every page and stages it into st, on a pool of
// opts.Workers goroutines; each worker renders a page into a pooled buffer
// and writes it at once, so memory stays bounded by the worker count.
//
// With inc (an incremental build), a file whose inputs are unchanged is
// carried forward from the old site instead (stage.reuse), and every file
// is recorded for the new manifest.
func renderAndWrite(ctx context.Context, pages []*page, opts *Options, st *stage, inc *incremental, rep *Report) error {
	if err := st.mkdirs(pages); err != nil {
		return fmt.Errorf("write: %w", st.named(err))
	}
	order := renderOrder(pages)
	// heavyMu lets one heavy file be rendered at a time: their views
	// (every due item, every row of a CSV) would otherwise add up.
	var heavyMu sync.Mutex
	var renderNs, writeNs, bytesOut, reused atomic.Int64
	err := workers.Run(ctx, len(order), workers.Options{Workers: opts.Workers}, func(_ context.Context, _, i int) error {
		p := order[i]
		if inc != nil {
			if mp, ok := inc.reusable(p, st.out); ok && st.reuse(p.path) == nil {
				inc.keep(p.path, mp)
				reused.Add(1)
				bytesOut.Add(mp.Size)
				return nil
			}
		}
		if p.heavy {
			heavyMu.Lock()
			defer heavyMu.Unlock()
		}
		t0 := time.Now()
		if stream := p.streamer(); stream != nil {
			f, err := st.create(p.path)
			if err != nil {
				return fmt.Errorf("write: %w", st.named(err))
			}
			err = stream(f)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return fmt.Errorf("render: %s: %w", p.path, st.named(err))
			}
			renderNs.Add(int64(time.Since(t0)))
			bytesOut.Add(f.n)
			return inc.record(p, p.deps, st.path(p.path))
		}
		return withBuffer(func(b *bytes.Buffer) error {
			if err := renderPage(b, p); err != nil {
				return fmt.Errorf("render: %s: %w", p.path, err)
			}
			t1 := time.Now()
			if err := st.put(p.path, b.Bytes()); err != nil {
				return fmt.Errorf("write: %w", st.named(err))
			}
			renderNs.Add(int64(t1.Sub(t0)))
			writeNs.Add(int64(time.Since(t1)))
			bytesOut.Add(int64(b.Len()))
			return inc.record(p, p.deps, st.path(p.path))
		})
	})
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("render: %w", err)
	}
	rep.Render, rep.Write, rep.Bytes = time.Duration(renderNs.Load()), time.Duration(writeNs.Load()), bytesOut.Load()
	rep.Reused = int(reused.Load())
	rep.Rendered = len(pages) - rep.Reused
	return nil
}

// spillPage renders the HTML page p to w through a pooled buffer of
// about spillSize bytes (renderPageTo).
func spillPage(p *page, w io.Writer) error {
	return withBuffer(func(b *bytes.Buffer) error {
		s := &spill{w: w}
		if err := renderPageTo(b, p, s); err != nil {
			return err
		}
		s.flush(b)
		return s.err
	})
}

// streamer returns how p is written when it is written as a stream: its
// own stream function, or, for a heavy page made from every entry
// (register.html, owners.html and the like: tens of megabytes at 10,000
// entries), rendered and written out in pieces (spillPage). It is nil for
// a page rendered whole into a buffer first. Build and Site.Render both
// write a page the way streamer says.
func (p *page) streamer() func(io.Writer) error {
	switch {
	case p.stream != nil:
		return p.stream
	case p.heavy && p.raw == nil:
		return func(w io.Writer) error { return spillPage(p, w) }
	}
	return nil
}

// withBuffer calls fn with an empty buffer from bufPool and puts the buffer
// back afterwards, unless fn grew it past heavyPage (the pool keeps
// page-sized buffers only).
func withBuffer(fn func(b *bytes.Buffer) error) error {
	b := bufPool.Get().(*bytes.Buffer)
	b.Reset()
	err := fn(b)
	if b.Cap() <= heavyPage {
		bufPool.Put(b)
	}
	return err
}

// renderOrder returns pages in the order they are rendered: the heavy
// files largest first, each right after the heavy file it shares a view
// with (page.shares) when that one is larger, spread over the first half
// of the rest (largest first too), so that a worker waiting for the heavy
// lane is rare, the heavy files do not finish last on one worker, and the
// big single pages overlap with the thousands of small ones.
func renderOrder(pages []*page) []*page {
	var heavy, light []*page
	for _, p := range pages {
		if p.heavy {
			heavy = append(heavy, p)
		} else {
			light = append(light, p)
		}
	}
	bySize := func(a, b *page) int { return b.size - a.size }
	slices.SortStableFunc(heavy, bySize)
	slices.SortStableFunc(light, bySize)
	heavy = pairShared(heavy)
	gap := 0
	if len(heavy) > 0 {
		gap = len(light) / (2 * len(heavy))
	}
	order := make([]*page, 0, len(pages))
	for _, h := range heavy {
		n := min(gap, len(light))
		order = append(order, h)
		order = append(order, light[:n]...)
		light = light[n:]
	}
	return append(order, light...)
}

// pairShared returns heavy in its order, except that a page whose
// shares is later in it is moved to right after that page.
func pairShared(heavy []*page) []*page {
	out := make([]*page, 0, len(heavy))
	placed := make(map[*page]bool, len(heavy))
	for _, h := range heavy {
		if placed[h] {
			continue
		}
		out = append(out, h)
		placed[h] = true
		if o := h.shares; o != nil && o.heavy && !placed[o] && slices.Contains(heavy, o) {
			out = append(out, o)
			placed[o] = true
		}
	}
	return out
}

// heavyPage is the expected size above which a page whose size depends
// on the register is heavy (page.heavy), and the largest buffer bufPool
// keeps.
const heavyPage = 1 << 20

// bufPool holds the page buffers of the workers.
var bufPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}
