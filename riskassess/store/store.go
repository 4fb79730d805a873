// Package store reads the register from a folder of YAML files and writes
// questionnaire results back into it.
//
// The shortest use (load.Dir adds the catalogue checks and is what the
// commands call):
//
//	reg, err := store.Load("examples/chofu-gikai") // store.Errors: every problem at file:line:col
//
// A register folder holds:
//
//	register.yaml          the organisation (riskassess.Organisation)
//	contractors/ID.yaml    委託事業者 (riskassess.Contractor)
//	services/ID.yaml       外部サービス (riskassess.Service)
//	social/ID.yaml         ソーシャルメディアアカウント (riskassess.Social)
//	lists/LIST-DATE.yaml   公表リストのスナップショット (riskassess.ListSnapshot)
//
// The id of an entry is its file name without ".yaml". Load checks every
// file and reports all problems at once as Errors, each naming the place
// ("contractors/acme.yaml:12:3") and carrying a Code; docs/errors.md
// explains every code with an example and the fix.
//
// AppendAssessment and WriteFileAtomic write files atomically (temporary
// file in the same folder, fsync, rename): a failed write leaves the
// original untouched.
package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/gikai-sec/riskregister/internal/workers"
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/fieldrule"
	"github.com/gikai-sec/riskregister/riskassess/listsnapshot"
	"go.yaml.in/yaml/v3"
)

// MaxFileSize is the largest file Load reads: 5 MiB. A register entry is a
// few kilobytes; anything larger is refused with CodeFileTooLarge.
const MaxFileSize = 5 << 20

// MaxYear is the last year a date in the register may have:
// riskassess.MaxYear (see there), refused above with CodeOutOfRange.
const MaxYear = riskassess.MaxYear

// MaxReviewMonths is the longest review interval register.yaml's
// review_intervals may give, in months: riskassess.MaxReviewMonths (see
// there), refused above with CodeOutOfRange.
const MaxReviewMonths = riskassess.MaxReviewMonths

// MaxItems is the most lines plus flow-list commas a register file may hold:
// 100,000. A real entry has a few hundred; the bound keeps the YAML parser's
// node tree (hundreds of bytes a node) small for any file within
// MaxFileSize (a 2 MB list of a million one-letter ids took 2 s and 580 MB).
// A file over it is refused with CodeFileTooLarge before it is parsed.
const MaxItems = 100_000

// tooManyItems returns the CodeFileTooLarge error for data when it holds
// more than MaxItems lines and flow-list commas, else nil; write words the
// message for a refused write instead of a refused read.
func tooManyItems(rel string, data []byte, write bool) *Error {
	n := bytes.Count(data, []byte{'\n'}) + bytes.Count(data, []byte{','})
	if n <= MaxItems {
		return nil
	}
	if write {
		return newError(rel, 0, 0, CodeFileTooLarge,
			fmt.Sprintf("recording this questionnaire would give the file %d lines and list items, more than the %d the register can read; nothing written", n, MaxItems),
			fmt.Sprintf("この確認票を記録するとファイルの行とリストの要素が %d 個になり、台帳が読める上限の %d 個を超えるため、記録していません", n, MaxItems))
	}
	return newError(rel, 0, 0, CodeFileTooLarge,
		fmt.Sprintf("file has %d lines and list items, more than the limit of %d: a register entry needs a few hundred; split long lists or move data out of the register", n, MaxItems),
		fmt.Sprintf("ファイルの行とリストの要素が %d 個あり、上限の %d 個を超えています（台帳のエントリは通常数百行です）。長いリストを見直すか、データを台帳の外に置いてください", n, MaxItems))
}

// RegisterFile is the name of the organisation file in a register folder.
const RegisterFile = "register.yaml"

// Load reads the register folder dir: register.yaml and every
// contractors/*.yaml, services/*.yaml and social/*.yaml. Entries are sorted
// by id within each kind; each has Common.ID set from its file name and
// Common.Source to its slash path relative to dir.
//
// Files are decoded in parallel by a small pool of workers, but the result
// and the errors are deterministic. Load checks field names and types,
// allowed values, dates, 法人番号, required fields, duplicate ids,
// references between files and classification levels, and refuses unsafe
// files (too large, binary, symbolic links out of the folder, alias bombs).
//
// Load returns a best-effort register together with an Errors value listing
// every problem (sorted by file, line, column) when there are any; the
// register is nil only when dir itself cannot be read, and then the single
// Error has File "." (the folder itself). Other files in dir, files in the
// kind folders not ending in .yaml and hidden files (".name") are ignored;
// .yml and .YAML files, and YAML files in sub-folders of the kind folders,
// are reported (CodeBadFileName) so that they are not silently skipped.
func Load(dir string) (*riskassess.Register, error) {
	return LoadWith(dir, Options{})
}

