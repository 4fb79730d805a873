package filelock

import (
	"bufio"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestMain lets the test binary act as a lock holder in another process:
// with FILELOCK_HOLD=path it takes the lock, prints "locked" and holds it
// until its stdin closes (or it is killed).
func TestMain(m *testing.M) {
	if p := os.Getenv("FILELOCK_HOLD"); p != "" {
		l, err := Acquire(p, 10*time.Second, nil)
		if err != nil {
			os.Stdout.WriteString("error " + err.Error() + "\n")
			os.Exit(1)
		}
		os.Stdout.WriteString("locked\n")
		bufio.NewReader(os.Stdin).ReadString('\n')
		l.Unlock()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// holdIn starts a process holding the lock on path; release ends it
// cleanly, kill kills it.
func holdIn(t *testing.T, path string) (cmd *exec.Cmd, release func()) {
	t.Helper()
	cmd = exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "FILELOCK_HOLD="+path)
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, _ := bufio.NewReader(stdout).ReadString('\n')
	if line != "locked\n" {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("holder: %q", line)
	}
	t.Cleanup(func() { stdin.Close(); cmd.Wait() })
	return cmd, func() { stdin.Close(); cmd.Wait() }
}

func TestAcquireWaitsForAnotherProcess(t *testing.T) {
	path := filepath.Join(t.TempDir(), ".lock")
	holder, release := holdIn(t, path)

	// Busy: a short wait ends with a BusyError naming the holder's pid.
	waited := ""
	_, err := Acquire(path, 100*time.Millisecond, func(h string) { waited = h })
	var be *BusyError
	if !errors.As(err, &be) || !errors.Is(err, ErrBusy) {
		t.Fatalf("Acquire on a held lock: %v, want a BusyError", err)
	}
	want := "pid " + strconv.Itoa(holder.Process.Pid)
	if be.Holder != want || waited != want || !strings.Contains(err.Error(), want) {
		t.Errorf("holder %q, waiting told %q, error %q; want %q", be.Holder, waited, err, want)
	}
	if be.Waited < 100*time.Millisecond {
		t.Errorf("gave up after %s, before the wait of 100ms", be.Waited)
	}

	// Released while we wait: Acquire succeeds.
	go func() { time.Sleep(150 * time.Millisecond); release() }()
	l, err := Acquire(path, 10*time.Second, nil)
	if err != nil {
		t.Fatalf("Acquire after the holder released: %v", err)
	}
	if err := l.Unlock(); err != nil {
		t.Fatal(err)
	}
	if err := l.Unlock(); err == nil {
		t.Error("a second Unlock succeeded")
	}
}

// TestKilledHolderReleases: a holder killed with SIGKILL leaves no stale
// lock behind.
func TestKilledHolderReleases(t *testing.T) {
	path := filepath.Join(t.TempDir(), ".lock")
	holder, _ := holdIn(t, path)
	if err := holder.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	holder.Wait()
	l, err := Acquire(path, 5*time.Second, nil)
	if err != nil {
		t.Fatalf("lock of a killed holder still held: %v", err)
	}
	l.Unlock()
}

// TestSameProcessTwice: a second Acquire in the same process is not
// granted while the first is held.
func TestSameProcessTwice(t *testing.T) {
	path := filepath.Join(t.TempDir(), ".lock")
	l, err := Acquire(path, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Acquire(path, 50*time.Millisecond, nil); !errors.Is(err, ErrBusy) {
		t.Errorf("second Acquire: %v, want ErrBusy", err)
	}
	l.Unlock()
	l2, err := Acquire(path, 0, nil)
	if err != nil {
		t.Fatalf("Acquire after Unlock: %v", err)
	}
	l2.Unlock()
}

func TestAcquireMissingFolder(t *testing.T) {
	if _, err := Acquire(filepath.Join(t.TempDir(), "no", ".lock"), 0, nil); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("got %v, want ErrNotExist", err)
	}
}
