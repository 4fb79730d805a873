// Package filelock serialises processes that edit the same files: an
// exclusive advisory lock on a lock file (flock on unix, LockFileEx on
// Windows), taken with a bounded wait. The store (edits of a register) and
// sitegen (builds into one output folder) use it; it is internal because
// those adapters may not import each other.
//
// The lock belongs to the open file: it is released by Unlock, when the
// process exits or is killed, never left behind by a crash. The lock file
// itself stays in place (removing it would let a waiting process lock a
// file that a newcomer no longer sees).
package filelock

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// ErrBusy is returned (wrapped in a *BusyError) when the lock is still held
// by another process after the wait.
var ErrBusy = errors.New("locked by another process")

// BusyError says which lock file was busy, for how long Lock waited and,
// when known, the process that holds it.
type BusyError struct {
	Path   string
	Waited time.Duration
	// Holder is what the holder wrote into the lock file ("pid 1234"),
	// or "" when unknown.
	Holder string
}

func (e *BusyError) Error() string {
	s := fmt.Sprintf("%s: %v (waited %s)", e.Path, ErrBusy, e.Waited.Round(time.Millisecond))
	if e.Holder != "" {
		s += "; held by " + e.Holder
	}
	return s
}

func (e *BusyError) Unwrap() error { return ErrBusy }

// Lock is a held lock.
type Lock struct {
	f *os.File
}

// pollEvery is how often Lock tries again while another process holds the
// lock.
const pollEvery = 25 * time.Millisecond

// Acquire takes the exclusive lock on the file path (created with mode 0644
// when missing; its folder must exist). When another process holds it,
// Acquire calls waiting once (if not nil) with the holder's description and
// tries again until wait has passed; it then returns a *BusyError. wait 0
// means one try. Locks are per open file: a second Acquire of the same path
// in one process waits for the first to be released like another process
// would.
func Acquire(path string, wait time.Duration, waiting func(holder string)) (*Lock, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	told := false
	for {
		ok, err := tryLock(f)
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("lock %s: %w", path, err)
		}
		if ok {
			break
		}
		waited := time.Since(start)
		if waited >= wait {
			f.Close()
			return nil, &BusyError{Path: path, Waited: waited, Holder: holder(path)}
		}
		if !told && waiting != nil {
			told = true
			waiting(holder(path))
		}
		time.Sleep(min(pollEvery, wait-waited))
	}
	// Tell waiting processes who holds the lock. Best effort: the lock does
	// not depend on it.
	if err := f.Truncate(0); err == nil {
		f.WriteAt([]byte("pid "+strconv.Itoa(os.Getpid())+"\n"), 0)
	}
	return &Lock{f: f}, nil
}

// Unlock releases the lock. Calling it twice is an error.
func (l *Lock) Unlock() error {
	if l == nil || l.f == nil {
		return errors.New("filelock: unlock of a lock not held")
	}
	err := unlock(l.f)
	if cerr := l.f.Close(); err == nil {
		err = cerr
	}
	l.f = nil
	return err
}

// holder returns the first line the holder wrote into the lock file, or "".
func holder(path string) string {
	b, err := readSmall(path)
	if err != nil {
		return ""
	}
	s, _, _ := strings.Cut(string(b), "\n")
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "pid ") || len(s) > 20 {
		return ""
	}
	return s
}

func readSmall(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b := make([]byte, 64)
	n, err := f.Read(b)
	if n > 0 {
		return b[:n], nil
	}
	return nil, err
}
