package main

import (
	"bytes"
	"fmt"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/store"
)

// killCounts returns how many import and build processes the kill tests
// kill: ≥ 100 and ≥ 30 with RISKREGISTER_KILL_TEST=full, a smaller number
// otherwise (what .ci/run runs).
func killCounts() (imports, builds int) {
	if os.Getenv("RISKREGISTER_KILL_TEST") == "full" {
		return 120, 36
	}
	return 25, 8
}

// leftovers returns the names in dir that start with prefix and contain
// ".tmp-" or ".old-": what an interrupted write or build leaves behind.
func leftovers(t *testing.T, dir, prefix string) []string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range ents {
		if n := e.Name(); strings.HasPrefix(n, prefix) && (strings.Contains(n, ".tmp-") || strings.Contains(n, ".old-")) {
			out = append(out, n)
		}
	}
	return out
}

// timed runs cmd to completion and returns how long it took.
func timed(t *testing.T, args ...string) time.Duration {
	t.Helper()
	start := time.Now()
	if out, err := cliCommand(args...).CombinedOutput(); err != nil {
		t.Fatalf("%q: %v\n%s", args, err, out)
	}
	return time.Since(start)
}

// killAfter starts riskregister args, kills it (SIGKILL) after d unless it
// has finished, and reports whether it finished on its own with exit 0 and
// how long it ran.
func killAfter(t *testing.T, d time.Duration, args ...string) (finished bool, took time.Duration) {
	t.Helper()
	cmd := cliCommand(args...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		return err == nil, time.Since(start)
	case <-time.After(d):
		cmd.Process.Kill()
		<-done
		return false, time.Since(start)
	}
}

// TestKillImport kills import processes at random moments (up to 1.3 times
// the time of a whole import, as last measured: the machine's load
// changes) and checks after each kill that the entry
// file is whole (the register loads, no record is torn or doubled); when a
// kill left a temporary file, the next import must remove it and say so.
// Finally no temporary file is left.
func TestKillImport(t *testing.T) {
	if testing.Short() {
		t.Skip("kills processes")
	}
	n, _ := killCounts()
	dir := qWriteRegister(t)
	attempts := 3 * n
	files := filledVariants(t, dir, attempts+1)
	full := timed(t, "import", "--register", dir, "--as-of", "2026-04-15", files[attempts])
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 12))
	killed, finished, leftSeen, cleaned := 0, 0, 0, 0
	kdir := filepath.Join(dir, "contractors")
	for i := 0; i < attempts && killed < n; i++ {
		d := time.Duration(rng.Int64N(int64(full) * 13 / 10))
		if ok, took := killAfter(t, d, "import", "--register", dir, "--as-of", "2026-04-15", files[i]); ok {
			finished++
			full = (full + took) / 2 // a moving estimate
		} else {
			killed++
		}
		reg, err := store.Load(dir)
		if err != nil {
			t.Fatalf("kill %d after %s: the register does not load: %v", i, d, err)
		}
		recs := reg.Entry(riskassess.KindContractor, "acme").Base().Assessments
		seen := map[string]bool{}
		for _, r := range recs {
			if seen[r.SHA256] {
				t.Fatalf("kill %d: record %s twice", i, r.Source)
			}
			seen[r.SHA256] = true
		}
		if left := leftovers(t, kdir, ".acme.yaml"); len(left) > 0 {
			leftSeen++
			// The next import (not killed) removes them and says so.
			out, err := cliCommand("import", "--register", dir, "--as-of", "2026-04-15", files[i]).CombinedOutput()
			if err != nil {
				t.Fatalf("import after a kill: %v\n%s", err, out)
			}
			if l := leftovers(t, kdir, ".acme.yaml"); len(l) > 0 {
				t.Fatalf("the next import left %q", l)
			}
			if !strings.Contains(string(out), left[0]+": 中断された書き込みの一時ファイルを削除しました") {
				t.Errorf("the next import did not report removing %s:\n%s", left[0], out)
			}
			cleaned++
		}
	}
	timed(t, "import", "--register", dir, "--as-of", "2026-04-15", files[n-1])
	if l := leftovers(t, kdir, "."); len(l) > 0 {
		t.Errorf("left at the end: %q", l)
	}
	if killed < n {
		t.Errorf("only %d of %d imports killed (%d finished first)", killed, n, finished)
	}
	t.Logf("import kills: %d processes killed at random moments (%d more finished before their kill time), whole import about %s; %d kills left a temporary file, %d removed by the next import; 0 torn files",
		killed, finished, full.Round(time.Millisecond), leftSeen, cleaned)
}

// siteState checks the site at out: it exists, each page shows one and
// the same as-of date (a mix of two builds would show two), and it has
// exactly the files of a whole build as of that date (ref, by date). It
// returns that date.
func siteState(t *testing.T, out string, ref map[string][]string) string {
	dates := slices.Sorted(maps.Keys(ref))
	t.Helper()
	var got []string
	which := ""
	err := filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(out, p)
		got = append(got, filepath.ToSlash(rel))
		if !strings.HasSuffix(p, ".html") {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		shown := ""
		for _, date := range dates {
			if bytes.Contains(b, []byte(`class="asof">基準日: <time datetime="`+date+`"`)) {
				shown = date
			}
		}
		switch {
		case shown == "":
			return fmt.Errorf("%s shows none of the as-of dates %q", rel, dates)
		case which != "" && which != shown:
			return fmt.Errorf("%s shows as-of %s, other pages %s: a mixed site", rel, shown, which)
		}
		which = shown
		return nil
	})
	if err != nil {
		t.Fatalf("site %s: %v", out, err)
	}
	slices.Sort(got)
	if want := ref[which]; !slices.Equal(got, want) {
		t.Fatalf("site %s has %d files, want the %d of a whole build as of %s", out, len(got), len(want), which)
	}
	return which
}

