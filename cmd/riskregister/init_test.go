package main

import (
	"bytes"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess/store"
	"github.com/gikai-sec/riskregister/schemas"
	"github.com/google/go-cmp/cmp"
)

var initFiles = map[string]string{ // file → its $schema reference
	"register.yaml":                       "./schemas/register.schema.json",
	"contractors/example-contractor.yaml": "../schemas/contractor.schema.json",
	"services/example-service.yaml":       "../schemas/service.schema.json",
	"social/example-account.yaml":         "../schemas/social.schema.json",
}

func TestInitThenValidate(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "reg")
	code, out, errOut := execCLI(t, "init", dir)
	if code != 0 || errOut != "" {
		t.Fatalf("init: exit %d, stderr %q", code, errOut)
	}
	if !strings.Contains(out, dir) {
		t.Errorf("stdout %q does not name the folder", out)
	}
	reg, err := store.Load(dir)
	if err != nil {
		t.Fatalf("store.Load of a fresh register:\n%v", err)
	}
	if len(reg.Contractors) != 1 || len(reg.Services) != 1 || len(reg.Social) != 1 {
		t.Errorf("got %d/%d/%d entries, want one of each", len(reg.Contractors), len(reg.Services), len(reg.Social))
	}
	code, out, errOut = execCLI(t, "validate", "--register", dir)
	if code != 0 || out != "OK: 委託事業者 1件, 外部サービス 1件, SNS 1件\n" {
		t.Errorf("validate: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	// The entry cache validate wrote is listed in the register's
	// .gitignore.
	if _, err := os.Stat(filepath.Join(dir, ".riskregister-cache", "entries-v2.bin")); err != nil {
		t.Errorf("validate wrote no entry cache: %v", err)
	}
	if b, err := os.ReadFile(filepath.Join(dir, ".gitignore")); err != nil || !strings.Contains(string(b), "\n/.riskregister-cache/\n") {
		t.Errorf(".gitignore %q (%v) does not list the entry cache", b, err)
	}
	if b, err := os.ReadFile(filepath.Join(dir, ".gitignore")); err != nil || !strings.Contains(string(b), "\n/.riskregister.lock\n") {
		t.Errorf(".gitignore %q (%v) does not list the edit lock (the staff guide says to ignore it)", b, err)
	}
	// No temporary folder is left next to the register.
	siblings, _ := os.ReadDir(filepath.Dir(dir))
	if len(siblings) != 1 {
		t.Errorf("%d entries next to the register, want 1", len(siblings))
	}
}

// TestInitFilesMatchSchemas checks that every file is the embedded template
// (whose validity against its schema internal/schemagen's
// TestRegisterFilesMatchSchemas checks) and that its $schema line points at
// the schema written next to the register for its kind.
func TestInitFilesMatchSchemas(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "reg")
	if code, _, errOut := execCLI(t, "init", dir); code != 0 {
		t.Fatalf("init: exit %d, stderr %q", code, errOut)
	}
	for file, ref := range initFiles {
		src, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(file)))
		if err != nil {
			t.Fatal(err)
		}
		tmpl, err := fs.ReadFile(initTemplates, path.Join(initRoot, file))
		if err != nil || !bytes.Equal(src, tmpl) {
			t.Errorf("%s is not the embedded template (%v)", file, err)
		}
		first, _, _ := strings.Cut(string(src), "\n")
		if want := "# yaml-language-server: $schema=" + ref; first != want {
			t.Errorf("%s: first line %q, want %q", file, first, want)
		}
		folder, _, _ := strings.Cut(file, "/")
		if name := schemas.Files[folder]; path.Base(ref) != name {
			t.Errorf("%s: $schema names %s, want %s", file, path.Base(ref), name)
		}
		schemaPath := filepath.Join(dir, filepath.FromSlash(path.Dir(file)), filepath.FromSlash(ref))
		written, err := os.ReadFile(schemaPath)
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		if emb, _ := fs.ReadFile(schemas.FS, path.Base(ref)); !bytes.Equal(written, emb) {
			t.Errorf("%s: %s is not the embedded schema", file, schemaPath)
		}
		// Japanese comments explain the file.
		if strings.Count(string(src), "\n#") < 3 || !strings.Contains(string(src), "記入例") && file != "register.yaml" {
			t.Errorf("%s: expected explanatory Japanese comments", file)
		}
	}
}

