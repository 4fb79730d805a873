package riskassess

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// JapanHedge returns the words of s that say a place is in Japan only
// mostly or as a rule — a hedge before a word for Japan (主に国内, 原則として
// 国内, 基本的に日本, ほぼ国内, 大部分は国内, mainly in Japan, mostly domestic)
// or after it (国内中心, 国内がメイン, 国内主体, 日本優先, Japan-centric) — as
// written (full width made half width), and true. Such a data location or
// work site does not say where the rest is: read as Japan, it would count
// as all in Japan. 日本 counts only as a word (not 日本橋, a district of
// Tokyo); 国内のみ, 原則として受託者事務所 (no word for Japan after the
// hedge), 主に国内向け (who something is for), 東京（メイン） and a hedge said
// to have no exception (原則国内
// （例外なし）: hedgeCancels) are no such words. Full-width letters and
// spaces count as half width (ＭＡＩＮＬＹ　ＪＡＰＡＮ).
func JapanHedge(s string) (string, bool) {
	shown := strings.Map(func(r rune) rune {
		if r == '\u3000' {
			return ' '
		}
		return NarrowRune(r)
	}, s)
	l := strings.ToLower(shown)
	if len(l) != len(shown) {
		shown = l // lower case moved the bytes: show it in lower case
	}
	for _, w := range hedgeCancels {
		if strings.Contains(l, w) {
			return "", false // 原則国内（例外なし）: no rest to be said
		}
	}
	for _, jw := range japanWords {
		for i := range occurrences(l, jw) {
			end := i + len(jw)
			if jw == "日本" {
				if r, _ := utf8.DecodeRuneInString(l[end:]); unicode.Is(unicode.Han, r) && !strings.ContainsRune("国全各", r) {
					continue // 日本橋, 日本大通
				}
			}
			if isASCIIWord(jw) && (i > 0 && asciiLetter(l[i-1]) || end < len(l) && asciiLetter(l[end])) {
				continue // japanese, domestically
			}
			if strings.HasPrefix(l[end:], "向け") {
				continue // 主に国内向けの広報: who it is for, not where
			}
			if start, ok := hedgeBefore(l[:i]); ok {
				return strings.TrimSpace(shown[start:end]), true
			}
			if n, ok := hedgeAfter(l[end:]); ok {
				return strings.TrimSpace(shown[i : end+n]), true
			}
			if n, ok := hedgeInBracket(l[end:]); ok {
				return strings.TrimSpace(shown[i : end+n]), true
			}
		}
	}
	return "", false
}

// japanWords are the words for Japan JapanHedge reads a hedge beside.
var japanWords = []string{"日本国内", "国内", "日本", "本邦", "japan", "domestic"}

// hedgeCancels say there is no exception to a hedge (原則国内（例外なし）).
var hedgeCancels = []string{"例外なし", "例外無し", "例外はなし", "例外はない", "例外はありません", "without exception", "no exception"}

// hedgesBefore are the hedges before a word for Japan (lower case), with
// hedgeLinks between (主に国内, 原則として国内, mainly in Japan).
var hedgesBefore = []string{"主に", "主として", "ほぼ", "ほとんど", "大部分", "大半", "概ね", "おおむね", "原則", "基本的に", "基本は", "基本",
	"通常は", "可能な限り", "できる限り", "できるだけ", "極力", "優先的に", "mainly", "mostly", "primarily", "predominantly",
	"largely", "principally", "chiefly", "generally", "usually", "normally", "typically", "in principle", "as a rule",
	"where possible", "preferably"}

// hedgeLinks may stand between a hedge and a word for Japan, longest
// first.
var hedgeLinks = []string{"として", "的に", "が", "は", "に", "、", ", ", ",", " within ", " in ", " ", ""}

// hedgesAfter are the hedges after a word for Japan (国内中心, 国内がメイン,
// 国内が主, Japan-centric), with が, を or a hyphen or space before them.
var hedgesAfter = []string{"中心", "メイン", "主体", "優先", "主", "原則", "基本", "centric", "mainly", "mostly", "primarily", "first"}

// hedgesInBracket are the hedges that may stand alone in a bracket right
// after a word for Japan (国内（原則）, 日本（原則として）, 国内（例外あり）,
// Japan (mostly), in Japan (as a rule)), read only when the bracket ends
// after them or they are followed by として, 的 or a comma (not 国内（基本
// 設計）).
var hedgesInBracket = []string{"原則", "基本", "主に", "ほぼ", "概ね", "おおむね", "大部分", "大半", "例外あり", "一部例外あり", "例外有り",
	"mainly", "mostly", "primarily", "largely", "generally", "usually", "in principle", "as a rule", "with exceptions"}

// hedgeInBracket reports whether rest, the text after a word for Japan
// (full width made half width), is a bracket holding a hedge of
// hedgesInBracket (or, in English, a comma or space before one), and the
// length up to the hedge's end, or the bracket's when it closes there.
func hedgeInBracket(rest string) (int, bool) {
	for _, open := range []string{" (", "(", ", ", " "} {
		r, ok := strings.CutPrefix(rest, open)
		if !ok {
			continue
		}
		for _, h := range hedgesInBracket {
			after, ok := strings.CutPrefix(r, h)
			if !ok {
				continue
			}
			if open == ", " || open == " " {
				if !isASCIIWord(h) || h == "mainly" || h == "mostly" || h == "primarily" {
					continue // hedgeAfter's (Japan mostly); kanji need a bracket
				}
			}
			if after == "" || slices.ContainsFunc([]string{")", "として", "的", "、", ",", "。", "."}, func(e string) bool { return strings.HasPrefix(after, e) }) {
				if strings.HasPrefix(after, ")") {
					after = after[1:] // shown with its bracket: 国内(原則)
				}
				return len(rest) - len(after), true
			}
		}
	}
	return 0, false
}

// hedgeBefore reports whether before, the text before a word for Japan,
// ends with a hedge (hedgesBefore) and a link (hedgeLinks), and where
// the hedge starts.
func hedgeBefore(before string) (int, bool) {
	for _, link := range hedgeLinks {
		b, ok := strings.CutSuffix(before, link)
		if !ok {
			continue
		}
		for _, h := range hedgesBefore {
			if strings.HasSuffix(b, h) && !(isASCIIWord(h) && len(b) > len(h) && asciiLetter(b[len(b)-len(h)-1])) {
				return len(b) - len(h), true
			}
		}
	}
	return 0, false
}

// hedgeAfter reports whether rest, the text after a word for Japan,
// starts with a hedge (hedgesAfter), after が, を, a hyphen or a space,
// and its length; 中心部 (a city's centre) is no hedge.
func hedgeAfter(rest string) (int, bool) {
	for _, link := range []string{"が", "を", "-", " ", ""} {
		r, ok := strings.CutPrefix(rest, link)
		if !ok {
			continue
		}
		for _, h := range hedgesAfter {
			if !strings.HasPrefix(r, h) || strings.HasPrefix(r, "中心部") {
				continue
			}
			end := len(rest) - len(r) + len(h)
			if isASCIIWord(h) && end < len(rest) && asciiLetter(rest[end]) {
				continue
			}
			if h == "主" && link != "が" {
				continue // 国内が主; 国内主 alone is no word (国内主体 is 主体)
			}
			return end, true
		}
	}
	return 0, false
}

func isASCIIWord(s string) bool { return s != "" && s[0] < utf8.RuneSelf }

func asciiLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }
