package store

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/gikai-sec/riskregister/riskassess"
)

// What a data location's region says of Asia (regionAsia).
const (
	asiaNone       = iota // no Asia, or only a cloud's region name in Japan
	asiaWithout           // Asia without Japan, or outside Asia: abroad
	asiaMaybeJapan        // Asia or Asia-Pacific, which hold Japan
)

// regionAsia reads what region, a data location's region under country
// JP, says of Asia, and returns the first word for Asia it read. Asia,
// Asia-Pacific and APAC hold Japan, so a region naming them does not say
// the data stays in Japan (東京（DR：アジア）, 東京（バックアップ：アジア太平洋）,
// Asia Pacific, 東京（DR：APAC）: asiaMaybeJapan); with Japan set apart
// (東京（日本を除くアジア太平洋）, Asia Pacific excluding Japan, APAC (ex-Japan):
// regionExcludesJapan) or outside Asia (APJ以外, outside APAC) the data is
// abroad (asiaWithout). Not read: a cloud's name for its region in Japan,
// Asia with a place in Japan in brackets after it or Tokyo or Osaka right
// after it (アジアパシフィック（東京）, Asia Pacific (Tokyo), AWS アジアパシフィック
// （東京）リージョン, Asia Pacific Osaka: asiaJapanAfter); a region code
// (asia-northeast1 is Tokyo: only whole words count); and Asia in a
// clause that denies keeping data there (東京（アジアへの移転なし）:
// regionDeniesPlace), unless the region holds an exception
// (regionException).
func regionAsia(region string) (kind int, word string) {
	cased := riskassess.WideKana(strings.Map(riskassess.NarrowRune, region))
	v := strings.ToLower(cased)
	if len(cased) != len(v) {
		cased = v // lower case moved the bytes: read the clause in lower case
	}
	exception := regionException(region) || regionHedged(region)
	kind = asiaNone
	for i := 0; i < len(v); {
		w, rest := asiaWordAt(v, i)
		if w == "" {
			_, n := utf8.DecodeRuneInString(v[i:])
			i += n
			continue
		}
		start := i
		i += len(w)
		named, after := asiaJapanAfter(rest)
		if named && !asiaJapanSetApart(after) && !asiaOutsideBefore(v[:start]) {
			continue // アジアパシフィック（東京）: the cloud's region in Japan
		}
		from, to := regionClauseAround(v, start, i)
		l, c := v[from:to], cased[from:to]
		outside := !named && asiaOutside(v[:start], rest) // outside Asia Pacific (Tokyo) may be Osaka
		if !exception && !outside && regionDeniesPlace(l, c) {
			continue
		}
		k := asiaMaybeJapan
		if regionExcludesJapan(v) || outside && !regionDeniesPlace(l, c) {
			k = asiaWithout
		}
		if kind == asiaNone || k == asiaWithout && kind != asiaWithout {
			kind, word = k, asiaShown[w]
		}
	}
	return kind, word
}

// asiaWords are the words for Asia (lower case) that regionAsia reads,
// longest first: the Japanese ones anywhere, the English ones as whole
// words (not asia in asia-northeast1). Each holds Japan and places
// abroad: the Far East (極東), the Pacific Rim (環太平洋), JAPAC (Japan and
// Asia Pacific); Asia Pacific without Japan (APeJ) and ANZ are
// riskassess.PlaceAbroadNamed's, abroad.
var asiaWords = []string{"アジア・パシフィック", "アジア パシフィック", "アジアパシフィック", "アジア・太平洋", "アジア太平洋", "アジア", "亜細亜",
	"亜州", "亜太", "環太平洋", "極東", "asia-pacific", "asia pacific", "asiapacific",
	"asia-pac", "asiapac", "asia", "apac", "apjc", "apj", "japac", "aspac", "far east", "far-east", "pacific rim"}

// asiaShown is each of asiaWords as a message shows it.
var asiaShown = map[string]string{"アジア・パシフィック": "アジア・パシフィック", "アジア パシフィック": "アジア パシフィック",
	"アジア・太平洋": "アジア・太平洋", "亜州": "亜州", "アジアパシフィック": "アジアパシフィック", "アジア太平洋": "アジア太平洋", "アジア": "アジア", "亜細亜": "亜細亜",
	"亜太": "亜太", "asia-pacific": "Asia-Pacific", "asia pacific": "Asia Pacific", "asiapacific": "AsiaPacific", "asia-pac": "Asia-Pac",
	"asiapac": "AsiaPac", "asia": "Asia", "apac": "APAC", "apjc": "APJC", "apj": "APJ", "環太平洋": "環太平洋", "極東": "極東",
	"japac": "JAPAC", "aspac": "AsPac", "far east": "Far East", "far-east": "Far-East", "pacific rim": "Pacific Rim"}