func TestInitRefusesNonEmptyFolder(t *testing.T) {
	dir := t.TempDir()
	keep := filepath.Join(dir, "register.yaml")
	if err := os.WriteFile(keep, []byte("name: {ja: 既存}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := execCLI(t, "init", dir)
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	if out != "" || !strings.Contains(errOut, "空ではありません") || !strings.Contains(errOut, "上書きしないよう中止しました") {
		t.Errorf("stdout %q, stderr %q", out, errOut)
	}
	b, _ := os.ReadFile(keep)
	if string(b) != "name: {ja: 既存}\n" {
		t.Errorf("existing file changed to %q", b)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("%d entries in the folder, want the 1 that was there", len(entries))
	}
}

func TestInitIntoEmptyFolder(t *testing.T) {
	dir := t.TempDir()
	if code, _, errOut := execCLI(t, "init", dir); code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	for file := range initFiles {
		if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(file))); err != nil {
			t.Error(err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "schemas", "contractor.schema.json")); err != nil {
		t.Error(err)
	}
}

func TestInitRefusesFile(t *testing.T) {
	f := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(f, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := execCLI(t, "init", f)
	if code != 1 || !strings.Contains(errOut, "はフォルダではありません") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

func TestInitUsage(t *testing.T) {
	for _, args := range [][]string{{"init"}, {"init", "a", "b"}} {
		code, _, errOut := execCLI(t, args...)
		if code != 2 || !strings.Contains(errOut, "riskregister init DIR") {
			t.Errorf("%v: exit %d, stderr %q; want 2 and the usage", args, code, errOut)
		}
	}
}

// TestInitPassesCheck: a fresh register passes the pre-commit hook of the
// README (check --fail-on critical): the examples show sound entries.
func TestInitPassesCheck(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "reg")
	if code, _, errOut := execCLI(t, "init", dir); code != 0 {
		t.Fatalf("init: exit %d, stderr %q", code, errOut)
	}
	code, out, errOut := execCLI(t, "check", "--register", dir, "--as-of", "2026-11-27", "--fail-on", "critical")
	if code != 0 {
		t.Errorf("check: exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
}

// TestInitCommentedISMAPValidates: the commented-out ismap: line of the
// example service, uncommented as its comment invites, validates (its
// registration number used to have a form validate refuses).
func TestInitCommentedISMAPValidates(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "reg")
	if code, _, errOut := execCLI(t, "init", dir); code != 0 {
		t.Fatalf("init: exit %d, stderr %q", code, errOut)
	}
	path := filepath.Join(dir, "services", "example-service.yaml")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text, n := string(b), 0
	lines := strings.Split(text, "\n")
	for i, line := range lines {
		if strings.HasPrefix(line, "# ismap: ") {
			lines[i], n = strings.TrimPrefix(line, "# "), n+1
		}
	}
	if n != 1 {
		t.Fatalf("%d commented ismap: lines in the template, want 1", n)
	}
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, errOut := execCLI(t, "validate", "--register", dir); code != 0 {
		t.Errorf("validate with the ismap: line uncommented: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

// TestInitCommentedRequirementsValidate: the commented-out requirements:
// block of register.yaml, uncommented as its comment invites, validates
// and takes effect (it used to disable "OUT-99", which does not exist).
func TestInitCommentedRequirementsValidate(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "reg")
	if code, _, errOut := execCLI(t, "init", dir); code != 0 {
		t.Fatalf("init: exit %d, stderr %q", code, errOut)
	}
	path := filepath.Join(dir, "register.yaml")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(b), "\n")
	start := slices.Index(lines, "# requirements:")
	if start < 0 {
		t.Fatal("no commented requirements: block in the template")
	}
	n := 0
	for i := start; i < len(lines) && strings.HasPrefix(lines[i], "# "); i++ {
		lines[i], n = strings.TrimPrefix(lines[i], "# "), n+1
	}
	if n < 3 {
		t.Fatalf("requirements: block of %d lines", n)
	}
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, errOut := execCLI(t, "validate", "--register", dir); code != 0 {
		t.Fatalf("validate with the requirements: block uncommented: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	code, out, errOut := execCLI(t, "assess", "--register", dir, "--as-of", "2026-11-27", "--id", "example-service", "--format", "json")
	if code != 0 {
		t.Fatalf("assess: exit %d, stderr %q", code, errOut)
	}
	if strings.Contains(out, `"CLD-46"`) {
		t.Errorf("CLD-46 is disabled by the uncommented block but still assessed:\n%s", out)
	}
}

// TestInitDot: `mkdir reg && cd reg && riskregister init .` writes the
// register into the working directory, which stays the same folder. The
// temporary folder used to be made inside "." and the command failed with
// ".: 削除できません（エラー: invalid argument）".
func TestInitDot(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if code, _, errOut := execCLI(t, "init", "."); code != 0 {
		t.Fatalf("init .: exit %d, stderr %q", code, errOut)
	}
	var names []string
	ents, _ := os.ReadDir(".")
	for _, e := range ents {
		names = append(names, e.Name())
	}
	want := []string{".gitignore", "contractors", "register.yaml", "schemas", "services", "social"}
	if diff := cmp.Diff(want, names); diff != "" {
		t.Errorf("files of . (-want +got):\n%s", diff)
	}
	if code, _, errOut := execCLI(t, "validate", "--register", dir, "--no-cache"); code != 0 {
		t.Errorf("validate after init .: exit %d, stderr %q", code, errOut)
	}
}
