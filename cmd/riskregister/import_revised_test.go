package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/store"
	"github.com/gikai-sec/riskregister/riskassess/xlsx"
	"github.com/xuri/excelize/v2"
)

// TestImportQuestionRevisedSince: a questionnaire made by an earlier
// catalogue whose question text has changed since was imported as if it
// answered the question as it is now. The report says, for that question,
// that its answer is not imported, the entry keeps no such answer, and the
// answer to a question that did not change is recorded.
func TestImportQuestionRevisedSince(t *testing.T) {
	dir := qWriteRegister(t)
	reg, reqs := loadCatalogued(t, dir)
	q := &xlsx.Questionnaire{Kind: riskassess.KindContractor, Entry: reg.Entry(riskassess.KindContractor, "acme"), Register: reg,
		Requirements: reqs, CatalogueVersion: "2026.12.2"}
	rows := q.Rows()
	var changed, kept string
	for _, r := range rows {
		if r.Question.Type != riskassess.AnswerYesNo {
			continue
		}
		if changed == "" {
			changed = r.Question.ID
		} else if kept == "" {
			kept = r.Question.ID
		}
	}
	if kept == "" {
		t.Fatal("fewer than two yes/no questions: the test proves nothing")
	}
	// The earlier catalogue asked the first question in other words.
	old := make([]riskassess.Requirement, len(reqs))
	copy(old, reqs)
	for i := range old {
		if old[i].Question != nil && old[i].Question.ID == changed {
			oq := *old[i].Question
			oq.Text = riskassess.T("（旧）"+oq.Text.Ja, "(old) "+oq.Text.En)
			old[i].Question = &oq
		}
	}
	q.Requirements = old
	p := filepath.Join(t.TempDir(), "acme-old.xlsx")
	if err := q.WriteFile(p); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(p)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{changed, kept} {
		f.SetCellStr("質問", "D"+strconv.Itoa(findRow(t, f, id)), "いいえ")
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", "2026-04-15", p)
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, stdout, stderr)
	}
	var line string
	for _, l := range strings.Split(stdout, "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), changed+" ") {
			line = l
		}
	}
	if !strings.Contains(line, "質問が変わったため回答を取り込みません") {
		t.Errorf("the report does not say %s's answer is not imported:\n%s", changed, stdout)
	}
	after, err := store.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	ans := after.Entry(riskassess.KindContractor, "acme").Base().Answers
	if a := ans[changed]; a.Value == xlsx.No {
		t.Errorf("%s = %+v: the answer to the question as it was is recorded", changed, a)
	}
	if a := ans[kept]; a.Value != xlsx.No {
		t.Errorf("%s = %+v, want no (its question did not change)", kept, a)
	}
}

// TestImportOwnQuestionEdited: a questionnaire made from the current
// catalogue version whose council's own question (register.yaml
// requirements.add, Q-ORG-01 of the example) was edited since said
// 要件カタログの版が違います on its line and, in its message, 要件カタログの
// 版「2026.12.3」が現在の版と違います（現在の版: 2026.12.3）, contradicting
// itself. The line and the message now say only that the question text
// changed and its answer is not imported; the answer is still not recorded.
func TestImportOwnQuestionEdited(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "reg")
	copyTree(t, exampleRegister, dir)
	p := filepath.Join(t.TempDir(), "eizo.xlsx")
	if code, stdout, stderr := execCLI(t, "questionnaire", "--register", dir, "--kind", "contractor", "--entry", "chofu-eizo-haishin",
		"--as-of", "2026-11-20", "--return-to", "somu@city.chofu.example", "-o", p); code != 0 {
		t.Fatalf("questionnaire: exit %d\n%s\n%s", code, stdout, stderr)
	}
	f, err := excelize.OpenFile(p)
	if err != nil {
		t.Fatal(err)
	}
	f.SetCellStr("質問", "D"+strconv.Itoa(findRow(t, f, "Q-ORG-01")), "いいえ")
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	fillRespondent(t, p)
	yaml := filepath.Join(dir, "register.yaml")
	b, err := os.ReadFile(yaml)
	if err != nil {
		t.Fatal(err)
	}
	const was, now = "障害発生から1時間以内に", "障害発生から30分以内に"
	if !bytes.Contains(b, []byte(was)) {
		t.Fatalf("register.yaml has no %q: the test proves nothing", was)
	}
	if err := os.WriteFile(yaml, bytes.Replace(b, []byte(was), []byte(now), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"ja", "en"} {
		code, stdout, stderr := execCLI(t, "import", "--register", dir, "--lang", lang, "--dry-run", "--as-of", "2026-11-27", p)
		if code != 0 {
			t.Fatalf("import: exit %d\n%s\n%s", code, stdout, stderr)
		}
		var line string
		for _, l := range strings.Split(stdout, "\n") {
			if strings.HasPrefix(strings.TrimSpace(l), "Q-ORG-01 ") {
				line = l
			}
		}
		want := map[string]string{"ja": "質問文が変わったため回答を取り込みません", "en": "the question text has changed: the answer is not imported"}[lang]
		if !strings.Contains(line, want) || strings.Contains(line, "版") || strings.Contains(line, "version") {
			t.Errorf("%s: Q-ORG-01's line %q, want it to say %q and name no version", lang, line, want)
		}
	}
	code, stdout, stderr := execCLI(t, "import", "--register", dir, "--format", "json", "--dry-run", "--as-of", "2026-11-27", p)
	if code != 0 {
		t.Fatalf("import: exit %d\n%s\n%s", code, stdout, stderr)
	}
	if !strings.Contains(stdout, "質問「Q-ORG-01」の質問文が、確認票を作った後に変わりました") || strings.Contains(stdout, "現在の版") {
		t.Errorf("the JSON message names a version or not the change:\n%s", stdout)
	}
}

