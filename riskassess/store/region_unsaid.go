package store

import (
	"fmt"
	"iter"
	"slices"
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
)

// What a data location's region under country JP leaves unsaid
// (regionUnsaid).
const (
	unsaidNone   = iota
	unsaidOther  // another or several regions, not named (別リージョン, マルチリージョン)
	unsaidFuture // not known, or only planned (不明, 未定, 国内（予定）)
)

// regionOtherWords say the data is also kept in a region other than the
// one named, or in several, without naming them (東京（バックアップ：別リージョン）,
// マルチリージョン, multi-region): the other region may be abroad.
// regionSeveralWords are those of them that name several regions, which
// the places in their clause may be (東京・大阪のマルチリージョン).
var (
	regionOtherWords = []string{"別リージョン", "別のリージョン", "他リージョン", "他のリージョン", "異なるリージョン", "別地域", "遠隔地",
		"another region", "other region", "secondary region", "cross-region", "cross region", "クロスリージョン"}
	regionSeveralWords = []string{"複数リージョン", "複数のリージョン", "マルチリージョン", "マルチ・リージョン", "multi-region", "multiregion",
		"multi region", "multiple regions"}
	// regionUnknownWords say where the data is kept is not known or only
	// planned (不明, 未定, 国内（予定）, TBD): not a fact a JP location
	// may rest on. 予定 denied (海外移転の予定なし) is regionFutureDenied's.
	regionUnknownWords = []string{"不明", "未定", "未確認", "確認中", "調査中", "非公開", "予定", "見込み", "計画中", "unknown", "tbd",
		"to be determined", "to be decided", "undisclosed", "not disclosed", "planned", "tentative",
		// Under discussion or not answered (検討中, 未回答, TBC): before,
		// 東京（バックアップ先は検討中） was accepted as in Japan.
		"検討中", "調整中", "選定中", "協議中", "照会中", "問合せ中", "問い合わせ中", "要確認", "未回答", "未決定", "未確定", "非開示",
		"非公表", "未公表", "tbc", "tba", "to be confirmed", "to be announced", "undecided", "unconfirmed", "pending"}
	// regionJapanWords qualify another region as one in Japan (国内の別
	// リージョン, another region in Japan).
	regionJapanWords = []string{"国内", "日本", "本邦", "japan", "domestic"}
)

// regionUnsaid reads region, a data location's region under country JP
// that regionAbroad reads as in Japan, for what it leaves unsaid, and
// returns the word and its kind: a word saying where the data is, is not
// known or only planned (不明, 未定, 国内（予定）: unsaidFuture), not denied
// (海外移転の予定なし); or another or several regions not named
// (unsaidOther), unless the clause holds a word for Japan (国内の別
// リージョン), a bracket right after the word holds only places in Japan
// (別リージョン（大阪）), for several regions a place in Japan is in the
// clause (東京・大阪のマルチリージョン), or the clause denies it
// (別リージョンへのバックアップなし). Before, each of these was accepted as
// in Japan. Cost: strings.Index of the words in the region; a clause is
// read only around a word found.
func regionUnsaid(region string) (string, int) {
	l := strings.ToLower(riskassess.WideKana(strings.Map(riskassess.NarrowRune, region)))
	for _, w := range regionUnknownWords {
		for i := range wordsAt(l, w) {
			after := strings.TrimLeft(l[i+len(w):], "はがの")
			if (strings.HasPrefix(after, "なし") || strings.HasPrefix(after, "無し") || strings.HasPrefix(after, "ない") ||
				strings.HasPrefix(after, "ありません")) && !regionDenialDenied(after) {
				continue // 海外移転の予定なし, 予定はない
			}
			return w, unsaidFuture
		}
	}
	for k, words := range [...][]string{regionOtherWords, regionSeveralWords} {
		several := k == 1
		for _, w := range words {
			for i := range wordsAt(l, w) {
				from, to := regionClauseAround(l, i, i+len(w))
				clause := strings.TrimSpace(l[from:to])
				if regionJapanQualifies(clause, regionJapanWords) || several && regionJapanQualifies(clause, regionJapanPlaces) {
					continue // 国内の別リージョン, 東京・大阪のマルチリージョン
				}
				if b, ok := bracketAfter(l[i+len(w):]); ok && regionJapanOnly(b) {
					continue // 別リージョン（大阪）
				}
				if regionDenies(clause, clause) {
					continue // 別リージョンへのバックアップなし
				}
				return w, unsaidOther
			}
		}
	}
	return "", unsaidNone
}

