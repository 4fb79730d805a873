package store

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRegionDenialReadsWhatItDenies holds regions under country JP whose
// denial does not deny keeping the data abroad (an exception, a denial
// of another word after a colon, a modal before the denial), which
// validated and counted as in Japan (CLD-20), and the nearby denials that
// must stay accepted. A denial of keeping data outside a region abroad
// (EU域外への移転なし) leaves the data there: 域外 and 圏外 are an
// exception's words, as 以外 is; 国外 and 日本域外 are not.
func TestRegionDenialReadsWhatItDenies(t *testing.T) {
	abroad := refusedUnderJP
	for _, tt := range []struct {
		region string
		abroad bool
	}{
		// An exception: data goes there at times.
		{"国内（シンガポールを除き海外移転なし）", true},
		{"東京（シンガポール以外の海外には移転しない）", true},
		{"東京・シンガポール以外への移転なし", true},
		{"Tokyo (no data stored outside Japan or Singapore)", true},
		{"Tokyo (no transfer outside Japan and Singapore)", true},
		{"東京（シンガポールへの移転なし（緊急時を除く））", true},
		{"国内（DRを除き海外移転なし）", true},
		{"Tokyo (no overseas transfer except for DR)", true},
		// Outside a region abroad (域外, 圏外): the data may be in it.
		{"東京（EU域外への移転なし）", true},
		{"東京（欧州域外への移転なし）", true},
		{"東京（欧州圏外への移転なし）", true},
		{"東京（シンガポール域外への移転なし）", true},
		// A bare denial after a colon whose label is not the place.
		{"東京（シンガポールDR 追加費用：なし）", true},
		{"東京（シンガポールにバックアップ 暗号化：なし）", true},
		{"Tokyo (Singapore backup encryption: none)", true},
		{"東京（海外DR 追加費用：なし）", true},
		// A modal before the denial: a choice, not a fact.
		{"Tokyo (overseas backup can be disabled)", true},
		{"Tokyo (overseas backup may be disabled)", true},
		{"Tokyo (overseas transfer can be prohibited)", true},
		{"Tokyo (Singapore backup can be disabled)", true},
		// Denials that stay accepted.
		{"国内（日本以外への移転なし）", false},
		{"大阪（海外移転：なし）", false},
		{"国内（海外保管：無）", false},
		{"東京（海外：なし）", false},
		{"東京（国外保存：しない）", false},
		{"東京（海外へのバックアップ：無）", false},
		{"東京（シンガポール移転：なし）", false},
		{"東京（EU移転：なし）", false},
		{"Tokyo (Singapore transfer: none)", false},
		{"東京（シンガポールへの移転なし）", false},
		{"Tokyo (data not stored outside Japan)", false},
		{"Tokyo (no data will be stored abroad)", false},
		{"Tokyo (data will not be stored abroad)", false},
		{"Tokyo (overseas transfer prohibited)", false},
		{"Tokyo (no transfer to Europe)", false},
		{"Tokyo (Singapore not used)", false},
		{"東京（土日を除く）", false},
		{"Tokyo (overseas transfer will be disabled)", false},
		{"Tokyo (overseas transfer shall be prohibited)", false},
		{"東京（US-East：なし）", false},
		{"東京（海外データセンターの利用：なし）", false},
		{"東京（国外DC：なし）", false},
		{"Tokyo (overseas backup: none)", false},
		{"東京（国外への移転なし）", false},
		{"東京（日本国外への移転なし）", false},
		{"東京（日本域外への移転なし）", false},
		{"東京（首都圏外・海外への移転なし）", false},
		{"東京（関東圏外への海外移転なし）", false},
	} {
		if got := abroad(tt.region); got != tt.abroad {
			t.Errorf("region %q: abroad %v, want %v", tt.region, got, tt.abroad)
		}
	}
}

// TestRegionExceptionOfWhat holds reader r34e's regions, refused since
// a1b1412: an exception counts only when what it excepts is not a place in
// Japan (東京以外に大阪にも, 国内リージョン以外, ただし国内の大阪を除く, other
// than Tokyo), ほか only as のほか or ほかに after a place abroad (not 東京ほか,
// ほかの国), 除 not in 除去 or 取り除く; a bare denial after a colon whose
// label ends with の有無, 有無, の予定, からのアクセス or starts with データの.
// Exceptions of a place abroad, of DR or of another use (保守作業) still
// make the region's denials count for nothing.
func TestRegionExceptionOfWhat(t *testing.T) {
	abroad := refusedUnderJP
	for _, tt := range []struct {
		region string
		abroad bool
	}{
		{"東京ほか（海外移転なし）", false},
		{"東京・大阪ほか国内DC（海外保管なし）", false},
		{"東京（ほかの国への移転なし、海外保管なし）", false},
		{"東京（海外移転なし、解約後30日でデータを除去）", false},
		{"国内（海外保管なし、不要データは取り除く）", false},
		{"国内（海外移転なし、東京以外に大阪にもバックアップ）", false},
		{"東京（海外移転なし。ただし国内の大阪を除く）", false},
		{"東京（国内リージョン以外への海外複製なし）", false},
		{"東京・大阪（国内DC以外に海外保管しない）", false},
		{"Japan (no overseas transfer; backups in Osaka other than Tokyo)", false},
		{"東京（データの海外移転：なし）", false},
		{"東京（国外へのバックアップ有無：無）", false},
		{"東京（海外保存の有無：なし）", false},
		{"大阪（海外移転の予定：なし）", false},
		{"東京（海外からのアクセス：なし）", false},
		{"国内（国内DR以外に海外保管なし）", false},
		{"国内（国内 DC以外に海外保管なし）", false},
		{"Tokyo (no transfer outside Japan, except to Osaka)", false},
		{"東京のほか大阪にも保管（海外移転なし）", false},
		{"東京（海外移転なし、不要データは除外して保管）", false},
		// Still exceptions, or labels of another word.
		{"国内（保守作業を除き海外からのアクセスなし）", true},
		// A city or province abroad by a kanji name with 市, 道, 区 (not a
		// place known to be in Japan), and other words for an exception
		// (reader r34h).
		{"東京（大連市を除き海外移転なし）", true},
		{"東京（京畿道を除き海外移転なし）", true},
		{"東京（浦東新区を除き海外移転なし）", true},
		{"東京（蘇州市以外の海外拠点への移転なし）", true},
		{"東京（シンガポールを除いた海外への移転なし）", true},
		{"東京（シンガポールを例外として海外移転なし）", true},
		{"東京（シンガポールを別として海外移転なし）", true},
		{"東京（シンガポールのほか海外移転なし）", true},
		{"東京（海外移転なし。ただし大阪とシンガポールを除く）", true},
		{"国内（東京以外の海外拠点への移転なし、シンガポールを除く）", true},
		{"Tokyo (no overseas transfer other than Singapore)", true},
		{"Tokyo (no overseas transfer unless required by law)", true},
		{"国内（DRサイト以外は海外移転なし）", true},
		{"国内（シンガポールを除けば海外移転なし）", true},
		{"東京（シンガポールを除外して海外移転なし）", true},
		{"Tokyo (no overseas transfer, except Tokyo and Singapore)", true},
		{"東京（データの海外DR 追加費用：なし）", true},
		{"東京（海外DR 追加費用の有無：なし）", true},
	} {
		if got := abroad(tt.region); got != tt.abroad {
			t.Errorf("region %q: abroad %v, want %v", tt.region, got, tt.abroad)
		}
	}
}

