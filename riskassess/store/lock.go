package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"sync"
	"time"

	"github.com/gikai-sec/riskregister/internal/filelock"
	"github.com/gikai-sec/riskregister/riskassess"
)

// LockFile is the name of the edit lock file in a register folder. It is a
// hidden file, so Load ignores it; it may be listed in the register's
// .gitignore. It stays in place after the lock is released.
const LockFile = ".riskregister.lock"

// DefaultLockWait is how long AppendAssessment waits for the edit lock when
// the calling process does not hold it already.
const DefaultLockWait = 30 * time.Second

// RegisterLock is the held edit lock of a register folder; see Lock.
type RegisterLock struct {
	root string
	l    *filelock.Lock
	// Removed lists the temporary files of interrupted writes that Lock
	// removed (slash paths relative to the register folder, sorted).
	Removed []string
}

// held counts the register folders (by absolute path) whose lock this
// process holds, so that AppendAssessment does not wait for its own caller.
var (
	heldMu sync.Mutex
	held   = map[string]bool{}
)

// leftoverName matches the temporary files of WriteFileAtomic for YAML
// files (".acme.yaml.tmp-123456").
var leftoverName = regexp.MustCompile(`^\..+\.ya?ml\.tmp-[0-9]+$`)

// Lock takes the edit lock of the register folder dir: an exclusive lock on
// dir/LockFile (flock on unix, LockFileEx on Windows), so that commands
// editing the register one after the other in separate processes each see
// the other's changes and none is lost. When another process holds the
// lock, Lock calls waiting once (if not nil) with a description of the
// holder ("pid 1234", or "") and tries again until wait has passed; then it
// returns an *Error with CodeLocked. A process killed while holding the lock
// releases it: no stale lock is left.
//
// Holding the lock, Lock removes the temporary files that writes
// interrupted by a crash or a kill left in the register folder and its kind
// folders (".ID.yaml.tmp-*": no writer can be running, since every writer
// holds the lock) and lists them in Removed.
//
// Lock is for one edit at a time per process: a second Lock of the same
// folder in the same process waits like another process would. While this
// process holds the lock, AppendAssessment relies on it instead of locking
// itself. Errors: *Error with CodeLocked (busy) or CodeIO (the folder is
// missing or read-only).
func Lock(dir string, wait time.Duration, waiting func(holder string)) (*RegisterLock, error) {
	root, err := absRoot(dir)
	if err != nil {
		e := newError(".", 0, 0, CodeIO, "cannot open the register folder: "+err.Error(), "台帳フォルダを開けません: "+err.Error())
		e.Err = err
		return nil, e
	}
	l, err := filelock.Acquire(filepath.Join(root, LockFile), wait, waiting)
	if err != nil {
		var be *filelock.BusyError
		if errors.As(err, &be) {
			who, whoJa := "", ""
			if be.Holder != "" {
				who, whoJa = " ("+be.Holder+")", "（"+be.Holder+"）"
			}
			e := newError(LockFile, 0, 0, CodeLocked,
				fmt.Sprintf("another riskregister command%s is editing the register; waited %s. Try again when it has finished", who, be.Waited.Round(time.Second)),
				fmt.Sprintf("別の riskregister のコマンド%sが台帳を編集中です（%s 待ちました）。終わってからもう一度実行してください", whoJa, be.Waited.Round(time.Second)))
			e.Err = err
			return nil, e
		}
		e := newError(LockFile, 0, 0, CodeIO, "cannot lock the register for editing: "+err.Error(),
			"台帳を編集のためにロックできません: "+err.Error())
		e.Err = err
		return nil, e
	}
	heldMu.Lock()
	held[root] = true
	heldMu.Unlock()
	rl := &RegisterLock{root: root, l: l}
	rl.Removed = removeLeftovers(root)
	return rl, nil
}

// Unlock releases the lock.
func (l *RegisterLock) Unlock() error {
	heldMu.Lock()
	delete(held, l.root)
	heldMu.Unlock()
	return l.l.Unlock()
}

// holds reports whether this process holds the lock of the register folder
// root (an absolute path, as absRoot returns).
func holds(root string) bool {
	heldMu.Lock()
	defer heldMu.Unlock()
	return held[root]
}

// removeLeftovers removes the temporary files of interrupted writes in root
// and its kind folders and returns their slash paths, sorted.
func removeLeftovers(root string) []string {
	var removed []string
	dirs := []string{"."}
	for _, k := range riskassess.Kinds() {
		dirs = append(dirs, k.Dir())
	}
	for _, d := range dirs {
		ents, err := os.ReadDir(filepath.Join(root, d))
		if err != nil {
			continue
		}
		for _, ent := range ents {
			if !ent.Type().IsRegular() || !leftoverName.MatchString(ent.Name()) {
				continue
			}
			if os.Remove(filepath.Join(root, d, ent.Name())) == nil {
				removed = append(removed, filepath.ToSlash(filepath.Join(d, ent.Name())))
			}
		}
	}
	sort.Strings(removed)
	return removed
}
