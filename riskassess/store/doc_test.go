package store

import (
	"testing"

	"github.com/gikai-sec/riskregister/internal/codedoc"
)

// TestEveryCodeDocumented checks that every Code constant of errors.go has
// a doc comment with an example and a fix, and a section in docs/errors.md
// that shows the Japanese message.
func TestEveryCodeDocumented(t *testing.T) {
	if n := codedoc.Check(t, "errors.go", "Code", "../../docs/errors.md"); n < 20 {
		t.Errorf("found only %d codes", n)
	}
}

// codeDocs returns the doc comment of every Code constant of errors.go, by
// code.
func codeDocs(t *testing.T) map[string]string {
	t.Helper()
	docs, err := codedoc.Docs("errors.go", "Code")
	if err != nil {
		t.Fatal(err)
	}
	return docs
}
