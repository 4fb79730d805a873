package riskassess_test

import (
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
)

// TestAnswerToChangedQuestion: an answer imported with the digest of its
// question (AssessmentRecord.Questions) counts only while the question is
// the one answered. A built-in catalogue question whose text changed
// since (the record holds the digest of the earlier text) was scored met
// from the はい given to the earlier text; it is now not answered, with a
// message naming the answer's date and asking for a new answer. The same
// answer with the current question's digest, or with no digest (typed
// into the register, or a record made before digests were kept), is met
// as before; AnswerOutdated agrees with the scoring.
func TestAnswerToChangedQuestion(t *testing.T) {
	reg, reqs := exampleRegister(t)
	asOf := mustAssess(riskassess.ParseDate("2026-11-27"))
	// A built-in vendor yes/no question whose はい alone makes its
	// requirement met.
	var e riskassess.Entry
	var q *riskassess.Question
	var rid string
	c := reg.Contractors[0]
	for i := range reqs {
		r := &reqs[i]
		if r.Question == nil || r.Question.Type != riskassess.AnswerYesNo || r.AttestedBy != riskassess.AttestVendor ||
			!r.AppliesTo(riskassess.KindContractor) || strings.HasPrefix(r.ID, "ORG-") {
			continue
		}
		b := c.Base()
		b.Answers = map[string]riskassess.Answer{r.Question.ID: {Value: "yes"}}
		b.Assessments = nil
		a := mustAssess(scorer().Assess(&reg.Org, reqs, c, asOf))
		for _, f := range a.Findings {
			if f.Requirement == r.ID && f.Outcome == riskassess.OutcomeMet && f.Evidence == "answers."+r.Question.ID {
				e, q, rid = c, r.Question, r.ID
			}
		}
		if e != nil {
			break
		}
	}
	if e == nil {
		t.Fatal("no built-in vendor yes/no question met by its answer: the test proves nothing")
	}
	answeredOn := mustAssess(riskassess.ParseDate("2026-04-05"))
	old := *q
	old.Text = riskassess.T("（旧）"+q.Text.Ja, "(old) "+q.Text.En)
	if riskassess.QuestionDigest(&old) == riskassess.QuestionDigest(q) {
		t.Fatal("the old and the new text have one digest")
	}
	tests := []struct {
		name    string
		digests map[string]string
		want    riskassess.Outcome
	}{
		{"changed since", map[string]string{q.ID: riskassess.QuestionDigest(&old)}, riskassess.OutcomeNotAnswered},
		{"unchanged", map[string]string{q.ID: riskassess.QuestionDigest(q)}, riskassess.OutcomeMet},
		{"no digest", nil, riskassess.OutcomeMet},
		{"digest of another question only", map[string]string{"Q-OTHER": "0123456789abcdef"}, riskassess.OutcomeMet},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := e.Base()
			b.Answers = map[string]riskassess.Answer{q.ID: {Value: "yes", Cell: "質問!D9"}}
			b.Assessments = []riskassess.AssessmentRecord{{On: answeredOn, Source: "acme.xlsx", SHA256: "00",
				Answered: []string{q.ID}, Questions: tt.digests}}
			a := mustAssess(scorer().Assess(&reg.Org, reqs, e, asOf))
			var f *riskassess.Finding
			for i := range a.Findings {
				if a.Findings[i].Requirement == rid {
					f = &a.Findings[i]
				}
			}
			if f == nil {
				t.Fatalf("no finding of %s", rid)
			}
			if f.Outcome != tt.want {
				t.Errorf("%s: %s %q, want %s", rid, f.Outcome, f.Message.Ja, tt.want)
			}
			on, outdated := riskassess.AnswerOutdated(e, q)
			if outdated != (tt.want == riskassess.OutcomeNotAnswered) {
				t.Errorf("AnswerOutdated = %v, the scoring says %s", outdated, f.Outcome)
			}
			if tt.want != riskassess.OutcomeNotAnswered {
				return
			}
			if on != answeredOn {
				t.Errorf("AnswerOutdated on %s, want %s", on, answeredOn)
			}
			if !strings.Contains(f.Message.Ja, "質問文が変わった") || !strings.Contains(f.Message.Ja, "2026-04-05") ||
				!strings.Contains(f.Message.En, "the question has changed") || !strings.Contains(f.Message.En, "2026-04-05") {
				t.Errorf("message %q / %q: want the change, the answer's date and a new answer asked for", f.Message.Ja, f.Message.En)
			}
			if f.Provenance == nil || f.Provenance.Source != "acme.xlsx" {
				t.Errorf("provenance %+v, want the workbook the answer came from", f.Provenance)
			}
		})
	}
}

