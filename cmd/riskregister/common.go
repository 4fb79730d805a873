package main

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/gikai-sec/riskregister/internal/entrycache"
	"github.com/gikai-sec/riskregister/internal/hugeheap"
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/gikai-sec/riskregister/riskassess/history"
	"github.com/gikai-sec/riskregister/riskassess/load"
	"github.com/gikai-sec/riskregister/riskassess/publiclist"
	"github.com/gikai-sec/riskregister/riskassess/store"
	"github.com/gikai-sec/riskregister/riskassess/wareki"
	"github.com/gikai-sec/riskregister/riskassess/xlsx"
	"github.com/gikai-sec/riskregister/sitegen"
	"github.com/spf13/cobra"
)

// today is the day of now in Japan, whatever the machine's time zone: the
// register's dates are Japanese days, and a CI runner or a container on
// UTC is still on the day before until 09:00 JST (history reads dates the
// same way, history.Japan).
func today(now time.Time) riskassess.Date {
	return riskassess.DateOf(now.In(history.Japan))
}

// addRegisterFlag adds --register DIR (default ".") to cmd.
func addRegisterFlag(cmd *cobra.Command, dir *string) {
	cmd.Flags().StringVar(dir, "register", ".", "台帳のフォルダ / register folder")
}

// addAsOfFlag adds --as-of DATE (default: today in Japan) to cmd.
func addAsOfFlag(cmd *cobra.Command, s *string) {
	cmd.Flags().StringVar(s, "as-of", "", "基準日 YYYY-MM-DD（省略時は日本時間の今日） / as-of date (default today in Japan)")
}

// parseAsOf parses an --as-of value; "" means today. Only serve, which
// follows the day, reads the clock besides (serveOptions.now).
func parseAsOf(s string) (riskassess.Date, error) {
	if s == "" {
		return today(time.Now()), nil
	}
	d, err := riskassess.ParseDate(s)
	if err != nil {
		return d, badDate("--as-of", s)
	}
	return d, nil
}

// parseDeadline reads a --deadline value s of questionnaire or round: a
// date as YYYY-MM-DD or in Japanese (令和8年5月31日, wareki.Parse); ""
// means asOf plus days (questionnaire.reply_within_days; 0: 30 days). A
// deadline on or before asOf, named in messages as asOfJa / asOfEn, or
// after the year store.MaxYear, is a usage error, as is a value that is no
// date.
func parseDeadline(s string, asOf riskassess.Date, days int, asOfJa, asOfEn string) (riskassess.Date, error) {
	if s == "" {
		return asOf.AddDays(cmp.Or(days, 30)), nil
	}
	d, err := riskassess.ParseDate(s)
	if err != nil {
		if d, err = wareki.Parse(s); err != nil {
			return d, badUsage(fmt.Sprintf("--deadline: %q は日付として読めません。2026-05-31 か 令和8年5月31日 の形で指定してください", s),
				fmt.Sprintf("--deadline: %q is not a date: write it as 2026-05-31 (a date in the Japanese era is read too)", s))
		}
	}
	switch {
	case d.Year > store.MaxYear:
		// round records it in every entry, which would then not load
		// (out-of-range); questionnaire prints it on the cover.
		return d, badUsage(fmt.Sprintf("--deadline: 回答期限 %s は %d 年より後です。年を直してください（2026 を 2926 とする打ち間違いなど）", d, store.MaxYear),
			fmt.Sprintf("--deadline: the reply deadline %s is after %d: correct the year (a slip such as 2926 for 2026)", d, store.MaxYear))
	case d.Before(asOf):
		return d, badUsage(fmt.Sprintf("--deadline: 回答期限 %s が%s %s より前です", d, asOfJa, asOf),
			fmt.Sprintf("--deadline: the reply deadline %s is before %s %s", d, asOfEn, asOf))
	case d == asOf:
		// No day to answer in: the round would be chased from the next day.
		return d, badUsage(fmt.Sprintf("--deadline: 回答期限 %s が%sと同じ日です。%sより後の日付にしてください", d, asOfJa, asOfJa),
			fmt.Sprintf("--deadline: the reply deadline %s is %s itself: give a later day", d, asOfEn))
	}
	return d, nil
}

