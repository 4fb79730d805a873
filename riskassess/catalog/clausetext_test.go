package catalog

import (
	"strings"
	"testing"
)

// TestWriteClauseText: the buffer of a met clause's message says for each
// contract what clauseText says, whatever spaces its id and article hold.
func TestWriteClauseText(t *testing.T) {
	for _, tc := range [][2]string{
		{"r8-001", "第10条"}, {"r8-001", ""}, {"", "第10条"}, {"", ""},
		{" r8 ", " 第10条 "}, {"   ", "第1条"}, {"r8", "　"}, {"a\t", "\tb"}, {"　r8", "第2条　"},
	} {
		var b strings.Builder
		writeClauseText(&b, tc[0], tc[1])
		if got, want := b.String(), clauseText(tc[0], tc[1]); got != want {
			t.Errorf("writeClauseText(%q, %q) = %q, want %q", tc[0], tc[1], got, want)
		}
	}
}