// regionJapanQualifies reports whether clause (lower case) holds one of
// words, places in Japan, that says where another region is rather than
// where it is not: not before 以外, 外 or 国外 (国内以外の別リージョン, 国内外,
// 日本国外), 除 (日本を除く) or a word that leaves it open (日本とは限らない,
// 日本に限定しない, 国内に限らない), nor after outside, non-, ex-,
// excluding, except, other than, beyond, not necessarily, not only or not
// limited to (another region outside Japan). Before, any of the words in
// the clause let the other region be in Japan, and 東京（国内以外の別リージョン）
// was accepted as all in Japan.
func regionJapanQualifies(clause string, words []string) bool {
	for _, w := range words {
		for i := range wordsAt(clause, w) {
			next := clause[i+len(w):]
			rest := strings.TrimLeft(next, " はのをとにで")
			before := strings.TrimSuffix(strings.TrimRight(clause[:i], " "), " in")
			if !slices.ContainsFunc(regionJapanApart, func(a string) bool { return strings.HasPrefix(next, a) }) &&
				!slices.ContainsFunc(regionJapanOpenAfter, func(a string) bool { return strings.HasPrefix(rest, a) }) &&
				!slices.ContainsFunc(regionJapanOpenBefore, func(b string) bool { return strings.HasSuffix(before, b) }) {
				return true
			}
		}
	}
	return false
}

// regionJapanApart, regionJapanOpenAfter and regionJapanOpenBefore are
// the words of regionJapanQualifies: right after a place in Japan (国内外,
// 日本国外, 日本以外), after it and a particle (日本を除く, 日本とは限らない),
// and before it (outside Japan, non-Japan, not necessarily in Japan).
var (
	regionJapanApart      = []string{"以外", "外", "国外"}
	regionJapanOpenAfter  = []string{"以外", "除", "限ら", "限定し", "限定され", "問わ", "不問"}
	regionJapanOpenBefore = []string{"outside", "outside of", "non-", "ex-", "excluding", "except", "other than", "beyond",
		"not", "necessarily", "not only", "not limited to", "not just"}
)

// regionDenialDenied reports whether after, a denial and the text after
// it, denies the denial in its clause (予定はないとは言えない, 予定なしとは
// 限らない, 予定がないわけではない): the plan is not denied. Before, these
// were read as 海外移転の予定なし and accepted as in Japan.
func regionDenialDenied(after string) bool {
	if k := strings.IndexAny(after, "、。,;)）"); k >= 0 {
		after = after[:k]
	}
	return slices.ContainsFunc(regionDoubleDenials, func(d string) bool { return strings.Contains(after, d) })
}

// regionDoubleDenials are the words of regionDenialDenied.
var regionDoubleDenials = []string{"とは言え", "とはいえ", "とは限ら", "とも限ら", "わけではな", "わけでもな", "訳ではな", "とは断言"}

// wordsAt yields the byte index of each occurrence of w in l, as a whole
// word when w is in ASCII (tbd, not in tbds).
func wordsAt(l, w string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for from := 0; ; {
			k := strings.Index(l[from:], w)
			if k < 0 {
				return
			}
			k += from
			from = k + len(w)
			if isASCII(w) && (k > 0 && asciiAlnum(l[k-1]) || from < len(l) && asciiAlnum(l[from])) {
				continue
			}
			if !yield(k) {
				return
			}
		}
	}
}

func asciiAlnum(b byte) bool { return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' }

// bracketAfter returns what the bracket that rest starts with (after
// spaces) holds, and true.
func bracketAfter(rest string) (string, bool) {
	rest = strings.TrimLeft(rest, " ")
	for _, b := range [...][2]string{{"(", ")"}, {"（", "）"}} {
		if r, ok := strings.CutPrefix(rest, b[0]); ok {
			if k := strings.Index(r, b[1]); k >= 0 {
				return strings.TrimSpace(r[:k]), true
			}
		}
	}
	return "", false
}

// regionUnsaidCheck refuses a data location's region under country JP
// that leaves where the data is unsaid (regionUnsaid): not known or only
// planned, always; another or several regions not named, when no other
// location of the service is abroad (abroad: the entry then scores the
// foreign factor anyway).
func (c *checker) regionUnsaidCheck(l riskassess.DataLocation, path p, abroad bool) {
	if l.Country != "JP" || l.Region == "" {
		return
	}
	w, kind := regionUnsaid(l.Region)
	switch {
	case kind == unsaidFuture:
		c.errorf(path, CodeBadValue, nil,
			fmt.Sprintf("%s %q says where the data is kept is not known or only planned (%q) and country is JP: the location counts as in Japan on no fact. Ask the provider where the data is kept now and write that place; if it is abroad, write that country's code in country", path, l.Region, w),
			fmt.Sprintf("%s %q は「%s」と書かれ、データの保管場所が分からないか予定にすぎません（country は JP）。事実の裏付けなく国内として評価されます。現在の保管場所を事業者に確認して書き、国外であれば country にその国のコードを書いてください", path, l.Region, w))
	case kind == unsaidOther && !abroad:
		c.errorf(path, CodeBadValue, nil,
			fmt.Sprintf("%s %q says the data is also kept in another or several regions (%q) without saying where, and country is JP: the other region may be abroad, and the location counts as all in Japan. Write the regions, as in %q; if one is abroad, add a data location with that country's code", path, l.Region, w, "東京（バックアップ：大阪）"),
			fmt.Sprintf("%s %q は「%s」と書かれ、ほかのリージョンの場所が書かれていません（country は JP）。国外かもしれないのに、すべて国内として評価されます。リージョンを書き（例: 「東京（バックアップ：大阪）」「国内の別リージョン」）、国外があればその国のコードで所在地を追加してください", path, l.Region, w))
	}
}
