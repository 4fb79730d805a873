package sitegen

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/internal/filelock"
	"github.com/google/go-cmp/cmp"
)

// plantSite writes a folder that looks like a finished site (marker and a
// page) at dir.
func plantSite(t *testing.T, dir, page string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string]string{markerFile: "", "index.html": page} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestBuildRemovesLeftovers: stages and backups left by killed builds are
// removed by the next build and reported.
func TestBuildRemovesLeftovers(t *testing.T) {
	parent := t.TempDir()
	out := filepath.Join(parent, "out")
	plantSite(t, out, "old")
	plantSite(t, filepath.Join(parent, ".out.tmp-111"), "half")
	plantSite(t, filepath.Join(parent, ".out.old-222"), "older")
	plantSite(t, filepath.Join(parent, ".other.tmp-333"), "not ours")
	reg := loadTxtar(t, testRegister)
	rep, err := Build(context.Background(), reg, nil, Options{OutDir: out, AsOf: testAsOf})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"removed .out.old-222", "removed .out.tmp-111"}, rep.Recovered); diff != "" {
		t.Errorf("Recovered (-want +got):\n%s", diff)
	}
	if _, err := os.Stat(filepath.Join(parent, ".other.tmp-333")); err != nil {
		t.Errorf("the leftover of another output folder was touched: %v", err)
	}
	os.RemoveAll(filepath.Join(parent, ".other.tmp-333"))
	assertNoLeftovers(t, parent, "out")
}

// TestBuildRestoresSiteOfKilledCommit: a build killed between the two
// renames of the fallback commit leaves no output folder but a backup; the
// next build puts the old site back first, so even when that build fails
// the old site is there again.
func TestBuildRestoresSiteOfKilledCommit(t *testing.T) {
	parent := t.TempDir()
	out := filepath.Join(parent, "out")
	plantSite(t, filepath.Join(parent, ".out.old-222"), "the old site")
	plantSite(t, filepath.Join(parent, ".out.tmp-111"), "a stage, complete but never committed")
	reg := loadTxtar(t, testRegister)
	testHookPage = func(string) error { return errors.New("boom") }
	rep, err := Build(context.Background(), reg, nil, Options{OutDir: out, AsOf: testAsOf})
	testHookPage = nil
	if err == nil || rep != nil {
		t.Fatalf("Build with a failing page: %v", err)
	}
	b, err := os.ReadFile(filepath.Join(out, "index.html"))
	if err != nil || string(b) != "the old site" {
		t.Errorf("output folder holds %q (%v), want the old site restored", b, err)
	}
	assertNoLeftovers(t, parent, "out")

	rep, err = Build(context.Background(), reg, nil, Options{OutDir: out, AsOf: testAsOf})
	if err != nil || len(rep.Recovered) != 0 {
		t.Fatalf("next build: %v, recovered %q", err, rep.Recovered)
	}
	if b, _ := os.ReadFile(filepath.Join(out, "index.html")); string(b) == "the old site" {
		t.Error("the site was not replaced")
	}
}

// TestBuildWaitsForOtherBuild: while another build holds the lock of the
// output folder, Build waits and then fails with filelock.ErrBusy, leaving
// the site as it was; once the lock is free it builds.
func TestBuildWaitsForOtherBuild(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	reg := loadTxtar(t, testRegister)
	if _, err := Build(context.Background(), reg, nil, Options{OutDir: out, AsOf: testAsOf}); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, out)
	l, err := filelock.Acquire(filepath.Join(filepath.Dir(out), ".out.lock"), 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	told := false
	reg.Contractors[0].Name.Ja = "変えた"
	_, err = Build(context.Background(), reg, nil, Options{OutDir: out, AsOf: testAsOf, LockWait: 100 * time.Millisecond,
		Waiting: func(string) { told = true }})
	if !errors.Is(err, filelock.ErrBusy) || !told {
		t.Errorf("Build while locked: %v (told %v), want ErrBusy after a wait", err, told)
	}
	if d := cmp.Diff(before, snapshot(t, out)); d != "" {
		t.Errorf("site changed while locked:\n%s", d)
	}
	go func() { time.Sleep(100 * time.Millisecond); l.Unlock() }()
	if _, err := Build(context.Background(), reg, nil, Options{OutDir: out, AsOf: testAsOf, LockWait: 10 * time.Second}); err != nil {
		t.Fatalf("Build after the other finished: %v", err)
	}
}

