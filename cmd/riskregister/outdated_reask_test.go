package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// reaskedAfterQuestionChanged imports a reply with Q-ORG-01 = はい for
// chofu-keibi, changes the question's text in register.yaml (技術者 →
// エンジニア), so that answer no longer counts, and makes the questionnaire
// again (-o q3.xlsx: Q-ORG-01 blank). It returns the register and the
// workbook path and the questionnaire arguments. older clears the
// workbook's pre-fill digests (column D of _meta's question rows), as in a
// workbook made before they were recorded.
func reaskedAfterQuestionChanged(t *testing.T, older bool) (dir, q3 string, args []string) {
	t.Helper()
	dir = copyExample(t)
	tmp := t.TempDir()
	q1 := filepath.Join(tmp, "q1.xlsx")
	mk := func(p string) []string {
		return []string{"questionnaire", "--register", dir, "--as-of", "2026-12-06", "--kind", "contractor", "--entry", "chofu-keibi", "-o", p}
	}
	if code, _, stderr := execCLI(t, mk(q1)...); code != 0 {
		t.Fatalf("questionnaire: exit %d: %s", code, stderr)
	}
	qSetCell(t, q1, "質問", func(f *excelize.File, rowOf func(string) string) {
		f.SetCellStr("質問", "D"+rowOf("Q-ORG-01"), "はい")
	})
	fillRespondent(t, q1)
	if code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", "2026-12-06", q1); code != 0 {
		t.Fatalf("import: exit %d\n%s\n%s", code, stdout, stderr)
	}
	rp := filepath.Join(dir, "register.yaml")
	b, err := os.ReadFile(rp)
	if err != nil {
		t.Fatal(err)
	}
	const from = "1時間以内に技術者が対応を開始"
	if !strings.Contains(string(b), from) {
		t.Fatalf("register.yaml has no %q", from)
	}
	if err := os.WriteFile(rp, []byte(strings.Replace(string(b), from, "1時間以内にエンジニアが対応を開始", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	q3 = filepath.Join(tmp, "q3.xlsx")
	args = mk(q3)
	if code, _, stderr := execCLI(t, args...); code != 0 {
		t.Fatalf("questionnaire after the question changed: exit %d: %s", code, stderr)
	}
	f, err := excelize.OpenFile(q3)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if older {
		meta, _ := f.GetRows("_meta")
		n := 0
		for i, row := range meta {
			if len(row) > 3 && row[0] == "question" {
				if err := f.SetCellStr("_meta", "D"+strconv.Itoa(i+1), ""); err != nil {
					t.Fatal(err)
				}
				n++
			}
		}
		if n == 0 {
			t.Fatal("no pre-fill digests in _meta")
		}
		if err := f.Save(); err != nil {
			t.Fatal(err)
		}
	}
	rows, _ := f.GetRows("質問")
	for _, r := range rows {
		if len(r) > 0 && r[0] == "Q-ORG-01" {
			if len(r) > 3 && strings.TrimSpace(r[3]) != "" {
				t.Fatalf("Q-ORG-01 pre-filled with %q after its question changed; want blank", r[3])
			}
			return dir, q3, args
		}
	}
	t.Fatal("Q-ORG-01 not in q3.xlsx")
	return
}

// TestQuestionnaireKeepsReTypedAnswerToChangedQuestion: after a question's
// text changed, the questionnaire asks it again (blank); the vendor's
// answer typed into it, the same as the outdated stored one, was taken for
// the workbook "as sent" and -o wrote over it (exit 0, answer lost). It
// is refused now and the file is kept, in a workbook that records what it
// was pre-filled with and in an older one (compared with the entry's
// answers: the outdated one is no answer).
func TestQuestionnaireKeepsReTypedAnswerToChangedQuestion(t *testing.T) {
	for _, older := range []bool{false, true} {
		t.Run("older="+strconv.FormatBool(older), func(t *testing.T) { reTypedKept(t, older) })
	}
}

func reTypedKept(t *testing.T, older bool) {
	_, q3, args := reaskedAfterQuestionChanged(t, older)
	qSetCell(t, q3, "質問", func(f *excelize.File, rowOf func(string) string) {
		f.SetCellStr("質問", "D"+rowOf("Q-ORG-01"), "はい")
	})
	reply, _ := os.ReadFile(q3)
	code, _, stderr := execCLI(t, args...)
	if code != 2 || !strings.Contains(stderr, "回答・コメントが記入された確認票") || !strings.Contains(stderr, "Q-ORG-01") {
		t.Errorf("exit %d, stderr %q; want 2 and the refusal naming Q-ORG-01", code, stderr)
	}
	if after, _ := os.ReadFile(q3); string(after) != string(reply) {
		t.Error("the re-typed answer was overwritten")
	}
}

// TestImportReTypedAnswerToChangedQuestion: the re-asked question's answer
// is new (取込), not 変更なし, and a reply with the cover left blank is
// recorded like any reply with a changed answer, not refused as not
// filled in. An unchanged question's unchanged answer still reads 変更なし.
func TestImportReTypedAnswerToChangedQuestion(t *testing.T) {
	for _, older := range []bool{false, true} {
		t.Run("older="+strconv.FormatBool(older), func(t *testing.T) { reTypedImported(t, older) })
	}
}

func reTypedImported(t *testing.T, older bool) {
	dir, q3, _ := reaskedAfterQuestionChanged(t, older)
	qSetCell(t, q3, "質問", func(f *excelize.File, rowOf func(string) string) {
		f.SetCellStr("質問", "D"+rowOf("Q-ORG-01"), "はい")
	})
	code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", "2026-12-07", q3)
	if code != 0 {
		t.Fatalf("import with the cover blank: exit %d\n%s\n%s", code, stdout, stderr)
	}
	lineOf := func(id string) string {
		for _, l := range strings.Split(stdout, "\n") {
			if strings.Contains(l, id+" ") {
				return l
			}
		}
		return ""
	}
	if line := lineOf("Q-ORG-01"); !strings.Contains(line, "取込") || strings.Contains(line, "変更なし") {
		t.Errorf("Q-ORG-01 reported as %q; want 取込\n%s", line, stdout)
	}
	if line := lineOf("Q-OUT-10"); !strings.Contains(line, "変更なし") {
		t.Errorf("Q-OUT-10 (question and answer unchanged) reported as %q; want 変更なし\n%s", line, stdout)
	}
	b, _ := os.ReadFile(filepath.Join(dir, "contractors", "chofu-keibi.yaml"))
	if !strings.Contains(string(b), "2026-12-07") {
		t.Errorf("the answer of 2026-12-07 was not recorded:\n%s", b)
	}
}

// TestImportReAskedLeftBlank: the re-asked question left blank. The import
// said 「現在の回答「はい」…をそのまま残します」 of the answer to the earlier
// wording, while assess and the site say it does not count; it now says
// that answer does not count, in both languages, and sets no previous
// answer in the JSON report.
func TestImportReAskedLeftBlank(t *testing.T) {
	dir, q3, _ := reaskedAfterQuestionChanged(t, false)
	fillRespondent(t, q3)
	qSetCell(t, q3, "質問", func(f *excelize.File, rowOf func(string) string) {
		f.SetCellStr("質問", "D"+rowOf("Q-OUT-10"), "いいえ") // something else answered, so the workbook is filled in
	})
	for _, tc := range []struct{ lang, want, not string }{
		{"ja", "変わる前の質問文への回答「はい」（2026-12-06 の回答）は判定に使いません", "残します"},
		{"en", `the answer \"Yes\" (given 2026-12-06) was given to an earlier wording of the question and does not count`, "is kept"},
	} {
		code, stdout, stderr := execCLI(t, "--lang", tc.lang, "import", "--dry-run", "--register", dir, "--as-of", "2026-12-07", q3)
		if code != 0 {
			t.Fatalf("%s: exit %d\n%s\n%s", tc.lang, code, stdout, stderr)
		}
		for _, l := range strings.Split(stdout+stderr, "\n") {
			if strings.Contains(l, "Q-ORG-01") && strings.Contains(l, tc.not) {
				t.Errorf("%s: the answer to the earlier wording is reported as kept: %s", tc.lang, l)
			}
		}
		code, stdout, _ = execCLI(t, "--lang", tc.lang, "import", "--dry-run", "--format", "json", "--register", dir, "--as-of", "2026-12-07", q3)
		i := strings.Index(stdout, `"id": "Q-ORG-01"`)
		if code != 0 || i < 0 {
			t.Fatalf("%s json: exit %d\n%s", tc.lang, code, stdout)
		}
		item := stdout[i:]
		item = item[:strings.Index(item, "}")]
		if !strings.Contains(item, tc.want) || strings.Contains(item, `"previous"`) {
			t.Errorf("%s: Q-ORG-01 in the JSON report:\n%s\nwant the message %q and no previous answer", tc.lang, item, tc.want)
		}
	}
}