// badDate is the usage error of a date flag whose value s is not a date.
func badDate(flag, s string) *exitError {
	return badUsage(fmt.Sprintf("%s: %q は日付として読めません。YYYY-MM-DD の形で指定してください（例: %s 2026-04-01）", flag, s, flag),
		fmt.Sprintf("%s: %q is not a date: write it as YYYY-MM-DD (e.g. %s 2026-04-01)", flag, s, flag))
}

// loadRegister loads dir through the register's front door (load.Dir):
// the register, the catalogue in force and every reference checked. It
// prints every problem as path:line:col: message (warnings too), the
// message in a.lang and the path relative to the working directory (see
// regPath; problems about the folder itself, File ".", name dir), and
// returns exitError{1} when the register is invalid: every command refuses
// an invalid register with the same list. It remembers dir for regPath.
func (a *app) loadRegister(dir string) (*riskassess.Register, []riskassess.Requirement, error) {
	a.regDir = dir
	res, err := a.loadDir(dir)
	a.loaded = res
	for _, l := range res.Lines(a.lang, a.regPath) {
		fmt.Fprintln(a.stderr, l)
	}
	if err != nil {
		return nil, nil, &exitError{code: 1}
	}
	return res.Register, res.Requirements, nil
}

// loadDir is load.Dir through the entry cache of the register folder
// (internal/entrycache, in dir/.riskregister-cache), unless --no-cache is
// given or the running executable cannot be identified. A cache that
// cannot be written (a read-only register) only costs the next run its
// speed.
func (a *app) loadDir(dir string) (*load.Result, error) {
	defer lowerGCWhileLoading()()
	// The built-in catalogue, which the load's reference checks need
	// after the entries (load.check), is decoded beside the opening of
	// the entry cache and the reading of the register's files.
	go catalog.Prepare()
	a.keyed = nil
	if a.noCache || !hasRegisterFile(dir) {
		// Without register.yaml the folder is no register (load refuses
		// it): leave no cache in it.
		return load.Dir(dir)
	}
	cacheDir := filepath.Join(dir, entrycache.Folder)
	tool, err := toolID(cacheDir)
	if err != nil {
		return load.Dir(dir)
	}
	if n := entrycache.FileSize(cacheDir); a.loadOnce && n > 0 {
		// A warm run fills its heap within a fraction of a second, and
		// a quarter of its time went to faulting in 4 KiB pages.
		adviseHeap(warmRunHeap * n)
	}
	open := entrycache.Open
	if a.loadOnce {
		// The process ends after this load: the cache file is mapped,
		// not read into the heap, and stays mapped.
		open = entrycache.OpenMapped
	}
	c := open(cacheDir, tool)
	if c.Len() == 0 {
		defer coldLoadGC()()
	} else if a.loadOnce && a.gcHold == nil {
		a.gcHold = sync.OnceFunc(startWarmRun(c.Size()))
	}
	kc := newKeyedCache(c, tool)
	// A load that turns out to read or parse many files (changed since
	// the cache was written) gets the collector back at once.
	kc.onRead = a.gcHold
	kc.retain = a.retainCache
	if a.entries != nil {
		kc.memo = a.entries
		defer a.entries.turn()
	}
	res, err := load.DirWith(dir, load.Options{Cache: kc})
	if res.Register == nil {
		c.Close()
		return res, err
	}
	c.Save()
	a.dropCache()
	a.cache = c
	a.keyed = kc
	return res, err
}

// dropCache lets go of the entry cache of the last loadRegister (its
// spill file: entrycache.Pack.Close), when there is one.
func (a *app) dropCache() {
	if a.cache != nil {
		a.cache.Close()
	}
	a.cache, a.keyed = nil, nil
}

// lowerGCWhileLoading halves the collector's GC percentage (GOGC), unless
// the collector is off, and returns the function that restores it; loads
// that overlap (serve) restore it when the last one ends. While a
// register is loaded, the heap holds the entry cache's file and the
// entries decoded so far, and the garbage of decoding floats through the
// collector's long cycles: with GOGC=100 the heap reached twice what its
// last cycle marked (a warm load of 100,000 entries: 816 MB marked, 1.6
// GB reached by validate; a cold one: 1.1 GB marked, 2.1 GB reached). At
// 50 it reaches 1.5 times that, for more frequent collections while
// loading.
func lowerGCWhileLoading() (restore func()) {
	loadingGC.Lock()
	defer loadingGC.Unlock()
	if loadingGC.loads == 0 {
		loadingGC.old = debug.SetGCPercent(-1)
		debug.SetGCPercent(loadingGC.old)
	}
	loadingGC.loads++
	loadingGC.set()
	return func() {
		loadingGC.Lock()
		defer loadingGC.Unlock()
		loadingGC.loads--
		loadingGC.set()
	}
}

