package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/gikai-sec/riskregister/riskassess/store"
	"github.com/gikai-sec/riskregister/riskassess/xlsx"
	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

func TestQuestionnaireUsageErrors(t *testing.T) {
	dir := qWriteRegister(t)
	out := filepath.Join(t.TempDir(), "q.xlsx")
	for _, tc := range []struct {
		args []string
		msg  string
	}{
		{[]string{"--kind", "vendor", "-o", out}, `種別 "vendor" は使えません`},
		{[]string{"--kind", "vendor", "-o", out, "--lang", "en"}, "unknown kind"},
		{[]string{"--kind", "contractor", "--entry", "nobody", "-o", out}, `委託事業者に ID "nobody" のエントリはありません`},
		{[]string{"--kind", "contractor", "--entry", "nobody", "-o", out, "--lang", "en"}, `no contractor with id "nobody"`},
		{[]string{"--kind", "service", "--entry", "acme", "-o", out, "--lang", "en"}, `no service with id "acme"`},
		{[]string{"--kind", "contractor"}, "-o: 出力ファイルを指定してください"},
		{[]string{"--kind", "contractor", "--lang", "en"}, "-o: give the output file"},
		{[]string{"--kind", "contractor", "-o", filepath.Join(filepath.Dir(out), "q.csv")}, "名前を .xlsx で終えてください"},
		{[]string{"--kind", "contractor", "-o", filepath.Join(filepath.Dir(out), "q.csv"), "--lang", "en"}, "name it .xlsx"},
		// A social account has no vendor: a refusal that says what to do, in
		// the user's language (it was the writer's English error, exit 1).
		{[]string{"--kind", "social", "-o", out}, "事業者に尋ねる質問がありません（議会が自ら確認します）。自己点検票は --self-check --entry ID"},
		{[]string{"--kind", "social", "-o", out, "--lang", "en"}, "no question of this kind is for a vendor"},
	} {
		code, _, stderr := execCLI(t, append([]string{"questionnaire", "--register", dir}, tc.args...)...)
		if code != 2 || !strings.Contains(stderr, tc.msg) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", tc.args, code, stderr, tc.msg)
		}
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a failed command wrote the output file")
	}
}

// factsRegister has a contractor whose register record decides several
// questions: a certificate and contract clauses.
const factsRegister = `
-- register.yaml --
name: {ja: テスト市議会, en: Test Council}
sections:
  - id: somu
    name: {ja: 総務課, en: General Affairs}
-- contractors/kokuryo.yaml --
name: {ja: 国領情報技術}
legal_name: 株式会社国領情報技術
corporate_number: "5999001001629"
owner: {section: somu}
approval: {status: requested}
contracts:
  - id: R8-001
    scope: 会議録検索システムの提供
    from: 2026-04-01
    to: 2027-03-31
    information:
      - description: 確定した会議録（公開）
        class: { confidentiality: "1", integrity: "2", availability: "2" }
    clauses:
      - { requirement: OUT-10, article: 第2条 }
      - { requirement: OUT-11, article: 第3条 }
certifications:
  - type: isms
    number: IS 999157
    valid_until: 2027-05-31
answers:
  Q-OUT-11: {value: "no", comment: 職員が確認}
`

