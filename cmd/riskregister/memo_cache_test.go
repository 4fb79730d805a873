package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/internal/entrycache"
)

// TestMemoRefillsALostCache: serve's loads take unchanged entries from
// its memo; when the entry cache lost their values meanwhile (its folder
// deleted while serve runs), the next load decodes them again and stores
// them, so that the cache saved after an edit holds the whole register
// and the next command parses nothing.
func TestMemoRefillsALostCache(t *testing.T) {
	needExample(t)
	dir := copyExample(t)
	a := &app{lang: "en", stdout: io.Discard, stderr: io.Discard, memo: &assessMemo{}, entries: &entryMemo{}}
	if _, _, err := a.loadRegister(dir); err != nil {
		t.Fatal(err)
	}
	if err := os.RemoveAll(filepath.Join(dir, entrycache.Folder)); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "contractors", "chofu-keibi.yaml")
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(strings.Replace(string(b), "\nname:", "\n# edited\nname:", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := a.loadRegister(dir); err != nil {
		t.Fatal(err)
	}
	a.dropCache()
	c := &app{lang: "en", stdout: io.Discard, stderr: io.Discard}
	reg, _, err := c.loadRegister(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer c.dropCache()
	if hits, _ := c.cache.Stats(); hits != len(reg.Entries()) {
		t.Errorf("after the cache was deleted under serve: %d entries from the cache, want all %d", hits, len(reg.Entries()))
	}
}

// TestCommandsCloseTheSpillFile: a command that filled the entry cache
// (validate, build on a register never loaded) lets go of the cache's
// spill file when it ends, and a load in the same process closes the one
// of the load before: no open file of the process is a spill file
// (Linux, where /proc lists them).
func TestCommandsCloseTheSpillFile(t *testing.T) {
	needExample(t)
	if _, err := os.Stat("/proc/self/fd"); err != nil {
		t.Skip("no /proc/self/fd on this system")
	}
	spills := func() []string {
		fds, err := os.ReadDir("/proc/self/fd")
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, fd := range fds {
			if l, err := os.Readlink(filepath.Join("/proc/self/fd", fd.Name())); err == nil && strings.Contains(l, ".entries-spill-") {
				out = append(out, l)
			}
		}
		return out
	}
	for _, args := range [][]string{
		{"validate"},
		{"build", "-o", filepath.Join(t.TempDir(), "site"), "--as-of", "2026-11-27"},
	} {
		dir := copyExample(t)
		if code, _, stderr := execCLI(t, append(args, "--register", dir)...); code != 0 {
			t.Fatalf("%s: exit %d: %s", args[0], code, stderr)
		}
		if s := spills(); len(s) > 0 {
			t.Errorf("%s: spill files still open: %v", args[0], s)
		}
	}
	a := &app{lang: "en", stdout: io.Discard, stderr: io.Discard}
	for range 3 {
		if _, _, err := a.loadRegister(copyExample(t)); err != nil {
			t.Fatal(err)
		}
	}
	if s := spills(); len(s) != 1 {
		t.Errorf("after three loads in one process: %d spill files open, want the last load's only: %v", len(s), s)
	}
	a.dropCache()
	if s := spills(); len(s) > 0 {
		t.Errorf("after dropCache: spill files still open: %v", s)
	}
}

// TestRetainCache: only the commands that keep the entry cache until
// they end (validate, assess, check) let the loaded entries keep their
// strings in its values; build (which lets the cache go before it
// renders) and serve (whose memo keeps entries from load to load) do not.
func TestRetainCache(t *testing.T) {
	needExample(t)
	for _, c := range []struct {
		args []string
		want bool
	}{
		{[]string{"validate"}, true},
		{[]string{"assess"}, true},
		{[]string{"check", "--fail-on", "overdue"}, true},
		{[]string{"due"}, false},
	} {
		dir := copyExample(t)
		a := &app{lang: "en", stdout: io.Discard, stderr: io.Discard, data: io.Discard}
		root := newRootCmd(a)
		root.SetArgs(append(c.args, "--register", dir, "--lang", "en", "--as-of", "2026-11-27"))
		root.SetOut(io.Discard)
		root.SetErr(io.Discard)
		root.Execute()
		if a.keyed == nil {
			t.Fatalf("%v: no entry cache", c.args)
		}
		if got := a.keyed.RetainValues(); got != c.want {
			t.Errorf("%v: RetainValues() = %v, want %v", c.args, got, c.want)
		}
		a.dropCache()
	}
	a := &app{lang: "en", stdout: io.Discard, stderr: io.Discard, memo: &assessMemo{}, entries: &entryMemo{}, retainCache: true}
	if _, _, err := a.loadRegister(copyExample(t)); err != nil {
		t.Fatal(err)
	}
	if a.keyed.RetainValues() {
		t.Error("serve's load (with a memo) retains the cache's values")
	}
	a.dropCache()
}
