package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"github.com/gikai-sec/riskregister/internal/filelock"
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/gikai-sec/riskregister/riskassess/problem"
	"github.com/gikai-sec/riskregister/riskassess/store"
	"github.com/gikai-sec/riskregister/sitegen"
	"github.com/spf13/cobra"
)

// buildFlags are the flags of build.
type buildFlags struct {
	dir     string
	out     string
	public  bool
	asOf    string
	workers int
	// changesFrom and changesFromAsOf: the earlier register of the page
	// 変更の記録 (as diff --from, --from-as-of).
	changesFrom, changesFromAsOf string
	dates                        string
	fiscal                       string
}

func newBuildCmd(a *app) *cobra.Command {
	var f buildFlags
	cmd := &cobra.Command{
		Use:   "build [--register DIR] [-o DIR] [--public] [--as-of DATE] [--changes-from A]",
		Short: "静的な HTML 台帳を出力する / write the static HTML register",
		Long: `台帳を評価し、静的な HTML サイト（概要、台帳一覧、項目ごとのページ、責任者一覧、承認記録、要件、
公式アカウント一覧、JSON・CSV のダウンロード）を -o のフォルダに出力します。--public を付けると、
ホームページで公開してよい公式アカウント一覧と利用サービス一覧だけを出力します。
サイトは外部への通信を一切行わず、file:// でも任意のパスの下でも表示できます。出力先は完成後に
まとめて置き換えられ、内容が変わらないファイルは更新日時も変わりません。

Assesses the register and writes the static HTML site (dashboard, register table, one page per
entry, owners, approvals, requirements, official accounts, JSON and CSV downloads) into -o.
--public writes only what may be published: official accounts and services in use. The site
makes no network requests and works from file:// and under any path. The output folder is
replaced only when the new site is complete; unchanged files keep their modification time.

--changes-from A は「変更の記録」のページ（changes.html、印刷用）を加えます。A は diff --from と同じく
令和7年度末・日付・フォルダ・git のリビジョンで、今の台帳と比べます。
--changes-from A adds the page 変更の記録 (changes.html, printable): what changed since A, given as for
diff --from (a fiscal-year end, a date, a folder or a git revision).

年度計画のページ（plan.html）は --as-of の年度（--fiscal-year で変更: 2026・R8・令和8年度）を月・所管課ごとに示し、
年度より前の期日で基準日に期限を過ぎたままの項目（前年度以前からの期限超過）と、回答期限を過ぎた確認票（督促リスト）を
載せます。--dates wareki で日付を和暦で表示します（既定は register.yaml の date_style）。

The year plan page (plan.html) shows the fiscal year of --as-of (or --fiscal-year: 2026, R8, 令和8年度) by month
and section, with the items dated before the year and still overdue (overdue from before the year) and the chase
list of overdue questionnaire replies. --dates wareki shows dates in the Japanese era form (default: date_style
of register.yaml).`,
		Example: `  riskregister build --register examples/chofu-gikai -o public
  riskregister build --register examples/chofu-gikai --as-of 2026-11-27 \
      --changes-from examples/chofu-gikai-r7 --changes-from-as-of 2026-03-31 -o public
  riskregister build --register . --changes-from 令和7年度末 -o public`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			// Ctrl-C or a stop signal cancels the build; the old site stays.
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			return a.runBuild(ctx, f)
		},
	}
	addRegisterFlag(cmd, &f.dir)
	addAsOfFlag(cmd, &f.asOf)
	cmd.Flags().StringVarP(&f.out, "output", "o", "public", "出力先フォルダ / output folder")
	cmd.Flags().BoolVar(&f.public, "public", false, "公開用（公式アカウント・利用サービスのみ） / public pages only (official accounts, services in use)")
	cmd.Flags().IntVar(&f.workers, "workers", 0, "並列数（0 は CPU 数） / parallel workers (0 = number of CPUs)")
	cmd.Flags().StringVar(&f.changesFrom, "changes-from", "", "変更の記録のページで比べる前の台帳（diff --from と同じ指定） / earlier register of the 変更の記録 page (as diff --from)")
	cmd.Flags().StringVar(&f.changesFromAsOf, "changes-from-as-of", "", "フォルダの --changes-from を評価する基準日 / as-of date of a folder given as --changes-from")
	cmd.Flags().StringVar(&f.fiscal, "fiscal-year", "", "年度計画の年度 2026|R8|令和8年度（既定: --as-of の年度） / fiscal year of the plan page (default: that of --as-of)")
	addDatesFlag(cmd.Flags(), &f.dates)
	return cmd
}