// LoadWith is Load with options: with opts.Cache, an entry file whose
// content is unchanged since a load stored it is taken from the cache
// instead of being parsed (see Cache); the register, the errors and their
// positions are the same either way.
func LoadWith(dir string, opts Options) (*riskassess.Register, error) {
	root, err := absRoot(dir)
	if err == nil {
		var fi os.FileInfo
		if fi, err = os.Stat(root); err == nil && !fi.IsDir() {
			err = errNotFolder
		}
	}
	if err != nil {
		// The path is already in the position ("."); say only why.
		en, ja := err.Error(), err.Error()
		var pe *fs.PathError
		switch {
		case err == errNotFolder:
			en, ja = "not a folder", "フォルダではありません"
		case errors.Is(err, fs.ErrNotExist):
			en, ja = "no such folder", "そのフォルダはありません"
		case errors.Is(err, fs.ErrPermission):
			en, ja = "permission denied", "読み取る権限がありません"
		case errors.As(err, &pe):
			en, ja = pe.Err.Error(), pe.Err.Error()
		}
		e := newError(".", 0, 0, CodeIO, "cannot open the register folder: "+en+" (check --register)", "台帳フォルダを開けません: "+ja+"（--register の指定を確かめてください）")
		e.Err = err
		return nil, Errors{e}
	}

	return loadSource(diskSource(root), opts.Cache)
}

// LoadFS is Load for a register held in fsys (its root is the register
// folder), such as a git revision of the register: the same decoding and
// checks, the same Errors. Entries' Source is their slash path in fsys.
// A symbolic link in fsys is not followed (not a regular file), since it
// cannot be checked to stay inside the register; files are read with the
// same limits (MaxFileSize, MaxItems, UTF-8 text).
func LoadFS(fsys fs.FS) (*riskassess.Register, error) {
	if fi, err := fs.Stat(fsys, "."); err != nil || !fi.IsDir() {
		e := newError(".", 0, 0, CodeIO, "cannot open the register folder: not a folder", "台帳フォルダを開けません: フォルダではありません")
		e.Err = err
		return nil, Errors{e}
	}
	return loadSource(fsSource{fsys}, nil)
}

// source is where a register is read from: a folder on disk or an fs.FS.
type source interface {
	// read returns the checked content of the file rel (slash path).
	read(rel string) ([]byte, *Error)
	// exists reports whether rel exists (not following a symbolic link).
	exists(rel string) (bool, error)
	// list lists the entry files of every kind, in kind then id order,
	// then the snapshots of public lists (lists/) in name order.
	list() ([]job, []*Error)
}

// diskSource is a register folder on disk: the absolute path free of
// symbolic links.
type diskSource string

func (d diskSource) read(rel string) ([]byte, *Error) {
	b, _, _, e := readFile(string(d), rel)
	return b, e
}

func (d diskSource) exists(rel string) (bool, error) {
	_, err := os.Lstat(filepath.Join(string(d), filepath.FromSlash(rel)))
	if errors.Is(err, fs.ErrNotExist) {
		return false, err
	}
	return true, nil
}

func (d diskSource) list() ([]job, []*Error) {
	jobs, errs := listEntries(string(d))
	errs = append(errs, misnamedFolders(os.DirFS(string(d)))...)
	sj, se := listSnapshots(string(d))
	return append(jobs, sj...), append(errs, se...)
}

// fsSource is a register in an fs.FS.
type fsSource struct{ fsys fs.FS }

func (s fsSource) read(rel string) ([]byte, *Error) {
	fi, err := fs.Stat(s.fsys, rel)
	if err != nil {
		return nil, cannotRead(rel, err)
	}
	if !fi.Mode().IsRegular() {
		return nil, notRegular(rel)
	}
	if fi.Size() > MaxFileSize {
		return nil, fileTooLarge(rel, fi.Size())
	}
	f, err := s.fsys.Open(rel)
	if err != nil {
		return nil, cannotRead(rel, err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, cannotRead(rel, err)
	}
	if e := checkData(rel, data); e != nil {
		return nil, e
	}
	return data, nil
}

func (s fsSource) exists(rel string) (bool, error) {
	_, err := fs.Stat(s.fsys, rel)
	if errors.Is(err, fs.ErrNotExist) {
		return false, err
	}
	return true, nil
}

func (s fsSource) list() ([]job, []*Error) {
	var jobs []job
	var errs []*Error
	for _, k := range riskassess.Kinds() {
		ents, err := fs.ReadDir(s.fsys, k.Dir())
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			e := newError(k.Dir(), 0, 0, CodeIO, "cannot read folder: "+err.Error(), "フォルダを読めません: "+err.Error())
			e.Err = err
			errs = append(errs, e)
			continue
		}
		for _, de := range ents {
			j, es, sub := entryJob(k, de.Name(), de.IsDir())
			errs = append(errs, es...)
			if sub {
				errs = append(errs, subfolderFilesFS(s.fsys, k.Dir(), de.Name())...)
			}
			if j != nil {
				jobs = append(jobs, *j)
			}
		}
	}
	ents, err := fs.ReadDir(s.fsys, ListsDir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		e := newError(ListsDir, 0, 0, CodeIO, "cannot read folder: "+err.Error(), "フォルダを読めません: "+err.Error())
		e.Err = err
		errs = append(errs, e)
	default:
		sj, se := snapshotJobs(ents, func(name string) []*Error { return subfolderFilesFS(s.fsys, ListsDir, name) })
		jobs, errs = append(jobs, sj...), append(errs, se...)
	}
	return jobs, append(errs, misnamedFolders(s.fsys)...)
}

// misnamedFolders reports each folder of the register's top level whose
// name is that of a folder Load reads (contractors, services, social,
// lists) or import reads (mappings), or of a kind (contractor, service),
// in another case or the singular — Contractors/, SERVICES/, service/,
// Mappings/ — and that holds YAML files. Only the exact lower-case names
// are read, so on a case-sensitive file system (the server or CI that
// builds the site from git) the files there would drop out of the
// register without a word, while a Windows PC, whose file system ignores
// case, reads them.
func misnamedFolders(fsys fs.FS) []*Error {
	// mappings/ holds the organisation's own mappings of foreign
	// questionnaires, read by import.
	want := map[string]string{ListsDir: ListsDir, "list": ListsDir, "mappings": "mappings", "mapping": "mappings"}
	for _, k := range riskassess.Kinds() {
		want[k.Dir()], want[string(k)] = k.Dir(), k.Dir()
	}
	ents, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil // the kind folders report what cannot be read
	}
	var errs []*Error
	for _, de := range ents {
		name := de.Name()
		dir, ok := want[strings.ToLower(name)]
		if !ok || name == dir || !de.IsDir() || !holdsYAML(fsys, name) {
			continue
		}
		errs = append(errs, newError(name, 0, 0, CodeBadFileName,
			fmt.Sprintf("the files in folder %q are not read: the register reads %s/ (lower case); move them into %s/", name, dir, dir),
			fmt.Sprintf("フォルダ %q の中のファイルは読み込まれません（読み込まれるのは半角小文字の %s/ です）。%s/ に移してください", name, dir, dir)))
	}
	return errs
}

// holdsYAML reports whether the folder dir of fsys holds a .yaml or .yml
// file (any case), at any depth, outside hidden folders.
func holdsYAML(fsys fs.FS, dir string) bool {
	found := false
	walkYAML(fsys, dir, func(string, string) bool {
		found = true
		return false
	})
	return found
}