// TestQuestionnairePrefillsRegisterFacts: the questionnaire fills in what
// the register knows; imported unchanged, it gives exactly those answers.
func TestQuestionnairePrefillsRegisterFacts(t *testing.T) {
	dir := writeTxtar(t, factsRegister)
	reg, err := store.Load(dir)
	if err != nil {
		t.Fatalf("test register: %v", err)
	}
	reqs, err := catalog.ForOrg(&reg.Org)
	if err != nil {
		t.Fatal(err)
	}
	asOf := riskassess.NewDate(2026, time.April, 1)
	e := reg.Entry(riskassess.KindContractor, "kokuryo")
	want := (&xlsx.Questionnaire{Kind: riskassess.KindContractor, Entry: e, Register: reg, Requirements: reqs, AsOf: asOf}).Answers()
	derived := 0
	for id, a := range want {
		if strings.Contains(a.Comment, "当方の台帳の記録") {
			derived++
		} else if id != "Q-OUT-11" {
			t.Errorf("%s: %+v neither stored nor derived", id, a)
		}
	}
	if derived < 2 || want["Q-OUT-10"].Value != "yes" || want["Q-OUT-11"] != (riskassess.Answer{Value: "no", Comment: "職員が確認"}) {
		t.Fatalf("pre-filled answers %v: want Q-OUT-10 derived yes, the stored Q-OUT-11 kept, and more derived", want)
	}

	out := filepath.Join(t.TempDir(), "kokuryo.xlsx")
	// The register has no questionnaire settings: the return address is required.
	if code, _, stderr := execCLI(t, "questionnaire", "--register", dir, "--kind", "contractor", "--entry", "kokuryo",
		"--as-of", "2026-04-01", "-o", out); code != 2 || !strings.Contains(stderr, "questionnaire.return_to") {
		t.Errorf("without a return address: exit %d, %s", code, stderr)
	}
	if code, _, stderr := execCLI(t, "questionnaire", "--register", dir, "--kind", "contractor", "--entry", "kokuryo",
		"--as-of", "2026-04-01", "--return-to", "x", "--deadline", "2026-03-31", "-o", out); code != 2 || !strings.Contains(stderr, "--deadline") {
		t.Errorf("a deadline before --as-of: exit %d, %s", code, stderr)
	}
	if code, _, stderr := execCLI(t, "questionnaire", "--register", dir, "--kind", "contractor", "--entry", "kokuryo",
		"--as-of", "2026-04-01", "--return-to", "総務課 somu@example.jp", "-o", out); code != 0 {
		t.Fatal(stderr)
	}
	st, err := os.Stat(out)
	if err != nil || st.Mode().Perm()&0o044 != 0o044 {
		t.Errorf("questionnaire file mode %v, %v: want readable by group and others", st.Mode(), err)
	}
	f, err := excelize.OpenFile(out)
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := f.GetRows("質問")
	found := false
	for _, r := range rows {
		if len(r) > 0 && r[0] == "Q-OUT-10" {
			found = true
			if len(r) < 5 || r[3] != "はい" || !strings.HasPrefix(r[4], "当方の台帳の記録（契約書の条項）から記入") {
				t.Errorf("Q-OUT-10 row %q", r)
			}
		}
	}
	if !found {
		t.Error("no Q-OUT-10 row in the questionnaire")
	}
	cover, _ := f.GetRows("表紙")
	var company, number string
	facts := map[string]string{}
	for _, r := range cover {
		if len(r) > 1 {
			facts[strings.SplitN(r[0], " / ", 2)[0]] = r[1]
		}
		if len(r) > 1 && strings.HasPrefix(r[0], "会社名") {
			company = r[1]
		}
		if len(r) > 1 && strings.HasPrefix(r[0], "法人番号") {
			number = r[1]
		}
	}
	f.Close()
	if company != "株式会社国領情報技術" || number != "5999001001629" {
		t.Errorf("cover: company %q, corporate number %q", company, number)
	}
	// Purpose (the built-in text), deadline (--as-of + 30 days) and return address.
	if facts["目的"] != xlsx.DefaultPurpose.Ja+"\n"+xlsx.DefaultPurpose.En || facts["回答期限"] != "2026-05-01" || facts["返送先"] != "総務課 somu@example.jp" {
		t.Errorf("cover: purpose %q, deadline %q, return to %q", facts["目的"], facts["回答期限"], facts["返送先"])
	}

	fillRespondent(t, out) // the vendor confirms the pre-filled answers
	code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", "2026-04-15", "--format", "json", out)
	if code != 0 {
		t.Fatalf("import: exit %d\n%s\n%s", code, stdout, stderr)
	}
	reg, err = store.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]riskassess.Answer{}
	for id, a := range reg.Entry(riskassess.KindContractor, "kokuryo").Base().Answers {
		a.Cell = ""
		got[id] = a
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("recorded answers (-want +got):\n%s", diff)
	}
}