// checkLang returns a usage error unless a.lang is ja or en. The root
// command runs it before every command.
func (a *app) checkLang() error {
	if !a.lang.Valid() {
		// Neither language was asked for: say it in both.
		return &exitError{code: 2, msg: fmt.Sprintf("--lang %q: ja か en を指定してください / use ja or en", a.lang)}
	}
	return nil
}

// runBuild loads, assesses and builds the site, and prints a one-line
// summary to stderr.
func (a *app) runBuild(ctx context.Context, f buildFlags) error {
	if f.workers < 0 {
		return badUsage("--workers: 0 以上を指定してください", "--workers: must be 0 or more")
	}
	asOf, err := parseAsOf(f.asOf)
	if err != nil {
		return err
	}
	dates, err := parseDates(f.dates)
	if err != nil {
		return err
	}
	var fy riskassess.FiscalYear
	if f.fiscal != "" {
		if fy, err = parseFiscalYearFlag(f.fiscal); err != nil {
			return err
		}
	}
	opts := sitegen.Options{OutDir: f.out, Lang: a.lang, Public: f.public, AsOf: asOf, Workers: f.workers, Dates: dates, FiscalYear: fy}
	if f.changesFrom != "" && !f.public {
		ch, _, err := a.compare(f.dir, f.changesFrom, "", f.changesFromAsOf, "", asOf)
		if err != nil {
			return err
		}
		opts.Changes = ch
	}
	// The heap is bounded while the register is assessed and while the
	// pages are rendered (heapBounds); the limit in force before is
	// restored, for the commands run after this one in the same process
	// (tests).
	hb := heapBounds{outer: debug.SetMemoryLimit(-1)}
	defer debug.SetMemoryLimit(hb.outer)
	opts.BeforeRender = hb.render
	return a.buildSite(ctx, f.dir, asOf, opts, hb.assess)
}

// heapBounds bounds the heap of one build with soft memory limits
// (debug.SetMemoryLimit): assess sets one once the register is loaded,
// render replaces it before the first page is rendered. Each collects the
// garbage of what came before and sets its limit from the heap then live
// (plus the memory the runtime holds outside the heap), never above
// outer, the limit in force when the build began (GOMEMLIMIT, or none).
//
// Why: the collector's goal is twice the heap its last cycle marked. While
// pages are rendered, a cycle marks for 0.2–1 s on a busy machine (2–7 s
// with a heap of a gigabyte) and everything the workers allocate meanwhile
// counts as live, so at 10,000 entries the goal was 2.3–2.8 times the
// ~115 MB the build needed, and the process peaked at 330–410 MiB; at
// 100,000 entries twice the live heap alone is 1.7 GB. The render limit
// holds the heap to 1.9 times what rendering needs, between
// minRenderHeadroom and maxRenderHeadroom above it: at 10,000 entries (90
// MB live) 112 MiB above, peak about 240 MiB; at 100,000 (about 1 GB
// live with the packed findings) 400 MiB above, peak about 1.4 GiB (fresh
// build, warm entry cache), for more frequent collections (39 cycles
// instead of 19 at 100,000 with 512 MiB). The
// runtime caps the collector's share of CPU when the limit is near, so a
// build that needs more than a limit (a view larger than expected) is
// slowed, never stopped.
type heapBounds struct{ outer int64 }

// assess collects the garbage of loading and sets the limit to the live
// heap plus the larger of 1.5 times itself and assessHeadroom. Assessing
// and assembling the views about double the live heap (the assessments,
// what the lists keep of their findings, the rows: 416 → 849 MB at
// 100,000 entries), which the collector's own goal (twice the heap last
// marked) follows as it grows; the limit keeps that goal from doubling the
// larger heap reached at the end (1.7 GB at 100,000 entries), and never
// holds the heap below what assessing needs.
func (h heapBounds) assess() {
	h.set(func(live int64) int64 { return live + max(live+live/2, assessHeadroom) })
}

