package main

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/fsnotify/fsnotify"
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/load"
	"github.com/gikai-sec/riskregister/sitegen"
	"github.com/spf13/cobra"
)

// serveOptions are the settings of `serve`.
type serveOptions struct {
	dir, addr, asOf string
	public          bool
	// poll forces polling the register folder at this interval instead of
	// fsnotify (0: fsnotify, falling back to polling every second).
	poll time.Duration
	// ready, when set, is called with the listening address once the first
	// build is served (tests listen on 127.0.0.1:0).
	ready func(addr string)
	// site, when set, is the folder the site's files are rendered into
	// (lazySite); by default a temporary folder.
	site string
	// now and dayCheck, when set, replace time.Now and the interval at
	// which serve without --as-of looks whether the day changed (tests).
	now      func() time.Time
	dayCheck time.Duration
}

// settleTime is how long serve waits after a change for more changes
// before it rebuilds (an editor's save, a git checkout). A rebuild that
// starts during a burst anyway sees some files old and some new; the
// change after it triggers another rebuild, so the site served in the end
// is always that of the files as they are.
const settleTime = 50 * time.Millisecond

func newServeCmd(a *app) *cobra.Command {
	o := serveOptions{}
	cmd := &cobra.Command{
		Use:   "serve [--register DIR] [--addr 127.0.0.1:8080] [--as-of DATE]",
		Short: "台帳サイトをプレビューする（変更を監視して再生成） / preview the site, rebuilding on change",
		Long: `台帳サイトを http://127.0.0.1:8080/ で表示します。各ページは開かれたときに一時フォルダへ生成し、
表示する内容が変わるまで使い回します。台帳フォルダの変更を監視し、変更があれば組み立て直してブラウザの
表示を自動で更新します（ページが /__version で再生成を待ちます）。ダウンロードも求められたときに最新の内容で
生成します。既定ではこのパソコンからのみ接続できます（127.0.0.1）。公開用のサイトは build で作成してください。
台帳フォルダをシンボリックリンクで指定したときは、起動時のリンク先のフォルダを監視します（実行中にリンク先を
別のフォルダに変えたときは、serve を起動し直すか --poll を使ってください）。

Serves the site at http://127.0.0.1:8080/, rendering each page into a temporary folder when it is
asked for and again only after what it shows changed. Watches the register folder, reassembles
the site on change and reloads the open pages (they wait on /__version for the next build); the
downloads too are made, up to date, when asked for. Listens on the loopback interface by
default; use build for the site you publish. A register folder given as a symbolic link is watched where
the link points at start (if the link is pointed at another folder while serve runs, restart serve or
use --poll).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			return a.serve(ctx, o)
		},
	}
	addRegisterFlag(cmd, &o.dir)
	addAsOfFlag(cmd, &o.asOf)
	cmd.Flags().StringVar(&o.addr, "addr", "127.0.0.1:8080", "待ち受けるアドレス / listen address")
	cmd.Flags().BoolVar(&o.public, "public", false, "公開用のページのみ / public pages only")
	cmd.Flags().DurationVar(&o.poll, "poll", 0, "変更をこの間隔で確認する（0 は OS の通知） / poll for changes at this interval (0: OS notifications)")
	return cmd
}

// serve builds the site, serves it until ctx ends and rebuilds it when
// the register folder changes. While the register is invalid (at the start
// or after a change) its problems are printed on stderr and every page
// shows them instead of the site (sitegen.WriteProblems), until a change
// makes it valid again. Any other failed rebuild is reported on stderr and
// the previous site stays served; a first build that fails for another
// reason ends serve.
func (a *app) serve(ctx context.Context, o serveOptions) error {
	// Without --as-of the site is that of today: when the day changes
	// (checked every minute, so also after the computer slept), it is
	// built again as of the new day, as build would be.
	now := o.now
	if now == nil {
		now = time.Now
	}
	var asOf riskassess.Date
	var newDay <-chan time.Time
	if o.asOf == "" {
		asOf = today(now())
		t := time.NewTicker(cmp.Or(o.dayCheck, time.Minute))
		defer t.Stop()
		newDay = t.C
	} else {
		var err error
		if asOf, err = parseAsOf(o.asOf); err != nil {
			return err
		}
	}
	tmp, err := os.MkdirTemp("", "riskregister-serve-")
	if err != nil {
		return &exitError{code: 1, msg: "serve: " + a.failText("一時フォルダを作れません", "cannot create a temporary folder", err)}
	}
	defer os.RemoveAll(tmp)
	site := filepath.Join(tmp, "site")
	if o.site != "" {
		site = o.site
	}
	// The decoded entries and the assessments of the files unchanged since
	// the last build are kept.
	a.memo, a.entries = &assessMemo{}, &entryMemo{}
	defer func() { a.memo, a.entries = nil, nil }()

	var version buildCount
	// problems is the page listing the register's problems while it is
	// invalid, nil while the site is served.
	var problems atomic.Pointer[[]byte]
	// The site is rendered file by file, when a browser asks for a file
	// whose inputs changed since it was rendered (lazySite).
	files := &lazySite{dir: site}
	build := func() error {
		a.loaded = nil
		if err := a.prepareSite(ctx, o.dir, asOf, sitegen.Options{
			Lang: a.lang, Public: o.public, AsOf: asOf, LiveReload: true,
		}, files); err != nil {
			if res := a.loaded; res != nil && !res.Valid() {
				// The problems are printed; show them in the browser too.
				var note string
				if res.Omitted > 0 {
					note = load.OmittedLine(a.lang, res.Omitted)
				}
				ps := slices.Clone(res.Problems)
				for i := range ps {
					ps[i].File = a.regPath(ps[i].File)
				}
				var b bytes.Buffer
				if err := sitegen.WriteProblems(&b, a.lang, ps, note); err != nil {
					return &exitError{code: 1, msg: "serve: " + a.failText("問題の一覧を表示できません", "cannot show the problems", err)}
				}
				page := b.Bytes()
				problems.Store(&page)
				version.add()
				return nil
			}
			var ee *exitError
			if errors.As(err, &ee) && ee.text(a.lang) != "" {
				fmt.Fprintln(a.stderr, ee.text(a.lang))
				return &exitError{code: ee.code}
			}
			return err
		}
		problems.Store(nil)
		version.add()
		return nil
	}
	// Watch before the first build: a change made while it runs, or right
	// after the server is ready, triggers a rebuild.
	changes := make(chan struct{}, 1)
	watch := watchRegister(ctx, o.dir, o.poll, changes, a.stderr, a.lang)
	if err := build(); err != nil {
		return err
	}
	go watch()

	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		return failure("serve: --addr "+o.addr+" で待ち受けできません（"+ioText("ja", err)+"）。別のアドレス（例: --addr 127.0.0.1:8081）を指定してください",
			"serve: cannot listen on --addr "+o.addr+" ("+ioText("en", err)+"); give another address (e.g. --addr 127.0.0.1:8081)")
	}
	if host, _, _ := net.SplitHostPort(ln.Addr().String()); !net.ParseIP(host).IsLoopback() {
		fmt.Fprintf(a.stderr, "%s\n", l10n(a.lang,
			"注意: "+o.addr+" はこのパソコン以外からも接続できます。",
			"warning: "+o.addr+" is reachable from other machines."))
	}
	host, _, _ := net.SplitHostPort(ln.Addr().String())
	handler := siteHandler(files, &version, &problems, net.ParseIP(host).IsLoopback(), a.stderr)
	srv := &http.Server{Handler: handler, ReadHeaderTimeout: 10 * time.Second}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	fmt.Fprintf(a.stderr, "%s http://%s/\n", l10n(a.lang, "表示中:", "serving"), ln.Addr())
	if o.ready != nil {
		o.ready(ln.Addr().String())
	}

	for {
		select {
		case <-ctx.Done():
			sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			_ = srv.Shutdown(sctx)
			return nil
		case err := <-served:
			if errors.Is(err, http.ErrServerClosed) {
				return nil
			}
			return &exitError{code: 1, msg: "serve: " + a.failText("サーバーが止まりました", "the server stopped", err)}
		case <-newDay:
			if d := today(now()); d != asOf {
				asOf = d
				_ = build() // errors are printed; the previous site stays
			}
		case <-changes:
			// Let a burst of writes (an editor saving, git checkout) settle.
			settle := time.NewTimer(settleTime)
		drain:
			for {
				select {
				case <-changes:
					settle.Reset(settleTime)
				case <-settle.C:
					break drain
				case <-ctx.Done():
					settle.Stop()
					break drain
				}
			}
			if ctx.Err() == nil {
				_ = build() // errors are printed; the previous site stays
			}
		}
	}
}

// longPoll is the longest /__version?after=N waits for another build.
const longPoll = 25 * time.Second

// buildCount is the number of builds served, which /__version answers.
// The zero value is ready to use.
type buildCount struct {
	mu      sync.Mutex
	n       int64
	changed chan struct{} // closed and replaced at every add
}

// add counts a build served and wakes the requests waiting for one.
func (c *buildCount) add() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
	if c.changed != nil {
		close(c.changed)
		c.changed = nil
	}
}

// load returns the count.
func (c *buildCount) load() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}

// wait returns the count as soon as it is not after, or after max, or
// when ctx ends (the page went away): the long poll of reload.js, which
// reloads the page the moment a build is served instead of at its next
// poll.
func (c *buildCount) wait(ctx context.Context, after int64, max time.Duration) int64 {
	c.mu.Lock()
	if c.n != after {
		defer c.mu.Unlock()
		return c.n
	}
	if c.changed == nil {
		c.changed = make(chan struct{})
	}
	ch := c.changed
	c.mu.Unlock()
	t := time.NewTimer(max)
	defer t.Stop()
	select {
	case <-ch:
	case <-t.C:
	case <-ctx.Done():
	}
	return c.load()
}

// maxURLPath is the longest URL path serve looks up (bytes); the site's
// own paths are far shorter. Longer paths answer 414 URI Too Long.
const maxURLPath = 1024

// siteHandler serves the site (each file rendered when asked for if its
// inputs changed, lazySite) and /__version (the build count, for the live
// reload); while problems holds a page (the register is invalid) every
// other path answers it with 503. A path the site has no file for answers
// 404 (a path ending in / is its index.html); a file that cannot be
// rendered answers 500, and the error is printed on log. It answers only
// requests whose Host header names the
// loopback interface (localhost, 127.0.0.1 and other 127.x addresses, ::1,
// with any port): a page of another site that made its name resolve to
// 127.0.0.1 (DNS rebinding) sends its own name and gets 403, so it cannot
// read the internal register. When serve listens on a non-loopback
// address (--addr), IP addresses are accepted too, since rebinding needs
// a name. Paths longer than maxURLPath answer 414 and path segments longer
// than a file name can be 404, never a server error.
func siteHandler(site *lazySite, version *buildCount, problems *atomic.Pointer[[]byte], loopbackOnly bool, log io.Writer) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/__version", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		if after, err := strconv.ParseInt(r.URL.Query().Get("after"), 10, 64); err == nil {
			fmt.Fprint(w, version.wait(r.Context(), after, longPoll))
			return
		}
		fmt.Fprint(w, version.load())
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
		if p := problems.Load(); p != nil {
			// Whatever page was asked for: the register is invalid.
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.WriteHeader(http.StatusServiceUnavailable)
			w.Write(*p)
			return
		}
		for _, seg := range strings.Split(r.URL.Path, "/") {
			if len(seg) > 255 {
				http.NotFound(w, r)
				return
			}
		}
		name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
		if strings.HasSuffix(r.URL.Path, "/") {
			name = path.Join(name, "index.html")
		}
		f, err := site.open(name)
		if errors.Is(err, fs.ErrNotExist) {
			http.NotFound(w, r)
			return
		}
		if err != nil {
			fmt.Fprintln(log, "serve: "+name+": "+err.Error())
			http.Error(w, "500 "+name+": "+err.Error(), http.StatusInternalServerError)
			return
		}
		defer f.Close()
		fi, err := f.Stat()
		if err != nil {
			http.Error(w, "500 "+name+": "+err.Error(), http.StatusInternalServerError)
			return
		}
		http.ServeContent(w, r, name, fi.ModTime(), f)
	})
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !allowedHost(r.Host, loopbackOnly) {
			http.Error(w, "403 forbidden: this preview server answers only to localhost, 127.0.0.1 or [::1] / このプレビューは localhost・127.0.0.1・[::1] の名前でのみ表示できます", http.StatusForbidden)
			return
		}
		if len(r.URL.Path) > maxURLPath || len(r.URL.RawPath) > 3*maxURLPath {
			http.Error(w, "414 URI too long", http.StatusRequestURITooLong)
			return
		}
		mux.ServeHTTP(w, r)
	})
}

// allowedHost reports whether the Host header hostport may be served:
// localhost or a loopback IP address, any port; any IP address too unless
// loopbackOnly. Names other than localhost are refused (DNS rebinding).
func allowedHost(hostport string, loopbackOnly bool) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	if ip == nil {
		return false
	}
	return ip.IsLoopback() || !loopbackOnly
}

// watchRegister starts watching dir and returns the loop that sends on
// changes whenever a file under dir changes; run the loop in a goroutine. The
// watch is set up (fsnotify watches added, or the first polling snapshot
// taken) before watchRegister returns, so no change made after it returns is
// missed. It uses fsnotify (every folder, and folders created later) and falls
// back to polling every second when fsnotify is not available, or from the
// moment the register folder itself is moved or removed (its watches follow
// the old folder, not the name); poll > 0 forces polling at that interval.
// The loop returns when ctx ends. Watch
// errors are printed on log in lang.
//
// A dir that is a symbolic link (or lies under one) is resolved once, here:
// fsnotify watches the real folders, as the loader reads them (watching
// the link watched the real top folder alone, and an edit in a kind
// folder went unseen while register.yaml's were seen). A link pointed at
// another folder while serve runs is followed only by polling, which
// resolves dir at every poll (treeSignature); with fsnotify, restart
// serve.
func watchRegister(ctx context.Context, dir string, poll time.Duration, changes chan<- struct{}, log interface{ Write([]byte) (int, error) }, lang riskassess.Lang) func() {
	root := realDir(dir)
	notify := func() {
		select {
		case changes <- struct{}{}:
		default:
		}
	}
	// pollLoop notices changes by comparing snapshots of the tree every poll.
	pollLoop := func(poll time.Duration, last uint64) {
		t := time.NewTicker(poll)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				if s := treeSignature(dir); s != last {
					last = s
					notify()
				}
			}
		}
	}
	if poll <= 0 {
		if w, err := fsnotify.NewWatcher(); err == nil {
			// The folders watched because a symbolic link points into
			// them (watchLink), used only by the loop once it runs.
			linked := map[string]bool{}
			if err := addTree(w, root, linked); err == nil {
				return func() {
					defer w.Close()
					for {
						select {
						case <-ctx.Done():
							return
						case ev, ok := <-w.Events:
							if !ok {
								return
							}
							if filepath.Clean(ev.Name) == root && ev.Op&(fsnotify.Rename|fsnotify.Remove) != 0 {
								// The register folder itself was moved or
								// removed. Its watches follow the old folder,
								// not the name: a folder moved back or put in
								// its place would go unwatched and its changes
								// unseen. Poll the name from now on.
								w.Close()
								notify()
								pollLoop(time.Second, treeSignature(dir))
								return
							}
							if ignoredPath(root, ev.Name) && !linked[filepath.Dir(ev.Name)] {
								continue
							}
							if ev.Has(fsnotify.Create) {
								if fi, err := os.Lstat(ev.Name); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
									watchLink(w, ev.Name, linked)
								} else if err == nil && fi.IsDir() {
									_ = addTree(w, ev.Name, linked)
								}
							}
							notify()
						case err, ok := <-w.Errors:
							if !ok {
								return
							}
							fmt.Fprintln(log, "serve: "+l10n(lang, "変更の監視でエラーが起きました（"+ioText(lang, err)+"）。変更が反映されないときは serve を起動し直してください",
								"error while watching for changes ("+ioText(lang, err)+"); restart serve if changes are not picked up"))
						}
					}
				}
			}
			w.Close()
		}
		poll = time.Second
	}
	last := treeSignature(dir)
	return func() { pollLoop(poll, last) }
}

// realDir returns dir with its symbolic links resolved
// (filepath.EvalSymlinks), cleaned, or dir cleaned when it cannot be
// resolved (it does not exist: the loader reports that).
func realDir(dir string) string {
	if r, err := filepath.EvalSymlinks(dir); err == nil {
		return r
	}
	return filepath.Clean(dir)
}

// ignoredPath reports whether name is inside a hidden folder or is a
// hidden or editor backup file (.git, .swp, ~).
func ignoredPath(root, name string) bool {
	rel, err := filepath.Rel(root, name)
	if err != nil {
		return false
	}
	for _, part := range strings.Split(filepath.ToSlash(rel), "/") {
		if strings.HasPrefix(part, ".") && part != "." && part != ".." {
			return true
		}
	}
	return strings.HasSuffix(name, "~")
}

// addTree watches dir and every folder below it except hidden ones, and
// what the symbolic links among them point to (watchLink, recorded in
// linked).
func addTree(w *fsnotify.Watcher, dir string, linked map[string]bool) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type()&fs.ModeSymlink != 0 {
			watchLink(w, p, linked)
			return nil
		}
		if !d.IsDir() {
			return nil
		}
		if p != dir && strings.HasPrefix(d.Name(), ".") {
			return filepath.SkipDir
		}
		return w.Add(p)
	})
}

// watchLink watches the folder that the symbolic link p points to, or
// the folder of the file it points to, and records it in linked: the
// loader reads an entry file or kind folder that is a link to a place
// inside the register, hidden folders included, which addTree leaves out
// (an edit of a target there went unseen and serve kept the old page).
// Events in a folder of linked are not ignored as hidden. A link whose
// target cannot be resolved is left alone (the loader reports it).
func watchLink(w *fsnotify.Watcher, p string, linked map[string]bool) {
	t, err := filepath.EvalSymlinks(p)
	if err != nil {
		return
	}
	fi, err := os.Stat(t)
	if err != nil {
		return
	}
	if !fi.IsDir() {
		t = filepath.Dir(t)
	}
	if !linked[t] && w.Add(t) == nil {
		linked[t] = true
	}
}

// treeSignature hashes the names, sizes and modification times of the
// files under dir (hidden ones excepted); for a symbolic link, those of
// what it points to (the file the loader reads, or the files of a linked
// folder). A dir that is itself a link is resolved first (realDir), at
// every call, so a link pointed at another folder is seen.
func treeSignature(dir string) uint64 {
	dir = realDir(dir)
	h := fnv.New64a()
	stamp := func(p string, fi fs.FileInfo) {
		h.Write([]byte(p + "\x00" + strconv.FormatInt(fi.Size(), 10) + "\x00" + strconv.FormatInt(fi.ModTime().UnixNano(), 10) + "\n"))
	}
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if p != dir && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			fi, err := os.Stat(p)
			if err != nil {
				return nil
			}
			stamp(p, fi)
			if fi.IsDir() {
				// A linked folder (a kind folder: the loader reads
				// the files in it, not below).
				ents, _ := os.ReadDir(p)
				for _, e := range ents {
					q := filepath.Join(p, e.Name())
					if fi, err := os.Stat(q); err == nil && !fi.IsDir() {
						stamp(q, fi)
					}
				}
			}
			return nil
		}
		if fi, err := d.Info(); err == nil && !d.IsDir() {
			stamp(p, fi)
		}
		return nil
	})
	return h.Sum64()
}
