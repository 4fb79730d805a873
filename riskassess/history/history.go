// Package history reads a register as it was committed in git: at a
// revision (a commit hash, a branch, a tag, HEAD~1) or on a day (the last
// commit at or before the end of that day, Japan time). It works without a
// git program and without a network: the repository is read by
// github.com/go-git/go-git/v5, in pure Go, from the .git folder on disk.
//
// The register folder may be a sub-folder of the repository; Open finds
// the repository that contains it (looking in the parent folders, and
// following a worktree's .git file to the common repository). A revision
// is returned as an fs.FS rooted at the register folder as it was, to be
// read through the register's front door (load.FS), so that a past
// register is checked exactly as the current one.
//
// This package is an adapter: it imports riskassess (for dates) and
// go-git, and no other adapter.
package history

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/filemode"
	"github.com/go-git/go-git/v5/plumbing/object"
)

// Japan is the time zone in which a day of the register ends: the
// council's dates are Japanese dates, so "the register on 2026-03-31" is
// the last commit before 2026-04-01 00:00 JST, wherever the tool runs.
var Japan = time.FixedZone("JST", 9*60*60)

// Repo is the git repository that holds a register folder.
type Repo struct {
	repo *git.Repository
	root string // the repository's working folder
	sub  string // slash path of the register folder in it; "" for its root
}

// Revision is one commit of the register.
type Revision struct {
	// Spec is what was asked for: a revision or a date.
	Spec string `json:"spec"`
	// Hash is the commit's full hash.
	Hash string `json:"commit"`
	// When is the commit's committer time.
	When time.Time `json:"committed_at"`
	// Date is When as a date in Japan.
	Date riskassess.Date `json:"date"`
	// Subject is the first line of the commit message.
	Subject string `json:"subject"`

	commit *object.Commit
}

// NoCommitError is AtDate's error when no commit is as old as Day: the
// register's history begins later, on First (Japan time).
type NoCommitError struct {
	Day, First riskassess.Date
}

func (e *NoCommitError) Error() string {
	return fmt.Sprintf("history: no commit on or before %s (Japan time)", e.Day)
}

// ErrNoRepository is matched by errors.Is when the register folder is not
// inside a git repository.
var ErrNoRepository = errors.New("history: the register folder is not in a git repository")

// ErrShallow is matched by errors.Is when a date or revision lies beyond
// the history of a shallow clone (git clone --depth): the commits before it
// are not in the repository (git fetch --unshallow fetches them).
var ErrShallow = errors.New("history: the repository is a shallow clone and its history is cut short")

// Open returns the repository that contains the register folder dir.
func Open(dir string) (*Repo, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	if abs, err = filepath.EvalSymlinks(abs); err != nil {
		return nil, err
	}
	r, err := git.PlainOpenWithOptions(abs, &git.PlainOpenOptions{DetectDotGit: true, EnableDotGitCommonDir: true})
	if errors.Is(err, git.ErrRepositoryNotExists) {
		return nil, fmt.Errorf("%w (%s)", ErrNoRepository, dir)
	}
	if err != nil {
		return nil, fmt.Errorf("history: open the repository of %s: %w", dir, err)
	}
	wt, err := r.Worktree()
	if err != nil {
		return nil, fmt.Errorf("history: %s: %w", dir, err)
	}
	root, err := filepath.EvalSymlinks(wt.Filesystem.Root())
	if err != nil {
		return nil, err
	}
	rel, err := filepath.Rel(root, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return nil, fmt.Errorf("history: %s is not inside the repository at %s", dir, root)
	}
	sub := filepath.ToSlash(rel)
	if sub == "." {
		sub = ""
	}
	return &Repo{repo: r, root: root, sub: sub}, nil
}

// Sub returns the slash path of the register folder in the repository
// ("" for the repository's root).
func (r *Repo) Sub() string { return r.sub }