// render collects the garbage of assessing and sets the limit to
// renderLimit of the heap then live.
func (h heapBounds) render() { h.set(renderLimit) }

// set collects the garbage and sets the limit to limit(live heap) plus
// the memory the runtime holds outside the heap, unless that is above
// h.outer.
func (h heapBounds) set(limit func(live int64) int64) {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	debug.SetMemoryLimit(min(limit(int64(ms.HeapAlloc))+int64(ms.Sys-ms.HeapSys), h.outer))
}

// renderLimit is the heap allowed while pages are rendered, given the heap
// live before the first: heapBound times it, but at least
// minRenderHeadroom and at most maxRenderHeadroom above it.
func renderLimit(live int64) int64 {
	return live + min(max(int64(float64(live)*(heapBound-1)), minRenderHeadroom), maxRenderHeadroom)
}

// heapBound is the heap allowed while pages are rendered, as a multiple
// of the live heap before rendering (within the headroom bounds below): 2
// is what the collector aims at without garbage floating through its
// cycles (GOGC=100).
const heapBound = 1.9

// minRenderHeadroom is the least the heap may grow above the live heap
// while pages are rendered: the views of the pages in flight (30 MB at
// 10,000 entries) and the garbage between two cycles do not shrink with
// the live heap, and with less room the collector runs so often that it
// costs more CPU than it saves memory (at 10,000 entries, 0.9 times the
// 90 MB live: 25 cycles instead of 19, 0.3 s more CPU). At 10,000
// entries 112 MiB rather than 96 costs 16 MiB of peak RSS (218 → 234 MiB,
// under the 256 MiB of issue 16) and saves 3 of 26 collections and about
// 0.5 s of user CPU time (5.3 → 4.8 s; 128 MiB would peak at 250 MiB for
// 0.1 s more). It also keeps a small register's build from collecting
// more often than by default.
const minRenderHeadroom = 112 << 20

// maxRenderHeadroom is the most the heap may grow above the live heap
// while pages are rendered: what the pages in flight and the garbage
// between two cycles need is set by the pages, not by the size of the
// register, so that at 100,000 entries (about 1 GB live, the findings
// kept packed by sitegen included) the build peaks under 1.5 GiB
// (bench/site/speed.sh -rss 100000), for more frequent collections. With
// 512 MiB it peaked at 1.49 GiB before the findings were kept and 1.53
// GiB after.
const maxRenderHeadroom = 400 << 20

// assessHeadroom is the least the heap may grow above the live heap while
// the register is assessed (see heapBounds.assess).
const assessHeadroom = 768 << 20

