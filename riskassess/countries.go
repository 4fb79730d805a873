package riskassess

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// countriesTSV lists every assigned ISO 3166-1 code with its alpha-3 code
// and names; see the file's header for its source.
//
//go:embed countries.tsv
var countriesTSV string

// countryTable is countriesTSV read once: the alpha-2 codes in order and
// every folded spelling (alpha-2, alpha-3, English and Japanese names) to
// its alpha-2 code.
type countryTable struct {
	codes  []string
	*vocab // a test keeps ambiguous to the one known pair
	// names are the English and Japanese names long enough to be looked
	// for inside a text (CountriesNamed, in the form of wordCase), with
	// their codes.
	names []countryName
	// byFirst is names by their first rune, so that CountriesNamed looks
	// at each place of the text once rather than for every name.
	byFirst map[rune][]countryName
}

// countryName is a name of countryTable.names and its alpha-2 code.
type countryName struct{ name, code string }

var countries = sync.OnceValue(func() *countryTable {
	t := &countryTable{vocab: newVocab()}
	for line := range strings.SplitSeq(countriesTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		for len(f) < 4 {
			f = append(f, "")
		}
		code := f[0]
		t.codes = append(t.codes, code)
		t.add(code, code)
		t.add(f[1], code)
		for _, names := range f[2:4] {
			for n := range strings.SplitSeq(names, ";") {
				for _, v := range labelVariants(n) {
					t.add(v, code)
					// Four bytes or more: Latin names of four
					// letters ("Peru", not "UK"), Japanese ones of
					// two characters (米国, タイ).
					if w := wordCase(v); len(w) >= 4 && !strings.ContainsRune(w, ',') {
						t.names = append(t.names, countryName{w, code})
					}
				}
			}
		}
	}
	t.byFirst = make(map[rune][]countryName)
	for _, n := range t.names {
		r, _ := utf8.DecodeRuneInString(n.name)
		t.byFirst[r] = append(t.byFirst[r], n)
	}
	return t
})

// CountryCodes returns every assigned ISO 3166-1 alpha-2 code, upper case,
// in alphabetical order (AD … ZW). The caller may modify the slice.
func CountryCodes() []string { return slices.Clone(countries().codes) }

// ValidCountry reports whether code is an assigned ISO 3166-1 alpha-2
// code written as the register wants it: two upper-case ASCII letters
// ("JP", "US"). "jp", "JPN", "Japan", "日本" and the exceptionally reserved
// "UK" and "EU" are not.
func ValidCountry(code string) bool {
	if len(code) != 2 {
		return false
	}
	_, ok := slices.BinarySearch(countries().codes, code)
	return ok
}

