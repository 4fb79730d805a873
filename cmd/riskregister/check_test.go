package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
)

func TestCheckProblems(t *testing.T) {
	reg := &riskassess.Register{
		Contractors: []*riskassess.Contractor{{Common: riskassess.Common{ID: "acme", Source: "contractors/acme.yaml"}},
			{Common: riskassess.Common{ID: "fresh", Source: "contractors/fresh.yaml"}}},
		Services: []*riskassess.Service{
			{Common: riskassess.Common{ID: "free-forms", Source: "services/free-forms.yaml"}},
			{Common: riskassess.Common{ID: "ok", Source: "services/ok.yaml"}},
			{Common: riskassess.Common{ID: "worst"}}, // no Source: path from kind and id
		},
	}
	asOf := riskassess.NewDate(2026, 4, 1)
	as := []riskassess.Assessment{
		{Kind: riskassess.KindContractor, EntryID: "acme", Residual: riskassess.RiskHigh, Decision: riskassess.DecisionConditional,
			Due: []riskassess.DueItem{
				{Kind: riskassess.DueReview, Date: riskassess.NewDate(2026, 3, 2)},
				{Kind: riskassess.DueCertificate, Date: riskassess.NewDate(2026, 3, 1), What: "IS 1"},
				{Kind: riskassess.DueContractEnd, Date: riskassess.NewDate(2026, 4, 1)}, // today: not overdue
			}},
		// Never reviewed nor decided: the first review is due on the as-of
		// date and overdue (it used to float at as-of + interval).
		{Kind: riskassess.KindContractor, EntryID: "fresh", Residual: riskassess.RiskMedium, Decision: riskassess.DecisionConditional,
			Due: []riskassess.DueItem{{Kind: riskassess.DueReview, Date: asOf, Overdue: true, Note: riskassess.T("見直し・決定の記録なし（最初の見直し）", "never reviewed")}}},
		{Kind: riskassess.KindService, EntryID: "free-forms", Residual: riskassess.RiskCritical, Decision: riskassess.DecisionReject,
			Blockers: []riskassess.Blocker{{ID: "BLK-TERMS-CLASS2", Message: riskassess.T("約款で機密性2", "terms with class 2")}}},
		{Kind: riskassess.KindService, EntryID: "ok", Residual: riskassess.RiskLow, Decision: riskassess.DecisionApprove},
		{Kind: riskassess.KindService, EntryID: "worst", Residual: riskassess.RiskCritical, Decision: riskassess.DecisionReject},
	}
	got := checkProblems(reg, as, asOf, "ja")
	want := []checkProblem{
		{"contractors/acme.yaml", chkFailHigh, "高: 残留リスクが高です（推奨判断: 条件付承認）"},
		{"contractors/acme.yaml", chkFailOverdue, "期限切れ: 認証の有効期限 IS 1（2026-03-01、31日経過）"},
		{"contractors/acme.yaml", chkFailOverdue, "期限超過: 見直し（2026-03-02、30日超過）"},
		{"contractors/fresh.yaml", chkFailOverdue, "期限超過: 見直し（2026-04-01、見直し・決定の記録なし（最初の見直し））"},
		{"services/free-forms.yaml", chkFailCritical, "重大: 阻止要件 BLK-TERMS-CLASS2 — 約款で機密性2"},
		{"services/worst.yaml", chkFailCritical, "重大: 残留リスクが重大です（推奨判断: 不可）"},
	}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(checkProblem{})); diff != "" {
		t.Errorf("checkProblems (-want +got):\n%s", diff)
	}
	en := checkProblems(reg, as, asOf, "en")
	if en[0].message != "high: residual risk is high (recommended decision: Approve with conditions)" ||
		en[1].message != "expired: Certificate expiry IS 1 (2026-03-01, 31 days ago)" {
		t.Errorf("English messages: %q, %q", en[0].message, en[1].message)
	}
}

// chkVariant returns chkSocialOK with lines removed (by prefix) and
// replaced (old → new).
func chkVariant(t *testing.T, drop []string, repl ...string) string {
	t.Helper()
	var out []string
	for _, l := range strings.Split(chkSocialOK, "\n") {
		keep := true
		for _, d := range drop {
			if strings.HasPrefix(l, d) {
				keep = false
			}
		}
		if keep {
			out = append(out, l)
		}
	}
	s := strings.Join(out, "\n")
	for i := 0; i+1 < len(repl); i += 2 {
		if !strings.Contains(s, repl[i]) {
			t.Fatalf("chkVariant: %q not found", repl[i])
		}
		s = strings.Replace(s, repl[i], repl[i+1], 1)
	}
	return s
}

func TestCheckExitCodes(t *testing.T) {
	clean := writeTxtar(t, chkRegisterYAML+chkSocialOK)
	// No person responsible (a section alone; a position would name its
	// holder, sakamoto): blocker BLK-SNS-NO-RESPONSIBLE (重大).
	critical := writeTxtar(t, chkRegisterYAML+chkVariant(t, nil, "  position: kakaricho\n  person: sakamoto\noperators", "operators"))
	// No MFA, procedures, rules or answers: residual 高, nothing overdue on 2026-06-01.
	high := writeTxtar(t, chkRegisterYAML+chkVariant(t, []string{"takeover_procedure", "impersonation_procedure", "listed_on",
		"profile_names_operator", "posting_rules", "posting_scope", "credential_custodian", "password_changed_on", "terms_checked_on",
		"answers:", "  Q-SNS", "    value", "    comment"}, "mfa: true", "mfa: false"))
	// The same blocked account kept only as a record: rejected, or retired.
	rejected := writeTxtar(t, chkRegisterYAML+chkVariant(t, nil, "  position: kakaricho\n  person: sakamoto\noperators", "operators",
		"  status: approved", "  status: rejected"))
	retired := writeTxtar(t, chkRegisterYAML+chkVariant(t, nil, "  position: kakaricho\n  person: sakamoto\noperators", "operators",
		"status: active", "status: retired\nnotice_url: https://www.city.example/gikai/sns-end.html"))
	tests := []struct {
		name, dir, asOf string
		failOn          []string
		want            int
		wantOut         string
	}{
		{"clean, all classes", clean, "2026-11-27", []string{"critical,high,overdue"}, 0, ""},
		{"clean, default", clean, "2026-11-27", nil, 0, ""},
		{"critical", critical, "2026-11-27", nil, 1, "social/x.yaml: 重大: 阻止要件 BLK-SNS-NO-RESPONSIBLE"},
		{"critical but rejected: a record, not in use", rejected, "2026-11-27", []string{"critical,high,overdue"}, 0, ""},
		{"critical but retired account", retired, "2026-11-27", []string{"critical,high,overdue"}, 0, ""},
		{"critical fails high too", critical, "2026-11-27", []string{"high"}, 1, "BLK-SNS-NO-RESPONSIBLE"},
		{"high, default critical", high, "2026-06-01", nil, 0, "social/x.yaml: 高: 残留リスクが高です"},
		{"high", high, "2026-06-01", []string{"high"}, 1, "social/x.yaml: 高: 残留リスクが高です"},
		{"high, not overdue", high, "2026-06-01", []string{"overdue"}, 0, "social/x.yaml: 高:"},
		{"overdue, repeated flag", clean, "2027-05-01", []string{"critical", "overdue"}, 1, "social/x.yaml: 期限切れ: 承認の有効期限（2027-03-31、31日経過）"},
		{"overdue, not failing", clean, "2027-05-01", []string{"critical,high"}, 0, "social/x.yaml: 期限超過: 見直し（2027-04-01、30日超過）"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := []string{"check", "--register", tt.dir, "--as-of", tt.asOf}
			for _, f := range tt.failOn {
				args = append(args, "--fail-on", f)
			}
			code, out, errOut := execCLI(t, args...)
			if code != tt.want {
				t.Errorf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.want, out, errOut)
			}
			if tt.wantOut == "" && out != "" {
				t.Errorf("stdout = %q, want nothing", out)
			}
			if !strings.Contains(out, tt.wantOut) {
				t.Errorf("stdout lacks %q:\n%s", tt.wantOut, out)
			}
			if !strings.HasPrefix(errOut, "check: ") {
				t.Errorf("stderr has no summary: %q", errOut)
			}
		})
	}
	// Usage errors and an invalid register.
	for _, args := range [][]string{
		{"check", "--register", clean, "--fail-on", "medium"},
		{"check", "--register", clean, "--fail-on", ""},
		{"check", "--register", clean, "--fail-on", "critical,oops"},
		{"check", "--register", clean, "--as-of", "2026/11/27"},
		{"check", "--register", clean, "--no-such-flag"},
	} {
		if code, _, _ := execCLI(t, args...); code != 2 {
			t.Errorf("%q: exit %d, want 2", args, code)
		}
	}
	bad := writeTxtar(t, chkRegisterYAML+"-- social/y.yaml --\nplatform: myspace\n")
	if code, _, errOut := execCLI(t, "check", "--register", bad); code != 1 || !strings.Contains(errOut, "social/y.yaml:") {
		t.Errorf("invalid register: exit %d, stderr %q; want 1 with the store's errors", code, errOut)
	}
}