// coldLoadGC lowers the collector's GC percentage further, to a quarter
// of what it was before the loads, while a register is loaded with an
// empty entry cache (every file parsed, its value encoded and decoded
// back), and returns the function that undoes it; call it within
// lowerGCWhileLoading. The garbage of parsing is several times what the
// load keeps, and the register's objects are allocated among it: with the
// heap growing to 1.5 times what the last cycle marked, the spans the
// load leaves are sparse (100,000 entries: 425 MiB live in 580 MiB of
// spans), and what they waste counts against the memory limit of the
// render (heapBounds) as the heap does.
func coldLoadGC() (restore func()) {
	loadingGC.Lock()
	defer loadingGC.Unlock()
	loadingGC.colds++
	loadingGC.set()
	return func() {
		loadingGC.Lock()
		defer loadingGC.Unlock()
		loadingGC.colds--
		loadingGC.set()
	}
}

// warmRunGC switches the collector off, with a memory limit as a
// backstop, for a command that loads the register once from a warm entry
// cache and ends (validate, assess, check: app.loadOnce), and returns
// the function that undoes it (app.releaseGC); call it within
// lowerGCWhileLoading, whose end then leaves the collector off. Such a
// run makes almost no garbage: the entries decoded keep their strings in
// the cache's values (store.Retainer), and the assessments are kept until
// the command ends. At 10,000 synthetic entries check allocated 238 MB
// in all and ended with 223 MB in the heap; its five collections marked
// the growing register again and again (27, 38, 55, 80 MB…) to free 15
// MB, 60–100 ms of CPU of a run of 0.5–0.6 s. Without them the heap peaks
// at what the run allocates (6% above, RSS 250 → 264 MB). Validate too:
// with its collector on it used 470–550 ms of CPU there, 374–468 without
// (GOGC=off), and its RSS went from 126 to 140 MB.
//
// A load that reads or parses more than a few files (warmRunReads:
// changed since the cache was written, or taken again on their content
// when their stamps changed) gives the collector back as soon as it has
// read them (keyedCache.onRead). The limit, 16 times the cache file
// (cacheBytes) and at least 64 MiB, is about where the collector's goal
// stood after such a load before (four times the heap the load leaves,
// which is 3.5–4 times the cache file), well above what a warm run keeps
// (8.6–8.8 times), so that it never collects one: it bounds a run that
// makes more garbage than a warm one otherwise. A lower limit already
// set (GOMEMLIMIT) is kept.
func warmRunGC(cacheBytes int64) (restore func()) {
	const floor = 64 << 20
	loadingGC.Lock()
	defer loadingGC.Unlock()
	limit := max(floor, 16*cacheBytes)
	old := debug.SetMemoryLimit(-1)
	debug.SetMemoryLimit(min(old, limit))
	loadingGC.off++
	loadingGC.set()
	return func() {
		loadingGC.Lock()
		defer loadingGC.Unlock()
		debug.SetMemoryLimit(old)
		loadingGC.off--
		loadingGC.set()
	}
}

// warmRunHeap is the heap a warm run of validate, assess or check
// fills, in bytes per byte of the cache file, rounded up: at 10,000
// synthetic entries (a 27.9 MB cache file) assess peaked at 8.3 times
// the file in RSS and check at 9.1 times (validate at 4.5 with its
// collector on, 5 without). hugeheap.Advise is given this much: what the heap takes
// beyond it is backed by small pages as before, and what it does not
// take stays mapped but is never backed (hugeheap.Advise says what it
// costs).
const warmRunHeap = 10

// startWarmRun is warmRunGC; a test records the calls.
var startWarmRun = warmRunGC

// adviseHeap is hugeheap.Advise; a test records the calls.
var adviseHeap = hugeheap.Advise

// releaseGC undoes warmRunGC when the command took it.
func (a *app) releaseGC() {
	if a.gcHold != nil {
		a.gcHold()
		a.gcHold = nil
	}
}

// raiseGCAfterLoad triples the collector's GC percentage (GOGC), unless
// the collector is off, and returns the function that restores it: for
// the commands that assess the register once it is loaded and then end
// (assess, check). What they allocate from then on is mostly what they
// keep until they end, the assessments and their findings, so that a
// collection while they assess marks the whole register for little
// garbage: at 10,000 synthetic entries check's two collections after
// the load marked 122 and 237 MB and freed 20 and 22 MB. With the goal
// at four times the heap the load's last cycle marked, they run none at
// 10,000 entries, and the heap peaks about 20 MB higher (6–10% of the
// peak RSS); a larger register has its goal grow with it. Call it after
// the load (lowerGCWhileLoading restores the percentage it found when its
// last load ends).
//
// It holds loadingGC's lock while it reads and sets the percentage, so
// that a load starting at the same moment never records its briefly
// switched-off collector (-1) as the percentage to restore.
func raiseGCAfterLoad() (restore func()) {
	loadingGC.Lock()
	defer loadingGC.Unlock()
	old := debug.SetGCPercent(-1)
	if old <= 0 {
		debug.SetGCPercent(old)
		return func() {}
	}
	debug.SetGCPercent(3 * old)
	return func() {
		loadingGC.Lock()
		defer loadingGC.Unlock()
		debug.SetGCPercent(old)
	}
}

// loadingGC is the state of lowerGCWhileLoading, coldLoadGC and
// warmRunGC.
var loadingGC gcLoads

// gcLoads is the loads under way, the cold ones among them, the warm runs
// that switched the collector off (warmRunGC), and the GC percentage
// before the first load.
type gcLoads struct {
	sync.Mutex
	loads, colds, off, old int
}

// set sets the GC percentage for the loads under way (g held): off while
// a warm run holds it off, else the old one when there are none or the
// collector is off (or at 1), else half of it, a quarter while a cold
// load is under way.
func (g *gcLoads) set() {
	switch {
	case g.off > 0:
		debug.SetGCPercent(-1)
	case g.loads == 0 || g.old <= 1:
		debug.SetGCPercent(g.old)
	case g.colds > 0:
		debug.SetGCPercent(max(g.old/4, 1))
	default:
		debug.SetGCPercent(g.old / 2)
	}
}

// cacheOptions returns the load options with the entry cache of the last
// loadRegister (none with --no-cache).
func (a *app) cacheOptions() load.Options {
	if a.cache == nil {
		return load.Options{}
	}
	return load.Options{Cache: a.cache}
}

// toolID returns the identity of the running executable
// (entrycache.Tool), computed once per process, through the record kept
// in the cache folder cacheDir of the first register loaded
// (entrycache.ToolWith).
func toolID(cacheDir string) ([32]byte, error) {
	toolOnce.Do(func() { toolSum, toolErr = entrycache.ToolWith(cacheDir) })
	return toolSum, toolErr
}

var (
	toolOnce sync.Once
	toolSum  [32]byte
	toolErr  error
)

// regPath returns the path of a register file (given relative to the
// register folder, as the store reports it) as the user can open it from the
// working directory: "contractors/x.yaml" with the default --register ".",
// "examples/chofu-gikai/contractors/x.yaml" with --register
// examples/chofu-gikai.
func (a *app) regPath(rel string) string {
	if a.regDir == "" || a.regDir == "." {
		return rel
	}
	return filepath.ToSlash(filepath.Join(a.regDir, filepath.FromSlash(rel)))
}

// registerLockWait is how long a command that edits the register waits
// for another one to finish (a variable for the tests).
var registerLockWait = 2 * time.Minute