// TestCommitExchange: the commit leaves the output folder in place at every
// moment where the system can exchange folders: the new site replaces the
// old one, and no backup folder is made.
func TestCommitExchange(t *testing.T) {
	parent := t.TempDir()
	a, b := filepath.Join(parent, "a"), filepath.Join(parent, "b")
	plantSite(t, a, "A")
	plantSite(t, b, "B")
	err := exchange(a, b)
	if errors.Is(err, errNoExchange) {
		t.Skip("no atomic exchange on this system; the fallback is tested by TestBuildRestoresSiteOfKilledCommit")
	}
	if err != nil {
		t.Fatal(err)
	}
	for dir, want := range map[string]string{a: "B", b: "A"} {
		if got, _ := os.ReadFile(filepath.Join(dir, "index.html")); string(got) != want {
			t.Errorf("%s holds %q, want %q", dir, got, want)
		}
	}
	// A build over an old site commits by the exchange, never by the two
	// renames that leave a moment without the output folder.
	out := filepath.Join(parent, "out")
	plantSite(t, out, "old")
	testHookFallback = func() { t.Error("commit fell back to two renames") }
	defer func() { testHookFallback = nil }()
	reg := loadTxtar(t, testRegister)
	if _, err := Build(context.Background(), reg, nil, Options{OutDir: out, AsOf: testAsOf}); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(filepath.Join(out, "index.html")); string(got) == "old" {
		t.Error("the old site is still there")
	}
	os.RemoveAll(a)
	os.RemoveAll(b)
	assertNoLeftovers(t, parent, "out")
}

// TestConcurrentBuildsSerialised: a second build into the same folder
// started while the first is rendering does not run until the first has
// committed; the result is the whole site of the second build.
func TestConcurrentBuildsSerialised(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	reg := loadTxtar(t, testRegister)
	if _, err := Build(context.Background(), reg, nil, Options{OutDir: out, AsOf: testAsOf}); err != nil {
		t.Fatal(err)
	}
	var first atomic.Bool
	entered, release := make(chan struct{}), make(chan struct{})
	testHookPage = func(p string) error {
		if p == "index.html" && first.CompareAndSwap(false, true) {
			close(entered)
			<-release
		}
		return nil
	}
	defer func() { testHookPage = nil }()
	later := testAsOf.AddDays(1)
	errA, errB := make(chan error, 1), make(chan error, 1)
	go func() {
		_, err := Build(context.Background(), reg, nil, Options{OutDir: out, AsOf: testAsOf})
		errA <- err
	}()
	<-entered
	go func() {
		_, err := Build(context.Background(), reg, nil, Options{OutDir: out, AsOf: later})
		errB <- err
	}()
	select {
	case err := <-errB:
		t.Errorf("the second build finished (%v) while the first was still rendering", err)
		close(release)
		<-errA
		return
	case <-time.After(300 * time.Millisecond):
	}
	close(release)
	if err := <-errA; err != nil {
		t.Fatal(err)
	}
	if err := <-errB; err != nil {
		t.Fatal(err)
	}
	ref := filepath.Join(t.TempDir(), "ref")
	if _, err := Build(context.Background(), reg, nil, Options{OutDir: ref, AsOf: later}); err != nil {
		t.Fatal(err)
	}
	want := readTree(t, ref)
	if d := cmp.Diff(want, readTree(t, out)); d != "" {
		t.Errorf("the site is not the second build's (-want +got):\n%s", d)
	}
	assertNoLeftovers(t, filepath.Dir(out), "out")
}

