package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/store"
	"github.com/xuri/excelize/v2"
)

// TestMain lets the test binary run the command line in a process of its
// own: with RISKREGISTER_TEST_MAIN=1 it is riskregister (the re-exec
// pattern of the concurrency and kill tests; no binary needs building).
//
// With RISKREGISTER_TEST_RUSAGE=1 it runs the command line in a child of
// its own and prints the child's peak RSS and CPU time (measuredRun).
func TestMain(m *testing.M) {
	if os.Getenv("RISKREGISTER_TEST_MAIN") == "1" {
		os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
	}
	if os.Getenv("RISKREGISTER_TEST_RUSAGE") == "1" {
		os.Exit(reportUsage(os.Args[1:]))
	}
	os.Exit(m.Run())
}

// cliCommand returns the command that runs riskregister args in a new
// process (the test binary, see TestMain).
func cliCommand(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "RISKREGISTER_TEST_MAIN=1")
	return cmd
}

// filledVariants writes n filled questionnaires for the contractor acme of
// the register dir that differ in the respondent's name (so each has its
// own SHA-256 and is recorded, not skipped as a copy) and returns their
// paths.
func filledVariants(t *testing.T, dir string, n int) []string {
	t.Helper()
	base := filepath.Join(t.TempDir(), "acme.xlsx")
	if code, _, stderr := execCLI(t, "questionnaire", "--as-of", "2026-04-01", "--register", dir, "--kind", "contractor", "--entry", "acme", "-o", base); code != 0 {
		t.Fatal(stderr)
	}
	qFill(t, base, contractorQuestions(t))
	f, err := excelize.OpenFile(base)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cover, _ := f.GetRows("表紙")
	cell := ""
	for i, r := range cover {
		if len(r) > 0 && strings.HasPrefix(r[0], "回答者") {
			cell = "B" + strconv.Itoa(i+1)
		}
	}
	if cell == "" {
		t.Fatal("the cover has no 回答者 row")
	}
	paths := make([]string, n)
	out := t.TempDir()
	for i := range paths {
		f.SetCellStr("表紙", cell, "担当者"+strconv.Itoa(i))
		paths[i] = filepath.Join(out, "acme-"+strconv.Itoa(i)+".xlsx")
		if err := f.SaveAs(paths[i]); err != nil {
			t.Fatal(err)
		}
	}
	return paths
}

// TestConcurrentImportsLoseNothing: ten import processes started at once,
// each recording its own workbook into the same entry, all succeed and all
// ten records survive (issue 12, lost updates). Three rounds.
func TestConcurrentImportsLoseNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("starts 30 processes")
	}
	dir := qWriteRegister(t)
	const procs, rounds = 10, 3
	paths := filledVariants(t, dir, procs*rounds)
	waited := 0
	for r := range rounds {
		var wg sync.WaitGroup
		outs := make([]bytes.Buffer, procs)
		errs := make([]error, procs)
		start := make(chan struct{})
		for i := range procs {
			cmd := cliCommand("import", "--register", dir, "--as-of", "2026-04-15", paths[r*procs+i])
			cmd.Stdout, cmd.Stderr = &outs[i], &outs[i]
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				errs[i] = cmd.Run()
			}()
		}
		close(start)
		wg.Wait()
		for i, err := range errs {
			if err != nil || !strings.Contains(outs[i].String(), "記録しました") {
				t.Errorf("round %d process %d: %v\n%s", r, i, err, outs[i].String())
			}
			if strings.Contains(outs[i].String(), "待ちます") {
				waited++
			}
		}
	}
	reg, err := store.Load(dir)
	if err != nil {
		t.Fatalf("register does not load: %v", err)
	}
	recs := reg.Entry(riskassess.KindContractor, "acme").Base().Assessments
	got := map[string]bool{}
	for _, rec := range recs {
		got[rec.Source] = true
	}
	for _, p := range paths {
		if !got[filepath.Base(p)] {
			t.Errorf("record of %s lost", filepath.Base(p))
		}
	}
	if len(recs) != procs*rounds {
		t.Errorf("%d records, want %d", len(recs), procs*rounds)
	}
	t.Logf("%d import processes (%d rounds of %d at once): %d records kept, %d processes waited for the lock",
		procs*rounds, rounds, procs, len(recs), waited)
}
