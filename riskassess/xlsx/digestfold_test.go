package xlsx

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"go.yaml.in/yaml/v3"
)

// knownQuestionTexts returns every question text and choice label of the
// built-in catalogue and of the examples' register.yaml files, in both
// languages, and (all) every other text of those files.
func knownQuestionTexts(t *testing.T) (questions, all []string) {
	t.Helper()
	var out []string
	for _, r := range catalog.Default() {
		if q := r.Question; q != nil {
			out = append(out, q.Text.Ja, q.Text.En)
			for _, c := range q.Choices {
				out = append(out, c.ID, c.Label.Ja, c.Label.En)
			}
		}
	}
	files, _ := filepath.Glob("../../examples/*/register.yaml")
	if len(files) == 0 {
		t.Fatal("no example register.yaml")
	}
	var walk func(n *yaml.Node, question bool)
	walk = func(n *yaml.Node, question bool) {
		if n.Kind == yaml.ScalarNode {
			all = append(all, n.Value)
			if question {
				out = append(out, n.Value)
			}
		}
		for i, c := range n.Content {
			walk(c, question || n.Kind == yaml.MappingNode && i%2 == 1 && n.Content[i-1].Value == "question")
		}
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var n yaml.Node
		if err := yaml.Unmarshal(b, &n); err != nil {
			t.Fatal(err)
		}
		walk(&n, false)
	}
	if len(out) < 100 {
		t.Fatalf("%d question texts: the walk missed them", len(out))
	}
	return out, append(all, out...)
}

// oldFold is riskassess's fold before FoldText (spaces removed, full-width
// ASCII made half-width): the digests import records already hold.
func oldFold(s string) string {
	var buf []byte
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			continue
		case r >= 0xFF01 && r <= 0xFF5E:
			r -= 0xFEE0
		}
		buf = utf8.AppendRune(buf, r)
	}
	return string(buf)
}

// TestDigestFoldsAgree: the workbook's digest (NFKC) and the import
// record's (riskassess.FoldText) fold every character of the blocks
// FoldText covers, the texts of the catalogue and the examples, and the
// re-typings a user makes, alike; and FoldText leaves the digests of the
// catalogue's and examples' questions as they were recorded.
func TestDigestFoldsAgree(t *testing.T) {
	for _, rg := range foldRanges {
		for r := rg[0]; r <= rg[1]; r++ {
			ss := []string{string(r)}
			if !strings.ContainsFunc(digestFold(string(r)), func(r rune) bool { return unicode.Is(unicode.M, r) }) {
				// A combining mark NFKC would reorder among others aside.
				ss = append(ss, "カ"+string(r)+"ﾞ", "ｶ"+string(r), string(r)+"ﾟ")
			}
			for _, s := range ss {
				if got, want := riskassess.FoldText(s), digestFold(s); got != want {
					t.Errorf("U+%04X in %q: FoldText %q, NFKC %q", r, s, got, want)
				}
			}
		}
	}
	questions, all := knownQuestionTexts(t)
	for _, s := range all {
		if got, want := riskassess.FoldText(s), digestFold(s); got != want {
			t.Errorf("%q: FoldText %q, NFKC %q", s, got, want)
		}
	}
	for _, s := range questions {
		if got, want := riskassess.FoldText(s), oldFold(s); got != want {
			t.Errorf("%q: FoldText %q, recorded digests folded %q", s, got, want)
		}
	}
	// Whether two texts are the same question, both ways.
	question := func(ja string) *riskassess.Question {
		return &riskassess.Question{ID: "Q-X", Text: riskassess.T(ja, "")}
	}
	for _, tt := range []struct {
		a, b string
		same bool
	}{
		{"エンジニアが常駐しますか。", "ｴﾝｼﾞﾆｱが常駐しますか。", true},
		{"パスワードを変更できますか。", "ﾊﾟｽﾜｰﾄﾞを変更できますか。", true},
		{"ガイドライン", "カ\u3099イドライン", true},
		{"ガイドライン", "カ゛イドライン", false}, // a spacing ゛ is a mark of its own (NFKC: space + U+3099)
		{"エンジニア", "エンジ\u200bニア", true},
		{"エンジニア", "\ufeffエン\u2060ジ\u200cニ\u200dア\u00ad", true},
		{"1年以内", "①年以内", true},
		{"(株)に委託", "㈱に委託", true},
		{"株式会社に委託", "㍿に委託", true},
		{"ABC認証", "ＡＢＣ認証", true},
		{"障害時に連絡", "障害時に　連絡", true},
		{"サーバー、端末", "サーバー,端末", false},
		{"サーバー、端末", "サーバー､端末", true}, // half-width 、 (U+FF64)
		{"エンジニア", "エンジニヤ", false},
		{"1年以内", "2年以内", false},
	} {
		rec := riskassess.QuestionDigest(question(tt.a)) == riskassess.QuestionDigest(question(tt.b))
		book := QuestionDigest(tt.a) == QuestionDigest(tt.b)
		if rec != tt.same || book != tt.same {
			t.Errorf("%q / %q: import record same %v, workbook same %v, want %v", tt.a, tt.b, rec, book, tt.same)
		}
	}
}