// walkYAML calls fn with the path and name of each .yaml or .yml file (any
// case) in the folder dir of fsys, at any depth, outside hidden files and
// folders, until fn returns false. Unreadable folders are skipped.
func walkYAML(fsys fs.FS, dir string, fn func(p, name string) bool) {
	fs.WalkDir(fsys, dir, func(p string, de fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		name := de.Name()
		if p != dir && strings.HasPrefix(name, ".") {
			if de.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		lower := strings.ToLower(name)
		if de.IsDir() || !(strings.HasSuffix(lower, ".yaml") || strings.HasSuffix(lower, ".yml")) {
			return nil
		}
		if !fn(p, name) {
			return fs.SkipAll
		}
		return nil
	})
}

// loadSource is LoadWith once the source is known to be a folder; cache
// (may be nil) is LoadWith's.
func loadSource(src source, cache Cache) (*riskassess.Register, error) {
	var errs Errors
	reg := &riskassess.Register{}

	// register.yaml first: entries are checked against it afterwards.
	var orgRefs []ref
	haveOrg := false
	if ok, err := src.exists(RegisterFile); !ok {
		e := newError(RegisterFile, 0, 0, CodeMissingRegister,
			"register.yaml not found: this folder is not a register (create register.yaml with the organisation's sections and people)",
			"register.yaml がありません。このフォルダは台帳ではありません（フォルダの指定を確かめるか、組織の課・職員を書いた register.yaml を作成してください）")
		e.Err = err
		errs = append(errs, e)
	} else {
		res := loadObserved(src, job{rel: RegisterFile}, cache)
		errs = append(errs, res.errs...)
		if res.org != nil {
			reg.Org = *res.org
			haveOrg = true
		}
		orgRefs = res.refs
	}

	jobs, listErrs := src.list()
	errs = append(errs, listErrs...)
	// Two to four files at a time: reading overlaps parsing even on one
	// core. loadEntryFile reports problems in its result, never as an
	// error, and the context is never cancelled, so Map returns no error.
	var tab *strtab
	retain := cache != nil && retains(cache)
	if cache != nil {
		tab = &strtab{seed: maphash.MakeSeed()}
	}
	results, _ := workers.Map(context.Background(), jobs, workers.Options{Workers: max(2, min(4, runtime.GOMAXPROCS(0)))},
		func(_ context.Context, j job) (result, error) { return loadEntryFile(src, j, cache, tab, retain), nil })

	contractors := map[string]bool{}
	for _, j := range jobs {
		if j.kind == riskassess.KindContractor {
			contractors[j.id] = true
		}
	}
	// The references of each file, not copied into one list: a file may
	// hold a million of them.
	refs := [][]ref{orgRefs}
	read := map[string]*riskassess.Contractor{} // by file id
	for i, r := range results {
		errs = append(errs, r.errs...)
		refs = append(refs, r.refs)
		switch e := r.entry.(type) {
		case *riskassess.Contractor:
			reg.Contractors = append(reg.Contractors, e)
			if jobs[i].kind == riskassess.KindContractor {
				read[jobs[i].id] = e
			}
		case *riskassess.Service:
			reg.Services = append(reg.Services, e)
		case *riskassess.Social:
			reg.Social = append(reg.Social, e)
		}
		if r.snapshot != nil {
			reg.Lists = append(reg.Lists, r.snapshot)
		}
	}
	listsnapshot.Sort(reg.Lists)
	errs = append(errs, checkRefs(refs, &reg.Org, haveOrg, contractors, read)...)
	if len(errs) > 0 {
		errs.sort()
		return reg, errs
	}
	return reg, nil
}

type job struct {
	kind riskassess.Kind // "" for register.yaml and the snapshots
	id   string
	rel  string // slash path relative to the register folder
	list bool   // a snapshot of a public list (lists/*.yaml)
}

type result struct {
	org      *riskassess.Organisation
	entry    riskassess.Entry
	snapshot *riskassess.ListSnapshot
	errs     []*Error
	refs     []ref
}

var fixName = regexp.MustCompile(`[^a-z0-9]+`)

// listEntries lists the entry files of every kind, in kind then id order.
func listEntries(root string) ([]job, []*Error) {
	var jobs []job
	var errs []*Error
	for _, k := range riskassess.Kinds() {
		kdir := filepath.Join(root, k.Dir())
		fi, err := os.Lstat(kdir)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err == nil && fi.Mode()&fs.ModeSymlink != 0 {
			var t string
			if t, err = filepath.EvalSymlinks(kdir); err == nil && !within(root, t) {
				errs = append(errs, newError(k.Dir(), 0, 0, CodeSymlinkOutside,
					"folder is a symbolic link to "+t+", outside the register folder: move the files into the register instead",
					"フォルダが台帳フォルダの外（"+t+"）へのシンボリックリンクです。ファイルを台帳フォルダの中に移してください"))
				continue
			}
		}
		ents, err := os.ReadDir(kdir)
		if err != nil {
			e := newError(k.Dir(), 0, 0, CodeIO, "cannot read folder: "+err.Error(), "フォルダを読めません: "+err.Error())
			e.Err = err
			errs = append(errs, e)
			continue
		}
		for _, de := range ents {
			j, es, sub := entryJob(k, de.Name(), de.IsDir())
			errs = append(errs, es...)
			if sub {
				errs = append(errs, subfolderFiles(kdir, k.Dir(), de.Name())...)
			}
			if j != nil {
				jobs = append(jobs, *j)
			}
		}
	}
	return jobs, errs
}

// entryJob returns the job of the directory entry name of the kind folder
// of k (isDir: it is a folder), or nil with the errors of a misnamed file;
// sub reports a sub-folder whose YAML files must be reported.
func entryJob(k riskassess.Kind, name string, isDir bool) (j *job, errs []*Error, sub bool) {
	rel := k.Dir() + "/" + name
	if strings.HasPrefix(name, ".") {
		return nil, nil, false // hidden: editor lock files, our own temporary files
	}
	lower := strings.ToLower(name)
	if strings.HasSuffix(lower, ".yml") || (strings.HasSuffix(lower, ".yaml") && !strings.HasSuffix(name, ".yaml")) {
		ext := filepath.Ext(name)
		return nil, []*Error{newError(rel, 0, 0, CodeBadFileName,
			fmt.Sprintf("the extension %s is not read: rename to %s.yaml", ext, strings.TrimSuffix(name, ext)),
			fmt.Sprintf("拡張子 %s のファイルは読み込まれません。%s.yaml に名前を変えてください", ext, strings.TrimSuffix(name, ext)))}, false
	}
	if isDir {
		return nil, nil, true
	}
	if !strings.HasSuffix(name, ".yaml") {
		return nil, nil, false
	}
	id := strings.TrimSuffix(name, ".yaml")
	if !fieldrule.ValidID(id) {
		msg := fmt.Sprintf("file name %q is not a valid id: use lower-case letters a-z, digits and single hyphens (at most 64)", name)
		ja := fmt.Sprintf("ファイル名 %q は id として使えません。半角英小文字 a-z・数字・ハイフン（64文字まで）にしてください", name)
		if s := strings.Trim(fixName.ReplaceAllString(strings.ToLower(id), "-"), "-"); fieldrule.ValidID(s) {
			msg += fmt.Sprintf(", e.g. rename to %s.yaml", s)
			ja += fmt.Sprintf("（例: %s.yaml に名前を変える）", s)
		}
		return nil, []*Error{newError(rel, 0, 0, CodeBadFileName, msg, ja)}, false
	}
	return &job{kind: k, id: id, rel: rel}, nil, false
}

// subfolderFilesFS is subfolderFiles for a register in fsys.
func subfolderFilesFS(fsys fs.FS, kind, sub string) []*Error {
	if strings.HasPrefix(sub, ".") {
		return nil
	}
	var errs []*Error
	base := path.Join(kind, sub)
	walkYAML(fsys, base, func(p, name string) bool {
		if len(errs) == maxSubfolderReports {
			return false
		}
		errs = append(errs, newError(p, 0, 0, CodeBadFileName,
			fmt.Sprintf("files in sub-folders of %s/ are not read: move the file up to %s/%s (or out of the register)", kind, kind, name),
			fmt.Sprintf("%s/ の下のフォルダにあるファイルは読み込まれません。%s/%s に移すか、台帳の外に出してください", kind, kind, name)))
		return true
	})
	return errs
}

// absRoot returns dir as an absolute path free of symbolic links, the form
// of the register folder that readFile and within expect.
func absRoot(dir string) (string, error) {
	root, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	return filepath.EvalSymlinks(root)
}

// errNotFolder is the cause when the register path is a file.
var errNotFolder = errors.New("not a folder")

// maxSubfolderReports bounds the files reported per sub-folder of a kind
// folder, so that a large folder put there by mistake does not flood the
// output.
const maxSubfolderReports = 20

// subfolderFiles reports the YAML files (.yaml, .yml, any case) under the
// sub-folder sub of the kind folder kdir (slash name kind, which is also
// kdir's base name): Load reads only the files directly in a kind folder,
// and a file moved into a sub-folder would otherwise drop out of the
// register without a word. Hidden files and folders are skipped, as in the
// kind folder. It is subfolderFilesFS on the folder that holds kdir.
func subfolderFiles(kdir, kind, sub string) []*Error {
	return subfolderFilesFS(os.DirFS(filepath.Dir(kdir)), kind, sub)
}

// within reports whether path p is root or inside it (both absolute and
// free of symbolic links).
func within(root, p string) bool {
	r, err := filepath.Rel(root, p)
	return err == nil && r != ".." && !strings.HasPrefix(r, ".."+string(filepath.Separator)) && !filepath.IsAbs(r)
}

// loadFile reads, parses and checks one file. A panic becomes an Error
// with CodeInternal, so one bad file never stops the others.
func loadFile(src source, j job) (res result) {
	defer func() {
		if r := recover(); r != nil {
			res = result{errs: []*Error{newError(j.rel, 0, 0, CodeInternal,
				fmt.Sprintf("internal error while reading this file: %v (please report this with the file)", r),
				fmt.Sprintf("このファイルの読み込み中に内部エラーが起きました: %v（このファイルを添えて報告してください）", r))}}
		}
	}()
	data, e := src.read(j.rel)
	if e != nil {
		return result{errs: []*Error{e}}
	}
	return decodeFile(j, data)
}

// loadObserved is loadFile telling cache, when it is a KeyObserver, the
// file's key.
func loadObserved(src source, j job, cache Cache) result {
	o, ok := cache.(KeyObserver)
	if !ok {
		return loadFile(src, j)
	}
	data, d, e := readDigest(src, j.rel, cache)
	if e == nil {
		e = checkData(j.rel, data)
	}
	if e != nil {
		return result{errs: []*Error{e}}
	}
	o.Observe(j.rel, cacheKey(j, d))
	return decodeFileSafe(j, data)
}

// loadEntryFile is loadFile for an entry file, through cache when it is
// not nil. Snapshots of public lists (lists/) are not cached: they are
// few, and the cache encodes entries only. When cache is a FileIndex that
// knows the file's stamp, the file is not read at all if its value is
// cached. The strings of what comes through the cache are kept in tab,
// or with retain (Retainer) those of a value found in the cache are
// slices of it.
func loadEntryFile(src source, j job, cache Cache, tab *strtab, retain bool) (res result) {
	if cache == nil || j.list {
		return loadObserved(src, j, cache)
	}
	defer func() {
		if r := recover(); r != nil {
			res = loadFile(src, j) // the cache's fault: parse
		}
	}()
	o, observe := cache.(KeyObserver)
	memo, _ := cache.(Memo)
	// from returns the result of the file of key from memo or cache.
	from := func(key [32]byte) (result, bool) {
		if memo != nil {
			if v, ok := memo.Recall(key); ok {
				if res, ok := v.(result); ok {
					return res, true
				}
			}
		}
		res, ok := cachedFile(cache, j, key, tab, retain)
		if ok && memo != nil {
			memo.Remember(key, res)
		}
		return res, ok
	}
	if d, ok := knownDigest(src, j.rel, cache); ok {
		key := cacheKey(j, d)
		if res, ok := from(key); ok {
			if observe {
				o.Observe(j.rel, key)
			}
			return res
		}
	}
	data, d, e := readDigest(src, j.rel, cache)
	if e != nil {
		return result{errs: []*Error{e}}
	}
	key := cacheKey(j, d)
	if observe {
		o.Observe(j.rel, key)
	}
	// A value is stored only for content that passed checkData.
	if res, ok := from(key); ok {
		return res
	}
	if e := checkData(j.rel, data); e != nil {
		return result{errs: []*Error{e}}
	}
	res = storeFile(cache, j, key, decodeFileSafe(j, data), tab)
	if memo != nil && len(res.errs) == 0 && res.entry != nil {
		memo.Remember(key, res)
	}
	return res
}

// decodeFileSafe is decodeFile with a panic turned into an Error with
// CodeInternal, as loadFile does.
func decodeFileSafe(j job, data []byte) (res result) {
	defer func() {
		if r := recover(); r != nil {
			res = result{errs: []*Error{newError(j.rel, 0, 0, CodeInternal,
				fmt.Sprintf("internal error while reading this file: %v (please report this with the file)", r),
				fmt.Sprintf("このファイルの読み込み中に内部エラーが起きました: %v（このファイルを添えて報告してください）", r))}}
		}
	}()
	return decodeFile(j, data)
}

// readAll reads f, of size bytes when it was stat'ed, in one buffer of
// that size (and one byte more, to see a file that grew), reading at most
// MaxFileSize+1 bytes.
func readAll(f *os.File, size int64) ([]byte, error) {
	buf := make([]byte, 0, min(size, MaxFileSize)+1)
	for {
		n, err := f.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
		if len(buf) > MaxFileSize {
			return buf, nil
		}
		if len(buf) == cap(buf) {
			buf = slices.Grow(buf, min(len(buf), MaxFileSize+1-len(buf)))
		}
	}
}

// readFile reads the file rel of the register folder root, refusing
// symbolic links out of the folder, files over MaxFileSize or MaxItems and
// binary files.
// It also returns the path it read (a symbolic link followed) and the
// file's permission bits, for a caller that writes the file back.
func readFile(root, rel string) (data []byte, path string, perm fs.FileMode, e *Error) {
	data, path, fi, e := readFileRaw(root, rel)
	if e != nil {
		return nil, "", 0, e
	}
	if e := checkData(rel, data); e != nil {
		return nil, "", 0, e
	}
	return data, path, fi.Mode().Perm(), nil
}

// readFileRaw is readFile without the checks of the content (checkData):
// it refuses symbolic links out of the folder, what is not a regular file
// and files over MaxFileSize, and returns the file's information as
// fstat gave it before the file was read.
func readFileRaw(root, rel string) (data []byte, path string, st fs.FileInfo, e *Error) {
	p := filepath.Join(root, filepath.FromSlash(rel))
	fi, err := os.Lstat(p)
	if err != nil {
		return nil, "", nil, cannotRead(rel, err)
	}
	if fi.Mode()&fs.ModeSymlink != 0 {
		t, err := filepath.EvalSymlinks(p)
		if err != nil {
			e := newError(rel, 0, 0, CodeIO, "broken symbolic link: "+err.Error(), "シンボリックリンクのリンク先を読めません: "+err.Error())
			e.Err = err
			return nil, "", nil, e
		}
		if !within(root, t) {
			return nil, "", nil, newError(rel, 0, 0, CodeSymlinkOutside,
				"symbolic link to "+t+", outside the register folder: copy the file into the register instead",
				"台帳フォルダの外（"+t+"）へのシンボリックリンクです。ファイルを台帳フォルダにコピーしてください")
		}
		p = t
		if fi, err = os.Stat(p); err != nil {
			return nil, "", nil, cannotRead(rel, err)
		}
	}
	// Check before opening: opening a named pipe would block.
	if !fi.Mode().IsRegular() {
		return nil, "", nil, notRegular(rel)
	}
	f, err := os.Open(p)
	if err != nil {
		return nil, "", nil, cannotRead(rel, err)
	}
	defer f.Close()
	st, err = f.Stat()
	if err != nil {
		return nil, "", nil, cannotRead(rel, err)
	}
	if !st.Mode().IsRegular() {
		return nil, "", nil, notRegular(rel)
	}
	if st.Size() > MaxFileSize {
		return nil, "", nil, fileTooLarge(rel, st.Size())
	}
	data, err = readAll(f, st.Size())
	if err != nil {
		return nil, "", nil, cannotRead(rel, err)
	}
	if len(data) > MaxFileSize {
		return nil, "", nil, fileTooLarge(rel, int64(len(data)))
	}
	return data, p, st, nil
}

// fileTooLarge is the error of a file of size bytes, over MaxFileSize.
func fileTooLarge(rel string, size int64) *Error {
	return newError(rel, 0, 0, CodeFileTooLarge,
		fmt.Sprintf("file is %s, larger than the limit of 5 MiB: keep attachments outside the register and link them under evidence", sizeString(size)),
		fmt.Sprintf("ファイルの大きさが %s で、上限の 5 MiB を超えています。添付資料は台帳の外に置き、evidence: にリンクを書いてください", sizeString(size)))
}

// checkData refuses the content of file rel when Load cannot read it:
// larger than MaxFileSize, more than MaxItems, not UTF-8 text.
func checkData(rel string, data []byte) *Error {
	if len(data) > MaxFileSize {
		return fileTooLarge(rel, int64(len(data)))
	}
	if e := tooManyItems(rel, data, false); e != nil {
		return e
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		l, c := offsetPos(data, i)
		return newError(rel, l, c, CodeNotText,
			"file contains a NUL byte: not a text file (save it as UTF-8 text)",
			"NUL バイトを含むため、テキストファイルではありません（UTF-8 のテキストとして保存してください）")
	}
	if !utf8.Valid(data) {
		i := 0
		for i < len(data) {
			r, n := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			i += n
		}
		l, c := offsetPos(data, i)
		return newError(rel, l, c, CodeNotText,
			"file is not UTF-8 text (Shift_JIS?): save it as UTF-8",
			"UTF-8 のテキストではありません（Shift_JIS で保存されていませんか）。文字コード UTF-8 で保存し直してください")
	}
	return nil
}

func cannotRead(rel string, err error) *Error {
	e := newError(rel, 0, 0, CodeIO, "cannot read file: "+err.Error(), "ファイルを読めません: "+err.Error())
	e.Err = err
	return e
}

func notRegular(rel string) *Error {
	return newError(rel, 0, 0, CodeIO, "not a regular file", "通常のファイルではありません（フォルダ、名前付きパイプなどは読めません）")
}

func sizeString(n int64) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d bytes", n)
}

