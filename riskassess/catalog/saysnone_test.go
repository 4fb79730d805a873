package catalog

import (
	"strings"
	"testing"
)

// fullWidth is s with ASCII made full width, as halfWidth reads it back.
func fullWidth(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '!' && r <= '~' {
			return r + 0xFEE0
		}
		return r
	}, s)
}

// TestSaysNoneQuick holds saysNone, with its quick test mayBeNoneWord,
// to saysNoneSlow on every word for none written as people write it
// (upper case, full width, spaced, with a note in brackets, a closing 。)
// and on texts that are not one (ids, URLs, sentences, broken UTF-8).
func TestSaysNoneQuick(t *testing.T) {
	var vs []string
	for _, w := range noneWords {
		for _, v := range []string{w, strings.ToUpper(w), fullWidth(w), fullWidth(strings.ToUpper(w)), " \u3000" + w + "。",
			"\t" + w + "（令和9年度に策定予定）", w + " (tbd)", "(" + w + ")", "（" + w + "）", w + "x", "x" + w} {
			vs = append(vs, v)
		}
	}
	vs = append(vs, "", " ", "\u3000", "。", ".", "．", "staff-03", "https://www.example.lg.jp/", "投稿運用ルールに従う", "Ｎ/Ａ", "\xffなし",
		"なし\xff", "\xef\xbc", "\u212Aelvin", "İ", "\u0085なし", "\u00a0none", "ＴＢＤ（来年度）", "未定 。", "--.", "ー。",
		"---", "ーーー", "―――（未定）", "－－－", "ｰｰｰ", "−−", "➖➖", "—-", "--x", "ー ー", "ーク")
	n := 0
	for _, v := range vs {
		got, want := saysNone(v), saysNoneSlow(v)
		if got != want {
			t.Errorf("saysNone(%q) = %v, saysNoneSlow %v", v, got, want)
		}
		if want {
			n++
		}
	}
	if n < 4*len(noneWords) {
		t.Errorf("only %d of the texts say none: the test no longer reaches saysNoneSlow's words", n)
	}
}

// FuzzSaysNone holds saysNone to saysNoneSlow on any text.
func FuzzSaysNone(f *testing.F) {
	for _, w := range noneWords {
		f.Add(w)
		f.Add(fullWidth(strings.ToUpper(w)) + "（注）")
	}
	f.Fuzz(func(t *testing.T, v string) {
		if got, want := saysNone(v), saysNoneSlow(v); got != want {
			t.Errorf("saysNone(%q) = %v, saysNoneSlow %v", v, got, want)
		}
	})
}

// TestArticleSaysAbsent holds articleSaysAbsent, with saysNone's quick
// test, to its words as people write them, and keeps the article words
// that say only the number is not known (-, 不明, 未定) out of it.
func TestArticleSaysAbsent(t *testing.T) {
	for _, w := range clauseAbsentWords {
		for _, v := range []string{w, strings.ToUpper(w), fullWidth(w), " " + w + "。", w + "（注）"} {
			if !articleSaysAbsent(v) {
				t.Errorf("articleSaysAbsent(%q) = false", v)
			}
		}
		if !saysNone(w) {
			t.Errorf("clause-absent word %q is not one of noneWords", w)
		}
	}
	for _, v := range []string{"", "-", "ー", "不明", "未定", "確認中", "TBD", "?", "第6条", "特記事項", "別紙 SLA", "なし崩し"} {
		if articleSaysAbsent(v) {
			t.Errorf("articleSaysAbsent(%q) = true", v)
		}
	}
}
