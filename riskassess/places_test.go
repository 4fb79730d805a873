package riskassess

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestPlaceAbroadNamed: cities, US states and regions abroad as cloud
// providers and contracts write them, in English, katakana and kanji;
// not the places of Japan, a region holding Japan (Asia Pacific), a
// longer word holding a name (ソウルフード, 仙台北部, 北米沢) nor a treaty
// named after a city (ウィーン売買条約).
func TestPlaceAbroadNamed(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Europe (Frankfurt)", "Europe"},
		{"Asia Pacific (Seoul)", "Seoul"},
		{"Asia Pacific (Sydney)", "Sydney"},
		{"US East (N. Virginia)", "Virginia"},
		{"ＬＯＮＤＯＮ", "London"},
		{"フランクフルト", "フランクフルト"},
		{"アジアパシフィック（シドニー）", "シドニー"},
		{"ソウルリージョン", "ソウル"},
		{"バージニア北部", "バージニア"},
		{"紐育簡易裁判所", "紐育"},
		{"東京地方裁判所（倫敦）", "倫敦"},
		{"北米リージョン", "北米"},
		{"台北市", "台北"},
		{"欧州（パリ）", "欧州"},
		{"東京・ロンドン・ニューヨーク", "ロンドン"},
		{"東京（バックアップ：米東部）", "米東部"},
		{"東京（DR：米西海岸）", "米西海岸"},
		{"東南アジアリージョン", "東南アジア"},
		{"中東リージョン", "中東"},
		{"アジアパシフィック (ハイデラバード)", "ハイデラバード"},
		{"Zürich", "Zürich"},
		{"ﾌﾗﾝｸﾌﾙﾄ", "フランクフルト"},
		{"ﾊﾟﾘ", "パリ"},
		{"Asean", "ASEAN"},
		{"東京（ｱｾｱﾝ）", "アセアン"},
		{"ＡＳＥＡＮ加盟国", "ASEAN"},
		{"APEJ", "APeJ"},
		{"Tokyo (ANZ)", "ANZ"},
		// US states and cities in katakana, and 大連 (offshore work), that
		// were read as no place: 東京、ハワイ was all in Japan.
		{"東京、ハワイ", "ハワイ"},
		{"ユタ", "ユタ"},
		{"アラスカ州", "アラスカ"},
		{"ペンシルベニア", "ペンシルベニア"},
		{"ノースカロライナ", "ノースカロライナ"},
		{"ミネソタ", "ミネソタ"},
		{"ラスベガス", "ラスベガス"},
		{"マイアミ", "マイアミ"},
		{"ソルトレイクシティ", "ソルトレイクシティ"},
		{"アッシュバーン", "アッシュバーン"},
		{"ヒューストン", "ヒューストン"},
		{"デンバー", "デンバー"},
		{"ポートランド", "ポートランド"},
		{"カルガリー", "カルガリー"},
		{"ケレタロ", "ケレタロ"},
		{"マルセイユ", "マルセイユ"},
		{"マドリッド", "マドリッド"},
		{"サイパン", "サイパン"},
		{"東京、大連", "大連"},
		{"大連市", "大連"},
		{"開発拠点大連", "大連"},
	} {
		if got, ok := PlaceAbroadNamed(tt.in); !ok || got != tt.want {
			t.Errorf("PlaceAbroadNamed(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
	for _, in := range []string{"東京", "大阪", "東日本", "Tokyo", "Osaka", "Japan East", "Asia Pacific (Tokyo)", "アジアパシフィック（大阪）",
		"アジア", "APAC", "仙台北部", "川上海岸", "府中東部", "中東部", "静岡県中東部", "関東南部", "中東遠（静岡県掛川市）", "中東遠地域データセンター", "中東予（愛媛県）",
		"中東信（長野県）", "北米沢", "ソウルフード", "パリティ", "ﾊﾟﾘﾃｨ", "ｿｳﾙﾌｰﾄﾞ", "プライマリ", "さくらインターネット石狩DC",
		"Sapporo", "Kyoto", "日本法（ウィーン売買条約の適用を除く）", "laws of Japan (excluding the Vienna Convention)", "東京（パリ条約）", "Caseant", "aseano", "JAPAC", "Far East", "環太平洋", "極東", "Canzone", "ANZAC",
		// Words holding the new names: 大連立, 大連休, a katakana word.
		"大連立", "大連休明け", "大連合", "大連携", "ユタカ", "ハワイアン", "ニュートリノ", "メイン",
		// Words starting with 大連 but not Dalian (were read as 大連).
		"東京（議会だより大連載）", "大連絡会", "大連覇", ""} {
		if got, ok := PlaceAbroadNamed(in); ok {
			t.Errorf("PlaceAbroadNamed(%q) = %q, true", in, got)
		}
	}
}

// TestPlaceAbroadGuardedKanji: the Chinese, Korean and Taiwanese cities
// whose kanji are also places or words in Japan (青島, 西安, 高雄, 仁川,
// 台中) were left out, and a work site in 西安市 or a region 東京（DR：仁川）
// read as Japan. They are read where the name ends as a city's (alone,
// before 市, 空港, の, a bracket); not before other kanji or katakana
// (西安芸, 高雄山, 仁川駅, 青島ビル), inside a run of kanji (宮崎市青島,
// 関西安全) nor after a digit (10台中3台).
func TestPlaceAbroadGuardedKanji(t *testing.T) {
	type res struct {
		Place string
		OK    bool
	}
	for _, tt := range []struct {
		in   string
		want res
	}{
		{"青島", res{"青島", true}},
		{"青島市", res{"青島", true}},
		{"西安", res{"西安", true}},
		{"西安市の開発拠点", res{"西安", true}},
		{"高雄市", res{"高雄", true}},
		{"仁川", res{"仁川", true}},
		{"仁川空港近くのDC", res{"仁川", true}},
		{"仁川国際空港", res{"仁川", true}},
		{"台中", res{"台中", true}},
		{"台中市", res{"台中", true}},
		{"東京（DR：仁川）", res{"仁川", true}},
		{"バックアップ先西安", res{"西安", true}},
		{"ＤＲ拠点高雄", res{"高雄", true}},
		{"青島リージョン", res{"青島", true}},
		{"開発センター（西安）", res{"西安", true}},
		{"仁川地方法院", res{"仁川", true}},
		{"台中高等法院", res{"台中", true}},
		{"青島中級人民法院", res{"青島", true}},
		// A Chinese or Korean address starting with its province: the
		// city after it is in a run of kanji; before, no place.
		{"山東省青島市の開発センター", res{"山東省", true}},
		{"陝西省西安市高新区", res{"陝西省", true}},
		{"遼寧省大連市", res{"遼寧省", true}},
		{"広東省深圳市南山区", res{"広東省", true}},
		{"京畿道城南市", res{"京畿道", true}},
		{"受託者拠点：江蘇省蘇州市", res{"江蘇省", true}},
		// Still abroad: a city's word after the name, a country or a
		// province before it, a prefecture where no homonym is.
		{"高雄市 台中市", res{"高雄", true}},
		{"台湾 台中", res{"台中", true}},
		{"中国山東省 青島市", res{"青島", true}},
		{"韓国 仁川（京畿道近郊）", res{"仁川", true}},
		{"韓国京畿道 仁川", res{"仁川", true}},
		{"青島（宮崎本社の子会社）", res{"青島", true}},
		{"青島（東京）", res{"青島", true}},
		{"西安（広島県）", res{"西安", true}},
		{"ＤＲ： 仁川", res{"仁川", true}},
		// In Japan, or no place: Japanese places and words holding the
		// names.
		{"宮崎県宮崎市青島", res{}},
		{"青島ビル3階", res{}},
		{"西安芸", res{}},
		{"広島県西安芸郡", res{}},
		{"関西安全センター", res{}},
		{"高雄山", res{}},
		{"京都市右京区梅ヶ畑高雄町", res{}},
		{"仁川駅前", res{}},
		{"宝塚市仁川台", res{}},
		{"サーバ10台中3台", res{}},
		{"舞台中央", res{}},
		{"屋台中心の催事", res{}},
		{"一台中継", res{}},
		{"滋賀県米原市山東", res{}},
		{"石川県河北郡", res{}},
		{"山東町", res{}},
		// A Japanese address with a space after its city or ward, a
		// bracket with the prefecture of the homonym, a count with
		// spaces: before, Qingdao, Incheon, Kaohsiung, Taichung.
		{"宮崎県宮崎市 青島2-1-1", res{}},
		{"宮崎市　青島", res{}},
		{"宝塚市 仁川うぐいす台", res{}},
		{"西宮市 仁川町", res{}},
		{"仁川（兵庫県宝塚市）", res{}},
		{"高雄（京都）", res{}},
		{"高雄 (京都市右京区)", res{}},
		{"青島（宮崎県）", res{}},
		{"サーバ 10 台中 3 台", res{}},
		// False abroad, left: a surname, a company, a Japanese address
		// with no city before it.
		{"青島さん", res{"青島", true}},
		{"株式会社 青島", res{"青島", true}},
		{"青島2-1-1", res{"青島", true}},
	} {
		var got res
		got.Place, got.OK = PlaceAbroadNamed(tt.in)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("PlaceAbroadNamed(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"在西安の開発者", []string{"西安"}},
		{"在仁川の拠点", []string{"仁川"}},
		{"在台中", []string{"台中"}}, // Taichung, in Taiwan either way
		{"在仁川（兵庫県）", nil},
	} {
		if diff := cmp.Diff(tt.want, zaiPlaces(tt.in)); diff != "" {
			t.Errorf("zaiPlaces(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
	for _, tt := range []struct {
		address string
		want    []string
	}{
		{"西安市高新区", []string{"西安"}},
		{"青島", []string{"青島"}},
		{"宮崎県宮崎市青島", nil},
	} {
		if diff := cmp.Diff(tt.want, workSiteAbroad(tt.address)); diff != "" {
			t.Errorf("workSiteAbroad(%q) (-want +got):\n%s", tt.address, diff)
		}
	}
}

// TestPlaceAbroadAfterConnective: a kanji name abroad after a word
// saying where the data or a party is (バックアップ先, 拠点, 所在地, 保管場所,
// 待機系, DR用)
// was not read, as it was not at the start of a run of kanji:
// 東京（バックアップ先欧州） validated as in Japan. Japanese places and words
// after the same words, some starting with a name abroad's kanji
// (北米沢, 中東部), and kanji names after other words (仙台北部) stay
// unread; a country in kanji (保管先独国) is CountriesNamed's, not this
// function's. After a word for using, 中 ends the word (運用中: in use):
// 運用中東北DC and 利用中東芝製品 were read as 中東 after the connective
// 用; a place after that 中 is read (運用中北米), and 中東 after 用
// meaning "for" (DR用中東) still is. That rule took every 中東 after a
// word for using as "in use" + 東: 東京（DR：運用中東リージョン）, 利用中東地域
// read as Japan; now 中東 is read unless 東 starts a word (eastWord).
func TestPlaceAbroadAfterConnective(t *testing.T) {
	ins := []string{
		// Abroad.
		"東京（バックアップ先欧州）", "東京（保管先北米）", "東京（DR拠点紐育）", "災対拠点倫敦", "本店所在地倫敦", "所在地欧州",
		"東京（移転先上海）", "委託先所在台北", "保管場所西欧", "保管地域中東", "保存地北欧", "設置地米東部", "東京（複製先東南アジア）",
		"東京（待機系北米）", "東京（DR用欧州）", "専用北米リージョン",
		"ﾊﾞｯｸｱｯﾌﾟ先欧州",
		// Japan: places and words after the same words.
		"バックアップ先米沢", "保管先中国地方", "拠点印西", "移転先伊勢", "保管先加賀", "所在地英田", "拠点仏生山", "保管先豪雪地帯",
		"バックアップ先北米沢", "保管先南米沢", "保管先中東部", "拠点中東遠", "所在地中東予", "設置場所中東信", "保管先仙台北部",
		"移転先川上海岸", "所在地府中東部", "保管先東京", "所在地大阪", "保管先独国", "移転先星港",
		"予備系中東部", "本番系仙台北部", "バックアップ用北米沢", "待機系大阪",
		"運用中東京リージョン", "使用中東日本DC", "運用中東部DC",
		"運用中東北DC", "東京（運用中東芝製DC）", "利用中東館サーバ室", "使用中東側ラック", "運用中東海DC", "日本法（利用中東芝製品を含む）",
		"日本法（運用中東北地方）", "本番運用中東北DC", "適用中東北支社", "採用中東海地方",
		// Abroad after 用 meaning "for" and after the 中 of in use.
		"東京（DR用中東）", "東京（保管用中東リージョン）", "専用中南米リージョン", "東京（運用中北米リージョン）", "運用中中東DC",
		"府中北米",
		// 中東 after the in-use 中 with no word of its own at 東 (eastWord).
		"運用中東リージョン", "東京（DR：運用中東リージョン）", "東京（運用中東）", "東京（DR利用中東リージョン）", "東京（常用中東リージョン）",
		"東京（転用中東DC）", "利用中東地域", "運用中東エリア", "採用中東欧", "適用中東南アジア", "運用中東北アフリカ",
		// Words of eastWord after the in-use 中: Japan.
		"運用中東棟サーバ室", "利用中東口DC", "運用中東関東DC", "採用中東洋製品",
		"合意管轄地北米", "管轄地倫敦", "合意管轄地東京", "管轄地中東部", "本店所在地管轄地方裁判所",
		// Treaties after the same words.
		"所在地紐育条約",
	}
	want := map[string]string{
		"東京（バックアップ先欧州）": "欧州", "東京（保管先北米）": "北米", "東京（DR拠点紐育）": "紐育", "災対拠点倫敦": "倫敦", "本店所在地倫敦": "倫敦",
		"所在地欧州": "欧州", "東京（移転先上海）": "上海", "委託先所在台北": "台北", "保管場所西欧": "西欧", "保管地域中東": "中東", "保存地北欧": "北欧",
		"設置地米東部": "米東部", "東京（複製先東南アジア）": "東南アジア", "ﾊﾞｯｸｱｯﾌﾟ先欧州": "欧州",
		"東京（待機系北米）": "北米", "東京（DR用欧州）": "欧州", "専用北米リージョン": "北米",
		"東京（DR用中東）": "中東", "東京（保管用中東リージョン）": "中東", "専用中南米リージョン": "中南米", "東京（運用中北米リージョン）": "北米",
		"運用中中東DC":   "中東",
		"運用中東リージョン": "中東", "東京（DR：運用中東リージョン）": "中東", "東京（運用中東）": "中東", "東京（DR利用中東リージョン）": "中東",
		"東京（常用中東リージョン）": "中東", "東京（転用中東DC）": "中東", "利用中東地域": "中東", "運用中東エリア": "中東", "採用中東欧": "東欧",
		"適用中東南アジア": "東南アジア", "運用中東北アフリカ": "アフリカ",
		"合意管轄地北米": "北米", "管轄地倫敦": "倫敦",
	}
	got := map[string]string{}
	for _, in := range ins {
		if p, ok := PlaceAbroadNamed(in); ok {
			got[in] = p
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("PlaceAbroadNamed (-want +got):\n%s", diff)
	}
}

// TestOccurrences: every occurrence, left to right, none overlapping, a
// stop when the loop breaks, and nothing for an empty word.
func TestOccurrences(t *testing.T) {
	for _, tt := range []struct {
		s, sub string
		stop   int // break after this many (0: never)
		want   []int
	}{
		{"在米の在ベトナム", "在", 0, []int{0, 9}},
		{"aaa", "aa", 0, []int{0}},
		{"abab ab", "ab", 0, []int{0, 2, 5}},
		{"abab ab", "ab", 2, []int{0, 2}},
		{"東京", "大阪", 0, nil},
		{"東京", "", 0, nil},
	} {
		var got []int
		for i := range occurrences(tt.s, tt.sub) {
			got = append(got, i)
			if len(got) == tt.stop {
				break
			}
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("occurrences(%q, %q) (-want +got):\n%s", tt.s, tt.sub, d)
		}
	}
}