// Resolve returns the commit that spec names: a date YYYY-MM-DD (see
// AtDate) or a git revision (a hash or its prefix, a branch, a tag, HEAD,
// HEAD~2, main^).
func (r *Repo) Resolve(spec string) (Revision, error) {
	if d, err := riskassess.ParseDate(spec); err == nil {
		rev, err := r.AtDate(d)
		rev.Spec = spec
		return rev, err
	}
	h, err := r.repo.ResolveRevision(plumbing.Revision(spec))
	if err != nil {
		if shallow, serr := r.repo.Storer.Shallow(); serr == nil && len(shallow) > 0 && errors.Is(err, plumbing.ErrObjectNotFound) {
			return Revision{}, fmt.Errorf("%w: %q lies beyond it", ErrShallow, spec)
		}
		return Revision{}, fmt.Errorf("history: no revision %q in the repository: %w", spec, err)
	}
	c, err := r.repo.CommitObject(*h)
	if err != nil {
		return Revision{}, fmt.Errorf("history: %q: %w", spec, err)
	}
	rev := revisionOf(c)
	rev.Spec = spec
	return rev, nil
}

// AtDate returns the register as committed on day d: the newest commit
// of HEAD's first-parent chain (the history of the branch itself, merges
// included, not the commits of a branch before it was merged) whose
// committer time is before the end of d in Japan (the next day 00:00 JST),
// as git rev-list --first-parent --before does. A commit of a side branch
// is not the register on its date: its tree lacks the changes the branch
// made meanwhile, and the side's change was not in the register until the
// merge. It returns a *NoCommitError when no commit is that old, and an
// error matching ErrShallow when the chain is cut by a shallow clone
// before one is found.
func (r *Repo) AtDate(d riskassess.Date) (Revision, error) {
	end := time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, Japan).AddDate(0, 0, 1)
	head, err := r.repo.Head()
	if err != nil {
		return Revision{}, fmt.Errorf("history: the repository has no commit: %w", err)
	}
	shallow, err := r.repo.Storer.Shallow()
	if err != nil {
		return Revision{}, fmt.Errorf("history: read the log: %w", err)
	}
	c, err := r.repo.CommitObject(head.Hash())
	if err != nil {
		return Revision{}, fmt.Errorf("history: read the log: %w", err)
	}
	for {
		if c.Committer.When.Before(end) {
			rev := revisionOf(c)
			rev.Spec = d.String()
			return rev, nil
		}
		if c.NumParents() == 0 {
			return Revision{}, &NoCommitError{Day: d, First: riskassess.DateOf(c.Committer.When.In(Japan))}
		}
		if slices.Contains(shallow, c.Hash) {
			return Revision{}, fmt.Errorf("%w: no commit on or before %s in it (it begins at %s, %s)", ErrShallow, d, short(c.Hash.String()), riskassess.DateOf(c.Committer.When.In(Japan)))
		}
		p, err := c.Parent(0)
		if errors.Is(err, plumbing.ErrObjectNotFound) && len(shallow) > 0 {
			return Revision{}, fmt.Errorf("%w: no commit on or before %s in it", ErrShallow, d)
		}
		if err != nil {
			return Revision{}, fmt.Errorf("history: read the log: %w", err)
		}
		c = p
	}
}

func revisionOf(c *object.Commit) Revision {
	subject, _, _ := strings.Cut(strings.TrimSpace(c.Message), "\n")
	return Revision{Hash: c.Hash.String(), When: c.Committer.When, Date: riskassess.DateOf(c.Committer.When.In(Japan)),
		Subject: subject, commit: c}
}

// FS returns the register folder as it was in rev, as a read-only fs.FS.
// It returns an error when the folder did not exist in that commit.
// Symbolic links and submodules are listed but not regular files.
func (r *Repo) FS(rev Revision) (fs.FS, error) {
	if rev.commit == nil {
		return nil, errors.New("history: FS of a Revision not returned by Resolve or AtDate")
	}
	t, err := rev.commit.Tree()
	if err != nil {
		return nil, fmt.Errorf("history: commit %s: %w", short(rev.Hash), err)
	}
	if r.sub != "" {
		if t, err = t.Tree(r.sub); err != nil {
			return nil, fmt.Errorf("history: the register folder %s did not exist in commit %s (%s)", r.sub, short(rev.Hash), rev.Date)
		}
	}
	return &treeFS{root: t, when: rev.When, mu: new(sync.Mutex)}, nil
}

func short(h string) string {
	if len(h) > 10 {
		return h[:10]
	}
	return h
}

// treeFS is a git tree as an fs.FS. It is safe for concurrent use (the
// loader opens files from several goroutines): go-git's trees fill a lookup
// map on first use and its object storage is not safe for concurrent
// reads, so every access to them holds mu (shared by the sub-trees of one
// FS), and a file's content is read whole while holding it.
type treeFS struct {
	root *object.Tree
	when time.Time
	mu   *sync.Mutex
}

func (t *treeFS) Open(name string) (fs.File, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	if name == "." {
		return &treeDir{info: treeInfo{name: ".", mode: fs.ModeDir | 0o555, when: t.when}, tree: t.root, fsys: t}, nil
	}
	e, err := t.root.FindEntry(name)
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	info, err := t.info(path.Base(name), e)
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	if e.Mode == filemode.Dir {
		sub, err := t.root.Tree(name)
		if err != nil {
			return nil, &fs.PathError{Op: "open", Path: name, Err: err}
		}
		return &treeDir{info: info, tree: sub, fsys: t}, nil
	}
	f := &treeFile{info: info}
	if info.mode.IsRegular() {
		blob, err := t.root.TreeEntryFile(e)
		if err != nil {
			return nil, &fs.PathError{Op: "open", Path: name, Err: err}
		}
		rc, err := blob.Reader()
		if err != nil {
			return nil, &fs.PathError{Op: "open", Path: name, Err: err}
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, &fs.PathError{Op: "open", Path: name, Err: err}
		}
		f.r = io.NopCloser(bytes.NewReader(data))
	}
	return f, nil
}

// info describes the entry e of tree t (named name).
func (t *treeFS) info(name string, e *object.TreeEntry) (treeInfo, error) {
	i := treeInfo{name: name, when: t.when}
	switch e.Mode {
	case filemode.Dir:
		i.mode = fs.ModeDir | 0o555
	case filemode.Regular, filemode.Deprecated, filemode.Executable:
		i.mode = 0o444
		blob, err := t.root.TreeEntryFile(e)
		if err != nil {
			// An entry of a subtree: look it up from its own tree.
			return i, err
		}
		i.size = blob.Size
	case filemode.Symlink:
		i.mode = fs.ModeSymlink | 0o444
	default:
		i.mode = fs.ModeIrregular
	}
	return i, nil
}

type treeInfo struct {
	name string
	size int64
	mode fs.FileMode
	when time.Time
}

func (i treeInfo) Name() string       { return i.name }
func (i treeInfo) Size() int64        { return i.size }
func (i treeInfo) Mode() fs.FileMode  { return i.mode }
func (i treeInfo) ModTime() time.Time { return i.when }
func (i treeInfo) IsDir() bool        { return i.mode.IsDir() }
func (i treeInfo) Sys() any           { return nil }

type treeFile struct {
	info treeInfo
	r    io.ReadCloser
}

func (f *treeFile) Stat() (fs.FileInfo, error) { return f.info, nil }
func (f *treeFile) Read(b []byte) (int, error) {
	if f.r == nil {
		return 0, &fs.PathError{Op: "read", Path: f.info.name, Err: fs.ErrInvalid}
	}
	return f.r.Read(b)
}
func (f *treeFile) Close() error {
	if f.r == nil {
		return nil
	}
	return f.r.Close()
}

type treeDir struct {
	info    treeInfo
	tree    *object.Tree
	fsys    *treeFS
	entries []fs.DirEntry
	next    int
}

func (d *treeDir) Stat() (fs.FileInfo, error) { return d.info, nil }
func (d *treeDir) Read([]byte) (int, error) {
	return 0, &fs.PathError{Op: "read", Path: d.info.name, Err: errors.New("is a directory")}
}
func (d *treeDir) Close() error { return nil }

// ReadDir lists the folder sorted by name, as os.File.ReadDir: with
// n > 0 at most n entries per call and io.EOF at the end.
func (d *treeDir) ReadDir(n int) ([]fs.DirEntry, error) {
	if d.entries == nil {
		d.fsys.mu.Lock()
		defer d.fsys.mu.Unlock()
		sub := &treeFS{root: d.tree, when: d.fsys.when, mu: d.fsys.mu}
		d.entries = make([]fs.DirEntry, 0, len(d.tree.Entries))
		for i := range d.tree.Entries {
			e := &d.tree.Entries[i]
			info, err := sub.info(e.Name, e)
			if err != nil {
				return nil, err
			}
			d.entries = append(d.entries, fs.FileInfoToDirEntry(info))
		}
		slices.SortFunc(d.entries, func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
	}
	rest := d.entries[d.next:]
	if n <= 0 {
		d.next = len(d.entries)
		return rest, nil
	}
	if len(rest) == 0 {
		return nil, io.EOF
	}
	rest = rest[:min(n, len(rest))]
	d.next += len(rest)
	return rest, nil
}
