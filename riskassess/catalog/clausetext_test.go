package catalog

import (
	"strings"
	"testing"
)

// TestClauseParts: the parts of a met clause's message say for each
// contract what "contract-id article", trimmed, says, whatever spaces its
// id and article hold.
func TestClauseParts(t *testing.T) {
	for _, tc := range [][2]string{
		{"r8-001", "第10条"}, {"r8-001", ""}, {"", "第10条"}, {"", ""},
		{" r8 ", " 第10条 "}, {"   ", "第1条"}, {"r8", "　"}, {"a\t", "\tb"}, {"　r8", "第2条　"},
	} {
		a, b, c := clauseParts(tc[0], tc[1])
		if got, want := a+b+c, strings.TrimSpace(tc[0]+" "+tc[1]); got != want {
			t.Errorf("clauseParts(%q, %q) = %q, want %q", tc[0], tc[1], got, want)
		}
	}
}