// TestStagedFile: a streamed file equal to the old site's is hard-linked
// (counted unchanged, mtime kept); one that differs anywhere, is shorter
// or longer, or has no old file is written with exactly its bytes.
func TestStagedFile(t *testing.T) {
	old := "0123456789abcdefghij"
	for _, tc := range []struct {
		name   string
		old    *string
		chunks []string
		linked bool
	}{
		{"equal", &old, []string{"0123", "456789abcdef", "ghij"}, true},
		{"equal one write", &old, []string{old}, true},
		{"differs first byte", &old, []string{"X123456789abcdefghij"}, false},
		{"differs in second chunk", &old, []string{"0123456789", "abXdefghij"}, false},
		{"differs in third chunk", &old, []string{"0123", "456789", "abcdefghiX"}, false},
		{"shorter", &old, []string{"0123456789", "abc"}, false},
		{"longer", &old, []string{"0123456789abcdefghij", "klm"}, false},
		{"empty", &old, nil, false},
		{"no old file", nil, []string{"0123", "4567"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			parent := t.TempDir()
			out := filepath.Join(parent, "out")
			if err := os.MkdirAll(out, 0o755); err != nil {
				t.Fatal(err)
			}
			mtime := time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC)
			if tc.old != nil {
				p := filepath.Join(out, "f.json")
				if err := os.WriteFile(p, []byte(*tc.old), 0o644); err != nil {
					t.Fatal(err)
				}
				if err := os.Chtimes(p, mtime, mtime); err != nil {
					t.Fatal(err)
				}
			}
			st, err := newStage(out)
			if err != nil {
				t.Fatal(err)
			}
			defer st.discard()
			f, err := st.create("f.json")
			if err != nil {
				t.Fatal(err)
			}
			want := ""
			for _, c := range tc.chunks {
				if _, err := f.Write([]byte(c)); err != nil {
					t.Fatal(err)
				}
				want += c
			}
			if err := f.Close(); err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(filepath.Join(st.tmp, "f.json"))
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != want {
				t.Errorf("staged %q, want %q", got, want)
			}
			if f.n != int64(len(want)) {
				t.Errorf("n = %d, want %d", f.n, len(want))
			}
			fi, err := os.Stat(filepath.Join(st.tmp, "f.json"))
			if err != nil {
				t.Fatal(err)
			}
			if linked := fi.ModTime().Equal(mtime); linked != tc.linked || (st.unchanged.Load() == 1) != tc.linked {
				t.Errorf("linked %v (unchanged %d), want %v", linked, st.unchanged.Load(), tc.linked)
			}
		})
	}
}

// TestStageNamesOutputPaths: a file error inside the stage names the file
// where the user will look for it, in the output folder (the stage is
// removed when the build fails); other errors are kept as they are.
func TestStageNamesOutputPaths(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	st, err := newStage(out)
	if err != nil {
		t.Fatal(err)
	}
	defer st.discard()
	tooLarge := errors.New("file too large")
	inStage := &fs.PathError{Op: "write", Path: filepath.Join(st.tmp, "downloads", "register.json"), Err: tooLarge}
	elsewhere := &fs.PathError{Op: "open", Path: filepath.Join(out, "..", "x"), Err: fs.ErrNotExist}
	other := errors.New("render failed")
	for _, tc := range []struct {
		in   error
		want string
	}{
		{inStage, "write " + filepath.Join(out, "downloads", "register.json") + ": file too large"},
		{elsewhere, elsewhere.Error()},
		{other, "render failed"},
	} {
		got := st.named(tc.in)
		if got.Error() != tc.want {
			t.Errorf("named(%v) = %q, want %q", tc.in, got, tc.want)
		}
		if !errors.Is(got, errors.Unwrap(tc.in)) && errors.Unwrap(tc.in) != nil {
			t.Errorf("named(%v) lost the cause", tc.in)
		}
	}
}