// TestQuestionDigest: the digest of a question changes with a word of its
// text in either language or of a choice, not with spaces, line breaks or
// full-width ASCII (a question re-wrapped in register.yaml).
func TestQuestionDigest(t *testing.T) {
	q := riskassess.Question{ID: "Q-X", Text: riskassess.T("障害発生から1時間以内に対応を開始できますか。", "Can you start within one hour?"),
		Type: riskassess.AnswerChoice, Choices: []riskassess.Choice{{ID: "a", Label: riskassess.T("はい", "Yes")}}}
	d := riskassess.QuestionDigest(&q)
	if len(d) != 16 {
		t.Fatalf("digest %q, want 16 hex digits", d)
	}
	same := q
	same.Text = riskassess.T("障害発生から　１時間以内に\n対応を開始できますか。", "Can you start\n  within one hour?")
	if got := riskassess.QuestionDigest(&same); got != d {
		t.Errorf("re-wrapped: %s, want %s", got, d)
	}
	for name, edit := range map[string]func(*riskassess.Question){
		"ja": func(q *riskassess.Question) {
			q.Text.Ja = "障害発生から30分以内に現地に到着できますか。"
		},
		"en": func(q *riskassess.Question) { q.Text.En = "Can you arrive within 30 minutes?" },
		"choice": func(q *riskassess.Question) {
			q.Choices = []riskassess.Choice{{ID: "a", Label: riskassess.T("はい（常時）", "Yes")}}
		},
		"joined": func(q *riskassess.Question) { q.Text = riskassess.T(q.Text.Ja+q.Text.En, "") },
	} {
		c := q
		edit(&c)
		if riskassess.QuestionDigest(&c) == d {
			t.Errorf("%s changed: the digest did not", name)
		}
	}
}

// TestQuestionDigestWidths: a question re-typed in another width or with
// invisible characters (what NFKC folds, as the workbook's digest does)
// is the same question; a changed mark is not.
func TestQuestionDigestWidths(t *testing.T) {
	digest := func(ja string) string {
		return riskassess.QuestionDigest(&riskassess.Question{ID: "Q-X", Text: riskassess.T(ja, "Is an engineer on site?")})
	}
	for _, tt := range []struct {
		a, b string
		same bool
	}{
		{"エンジニアが常駐しますか。", "ｴﾝｼﾞﾆｱが常駐しますか。", true},
		{"パスワードを変更できますか。", "ﾊﾟｽﾜｰﾄﾞを変更できますか。", true},
		{"ガイドラインに従いますか。", "カ\u3099イドラインに従いますか。", true}, // decomposed (NFD) ガ
		{"エンジニアが常駐しますか。", "エンジ\u200bニアが常駐しますか。", true},
		{"エンジニアが常駐しますか。", "\ufeffエンジニアが\u200c常駐\u200dしますか。", true},
		{"1 年以内に更新しますか。", "① 年以内に更新しますか。", true},
		{"(株)に委託しますか。", "㈱に委託しますか。", true},
		{"ABC 認証を取得していますか。", "ＡＢＣ認証を取得していますか。", true},
		{"障害時に連絡しますか。", "障害時に　連絡しますか。", true},
		{"サーバー、端末を管理しますか。", "サーバー,端末を管理しますか。", false},
		{"エンジニアが常駐しますか。", "エンジニヤが常駐しますか。", false},
		{"ハスワードを変更できますか。", "パスワードを変更できますか。", false},
		{"1 年以内に更新しますか。", "2 年以内に更新しますか。", false},
	} {
		if got := digest(tt.a) == digest(tt.b); got != tt.same {
			t.Errorf("%q / %q: same %v, want %v", tt.a, tt.b, got, tt.same)
		}
	}
}

// TestWideKana: runs of half-width katakana read as full width, marks
// joined, the rest (spaces, ASCII, full-width text) left as it is.
func TestWideKana(t *testing.T) {
	for in, want := range map[string]string{
		"ｼﾝｶﾞﾎﾟｰﾙ":        "シンガポール",
		"東京（ﾊﾞｯｸｱｯﾌﾟ：なし）": "東京（バックアップ：なし）",
		"ｳﾞｪﾈﾂｨｱ DR":      "ヴェネツィア DR",
		"Tokyo (no ｿｳﾙ)":  "Tokyo (no ソウル)",
		"シンガポール":          "シンガポール",
	} {
		if got := riskassess.WideKana(in); got != want {
			t.Errorf("WideKana(%q) = %q, want %q", in, got, want)
		}
	}
}
