package xlsx

import (
	"slices"
	"strconv"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
)

// FuzzNormaliseAnswer feeds arbitrary cell text to the answer normaliser
// for every question type. It must never panic; an accepted answer must be
// a value the register can hold (a yes/no value, a choice id, a date
// riskassess.ParseDate reads, a number strconv reads) and must normalise
// to itself again; a refused answer must come with a code and, except for
// text, the allowed answers.
func FuzzNormaliseAnswer(f *testing.F) {
	for _, s := range []string{"はい", "ＹＥＳ", "○", "該当なし", "n/a", "一部", "ISMAP登録済み", "liu",
		"令和8年4月1日", "R8.4.1", "2026/4/1", "46113", "46113.75", "2026-04-01 00:00:00", "2026-04-01T09:00:00",
		"99.9", "1,000", "99,9", "50%", "１２３", "-0", "1e308", "1e309", "NaN", "", " \u3000", "\x00", "TRUE"} {
		f.Add(s, false)
	}
	choices := []riskassess.Choice{
		{ID: "ismap", Label: riskassess.T("ISMAP登録済み", "ISMAP listed")},
		{ID: "liu", Label: riskassess.T("ISMAP-LIU登録済み", "ISMAP-LIU listed")},
		{ID: "none", Label: riskassess.T("登録なし", "Not listed")},
	}
	qs := []*riskassess.Question{nil,
		{ID: "Q-YN", Type: riskassess.AnswerYesNo}, {ID: "Q-CH", Type: riskassess.AnswerChoice, Choices: choices},
		{ID: "Q-DT", Type: riskassess.AnswerDate}, {ID: "Q-NUM", Type: riskassess.AnswerNumber},
		{ID: "Q-TX", Type: riskassess.AnswerText}}
	ids := []string{"ismap", "liu", "none"}
	f.Fuzz(func(t *testing.T, raw string, date1904 bool) {
		for _, q := range qs {
			typ := riskassess.AnswerText
			if q != nil {
				typ = q.Type
			}
			for _, lang := range []riskassess.Lang{"ja", "en"} {
				v, code, allowed, _ := normaliseAnswer(q, raw, true, date1904, lang)
				if code != 0 {
					if v != "" {
						t.Fatalf("%s %q: refused (%v) with value %q", typ, raw, code, v)
					}
					if code.Severity() != SeverityError || (len(allowed) == 0 && typ != riskassess.AnswerText) {
						t.Fatalf("%s %q: code %v allowed %v", typ, raw, code, allowed)
					}
					continue
				}
				switch {
				case q == nil:
				case typ == riskassess.AnswerYesNo:
					if !slices.Contains(yesNoOrder, v) {
						t.Fatalf("yes/no %q -> %q", raw, v)
					}
				case typ == riskassess.AnswerChoice:
					if !slices.Contains(ids, v) {
						t.Fatalf("choice %q -> %q", raw, v)
					}
				case typ == riskassess.AnswerDate:
					if _, err := riskassess.ParseDate(v); err != nil {
						t.Fatalf("date %q -> %q, which the register cannot read: %v", raw, v, err)
					}
				case typ == riskassess.AnswerNumber:
					if _, err := strconv.ParseFloat(v, 64); err != nil {
						t.Fatalf("number %q -> %q: %v", raw, v, err)
					}
				}
				v2, code2, _, _ := normaliseAnswer(q, v, false, date1904, lang)
				if code2 != 0 || v2 != v {
					t.Fatalf("%s %q -> %q -> %q (%v): not idempotent", typ, raw, v, v2, code2)
				}
			}
		}
	})
}