// TestRegionHalfWidthKana: a region's clauses are read with half-width
// katakana in full width, as the names of places are (reader r34e:
// 東京（ｼﾝｶﾞﾎﾟｰﾙ移転：なし） was refused while 東京（シンガポール移転：なし）
// was accepted).
func TestRegionHalfWidthKana(t *testing.T) {
	abroad := refusedUnderJP
	for _, tt := range []struct {
		region string
		abroad bool
	}{
		{"東京（ｼﾝｶﾞﾎﾟｰﾙ移転：なし）", false},
		{"東京（ｼﾝｶﾞﾎﾟｰﾙへのﾊﾞｯｸｱｯﾌﾟなし）", false},
		{"東京（海外ﾃﾞｰﾀｾﾝﾀｰ：なし）", false},
		{"東京（ｼﾝｶﾞﾎﾟｰﾙDR 追加費用：なし）", true},
		{"東京（ｼﾝｶﾞﾎﾟｰﾙにﾊﾞｯｸｱｯﾌﾟ）", true},
		{"東京（ｼﾝｶﾞﾎﾟｰﾙ･DR）", true},
	} {
		if got := abroad(tt.region); got != tt.abroad {
			t.Errorf("region %q: abroad %v, want %v", tt.region, got, tt.abroad)
		}
	}
}

// TestRegionPlaceAfterConnective: a region under country JP naming a
// place abroad in kanji after a word for where the data is (バックアップ先,
// 保管先, 拠点, 所在地) was read as Japan (東京（バックアップ先欧州）: no code,
// no place, nothing said abroad) and validated; a country in kanji after
// the same words was already read. Japanese places after those words
// stay in Japan, some of them starting with a name abroad's kanji (北米沢,
// 中東部) or a country's short kanji (米沢, 印西, 伊勢, 加賀, 英田, 仏生山, 豪雪),
// and so does a denial of the place.
func TestRegionPlaceAfterConnective(t *testing.T) {
	type reading struct {
		Codes  []string
		Place  string
		Abroad bool
	}
	read := func(region string) reading {
		codes, place := regionPlaces(region)
		return reading{codes, place, regionSaysAbroad(region)}
	}
	for _, tt := range []struct {
		region string
		want   reading
	}{
		{"東京（バックアップ先欧州）", reading{Place: "欧州"}},
		{"東京（保管先北米）", reading{Place: "北米"}},
		{"東京（DR拠点紐育）", reading{Place: "紐育"}},
		{"東京（移転先上海）", reading{Place: "上海"}},
		{"国内（所在地欧州のDCにバックアップ）", reading{Place: "欧州"}},
		{"東京・保管場所西欧", reading{Place: "西欧"}},
		{"東京（ﾊﾞｯｸｱｯﾌﾟ先欧州）", reading{Place: "欧州"}},
		{"東京（待機系北米）", reading{Place: "北米"}},
		{"東京（DR用欧州）", reading{Place: "欧州"}},
		{"東京（拠点米国）", reading{Codes: []string{"US"}}},
		{"保管先独国", reading{Codes: []string{"DE"}}},
		{"東京（移転先星港）", reading{Codes: []string{"SG"}}},
		{"所在地英国", reading{Codes: []string{"GB"}}},
		// Japan.
		{"東京（バックアップ先米沢）", reading{}},
		{"東京（保管先中国地方）", reading{}},
		{"東京（拠点印西）", reading{}},
		{"東京（移転先伊勢）", reading{}},
		{"東京（保管先加賀）", reading{}},
		{"東京（所在地英田）", reading{}},
		{"東京（拠点仏生山）", reading{}},
		{"東京（保管先豪雪地帯）", reading{}},
		{"東京（バックアップ先北米沢）", reading{}},
		{"東京（保管先中東部）", reading{}},
		{"東京（拠点中東遠）", reading{}},
		{"東京（保管先仙台北部）", reading{}},
		{"東京（移転先川上海岸）", reading{}},
		{"東京（バックアップ先大阪）", reading{}},
		{"東京（予備系中東部）", reading{}},
		{"東京（本番系仙台北部）", reading{}},
		{"東京（バックアップ用北米沢）", reading{}},
		{"東京（運用中東京リージョン）", reading{}},
		{"東京（使用中東日本DC）", reading{}},
		{"運用中東北DC", reading{}},
		{"東京（運用中東芝製DC）", reading{}},
		{"利用中東館サーバ室", reading{}},
		{"使用中東側ラック", reading{}},
		{"運用中東海DC", reading{}},
		{"東京（DR用中東）", reading{Place: "中東"}},
		{"東京（DR：運用中東リージョン）", reading{Place: "中東"}},
		{"運用中東リージョン", reading{Place: "中東"}},
		{"東京（運用中東）", reading{Place: "中東"}},
		{"東京（DR利用中東リージョン）", reading{Place: "中東"}},
		{"東京（常用中東リージョン）", reading{Place: "中東"}},
		{"東京（転用中東DC）", reading{Place: "中東"}},
		{"東京（運用中北米リージョン）", reading{Place: "北米"}},
		{"東京（移転先欧州への移転なし）", reading{}},
	} {
		if diff := cmp.Diff(tt.want, read(tt.region)); diff != "" {
			t.Errorf("region %q (-want +got):\n%s", tt.region, diff)
		}
	}
}

// TestRegionAsia: a region under country JP naming Asia, Asia-Pacific or
// APAC validated as in Japan, though Asia holds more than Japan
// (東京（DR：アジア）, Asia Pacific) or the region sets Japan apart
// (東京（日本を除くアジア太平洋）, APAC (ex-Japan), APJ以外). Now the first is
// refused asking for the country (asiaMaybeJapan) and the second read as
// abroad (asiaWithout). A cloud's name for its region in Japan
// (アジアパシフィック（東京）, Asia Pacific (Tokyo)), a region code
// (asia-northeast1) and a denial of Asia stay in Japan. A denial of
// keeping data outside Asia (アジア域外への移転なし, APAC域外移転なし) leaves
// it anywhere in Asia: refused as アジア以外への移転なし is. A cloud's name
// for its region in Japan set apart or extended (アジアパシフィック（東京）ほか,
// Asia Pacific (Tokyo) etc., outside Asia Pacific (Tokyo)) was read as
// the region in Japan: it does not say the data stays there, and is
// refused.
func TestRegionAsia(t *testing.T) {
	type reading struct {
		Kind int
		Word string
	}
	for _, tt := range []struct {
		region string
		want   reading
	}{
		// Japan set apart, or outside Asia: abroad.
		{"東京（日本を除くアジア太平洋）", reading{asiaWithout, "アジア太平洋"}},
		{"日本以外のアジア", reading{asiaWithout, "アジア"}},
		{"Asia Pacific excluding Japan", reading{asiaWithout, "Asia Pacific"}},
		{"APAC (ex-Japan)", reading{asiaWithout, "APAC"}},
		{"APAC (excl. JP)", reading{asiaWithout, "APAC"}},
		{"アジア（日本を除く）", reading{asiaWithout, "アジア"}},
		{"東京（DR：日本を含まないアジア地域）", reading{asiaWithout, "アジア"}},
		{"APJ以外", reading{asiaWithout, "APJ"}},
		{"東京（バックアップ：アジア以外）", reading{asiaWithout, "アジア"}},
		{"Tokyo (DR outside APAC)", reading{asiaWithout, "APAC"}},
		{"アジアパシフィック（東京）、DR：アジア（日本以外）", reading{asiaWithout, "アジア"}},
		// Asia, which holds Japan: refused.
		{"東京（DR：アジア）", reading{asiaMaybeJapan, "アジア"}},
		{"東京（DR：APAC）", reading{asiaMaybeJapan, "APAC"}},
		{"東京（バックアップ：アジア太平洋）", reading{asiaMaybeJapan, "アジア太平洋"}},
		{"Asia Pacific", reading{asiaMaybeJapan, "Asia Pacific"}},
		{"アジアパシフィック", reading{asiaMaybeJapan, "アジアパシフィック"}},
		{"APJ", reading{asiaMaybeJapan, "APJ"}},
		{"Tokyo (APAC-DR)", reading{asiaMaybeJapan, "APAC"}},
		{"東京（東アジア）", reading{asiaMaybeJapan, "アジア"}},
		{"ＡＰＡＣ", reading{asiaMaybeJapan, "APAC"}},
		{"ｱｼﾞｱ", reading{asiaMaybeJapan, "アジア"}},
		{"アジアパシフィック（東京）、DR：アジア", reading{asiaMaybeJapan, "アジア"}},
		{"アジアパシフィック（東京以外）", reading{asiaMaybeJapan, "アジアパシフィック"}},
		{"アジアパシフィック東京以外", reading{asiaMaybeJapan, "アジアパシフィック"}},
		{"アジア（東京ほか）", reading{asiaMaybeJapan, "アジア"}},
		{"アジアパシフィック（東京）以外", reading{asiaMaybeJapan, "アジアパシフィック"}},
		{"Asia Pacific (Tokyo) 以外", reading{asiaMaybeJapan, "Asia Pacific"}},
		{"Asia Pacific (Osaka)を除く", reading{asiaMaybeJapan, "Asia Pacific"}},
		{"アジアパシフィック（東京）ほか", reading{asiaMaybeJapan, "アジアパシフィック"}},
		{"アジアパシフィック（東京）他", reading{asiaMaybeJapan, "アジアパシフィック"}},
		{"アジアパシフィック（東京）など", reading{asiaMaybeJapan, "アジアパシフィック"}},
		{"アジアパシフィック（東京）等", reading{asiaMaybeJapan, "アジアパシフィック"}},
		{"アジアパシフィック（東京）を含む", reading{asiaMaybeJapan, "アジアパシフィック"}},
		{"アジアパシフィック（東京）外", reading{asiaMaybeJapan, "アジアパシフィック"}},
		{"アジアパシフィック東京ほか", reading{asiaMaybeJapan, "アジアパシフィック"}},
		{"Asia Pacific (Tokyo) etc.", reading{asiaMaybeJapan, "Asia Pacific"}},
		{"Asia Pacific (Tokyo), etc.", reading{asiaMaybeJapan, "Asia Pacific"}},
		{"Asia (Tokyo) + others", reading{asiaMaybeJapan, "Asia"}},
		{"Asia Pacific (Tokyo) and other regions", reading{asiaMaybeJapan, "Asia Pacific"}},
		{"Asia Pacific (Tokyo) excluded", reading{asiaMaybeJapan, "Asia Pacific"}},
		{"outside Asia Pacific (Tokyo)", reading{asiaMaybeJapan, "Asia Pacific"}},
		{"other than Asia Pacific (Tokyo)", reading{asiaMaybeJapan, "Asia Pacific"}},
		{"Tokyo (DR: any region except Asia Pacific (Tokyo))", reading{asiaMaybeJapan, "Asia Pacific"}},
		{"Tokyo (DR other than APAC)", reading{asiaWithout, "APAC"}},
		{"東京（DR：JAPAC）", reading{asiaMaybeJapan, "JAPAC"}},
		{"Tokyo (AsPac backup)", reading{asiaMaybeJapan, "AsPac"}},
		{"東京（DR：環太平洋）", reading{asiaMaybeJapan, "環太平洋"}},
		{"東京（DR：極東）", reading{asiaMaybeJapan, "極東"}},
		{"Tokyo (Far East DR)", reading{asiaMaybeJapan, "Far East"}},
		{"Tokyo (Pacific Rim)", reading{asiaMaybeJapan, "Pacific Rim"}},
		{"東京（極東への移転なし）", reading{}},
		{"Tokyo (Japacific)", reading{}},
		{"東京（DR：亜州）", reading{asiaMaybeJapan, "亜州"}},
		{"Asia/Pacific", reading{asiaMaybeJapan, "Asia"}},
		{"Asia Pacific Tokyo2", reading{asiaMaybeJapan, "Asia Pacific"}},
		{"東京（アジアDR 暗号化なし）", reading{asiaMaybeJapan, "アジア"}},
		{"東京（アジアへの移転なし（緊急時を除く））", reading{asiaMaybeJapan, "アジア"}},
		{"東京（アジア以外への移転なし）", reading{asiaMaybeJapan, "アジア"}},
		{"東京（アジア域外への移転なし）", reading{asiaMaybeJapan, "アジア"}},
		{"東京（アジア圏外への移転なし）", reading{asiaMaybeJapan, "アジア"}},
		{"東京（APAC域外移転なし）", reading{asiaMaybeJapan, "APAC"}},
		{"東京（アジア太平洋地域外への保存なし）", reading{asiaMaybeJapan, "アジア太平洋"}},
		{"東京（アジア外への移転なし）", reading{asiaMaybeJapan, "アジア"}},
		{"東京（アジア域外移転：なし）", reading{asiaMaybeJapan, "アジア"}},
		{"東京（DR：アジア域外）", reading{asiaWithout, "アジア"}},
		{"東京（バックアップ：APAC圏外）", reading{asiaWithout, "APAC"}},
		// A false refusal: an English denial of Asia is not read.
		{"Tokyo (no transfer to Asia)", reading{asiaMaybeJapan, "Asia"}},
		// A cloud's region in Japan, a code, a denial: Japan.
		{"アジアパシフィック（東京）", reading{}},
		{"アジアパシフィック (大阪)", reading{}},
		{"Asia Pacific (Tokyo)", reading{}},
		{"Asia Pacific (Osaka)", reading{}},
		{"AWS アジアパシフィック（東京）リージョン", reading{}},
		{"ｱｼﾞｱﾊﾟｼﾌｨｯｸ（東京）", reading{}},
		{"アジア・パシフィック（東京）", reading{}},
		{"アジア パシフィック（東京）", reading{}},
		{"ｱｼﾞｱ･ﾊﾟｼﾌｨｯｸ（大阪）", reading{}},
		{"アジア・太平洋（東京）", reading{}},
		{"Asia Pacific Tokyo", reading{}},
		{"Asia Pacific (Tokyo, Osaka)", reading{}},
		{"Asia Pacific (Tokyo) and Asia Pacific (Osaka)", reading{}},
		{"アジアパシフィック（東京）のみ", reading{}},
		{"アジアパシフィック（東京）リージョン、大阪", reading{}},
		{"Asia Pacific (Tokyo) region", reading{}},
		{"Asia Pacific (Tokyo) only", reading{}},
		{"Asia Pacific (Tokyo) notably", reading{}},
		{"ap-northeast-1", reading{}},
		{"asia-northeast1", reading{}},
		{"東京（DR：アジアパシフィック（大阪））", reading{}},
		{"東京（アジアへの移転なし）", reading{}},
		{"東京（アジア・パシフィックへの移転なし）", reading{}},
		{"東京（ｱｼﾞｱ･ﾊﾟｼﾌｨｯｸへのﾊﾞｯｸｱｯﾌﾟなし）", reading{}},
		{"東京（アジア移転：なし）", reading{}},
		{"東京（APACリージョン不使用）", reading{}},
		{"Apex Japan DC", reading{}},
		{"東京", reading{}},
	} {
		kind, word := regionAsia(tt.region)
		if diff := cmp.Diff(tt.want, reading{kind, word}); diff != "" {
			t.Errorf("regionAsia(%q) (-want +got):\n%s", tt.region, diff)
		}
	}
}

// TestLoadRegionAsia: at load, a region under country JP naming Asia is
// refused at its place, in English and Japanese, asking for the country;
// one setting Japan apart is refused as abroad; a cloud's name for its
// region in Japan is accepted.
func TestLoadRegionAsia(t *testing.T) {
	dir := writeTxtar(t, registerYAML+`-- services/box.yaml --
name: {ja: Box}
owner: {section: somu}
approval: {status: approved}
provider: {name: Box}
contract_type: negotiated
delivery: saas
data_locations:
  - {country: JP, region: 東京（DR：アジア）}
  - {country: JP, region: アジアパシフィック（東京）}
  - {country: JP, region: Asia Pacific (Tokyo)}
  - {country: JP, region: "東京（DR：アジアパシフィック（大阪））"}
  - {country: JP, region: 東京（日本を除くアジア太平洋）}
  - {country: JP, region: APAC (ex-Japan)}
  - {country: SG, region: APAC}
`)
	_, err := Load(dir)
	want := []string{
		`bad-value services/box.yaml:8:27: data_locations[0].region "東京（DR：アジア）" names アジア, which includes Japan, and country is JP: it does not say whether the data is kept in Japan. If it is kept abroad, write that country's code in country (a location for each country); if it is kept in Japan, write the region as the place in Japan (Tokyo, Osaka) or as the cloud names its region in Japan (Asia Pacific (Tokyo))`,
		`bad-value services/box.yaml:12:27: data_locations[4].region "東京（日本を除くアジア太平洋）" is abroad (Asia without Japan) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
		`bad-value services/box.yaml:13:27: data_locations[5].region "APAC (ex-Japan)" is abroad (Asia without Japan) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
	}
	if diff := cmp.Diff(want, lines(err)); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
	var es Errors
	if !errors.As(err, &es) || len(es) < 2 {
		t.Fatalf("Load: %v", err)
	}
	wantJa := []string{
		`services/box.yaml:8:27: data_locations[0].region "東京（DR：アジア）" は「アジア」を示していますが、アジアには日本も含まれるため、データが日本国内にあるかどうかが分かりません（country は JP）。国外にあれば country にその国のコードを書き（国ごとに所在地を分けます）、国内にあれば region を 国内・東京・大阪 のように、またはクラウドの国内リージョン名（アジアパシフィック（東京））で書いてください`,
		`services/box.yaml:12:27: data_locations[4].region "東京（日本を除くアジア太平洋）" は国外（日本を除くアジア）ですが country が JP です。country にその国のコードを書くか（国外の所在地として評価されます）、region を直してください`,
	}
	if diff := cmp.Diff(wantJa, []string{es[0].Message("ja"), es[1].Message("ja")}); diff != "" {
		t.Errorf("Japanese messages (-want +got):\n%s", diff)
	}
}

// TestRegionASEAN: a region under country JP naming ASEAN, whose members
// are all abroad, validated as in Japan (東京（DR：ASEAN）, 東京（DR：
// アセアン）); ASEAN is a group of countries abroad by its short name in
// capitals, as EMEA is, and asean and アセアン words for abroad; it is
// riskassess.PlaceAbroadNamed's now, in any case or width, one reading
// with the catalogue's. A denial of it stays accepted.
func TestRegionASEAN(t *testing.T) {
	abroad := map[string]bool{}
	for _, region := range []string{"東京（DR：ASEAN）", "Tokyo (ASEAN backup)", "国内・ASEAN", "東京（ASEANへの移転なし）", "Tokyo (no ASEAN transfer)",
		"東京（asean）", "東京（DR：アセアン）", "東京（ｱｾｱﾝへの移転なし）", "Tokyo (Asean backup)", "東京（ｱｾｱﾝ）", "東京（Asean移転：なし）",
		"東京（アセアン加盟国DR）", "東京（Caseant）"} {
		abroad[region] = refusedUnderJP(region)
	}
	want := map[string]bool{"東京（DR：ASEAN）": true, "Tokyo (ASEAN backup)": true, "国内・ASEAN": true, "東京（ASEANへの移転なし）": false,
		"Tokyo (no ASEAN transfer)": false, "東京（asean）": true, "東京（DR：アセアン）": true, "東京（ｱｾｱﾝへの移転なし）": false,
		"Tokyo (Asean backup)": true, "東京（ｱｾｱﾝ）": true, "東京（Asean移転：なし）": false, "東京（アセアン加盟国DR）": true, "東京（Caseant）": false}
	if diff := cmp.Diff(want, abroad); diff != "" {
		t.Errorf("abroad (-want +got):\n%s", diff)
	}
}