// TestAssessQuestionRevisedSinceAnswer: a vendor answered はい to the
// council's own question Q-ORG-01 (register.yaml requirements.add) and
// the questionnaire was imported; the council then changed the question
// (1時間以内に…対応を開始 → 30分以内に…現地に到着). assess scored ORG-01 as
// met from the はい given to the old wording. The answer now does not
// count: ORG-01 is not answered, with a message saying the question
// changed since the answer of that date and asking for a new one; the
// next questionnaire asks the question afresh (not pre-filled with the
// old answer), and answered again (the same はい) it is met. Unchanged,
// the same import keeps ORG-01 met.
func TestAssessQuestionRevisedSinceAnswer(t *testing.T) {
	const entry = "chofu-eizo-haishin"
	finding := func(t *testing.T, dir string) (outcome, msgJa, msgEn string) {
		t.Helper()
		code, stdout, stderr := execCLI(t, "assess", "--register", dir, "--as-of", "2026-11-28", "--id", entry, "--format", "json")
		if code != 0 {
			t.Fatalf("assess: exit %d\n%s\n%s", code, stdout, stderr)
		}
		var out []struct {
			Findings []struct {
				Requirement string          `json:"requirement"`
				Outcome     string          `json:"outcome"`
				Message     riskassess.Text `json:"message"`
			} `json:"findings"`
		}
		if err := json.Unmarshal([]byte(stdout), &out); err != nil || len(out) != 1 {
			t.Fatalf("assess output: %v\n%s", err, stdout)
		}
		for _, f := range out[0].Findings {
			if f.Requirement == "ORG-01" {
				return f.Outcome, f.Message.Ja, f.Message.En
			}
		}
		t.Fatalf("no finding of ORG-01:\n%s", stdout)
		return
	}
	for _, change := range []bool{false, true} {
		t.Run(map[bool]string{false: "unchanged", true: "changed"}[change], func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "reg")
			copyTree(t, exampleRegister, dir)
			p := filepath.Join(t.TempDir(), "eizo.xlsx")
			if code, stdout, stderr := execCLI(t, "questionnaire", "--register", dir, "--kind", "contractor", "--entry", entry,
				"--as-of", "2026-11-20", "--return-to", "somu@city.chofu.example", "-o", p); code != 0 {
				t.Fatalf("questionnaire: exit %d\n%s\n%s", code, stdout, stderr)
			}
			f, err := excelize.OpenFile(p)
			if err != nil {
				t.Fatal(err)
			}
			f.SetCellStr("質問", "D"+strconv.Itoa(findRow(t, f, "Q-ORG-01")), "はい")
			if err := f.Save(); err != nil {
				t.Fatal(err)
			}
			fillRespondent(t, p)
			if code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", "2026-11-27", p); code != 0 {
				t.Fatalf("import: exit %d\n%s\n%s", code, stdout, stderr)
			}
			if !change {
				if o, _, _ := finding(t, dir); o != "met" {
					t.Errorf("ORG-01 %s, want met (the question did not change)", o)
				}
				return
			}
			yaml := filepath.Join(dir, "register.yaml")
			b, err := os.ReadFile(yaml)
			if err != nil {
				t.Fatal(err)
			}
			const was, now = "障害発生から1時間以内に技術者が対応を開始できる", "障害発生から30分以内に技術者が現地に到着できる"
			if !bytes.Contains(b, []byte(was)) {
				t.Fatalf("register.yaml has no %q: the test proves nothing", was)
			}
			if err := os.WriteFile(yaml, bytes.Replace(b, []byte(was), []byte(now), 1), 0o644); err != nil {
				t.Fatal(err)
			}
			o, ja, en := finding(t, dir)
			if o != "not-answered" || !strings.Contains(ja, "質問文が変わった") || !strings.Contains(ja, "回答し直して") ||
				!strings.Contains(en, "the question has changed") || !strings.Contains(ja+en, "2026-11-") {
				t.Errorf("ORG-01 %s %q / %q, want not answered: the question changed since the answer (its date), answer again", o, ja, en)
			}
			// The next questionnaire does not offer the old answer.
			p2 := filepath.Join(t.TempDir(), "eizo2.xlsx")
			if code, stdout, stderr := execCLI(t, "questionnaire", "--register", dir, "--kind", "contractor", "--entry", entry,
				"--as-of", "2026-11-28", "--return-to", "somu@city.chofu.example", "-o", p2); code != 0 {
				t.Fatalf("questionnaire: exit %d\n%s\n%s", code, stdout, stderr)
			}
			f2, err := excelize.OpenFile(p2)
			if err != nil {
				t.Fatal(err)
			}
			defer f2.Close()
			row := "D" + strconv.Itoa(findRow(t, f2, "Q-ORG-01"))
			if v, _ := f2.GetCellValue("質問", row); v != "" {
				t.Errorf("the new questionnaire offers %q, the answer to the question as it was", v)
			}
			// The vendor answers the question as it is now, with the same
			// はい, comment and every other answer as before: that is
			// recorded (not "the same as the last record") and counts.
			f2.SetCellStr("質問", row, "はい")
			f2.SetCellStr("質問", "E"+row[1:], "会期中は配信オペレーター2名が中継室に常駐")
			if err := f2.Save(); err != nil {
				t.Fatal(err)
			}
			fillRespondent(t, p2)
			if code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", "2026-11-28", p2); code != 0 {
				t.Fatalf("import: exit %d\n%s\n%s", code, stdout, stderr)
			}
			if o, ja, _ := finding(t, dir); o != "met" {
				t.Errorf("answered again to the question as it is: ORG-01 %s %q, want met", o, ja)
			}
		})
	}
}