// offsetPos returns the 1-based line and column (in characters) of byte
// offset i in data.
func offsetPos(data []byte, i int) (line, col int) {
	line = 1 + bytes.Count(data[:i], []byte("\n"))
	start := bytes.LastIndexByte(data[:i], '\n') + 1
	return line, 1 + utf8.RuneCount(data[start:i])
}

// parse parses data as exactly one YAML document and returns its root node.
func parse(file string, data []byte) (*yaml.Node, *Error) {
	doc, err := parseDoc(file, data)
	if err != nil {
		return nil, err
	}
	return doc.Content[0], nil
}

// parseDoc parses data as exactly one YAML document and returns the
// document node, which has exactly one child.
func parseDoc(file string, data []byte) (*yaml.Node, *Error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	doc := &yaml.Node{}
	if err := dec.Decode(doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, emptyFile(file)
		}
		return nil, syntaxError(file, data, err)
	}
	// Further documents are an error unless empty (a stray trailing "---").
	for {
		var more yaml.Node
		err := dec.Decode(&more)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, syntaxError(file, data, err)
		}
		if len(more.Content) == 0 || (isNull(more.Content[0]) && more.Content[0].Value == "") {
			continue
		}
		c := more.Content[0]
		return nil, newError(file, c.Line, c.Column, CodeMultipleDocuments,
			"a second YAML document (after ---): keep one entry per file",
			"2つ目の YAML ドキュメントがあります（--- の後）。1ファイルに1件にしてください")
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return nil, emptyFile(file)
	}
	return doc, nil
}

