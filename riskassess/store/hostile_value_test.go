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
