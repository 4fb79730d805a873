package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestBuildKeepsSiteOnMidPageWriteError: when the disk refuses a write in
// the middle of a file (the first page beyond a 120 KiB file-size limit,
// set with the shell's ulimit -f on a build in a process of its own; the
// first full build wrote register.json and requirements.html beyond it),
// build exits 1 naming the file in the output folder, where the user will
// look for it (not in the stage, which is removed), the site already in
// the output folder is left file for file as it was, and no stage folder
// is left beside it.
func TestBuildKeepsSiteOnMidPageWriteError(t *testing.T) {
	needExample(t)
	if runtime.GOOS != "linux" {
		t.Skip("ulimit -f and SIGXFSZ as on Linux")
	}
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh")
	}
	dir := copyExample(t)
	parent := t.TempDir()
	out := filepath.Join(parent, "public")
	build := func(limit bool) (int, string) {
		t.Helper()
		args := []string{"build", "--register", dir, "-o", out, "--as-of", "2026-11-27"}
		cmd := cliCommand(args...)
		if limit {
			cmd = exec.Command(sh, append([]string{"-c", `ulimit -f 120 && exec "$0" "$@"`, os.Args[0]}, args...)...)
			cmd.Env = append(os.Environ(), "RISKREGISTER_TEST_MAIN=1")
		}
		b, err := cmd.CombinedOutput()
		if ee, ok := err.(*exec.ExitError); ok {
			return ee.ExitCode(), string(b)
		} else if err != nil {
			t.Fatal(err)
		}
		return 0, string(b)
	}
	if code, msg := build(false); code != 0 {
		t.Fatalf("first build: exit %d: %s", code, msg)
	}
	before := readFiles(t, out)
	if len(before["downloads/register.json"]) <= 120<<10 {
		t.Fatalf("register.json is %d bytes: not beyond the limit the test sets", len(before["downloads/register.json"]))
	}
	// An edit that changes register.json, so that it is written again.
	edit(t, dir, "social/x-chofu-gikai.yaml", "\nmfa: true\n", "\nmfa: false\n")
	code, msg := build(true)
	if code != 1 {
		t.Fatalf("build beyond the file-size limit: exit %d, want 1: %s", code, msg)
	}
	if !strings.Contains(msg, out+string(filepath.Separator)) || !strings.Contains(msg, "file too large") || strings.Contains(msg, ".tmp-") {
		t.Errorf("the error does not name a file of %s and its cause:\n%s", out, msg)
	}
	if diff := cmp.Diff(before, readFiles(t, out)); diff != "" {
		t.Errorf("the site in the output folder changed (-before +after):\n%s", diff)
	}
	ents, err := os.ReadDir(parent)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		if e.Name() != "public" && !strings.HasSuffix(e.Name(), ".lock") {
			t.Errorf("left beside the output folder: %s", e.Name())
		}
	}
}