// buildSite loads the register in dir, assesses it as of asOf and builds the
// site with opts (Requirements and CatalogueVersion are filled in here), then
// prints the one-line summary to stderr. Build errors exit 1. afterLoad,
// when not nil, is called once the register is loaded, before it is
// assessed.
func (a *app) buildSite(ctx context.Context, dir string, asOf riskassess.Date, opts sitegen.Options, afterLoad func()) error {
	start := time.Now()
	reg, as, loaded, assessed, err := a.siteInputs(dir, asOf, &opts)
	if err != nil {
		return err
	}
	if afterLoad != nil {
		afterLoad()
	}
	opts.Waiting = func(holder string) {
		if holder != "" {
			holder = " (" + holder + ")"
		}
		fmt.Fprintln(a.stderr, l10n(a.lang, opts.OutDir+" に別の build が出力中です"+holder+"。終わるまで待ちます…",
			"another build into "+opts.OutDir+" is running"+holder+"; waiting for it to finish…"))
	}
	rep, err := sitegen.Build(ctx, reg, as, opts)
	if errors.Is(err, filelock.ErrBusy) {
		return failure(fmt.Sprintf("build: %s には別の build が出力中で、終わるのを待ちきれませんでした。終わってからもう一度実行してください", opts.OutDir),
			fmt.Sprintf("build: another build into %s did not finish in time; run again when it has finished", opts.OutDir))
	}
	if errors.Is(err, sitegen.ErrNotSite) {
		return failure(fmt.Sprintf("build: 出力先 %s は空でなく、riskregister が書いたサイトでもありません。上書きしないよう中止しました。空のフォルダか新しい名前を -o に指定してください", opts.OutDir),
			fmt.Sprintf("build: the output folder %s is not empty and not a site written by riskregister: refusing to overwrite it; give an empty or new folder with -o", opts.OutDir))
	}
	if err != nil {
		if fi, serr := os.Stat(opts.OutDir); serr == nil && !fi.IsDir() {
			return failure(fmt.Sprintf("build: 出力先 %s はフォルダではありません。フォルダの名前を -o に指定してください", opts.OutDir),
				fmt.Sprintf("build: the output %s is not a folder: give a folder with -o", opts.OutDir))
		}
		return &exitError{code: 1, msg: "build: " + a.failText("サイトを書き出せませんでした", "cannot write the site", err)}
	}
	for _, r := range rep.Recovered {
		fmt.Fprintln(a.stderr, l10n(a.lang, "中断された以前の build の後始末: ", "cleaned up after an interrupted build: ")+r)
	}
	if as != nil {
		rep.Assess = assessed
	}
	fmt.Fprintln(a.stderr, summaryLine(a.lang, opts.OutDir, rep, loaded.Sub(start), rep.Assess, time.Since(start)))
	a.warnLinks(dir, opts.OutDir, rep.MissingLinks)
	return nil
}

// warnLinks writes the linkWarnings of links to stderr, their files named
// for the user (regPath): build's and serve's.
func (a *app) warnLinks(dir, out string, links []sitegen.MissingLink) {
	for _, p := range linkWarnings(dir, out, links) {
		p.File = a.regPath(p.File)
		fmt.Fprintln(a.stderr, p.Message(a.lang))
	}
}

// linkWarnings turns the links of the site that name no file of it
// (sitegen.Report.MissingLinks) into warnings located in the entries'
// files of the register folder dir, sorted (problem.Sort): the site in out
// was written, but each of those links is broken. out is "" for serve's
// preview, whose temporary folder is no place to name: its warning says
// the link opens neither there nor in the site build writes.
func linkWarnings(dir, out string, links []sitegen.MissingLink) problem.List {
	ps := make(problem.List, 0, len(links))
	byFile := map[string][]int{}
	for _, l := range links {
		byFile[l.File] = append(byFile[l.File], len(ps))
		fixJa, fixEn := linkFix(l.Path)
		msg := riskassess.T(
			fmt.Sprintf("%s のリンク %q の先は、出力したサイト（%s）にないファイルです。build は出力先を毎回まるごと置き換えるため、そこに置いたファイルは消え、リンクは開けません。%s", l.Path, l.URL, out, fixJa),
			fmt.Sprintf("%s links to %q, which is not a file of the site written (%s): build replaces the output folder as a whole, so a file put there is removed and the link does not open; %s", l.Path, l.URL, out, fixEn))
		if out == "" {
			msg = riskassess.T(
				fmt.Sprintf("%s のリンク %q の先は、サイトにないファイルです。このプレビューでも build で書き出すサイトでもリンクは開けません（build は出力先を毎回まるごと置き換えるため、そこに置いたファイルも消えます）。%s", l.Path, l.URL, fixJa),
				fmt.Sprintf("%s links to %q, which is not a file of the site: the link opens neither in this preview nor in the site build writes (build replaces the output folder as a whole, so a file put there is removed too); %s", l.Path, l.URL, fixEn))
		}
		ps = append(ps, problem.Problem{File: l.File, Path: l.Path, Code: sitegen.CodeLinkNotInSite, Warning: true, Msg: msg})
	}
	for f, idx := range byFile {
		paths := make([]string, len(idx))
		for j, i := range idx {
			paths[j] = ps[i].Path
		}
		if pos, ok := store.LocateAll(dir, f, paths); ok {
			for j, i := range idx {
				ps[i].Line, ps[i].Col = pos[j][0], pos[j][1]
			}
		}
	}
	problem.Sort(ps)
	return ps
}

