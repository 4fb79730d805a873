package riskassess

import (
	"iter"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// PlaceAbroadNamed returns the first place abroad that s names (in the
// order of s) by a city, a US state or a region of the world rather than
// by a country's name (CountriesNamed reads those), as it is listed, and
// true: "europe
// (frankfurt)" gives "Europe", "フランクフルト", "Asia Pacific (Seoul)"
// "Seoul", "紐育簡易裁判所" "紐育", "北米リージョン" "北米". It reads the names
// cloud providers give their regions abroad and the ones contracts most
// use for a court or a law, in English, katakana and kanji. Case and width
// are ignored; a name in Latin letters or katakana counts only as a whole
// word (ソウル, not Seoul in a longer word; a katakana name may be followed
// by リージョン or データセンター), and one in kanji only at the start of a
// run of kanji (台北 in 台北市, not in 仙台北部; 上海 not in 川上海岸) or
// after a word that says where data or a party is (kanjiConnectiveBefore:
// バックアップ先欧州, 拠点倫敦, 所在地北米). A name
// before a treaty's word is the treaty's (ウィーン売買条約, New York
// Convention: treatyAfter). "Asia Pacific", "アジア", "APAC", "JAPAC",
// "Far East" and "環太平洋", which hold Japan, are not places abroad;
// "APeJ" (Asia Pacific excluding Japan) and "ANZ" are.
func PlaceAbroadNamed(s string) (string, bool) {
	w := wordCase(s)
	byFirst := placesAbroad()
	for start, r := range w {
		for _, p := range byFirst[r] {
			if !strings.HasPrefix(w[start:], p.name) {
				continue
			}
			end := start + len(p.name)
			var whole bool
			switch p.script {
			case placeLatin:
				whole = wholeWord(w, start, end)
			case placeKana:
				whole = wholeWord(w, start, end) || wholeWord(w, start, start) && regionSuffix(w[end:])
			default: // kanji: at the start of a run of kanji or after a word for where
				before, _ := utf8.DecodeLastRuneInString(w[:start])
				whole = (!unicode.Is(unicode.Han, before) || kanjiConnectiveBefore(w[:start], w[start:])) && !kanjiPlaceTrap(w[start:])
				if p.script == placeKanjiGuarded {
					whole = whole && guardedPlaceEnds(lastBeforeSpaces(w[:start]), w[end:]) && !guardedJapaneseAddress(p.name, w[:start], w[end:])
				}
			}
			if whole && !treatyAfter(w[end:]) {
				return p.shown, true
			}
		}
	}
	return "", false
}

// PlaceAbroadAt returns the place abroad that s starts with, in the form
// of wordCase (case and width ignored): the alpha-2 code of a country
// named by its English or Japanese name (CountriesNamed's names: ベトナム,
// 米国, Viet Nam; JP for 日本), else a city, state or region abroad as
// listed (PlaceAbroadNamed's names: ハノイ, 大連, Manila), with the length
// of the name in wordCase(s) and true. A name in Latin letters or katakana
// must end a word (not タイ of タイムゾーン) or be followed by リージョン or
// データセンター; a country's name followed by 語 is a language's
// (中国語), 中国 before 地方, 四国 … is the Chūgoku region of Japan; a kanji
// place that starts a place in Japan (北米沢, 中東部, 大連立:
// kanjiPlaceTrap) and a place before a treaty's word (ウィーン条約) are
// not places. The longest name wins (中国 over 中, 米国 over 米).
func PlaceAbroadAt(s string) (string, int, bool) {
	w := wordCase(s)
	r, _ := utf8.DecodeRuneInString(w)
	if r == utf8.RuneError {
		return "", 0, false
	}
	code, n := "", 0
	for _, c := range countries().byFirst[r] {
		end := len(c.name)
		if end > n && strings.HasPrefix(w, c.name) && (wholeWord(w, 0, end) || regionSuffix(w[end:])) && !language(w[end:]) &&
			!(c.code == "CN" && japaneseChugoku(w[end:])) {
			code, n = c.code, end
		}
	}
	if code != "" {
		return code, n, true
	}
	place := ""
	for _, p := range placesAbroad()[r] {
		end := len(p.name)
		if end <= n || !strings.HasPrefix(w, p.name) || treatyAfter(w[end:]) {
			continue
		}
		switch p.script {
		case placeLatin:
			if !wholeWord(w, 0, end) {
				continue
			}
		case placeKana:
			if !wholeWord(w, 0, end) && !regionSuffix(w[end:]) {
				continue
			}
		case placeKanjiGuarded:
			if !guardedPlaceEnds(utf8.RuneError, w[end:]) || japaneseBracket(w[end:], guardedJapaneseHomes[p.name]) {
				continue
			}
		default:
			if kanjiPlaceTrap(w) {
				continue
			}
		}
		place, n = p.shown, end
	}
	return place, n, place != ""
}

// placeName is a name of placesAbroad: as looked for (wordCase), as
// shown, and its script.
type placeName struct {
	name, shown string
	script      int
}

// The scripts of a placeName.
const (
	placeLatin = iota
	placeKana
	placeKanji
	placeKanjiGuarded
)

// placesAbroad is latinPlacesAbroad, kanaPlacesAbroad and
// kanjiPlacesAbroad by their first rune, so that PlaceAbroadNamed looks at
// each place of the text once rather than for every name.
var placesAbroad = sync.OnceValue(func() map[rune][]placeName {
	m := make(map[rune][]placeName)
	for script, names := range [][]string{latinPlacesAbroad, kanaPlacesAbroad, kanjiPlacesAbroad, kanjiGuardedPlacesAbroad} {
		for _, n := range names {
			p := placeName{wordCase(n), n, script}
			r, _ := utf8.DecodeRuneInString(p.name)
			m[r] = append(m[r], p)
		}
	}
	return m
})

// regionSuffix reports whether rest, the katakana after a place's name,
// is a word for a cloud's region or data centre (シンガポールリージョン,
// ソウルデータセンター), not the rest of a longer word.
func regionSuffix(rest string) bool {
	return strings.HasPrefix(rest, "リージョン") || strings.HasPrefix(rest, "データセンタ")
}

// treatyAfter reports whether rest, the text after a place's name, makes
// it a treaty's (ウィーン売買条約, the Vienna Convention, パリ条約, the New
// York Convention): a convention names no place where a dispute is heard
// or data is kept.
func treatyAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " ・")
	for _, t := range []string{"条約", "売買条約", "議定書", "convention", "treaty", "protocol"} {
		if strings.HasPrefix(rest, t) {
			return true
		}
	}
	return false
}

// kanjiConnectiveBefore reports whether before, the text before a
// place's kanji name rest, ends with a word that says where data or a
// party is and after which a place's name starts a word: 先 (保管先, 移転先,
// バックアップ先, 委託先), 拠点, 所在地, 所在, 場所 (保管場所), 地域,
// 保管地, 保存地, 設置地, 管轄地 (合意管轄地), 系 (待機系, 予備系), 用 (DR用,
// 専用) and 中 after
// a word for using (運用中北米, 運用中中東: inUseBefore)
// (東京（バックアップ先欧州）, 東京（DR拠点北米）, 本店所在地倫敦,
// 東京（待機系北米）). Only these words, not any kanji before the name: 仙台北部,
// 川上海岸 and 府中東部 hold 台北, 上海 and 中東 after another word's
// kanji. A Japanese place after one of them that starts with a name
// abroad is still kanjiPlaceTrap's (保管先北米沢, 拠点中東遠). After a word
// for using, 中 ends the word (運用中, 利用中, 使用中: in use) when a word
// starting with 東 follows (運用中東北DC, 利用中東芝製品, 使用中東側ラック are
// not 中東: eastWord); otherwise 中東 is read (運用中東リージョン, 利用中東地域),
// as after 用 meaning "for" (DR用中東, 保管用中東, 専用中南米).
func kanjiConnectiveBefore(before, rest string) bool {
	if strings.HasSuffix(before, "中") {
		return inUseBefore(strings.TrimSuffix(before, "中"))
	}
	if strings.HasPrefix(rest, "中") && inUseBefore(before) {
		// 運用中東リージョン, 利用中東地域: 中東 after the in-use 中 is the
		// Middle East unless 東 starts a word (運用中東北DC).
		return strings.HasPrefix(rest, "中東") && !eastWord(strings.TrimPrefix(rest, "中"))
	}
	for _, c := range kanjiConnectives {
		if strings.HasSuffix(before, c) {
			return true
		}
	}
	return false
}

// KanjiConnectives returns the words after which PlaceAbroadNamed reads
// a place's kanji name (先, 拠点, 所在地, 系, 用 …: kanjiConnectiveBefore),
// so that a reader of a denial (バックアップ先欧州なし) cuts the same words.
func KanjiConnectives() []string { return slices.Clone(kanjiConnectives) }

// kanjiConnectives are the words of kanjiConnectiveBefore.
var kanjiConnectives = []string{"先", "拠点", "所在地", "所在", "場所", "地域", "保管地", "保存地", "設置地", "管轄地", "系", "用"}

// eastWord reports whether rest, starting with the 東 of 中東 after a
// word for using (運用中東…), starts a word of its own (東北, 東海, 東京,
// 東芝, 東側, 東館, 東日本 …: eastWords), so that the 中 is "in use" and
// no 中東 is named; 東欧 and 東南アジア are places abroad read at the 東.
// Any other text after it, kanji or not (運用中東リージョン, 利用中東地域,
// 運用中東エリア), leaves 中東 the Middle East: a word left out of
// eastWords makes a refusal, not a silent answer.
func eastWord(rest string) bool {
	for _, w := range eastWords {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// eastWords are the words of eastWord.
var eastWords = []string{"東北", "東海", "東京", "東芝", "東側", "東館", "東棟", "東日本", "東部", "東口", "東区", "東西", "東関東",
	"東名", "東急", "東武", "東電", "東証", "東邦", "東洋", "東レ", "東宝", "東映", "東欧", "東南アジア"}

// inUseBefore reports whether before ends with a word for using that
// takes 中 for "in use" (運用, 利用, 使用 …: inUseWords), not with 用
// meaning "for" (DR用, 保管用, 専用, 共用).
func inUseBefore(before string) bool {
	for _, w := range inUseWords {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// inUseWords are the words of inUseBefore. A word left out only makes a
// place after its 中 read (誤用中東北: a refusal, not a silent answer), so
// only words that never mean "for" are here.
var inUseWords = []string{"運用", "利用", "使用", "適用", "採用", "併用", "試用", "活用", "借用", "常用", "流用", "転用", "応用", "代用"}

// kanjiPlaceTrap reports whether rest, starting with a place's kanji
// name, is a place in Japan that starts with the same kanji (北米沢, a
// station of 米沢; 中東部, the middle east of a prefecture, and 中東遠
// (静岡県), 中東予 (愛媛県), 中東信 (長野県), areas of a prefecture, not
// 中東), or a word starting with 大連 (大連立, 大連休, 大連合, 大連載, 大連絡:
// not Dalian).
func kanjiPlaceTrap(rest string) bool {
	for _, t := range []string{"北米沢", "南米沢", "中東部", "中東遠", "中東予", "中東信", "大連立", "大連休", "大連合", "大連携", "大連続", "大連勝", "大連敗",
		"大連載", "大連絡", "大連覇", "大連隊", "大連動"} {
		if strings.HasPrefix(rest, t) {
			return true
		}
	}
	return false
}

// kanjiGuardedPlacesAbroad are the cities abroad whose kanji names are
// also places or words in Japan (青島: Aoshima in Miyazaki; 西安 starts
// 西安芸; 高雄: Takao in Kyoto, 高雄山; 仁川: Nigawa in Takarazuka, 仁川駅;
// 台中 of 10台中3台): read as kanjiPlacesAbroad's are, and only when the
// name ends there (guardedPlaceEnds: 青島, 西安の開発拠点, 高雄市, 仁川空港,
// 台中（台湾）), not before other kanji or katakana (西安芸, 高雄山, 仁川駅,
// 青島ビル) nor after a digit (10台中3台), nor in a Japanese address
// (guardedJapaneseAddress: 宮崎市 青島2-1-1, 仁川（兵庫県）). Before, they
// were left out, and a work site in 西安市 or 青島 was work in Japan.
var kanjiGuardedPlacesAbroad = []string{"青島", "西安", "高雄", "仁川", "台中"}

// guardedPlaceEnds reports whether rest, the text after a name of
// kanjiGuardedPlacesAbroad that before (the rune before it, RuneError
// when none) does not join, ends the name as a city's: nothing, a rune
// that is neither kanji nor katakana (の, 、, （, a Latin letter), リージョン
// or データセンター, or a word for the city, its port or its court (市,
// 広域市, 空港, 国際空港, 港, 地区, 新区; 仁川地方法院, 高雄高等法院: 法院 is
// no Japanese court's word). A digit before it (10台中3台: of ten machines)
// is no city's name.
func guardedPlaceEnds(before rune, rest string) bool {
	if before >= '0' && before <= '9' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if r == utf8.RuneError || regionSuffix(rest) {
		return true
	}
	if unicode.Is(unicode.Han, r) {
		for _, w := range []string{"市", "広域市", "空港", "国際空港", "港", "地区", "新区", "地方法院", "高等法院", "中級人民法院", "法院"} {
			if strings.HasPrefix(rest, w) {
				return true
			}
		}
		return false
	}
	return !unicode.Is(unicode.Katakana, r) && r != 'ー'
}

// lastBeforeSpaces returns the last rune of head that is no space
// (RuneError when none): the rune a guarded name follows across the
// spaces of 10 台中 3 台.
func lastBeforeSpaces(head string) rune {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(head, " \t\r\n\u3000"))
	return r
}

// guardedJapaneseAddress reports whether a name of
// kanjiGuardedPlacesAbroad, between head and rest, is a place in a
// Japanese address: after spaces that follow a Japanese address's unit
// (宮崎県宮崎市 青島2-1-1, 宝塚市 仁川うぐいす台: japaneseAddressUnits)
// and not itself before a word for a city (市, 空港 …: 高雄市 台中市 is
// read), or before a bracket holding the prefecture of Japan where a
// place of the same name is (仁川（兵庫県）, 高雄（京都）, 青島（宮崎県宮崎市）:
// japaneseBracket; not 青島（東京）). Before, these were read as Qingdao,
// Incheon and Kaohsiung.
func guardedJapaneseAddress(name, head, rest string) bool {
	if trimmed := strings.TrimRight(head, " \t\r\n\u3000"); len(trimmed) < len(head) {
		unit, _ := utf8.DecodeLastRuneInString(trimmed)
		next, _ := utf8.DecodeRuneInString(rest)
		if strings.ContainsRune(japaneseAddressUnits, unit) && !unicode.Is(unicode.Han, next) {
			return true
		}
	}
	return japaneseBracket(rest, guardedJapaneseHomes[name])
}

// japaneseAddressUnits are the last kanji of a Japanese address's
// prefecture, city, ward, town, village or district (not 道, also a
// Korean province's: 京畿道 仁川, nor 省 of a Chinese one).
const japaneseAddressUnits = "都府県市区町村郡"

// japaneseBracket reports whether rest starts with a bracket that holds
// only one of prefectures, or one and a place in it: （宮崎県）, (京都),
// （兵庫県宝塚市）, not （台湾）, （宮崎本社の子会社）.
func japaneseBracket(rest string, prefectures []string) bool {
	for _, b := range [...][2]string{{"（", "）"}, {"(", ")"}} {
		in, ok := strings.CutPrefix(strings.TrimLeft(rest, " "), b[0])
		if !ok {
			continue
		}
		k := strings.Index(in, b[1])
		if k < 0 {
			return false
		}
		in = strings.TrimSpace(in[:k])
		for _, pref := range prefectures {
			if after, ok := strings.CutPrefix(in, pref); ok {
				after = strings.TrimPrefix(strings.TrimPrefix(after, "県"), "府")
				last, _ := utf8.DecodeLastRuneInString(after)
				return after == "" || strings.ContainsRune(japaneseAddressUnits, last)
			}
		}
	}
	return false
}

// guardedJapaneseHomes are the prefectures (as written before 県 or 府)
// where a place has the name of one of kanjiGuardedPlacesAbroad: 青島 of
// Miyazaki and of Fujieda (静岡), 仁川 of Takarazuka and Nishinomiya
// (兵庫), 高雄 of Kyoto and of Fusō (愛知), 西安 of no place; 台中 of none.
var guardedJapaneseHomes = map[string][]string{"青島": {"宮崎", "静岡"}, "仁川": {"兵庫"}, "高雄": {"京都", "愛知"}}

// latinPlacesAbroad are the cities, US states and regions abroad, in
// English, that cloud providers name their regions by (Europe
// (Frankfurt), US East (N. Virginia), Asia Pacific (Sydney)) and contracts
// name a court or law by.
var latinPlacesAbroad = []string{
	// Regions of the world.
	"Europe", "North America", "South America", "Latin America", "Middle East", "Africa", "Oceania", "Americas", "Nordics",
	"ASEAN", // a group of countries, all abroad (Asean, asean, ＡＳＥＡＮ: case and width ignored)
	"APeJ",  // Asia Pacific excluding Japan (APEJ)
	"ANZ",   // Australia and New Zealand
	// Cities.
	"London", "Paris", "Frankfurt", "Berlin", "Munich", "Dublin", "Amsterdam", "Stockholm", "Milan", "Madrid", "Zurich",
	"Zürich", "Geneva", "Warsaw", "Vienna", "Brussels", "Copenhagen", "Oslo", "Helsinki", "Marseille", "Turin", "Sydney", "Melbourne",
	"Auckland", "Seoul", "Busan", "Taipei", "Beijing", "Shanghai", "Shenzhen", "Ningxia", "Mumbai", "Delhi", "New Delhi",
	"Hyderabad", "Chennai", "Bangalore", "Bengaluru", "Jakarta", "Bangkok", "Kuala Lumpur", "Manila", "Hanoi",
	"Ho Chi Minh", "Dubai", "Tel Aviv", "Doha", "Cape Town", "Johannesburg", "Sao Paulo", "São Paulo", "Santiago",
	"Queretaro", "Querétaro", "Toronto", "Montreal", "Calgary", "Vancouver", "Seattle", "San Francisco", "Los Angeles",
	"San Jose", "Silicon Valley", "Las Vegas", "Salt Lake City", "Dallas", "Chicago", "Atlanta", "Boston", "Miami",
	"Ashburn", "Columbus",
	// The Latin names of the cities listed only in kanji or katakana, and
	// the cities of offshore work (data entry, transcription, software
	// development): a work site "Dalian, Liaoning" or a subcontractor
	// "XX Co., Ltd. (Dalian)" was read as work in Japan. Names that are
	// also Japanese words in romaji are left out (none of these is).
	"Dalian", "Prague", "Edinburgh", "England", "Wales", "Scotland", "Santa Clara", "Palo Alto", "Mountain View", "Menlo Park",
	"Cupertino", "Redmond", "Austin", "Houston", "Denver", "Portland", "Saipan",
	"Cebu", "Makati", "Taguig", "Pasig", "Quezon City", "Davao", "Da Nang", "Danang", "Haiphong", "Hai Phong", "Saigon",
	"Hangzhou", "Suzhou", "Guangzhou", "Shenyang", "Qingdao", "Chengdu", "Wuhan", "Nanjing", "Tianjin", "Xi'an", "Xian", "Hefei",
	"Wuxi", "Kaohsiung", "Hsinchu", "Pune", "Noida", "Gurgaon", "Gurugram", "Kolkata", "Ahmedabad", "Dhaka", "Yangon",
	"Phnom Penh", "Vientiane", "Colombo", "Ulaanbaatar", "Ulan Bator", "Penang", "Cyberjaya",
	// More cities of offshore work and data centres (not Hue, Clark,
	// Kochi, Sofia: English words, a Japanese city in romaji, a name).
	"Xiamen", "Ningbo", "Zhuhai", "Dongguan", "Changsha", "Zhengzhou", "Kunming", "Harbin", "Jinan", "Chongqing", "Fuzhou",
	"Yantai", "Weihai", "Nha Trang", "Can Tho", "Binh Duong", "Bien Hoa", "Vung Tau", "Iloilo", "Bacolod", "Baguio",
	"Ortigas", "Mandaluyong", "Pasay", "Bonifacio Global City", "Cagayan de Oro", "Karachi", "Lahore", "Islamabad",
	"Kathmandu", "Chittagong", "Coimbatore", "Mysuru", "Mysore", "Jaipur", "Indore", "Chandigarh", "Thiruvananthapuram",
	"Hamburg", "Lyon", "Manchester", "Leeds", "Glasgow", "Belfast", "Barcelona", "Lisbon", "Athens", "Budapest",
	"Bucharest", "Krakow", "Kraków", "Wroclaw", "Wrocław", "Tallinn", "Riga", "Vilnius", "Kyiv", "Kiev", "Lviv", "Istanbul",
	"Cairo", "Nairobi", "Lagos", "Casablanca",
	// And of Indonesia, Malaysia, Latin America and Belarus, which were
	// read as no place (Surabaya, Johor Bahru, Bogota).
	"Surabaya", "Bandung", "Batam", "Semarang", "Yogyakarta", "Johor", "Johor Bahru", "Bogota", "Bogotá", "Buenos Aires",
	"Guadalajara", "Monterrey", "Medellin", "Medellín", "Minsk",
	// US states.
	"Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Hawaii",
	"Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts",
	"Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
	"New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania",
	"Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington",
	"West Virginia", "Wisconsin", "Wyoming",
}

// kanaPlacesAbroad are the places abroad of latinPlacesAbroad, and the
// parts of the United Kingdom, in katakana.
var kanaPlacesAbroad = []string{
	"ヨーロッパ", "オセアニア", "アフリカ", "北アメリカ", "南アメリカ", "ラテンアメリカ", "アセアン",
	"ロンドン", "パリ", "ベルリン", "フランクフルト", "ミュンヘン", "アムステルダム", "ダブリン", "ブリュッセル", "ジュネーブ",
	"ジュネーヴ", "チューリッヒ", "ストックホルム", "ヘルシンキ", "オスロ", "コペンハーゲン", "マドリード", "ミラノ", "ウィーン",
	"ワルシャワ", "プラハ", "エディンバラ", "イングランド", "ウェールズ", "スコットランド", "シアトル", "サンフランシスコ",
	"ロサンゼルス", "サンノゼ", "サンタクララ", "パロアルト", "マウンテンビュー", "メンロパーク", "クパチーノ", "レドモンド",
	"シリコンバレー", "ボストン", "シカゴ", "ダラス", "オースティン", "アトランタ", "ニューヨーク", "ワシントン", "トロント",
	"バンクーバー", "モントリオール", "シドニー", "メルボルン", "オークランド", "ソウル", "プサン", "ペキン", "シャンハイ",
	"シンセン", "ホンコン", "タイペイ", "マニラ", "バンコク", "ハノイ", "ホーチミン", "ジャカルタ", "クアラルンプール", "デリー",
	"ニューデリー", "ムンバイ", "バンガロール", "ベンガルール", "ドバイ", "テルアビブ", "ドーハ", "ケープタウン", "ヨハネスブルグ",
	"サンパウロ", "サンティアゴ", "ハイデラバード", "チェンナイ", "カリフォルニア", "デラウェア", "テキサス", "ネバダ", "イリノイ", "マサチューセッツ",
	"フロリダ", "バージニア", "ヴァージニア", "オレゴン", "オハイオ", "アイオワ", "ニュージャージー", "コロラド", "アリゾナ",
	// The other US states (not メイン, a Japanese word; ジョージア is the
	// country's name, GE) and the cities of cloud regions and data
	// centres, which were read as no place: 東京、ハワイ was all in Japan.
	"アラバマ", "アラスカ", "アーカンソー", "ハワイ", "アイダホ", "インディアナ", "カンザス", "ケンタッキー", "ルイジアナ",
	"メリーランド", "ミシガン", "ミネソタ", "ミシシッピ", "ミズーリ", "モンタナ", "ネブラスカ", "ニューハンプシャー", "ニューメキシコ",
	"ノースカロライナ", "ノースダコタ", "オクラホマ", "ペンシルベニア", "ペンシルバニア", "ロードアイランド", "サウスカロライナ",
	"サウスダコタ", "テネシー", "ユタ", "バーモント", "ウェストバージニア", "ウエストバージニア", "ウィスコンシン", "ワイオミング",
	"コネチカット", "ラスベガス", "マイアミ", "ソルトレイクシティ", "アッシュバーン", "コロンバス", "ヒューストン", "デンバー",
	"ポートランド", "カルガリー", "ケレタロ", "マルセイユ", "トリノ", "マドリッド", "サイパン",
	// The cities of offshore work (not コロンボ: 刑事コロンボ, a TV
	// detective; Colombo is read in Latin letters).
	"ダイレン", "ダーリエン", "セブ", "マカティ", "ダバオ", "ダナン", "ハイフォン", "サイゴン", "プネー", "ノイダ", "グルガオン",
	"コルカタ", "ダッカ", "ヤンゴン", "プノンペン", "ビエンチャン", "ヴィエンチャン", "ウランバートル", "ペナン", "サイバージャヤ",
	// More of them (not カントー, Can Tho, イロイロ, Iloilo, フエ, Hue, カイロ,
	// Cairo, nor ナンキン, Nanjing: Japanese words in katakana).
	"アモイ", "ハルビン", "ハルピン", "チンタオ", "シーアン", "ニャチャン", "ビンズオン", "バコロド", "バギオ",
	"カラチ", "ラホール", "カトマンズ", "チッタゴン", "イスタンブール", "ハンブルク", "リヨン", "マンチェスター",
	"バルセロナ", "リスボン", "ブダペスト", "キーウ", "キエフ", "ナイロビ",
	"スラバヤ", "ジョホール", "ジョホールバル", "ボゴタ", "ブエノスアイレス", "グアダラハラ", "モンテレイ", "メデジン", "ミンスク",
}

// kanjiPlacesAbroad are the cities and regions abroad that a Japanese
// text may write in kanji (ateji and Chinese names: 紐育, 倫敦, 上海; 欧州,
// 北米). Those that are also part of a common Japanese word or a place
// in Japan are left out (南京, 羅馬, 河内, 天津) or guarded (仁川, 青島:
// kanjiGuardedPlacesAbroad); 大連 (Dalian,
// where offshore work is done) is read but not in 大連立, 大連休, 大連合 …
// (kanjiPlaceTrap); 中東 is read
// only at the start of a run of kanji or after a connective
// (kanjiConnectiveBefore; not at the 中 of 運用中: 運用中東京) and not as
// 中東部, 中東遠, 中東予 or 中東信 (府中東部, 県中東部, 中東遠地域: kanjiPlaceTrap).
var kanjiPlacesAbroad = []string{"紐育", "紐約", "倫敦", "巴里", "伯林", "桑港", "羅府", "華盛頓", "華府", "市俄古", "西雅図",
	"波士敦", "寿府", "維納", "洛杉磯", "旧金山", "舊金山", "台北", "上海", "北京", "深圳", "首爾", "釜山", "曼谷", "馬尼拉",
	"雅加達", "吉隆坡", "孟買", "新德里", "新徳里", "欧州", "北欧", "西欧", "東欧", "欧米", "北米", "南米", "中南米", "中東",
	"東南アジア", "米東部", "米西部", "米中部", "米南部", "米東海岸", "米西海岸", "大連",
	// Chinese cities of offshore work (青島 and 西安 are
	// kanjiGuardedPlacesAbroad's).
	"杭州", "蘇州", "広州", "瀋陽", "武漢", "成都",
	// More of them (not 常州, 南通: 常陸 and 南通り; 天津 is in Chiba).
	"厦門", "寧波", "無錫", "重慶", "長沙", "鄭州", "昆明", "済南", "珠海", "東莞", "哈爾浜", "哈爾濱", "煙台", "威海", "合肥",
	// 深圳 as Japanese texts most often write it, in kanji and katakana.
	"深セン", "深せん",
	// Chinese provinces and Korean provinces with their word (省, 道),
	// which a Chinese or Korean address starts with: the city after it
	// is in a run of kanji and was not read (遼寧省大連市, 陝西省西安市高新区,
	// 京畿道 …: work in Japan). Without 省 or 道 some are Japanese places
	// (山東, 河北, 江原), so only with it.
	"遼寧省", "吉林省", "黒竜江省", "黒龍江省", "河北省", "山西省", "山東省", "河南省", "江蘇省", "浙江省", "安徽省", "福建省",
	"江西省", "湖北省", "湖南省", "広東省", "廣東省", "海南省", "四川省", "貴州省", "雲南省", "陝西省", "甘粛省", "青海省",
	"京畿道", "江原道", "忠清北道", "忠清南道", "全羅北道", "全羅南道", "慶尚北道", "慶尚南道"}

// occurrences yields the byte index of each occurrence of sub in s, left
// to right, each search starting after the occurrence before (they do not
// overlap: "aaa" holds "aa" once). An empty sub yields nothing.
func occurrences(s, sub string) iter.Seq[int] {
	return func(yield func(int) bool) {
		if sub == "" {
			return
		}
		for from := 0; ; {
			i := strings.Index(s[from:], sub)
			if i < 0 {
				return
			}
			i += from
			from = i + len(sub)
			if !yield(i) {
				return
			}
		}
	}
}