// lockRegister takes the edit lock of the register folder dir
// (store.Lock), telling on stderr when it has to wait and which leftovers
// of interrupted runs it removed. It returns exitError{1} when the lock
// stays busy. When the folder cannot be locked for another reason (it is
// missing or read-only) it returns a no-op: loading the register reports
// a missing folder, and store.AppendAssessment refuses to write without
// the lock.
func (a *app) lockRegister(dir string) (unlock func(), err error) {
	a.regDir = dir
	if !hasRegisterFile(dir) {
		// No register to protect, and the load that follows refuses the
		// folder: leave no lock file in it.
		return func() {}, nil
	}
	l, err := store.Lock(dir, registerLockWait, func(holder string) {
		if holder != "" {
			holder = " (" + holder + ")"
		}
		fmt.Fprintln(a.stderr, l10n(a.lang, "別の riskregister が台帳を編集中です"+holder+"。終わるまで待ちます…",
			"another riskregister is editing the register"+holder+"; waiting for it to finish…"))
	})
	if err != nil {
		var se *store.Error
		if errors.As(err, &se) && se.Code == store.CodeLocked {
			return nil, &exitError{code: 1, msg: a.regPath(se.File) + ": " + strings.TrimPrefix(se.Message(a.lang), se.File+": ")}
		}
		return func() {}, nil
	}
	for _, f := range l.Removed {
		fmt.Fprintln(a.stderr, l10n(a.lang, a.regPath(f)+": 中断された書き込みの一時ファイルを削除しました",
			a.regPath(f)+": removed the temporary file of an interrupted write"))
	}
	return func() { l.Unlock() }, nil
}

// parseKind parses a --kind value: "" is no kind (all kinds); anything but
// contractor, service or social is a usage error (exit 2).
func parseKind(s string) (riskassess.Kind, error) {
	k := riskassess.Kind(s)
	if s != "" && !k.Valid() {
		return "", badUsage(fmt.Sprintf("--kind: 種別 %q は使えません（%s のいずれか）", s, strings.Join(k.Allowed(), ", ")),
			fmt.Sprintf("--kind: unknown kind %q: want one of %s", s, strings.Join(k.Allowed(), ", ")))
	}
	return k, nil
}

// scorer returns the scorer of the register loaded by loadRegister: the
// blocker rules of its catalogue (load.Result.Blockers), the other
// settings at their defaults. Without a loaded register its Blockers are
// nil and assessing fails with riskassess.ErrNoBlockers.
func (a *app) scorer() riskassess.Scorer {
	if a.loaded == nil {
		return riskassess.Scorer{}
	}
	return riskassess.Scorer{Blockers: a.loaded.Blockers}
}

// assessRegister assesses every entry of reg (loaded by loadRegister)
// against reqs, the catalogue in force, with a.scorer, and adds the
// cross-check findings of the public-list snapshots (publiclist.Apply).
// In serve (a.memo set) the entries unchanged since the last build keep
// their assessments (assessMemo).
func (a *app) assessRegister(reg *riskassess.Register, reqs []riskassess.Requirement, asOf riskassess.Date) ([]riskassess.Assessment, error) {
	if a.memo != nil {
		var in *sitegen.Inputs
		if res := a.loaded; res != nil && res.Register == reg {
			in = a.keyed.inputs(reg)
		}
		return a.memo.assess(a, reg, reqs, asOf, in)
	}
	return a.assessAll(reg, reqs, asOf)
}

// assessAll is assessRegister without a memo.
func (a *app) assessAll(reg *riskassess.Register, reqs []riskassess.Requirement, asOf riskassess.Date) ([]riskassess.Assessment, error) {
	return a.assessPart(reg, reg, reqs, asOf)
}

// assessPart assesses the entries of part, which is reg or holds some of
// its entries, with a.scorer, and adds the cross-check findings of reg's
// public-list snapshots (publiclist.Apply), which are worked out on the
// whole register: a service's provider is another entry.
//
// The cross-check findings depend on reg and asOf only: they are worked
// out beside the scoring (publiclist.Findings, 20 ms at 10,000 synthetic
// entries, was run after it on the main goroutine), and added to the
// assessments as publiclist.Apply adds them.
func (a *app) assessPart(reg, part *riskassess.Register, reqs []riskassess.Requirement, asOf riskassess.Date) ([]riskassess.Assessment, error) {
	type crossChecks struct {
		fs map[riskassess.EntryKey][]riskassess.Finding
		// panicked is what publiclist.Findings panicked with (a register
		// built in Go with a value its field does not allow, which the
		// scorer reports first as an error).
		panicked any
	}
	ch := make(chan crossChecks, 1)
	go func() {
		var c crossChecks
		defer func() {
			c.panicked = recover()
			ch <- c
		}()
		c.fs = publiclist.Findings(reg, asOf)
	}()
	as, err := a.scorer().AssessAll(part, reqs, asOf)
	cc := <-ch
	if err != nil {
		return nil, failure("評価できません（"+err.Error()+"）", "cannot assess the register ("+err.Error()+")")
	}
	if cc.panicked != nil {
		panic(cc.panicked)
	}
	for i := range as {
		// Every assessment is of asOf (publiclist.Apply finds each
		// date's findings).
		if as[i].AsOf != asOf {
			publiclist.Apply(reg, as)
			return as, nil
		}
	}
	for i := range as {
		publiclist.ApplyTo(cc.fs, &as[i])
	}
	return as, nil
}