// emptyFile is the error of an empty file (or one of comments only). An
// empty register.yaml cannot be deleted as an empty entry can: without it
// the folder is no register.
func emptyFile(file string) *Error {
	if file == RegisterFile {
		return newError(file, 0, 0, CodeEmptyFile, "register.yaml is empty: write the organisation's name, sections and people (riskregister init DIR writes a commented example)",
			"register.yaml が空です。組織の名前・課・職員を書いてください（`riskregister init` で記入例のある register.yaml を作れます）")
	}
	return newError(file, 0, 0, CodeEmptyFile, "file is empty: fill in the entry or delete the file",
		"ファイルが空です。登録内容を書くか、ファイルを削除してください")
}

func newEntry(k riskassess.Kind) riskassess.Entry {
	switch k {
	case riskassess.KindContractor:
		return &riskassess.Contractor{}
	case riskassess.KindService:
		return &riskassess.Service{}
	case riskassess.KindSocial:
		return &riskassess.Social{}
	}
	panic("store: unknown kind " + string(k))
}

// decodeFile parses and decodes one file and runs the checks that need only
// this file. References to other files are returned in res.refs.
func decodeFile(j job, data []byte) result {
	root, perr := parse(j.rel, data)
	if perr != nil {
		return result{errs: []*Error{perr}}
	}
	d := &decoder{file: j.rel}
	var res result
	c := &checker{file: j.rel, root: root}
	if j.list {
		sn := &riskassess.ListSnapshot{}
		if root.Kind != yaml.MappingNode {
			d.wrongType(root, wantMapping)
		} else {
			d.decode(root, reflect.ValueOf(sn).Elem())
		}
		sn.Source = j.rel
		if !d.over {
			c.snapshot(sn, j.id)
		}
		res.snapshot = sn
	} else if j.kind == "" {
		if root.Kind != yaml.MappingNode {
			// No organisation: references are not checked against it.
			d.wrongType(root, wantMapping)
		} else {
			org := &riskassess.Organisation{}
			d.decode(root, reflect.ValueOf(org).Elem())
			if !d.over {
				c.org(org)
			}
			res.org = org
		}
	} else {
		e := newEntry(j.kind)
		if root.Kind != yaml.MappingNode {
			d.wrongType(root, wantMapping)
		} else {
			d.decode(root, reflect.ValueOf(e).Elem())
		}
		b := e.Base()
		b.ID, b.Source = j.id, j.rel
		if !d.over {
			c.entry(e)
		}
		res.entry = e
	}
	res.errs = append(d.errs, c.errs...)
	if len(res.errs) > maxErrors+1 {
		// The decoder and the checker each stop after maxErrors; the file
		// as a whole keeps maxErrors and one CodeTooMany error.
		errs := res.errs[:maxErrors:maxErrors]
		if errs[len(errs)-1].Code != CodeTooMany {
			next := res.errs[maxErrors]
			errs = append(errs, tooMany(j.rel, next.Line, next.Col))
		}
		res.errs = errs
	}
	fillPaths(root, res.errs)
	res.refs = c.refs
	return res
}