// linkFix is the advice of a link-not-in-site warning at the field path:
// evidence has a title for a document's name and place, notes can name it
// without a link, posting_rules and sla.url take the name itself (a name,
// without slash or extension, is shown as text), and the account's url,
// listed_on and notice_url are web pages.
func linkFix(path string) (ja, en string) {
	const serverJa, serverEn = "文書を庁内のサーバーに置いて https:// の URL を書くか、ファイル共有上の文書なら", "put the document on the council's server and write its https:// URL, or for a document on a file share "
	switch {
	case path == "notes":
		return serverJa + "リンクにせず文書名と保管場所を書いてください", serverEn + "write its name and place without a link"
	case path == "posting_rules" || path == "sla.url":
		return serverJa + "パスの代わりに文書名と保管場所（例: 運用方針（総務課保管））を書いてください（リンクではなく文字として表示されます）",
			serverEn + "write its name and place instead of the path (e.g. 運用方針（総務課保管）, shown as text, not as a link)"
	case path == "url" || path == "listed_on" || path == "notice_url":
		return "ウェブサイトで公開しているページの https:// の URL を書いてください", "write the https:// URL of the page published on the website"
	}
	return serverJa + "url を書かずに title に文書名と保管場所を書いてください", serverEn + "leave url out and write its name and place in title"
}

// siteInputs loads the register in dir and sets in opts what the site is
// made from besides it (the catalogue, the keys of the incremental build,
// and Options.Assess unless the assessments are returned). It returns the
// register, its assessments when serve's memo made them (nil otherwise),
// when the load ended and how long assessing took.
func (a *app) siteInputs(dir string, asOf riskassess.Date, opts *sitegen.Options) (*riskassess.Register, []riskassess.Assessment, time.Time, time.Duration, error) {
	reg, reqs, err := a.loadRegister(dir)
	if err != nil {
		return nil, nil, time.Time{}, 0, err
	}
	loaded := time.Now()
	// The site assesses each entry once, as it needs it
	// (sitegen.Options.Assess): the findings of the whole register are
	// kept packed, never held as riskassess.Finding values at once. serve
	// (a.memo) holds them instead, to reassess only what changed.
	var as []riskassess.Assessment
	var assessed time.Duration
	if a.memo != nil {
		if as, err = a.assessRegister(reg, reqs, asOf); err != nil {
			return nil, nil, time.Time{}, 0, err
		}
		assessed = time.Since(loaded)
	} else if opts.Assess, err = a.assessor(reg, reqs, asOf); err != nil {
		return nil, nil, time.Time{}, 0, err
	}
	opts.Requirements, opts.CatalogueVersion = reqs, catalog.Version
	if res := a.loaded; res != nil && res.Register == reg {
		opts.Inputs = a.keyed.inputs(reg)
	}
	// The entry cache is not needed any more: let its bytes go before the
	// pages are rendered.
	a.dropCache()
	return reg, as, loaded, assessed, nil
}

// summaryLine is the one-line build summary: counts, the total time and
// the time of each stage (render and write are summed over the workers).
func summaryLine(lang riskassess.Lang, out string, rep *sitegen.Report, load, assess, total time.Duration) string {
	r := func(d time.Duration) string { return d.Round(time.Millisecond).String() }
	if strings.HasPrefix(string(lang), "en") {
		return fmt.Sprintf("built %s: %d pages, %d files (%d unchanged, %d rendered), %.1f MB in %s (load %s, assess %s, assemble %s, render %s, write %s, commit %s)",
			out, rep.Pages, rep.Files, rep.Unchanged, rep.Rendered, float64(rep.Bytes)/1e6, r(total), r(load), r(assess), r(rep.Assemble), r(rep.Render), r(rep.Write), r(rep.Commit))
	}
	return fmt.Sprintf("%s に出力: %d ページ、%d ファイル（うち変更なし %d、描画 %d）、%.1f MB、%s（読込 %s、評価 %s、組立 %s、描画 %s、書込 %s、置換 %s）",
		out, rep.Pages, rep.Files, rep.Unchanged, rep.Rendered, float64(rep.Bytes)/1e6, r(total), r(load), r(assess), r(rep.Assemble), r(rep.Render), r(rep.Write), r(rep.Commit))
}