// assessor returns a function that assesses one entry of reg as
// assessRegister assesses every entry (the scorer, then the cross-check
// findings of the public-list snapshots), for a build that holds the
// findings of one entry at a time (sitegen.Options.Assess). It fails as
// assessRegister does when the scorer cannot assess against reqs.
func (a *app) assessor(reg *riskassess.Register, reqs []riskassess.Requirement, asOf riskassess.Date) (func(riskassess.Entry) (riskassess.Assessment, error), error) {
	assess, err := a.scorer().Assessor(&reg.Org, reqs)
	if err != nil {
		return nil, failure("評価できません（"+err.Error()+"）", "cannot assess the register ("+err.Error()+")")
	}
	lists := publiclist.Findings(reg, asOf)
	return func(e riskassess.Entry) (riskassess.Assessment, error) {
		as := assess(e, asOf)
		publiclist.ApplyTo(lists, &as)
		return as, nil
	}, nil
}

// l10n returns the text for the --lang language: en when lang is "en",
// else ja. It is the one language switch of the CLI's messages.
func l10n(lang riskassess.Lang, ja, en string) string {
	if lang == "en" {
		return en
	}
	return ja
}

// label returns the Japanese or English half of a label pair, as l10n.
func label(p [2]string, lang riskassess.Lang) string { return l10n(lang, p[0], p[1]) }

// errText returns err as the user should read it in a.lang: the localised
// message of the project's own positioned errors (store.Error,
// xlsx.CellError), a short reason for the common file-system errors, or
// err.Error() otherwise.
func (a *app) errText(err error) string {
	var se *store.Error
	var ce *xlsx.CellError
	switch {
	case errors.As(err, &se):
		return se.Message(a.lang)
	case errors.As(err, &ce):
		return ce.Message(a.lang)
	case errors.Is(err, fs.ErrNotExist), errors.Is(err, fs.ErrPermission):
		return ioText(a.lang, err)
	}
	if _, ok := ioError(a.lang, err); ok {
		return ioText(a.lang, err)
	}
	return err.Error()
}

// checkOutputExt refuses an output file whose extension names another of
// the command's formats than the one it writes: `export -o 台帳.csv`
// without --format csv would write a workbook (the default, xlsx) into a
// file called .csv, `due -o 期限.ics` a text table into a calendar file.
// exts maps a lower-case extension to the format it stands for; other
// extensions, a folder, "" and "-" (stdout) pass.
func checkOutputExt(out, format string, exts map[string]string) error {
	if out == "" || out == "-" {
		return nil
	}
	ext := strings.ToLower(filepath.Ext(out))
	want, ok := exts[ext]
	if !ok || want == format {
		return nil
	}
	return badUsage(
		fmt.Sprintf("-o %s: 拡張子 %s は --format %s のファイルですが、書き出す形式は %s です。--format %s を付けるか、ファイル名を直してください", out, ext, want, format, want),
		fmt.Sprintf("-o %s: the extension %s is that of --format %s, but the output format is %s: add --format %s or correct the file name", out, ext, want, format, want))
}

// hasRegisterFile says whether dir holds a register.yaml (of any kind of
// file: the load judges it). A command run in a folder that is no register
// (a typo, the Downloads folder) is refused by the load and must leave
// nothing behind there, neither a cache nor a lock file.
func hasRegisterFile(dir string) bool {
	_, err := os.Lstat(filepath.Join(dir, store.RegisterFile))
	return !errors.Is(err, fs.ErrNotExist)
}
