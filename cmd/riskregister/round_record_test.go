package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRoundRecordOnSendingDay: round leaves out the entries that are a
// record (rejected or retired) on the day the questionnaires are sent
// (--as-of), as the engine reads them then (riskassess.RecordOn), as
// questionnaire and due do. It read the approval as recorded
// (riskassess.Record): a contractor retired on 2025-03-31 and approved
// again on 2026-09-01 was sent the questionnaire of a round sent on
// 2026-05-01, when it was retired, and the round was recorded in its file
// (its reply then chased); one whose retirement was decided ahead (on
// 2026-06-30) was left out on 2026-05-01, while in use, as "a rejected
// or retired record".
func TestRoundRecordOnSendingDay(t *testing.T) {
	dir := writeTxtar(t, `
-- register.yaml --
name: {ja: テスト市議会, en: Test Council}
questionnaire: {return_to: テスト市議会事務局 総務課（somu@example.jp）}
sections:
  - id: somu
    name: {ja: 総務課, en: General Affairs}
-- contractors/back.yaml --
name: {ja: 再委託先}
legal_name: 再委託先株式会社
owner: {section: somu}
approval:
  status: approved
  decided_on: 2026-09-01
  history:
    - {status: approved, on: 2024-04-01}
    - {status: retired, on: 2025-03-31}
    - {status: approved, on: 2026-09-01}
-- contractors/leaving.yaml --
name: {ja: 終了予定先}
legal_name: 終了予定先株式会社
owner: {section: somu}
approval:
  status: retired
  decided_on: 2026-06-30
  history:
    - {status: approved, on: 2025-04-01}
    - {status: retired, on: 2026-06-30}
`)
	out := filepath.Join(t.TempDir(), "r8-spring")
	code, stdout, stderr := execCLI(t, "round", "--register", dir, "--name", "令和8年度春", "--kind", "contractor",
		"--as-of", "2026-05-01", "--deadline", "2026-05-31", "-o", out)
	if code != 0 {
		t.Fatalf("round: exit %d\n%s%s", code, stdout, stderr)
	}
	var files []string
	filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(out, p)
			files = append(files, filepath.ToSlash(rel))
		}
		return err
	})
	if diff := cmp.Diff([]string{"総務課/終了予定先_leaving.xlsx"}, files); diff != "" {
		t.Errorf("files (-want +got):\n%s", diff)
	}
	for _, c := range []struct {
		note string
		want bool
	}{{"委託事業者 back: 却下・廃止の記録のため除きました", true}, {"委託事業者 leaving: 却下・廃止の記録のため除きました", false}} {
		if strings.Contains(stderr, c.note) != c.want {
			t.Errorf("stderr has %q: %v, want %v\n%s", c.note, !c.want, c.want, stderr)
		}
	}
}