// asiaWordAt returns the word for Asia starting at v[i:] and the text
// after it, or "".
func asiaWordAt(v string, i int) (string, string) {
	for _, w := range asiaWords {
		if !strings.HasPrefix(v[i:], w) {
			continue
		}
		end := i + len(w)
		if isASCII(w) && (i > 0 && asciiWordByte(v[i-1]) || end < len(v) && asciiWordByte(v[end]) || regionCodeAround(v, i, end)) {
			continue
		}
		return w, v[end:]
	}
	return "", ""
}

func asciiWordByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '_' }

// regionCodeAround reports whether v[i:end] is part of a cloud's region
// code (asia-northeast1, asia-east1: riskassess.CloudRegionForm), which regionInJapan
// reads as a code; a hyphen otherwise ends a word (APAC-DR).
func regionCodeAround(v string, i, end int) bool {
	code := func(b byte) bool { return asciiWordByte(b) || b == '-' }
	for i > 0 && code(v[i-1]) {
		i--
	}
	for end < len(v) && code(v[end]) {
		end++
	}
	return riskassess.CloudRegionForm(v[i:end])
}

// asiaJapanAfter reports whether rest, the text after a word for Asia,
// starts with what makes it a cloud's name for a region in Japan, and
// returns the text after that: a bracket holding only places in Japan
// (（東京）, (Tokyo), (Osaka, Japan): regionJapanOnly), or Tokyo or Osaka
// right after it (アジアパシフィック東京, Asia Pacific Tokyo). regionAsia
// reads the name as the region only when it is not set apart
// (asiaJapanSetApart, asiaOutsideBefore).
func asiaJapanAfter(rest string) (bool, string) {
	rest = strings.TrimLeft(rest, " -")
	for _, city := range []string{"東京", "大阪", "tokyo", "osaka"} {
		if after, ok := strings.CutPrefix(rest, city); ok {
			return !(len(after) > 0 && asciiWordByte(after[0])), after // not Tokyo2
		}
	}
	open, n := utf8.DecodeRuneInString(rest)
	closing := map[rune]string{'(': ")", '（': "）", '[': "]", '［': "］", '【': "】"}[open]
	if closing == "" {
		return false, ""
	}
	in, after, ok := strings.Cut(rest[n:], closing)
	if !ok || strings.TrimSpace(in) == "" {
		return false, ""
	}
	for _, part := range strings.FieldsFunc(in, func(r rune) bool { return strings.ContainsRune(",、・/", r) }) {
		if !regionJapanOnly(strings.TrimSpace(part)) {
			return false, ""
		}
	}
	return true, after
}

