package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCheckApprovedAgainAfterRetirement: the example's retired service
// chukei-old approved again on 2026-09-01 (the retirement of 2026-04-15
// kept in the history) is a record, not checked, as of 2026-08-01, and is
// checked as an entry in use as of 2026-11-27: its ended contract is
// reported and the summary counts one record fewer. A regression test:
// check already read it so (checked with the CLI).
func TestCheckApprovedAgainAfterRetirement(t *testing.T) {
	needExample(t)
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(exampleRegister)); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "services", "chukei-old.yaml")
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	const retired = `approval:
  status: retired
  approver: kacho
  decided_on: 2026-04-15
  history:
    - { status: approved, approver: kacho, on: 2021-03-19 }
    - { status: retired, approver: kacho, on: 2026-04-15, note: 録画データの移行と消去証明書の受領を確認 }
`
	const again = `approval:
  status: approved
  approver: kacho
  signatures:
    - { position: kakaricho, person: sakamoto-r, on: 2026-09-01 }
    - { position: kacho, person: ishikawa-t, on: 2026-09-01 }
  decided_on: 2026-09-01
  history:
    - { status: approved, approver: kacho, on: 2021-03-19 }
    - { status: retired, approver: kacho, on: 2026-04-15, note: 録画データの移行と消去証明書の受領を確認 }
    - { status: approved, approver: kacho, on: 2026-09-01, note: 予備の配信経路として再び利用 }
`
	if !strings.Contains(string(src), retired) {
		t.Fatalf("%s: the retirement to edit is not there", file)
	}
	if err := os.WriteFile(file, []byte(strings.Replace(string(src), retired, again, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	check := func(asOf string) (lines []string, summary string) {
		t.Helper()
		_, stdout, stderr := execCLI(t, "check", "--register", dir, "--as-of", asOf, "--no-cache")
		for _, l := range strings.Split(stdout+stderr, "\n") {
			l = filepath.ToSlash(strings.TrimPrefix(l, dir+string(filepath.Separator)))
			switch {
			case strings.HasPrefix(l, "services/chukei-old.yaml: "):
				lines = append(lines, l)
			case strings.HasPrefix(l, "check: "):
				summary = l
			}
		}
		return lines, summary
	}
	lines, summary := check("2026-08-01")
	if lines != nil || !strings.Contains(summary, "うち記録 4 件") {
		t.Errorf("as of 2026-08-01 (retired): lines %q, summary %q; want none and 4 records", lines, summary)
	}
	lines, summary = check("2026-11-27")
	if diff := cmp.Diff([]string{"services/chukei-old.yaml: 期限切れ: 契約終了（2026-03-31、241日経過）"}, lines); diff != "" {
		t.Errorf("as of 2026-11-27 (approved again) (-want +got):\n%s", diff)
	}
	if !strings.Contains(summary, "うち記録 3 件") {
		t.Errorf("as of 2026-11-27: summary %q, want 3 records", summary)
	}
}
