package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestLocate(t *testing.T) {
	dir := t.TempDir()
	src := `name:
  ja: 議会
requirements:
  disable: [SNS-18, OUT-99]
  override:
    - id: OUT-31
      weight: 5
    - id: NOPE-1
      severity: high
`
	if err := os.WriteFile(filepath.Join(dir, "register.yaml"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	type pos struct{ Line, Col int }
	tests := []struct {
		path string
		want pos
	}{
		{"name.ja", pos{2, 7}},
		{"requirements.disable[1]", pos{4, 21}},
		{"requirements.override[1].id", pos{8, 11}},
		{"requirements.override[1].severity", pos{9, 17}},
		{"requirements.override[5].id", pos{6, 5}}, // index past the end: the list
		{"requirements.missing", pos{4, 3}},        // missing key: the mapping
		{"", pos{1, 1}},                            // the document
	}
	for _, tc := range tests {
		l, c, ok := Locate(dir, "register.yaml", tc.path)
		if !ok {
			t.Fatalf("Locate(%q): not ok", tc.path)
		}
		if diff := cmp.Diff(tc.want, pos{l, c}); diff != "" {
			t.Errorf("Locate(%q) mismatch (-want +got):\n%s", tc.path, diff)
		}
	}
	if _, _, ok := Locate(dir, "missing.yaml", "a"); ok {
		t.Error("Locate on a missing file: ok")
	}
	big := "a: " + strings.Repeat("x", MaxFileSize) + "\n"
	if err := os.WriteFile(filepath.Join(dir, "big.yaml"), []byte(big), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, ok := Locate(dir, "big.yaml", "a"); ok {
		t.Error("Locate on a file larger than MaxFileSize: ok")
	}
}