// chkRegisterYAML is the register.yaml of the check and due CLI tests.
const chkRegisterYAML = `-- register.yaml --
name: {ja: テスト市議会, en: Test Council}
sections:
  - id: koho
    name: {ja: 広報係, en: PR Unit}
positions:
  - id: kakaricho
    title: {ja: 係長}
  - id: kacho
    title: {ja: 課長}
people:
  - id: sakamoto
    name: {ja: 坂本 涼子}
    section: koho
    position: kakaricho
  - id: nagai
    name: {ja: 永井 大輔}
    section: koho
`

// chkSocialOK is a well-kept official account: residual risk 低 as of
// 2026-11-27; approval valid until 2027-03-31, review due 2027-04-01.
const chkSocialOK = `-- social/x.yaml --
name:
  ja: 調布市議会 公式X
  en: Chofu City Council on X
platform: x
handle: "@chofu_gikai"
url: https://x.example/chofu_gikai
purpose: 会期日程・本会議中継・議会報告会のお知らせ
responsible:
  section: koho
  position: kakaricho
  person: sakamoto
operators: [nagai]
mfa: true
credential_custodian: sakamoto
password_changed_on: 2026-10-01
profile_names_operator: true
listed_on: https://www.city.chofu.example/gikai/sns.html
posting_rules: https://www.city.chofu.example/gikai/sns-policy.html
posting_scope: 調布市議会ソーシャルメディア運用方針 第4条（発信する情報）
takeover_procedure: 調布市議会SNS緊急時対応手順 第2章（乗っ取り時）
impersonation_procedure: 調布市議会SNS緊急時対応手順 第3章（なりすまし発見時）
terms_checked_on: 2026-04-01
last_post: 2026-11-26
status: active
owner:
  section: koho
  position: kakaricho
  person: sakamoto
approval:
  status: approved
  approver: kacho
  decided_on: 2026-04-01
  valid_until: 2027-03-31
review_due: 2027-04-01
last_reviewed: 2026-04-01
answers:
  Q-SNS-05:
    value: "yes"
    comment: 投稿前に係長が機密性を確認（チェックリスト）
  Q-SNS-09:
    value: "yes"
    comment: 可用性2の情報（開催中止等）はホームページにも掲載
`

// fullWriter fails every write, as stdout on a full disk does.
type fullWriter struct{}

func (fullWriter) Write([]byte) (int, error) {
	return 0, &fs.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.ENOSPC}
}

// TestCheckStdoutWriteFails: check's problem lines that cannot be written
// (check > report.txt on a full disk) are a failure naming the cause, not
// a summary on stderr over a report cut short. Before, the error of the
// write was dropped: exit 0 with the clean-looking summary when no
// --fail-on class was met ("overdue, not failing"), and nothing said the
// report was empty.
func TestCheckStdoutWriteFails(t *testing.T) {
	clean := writeTxtar(t, chkRegisterYAML+chkSocialOK)
	for _, tt := range []struct {
		name    string
		args    []string
		wantErr string
	}{
		{"problems, not failing", []string{"check", "--register", clean, "--as-of", "2027-05-01", "--fail-on", "critical,high"},
			"check: 結果を書き出せませんでした。"},
		{"problems, failing, en", []string{"check", "--register", clean, "--as-of", "2027-05-01", "--fail-on", "overdue", "--lang", "en"},
			"check: cannot write the result: "},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var errb bytes.Buffer
			code := run(tt.args, fullWriter{}, &errb)
			if code != 1 {
				t.Errorf("exit %d, want 1\nstderr:\n%s", code, errb.String())
			}
			if !strings.HasPrefix(errb.String(), tt.wantErr) {
				t.Errorf("stderr = %q, want it to start with %q", errb.String(), tt.wantErr)
			}
		})
	}
	// Nothing to write: a full disk changes nothing.
	var errb bytes.Buffer
	if code := run([]string{"check", "--register", clean, "--as-of", "2026-11-27"}, fullWriter{}, &errb); code != 0 {
		t.Errorf("no problems, stdout full: exit %d, want 0\nstderr:\n%s", code, errb.String())
	}
}

