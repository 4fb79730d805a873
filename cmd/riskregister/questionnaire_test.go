package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestQuestionnaireUsageErrors(t *testing.T) {
	dir := qWriteRegister(t)
	out := filepath.Join(t.TempDir(), "q.xlsx")
	for _, tc := range []struct {
		args []string
		msg  string
	}{
		{[]string{"--kind", "vendor", "-o", out}, "unknown kind"},
		{[]string{"--kind", "contractor", "--entry", "nobody", "-o", out}, `no contractor with id "nobody"`},
		{[]string{"--kind", "service", "--entry", "acme", "-o", out}, `no service with id "acme"`},
		{[]string{"--kind", "contractor"}, "-o FILE.xlsx is required"},
	} {
		code, _, stderr := qRun(t, append([]string{"questionnaire", "--register", dir}, tc.args...)...)
		if code != 2 || !strings.Contains(stderr, tc.msg) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", tc.args, code, stderr, tc.msg)
		}
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a failed command wrote the output file")
	}
}