// TestRegionAsiaWords: APeJ (Asia Pacific excluding Japan) and ANZ
// (Australia and New Zealand) are abroad; JAPAC, AsPac, 環太平洋, 極東, Far
// East and Pacific Rim hold Japan and places abroad and are refused
// asking for the country. All of them validated as in Japan.
func TestRegionAsiaWords(t *testing.T) {
	got := map[string]string{}
	for _, region := range []string{"東京（DR：APeJ）", "Tokyo (APEJ backup)", "東京（DR：ANZ）", "Tokyo (ANZ region)", "東京（DR：JAPAC）",
		"Tokyo (AsPac)", "東京（環太平洋）", "東京（極東）", "Tokyo (Far East)", "Tokyo (Pacific Rim)", "東京（ANZへの移転なし）", "Tokyo (Canzone)"} {
		codes, place := regionPlaces(region)
		kind, _ := regionAsia(region)
		switch {
		case len(codes) > 0 || place != "" || regionSaysAbroad(region):
			got[region] = "abroad"
		case kind == asiaMaybeJapan:
			got[region] = "ask"
		}
	}
	want := map[string]string{"東京（DR：APeJ）": "abroad", "Tokyo (APEJ backup)": "abroad", "東京（DR：ANZ）": "abroad", "Tokyo (ANZ region)": "abroad",
		"東京（DR：JAPAC）": "ask", "Tokyo (AsPac)": "ask", "東京（環太平洋）": "ask", "東京（極東）": "ask", "Tokyo (Far East)": "ask",
		"Tokyo (Pacific Rim)": "ask"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestRegionDenialOfConnectivePlace: a denial of a place after a word for
// keeping data and a connective (バックアップ先欧州：なし, 移転先北米なし,
// 保管先北米は使用しない) was accepted before the place after a connective
// was read, and then refused as abroad: the denial's label or clause was
// not the place alone (regionPlaceLabel, regionDeniesPlace). Now they
// deny the place (regionConnectivePlace); a denial of another word after
// the place, or no denial, stays abroad, and so does a clause naming
// another place before the denied one (北米保管 バックアップ先欧州なし:
// only words for keeping data may come before the connective; read as
// in Japan by branch q35a's c654754, which cut at any connective).
func TestRegionDenialOfConnectivePlace(t *testing.T) {
	abroad := map[string]bool{}
	for _, region := range []string{
		// Denials.
		"東京（バックアップ先欧州：なし）", "バックアップ先欧州なし", "移転先欧州：無し", "移転先北米なし", "DR拠点北米なし", "待機系北米なし",
		"保管先北米は使用しない", "保管場所北米不可", "保管先北米禁止", "東京（ﾊﾞｯｸｱｯﾌﾟ先欧州：なし）", "東京（移転先EUなし）",
		"東京（バックアップ先北米ではない）", "東京（バックアップ先欧州の有無：なし）", "東京（バックアップ先アジア：なし）", "東京（保管先海外：なし）",
		"東京（データ保管先北米なし）", "東京（北米保管なし、バックアップ先欧州なし）",
		// Abroad: no denial, or a denial of another word.
		"東京（バックアップ先欧州：あり）", "東京（バックアップ先欧州（暗号化：なし））", "東京（バックアップ先欧州 追加費用：なし）",
		"東京（バックアップ先欧州 暗号化なし）", "東京（保管先北米は暗号化しない）", "東京（バックアップ先北米に限定しない）",
		"東京（バックアップ先欧州の変更不可）", "東京（保管先北米、冗長化なし）", "東京（バックアップ先欧州を除き海外移転なし）",
		// Abroad: another place in the clause before the denied one.
		"東京（北米保管 バックアップ先欧州なし）", "東京（シンガポール保管先欧州なし）", "Tokyo (US backup 待機系北米なし)",
		"東京（海外保管 移転先欧州なし）", "東京（主保管先北米 副保管先欧州なし）", "東京（北米保管 バックアップ先欧州：なし）",
		"東京（シンガポール保管先欧州：なし）", "Tokyo (US backup 待機系北米：なし)", "東京（海外保管 移転先欧州：なし）",
		"東京（主保管先北米 副保管先欧州：なし）", "東京（北米DR拠点欧州なし）", "東京（北米 保管先欧州なし）",
		"東京（保管先北米 バックアップ先欧州なし）",
	} {
		abroad[region] = refusedUnderJP(region)
	}
	want := map[string]bool{
		"東京（バックアップ先欧州：なし）": false, "バックアップ先欧州なし": false, "移転先欧州：無し": false, "移転先北米なし": false, "DR拠点北米なし": false,
		"待機系北米なし": false, "保管先北米は使用しない": false, "保管場所北米不可": false, "保管先北米禁止": false, "東京（ﾊﾞｯｸｱｯﾌﾟ先欧州：なし）": false,
		"東京（移転先EUなし）": false, "東京（バックアップ先北米ではない）": false, "東京（バックアップ先欧州の有無：なし）": false,
		"東京（バックアップ先アジア：なし）": false, "東京（保管先海外：なし）": false, "東京（データ保管先北米なし）": false,
		"東京（北米保管なし、バックアップ先欧州なし）": false,
		"東京（バックアップ先欧州：あり）":       true, "東京（バックアップ先欧州（暗号化：なし））": true, "東京（バックアップ先欧州 追加費用：なし）": true,
		"東京（バックアップ先欧州 暗号化なし）": true, "東京（保管先北米は暗号化しない）": true, "東京（バックアップ先北米に限定しない）": true,
		"東京（バックアップ先欧州の変更不可）": true, "東京（保管先北米、冗長化なし）": true, "東京（バックアップ先欧州を除き海外移転なし）": true,
		"東京（北米保管 バックアップ先欧州なし）": true, "東京（シンガポール保管先欧州なし）": true, "Tokyo (US backup 待機系北米なし)": true,
		"東京（海外保管 移転先欧州なし）": true, "東京（主保管先北米 副保管先欧州なし）": true, "東京（北米保管 バックアップ先欧州：なし）": true,
		"東京（シンガポール保管先欧州：なし）": true, "Tokyo (US backup 待機系北米：なし)": true, "東京（海外保管 移転先欧州：なし）": true,
		"東京（主保管先北米 副保管先欧州：なし）": true, "東京（北米DR拠点欧州なし）": true, "東京（北米 保管先欧州なし）": true,
		"東京（保管先北米 バックアップ先欧州なし）": true,
	}
	if diff := cmp.Diff(want, abroad); diff != "" {
		t.Errorf("abroad (-want +got):\n%s", diff)
	}
}

// TestRegionDenialOfLastPlace: a denial of the last place in a clause
// (北米保管 シンガポール移転：なし, 北米保管 欧州への移転なし) made the
// clause's other place count for nothing, so these validated as in Japan
// under country JP. A denial removes only the place in its own label or
// directly before its words for keeping or moving data
// (regionPlaceAlone, regionPlaceLabel); any other place abroad in the
// clause, a word for abroad or a short name in capitals too (海外保管
// EU移転なし, US保管 EU移転なし), keeps the region abroad, and so does a
// denial of a transfer or DR after a space (北米保管 移転なし, シンガポール
// 保管 DR不使用). Places joined by と or 及び are denied together.
func TestRegionDenialOfLastPlace(t *testing.T) {
	abroadRegions := []string{
		// The data is kept in the other place.
		"東京（北米保管 シンガポール移転：なし）", "東京（北米保管 シンガポールへの移転なし）", "東京（DR：北米 シンガポール：なし）",
		"東京（北米保管 欧州への移転なし）", "東京（北米保管 欧州移転なし）", "東京（北米保管 欧州移転：なし）", "東京（シンガポールDR 欧州リージョン不使用）",
		"東京（海外保管 シンガポール移転なし）", "東京（海外保管 EU移転なし）", "東京（海外保管 EU移転：なし）", "東京（US保管 EU移転なし）",
		"東京（北米保管 海外移転なし）", "東京（北米保管欧州移転なし）", "東京（米国保管 欧州移転なし）", "東京（北米保管 アジア移転なし）",
		"東京（北米にバックアップ シンガポールへの移転なし）", "東京（北米のバックアップ 欧州の利用なし）", "東京（北米DC 欧州DC：なし）",
		"東京（北米保管 シンガポールDR：なし）", "東京（北米保管と欧州への移転なし）",
		// The denial is of a transfer, not of the place the data is kept.
		"東京（北米保管 移転なし）", "東京（北米保管 移転：なし）", "東京（シンガポール保管 移転なし）", "東京（シンガポール保管 バックアップなし）",
		"東京（シンガポール保管 DR不使用）",
	}
	japanRegions := []string{ // denials that stay accepted
		"東京（シンガポールへの移転なし）", "国内（海外移転：なし）", "東京（EU移転：なし）", "東京（欧州 への移転なし）",
		"東京（シンガポールへのデータ移転なし）", "東京（欧州リージョンへのバックアップは行わない）", "東京（ソウルへのバックアップは行わない）",
		"東京（シンガポールリージョン不使用）", "東京（北米及び欧州への移転なし）", "東京（北米と欧州への移転なし）", "東京（国内保管 海外移転なし）",
		"東京（日本国内保管 欧州移転なし）", "東京（国内保管 シンガポール移転：なし）",
		"東京（Singapore region不使用）", "東京（Singapore data region 不使用）", "東京（US-East region 不使用）", "東京（シンガポールDC利用なし）",
		"東京（シンガポールのクラウド利用なし）", "東京（シンガポールのデータセンターへのデータ移転は一切行わない）",
	}
	checkRegionsAbroad(t, abroadRegions, japanRegions)
}

// TestLoadRegionDenialOfLastPlace: Load refuses a location under country
// JP whose clause denies one place and keeps the data in another
// (TestRegionDenialOfLastPlace), naming the place kept, and leaves the
// denial of the clause's only place as it is.
func TestLoadRegionDenialOfLastPlace(t *testing.T) {
	dir := writeTxtar(t, registerYAML+`-- services/box.yaml --
name: {ja: Box}
owner: {section: somu}
approval: {status: approved}
provider: {name: Box}
contract_type: negotiated
delivery: saas
data_locations:
  - {country: JP, region: 東京（北米保管 シンガポール移転：なし）}
  - {country: JP, region: 東京（北米保管 欧州への移転なし）}
  - {country: JP, region: 東京（シンガポールへの移転なし）}
`)
	_, err := Load(dir)
	want := []string{
		`bad-value services/box.yaml:8:27: data_locations[0].region "東京（北米保管 シンガポール移転：なし）" is abroad (SG) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
		`bad-value services/box.yaml:9:27: data_locations[1].region "東京（北米保管 欧州への移転なし）" is abroad (北米) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
	}
	if diff := cmp.Diff(want, lines(err)); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
}

// TestRegionDenialOfARestriction holds reader q35a5's regions: a denial
// of a restriction (禁止されていない, 制限なし, 停止不可, 否定できない) allows
// the transfer, but such a clause read as a denial of it and validated as
// in Japan. A restriction that is itself the denial (海外移転禁止) stays
// accepted.
func TestRegionDenialOfARestriction(t *testing.T) {
	abroadRegions := []string{
		"東京（海外移転は禁止されていない）", "東京（海外移転を禁止しない）", "東京（海外移転に制限なし）", "東京（海外移転 停止不可）",
		"東京（海外移転は否定できない）", "東京（海外移転に制約なし）", "東京（海外移転に上限なし）", "東京（海外移転に条件なし）",
		"東京（海外移転に規制なし）", "東京（海外移転に限定なし）", "東京（海外移転の禁止なし）", "東京（海外保管を禁止していない）",
		"東京（海外移転は禁止されません）", "東京（海外移転を制限しない）", "東京（国外へのバックアップは禁じていない）",
		"東京（北米への移転は禁止されていない）", "東京（北米への移転に制限なし）", "東京（シンガポール移転：制限なし）",
		"東京（海外移転の制限：なし）", "東京（海外移転：禁止しない）",
		"Tokyo (no restriction on overseas transfer)", "Tokyo (overseas transfer not prohibited)",
		"Tokyo (overseas transfer is not restricted)", "Tokyo (no limit on overseas transfer)",
	}
	japanRegions := []string{ // denials that stay accepted
		"東京（海外移転なし）", "東京（海外移転禁止）", "東京（海外移転は禁止）", "東京（海外移転は一切禁止）", "国内（海外保管：無）",
		"東京（国外保存：しない）", "東京（海外移転：禁止）", "Tokyo (overseas transfer prohibited)",
		"東京（海外移転なし、容量制限なし）",
	}
	checkRegionsAbroad(t, abroadRegions, japanRegions)
}

// TestRegionHedgedDenial holds reader q35a5's regions: a denial with a
// proviso (ただし障害時は移転), in principle (原則, 原則として, in
// principle) or as a plan (（予定）, しない予定) is not a fact, but it
// validated as in Japan. Denials of a plan (海外移転の予定：なし), an
// exception of a place in Japan and plain denials stay accepted.
func TestRegionHedgedDenial(t *testing.T) {
	abroadRegions := []string{
		"東京（北米への移転なし、ただし障害時は移転）", "東京（海外移転なし、ただし障害時は移転）", "東京（海外移転なし。但し緊急時を除く）",
		"東京（海外移転なし。ただし、障害時はこの限りでない）", "東京（原則北米への移転なし）", "東京（原則として海外移転なし）",
		"東京（原則、海外移転なし）", "東京（基本的に海外移転なし）", "東京（極力海外移転しない）", "東京（北米への移転なし（予定））",
		"東京（海外移転なし（予定））", "東京（海外移転しない予定）", "東京（海外移転なし（予定です））", "東京（海外移転しない方針）",
		"東京（シンガポール移転：なし（予定））", "東京（原則アジアへの移転なし）", "東京（海外移転しない予定だ）",
		"Tokyo (no overseas transfer in principle)", "Tokyo (as a rule, no overseas transfer)", "Tokyo (no overseas transfer planned)",
		"Tokyo (overseas transfer generally not used)", "Tokyo (no overseas transfer; however DR in Singapore)",
	}
	japanRegions := []string{ // denials that stay accepted
		"東京（海外移転なし）", "国内（海外保管：無）", "東京（国外保存：しない）", "Tokyo (overseas transfer prohibited)",
		"東京（海外移転なし。ただし国内の大阪を除く）", "大阪（海外移転の予定：なし）", "東京（海外移転予定なし）", "東京（海外移転の予定はない）",
		"東京（シンガポールへの移転なし）", "Tokyo (no overseas transfer)",
	}
	checkRegionsAbroad(t, abroadRegions, japanRegions)
}

// checkRegionsAbroad checks that each of abroadRegions is refused under
// country JP (it names a country code, a place abroad, a word for abroad,
// or an Asia word not known to be Japan) and each of japanRegions is not.
func checkRegionsAbroad(t *testing.T, abroadRegions, japanRegions []string) {
	t.Helper()
	want, abroad := map[string]bool{}, map[string]bool{}
	for _, region := range abroadRegions {
		want[region] = true
	}
	for _, region := range japanRegions {
		want[region] = false
	}
	for region := range want {
		abroad[region] = refusedUnderJP(region)
	}
	if diff := cmp.Diff(want, abroad); diff != "" {
		t.Errorf("abroad (-want +got):\n%s", diff)
	}
}

// refusedUnderJP reports whether a data location of country JP with
// region is refused at load (regionAbroad: a place abroad, or Asia
// without saying whether in Japan).
func refusedUnderJP(region string) bool {
	where, asia := regionAbroad(region)
	return where != "" || asia != ""
}

// TestRegionSeveralCountries: a region under country JP that says the
// data is kept in several countries (複数国, 各国, multiple countries)
// keeps part of it abroad; it validated and counted as all in Japan
// (CLD-20 すべて国内). Several regions or sites in Japan, and a denial, do
// not.
func TestRegionSeveralCountries(t *testing.T) {
	for _, tt := range []struct {
		region string
		abroad bool
	}{
		{"複数国", true},
		{"東京ほか複数の国", true},
		{"各国のデータセンター", true},
		{"多国間で分散保管", true},
		{"Tokyo and multiple countries", true},
		{"several countries", true},
		{"multi-country", true},
		{"東京（複数国に分散保管）", true},
		{"複数リージョン（東京・大阪）", false},
		{"国内複数拠点", false},
		{"multiple regions in Japan", false},
		{"東京（複数国への分散なし）", false},
		{"Tokyo (no data stored in multiple countries)", false},
		{"東京（国内の複数地域）", false},
		{"日本及び他国", true},
		{"他国", true},
		{"東京ほか他の国", true},
		{"2か国", true},
		{"二か国（日本・他1国）", true},
		{"3カ国のデータセンター", true},
		{"国内のみ（他国への保管なし）", false},
		{"国内（他国への移転なし）", false},
		{"東京ほか国内DC", false},
		{"東京その他国内拠点", false},
		{"東京、その他の国内DC", false},
		// Languages and an operator's nationality (were read as abroad).
		{"国内（各国語対応）", false},
		{"国内（多国語サポート）", false},
		{"国内（多国籍企業が運営）", false},
		{"多国籍企業の海外DC", true},
	} {
		if got := refusedUnderJP(tt.region); got != tt.abroad {
			t.Errorf("region %q: abroad %v, want %v", tt.region, got, tt.abroad)
		}
	}
}

// TestRegionApprovalDenial: a data location's region under country JP
// whose denial of keeping data abroad holds only without approval
// (東京（承認なく海外移転しない）, Tokyo (no transfer abroad without approval),
// 東京（海外移転は承認がない限り行わない）) validated as in Japan, as a work site
// saying so scored as work in Japan (riskassess.TestWorkSiteAbroadApproval):
// the data may be moved abroad once approved. It is refused as a hedged
// denial is. A denial that holds with approval too, or with no exception,
// stays accepted.
func TestRegionApprovalDenial(t *testing.T) {
	abroadRegions := []string{
		"東京（承認なく海外移転しない）", "東京（海外移転は承認がない限り行わない）", "東京（事前の承諾を得ずに海外へ移転しない）",
		"東京（発注者の許可を得た場合を除き海外移転なし）", "Tokyo (no transfer abroad without approval)",
		"Tokyo (no overseas transfer unless the customer consents)",
		// A false refusal, left (before too): 例外なし is read as an
		// exception (regionException), as in 東京（海外移転なし（例外なし））.
		"東京（承認なく海外移転しない（例外なし））",
	}
	japanRegions := []string{
		"東京（海外移転なし）", "東京（承認の有無にかかわらず海外移転なし）", "Tokyo (no overseas transfer, even with approval)",
		"東京（海外移転なし、承認済み）", "東京（海外移転は承認されない）",
	}
	checkRegionsAbroad(t, abroadRegions, japanRegions)
}

// TestRegionUndecidedDenial: a region denying transfer abroad but saying
// in the same region that this is undecided (確定ではない, 変更もありうる,
// 分からない, 暫定, under review), words regionUnsaid does not know, was
// accepted as in Japan under country JP, though a work site saying the
// same is abroad (riskassess.Undecided). Plain denials and denials of a
// possibility stay accepted.
func TestRegionUndecidedDenial(t *testing.T) {
	abroadRegions := []string{
		"東京（海外移転の予定はないが確定ではない）", "東京（海外移転なし（暫定））", "東京（海外移転なし、変更もありうる）",
		"東京（海外移転なし、分からない）", "Tokyo (no transfer abroad, under review)", "東京（海外移転なし、変更になる場合がある）",
	}
	japanRegions := []string{
		"東京（海外移転なし）", "東京（海外移転の可能性はない）", "東京（海外移転の予定はない）", "Tokyo (no transfer abroad)",
	}
	checkRegionsAbroad(t, abroadRegions, japanRegions)
}

// TestRegionApprovalAllows: a region denying transfer abroad and saying
// approval allows it (東京（海外移転なし（承認があれば可））, approval
// required) was accepted as in Japan under country JP, though a work site
// saying the same is abroad (riskassess.ApprovalAllows). Denials that hold
// with approval too stay accepted.
func TestRegionApprovalAllows(t *testing.T) {
	abroadRegions := []string{
		"東京（海外移転なし（承認があれば可））", "Tokyo (no transfer abroad, approval required)", "東京（海外移転なし、承認を得た場合は可）",
		"Tokyo (no transfer abroad, subject to approval)",
	}
	japanRegions := []string{
		"東京（海外移転なし（承認を得た場合でも不可））", "Tokyo (no transfer abroad, even with approval)", "東京（海外移転なし（承認の有無にかかわらず））",
	}
	checkRegionsAbroad(t, abroadRegions, japanRegions)
}

// TestRegionForNowDenial: a region denying transfer abroad only for now
// (東京（現時点では海外移転なし）, Tokyo (currently no transfer abroad)) was
// accepted as in Japan under country JP, though a work site saying the
// same is abroad (riskassess.ForNow). A firm denial, and a region naming
// where the data is now (現在の保管場所), stay accepted.
func TestRegionForNowDenial(t *testing.T) {
	abroadRegions := []string{
		"東京（現時点では海外移転なし）", "東京（当面は海外移転なし）", "東京（海外移転なし（現時点））",
		"Tokyo (currently no transfer abroad)", "Tokyo (no transfer abroad for now)", "東京（今のところ海外移転の予定なし）",
	}
	japanRegions := []string{
		"東京（海外移転なし）", "東京（海外移転は一切なし）", "Tokyo (no transfer abroad)", "東京（現在の保管場所、海外移転なし）",
		// Now and in the future: a firm no (riskassess.ForNow), refused
		// before as a work site's was abroad.
		"東京（現在も将来も海外移転なし）", "Tokyo (currently and in the future, no transfer abroad)",
	}
	checkRegionsAbroad(t, abroadRegions, japanRegions)
}