// fillPaths sets the field path of every error in errs that has a position
// but no path, from the YAML node at that position: the key or value whose
// path is deepest (an unknown key "sectoin" under owner at 3:3 is
// "owner.sectoin"). Aliases are not followed: a node is named by where it
// is written.
func fillPaths(root *yaml.Node, errs []*Error) {
	want := map[[2]int]string{}
	for _, e := range errs {
		if e.Path == "" && e.Line > 0 {
			want[[2]int{e.Line, e.Col}] = ""
		}
	}
	if len(want) == 0 {
		return
	}
	var walk func(n *yaml.Node, path p, depth int)
	mark := func(n *yaml.Node, path p) {
		k := [2]int{n.Line, n.Column}
		if _, ok := want[k]; ok && len(path) > 0 {
			want[k] = path.String()
		}
	}
	walk = func(n *yaml.Node, path p, depth int) {
		if n == nil || depth > maxDepth {
			return
		}
		mark(n, path)
		switch n.Kind {
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				k, v := n.Content[i], n.Content[i+1]
				sub := append(path[:len(path):len(path)], k.Value)
				mark(k, sub)
				walk(v, sub, depth+1)
			}
		case yaml.SequenceNode:
			for i, c := range n.Content {
				walk(c, append(path[:len(path):len(path)], i), depth+1)
			}
		}
	}
	walk(root, nil, 0)
	for _, e := range errs {
		if e.Path == "" && e.Line > 0 {
			e.Path = want[[2]int{e.Line, e.Col}]
		}
	}
}
