package store

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// TestLongIDSuggestion: "did you mean" compares ids by edit distance, whose
// cost is the product of the two lengths. A 100,000-character section id in
// register.yaml and a reference that misses it by one character took 28 s
// before the inputs of the suggestion were bounded; now the reference is
// reported at once, with the value cut in the message. The bound (2 s) is
// generous: the load takes a few milliseconds.
func TestLongIDSuggestion(t *testing.T) {
	long := strings.Repeat("a", 100_000)
	ref := long[:len(long)-1] + "b"
	dir := writeTxtar(t, strings.Replace(registerYAML, "  - id: somu\n", "  - id: "+long+"\n  - id: somu\n", 1)+
		"-- contractors/acme.yaml --\nname: {ja: アクメ}\nlegal_name: アクメ\napproval: {status: approved}\nowner: {section: "+ref+"}\n"+
		"? "+ref+"\n: 1\n")
	start := time.Now()
	_, err := Load(dir)
	elapsed := time.Since(start)
	t.Logf("Load with 100,000-character ids: %v", elapsed)
	if elapsed > 2*time.Second {
		t.Errorf("Load took %v, want well under 2 s", elapsed)
	}
	var es Errors
	if !errors.As(err, &es) {
		t.Fatalf("Load: %v", err)
	}
	cut := strings.Repeat("a", maxQuoted) + "…"
	want := []string{
		`contractors/acme.yaml:4:18: owner.section の課 "` + cut + `"（100000 文字） は register.yaml の sections: にありません`,
		`contractors/acme.yaml:5:3: 未知の項目 "` + cut + `"（100000 文字） です（つづりを直すか、削除してください）`,
	}
	got := strings.Split(es.Message("ja"), "\n")
	if len(got) != len(want) {
		t.Fatalf("got %d errors, want %d:\n%.2000s", len(got), len(want), es.Message("ja"))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("error %d:\n got %.300s\nwant %s", i, got[i], want[i])
		}
	}
	if en := es[0].Error(); !strings.Contains(en, `"`+cut+`" (100000 characters) in owner.section`) {
		t.Errorf("English message %.300s", en)
	}
}

// TestQuoted checks the cut of long values in messages.
func TestQuoted(t *testing.T) {
	for _, tt := range []struct{ in, en, ja string }{
		{"somu", `"somu"`, `"somu"`},
		{"課\x1b", `"課\x1b"`, `"課\x1b"`},
		{strings.Repeat("あ", maxQuoted), `"` + strings.Repeat("あ", maxQuoted) + `"`, `"` + strings.Repeat("あ", maxQuoted) + `"`},
		{strings.Repeat("あ", maxQuoted+1), `"` + strings.Repeat("あ", maxQuoted) + `…" (81 characters)`, `"` + strings.Repeat("あ", maxQuoted) + `…"（81 文字）`},
	} {
		if got := quoted(tt.in, "en"); got != tt.en {
			t.Errorf("quoted(%q, en) = %s, want %s", tt.in, got, tt.en)
		}
		if got := quoted(tt.in, "ja"); got != tt.ja {
			t.Errorf("quoted(%q, ja) = %s, want %s", tt.in, got, tt.ja)
		}
	}
}

// BenchmarkSuggestLong measures a suggestion for a long id against long
// candidates (the worst case before the bound).
func BenchmarkSuggestLong(b *testing.B) {
	long := strings.Repeat("a", 100_000)
	cands := []string{long, "somu", "jimukyoku", long[:60_000]}
	for b.Loop() {
		suggest(long[:99_999]+"b", cands)
	}
}

// TestManyItems: a list of a million one-letter ids fits in 2 MB (under
// MaxFileSize) but took 2 s and 580 MB to parse; a file over MaxItems lines
// and commas is refused before it is parsed, naming the file, and the rest
// of the register is still checked. At the limit the file is parsed.
func TestManyItems(t *testing.T) {
	entry := func(n int) string {
		return "-- contractors/acme.yaml --\nname: {ja: アクメ}\nlegal_name: アクメ\napproval: {status: approved}\nowner: {section: somu}\n" +
			"# " + strings.Repeat(",", n) + "\n"
	}
	// The entry above has 5 newlines of its own.
	over := writeTxtar(t, registerYAML+entry(MaxItems-4)+
		"-- contractors/beta.yaml --\nname: {ja: ベータ}\nlegal_name: ベータ\napproval: {status: approved}\nowner: {section: nosuch}\n")
	_, err := Load(over)
	var es Errors
	if !errors.As(err, &es) {
		t.Fatalf("Load: %v, want errors", err)
	}
	var codes []string
	for _, e := range es {
		codes = append(codes, e.File+" "+string(e.Code))
	}
	if want := []string{"contractors/acme.yaml " + string(CodeFileTooLarge), "contractors/beta.yaml " + string(CodeDanglingRef)}; strings.Join(codes, "\n") != strings.Join(want, "\n") {
		t.Errorf("errors %q, want %q", codes, want)
	}
	if m := es[0].Message("ja"); !strings.Contains(m, "100001 個") || !strings.Contains(es[0].Error(), "more than the limit of 100000") {
		t.Errorf("message %q / %q", m, es[0].Error())
	}
	if _, err := Load(writeTxtar(t, registerYAML+entry(MaxItems-5))); err != nil {
		t.Errorf("a file at the limit: %v", err)
	}
}