// TestQuestionnaireDeadlineInJapanese: questionnaire reads --deadline
// written as a Japanese date (令和8年5月31日), as round does (one
// parseDeadline); it was refused as no date. A value that is no date is
// still refused.
func TestQuestionnaireDeadlineInJapanese(t *testing.T) {
	dir := qWriteRegister(t)
	out := filepath.Join(t.TempDir(), "acme.xlsx")
	if code, _, stderr := execCLI(t, "questionnaire", "--register", dir, "--kind", "contractor", "--entry", "acme",
		"--as-of", "2026-04-01", "--deadline", "令和8年5月31日", "-o", out); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	f, err := excelize.OpenFile(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cover, _ := f.GetRows("表紙")
	found := false
	for _, r := range cover {
		if strings.Contains(strings.Join(r, "|"), "回答期限") && strings.Contains(strings.Join(r, "|"), "2026-05-31") {
			found = true
		}
	}
	if !found {
		t.Errorf("no 回答期限 2026-05-31 on the cover: %q", cover)
	}
	if code, _, stderr := execCLI(t, "questionnaire", "--register", dir, "--kind", "contractor", "--entry", "acme",
		"--as-of", "2026-04-01", "--deadline", "5月末", "-o", out); code != 2 || !strings.Contains(stderr, "--deadline") || !strings.Contains(stderr, "令和8年5月31日 の形") {
		t.Errorf("--deadline 5月末: exit %d, want 2 naming the flag: %s", code, stderr)
	}
	// A year typed 2926 for 2026, in either form, is refused: round would
	// write it into every entry, which then would not load.
	for _, v := range []string{"2926-05-31", "令和908年5月31日"} {
		if code, _, stderr := execCLI(t, "questionnaire", "--register", dir, "--kind", "contractor", "--entry", "acme",
			"--as-of", "2026-04-01", "--deadline", v, "-o", out, "--lang", "en"); code != 2 || !strings.Contains(stderr, "--deadline: the reply deadline 2926-05-31 is after 2099: correct the year") {
			t.Errorf("--deadline %s: exit %d, want 2: %s", v, code, stderr)
		}
	}
}

// TestDeadlineOnTheSendingDay: a reply deadline on the day the
// questionnaire is made or the round sent leaves the vendor no day (the
// round is chased from the next day); it was taken, though the help says
// "after". Refused, by questionnaire and round alike.
func TestDeadlineOnTheSendingDay(t *testing.T) {
	dir := qWriteRegister(t)
	for _, args := range [][]string{
		{"questionnaire", "--register", dir, "--kind", "contractor", "--entry", "acme", "--as-of", "2026-04-01",
			"--deadline", "2026-04-01", "-o", filepath.Join(t.TempDir(), "q.xlsx")},
		{"round", "--register", dir, "--name", "春", "--kind", "all", "--as-of", "2026-04-01", "--deadline", "令和8年4月1日",
			"-o", filepath.Join(t.TempDir(), "r")},
	} {
		if code, _, stderr := execCLI(t, args...); code != 2 || !strings.Contains(stderr, "と同じ日です") {
			t.Errorf("%s: exit %d, want 2 and the reason: %s", args[0], code, stderr)
		}
	}
}

// TestQuestionnaireKeepsFilledIn: a questionnaire is not written over a
// workbook whose cover was filled in (a reply saved under the name its
// questionnaire was made with): it was replaced by a blank questionnaire
// and the answers not yet imported were lost. A questionnaire made and not
// sent (blank cover) is written over as before.
func TestQuestionnaireKeepsFilledIn(t *testing.T) {
	dir := writeTxtar(t, roundRegister)
	p := filepath.Join(t.TempDir(), "acme-2026.xlsx")
	write := func() (int, string) {
		code, _, stderr := execCLI(t, "questionnaire", "--register", dir, "--kind", "contractor", "--entry", "acme",
			"--return-to", "somu@example.jp", "--as-of", "2026-04-01", "-o", p)
		return code, stderr
	}
	if code, stderr := write(); code != 0 {
		t.Fatal(stderr)
	}
	// Made again before it is sent: written over.
	if code, stderr := write(); code != 0 {
		t.Fatalf("blank workbook not written over: exit %d: %s", code, stderr)
	}
	fillRespondent(t, p)
	reply, _ := os.ReadFile(p)
	code, stderr := write()
	if code != 2 || !strings.Contains(stderr, "記入済みの確認票（表紙の記入: 山田 太郎）があるため上書きしません") {
		t.Errorf("exit %d, stderr %q; want 2 and the refusal", code, stderr)
	}
	if after, _ := os.ReadFile(p); string(after) != string(reply) {
		t.Error("the filled-in reply was overwritten")
	}
}

// typeIntoBlank types v into the first empty cell of column col of the
// questions sheet (質問) of the workbook at path, below its header, as a
// vendor or checker does, and returns the cell.
func typeIntoBlank(t *testing.T, path, col, v string) string {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("質問")
	if err != nil {
		t.Fatal(err)
	}
	n, _ := excelize.ColumnNameToNumber(col)
	for i := 1; i < len(rows); i++ {
		if len(rows[i]) < n || strings.TrimSpace(rows[i][n-1]) == "" {
			cell := col + strconv.Itoa(i+1)
			if err := f.SetCellStr("質問", cell, v); err != nil {
				t.Fatal(err)
			}
			if err := f.Save(); err != nil {
				t.Fatal(err)
			}
			return cell
		}
	}
	t.Fatalf("%s: no empty cell in column %s", path, col)
	return ""
}

// TestQuestionnaireOverwritesAfterAnswerChanged: a questionnaire made
// and not sent is written over again after the register's stored answer
// changed. Its pre-filled answer was compared with the entry's current
// answer, so the old value it was made with counted as typed and -o was
// refused (exit 2 「回答・コメントが記入された確認票…があるため上書きしません」);
// what the workbook was pre-filled with is now recorded in _meta
// (Meta.PrefillDigests, ItemPrefills) and compared instead. Answers typed
// after it was made are still kept (TestQuestionnaireKeepsTypedAnswers,
// and the last step here).
func TestQuestionnaireOverwritesAfterAnswerChanged(t *testing.T) {
	for _, c := range []struct {
		name, file, from, to string
		args                 []string
		col, v               string
	}{
		{"entry", "services/ai-translation.yaml", "  Q-CLD-20:\n    value: partial\n", "  Q-CLD-20:\n    value: \"no\"\n",
			[]string{"--kind", "service", "--entry", "ai-translation", "--return-to", "somu@example.jp"}, "E", "対応しています"},
		{"self-check --all", "contractors/tama-system-service.yaml", "  Q-OUT-37:\n    value: \"yes\"\n", "  Q-OUT-37:\n    value: \"no\"\n",
			[]string{"--self-check", "--all"}, "F", "○"},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := copyExample(t)
			p := filepath.Join(t.TempDir(), "q2.xlsx")
			args := append([]string{"questionnaire", "--register", dir, "--as-of", "2026-04-01", "-o", p}, c.args...)
			if code, _, stderr := execCLI(t, args...); code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			yp := filepath.Join(dir, c.file)
			b, err := os.ReadFile(yp)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(b), c.from) {
				t.Fatalf("%s has no %q", c.file, c.from)
			}
			if err := os.WriteFile(yp, []byte(strings.Replace(string(b), c.from, c.to, 1)), 0o644); err != nil {
				t.Fatal(err)
			}
			if code, _, stderr := execCLI(t, args...); code != 0 {
				t.Fatalf("made again after the stored answer changed: exit %d: %s", code, stderr)
			}
			// A typed answer in the new workbook is still kept.
			cell := typeIntoBlank(t, p, c.col, c.v)
			if code, _, stderr := execCLI(t, args...); code != 2 || !strings.Contains(stderr, "回答・コメントが記入された確認票") {
				t.Errorf("typed %s into 質問!%s: exit %d, stderr %q; want 2 and the refusal", c.v, cell, code, stderr)
			}
		})
	}
}