// siteFiles builds the example as of each date into a new folder and
// returns the sorted file lists by date.
func siteFiles(t *testing.T, dates ...string) map[string][]string {
	t.Helper()
	ref := map[string][]string{}
	for _, d := range dates {
		ref[d] = siteFilesOf(t, d)
	}
	return ref
}

func siteFilesOf(t *testing.T, asOf string) []string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "ref")
	if code, _, stderr := execCLI(t, "build", "--register", exampleRegister, "-o", out, "--as-of", asOf); code != 0 {
		t.Fatal(stderr)
	}
	var files []string
	filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(out, p)
			files = append(files, filepath.ToSlash(rel))
		}
		return err
	})
	slices.Sort(files)
	return files
}

// TestKillBuild kills build processes at random moments (up to 1.3 times
// a whole build, as last measured) and checks after each kill that the output folder holds a
// whole site of one build; when a kill left a stage or backup folder, the
// next build must remove it and say so. Finally nothing is left.
func TestKillBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("kills processes")
	}
	needExample(t)
	_, n := killCounts()
	dates := []string{"2026-11-01", "2026-11-02", "2026-11-03", "2026-11-04"}
	ref := siteFiles(t, dates...)
	parent := t.TempDir()
	out := filepath.Join(parent, "site")
	timed(t, "build", "--register", exampleRegister, "-o", out, "--as-of", dates[0])
	full := timed(t, "build", "--register", exampleRegister, "-o", out, "--as-of", dates[1]) // warm
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 13))
	killed, finished, leftSeen, cleaned, changed := 0, 0, 0, 0, 0
	last := dates[1]
	for i := 0; i < 3*n && killed < n; i++ {
		d := time.Duration(rng.Int64N(int64(full) * 13 / 10))
		if ok, took := killAfter(t, d, "build", "--register", exampleRegister, "-o", out, "--as-of", dates[i%len(dates)]); ok {
			finished++
			full = (full + took) / 2 // a moving estimate
		} else {
			killed++
		}
		if now := siteState(t, out, ref); now != last {
			changed++
			last = now
		}
		if left := leftovers(t, parent, ".site"); len(left) > 0 {
			leftSeen++
			_, stdout, stderr := execCLI(t, "build", "--register", exampleRegister, "-o", out, "--as-of", last)
			if l := leftovers(t, parent, ".site"); len(l) > 0 {
				t.Fatalf("the next build left %q\n%s%s", l, stdout, stderr)
			}
			if !strings.Contains(stderr, "中断された以前の build の後始末: removed "+left[0]) {
				t.Errorf("the next build did not report removing %s:\n%s", left[0], stderr)
			}
			cleaned++
		}
	}
	timed(t, "build", "--register", exampleRegister, "-o", out, "--as-of", dates[0])
	siteState(t, out, ref)
	if l := leftovers(t, parent, "."); len(l) > 0 {
		t.Errorf("left at the end: %q", l)
	}
	if killed < n {
		t.Errorf("only %d of %d builds killed (%d finished first)", killed, n, finished)
	}
	t.Logf("build kills: %d processes killed at random moments (%d more finished before their kill time; the site changed %d times), whole build about %s; %d kills left a folder, %d removed by the next build; 0 missing or mixed sites",
		killed, finished, changed, full.Round(time.Millisecond), leftSeen, cleaned)
}

// TestConcurrentBuildsOneFolder starts builds of different as-of dates into
// one folder at once: all succeed and the site is always one whole build,
// never a mix (issue 12: 9 of 402 runs mixed two builds).
func TestConcurrentBuildsOneFolder(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	needExample(t)
	dates := []string{"2026-11-01", "2026-11-02", "2026-11-03", "2026-11-04"}
	ref := siteFiles(t, dates...)
	parent := t.TempDir()
	out := filepath.Join(parent, "site")
	const rounds = 3
	for r := range rounds {
		var wg sync.WaitGroup
		outs := make([]bytes.Buffer, len(dates))
		errs := make([]error, len(dates))
		for i, d := range dates {
			cmd := cliCommand("build", "--register", exampleRegister, "-o", out, "--as-of", d)
			cmd.Stdout, cmd.Stderr = &outs[i], &outs[i]
			wg.Add(1)
			go func() { defer wg.Done(); errs[i] = cmd.Run() }()
		}
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Errorf("round %d build %s: %v\n%s", r, dates[i], err, outs[i].String())
			}
		}
		siteState(t, out, ref)
		if l := leftovers(t, parent, "."); len(l) > 0 {
			t.Errorf("round %d left %q", r, l)
		}
	}
	t.Logf("%d builds (%d rounds of %d at once) into one folder: every site whole and of one build", rounds*len(dates), rounds, len(dates))
}
