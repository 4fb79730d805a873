package riskassess

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestWorkSiteAbroad: a work site's address abroad — by a country
// (中国 大連市), a city (マニラ) or a word for abroad (翻訳者の自宅（国外を含む）)
// — is where the work is done abroad; addresses in Japan holding the kanji
// of a country (印西市, 米原市, 中国地方), a word for abroad denied in its
// clause (海外拠点なし, 国外への持出し禁止) or a word about people or
// languages (外国人, 外国語) are not.
func TestWorkSiteAbroad(t *testing.T) {
	for _, tt := range []struct {
		address string
		want    []string
	}{
		{"中国 大連市高新園区", []string{"CN"}},
		{"Manila, Philippines", []string{"PH"}},
		{"ベトナム ハノイ", []string{"VN"}},
		{"マニラ市マカティ", []string{"マニラ"}},
		{"大連", []string{"大連"}},
		{"翻訳者の自宅（国外を含む）", []string{"国外"}},
		{"海外在住の翻訳者の自宅", []string{"海外"}},
		{"オフショア開発拠点", []string{"オフショア"}},
		{"Offshore delivery centre", []string{"offshore"}},
		{"東京都調布市（架空）受託者事務所、作業の一部は海外", []string{"海外"}},
		{"東京都調布市小島町2丁目", nil},
		{"千葉県印西市", nil},
		{"滋賀県米原市", nil},
		{"広島県広島市中区（中国地方）", nil},
		{"東京都台東区", nil},
		{"国内データセンター（東京・大阪）", nil},
		{"受託者事務所（海外拠点なし）", nil},
		{"受託者事務所（国外への持出し禁止）", nil},
		{"受託者事務所（海外からの接続は不可）", nil},
		{"No offshore work", nil},
		{"offshore work is prohibited", nil},
		{"Not offshore; Tokyo only", nil},
		{"受託者事務所（外国人技能実習生を含む）", nil},
		{"翻訳室（外国語）", nil},
		{"vendor office (no offshore work)", nil},
		{"受託者事務所（国外への再委託はしていません）", nil},
		{"受託者事務所（海外拠点は使いません）", nil},
		// Allowing work abroad is work abroad.
		{"東京都（海外からの作業も可）", []string{"海外"}},
		{"東京都（緊急時を除き海外で作業）", []string{"海外"}},
		{"Tokyo (not overseas)", nil},
		{"", nil},
	} {
		if diff := cmp.Diff(tt.want, workSiteAbroad(tt.address)); diff != "" {
			t.Errorf("workSiteAbroad(%q) (-want +got):\n%s", tt.address, diff)
		}
	}
}

// TestSubcontractorAbroad: a subcontractor (再委託先) abroad — by the note
// ending its name (Manila Data Services Inc. (Philippines), 大連華信データ
// 有限公司（中国）) or a word for abroad in its name or scope (海外在住の翻訳者,
// 海外拠点でのデータ入力) — added no foreign factor, while a work site there
// did. Names holding a country or city for other reasons, notes that name
// a language or a place in Japan, denials and scopes naming a country's
// goods are not abroad.
func TestSubcontractorAbroad(t *testing.T) {
	for _, tt := range []struct {
		name, scope string
		want        []string
	}{
		{"Manila Data Services Inc. (Philippines)", "データ入力", []string{"PH"}},
		{"大連華信データ有限公司（中国）", "会議録の入力", []string{"CN"}},
		{"株式会社ベトナムデータ（ハノイ）", "入力", []string{"ハノイ"}},
		{"Acme Inc.（米国）", "ホスティング", []string{"US"}},
		{"翻訳者（国外在住）", "翻訳", []string{"国外"}},
		{"海外在住の翻訳者（韓国語）", "韓国語訳", []string{"海外"}},
		{"株式会社多摩入力", "海外拠点でのデータ入力", []string{"海外"}},
		{"Acme Data", "offshore data entry", []string{"offshore"}},
		// Not abroad.
		{"株式会社中国電研", "保守", nil},
		{"フィリピン・テック株式会社", "入力", nil},
		{"株式会社マニラ", "入力", nil},
		{"株式会社アメリカ屋", "入力", nil},
		{"在宅速記者（個人事業者 3名）", "委員会録音の一次反訳", nil},
		{"国内IaaS事業者（社名は受託者の提出資料による）", "サービス基盤のホスティング", nil},
		{"翻訳者（韓国語）", "韓国語訳", nil},
		{"株式会社ABC（中国地方）", "保守", nil},
		{"株式会社多摩溶解センター", "溶解処理（海外への搬出なし）", nil},
		{"株式会社調布保守", "米国製機器の保守", nil},
		{"外国語翻訳センター株式会社", "翻訳", nil},
		{"", "", nil},
	} {
		if diff := cmp.Diff(tt.want, subcontractorAbroad(Subcontractor{Name: tt.name, Scope: tt.scope}, nil)); diff != "" {
			t.Errorf("subcontractorAbroad(%q, %q) (-want +got):\n%s", tt.name, tt.scope, diff)
		}
	}
}

// TestSubcontractorAbroadScopePlace: a subcontractor whose scope names
// the country or city abroad where the work is done (フィリピンでのデータ入力,
// 大連の拠点で入力, データ入力（ベトナム）, data entry in the Philippines) and
// whose name gives no place scored as work in Japan: the scope was read
// only for words for abroad. A place before で, にて, 拠点, 在住 or 現地, or
// after in, or in the note ending the scope, is now read; a place named
// for something else (米国製機器の保守, 中国語の翻訳, 米国企業のソフト保守) or
// denied (フィリピンでの作業なし) is not.
func TestSubcontractorAbroadScopePlace(t *testing.T) {
	for _, tt := range []struct {
		scope string
		want  []string
	}{
		{"フィリピンでのデータ入力", []string{"PH"}},
		{"会議録の入力（フィリピンにて実施）", []string{"PH"}},
		{"大連の拠点で入力", []string{"大連"}},
		{"データ入力（ベトナム）", []string{"VN"}},
		{"ベトナム拠点での入力作業", []string{"VN"}},
		{"中国在住の翻訳者による翻訳", []string{"CN"}},
		{"data entry in the Philippines", []string{"PH"}},
		{"翻訳（米国現地法人）", []string{"US"}},
		{"作業はフィリピンの自社拠点", []string{"PH"}},
		{"大連の子会社で入力", []string{"大連"}},
		// Not abroad.
		{"米国製機器の保守", nil},
		{"中国語の翻訳", nil},
		{"米国企業のソフト保守", nil},
		{"フィリピンでの作業なし", nil},
		{"国内でのデータ入力", nil},
		{"データ入力（国内）", nil},
		{"data entry in Excel", nil},
		{"中国地方の拠点で入力", nil},
		// A place naming where a tool comes from, before で: in Japan.
		{"米国製ソフトで入力", nil},
		{"米国のソフトで入力", nil},
		{"米国企業のクラウドで保管", nil},
	} {
		if diff := cmp.Diff(tt.want, subcontractorAbroad(Subcontractor{Name: "株式会社多摩入力", Scope: tt.scope}, nil)); diff != "" {
			t.Errorf("subcontractorAbroad(scope %q) (-want +got):\n%s", tt.scope, diff)
		}
	}
}

// TestSubcontractorAbroadBranch: a subcontractor named as a company's
// branch abroad (XX株式会社 大連支社, ABC Corp. Manila Branch), with the
// country after a last comma (Manila Data Services Inc., Philippines), in
// square brackets (XX [Philippines], XX【フィリピン】), or whose scope names a
// cloud region abroad (クラウド（米国リージョン）での保管) scored as work in
// Japan. Branches in Japan, 中国支社 (the Chūgoku region as often as
// China) and company names holding a place stay in Japan.
func TestSubcontractorAbroadBranch(t *testing.T) {
	for _, tt := range []struct {
		name, scope string
		want        []string
	}{
		{"XX株式会社 大連支社", "データ入力", []string{"大連"}},
		{"XX株式会社大連支社", "データ入力", []string{"大連"}},
		{"ABC Corp. Manila Branch", "データ入力", []string{"Manila"}},
		{"Manila Data Services Inc., Philippines", "データ入力", []string{"PH"}},
		{"XX Co., Ltd., Singapore", "データ入力", []string{"SG"}},
		{"XX [Philippines]", "入力", []string{"PH"}},
		{"XX【フィリピン】", "入力", []string{"PH"}},
		{"XX株式会社 ソウル事業所", "入力", []string{"ソウル"}},
		{"株式会社多摩入力", "クラウド（米国リージョン）での保管", []string{"US"}},
		{"株式会社多摩入力", "AWS米国リージョンに保管", []string{"US"}},
		// In Japan.
		{"XX株式会社 中国支社", "保守", nil},
		{"XX株式会社 関西支社", "保守", nil},
		{"XX株式会社 東京支店", "保守", nil},
		{"Acme Data, Inc.", "入力", nil},
		{"XX Co., Ltd.", "入力", nil},
		{"株式会社マニラ", "入力", nil},
		{"株式会社多摩入力", "東京リージョンでの保管", nil},
		{"XX [入力担当]", "入力", nil},
	} {
		if diff := cmp.Diff(tt.want, subcontractorAbroad(Subcontractor{Name: tt.name, Scope: tt.scope}, nil)); diff != "" {
			t.Errorf("subcontractorAbroad(%q, %q) (-want +got):\n%s", tt.name, tt.scope, diff)
		}
	}
}