// CountriesNamed returns the alpha-2 codes of the countries whose English
// or Japanese name s contains, in code order, each once: "米国カリフォルニア州
// 北部地区連邦地方裁判所" gives US, "東京地方裁判所又はシンガポールの裁判所" JP and
// SG. The Japanese names include the short and old kanji ones (独国, 仏蘭西,
// 豪州, 星港: "独国法" gives DE; not 独国 in 単独国内 nor 星国 in 衛星国内:
// 越南 in 川越南部 nor 台湾 in 仙台湾: kanjiWordBefore). A name in kanji
// counts after another kanji (バックアップ先米国, 準拠法米国法). Case and width are ignored. A name in Latin letters or katakana
// counts only as a whole word: タイ in リアルタイム, マリ in プライマリ and
// Oman in Romania are not names (シンガポール in シンガポールリージョン is:
// リージョン or データセンター may follow a name); nor is 中国 in 中国地方 (a region of Japan),
// nor a name followed by 語 (中国語訳, インドネシア語: a language).
// Codes (JP, USA) and names shorter than four letters or two Japanese
// characters are not looked for.
func CountriesNamed(s string) []string {
	w := wordCase(s)
	byFirst := countries().byFirst
	var out []string
	for start, r := range w {
		for _, n := range byFirst[r] {
			end := start + len(n.name)
			if strings.HasPrefix(w[start:], n.name) && (wholeWord(w, start, end) || wholeWord(w, start, start) && regionSuffix(w[end:])) && !language(w[end:]) && !(n.code == "CN" && japaneseChugoku(w[end:])) && !kanjiWordBefore(w[:start], n.name) && !(n.name == "中国" && kanjiWordAround(w[:start], w[end:])) {
				out = append(out, n.code)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// wordCase is s with full-width ASCII made ASCII, half-width katakana
// full width (ｼﾝｶﾞﾎﾟｰﾙ as シンガポール: WideKana) and letters in lower case.
func wordCase(s string) string {
	return strings.Map(func(r rune) rune {
		r = NarrowRune(r)
		return unicode.ToLower(r)
	}, WideKana(s))
}

// wholeWord reports whether w[start:end] is not part of a longer word of
// Latin letters or of katakana.
func wholeWord(w string, start, end int) bool {
	first, _ := utf8.DecodeRuneInString(w[start:])
	last, _ := utf8.DecodeLastRuneInString(w[:end])
	before, _ := utf8.DecodeLastRuneInString(w[:start])
	after, _ := utf8.DecodeRuneInString(w[end:])
	return !(sameScript(first, before) || sameScript(last, after))
}

func sameScript(a, b rune) bool {
	latin := func(r rune) bool { return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) }
	kana := func(r rune) bool { return unicode.Is(unicode.Katakana, r) || r == 'ー' }
	return latin(a) && latin(b) || kana(a) && kana(b)
}

// language reports whether rest, the text after a country's name, makes
// the name a language's: 中国語, 韓国語, インドネシア語 (a translation or
// a support desk, not a place).
func language(rest string) bool { return strings.HasPrefix(rest, "語") }

// kanjiWordBefore reports whether before, the text before a country's
// short kanji name, ends with the start of a Japanese word holding it:
// 単独国内 (単独, alone) and 衛星国内 (衛星, satellite) are not 独国 (Germany)
// and 星国 (Singapore), 神仏 and 暴露 not 仏国 and 露国, 明星国際 and 育英国際
// not 星国 and 英国, 越南 after a kanji (川越南部, 下越南部, 堀越南: places
// ending in 越) not Vietnam, 仙台湾 (Sendai Bay) and 中台湾 not 台湾. Only
// these words: another name after any other kanji counts (バックアップ先米国,
// 災対拠点台湾).
func kanjiWordBefore(before, name string) bool {
	if name == "越南" {
		// 〜越 + 南: 川越南部, 下越南部, 堀越南 (Vietnam is written ベトナム
		// after another word).
		r, _ := utf8.DecodeLastRuneInString(before)
		return unicode.Is(unicode.Han, r)
	}
	for _, t := range [][2]string{{"単", "独国"}, {"孤", "独国"}, {"衛", "星国"}, {"惑", "星国"}, {"明", "星国"}, {"神", "仏国"}, {"暴", "露国"},
		{"育", "英国"}, {"仙", "台湾"}, {"中", "台湾"}} {
		if name == t[1] && strings.HasSuffix(before, t[0]) {
			return true
		}
	}
	return false
}

// kanjiWordAround reports whether 中国 between before and rest is 中 ending
// a word and 国内 or 国外 (契約期間中国内, 移行中国内拠点): after a kanji and
// before 内 or 外.
func kanjiWordAround(before, rest string) bool {
	r, _ := utf8.DecodeLastRuneInString(before)
	return unicode.Is(unicode.Han, r) && (strings.HasPrefix(rest, "内") || strings.HasPrefix(rest, "外"))
}

// japaneseChugoku reports whether rest, the text after 中国, makes it the
// 中国 region of Japan (中国地方, 中国・四国, 中国電力).
func japaneseChugoku(rest string) bool {
	for _, w := range []string{"地方", "四国", "・四国", "地区", "電力", "銀行", "山地", "自動車道"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// CountryReplacement returns the alpha-2 code that s stands for when s is
// not one itself: the code in lower case or full width (jp, ＪＰ), the
// alpha-3 code (JPN, USA), or the country's name in English or Japanese
// (Japan, 日本, アメリカ, UK). Case, width, spaces and punctuation are
// ignored ("U.S.A." gives US), but a dotted short name of capitalCodes
// is that place's country (L.A. and N.Y. give US, K.L. MY): before, L.A.
// was folded to la, Laos's code. ok is false when s is not recognised.
func CountryReplacement(s string) (code string, ok bool) {
	if strings.ContainsAny(s, ".．") {
		d := strings.ToUpper(strings.Trim(strings.Map(NarrowRune, strings.TrimSpace(s)), "."))
		if code, ok := capitalCodes[d]; ok && strings.Contains(d, ".") {
			return code, true // L.A., U.K.
		}
	}
	code, ok = countries().keys[foldSpelling(s)]
	return code, ok
}