// TestQuestionnaireKeepsTypedAnswers: a questionnaire was written over a
// reply whose cover was left blank but whose questions sheet holds the
// vendor's (or checker's) answers, and those answers were lost. It is
// refused now, naming the file and the row; a questionnaire made and not
// sent, blank or pre-filled from the register (stored answers and
// answers the register decides), is still written over, for one entry,
// for a kind and for the whole council's self-check.
func TestQuestionnaireKeepsTypedAnswers(t *testing.T) {
	dir := copyExample(t)
	tmp := t.TempDir()
	for _, c := range []struct {
		name string
		args []string
		col  string // the answer or comment column typed into
		v    string
	}{
		{"entry, answer", []string{"--kind", "contractor", "--entry", "musashino-sokki", "--return-to", "somu@example.jp"}, "D", "はい"},
		{"kind, comment", []string{"--kind", "service", "--return-to", "somu@example.jp"}, "E", "対応しています"},
		{"self-check --all, answer", []string{"--self-check", "--all"}, "F", "○"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := filepath.Join(tmp, strings.NewReplacer(" ", "", ",", "-").Replace(c.name)+".xlsx")
			args := append([]string{"questionnaire", "--register", dir, "--as-of", "2026-04-01", "-o", p}, c.args...)
			for i := range 2 { // made, then made again before it is sent
				if code, _, stderr := execCLI(t, args...); code != 0 {
					t.Fatalf("run %d: exit %d: %s", i+1, code, stderr)
				}
			}
			cell := typeIntoBlank(t, p, c.col, c.v)
			reply, _ := os.ReadFile(p)
			code, _, stderr := execCLI(t, args...)
			if code != 2 || !strings.Contains(stderr, "-o "+p+": 回答・コメントが記入された確認票（質問!") ||
				!strings.Contains(stderr, "riskregister import で取り込み") {
				t.Errorf("typed %s into 質問!%s: exit %d, stderr %q; want 2 and the refusal", c.v, cell, code, stderr)
			}
			if after, _ := os.ReadFile(p); string(after) != string(reply) {
				t.Error("the reply with typed answers was overwritten")
			}
		})
	}
}