// asiaJapanSetApart reports whether after, the text after a cloud's name
// for its region in Japan, sets it apart or adds other places to it, so
// that the region does not say the data stays in Japan:
// アジアパシフィック東京以外, アジアパシフィック（東京）以外, …（東京）外, Asia
// Pacific (Osaka)を除く, …（東京）ほか, …（東京）他, …（東京）など, …（東京）を含む,
// Asia Pacific (Tokyo) etc., Asia (Tokyo) + others, Asia Pacific (Tokyo)
// excluded. Not リージョン, のみ, and Asia Pacific (Osaka) after and.
func asiaJapanSetApart(after string) bool {
	after = strings.TrimLeft(after, " ")
	for _, w := range []string{"以外", "を除", "除", "外", "ほか", "他", "など", "等", "を含", "含", "+"} {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	after = strings.TrimLeft(after, " ,;&")
	for _, w := range []string{"etc", "and other", "or other", "other", "others", "plus", "excluded", "excepted", "excluding",
		"except", "not", "among", "including", "and more", "and elsewhere", "or elsewhere", "elsewhere"} {
		if rest, ok := strings.CutPrefix(after, w); ok && (rest == "" || !asciiWordByte(rest[0])) {
			return true
		}
	}
	return false
}

// asiaOutsideBefore reports whether before, the text before a word for
// Asia, ends with a word setting it apart (outside, ex, non, excluding,
// other than, except, besides, apart from: outside APAC, ex-APAC, other
// than Asia Pacific (Tokyo)).
func asiaOutsideBefore(before string) bool {
	before = strings.TrimRight(before, " -.")
	for _, w := range []string{"outside", "outside of", "ex", "excl", "non", "excluding", "other than", "except", "except for",
		"besides", "apart from", "not in"} {
		if strings.HasSuffix(before, w) && (len(before) == len(w) || !asciiWordByte(before[len(before)-len(w)-1])) {
			return true
		}
	}
	return false
}

// asiaOutside reports whether a word for Asia, between before and rest,
// is the place outside which the data is: 以外, 域外, 圏外, 地域外 or 外
// after it (APJ以外, アジア域外, アジア太平洋地域外, アジア外) or outside, ex,
// non … before it (outside APAC, ex-APAC: asiaOutsideBefore). A clause that denies keeping
// data outside Asia (アジア以外への移転なし, アジア域外への移転なし, APAC域外
// 移転なし) leaves the data anywhere in Asia, so regionAsia asks.
func asiaOutside(before, rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	for _, w := range asiaOutsideWords {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return asiaOutsideBefore(before)
}

// asiaOutsideWords are the words after a word for Asia that make it the
// place outside which the data is (asiaOutside).
var asiaOutsideWords = []string{"以外", "域外", "圏外", "地域外", "外"}

// regionJapanExcluded matches, in a region in lower case with ASCII in
// half width, words setting Japan apart: 日本を除く, 日本は除く, 日本除く, 日本以外,
// 除く日本, 日本を含まない, excluding Japan, ex-Japan, except Japan, excl. JP,
// other than Japan, non-Japan, without Japan.
var regionJapanExcluded = regexp.MustCompile(`日本(を|は)?(除|含まな|含まず|以外)|除(く)?日本|(^|[^a-z0-9])(ex|excl|excluding|except|except for|other than|apart from|besides|not including|without|non)[ .\-]*(japan|jp)([^a-z0-9]|$)`)

// regionExcludesJapan reports whether v (lower case, ASCII in half width)
// sets Japan apart (regionJapanExcluded).
func regionExcludesJapan(v string) bool { return regionJapanExcluded.MatchString(v) }

// regionClauseAround returns the bounds of the clause of v (at
// regionClauses' breaks) that holds v[start:end], a word that may itself
// hold a break (アジア・パシフィック).
func regionClauseAround(v string, start, end int) (from, to int) {
	const breaks = "、。,;・()（）［］[]【】/"
	if k := strings.LastIndexAny(v[:start], breaks); k >= 0 {
		_, n := utf8.DecodeRuneInString(v[k:])
		from = k + n
	}
	to = len(v)
	if k := strings.IndexAny(v[end:], breaks); k >= 0 {
		to = end + k
	}
	return from, to
}

// workSiteAsia returns the word for Asia a work site's address names
// (regionAsia: APAC, アジア, Asia Pacific, APAC (ex-Japan)) when the
// assessment reads no place abroad in it, and true: Asia holds Japan,
// or, set apart from Japan, names no country, so the work counted as done
// in Japan (no foreign-data factor). A cloud's name for its region in
// Japan (Asia Pacific (Tokyo)) and a denial (アジアでの作業なし) are not
// read. Only an address that may hold one of asiaWords (asiaMaybe, no
// allocation) is read, and WorkSiteAbroad only for one that regionAsia
// finds a word for Asia in.
func workSiteAsia(address string) (string, bool) {
	if !asiaMaybe(address) {
		return "", false
	}
	kind, word := regionAsia(address)
	if kind == asiaNone || len(riskassess.WorkSiteAbroad(address)) > 0 {
		return "", false
	}
	return word, true
}

// asiaMaybe reports whether v may hold one of asiaWords as regionAsia
// reads them: one of asiaMaybeWords, ASCII letters in any case, or a
// full-width letter or half-width katakana (ＡＰＡＣ, ｱｼﾞｱ) or İ, which
// regionAsia folds first. It allocates nothing: before, any address
// holding A, a, F, f, P, p or ア (nearly every one in Latin letters) was
// folded by regionAsia and read by WorkSiteAbroad once more per entry.
func asiaMaybe(v string) bool {
	if strings.ContainsFunc(v, func(r rune) bool {
		return r >= 'Ａ' && r <= 'Ｚ' || r >= 'ａ' && r <= 'ｚ' || r >= '\uFF61' && r <= '\uFF9F' || r == 'İ'
	}) {
		return true
	}
	return slices.ContainsFunc(asiaMaybeWords, func(w string) bool { return containsFoldASCII(v, w) })
}

// asiaMaybeWords are the words one of which each of asiaWords holds (in
// lower case): asiaMaybe's. TestAsiaMaybe checks each of asiaWords.
var asiaMaybeWords = []string{"アジア", "亜細亜", "亜州", "亜太", "環太平洋", "極東", "asia", "apac", "apj", "aspac", "far east", "far-east",
	"pacific rim"}

// containsFoldASCII reports whether v holds w (lower case) with ASCII
// letters in any case, without allocating.
func containsFoldASCII(v, w string) bool {
	for i := 0; i+len(w) <= len(v); i++ {
		j := 0
		for ; j < len(w); j++ {
			b := v[i+j]
			if b >= 'A' && b <= 'Z' {
				b += 'a' - 'A'
			}
			if b != w[j] {
				break
			}
		}
		if j == len(w) {
			return true
		}
	}
	return false
}
