package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess/store"
	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// fillRespondent types a respondent (回答者) on the cover of the workbook
// at path, as a vendor returning it would.
func fillRespondent(t *testing.T, path string) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	setCover(t, f, "回答者", "山田 太郎")
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()
}

// TestImportUntouchedRefused: a vendor questionnaire returned as it was
// sent (no respondent on the cover, every answer the pre-filled one) is
// refused as not filled in and nothing is recorded; with the respondent
// filled in (the vendor confirms the pre-filled facts), or with an answer
// changed, it is recorded.
func TestImportUntouchedRefused(t *testing.T) {
	const entry = "chofu-keibi"
	soffice, sofficeErr := exec.LookPath("soffice")
	tests := []struct {
		name string
		edit func(t *testing.T, path string) string // returns the path to import
		lang string
		code int
		want string
	}{
		{name: "untouched", code: 1, want: "未記入「回答者 / Respondent」。表紙の回答者欄が空欄で、回答も送付時の事前記入のままです"},
		{name: "untouched en", lang: "en", code: 1, want: `not filled in "回答者 / Respondent": the respondent fields on the cover are blank`},
		{name: "untouched, re-saved by LibreOffice", code: 1, want: "未記入",
			edit: func(t *testing.T, p string) string {
				if sofficeErr != nil {
					if os.Getenv("CI") == "true" {
						t.Fatal("soffice not installed (CI=true)")
					}
					t.Skip("soffice not installed: the LibreOffice re-save is not tested")
				}
				out := t.TempDir()
				cmd := exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+t.TempDir(), "--convert-to", "xlsx", "--outdir", out, p)
				if b, err := cmd.CombinedOutput(); err != nil {
					t.Fatalf("soffice: %v\n%s", err, b)
				}
				return filepath.Join(out, filepath.Base(p))
			}},
		{name: "respondent filled, answers as pre-filled", code: 0, want: "記録しました",
			edit: func(t *testing.T, p string) string { fillRespondent(t, p); return p }},
		{name: "respondent blank, an answer changed", code: 0, want: "記録しました",
			edit: func(t *testing.T, p string) string {
				writeAnswers(t, p, map[string]string{"Q-OUT-10": "いいえ"}, nil)
				return p
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := copyExample(t)
			p := filepath.Join(t.TempDir(), "q.xlsx")
			if code, _, stderr := execCLI(t, "questionnaire", "--register", dir, "--kind", "contractor", "--entry", entry,
				"--return-to", "somu@example.jp", "--as-of", "2026-04-01", "-o", p); code != 0 {
				t.Fatal(stderr)
			}
			if tc.edit != nil {
				p = tc.edit(t, p)
			}
			yamlPath := filepath.Join(dir, "contractors", entry+".yaml")
			before, err := os.ReadFile(yamlPath)
			if err != nil {
				t.Fatal(err)
			}
			args := []string{"import", "--register", dir, "--as-of", "2026-04-15"}
			if tc.lang != "" {
				args = append(args, "--lang", tc.lang)
			}
			code, stdout, stderr := execCLI(t, append(args, p)...)
			if code != tc.code || !strings.Contains(stdout+stderr, tc.want) {
				t.Errorf("exit %d, want %d with %q:\n%s\n%s", code, tc.code, tc.want, stdout, stderr)
			}
			after, _ := os.ReadFile(yamlPath)
			if tc.code != 0 && !bytes.Equal(before, after) {
				t.Errorf("refused, but the entry file changed:\n%s", after)
			}
			if tc.code == 0 && bytes.Equal(before, after) {
				t.Error("recorded, but the entry file is unchanged")
			}
		})
	}
}

// TestImportUntouchedRoundNotReturned: in a folder import of a round, an
// untouched workbook is refused with its reason and its round stays not
// returned, while a filled one of the same folder is imported and marked
// returned.
func TestImportUntouchedRoundNotReturned(t *testing.T) {
	dir := writeTxtar(t, roundRegister)
	out := filepath.Join(t.TempDir(), "r8-spring")
	if code, stdout, stderr := execCLI(t, "round", "--register", dir, "--name", "令和8年度春", "--kind", "contractor",
		"--as-of", "2026-05-01", "--deadline", "2026-05-31", "-o", out); code != 0 {
		t.Fatalf("round: exit %d\n%s%s", code, stdout, stderr)
	}
	filled := filepath.Join(out, "総務課", "アクメ情報システム_acme.xlsx")
	fillRespondent(t, filled)
	// acme's workbook has nothing pre-filled: the vendor answers one
	// question (the respondent alone would answer nothing).
	writeAnswers(t, filled, map[string]string{"Q-OUT-10": "はい"}, nil)
	before, err := os.ReadFile(filepath.Join(dir, "contractors", "beta.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", "2026-05-20", out)
	if code != 1 || !strings.Contains(stdout+stderr, "未記入") {
		t.Errorf("exit %d, want 1 naming 未記入:\n%s\n%s", code, stdout, stderr)
	}
	if after, _ := os.ReadFile(filepath.Join(dir, "contractors", "beta.yaml")); !bytes.Equal(before, after) {
		t.Errorf("the untouched workbook changed beta.yaml:\n%s", after)
	}
	reg, err := store.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	returned := map[string]bool{}
	for _, id := range []string{"acme", "beta"} {
		for _, r := range reg.Contractor(id).Rounds {
			returned[id] = !r.ReturnedOn.IsZero()
		}
	}
	if diff := cmp.Diff(map[string]bool{"acme": true, "beta": false}, returned); diff != "" {
		t.Errorf("rounds returned (-want +got):\n%s", diff)
	}
}

// TestImportRoundNothingAnswered: a round workbook with nothing pre-filled
// (sns-scheduler of the example has no stored or derivable answer) that
// comes back with only the respondent typed answers nothing: it is
// refused as not filled in, naming the file, the entry file is unchanged
// and the reply stays on the chase list. With one answer it is recorded.
func TestImportRoundNothingAnswered(t *testing.T) {
	for _, tc := range []struct {
		name   string
		answer bool
		code   int
		want   string
	}{
		{name: "respondent only", code: 1, want: "未記入「回答 / Answer」。どの質問にも回答・コメントがありません"},
		{name: "respondent and one answer", answer: true, code: 0, want: "記録しました"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := copyExample(t)
			out := filepath.Join(t.TempDir(), "r8-spring")
			if code, stdout, stderr := execCLI(t, "round", "--register", dir, "--name", "令和8年度春", "--kind", "service",
				"--section", "gikai-koho", "--as-of", "2026-05-01", "--deadline", "2026-05-31", "-o", out); code != 0 {
				t.Fatalf("round: exit %d\n%s%s", code, stdout, stderr)
			}
			p := filepath.Join(out, "広報係", "SNS予約投稿ツール_sns-scheduler.xlsx")
			fillRespondent(t, p)
			if tc.answer {
				writeAnswers(t, p, map[string]string{"Q-CLD-11": "はい"}, nil)
			}
			yamlPath := filepath.Join(dir, "services", "sns-scheduler.yaml")
			before, err := os.ReadFile(yamlPath)
			if err != nil {
				t.Fatal(err)
			}
			code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", "2026-06-05", p)
			if code != tc.code || !strings.Contains(stdout+stderr, tc.want) || !strings.Contains(stdout+stderr, "SNS予約投稿ツール_sns-scheduler.xlsx") {
				t.Errorf("exit %d, want %d with %q and the file name:\n%s\n%s", code, tc.code, tc.want, stdout, stderr)
			}
			after, _ := os.ReadFile(yamlPath)
			if tc.code != 0 && !bytes.Equal(before, after) {
				t.Errorf("refused, but the entry file changed:\n%s", after)
			}
			_, due, _ := execCLI(t, "due", "--register", dir, "--as-of", "2026-06-10")
			chased := false
			for _, l := range strings.Split(due, "\n") {
				chased = chased || strings.Contains(l, "sns-scheduler") && strings.Contains(l, "令和8年度春")
			}
			if chased != (tc.code != 0) {
				t.Errorf("sns-scheduler on the chase list: %v, want %v:\n%s", chased, tc.code != 0, due)
			}
		})
	}
}
