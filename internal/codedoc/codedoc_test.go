package codedoc

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// recorder keeps what Check reports instead of failing the test.
type recorder struct {
	testing.TB
	errs []string
}

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

func write(t *testing.T, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const codesGo = `package x

type Code string

const (
	// CodeGood is documented.
	//
	// Example: a
	// Fix: b
	CodeGood Code = "good"

	// CodeNoFix has an example only.
	//
	// Example: a
	CodeNoFix Code = "no-fix"

	// CodeNoSection is not in the Markdown file.
	//
	// Example: a
	// Fix: b
	CodeNoSection Code = "no-section"

	// CodeNoMessage has a section without the message.
	//
	// Example: a
	// Fix: b
	CodeNoMessage Code = "no-message"
)

const other = "not a Code"
`

const errorsMD = "# Errors\n\n## `good`\n\n**表示 / Message:** x\n\n## `no-fix`\n\n**表示 / Message:** y\n\n## `no-message`\n\nno message here\n\n## `later`\n\n**表示 / Message:** z\n"

// TestCheck: every fault is reported once, by code; the section of a code
// ends at the next heading, so a later section's message does not count.
func TestCheck(t *testing.T) {
	dir := t.TempDir()
	src := write(t, dir, "codes.go", codesGo)
	md := write(t, dir, "errors.md", errorsMD)
	r := &recorder{TB: t}
	if n := Check(r, src, "Code", md); n != 4 {
		t.Errorf("Check counted %d codes, want 4", n)
	}
	sort.Strings(r.errs)
	want := []string{
		"docs/errors.md has no section for \"no-section\"",
		"docs/errors.md: the section for \"no-message\" does not show the message (**表示 / Message:**)",
		"no-fix: doc comment lacks an Example or a Fix",
	}
	if diff := cmp.Diff(want, r.errs); diff != "" {
		t.Errorf("reports (-want +got):\n%s", diff)
	}
	// Without a type every constant counts, and one that is not a string
	// literal is an error rather than skipped.
	docs, err := Docs(src, "")
	if err != nil || len(docs) != 5 || docs["not a Code"] != "" {
		t.Errorf("Docs(untyped) = %v, %v; want the five constants", docs, err)
	}
	bad := write(t, dir, "bad.go", "package x\n\nconst n = 1\n")
	if _, err := Docs(bad, ""); err == nil {
		t.Error("Docs accepted a constant that is not a string literal")
	}
}

// TestSections: the code of every "## `code`" heading, in order; other
// headings and deeper ones do not count.
func TestSections(t *testing.T) {
	md := write(t, t.TempDir(), "errors.md", errorsMD+"\n## Warnings\n\n### `deeper`\n")
	got, err := Sections(md)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"good", "no-fix", "no-message", "later"}, got); diff != "" {
		t.Errorf("Sections (-want +got):\n%s", diff)
	}
	if _, err := Sections(md + ".missing"); err == nil {
		t.Error("Sections of a missing file: no error")
	}
}