// TestWorkSiteAbroadLatinCity: a work site or a subcontractor's note
// naming a city of offshore work in Latin letters or katakana (Dalian,
// Cebu, Makati, セブ, ダナン) or in kanji (杭州, 蘇州) was read as work in
// Japan: 大連 was listed only in kanji and the others not at all. Japanese
// places in romaji stay in Japan, and so does a katakana or kanji word
// holding a new name (セブンイレブン, 刑事コロンボ, 青島 in Miyazaki). A
// work site naming a company whose name holds a city abroad (Dalian Foods
// Japan K.K.) is read as abroad: a false abroad, never a false Japan; a
// subcontractor's name is read only in its note (Tokyo).
func TestWorkSiteAbroadLatinCity(t *testing.T) {
	for _, tt := range []struct {
		address string
		want    []string
	}{
		{"Dalian", []string{"Dalian"}},
		{"Dalian, Liaoning, China", []string{"CN"}},
		{"Dalian Software Park, Liaoning", []string{"Dalian"}},
		{"Cebu City", []string{"Cebu"}},
		{"Makati City, Metro Manila", []string{"Makati"}},
		{"Ho Chi Minh City", []string{"Ho Chi Minh"}},
		{"Da Nang", []string{"Da Nang"}},
		{"Bengaluru, Karnataka", []string{"Bengaluru"}},
		{"Pune", []string{"Pune"}},
		{"Noida", []string{"Noida"}},
		{"Dhaka", []string{"Dhaka"}},
		{"Hangzhou", []string{"Hangzhou"}},
		{"Xi'an", []string{"Xi'an"}},
		{"Phnom Penh", []string{"Phnom Penh"}},
		{"Colombo", []string{"Colombo"}},
		{"ＣＥＢＵ", []string{"Cebu"}},
		{"セブ島", []string{"セブ"}},
		{"ダナン市", []string{"ダナン"}},
		{"ダイレン", []string{"ダイレン"}},
		{"杭州市", []string{"杭州"}},
		{"蘇州工業園区", []string{"蘇州"}},
		{"Dalian Foods Japan K.K. (Tokyo)", []string{"Dalian"}},
		// In Japan.
		{"Osaka", nil},
		{"Chofu, Tokyo", nil},
		{"Kawasaki", nil},
		{"Sendai", nil},
		{"セブンイレブン調布店", nil},
		{"刑事コロンボ", nil},
		{"宮崎県宮崎市青島", nil},
		{"Cebuano translation desk", nil},
		{"Punen", nil},
	} {
		if diff := cmp.Diff(tt.want, workSiteAbroad(tt.address)); diff != "" {
			t.Errorf("workSiteAbroad(%q) (-want +got):\n%s", tt.address, diff)
		}
	}
	for _, tt := range []struct {
		name string
		want []string
	}{
		{"XX Co., Ltd. (Dalian)", []string{"Dalian"}},
		{"XX Inc. (Cebu)", []string{"Cebu"}},
		{"ABC Corp. Dalian Branch", []string{"Dalian"}},
		{"XX有限公司（杭州）", []string{"杭州"}},
		{"Dalian Foods Japan K.K. (Tokyo)", nil},
		{"Cebu Data Japan K.K.", nil},
		{"XX Co., Ltd. (Osaka)", nil},
	} {
		if diff := cmp.Diff(tt.want, subcontractorAbroad(Subcontractor{Name: tt.name, Scope: "データ入力"}, nil)); diff != "" {
			t.Errorf("subcontractorAbroad(%q) (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestSubcontractorAbroadZaigai: a subcontractor living or working
// abroad written with 在外 (在外の翻訳者, 在外スタッフ, 翻訳者（在外）, 在外邦人)
// scored as work in Japan: 在外 was not a word for abroad, while 海外在住
// and 国外居住 were. 在 ending another word before 外 (現在外部委託中, 所在外,
// 滞在外出) and 在外国人 (foreigners living in Japan) say nothing of
// abroad; a denial after it in its clause (在外スタッフなし) holds.
func TestSubcontractorAbroadZaigai(t *testing.T) {
	for _, tt := range []struct {
		name, scope string
		want        []string
	}{
		{"在外の翻訳者", "翻訳", []string{"在外"}},
		{"在外スタッフ", "データ入力", []string{"在外"}},
		{"翻訳者（在外）", "翻訳", []string{"在外"}},
		{"在外邦人の翻訳者", "翻訳", []string{"在外"}},
		{"翻訳者在外", "翻訳", []string{"在外"}},
		{"株式会社多摩入力", "在外スタッフによる入力", []string{"在外"}},
		{"海外在住スタッフ", "入力", []string{"海外"}},
		{"海外居住の翻訳者", "翻訳", []string{"海外"}},
		{"国外居住者", "翻訳", []string{"国外"}},
		{"外国在住の翻訳者", "翻訳", []string{"外国"}},
		{"ＯＶＥＲＳＥＡＳ staff", "入力", []string{"overseas"}},
		// Not abroad.
		{"株式会社多摩入力", "現在外部委託中の入力", nil},
		{"株式会社多摩入力", "所在外の拠点", nil},
		{"株式会社多摩入力", "滞在外出時の連絡", nil},
		{"在外国人支援センター", "通訳", nil},
		{"株式会社多摩入力", "在外スタッフなし", nil},
		{"在宅の翻訳者", "翻訳", nil},
		{"在日の翻訳者", "翻訳", nil},
	} {
		if diff := cmp.Diff(tt.want, subcontractorAbroad(Subcontractor{Name: tt.name, Scope: tt.scope}, nil)); diff != "" {
			t.Errorf("subcontractorAbroad(%q, %q) (-want +got):\n%s", tt.name, tt.scope, diff)
		}
	}
}

// TestSubcontractorAbroadZaiPlace: a subcontractor named or scoped by
// where its people are — 在 before a place abroad (在ベトナムの翻訳者, 在米国の
// 法人, 在米の翻訳者) or a word for living or working there after it
// (ベトナム在住の翻訳者, 米国居住, 上海在勤, 米国駐在員) — scored as work in
// Japan: a name was read only in its closing brackets and branch words.
// 在 starting a word in Japan (在宅, 在籍, 在庫, 在日, 在京, 在留), 在 ending
// one (所在地, 現在, 存在), a place in Japan after 在 that starts with a
// short name's kanji (在米子, 在伊豆, 在加賀), a place after 在日 (在日米国人,
// 在日中国人, 在日米軍), 在中 meaning enclosed, Japan or 国内 before 在住, a
// nationality (ベトナム人スタッフ) and a denial stay in Japan.
func TestSubcontractorAbroadZaiPlace(t *testing.T) {
	for _, tt := range []struct {
		name, scope string
		want        []string
	}{
		{"在ベトナムの翻訳者", "翻訳", []string{"VN"}},
		{"在ﾍﾞﾄﾅﾑの翻訳者", "翻訳", []string{"VN"}},
		{"在米国の法人", "翻訳", []string{"US"}},
		{"在中国の法人", "データ入力", []string{"CN"}},
		{"在アメリカの翻訳者", "翻訳", []string{"US"}},
		{"在シンガポール法人", "保守", []string{"SG"}},
		{"在台湾の会社", "入力", []string{"TW"}},
		{"在ハノイの翻訳者", "翻訳", []string{"ハノイ"}},
		{"在上海の協力会社", "入力", []string{"上海"}},
		{"在米の翻訳者", "翻訳", []string{"US"}},
		{"在米翻訳者", "翻訳", []string{"US"}},
		{"在米日本人の翻訳者", "翻訳", []string{"US"}},
		{"在比スタッフ", "入力", []string{"PH"}},
		{"在中法人", "入力", []string{"CN"}},
		{"翻訳者（個人）、在韓", "翻訳", []string{"KR"}},
		{"ベトナム在住の翻訳者", "翻訳", []string{"VN"}},
		{"ベトナム在住", "翻訳", []string{"VN"}},
		{"米国居住の翻訳者", "翻訳", []string{"US"}},
		{"上海在勤のスタッフ", "入力", []string{"上海"}},
		{"米国駐在員", "調査", []string{"US"}},
		{"ベトナムに住む翻訳者", "翻訳", []string{"VN"}},
		{"株式会社多摩入力", "在ベトナムの翻訳者による翻訳", []string{"VN"}},
		{"株式会社多摩入力", "翻訳（在米の翻訳者）", []string{"US"}},
		{"株式会社多摩入力", "米国居住の翻訳者による翻訳", []string{"US"}},
		{"株式会社多摩入力", "翻訳の一部を在フィリピンの個人に再々委託", []string{"PH"}},
		{"現地法人（フィリピン）", "入力", []string{"PH"}},
		// Living there, not experience of it.
		{"ベトナム在住歴5年の翻訳者", "翻訳", []string{"VN"}},
		{"株式会社多摩入力", "ベトナムでの作業経験豊富なスタッフによる入力", []string{"VN"}},
		{"株式会社多摩入力", "米国滞在中の翻訳者による翻訳", []string{"US"}},
		{"米国駐在員（経験10年）", "調査", []string{"US"}},
		{"株式会社多摩入力", "データ入力（ベトナム、経験豊富なスタッフ）", []string{"VN"}},
		{"株式会社多摩入力", "翻訳（ベトナム在住歴5年の翻訳者）", []string{"VN"}},
		{"株式会社多摩入力", "オフショア開発（ダナン）", []string{"ダナン"}},
		// In Japan: experience of a place abroad.
		{"米国滞在歴のある翻訳者", "翻訳", nil},
		{"ベトナム居住歴のある翻訳者", "翻訳", nil},
		{"米国駐在経験者", "調査", nil},
		{"株式会社多摩入力", "翻訳（米国滞在経験10年の翻訳者）", nil},
		{"株式会社多摩入力", "米国での勤務経験を有する翻訳者による翻訳", nil},
		{"株式会社多摩入力", "英訳（米国での滞在歴がある翻訳者）", nil},
		{"在ベトナム経験のある翻訳者", "翻訳", nil},
		{"在宅勤務の入力者", "入力", nil},
		{"在籍する翻訳者", "翻訳", nil},
		{"株式会社多摩入力", "所在地：東京都", nil},
		{"株式会社多摩入力", "在庫管理システムの保守", nil},
		{"日本在住の翻訳者", "翻訳", nil},
		{"国内在住の翻訳者", "翻訳", nil},
		{"日本に住む翻訳者", "翻訳", nil},
		{"在日の翻訳者", "翻訳", nil},
		{"在京の翻訳者", "翻訳", nil},
		{"在留外国人の翻訳者", "翻訳", nil},
		{"在日米国人の翻訳者", "英訳", nil},
		{"在日中国人の翻訳者", "中国語訳", nil},
		{"株式会社多摩入力", "在日米軍関連文書の翻訳", nil},
		{"在米子市の翻訳者", "翻訳", nil},
		{"在伊豆の翻訳者", "翻訳", nil},
		{"在加賀の入力者", "入力", nil},
		{"在越谷の入力者", "入力", nil},
		{"株式会社多摩入力", "書類在中の封筒の開封", nil},
		{"株式会社多摩入力", "現在米ドル建ての請求書の入力", nil},
		{"株式会社多摩入力", "在中国語話者による校正", nil},
		{"株式会社多摩入力", "在中国地方の協力会社で入力", nil},
		{"株式会社多摩入力", "在英語圏の案件なし", nil},
		{"ベトナム人スタッフ", "入力", nil},
		{"株式会社多摩入力", "在米国の事業者への再委託なし", nil},
		{"株式会社多摩入力", "ベトナム在住者への再委託はしない", nil},
		{"株式会社多摩入力", "中国地方在住の翻訳者による翻訳", nil},
	} {
		if diff := cmp.Diff(tt.want, subcontractorAbroad(Subcontractor{Name: tt.name, Scope: tt.scope}, nil)); diff != "" {
			t.Errorf("subcontractorAbroad(%q, %q) (-want +got):\n%s", tt.name, tt.scope, diff)
		}
	}
}

// TestWorkSiteAbroadCodesAndMixed: a work site (or a subcontractor's
// note) abroad written as a Latin address ending in a country's code or
// abbreviation (Springfield, IL 62701, USA; Leeds, UK; …, PRC), as a US
// state and ZIP code (Springfield, IL 62701), as a code alone (USA, U.S.,
// ＵＳＡ), as 国内外 (in Japan and abroad) or in a city of offshore work not
// listed before (Xiamen, Harbin, ハルビン, 厦門, 重慶) scored as work in Japan.
// A Japanese address in romaji ending in Japan, JP or JPN, a capital
// letter that is no code (Building B), letters before other words (IT部門),
// 国内外国人 (foreigners in Japan) and a denial stay in Japan.
func TestWorkSiteAbroadCodesAndMixed(t *testing.T) {
	for _, tt := range []struct {
		address string
		want    []string
	}{
		{"123 Main St, Springfield, IL 62701, USA", []string{"US"}},
		{"Springfield, IL 62701", []string{"US"}},
		{"Springfield, IL 62701-1234", []string{"US"}},
		{"Springfield, USA", []string{"US"}},
		{"Springfield, U.S.A.", []string{"US"}},
		{"USA", []string{"US"}},
		{"U.S.", []string{"US"}},
		{"ＵＳＡ", []string{"US"}},
		{"UK", []string{"GB"}},
		{"Leeds, UK", []string{"GB"}},
		{"1 Industrial Rd, PRC", []string{"CN"}},
		{"Seoul-ro 1, ROK", []string{"KR"}},
		{"東京都調布市、US", []string{"US"}},
		{"国内外", []string{"国内外"}},
		{"国内外の拠点", []string{"国内外"}},
		{"日本国内外のデータセンター", []string{"国内外"}},
		{"Xiamen", []string{"Xiamen"}},
		{"Harbin Software Park", []string{"Harbin"}},
		{"ハルビン市", []string{"ハルビン"}},
		{"厦門市", []string{"厦門"}},
		{"重慶", []string{"重慶"}},
		{"Bonifacio Global City, Taguig", []string{"Bonifacio Global City"}},
		// In Japan.
		{"Chofu, Tokyo 182-0026, Japan", nil},
		{"Tokyo, JP", nil},
		{"Tokyo, JPN", nil},
		{"JP", nil},
		{"Building B, 3F", nil},
		{"調布市, IT部門", nil},
		{"NTT DC", nil},
		{"PH", nil}, // two letters alone: not read (IT, IN, TO …)
		{"国内外国人スタッフの事務所", nil},
		{"国内外への持出し禁止", nil},
		{"使い捨てカイロの倉庫", nil},
		{"東京都調布市 南通り", nil},
	} {
		if diff := cmp.Diff(tt.want, workSiteAbroad(tt.address)); diff != "" {
			t.Errorf("workSiteAbroad(%q) (-want +got):\n%s", tt.address, diff)
		}
	}
}

// TestWorkSiteAbroadCloudRegion: a contractor's data-centre work site
// recorded by its cloud region outside Japan — a region code (AWS
// us-east-1, GCP asia-northeast3, which is Seoul, OCI ap-seoul-1, in full
// width too), an Azure region's name (koreacentral) or the portal's words
// for it (Azure East US), a Google dual- or multi-region code (nam5) —
// scored as work in Japan: only a service's region read the codes. The
// regions in Japan (ap-northeast-1 and -3, asia-northeast1 and 2, OCI
// ap-tokyo-1, Azure Japan East) and Japanese addresses with hyphenated
// numbers stay in Japan.
func TestWorkSiteAbroadCloudRegion(t *testing.T) {
	for _, tt := range []struct {
		address string
		want    []string
	}{
		{"AWS us-east-1", []string{"us-east-1"}},
		{"AWS us-east-1 (N. Virginia)", []string{"us-east-1"}},
		{"ＡＷＳ　ｕｓ－ｅａｓｔ－１", []string{"us-east-1"}},
		{"GCP asia-northeast3", []string{"asia-northeast3"}},
		{"AWS ap-southeast-1", []string{"ap-southeast-1"}},
		{"OCI ap-seoul-1", []string{"ap-seoul-1"}},
		{"Azure koreacentral", []string{"koreacentral"}},
		{"Azure East US", []string{"east us"}},
		{"Azure East US 2", []string{"east us 2"}},
		{"Firestore nam5", []string{"nam5"}},
		{"東京DC（バックアップ：us-west-2）", []string{"us-west-2"}},
		{"GCE us-central1-a", []string{"us-central1-a"}},
		{"GCP asia-northeast3-b", []string{"asia-northeast3-b"}},
		{"europe-west1-d", []string{"europe-west1-d"}},
		{"IBM Cloud us-south", []string{"us-south"}},
		{"IBM Cloud eu-de", []string{"eu-de"}},
		// In Japan.
		{"GCE asia-northeast1-b", nil},
		{"IBM Cloud jp-tok", nil},
		{"IBM Cloud jp-osa", nil},
		{"asia-northeast2-a", nil},
		{"AWS ap-northeast-1a", nil},
		{"東京都調布市小島町2-35-1-a", nil},
		{"AWS ap-northeast-1", nil},
		{"ap-northeast-3", nil},
		{"GCP asia-northeast1", nil},
		{"asia-northeast2", nil},
		{"OCI ap-tokyo-1", nil},
		{"Azure Japan East", nil},
		{"japaneast", nil},
		{"東京都港区芝 2-1-1", nil},
		{"Tower-1 3F", nil},
		{"GCS asia1", nil},
	} {
		if diff := cmp.Diff(tt.want, workSiteAbroad(tt.address)); diff != "" {
			t.Errorf("workSiteAbroad(%q) (-want +got):\n%s", tt.address, diff)
		}
	}
}

// TestSubcontractorAbroadLabelsAndBrackets: a subcontractor whose scope
// gives the place after a label (所在地：ベトナム, 作業場所はベトナム, 拠点：大阪・
// マニラ), before における, において or へ (ベトナムへ再委託) or -based, or after
// at (data entry at Manila office), or whose name holds a place abroad in a
// bracket that is not at its end (XX（フィリピン）Co., Ltd., 【ベトナム】XX社,
// ABC (USA) Inc.) scored as work in Japan. A label followed by a place
// in Japan or a maker (作業場所：日本国内（米国製機器）, 所在地：米国製サーバ), a
// denial, a place something is for (米国向けサイトへの掲載), a language
// (中国語へ翻訳) and a bracket holding more than a place or Japan stay in
// Japan.
func TestSubcontractorAbroadLabelsAndBrackets(t *testing.T) {
	for _, tt := range []struct {
		name, scope string
		want        []string
	}{
		{"XX社", "所在地：ベトナム", []string{"VN"}},
		{"XX社", "作業場所：ベトナム", []string{"VN"}},
		{"XX社", "作業場所はベトナム", []string{"VN"}},
		{"XX社", "入力（拠点：大阪・マニラ）", []string{"マニラ"}},
		{"XX社", "Location: Manila", []string{"Manila"}},
		{"XX社", "ベトナムにおける入力", []string{"VN"}},
		{"XX社", "ベトナムへ再委託", []string{"VN"}},
		{"XX社", "Vietnam-based translators", []string{"VN"}},
		{"XX社", "Vietnam based translators", []string{"VN"}},
		{"XX社", "translation by Manila based staff", []string{"Manila"}},
		{"XX社", "cloud based data entry", nil},
		{"XX社", "Japan based translators", nil},
		{"XX社", "data entry at Manila office", []string{"Manila"}},
		{"XX（フィリピン）Co., Ltd.", "入力", []string{"PH"}},
		{"【ベトナム】XX社", "入力", []string{"VN"}},
		{"ABC (Philippines) Inc.", "入力", []string{"PH"}},
		{"ABC (USA) Inc.", "入力", []string{"US"}},
		// In Japan.
		{"XX社", "作業場所：日本国内（米国製機器）", nil},
		{"XX社", "所在地：東京都", nil},
		{"XX社", "所在地：米国製サーバの保守", nil},
		{"XX社", "作業場所：ベトナムは不可", nil},
		{"XX社", "拠点での入力", nil},
		{"XX社", "米国向けサイトへの掲載", nil},
		{"XX社", "米国製品へのアップデート", nil},
		{"XX社", "中国語へ翻訳", nil},
		{"XX社", "cloud-based data entry", nil},
		{"XX社", "data entry at Tokyo office", nil},
		{"ABC（米国製品販売）株式会社", "入力", nil},
		{"ABC (Japan) Inc.", "入力", nil},
		{"XX（中国語）株式会社", "翻訳", nil},
		{"ABC (IT) Inc.", "保守", nil},
		{"株式会社アジア（アジア）", "入力", nil},
	} {
		if diff := cmp.Diff(tt.want, subcontractorAbroad(Subcontractor{Name: tt.name, Scope: tt.scope}, nil)); diff != "" {
			t.Errorf("subcontractorAbroad(%q, %q) (-want +got):\n%s", tt.name, tt.scope, diff)
		}
	}
}

// TestWorkSiteAbroadCapitalCode: a work site (or a subcontractor's note)
// naming its country by a short name in capitals anywhere in the address
// (US office, 東京都港区（US拠点）, Office in the USA, Manila office (PHL),
// ＵＳ　ｏｆｆｉｃｅ) scored as work in Japan: only countries' names and,
// since the last fix, a code ending the address were read. Lower case and
// words holding the letters (USB, BUS, USD) stay in Japan.
func TestWorkSiteAbroadCapitalCode(t *testing.T) {
	for _, tt := range []struct {
		address string
		want    []string
	}{
		{"US office", []string{"US"}},
		{"ＵＳ　ｏｆｆｉｃｅ", []string{"US"}},
		{"東京都港区（US拠点）", []string{"US"}},
		{"Office in the USA", []string{"US"}},
		{"U.S. office", []string{"US"}},
		{"Manila office (PHL)", []string{"PH"}},
		{"UK data centre", []string{"GB"}},
		{"Shenzhen plant, PRC section", []string{"CN"}},
		// Cities by their short names: before, work in Japan.
		{"NY office", []string{"US"}},
		{"N.Y. office", []string{"US"}},
		{"SF拠点", []string{"US"}},
		{"LA", []string{"US"}},
		{"ＬＡ支店", []string{"US"}},
		{"BKK開発センター", []string{"TH"}},
		{"KL office", []string{"MY"}},
		{"S.F. office", []string{"US"}},
		{"K.L. office", []string{"MY"}},
		{"N.Y.C. office", []string{"US"}},
		{"H.C.M.C. office", []string{"VN"}},
		{"Remote (NY)", []string{"US"}},
		// A false abroad, left: NY as a product's short name.
		{"NYサーバ室", []string{"US"}},
		// In Japan.
		{"LAN配線室", nil},
		{"SFTPサーバ室", nil},
		{"la maison 東京", nil},
		{"KLM便", nil},
		{"BKKO", nil},
		{"NYAN株式会社", nil},
		{"USB保管庫", nil},
		{"BUS停留所前", nil},
		{"USD建ての請求処理室", nil},
		{"us office", nil},
		{"Tokyo, Japan", nil},
		{"CAN通信検証室", nil},
	} {
		if diff := cmp.Diff(tt.want, workSiteAbroad(tt.address)); diff != "" {
			t.Errorf("workSiteAbroad(%q) (-want +got):\n%s", tt.address, diff)
		}
	}
}

// TestWorkSiteAbroadDoubleNegative: a work site or subcontractor whose
// words for abroad are followed by a double negative — a denied
// restriction (海外移転を禁止していない, 海外作業の制限なし, 海外での作業を妨げない,
// 海外の可能性は否定できない) or a denial that is not asserted (海外での作業が
// ないとは限らない) — scored as work in Japan: any denial word after the
// word for abroad counted. A restriction that is not denied (海外への持出し
// 禁止, 海外での作業は禁止されています) still denies.
func TestWorkSiteAbroadDoubleNegative(t *testing.T) {
	for _, tt := range []struct {
		address string
		want    []string
	}{
		{"国内（海外の可能性は否定できない）", []string{"海外"}},
		{"海外での作業がないとは限らない", []string{"海外"}},
		{"海外拠点を使わないとは言えない", []string{"海外"}},
		{"受託者事務所（海外移転を禁止していない）", []string{"海外"}},
		{"海外での作業を妨げない", []string{"海外"}},
		{"海外からのアクセスを制限しない", []string{"海外"}},
		{"海外での作業も排除しない", []string{"海外"}},
		{"海外作業の制限なし", []string{"海外"}},
		// In English: before, the not or no was a denial, work in Japan.
		{"Offshore work is not prohibited", []string{"offshore"}},
		{"Overseas access: no restrictions", []string{"overseas"}},
		{"Remote, anywhere (not limited to Japan)", []string{"anywhere"}},
		{"offshore work not restricted to Tokyo", []string{"offshore"}},
		{"overseas work cannot be ruled out", []string{"overseas"}},
		// A denial in principle allows exceptions: before, work in Japan.
		{"海外での作業は原則禁止", []string{"海外"}},
		{"海外での作業は禁止（原則）", []string{"海外"}},
		{"原則として海外での作業は行わない", []string{"海外"}},
		{"海外拠点は基本的に使用しない", []string{"海外"}},
		{"海外での作業は極力行わない", []string{"海外"}},
		{"受託者事務所（海外からの接続は通常は不可）", []string{"海外"}},
		{"no offshore work as a rule", []string{"offshore"}},
		{"海外拠点で作業（例外なし）", []string{"海外"}},
		// Denied.
		{"海外での作業は原則禁止（例外なし）", nil},
		{"原則として海外での作業は行わない（例外なし）", nil},
		{"海外での基本設計は行わない", nil},
		{"基本は東京、海外での作業なし", nil},
		{"海外への持出し禁止", nil},
		{"海外での作業は禁止されています", nil},
		{"海外拠点なし", nil},
		{"海外では作業しない", nil},
		{"受託者事務所（海外からの接続は不可）", nil},
		{"No offshore work", nil},
		{"offshore work is prohibited", nil},
		{"Not offshore; Tokyo only", nil},
	} {
		if diff := cmp.Diff(tt.want, workSiteAbroad(tt.address)); diff != "" {
			t.Errorf("workSiteAbroad(%q) (-want +got):\n%s", tt.address, diff)
		}
	}
	for _, tt := range []struct {
		scope string
		want  []string
	}{
		{"フィリピンでの作業を禁止していない", []string{"PH"}},
		{"フィリピンでの作業は禁止", nil},
		{"フィリピンでの作業は原則禁止", []string{"PH"}},
		{"フィリピンでの作業は原則禁止（例外なし）", nil},
	} {
		if diff := cmp.Diff(tt.want, subcontractorAbroad(Subcontractor{Name: "株式会社多摩入力", Scope: tt.scope}, nil)); diff != "" {
			t.Errorf("subcontractorAbroad(scope %q) (-want +got):\n%s", tt.scope, diff)
		}
	}
}

// TestWorkSiteAbroadAnywhere: a work site (or subcontractor) said to work
// from anywhere (在宅（場所不問）, 在宅（居住地不問）, リモート（どこからでも）,
// remote from anywhere, 世界中) scored as work in Japan, though anywhere
// includes abroad. Text keeping it in Japan (国内であれば場所不問, 場所不問、
// ただし国内に限る, 日本国内どこからでも, any location in Japan) or denying abroad
// itself (anywhere, no overseas access) stays in Japan.
// TestWorkSiteAbroadMoreCities: a work site at 深セン (深圳 as Japanese
// texts write it), Surabaya, Johor Bahru, Bogota …, in the EU or at an
// NYC or HCMC office is abroad; words holding those letters are not.
func TestWorkSiteAbroadMoreCities(t *testing.T) {
	for _, tt := range []struct {
		address string
		want    []string
	}{
		{"深セン市の開発拠点", []string{"深セン"}},
		{"協力会社（深せん）", []string{"深せん"}},
		{"Surabaya office", []string{"Surabaya"}},
		{"Bandung", []string{"Bandung"}},
		{"Johor Bahru data centre", []string{"Johor"}},
		{"ジョホールバルのデータセンター", []string{"ジョホールバル"}},
		{"Bogota, Colombia", []string{"CO"}},
		{"ボゴタの開発拠点", []string{"ボゴタ"}},
		{"Buenos Aires", []string{"Buenos Aires"}},
		{"Minsk development centre", []string{"Minsk"}},
		{"EU域内のデータセンター", []string{"EU"}},
		{"NYC office", []string{"US"}},
		{"HCMC office", []string{"VN"}},
		// In Japan.
		{"水深せん断試験室（茨城県）", nil},
		{"EUC-JP変換作業室（東京都）", nil},
		{"東京都港区 Europa ビル", nil},
		{"Lima ビル 3F（東京都）", nil},
	} {
		if diff := cmp.Diff(tt.want, workSiteAbroad(tt.address)); diff != "" {
			t.Errorf("workSiteAbroad(%q) (-want +got):\n%s", tt.address, diff)
		}
	}
}

// TestWorkSiteAbroadZai: a work site naming a place abroad right after
// 在 (受託者の在米拠点, 在比の開発センター) is abroad, as a subcontractor's
// and a data location's are; 在宅, 所在地, 在日, 在米子市 and a denial are
// not.
func TestWorkSiteAbroadZai(t *testing.T) {
	for _, tt := range []struct {
		address string
		want    []string
	}{
		{"受託者の在米拠点", []string{"US"}},
		{"在比の開発センター", []string{"PH"}},
		{"受託者の在越事務所", []string{"VN"}},
		{"在韓オフィス（ソウル近郊）", []string{"ソウル"}},
		{"在ベトナム子会社", []string{"VN"}},
		// In Japan.
		{"在宅（国内に限る）", nil},
		{"所在地：東京都調布市", nil},
		{"在日の協力会社の事務所", nil},
		{"在米子市の事務所", nil},
		{"在米拠点なし、東京本社のみ", nil},
		{"在伊豆の保養所", nil},
		{"書類在中の封筒の保管庫", nil},
	} {
		if diff := cmp.Diff(tt.want, workSiteAbroad(tt.address)); diff != "" {
			t.Errorf("workSiteAbroad(%q) (-want +got):\n%s", tt.address, diff)
		}
	}
}

func TestWorkSiteAbroadAnywhere(t *testing.T) {
	for _, tt := range []struct {
		address string
		want    []string
	}{
		{"在宅（場所不問）", []string{"場所不問"}},
		{"在宅（居住地不問）", []string{"居住地不問"}},
		{"在宅（居住地を問わない）", []string{"居住地を問わない"}},
		{"場所を問わず在宅で入力", []string{"場所を問わず"}},
		{"リモート（どこからでも）", []string{"どこからでも"}},
		{"remote from anywhere", []string{"anywhere"}},
		{"世界中の在宅ワーカー", []string{"世界中"}},
		{"AWS（任意のリージョン）", []string{"任意のリージョン"}},
		{"AWS (any region)", []string{"any region"}},
		// A limit that keeps nothing in Japan (a language, people, a
		// clock, rules), or one in another bracket, about something else.
		{"在宅（場所不問、日本語対応者）", []string{"場所不問"}},
		{"在宅翻訳者（場所不問、日本人に限らず）", []string{"場所不問"}},
		{"Remote (anywhere, Japanese speakers)", []string{"anywhere"}},
		{"remote from anywhere (Japan time)", []string{"anywhere"}},
		{"在宅勤務（場所不問、社内規程による）", []string{"場所不問"}},
		{"事務所（東京都内）及び在宅勤務（場所不問）", []string{"場所不問"}},
		// A word for Japan that is denied bounds nothing: before, these
		// were work in Japan.
		{"Remote worldwide, no office in Japan", []string{"worldwide"}},
		{"remote from anywhere outside Japan", []string{"anywhere"}},
		{"Remote (anywhere, not limited to Japan)", []string{"anywhere"}},
		{"在宅（場所不問、日本に拠点なし）", []string{"場所不問"}},
		{"在宅（場所不問、国内に限定しない）", []string{"場所不問"}},
		{"在宅（場所不問、日本在住でなくてもよい）", []string{"場所不問"}},
		{"在宅（場所不問、日本国籍不要）", []string{"場所不問"}},
		{"在宅（場所不問、国内在住不問）", []string{"場所不問"}},
		{"在宅（場所不問、日本在住は任意）", []string{"場所不問"}},
		{"在宅（場所不問、国内優先）", []string{"場所不問"}},
		{"在宅（場所不問、日本在住が望ましい）", []string{"場所不問"}},
		{"Remote anywhere (Japan preferred)", []string{"anywhere"}},
		{"在宅（場所不問、国内優先、海外不可）", nil},
		{"在宅（どこからでも、国内に限らない）", []string{"どこからでも"}},
		{"受託者事務所（日本国内）、在宅（どこからでも）", []string{"どこからでも"}},
		// In Japan.
		{"国内在宅（場所不問）", nil},
		{"日本国内（在宅、場所不問）", nil},
		{"在宅（国内（都内を除く）であれば場所不問）", nil},
		{"在宅（場所不問、日本語対応者、国内在住）", nil},
		{"Remote (Japanese speakers, anywhere in Japan)", nil},
		{"AWS（国内の任意のリージョン）", nil},
		{"在宅（国内であれば場所不問）", nil},
		{"在宅（場所不問、ただし国内に限る）", nil},
		{"日本国内どこからでも接続", nil},
		{"Remote (any location in Japan)", nil},
		{"remote (anywhere, no overseas access)", nil},
		{"在宅勤務（国内在住者に限る）", nil},
		{"社内どこでも", nil},
		{"在宅（どこからでも、国内以外不可）", nil},
		{"remote from anywhere, but not outside Japan", nil},
		{"Remote (anywhere in Japan, no office abroad)", nil},
	} {
		if diff := cmp.Diff(tt.want, workSiteAbroad(tt.address)); diff != "" {
			t.Errorf("workSiteAbroad(%q) (-want +got):\n%s", tt.address, diff)
		}
	}
}

// TestWorkSiteAbroadJapanPair: a work site pairing Japan with another
// country by 日 and the country's short name (日米両拠点, 日米, 日韓両拠点)
// was work in Japan: no country's name was read. The daytime (日中の作業),
// a pair of languages (日英の翻訳, 日英翻訳), 日 ending another word (毎日米,
// 本日米) and a denial (日米間の移転なし) stay in Japan.
func TestWorkSiteAbroadJapanPair(t *testing.T) {
	for _, tt := range []struct {
		address string
		want    []string
	}{
		{"日米両拠点", []string{"US"}},
		{"日米", []string{"US"}},
		{"日米の開発拠点", []string{"US"}},
		{"受託者の日米拠点", []string{"US"}},
		{"日韓両拠点", []string{"KR"}},
		{"日中2拠点", []string{"CN"}},
		{"日英間の共同作業", []string{"GB"}},
		{"東京（日米）", []string{"US"}},
		// Three countries or more, a separator, の before a site's word,
		// a count: before, work in Japan.
		{"日米欧3拠点", []string{"US", "EU"}},
		{"日米欧の拠点", []string{"US", "EU"}},
		{"東京（日米中の拠点で冗長化）", []string{"US", "CN"}},
		{"日中韓の開発拠点", []string{"CN", "KR"}},
		{"日・米両拠点", []string{"US"}},
		{"日/韓両拠点", []string{"KR"}},
		{"日韓の拠点", []string{"KR"}},
		{"日中三拠点", []string{"CN"}},
		{"日米各拠点", []string{"US"}},
		{"日欧間", []string{"EU"}},
		// False abroad, left: a company's or a building's name in
		// katakana after 日米.
		{"日米ソフト株式会社", []string{"US"}},
		{"日米ビル3F", []string{"US"}},
		// In Japan.
		{"日米欧三極委員会資料室", nil},
		{"日米中心の調査は本社", nil},
		{"日中韓の翻訳（東京）", nil},
		{"日英中3言語対応（大阪）", nil},
		{"日中の間は本社で作業", nil},
		{"日・祝日は休み（東京）", nil},
		{"土日・祝日は休業（東京）", nil},
		{"日比谷オフィス", nil},
		{"日仏会館（東京）", nil},
		{"日米商事（東京）", nil},
		{"東京（日米欧間の移転なし）", nil},
		{"日中の作業は本社", nil},
		{"日中帯のみ東京で作業", nil},
		{"日英の翻訳（東京）", nil},
		{"日英翻訳センター（大阪）", nil},
		{"毎日米を炊く食堂", nil},
		{"本日米子市で作業", nil},
		{"日米安保資料室（東京）", nil},
		{"東京（日米間の移転なし）", nil},
		{"日本橋", nil},
		{"3日米子", nil},
	} {
		if diff := cmp.Diff(tt.want, workSiteAbroad(tt.address)); diff != "" {
			t.Errorf("workSiteAbroad(%q) (-want +got):\n%s", tt.address, diff)
		}
	}
}

// TestWorkSiteAbroadApproval: a work site or subcontractor whose denial of
// work abroad holds only without approval (No offshore work without
// approval, no offshore work unless approved, 承認なく海外で作業しない,
// 事前承認なしの海外作業は不可, 海外での作業は承認がない限り行わない,
// 承諾を得た場合を除き海外で作業しない) scored as work in Japan: the denial
// was read as a firm no, though work abroad is allowed once approved.
// Such a denial is no firm no, as one in principle is not (denialHedged).
// A denial that holds with approval too (even with approval, 承認の有無に
// かかわらず), or has no exception (例外なし), or speaks of no approval
// (No offshore work, 海外作業なし（承認済み）), still denies.
func TestWorkSiteAbroadApproval(t *testing.T) {
	for _, tt := range []struct {
		address string
		want    []string
	}{
		{"No offshore work without approval", []string{"offshore"}},
		{"Tokyo office; no offshore work without the council's prior written consent", []string{"offshore"}},
		{"Tokyo office (no offshore work unless approved)", []string{"offshore"}},
		{"Offshore work is not permitted without approval", []string{"offshore"}},
		{"Offshore work prohibited except with prior approval", []string{"offshore"}},
		{"東京都港区（承認なく海外で作業しない）", []string{"海外"}},
		{"東京都港区（事前承認なしの海外作業は不可）", []string{"海外"}},
		{"東京都港区（海外での作業は承認がない限り行わない）", []string{"海外"}},
		{"東京都港区（海外での作業は事前の承認を得ずに行わない）", []string{"海外"}},
		{"東京都港区（発注者の承諾を得た場合を除き海外で作業しない）", []string{"海外"}},
		{"東京都港区（海外作業は許可なく行わない）", []string{"海外"}},
		// Allowed with approval, no denial: abroad before too.
		{"offshore work only with prior approval", []string{"offshore"}},
		{"海外での作業は事前承認があれば可", []string{"海外"}},
		// Denied.
		{"No offshore work", nil},
		{"No offshore work, even with approval", nil},
		{"No offshore work without exception", nil},
		{"東京都港区（海外での作業は承認の有無にかかわらず行わない）", nil},
		{"東京都港区（承認なく海外で作業しない（例外なし））", nil},
		{"東京都港区（海外作業なし。承認済み）", nil},
		{"東京都港区（海外作業なし、発注者承認済み）", nil},
		{"東京都港区（海外での作業は承認されない）", nil},
		{"Offshore work is not approved", nil},
	} {
		if diff := cmp.Diff(tt.want, workSiteAbroad(tt.address)); diff != "" {
			t.Errorf("workSiteAbroad(%q) (-want +got):\n%s", tt.address, diff)
		}
	}
	for _, tt := range []struct {
		scope string
		want  []string
	}{
		{"フィリピンでの作業は承認なく行わない", []string{"PH"}},
		{"フィリピンでの作業は発注者の許可がない限り行わない", []string{"PH"}},
		{"フィリピンでの作業は行わない", nil},
		{"フィリピンでの作業は承認されない", nil},
	} {
		if diff := cmp.Diff(tt.want, subcontractorAbroad(Subcontractor{Name: "株式会社多摩入力", Scope: tt.scope}, nil)); diff != "" {
			t.Errorf("subcontractorAbroad(scope %q) (-want +got):\n%s", tt.scope, diff)
		}
	}
}

// TestWorkSiteAbroadDottedCity: a work site (or a subcontractor's note)
// that is, or ends after a comma in, the dotted short name of a city
// abroad (L.A., Hollywood, L.A., ABC Inc. (L.A.)) was abroad in Laos (LA):
// CountryReplacement folded away the dots and read L.A. as Laos's code,
// and the foreign factor showed LA. A dotted short name of capitalCodes
// is now the country of that city or country (L.A. and N.Y. give US, K.L.
// MY, U.K. GB), here and for a data location's country
// (CountryReplacement); codes without dots (LA after a comma, Laos by
// its code) and spellings of countries keep their reading.
func TestWorkSiteAbroadDottedCity(t *testing.T) {
	for _, tt := range []struct {
		address string
		want    []string
	}{
		{"L.A.", []string{"US"}},
		{"L.A", []string{"US"}},
		{"Ｌ．Ａ．", []string{"US"}},
		{"Hollywood, L.A.", []string{"US"}},
		{"Office in L.A.", []string{"US"}},
		{"N.Y.", []string{"US"}},
		{"K.L.", []string{"MY"}},
		{"Kuala Lumpur, K.L.", []string{"MY"}},
		{"U.K.", []string{"GB"}},
		{"London, U.K.", []string{"GB"}},
		{"Springfield, IL 62701, U.S.A.", []string{"US"}},
		// Codes and names of Laos keep it.
		{"Laos", []string{"LA"}},
		{"Vientiane, LAO", []string{"LA"}},
		// Not a country.
		{"E.U.", nil},
	} {
		if diff := cmp.Diff(tt.want, workSiteAbroad(tt.address)); diff != "" {
			t.Errorf("workSiteAbroad(%q) (-want +got):\n%s", tt.address, diff)
		}
	}
	if diff := cmp.Diff([]string{"US"}, subcontractorAbroad(Subcontractor{Name: "ABC Data Inc. (L.A.)"}, nil)); diff != "" {
		t.Errorf("subcontractorAbroad(ABC Data Inc. (L.A.)) (-want +got):\n%s", diff)
	}
	type repl struct {
		Code string
		OK   bool
	}
	want, got := map[string]repl{}, map[string]repl{}
	for in, w := range map[string]repl{
		"L.A.": {"US", true}, "l.a.": {"US", true}, "N.Y.": {"US", true}, "K.L.": {"MY", true}, "U.S.": {"US", true}, "U.K.": {"GB", true},
		"U.S.A.": {"US", true}, "LA": {"LA", true}, "la": {"LA", true}, "LAO": {"LA", true}, "E.U.": {}, "EU.": {},
	} {
		code, ok := CountryReplacement(in)
		want[in], got[in] = w, repl{code, ok}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("CountryReplacement (-want +got):\n%s", diff)
	}
}

// TestWorkSiteAbroadUndecided: a work site or subcontractor whose denial
// of work abroad is said in the same sentence or bracket to be undecided
// (海外への再委託の予定はないが未確定, …予定はないが未定, 海外再委託の予定なし
// （未確定）, no plan for offshore work, not yet decided) scored as work in
// Japan: the ない or no was read as a firm "no". An undecided denial is
// none. A denial whose sentence does not say so (海外への再委託の予定はない,
// 海外での作業なし。作業日程は未定, 未定の作業も海外では行わない) still
// denies.
func TestWorkSiteAbroadUndecided(t *testing.T) {
	for _, tt := range []struct {
		address string
		want    []string
	}{
		{"東京都港区（海外への再委託の予定はないが未確定）", []string{"海外"}},
		{"東京都港区（海外への再委託の予定はないが未定）", []string{"海外"}},
		{"東京都港区（海外再委託の予定なし（未確定））", []string{"海外"}},
		{"東京都港区（海外拠点の利用予定はないが、未定）", []string{"海外"}},
		{"東京都港区（海外での作業はない見込みだが確定していない）", []string{"海外"}},
		{"東京都港区（海外での作業なし（検討中））", []string{"海外"}},
		{"Tokyo (no plan for offshore work, not yet decided)", []string{"offshore"}},
		{"Tokyo; offshore work: none planned (subject to change)", []string{"offshore"}},
		{"Tokyo (no offshore work, TBD)", []string{"offshore"}},
		// A false abroad, left: what is undecided is another matter in
		// the same sentence.
		{"東京都港区（海外での作業なし、作業日程は未定）", []string{"海外"}},
		// Denied.
		{"東京都港区（海外への再委託の予定はない）", nil},
		{"東京都港区（海外での作業なし（確定））", nil},
		{"東京都港区（海外での作業なし。作業日程は未定）", nil},
		{"東京都港区（海外作業なし）、作業内容は調整中", nil},
		{"未定の作業も海外では行わない", nil},
		{"No offshore work (confirmed)", nil},
		{"No offshore work. Schedule TBD", nil},
	} {
		if diff := cmp.Diff(tt.want, workSiteAbroad(tt.address)); diff != "" {
			t.Errorf("workSiteAbroad(%q) (-want +got):\n%s", tt.address, diff)
		}
	}
	for _, tt := range []struct {
		scope string
		want  []string
	}{
		{"フィリピンへの再委託の予定はないが未定", []string{"PH"}},
		{"データ入力（海外への再委託の予定はないが未確定）", []string{"海外"}},
		{"フィリピンへの再委託の予定はない", nil},
		{"データ入力（海外への再委託なし）", nil},
	} {
		if diff := cmp.Diff(tt.want, subcontractorAbroad(Subcontractor{Name: "株式会社多摩入力", Scope: tt.scope}, nil)); diff != "" {
			t.Errorf("subcontractorAbroad(scope %q) (-want +got):\n%s", tt.scope, diff)
		}
	}
}

// TestWorkSiteAbroadCountryShortName: a work site in a country named by
// its usual short Japanese name (ラオス, イラン, 北朝鮮, モンゴル) or by Laos's
// English short form (Vientiane, Lao P.D.R.) was work in Japan: the
// country table held only the long formal names (ラオス人民民主共和国,
// Lao People's Democratic Republic), and Vientiane was no city.
func TestWorkSiteAbroadCountryShortName(t *testing.T) {
	for _, tt := range []struct {
		address string
		want    []string
	}{
		{"Vientiane, Lao P.D.R.", []string{"LA"}},
		{"Vientiane, Lao PDR", []string{"LA"}},
		{"Lao P.D.R.", []string{"LA"}},
		{"Vientiane", []string{"Vientiane"}},
		{"ビエンチャン", []string{"ビエンチャン"}},
		{"ラオス", []string{"LA"}},
		{"ラオスの開発拠点", []string{"LA"}},
		{"イラン", []string{"IR"}},
		{"シリア", []string{"SY"}},
		{"北朝鮮", []string{"KP"}},
		{"ベネズエラ", []string{"VE"}},
		{"タンザニア", []string{"TZ"}},
		{"モルドバ", []string{"MD"}},
		{"ミクロネシア", []string{"FM"}},
		{"ボリビア", []string{"BO"}},
		{"ブルネイ", []string{"BN"}},
		{"モンゴル", []string{"MN"}},
		{"エリトリア", []string{"ER"}},
		{"バチカン", []string{"VA"}},
		// Words holding the names are not them.
		{"シリアル番号管理室（東京都港区）", nil},
		{"東京都港区", nil},
	} {
		if diff := cmp.Diff(tt.want, workSiteAbroad(tt.address)); diff != "" {
			t.Errorf("workSiteAbroad(%q) (-want +got):\n%s", tt.address, diff)
		}
	}
	for in, want := range map[string]string{"Lao P.D.R.": "LA", "Lao PDR": "LA", "ラオス": "LA", "イラン": "IR", "北朝鮮": "KP"} {
		if got, _ := CountryReplacement(in); got != want {
			t.Errorf("CountryReplacement(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestWorkSiteAbroadPlannedDenial: a denial of work abroad said to be a
// plan (海外作業しない予定, 海外での作業なし（予定）, 行わない方針) was a firm
// no, the work done in Japan, while a data location's region saying the
// same (東京（海外移転しない予定）) is refused as hedged (store.regionHedged):
// a plan is not a fact. Both now read it as a hedge (EndsInPlan). A
// denial of a plan (海外への再委託の予定はない, 海外作業の予定なし) still
// denies.
func TestWorkSiteAbroadPlannedDenial(t *testing.T) {
	for _, tt := range []struct {
		address string
		want    []string
	}{
		{"海外作業しない予定", []string{"海外"}},
		{"東京都港区（海外作業しない予定）", []string{"海外"}},
		{"東京都港区（海外での作業は行わない予定です）", []string{"海外"}},
		{"東京都港区（海外での作業なし（予定））", []string{"海外"}},
		{"東京都港区（海外での作業は行わない方針）", []string{"海外"}},
		{"東京都港区（海外作業は行わない見込み）", []string{"海外"}},
		{"東京都港区（海外作業は行わない予定だ）", []string{"海外"}},
		// Denials of a plan, and of work with a plan word before.
		{"東京都港区（海外への再委託の予定はない）", nil},
		{"東京都港区（海外作業の予定なし）", nil},
		{"東京都港区（海外作業予定なし）", nil},
		{"東京都港区（作業計画上、海外での作業なし）", nil},
		{"東京都港区（海外での作業なし。作業計画）", nil},
	} {
		if diff := cmp.Diff(tt.want, workSiteAbroad(tt.address)); diff != "" {
			t.Errorf("workSiteAbroad(%q) (-want +got):\n%s", tt.address, diff)
		}
	}
	if diff := cmp.Diff([]string{"PH"}, subcontractorAbroad(Subcontractor{Name: "株式会社多摩入力", Scope: "フィリピンでの作業は行わない予定"}, nil)); diff != "" {
		t.Errorf("subcontractorAbroad(フィリピンでの作業は行わない予定) (-want +got):\n%s", diff)
	}
}

// TestWorkSiteAbroadApprovalLackForms: a denial of work abroad that holds
// only without approval, said with the lack of approval in words that
// ApprovalCondition did not know (承認がなければ, 承認を得なければ, 承認を
// 得ることなく, 承認が得られない限り, 承認前, 承認までは, if not approved,
// absent approval, prior to approval, until approved), was a firm no:
// the work was done in Japan. A denial that holds with approval too, and
// approval words that say nothing of the lack (承認済みの国内拠点のみ,
// 承認を得た国内事業者), still deny.
func TestWorkSiteAbroadApprovalLackForms(t *testing.T) {
	for _, tt := range []struct {
		address string
		want    []string
	}{
		{"承認がなければ海外で作業しない", []string{"海外"}},
		{"海外での作業は承認がなければ行わない", []string{"海外"}},
		{"海外での作業は承認が無ければ行わない", []string{"海外"}},
		{"海外での作業は承認を得なければ行わない", []string{"海外"}},
		{"海外での作業は承認を受けなければ行わない", []string{"海外"}},
		{"承認を得ることなく海外で作業しない", []string{"海外"}},
		{"海外での作業は承認を受けることなく行わない", []string{"海外"}},
		{"海外での作業は承認が得られない限り行わない", []string{"海外"}},
		{"海外での作業は承認を得られない限り行わない", []string{"海外"}},
		{"承認前に海外で作業しない", []string{"海外"}},
		{"海外での作業は承認前は行わない", []string{"海外"}},
		{"海外での作業は承認までは行わない", []string{"海外"}},
		{"no offshore work if not approved", []string{"offshore"}},
		{"no offshore work absent approval", []string{"offshore"}},
		{"no offshore work prior to approval", []string{"offshore"}},
		{"no offshore work before approval", []string{"offshore"}},
		{"no offshore work until approved", []string{"offshore"}},
		{"no offshore work w/o approval", []string{"offshore"}},
		{"no offshore work other than with approval", []string{"offshore"}},
		{"no offshore work save with consent", []string{"offshore"}},
		// Firm denials.
		{"海外での作業は行わない（承認済みの国内拠点のみで作業）", nil},
		{"承認を得た国内事業者のみで作業、海外での作業なし", nil},
		{"海外での作業は承認の有無にかかわらず行わない", nil},
		{"海外での作業は事前承認を得ても行わない", nil},
		{"no offshore work, even if approved", nil},
	} {
		if diff := cmp.Diff(tt.want, workSiteAbroad(tt.address)); diff != "" {
			t.Errorf("workSiteAbroad(%q) (-want +got):\n%s", tt.address, diff)
		}
	}
}

// TestWorkSiteAbroadUndecidedForms: a denial of work abroad said in the
// same bracket to be undecided in words denialUndecided did not know
// (確定ではない, 決まっていません, 確定していません, 今後検討, 変更もありうる,
// 分からない, 暫定, 可能性はある, pending, under review, tentative) was a
// firm no: the work was done in Japan. A denial with no such word in its
// sentence or bracket, and a possibility denied (可能性はない), still deny.
func TestWorkSiteAbroadUndecidedForms(t *testing.T) {
	for _, tt := range []struct {
		address string
		want    []string
	}{
		{"東京都港区（海外への再委託の予定はないが確定ではない）", []string{"海外"}},
		{"東京都港区（海外への再委託の予定はないが確定ではありません）", []string{"海外"}},
		{"東京都港区（海外への再委託の予定はないが、決まっていません）", []string{"海外"}},
		{"東京都港区（海外への再委託の予定はないが、確定していません）", []string{"海外"}},
		{"東京都港区（海外への再委託の予定はないが、決定しておりません）", []string{"海外"}},
		{"東京都港区（海外への再委託の予定はないが、今後検討）", []string{"海外"}},
		{"東京都港区（海外への再委託の予定はないが、今後変更もありうる）", []string{"海外"}},
		{"東京都港区（海外への再委託の予定はないが、変更もあり得る）", []string{"海外"}},
		{"東京都港区（海外への再委託の予定はないが、変更になる場合がある）", []string{"海外"}},
		{"東京都港区（海外への再委託の予定はないが、分からない）", []string{"海外"}},
		{"東京都港区（海外への再委託の予定はないが、わかりません）", []string{"海外"}},
		{"東京都港区（海外への再委託の予定はないが、可能性はある）", []string{"海外"}},
		{"東京都港区（海外作業なし（暫定））", []string{"海外"}},
		{"Tokyo (no offshore work, pending)", []string{"offshore"}},
		{"Tokyo (no offshore work, under review)", []string{"offshore"}},
		{"Tokyo (no offshore work, under consideration)", []string{"offshore"}},
		{"Tokyo (no offshore work, tentative)", []string{"offshore"}},
		{"Tokyo (no offshore work, provisional)", []string{"offshore"}},
		// Firm denials.
		{"東京都港区（海外への再委託の予定はない）", nil},
		{"東京都港区（海外での作業の可能性はない）", nil},
		{"東京都港区（海外作業なし。作業日程は未定）", nil},
	} {
		if diff := cmp.Diff(tt.want, workSiteAbroad(tt.address)); diff != "" {
			t.Errorf("workSiteAbroad(%q) (-want +got):\n%s", tt.address, diff)
		}
	}
}

// TestWorkSiteAbroadConditionNextClause: a denial of work abroad whose
// condition or hedge is in another clause of the same sentence or bracket
// (承認なく、海外で作業しない, 原則として、海外での作業は行わない, 海外での作業は
// 行わない（承認があれば可）, …、承認を得た場合を除く, Without approval, no
// offshore work, no offshore work (approval required)) was a firm no: the
// work was done in Japan, as only the clause of the word (up to 、 or a
// bracket) and the words before it in its clause were read. A condition in
// another sentence, and a denial that holds with approval too, still deny.
func TestWorkSiteAbroadConditionNextClause(t *testing.T) {
	for _, tt := range []struct {
		address string
		want    []string
	}{
		{"承認なく、海外で作業しない", []string{"海外"}},
		{"事前の承認がない場合、海外での作業は行わない", []string{"海外"}},
		{"承認を得ない限り、海外で作業しない", []string{"海外"}},
		{"東京都港区（発注者の承認がない限り、海外での作業は行わない）", []string{"海外"}},
		{"原則として、海外での作業は行わない", []string{"海外"}},
		{"Without approval, no offshore work", []string{"offshore"}},
		{"Unless approved, no offshore work", []string{"offshore"}},
		{"海外での作業は行わない（承認があれば可）", []string{"海外"}},
		{"海外での作業は行わない（ただし承認時を除く）", []string{"海外"}},
		{"海外での作業は行わない（発注者の承認を要する）", []string{"海外"}},
		{"海外での作業は行わない、承認を得た場合を除く", []string{"海外"}},
		{"no offshore work (approval required)", []string{"offshore"}},
		{"no offshore work, subject to approval", []string{"offshore"}},
		{"no offshore work, as a rule", []string{"offshore"}},
		{"東京都港区（原則、海外での作業なし）", []string{"海外"}},
		// Firm denials.
		{"承認済みの国内拠点のみ。海外での作業は行わない", nil},
		{"海外での作業は行わない。再委託は承認を得た場合は可", nil},
		{"海外での作業は行わない（承認を得た場合でも不可）", nil},
		{"海外での作業は行わない（承認の有無にかかわらず）", nil},
		{"no offshore work, even with approval", nil},
		{"東京都港区（海外での作業は行わない）", nil},
		{"基本は東京、海外での作業なし", nil},
		{"東京都港区（原則週5日、海外での作業なし）", nil},
	} {
		if diff := cmp.Diff(tt.want, workSiteAbroad(tt.address)); diff != "" {
			t.Errorf("workSiteAbroad(%q) (-want +got):\n%s", tt.address, diff)
		}
	}
	for _, tt := range []struct {
		scope string
		want  []string
	}{
		{"フィリピンでの作業は行わない（承認があれば可）", []string{"PH"}},
		{"フィリピンでの作業は行わない。再委託は承認を得た場合は可", nil},
	} {
		if diff := cmp.Diff(tt.want, subcontractorAbroad(Subcontractor{Name: "株式会社多摩入力", Scope: tt.scope}, nil)); diff != "" {
			t.Errorf("subcontractorAbroad(scope %q) (-want +got):\n%s", tt.scope, diff)
		}
	}
}

// TestWorkSiteAbroadForNowDenial: a denial of work abroad said to hold
// only for now (現時点では海外作業なし, 当面は海外での作業なし, for now, no
// offshore work, currently no offshore work) was a firm no, the work done
// in Japan: it says nothing of the rest of the contract. It is now a hedge
// (ForNow), as a plan is (EndsInPlan). A denial without such a word
// (海外での作業は一切行わない, no offshore work) still denies, and so does
// one said for now and for the future (現在も将来も海外作業なし:
// TestWorkSiteAbroadNowAndFuture).
func TestWorkSiteAbroadForNowDenial(t *testing.T) {
	for _, tt := range []struct {
		address string
		want    []string
	}{
		{"現時点では海外作業なし", []string{"海外"}},
		{"当面は海外での作業なし", []string{"海外"}},
		{"for now, no offshore work", []string{"offshore"}},
		{"currently no offshore work", []string{"offshore"}},
		{"東京都港区（現時点では海外作業なし）", []string{"海外"}},
		{"東京都港区（現時点では、海外での作業なし）", []string{"海外"}},
		{"東京都港区（現在は海外での作業は行わない）", []string{"海外"}},
		{"東京都港区（今のところ海外作業なし）", []string{"海外"}},
		{"東京都港区（海外作業なし（現時点））", []string{"海外"}},
		{"東京都港区（海外での作業は当分行わない）", []string{"海外"}},
		{"東京都港区（海外作業なし、現状では）", []string{"海外"}},
		{"東京都港区（現時点では海外作業なし（例外なし））", []string{"海外"}},
		{"Tokyo (no offshore work for now)", []string{"offshore"}},
		{"Tokyo (no offshore work at present)", []string{"offshore"}},
		{"Tokyo (no offshore work for the time being)", []string{"offshore"}},
		{"Tokyo (at the moment, no offshore work)", []string{"offshore"}},
		{"Tokyo (no offshore work, as of now)", []string{"offshore"}},
		{"Tokyo (no offshore work yet)", []string{"offshore"}},
		// Firm denials.
		{"現在も将来も海外作業なし", nil},
		{"海外での作業は一切行わない", nil},
		{"no offshore work", nil},
		{"東京都港区（海外作業なし）", nil},
		{"Tokyo (no offshore work)", nil},
		{"東京都港区（海外拠点なし。現時点の作業場所は本社）", nil},
		{"現時点の作業場所：東京都港区、海外作業なし", nil},
		{"現在の作業場所は東京都港区、海外作業なし", nil},
	} {
		if diff := cmp.Diff(tt.want, workSiteAbroad(tt.address)); diff != "" {
			t.Errorf("workSiteAbroad(%q) (-want +got):\n%s", tt.address, diff)
		}
	}
	for _, scope := range []string{"フィリピンでの作業は現時点では行わない", "現時点ではフィリピンでの作業なし", "当面、フィリピンでの作業は行わない",
		"データ入力。現時点ではフィリピンでの作業なし", "承認なくフィリピンでの作業は行わない", "承認なく、フィリピンでの作業は行わない",
		"原則として、フィリピンでの作業は行わない", "フィリピンでの作業は行わない（承認があれば可）"} {
		if diff := cmp.Diff([]string{"PH"}, subcontractorAbroad(Subcontractor{Name: "株式会社多摩入力", Scope: scope}, nil)); diff != "" {
			t.Errorf("subcontractorAbroad(%s) (-want +got):\n%s", scope, diff)
		}
	}
	// A firm denial, and a for-now word in an earlier sentence: no place.
	for _, scope := range []string{"フィリピンでの作業なし", "現時点では入力のみ。フィリピンでの作業は一切行わない",
		"承認を得てもフィリピンでの作業は行わない", "承認の有無にかかわらずフィリピンでの作業は行わない", "基本は東京、フィリピンでの作業なし",
		"承認済みの作業のみ。フィリピンでの作業は行わない"} {
		if diff := cmp.Diff([]string(nil), subcontractorAbroad(Subcontractor{Name: "株式会社多摩入力", Scope: scope}, nil)); diff != "" {
			t.Errorf("subcontractorAbroad(%s) (-want +got):\n%s", scope, diff)
		}
	}
}

// TestWorkSiteAbroadNowAndFuture: a denial of work abroad said to hold now
// and in the future (現在も将来も海外作業なし, 現在も今後も海外での作業は行わない,
// currently and in the future, no offshore work) was read as said only for
// now (ForNow: 現在も), no firm no, and the work as done abroad: a false
// alarm. A for-now word followed or preceded by a word of the future
// (将来も, 今後も, in the future, going forward) is no longer one. A denial
// for now alone (現在も海外作業なし, 現時点では海外作業なし) and one whose
// future is only a plan (現在は海外作業なし、将来は未定) stay no firm no.
func TestWorkSiteAbroadNowAndFuture(t *testing.T) {
	for _, tt := range []struct {
		address string
		want    []string
	}{
		{"現在も将来も海外作業なし", nil},
		{"東京都港区（現在も将来も海外作業なし）", nil},
		{"現在も今後も海外での作業は行わない", nil},
		{"現在も、将来も海外作業なし", nil},
		{"現時点でも将来も海外作業なし", nil},
		{"現在および将来とも海外作業なし", nil},
		{"将来も現在も海外作業なし", nil},
		{"現在も将来にわたっても海外作業なし", nil},
		{"東京都港区（海外作業なし（現在も将来も））", nil},
		{"currently and in the future, no offshore work", nil},
		{"Tokyo (no offshore work, currently or in the future)", nil},
		{"Tokyo (no offshore work now or in the future)", nil},
		// For now only, or the future left open: no firm no.
		{"現在も海外作業なし", []string{"海外"}},
		{"現時点では海外作業なし", []string{"海外"}},
		{"現在は海外作業なし、将来は未定", []string{"海外"}},
		{"現在は海外作業なし、将来は検討", []string{"海外"}},
		{"currently no offshore work", []string{"offshore"}},
		{"Tokyo (no offshore work for now; future undecided)", []string{"offshore"}},
	} {
		if diff := cmp.Diff(tt.want, workSiteAbroad(tt.address)); diff != "" {
			t.Errorf("workSiteAbroad(%q) (-want +got):\n%s", tt.address, diff)
		}
	}
	for _, tt := range []struct {
		scope string
		want  []string
	}{
		{"データ入力（現在も将来も海外作業なし）", nil},
		{"現在も将来もフィリピンでの作業なし", nil},
		{"現在も今後もフィリピンでの作業は行わない", nil},
		{"現時点ではフィリピンでの作業なし", []string{"PH"}},
	} {
		if diff := cmp.Diff(tt.want, subcontractorAbroad(Subcontractor{Name: "株式会社多摩入力", Scope: tt.scope}, nil)); diff != "" {
			t.Errorf("subcontractorAbroad(scope %q) (-want +got):\n%s", tt.scope, diff)
		}
	}
}

// TestWorkSiteAbroadPresentPlaceInJapan: a work site or a scope that
// gives where the work is done now, a place in Japan, and then denies
// work abroad (現状は東京都港区、海外作業なし, 現在は大阪市の本社で作業、海外
// での作業は行わない, Currently: Tokyo, no offshore work) was read as work
// abroad: the for-now word of the clause before the denial's (ForNow) was
// read as saying the denial held only for now. It says when the work is
// done at that place; the denial is firm. A for-now word alone before the
// denial (現時点では、海外での作業なし), or before a clause that names no place
// in Japan (現状は入力のみ、海外作業なし) or one abroad (現状はフィリピン、今後は
// 海外作業なし), stays no firm no.
func TestWorkSiteAbroadPresentPlaceInJapan(t *testing.T) {
	for _, tt := range []struct {
		address string
		want    []string
	}{
		{"現状：東京都港区、海外作業なし", nil},
		{"現状は東京都港区、海外作業なし", nil},
		{"現状では東京都港区、海外作業なし", nil},
		{"現在は東京都港区、海外での作業は行わない", nil},
		{"現時点では東京都港区の本社で作業、海外作業なし", nil},
		{"現在は大阪市の本社で作業、海外での作業は行わない", nil},
		{"現状は国内、海外作業なし", nil},
		{"現状は日本国内のみ、海外作業なし", nil},
		{"Currently: Tokyo, no offshore work", nil},
		{"Currently in Japan, no offshore work", nil},
		// A for-now word of the denial: no firm no.
		{"現時点では、海外での作業なし", []string{"海外"}},
		{"現状は入力のみ、海外作業なし", []string{"海外"}},
		{"現状は東京都港区、現時点では海外作業なし", []string{"海外"}},
		{"現状は東京都港区で海外作業なし", []string{"海外"}},
		{"for now, no offshore work", []string{"offshore"}},
	} {
		if diff := cmp.Diff(tt.want, workSiteAbroad(tt.address)); diff != "" {
			t.Errorf("workSiteAbroad(%q) (-want +got):\n%s", tt.address, diff)
		}
	}
	for _, tt := range []struct {
		scope string
		want  []string
	}{
		{"現状：東京都港区、海外作業なし", nil},
		{"現状は東京都港区、海外作業なし", nil},
		{"現状は東京都港区、フィリピンでの作業なし", nil},
		{"データ入力（現在は東京都港区で作業、海外作業なし）", nil},
		{"現状は入力のみ、フィリピンでの作業なし", []string{"PH"}},
		{"現時点では、フィリピンでの作業なし", []string{"PH"}},
	} {
		if diff := cmp.Diff(tt.want, subcontractorAbroad(Subcontractor{Name: "株式会社多摩入力", Scope: tt.scope}, nil)); diff != "" {
			t.Errorf("subcontractorAbroad(scope %q) (-want +got):\n%s", tt.scope, diff)
		}
	}
}

// TestWorkSiteAbroadPresentPlaceInJapanMore: a present place in Japan
// given as an area (現在は東京都内, 現状は大阪府内) or a ward or city in
// romaji (Currently: Minato-ku, Tokyo, Currently: Osaka-shi) before a
// denial of work abroad was read as work abroad, a false alarm:
// presentPlaceInJapan knew neither. A place abroad (現在はマニラ市内) stays
// abroad.
func TestWorkSiteAbroadPresentPlaceInJapanMore(t *testing.T) {
	for _, tt := range []struct {
		address string
		want    []string
	}{
		{"現在は東京都内、海外作業なし", nil},
		{"現状は大阪府内、海外作業なし", nil},
		{"現在は横浜市内、海外での作業は行わない", nil},
		{"Currently: Minato-ku, Tokyo, no offshore work", nil},
		{"Currently: Osaka-shi, no offshore work", nil},
		{"現在はマニラ市内、海外作業なし", []string{"マニラ"}},
		{"現在は市内、海外作業なし", []string{"海外"}},
	} {
		if diff := cmp.Diff(tt.want, workSiteAbroad(tt.address)); diff != "" {
			t.Errorf("workSiteAbroad(%q) (-want +got):\n%s", tt.address, diff)
		}
	}
}

// TestWorkSiteAbroadDenialException: a denial of work abroad noting an
// exception or a check still to be made in its sentence or bracket
// (海外作業なし（例外あり）, 現在も将来も海外作業なし（緊急時を除く）, 現状は東京都
// 港区、海外作業なし（要確認）) is no firm no: before, the bare denial was read
// as work in Japan, and since the readings of 現在も将来も and of a present
// place in Japan (0b3853c, 538a32e) so were these. An exception said to be
// none (例外なし) stays a firm no.
func TestWorkSiteAbroadDenialException(t *testing.T) {
	for _, tt := range []struct {
		address string
		want    []string
	}{
		{"海外作業なし（例外あり）", []string{"海外"}},
		{"現在も将来も海外作業なし（例外あり）", []string{"海外"}},
		{"現在も将来も海外作業なし（緊急時を除く）", []string{"海外"}},
		{"現状は東京都港区、海外作業なし（緊急時を除く）", []string{"海外"}},
		{"現状は東京都港区、海外作業なし（例外あり）", []string{"海外"}},
		{"現在も将来も海外作業なし(要確認)", []string{"海外"}},
		{"東京都港区、海外作業なし（一部例外有り）", []string{"海外"}},
		{"Tokyo, no offshore work (with exceptions)", []string{"offshore"}},
		// No exception: a firm no.
		{"現在も将来も海外作業なし（例外なし）", nil},
		{"現状は東京都港区、海外作業なし", nil},
	} {
		if diff := cmp.Diff(tt.want, workSiteAbroad(tt.address)); diff != "" {
			t.Errorf("workSiteAbroad(%q) (-want +got):\n%s", tt.address, diff)
		}
	}
	for _, tt := range []struct {
		scope string
		want  []string
	}{
		{"フィリピンでの作業なし（例外あり）", []string{"PH"}},
		{"現在も将来もフィリピンでの作業なし（緊急時を除く）", []string{"PH"}},
		{"現在も将来もフィリピンでの作業なし", nil},
	} {
		if diff := cmp.Diff(tt.want, subcontractorAbroad(Subcontractor{Name: "株式会社多摩入力", Scope: tt.scope}, nil)); diff != "" {
			t.Errorf("subcontractorAbroad(scope %q) (-want +got):\n%s", tt.scope, diff)
		}
	}
}

// TestWorkSiteAbroadPresentPlaceRegression: regression rows for the
// readings of this round (現在も将来も, a present place in Japan before a
// denial, 都内, romaji wards): work abroad said beside them, in the future,
// with a hedge or an approval, or a place abroad whose name holds 内 or a
// romaji unit, stays abroad.
func TestWorkSiteAbroadPresentPlaceRegression(t *testing.T) {
	for _, tt := range []struct {
		address string
		want    []string
	}{
		{"現状は東京都港区、今後は海外作業の可能性あり", []string{"海外"}},
		{"現在は東京都内、海外作業なし（ただし再委託先はベトナム）", []string{"VN"}},
		{"現在は東京都内、海外作業なし。ただし再委託先はベトナム", []string{"VN"}},
		{"Currently: Tokyo, offshore work possible in future", []string{"offshore"}},
		{"現在も将来も海外作業なし（承認があれば除く）", []string{"海外"}},
		{"現在も将来も原則として海外作業なし", []string{"海外"}},
		{"現在も将来も原則海外作業なし", []string{"海外"}},
		{"現在も将来も基本的に海外作業なし", []string{"海外"}},
		{"東京都内（一部フィリピン）、海外作業なし", []string{"PH"}},
		{"現在は東京都内及びマニラ、海外作業なし", []string{"マニラ"}},
		{"Minato-ku, Tokyo and Manila", []string{"Manila"}},
		{"Currently: Minato-ku, Tokyo and Manila, no offshore work", []string{"Manila"}},
		{"Osaka-shi / Cebu", []string{"Cebu"}},
		{"Currently: Osaka-shi / Cebu, no offshore work", []string{"Cebu"}},
		{"現在はセブ市内、海外作業なし", []string{"セブ"}},
		{"現在は上海市内、海外作業なし", []string{"上海"}},
		{"現在は香港島内、海外作業なし", []string{"HK"}},
		{"現在はシンガポール国内、海外作業なし", []string{"SG"}},
		{"現在は国内外、海外作業なし", []string{"海外"}},
		{"現状は社内、海外作業なし", []string{"海外"}},
		{"現在は東京都内、将来は海外作業の予定", []string{"海外"}},
		{"Currently: Makati-shi, no offshore work", []string{"Makati"}},
		{"Currently: Cebu-shi, no offshore work", []string{"Cebu"}},
		{"Currently: Chiyoda-ku, Tokyo; offshore work planned", []string{"offshore"}},
		{"現在は東京都港区、海外作業なし（来年度からマニラ）", []string{"マニラ"}},
		{"現在も将来も海外作業なし（保守はマニラ）", []string{"マニラ"}},
		{"現在も将来も海外作業なし（予定）", []string{"海外"}},
		{"現在も将来も海外作業なしとは限らない", []string{"海外"}},
		{"現在も将来も海外作業なし（未確認）", []string{"海外"}},
		{"currently and in the future, no offshore work except with approval", []string{"offshore"}},
		{"currently and in the future, generally no offshore work", []string{"offshore"}},
		{"現在は東京都内、海外作業なし、将来は未定", []string{"海外"}},
		{"現在は東京都内、当面海外作業なし", []string{"海外"}},
		{"現在は東京都内、海外作業なし（今のところ）", []string{"海外"}},
		{"現在は東京都内、現時点で海外作業なし", []string{"海外"}},
	} {
		if diff := cmp.Diff(tt.want, workSiteAbroad(tt.address)); diff != "" {
			t.Errorf("workSiteAbroad(%q) (-want +got):\n%s", tt.address, diff)
		}
	}
	for _, tt := range []struct {
		scope string
		want  []string
	}{
		{"現状は東京都港区、フィリピンでの作業なし（ただしベトナムで作業）", []string{"VN"}},
		{"現状は東京都港区、今後はフィリピンで作業予定", []string{"PH"}},
		{"現在も将来もフィリピンでの作業なし（承認があれば除く）", []string{"PH"}},
		{"現在は東京都内（一部フィリピン）、フィリピンでの作業なし", []string{"PH"}},
		{"現在は東京都内、フィリピンでの作業なし（ただし再委託先はベトナム）", []string{"VN"}},
	} {
		if diff := cmp.Diff(tt.want, subcontractorAbroad(Subcontractor{Name: "株式会社多摩入力", Scope: tt.scope}, nil)); diff != "" {
			t.Errorf("subcontractorAbroad(scope %q) (-want +got):\n%s", tt.scope, diff)
		}
	}
}

// TestWorkSiteAbroadDenialUntil: a denial of work abroad said to hold
// until a time (海外作業なし（3月まで）, Currently: Tokyo, no offshore work
// until March) is no firm no: it says work abroad may follow. Before, it
// was work in Japan, and since 538a32e so was the form after a present
// place in Japan, abroad before through its for-now word.
func TestWorkSiteAbroadDenialUntil(t *testing.T) {
	for _, tt := range []struct {
		address string
		want    []string
	}{
		{"Currently: Tokyo, no offshore work until March", []string{"offshore"}},
		{"Currently: Minato-ku, Tokyo, no offshore work until March", []string{"offshore"}},
		{"no offshore work until March", []string{"offshore"}},
		{"現状は東京都港区、海外作業なし（3月まで）", []string{"海外"}},
		{"海外作業なし（3月まで）", []string{"海外"}},
		{"現在は東京都内、海外作業は3月までなし", []string{"海外"}},
		{"現状は東京都港区、海外作業なし", nil},
	} {
		if diff := cmp.Diff(tt.want, workSiteAbroad(tt.address)); diff != "" {
			t.Errorf("workSiteAbroad(%q) (-want +got):\n%s", tt.address, diff)
		}
	}
}