// TestStdoutWriteFails: every command that writes its result to stdout
// fails with exit status 1 and a message that names the command and the
// cause when stdout cannot be written (a full disk). Before, assess
// called it a usage error (exit 2, "使い方が正しくありません（write
// /dev/stdout: …）"), and due, rotation and diff said "export:".
func TestStdoutWriteFails(t *testing.T) {
	needExample(t)
	dir := copyExample(t)
	// The register of a year before, to compare with (diff): a copy, as
	// diff writes an entry cache into the folders it reads.
	before := t.TempDir()
	if err := os.CopyFS(before, os.DirFS(filepath.Join(filepath.Dir(exampleRegister), "chofu-gikai-r7"))); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		args    []string
		wantErr string
	}{
		{[]string{"assess", "--as-of", "2026-11-27"}, "assess: 結果を書き出せませんでした。"},
		{[]string{"assess", "--as-of", "2026-11-27", "--format", "json"}, "assess: 結果を書き出せませんでした。"},
		{[]string{"assess", "--as-of", "2026-11-27", "--format", "csv", "--lang", "en"}, "assess: cannot write the result: "},
		{[]string{"due", "--as-of", "2026-11-27", "--within", "1y"}, "due: 結果を書き出せませんでした。"},
		{[]string{"rotation", "--lang", "en"}, "rotation: cannot write the result: "},
		{[]string{"export", "--format", "json", "-o", "-"}, "export: 結果を書き出せませんでした。"},
		{[]string{"diff", "--from", before, "--as-of", "2026-11-27"}, "diff: 結果を書き出せませんでした。"},
		{[]string{"due", "--as-of", "2026-11-27", "--fiscal-year", "2026"}, "due: 結果を書き出せませんでした。"},
	} {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			var errb bytes.Buffer
			code := run(append(tt.args, "--register", dir), fullWriter{}, &errb)
			if code != 1 {
				t.Errorf("exit %d, want 1\nstderr:\n%s", code, errb.String())
			}
			if last := lastLine(errb.String()); !strings.HasPrefix(last, tt.wantErr) || !strings.Contains(last, "/dev/stdout") {
				t.Errorf("last line of stderr %q, want it to start with %q and name /dev/stdout", last, tt.wantErr)
			}
		})
	}
	// assess --id: the table is written, the entry's findings are not.
	t.Run("assess --id, findings cut short", func(t *testing.T) {
		var errb bytes.Buffer
		w := &failAfterWriter{n: 2} // the table, the blank line
		code := run([]string{"assess", "--register", dir, "--as-of", "2026-11-27", "--id", "gikai-chukei"}, w, &errb)
		if code != 1 {
			t.Errorf("exit %d, want 1\nstderr:\n%s", code, errb.String())
		}
		if want, last := "assess: 結果を書き出せませんでした。/dev/stdout: ", lastLine(errb.String()); !strings.HasPrefix(last, want) {
			t.Errorf("last line of stderr %q, want it to start with %q", last, want)
		}
	})
	// -o FILE that cannot be written: the message names the command and
	// the file.
	missing := filepath.Join(t.TempDir(), "no-such-folder", "out.txt")
	for _, tt := range []struct {
		args    []string
		wantErr string
	}{
		{[]string{"due", "--as-of", "2026-11-27", "--within", "1y"}, "due: " + missing + ": 書き込めません"},
		{[]string{"due", "--as-of", "2026-11-27", "--fiscal-year", "2026", "--lang", "en"}, "due: " + missing + ": cannot write"},
		{[]string{"rotation"}, "rotation: " + missing + ": 書き込めません"},
		{[]string{"diff", "--from", before, "--as-of", "2026-11-27"}, "diff: " + missing + ": 書き込めません"},
		{[]string{"export", "--format", "json"}, "export: " + missing + ": 書き込めません"},
	} {
		t.Run(strings.Join(tt.args, " ")+" -o missing", func(t *testing.T) {
			var out, errb bytes.Buffer
			code := run(append(tt.args, "--register", dir, "-o", missing), &out, &errb)
			if code != 1 {
				t.Errorf("exit %d, want 1\nstderr:\n%s", code, errb.String())
			}
			if last := lastLine(errb.String()); !strings.HasPrefix(last, tt.wantErr) {
				t.Errorf("last line of stderr %q, want it to start with %q", last, tt.wantErr)
			}
		})
	}
}

// failAfterWriter accepts n writes, then fails every write as a full
// disk does.
type failAfterWriter struct{ n int }

func (w *failAfterWriter) Write(p []byte) (int, error) {
	if w.n == 0 {
		return 0, &fs.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.ENOSPC}
	}
	w.n--
	return len(p), nil
}

// lastLine returns the last non-empty line of s.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return lines[len(lines)-1]
}

// checkProblems collects the problems eachProblem passes, in its order.
func checkProblems(reg *riskassess.Register, as []riskassess.Assessment, asOf riskassess.Date, lang riskassess.Lang) []checkProblem {
	var out []checkProblem
	eachProblem(reg, as, asOf, lang, func(p checkProblem) { out = append(out, p) })
	return out
}
