package riskassess

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
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
	// names are the folded English and Japanese names long enough to be
	// looked for inside a text (CountriesNamed), with their codes.
	names []countryName
}

type countryName struct{ folded, code string }

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
					// letters ("Peru", not "UK", which is in
					// "Fukuoka"), Japanese ones of two characters (米国).
					if f := foldSpelling(v); len(f) >= 4 {
						t.names = append(t.names, countryName{f, code})
					}
				}
			}
		}
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
// SG. Case, width, spaces and punctuation are ignored; codes (JP, USA) and
// names shorter than four letters or two Japanese characters are not
// looked for.
func CountriesNamed(s string) []string {
	f := foldSpelling(s)
	var out []string
	for _, n := range countries().names {
		if strings.Contains(f, n.folded) {
			out = append(out, n.code)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// CountryReplacement returns the alpha-2 code that s stands for when s is
// not one itself: the code in lower case or full width (jp, ＪＰ), the
// alpha-3 code (JPN, USA), or the country's name in English or Japanese
// (Japan, 日本, アメリカ, UK). Case, width, spaces and punctuation are
// ignored ("U.S.A." gives US). ok is false when s is not recognised.
func CountryReplacement(s string) (code string, ok bool) {
	code, ok = countries().keys[foldSpelling(s)]
	return code, ok
}
