package riskassess

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestReplacement checks the spellings the issue names and some more, for
// every closed-vocabulary type the register files use.
func TestReplacement(t *testing.T) {
	for _, tt := range []struct {
		e    Enum
		in   string
		want string // "" = not recognised
	}{
		{ContractType(""), "約款", "terms"},
		{ContractType(""), "約款（利用規約）", "terms"},
		{ContractType(""), "利用規約", "terms"},
		{ContractType(""), "個別契約", "negotiated"},
		{ContractType(""), "Terms-based", "terms"},
		{ContractType(""), "Negotiated", "negotiated"},
		{AccountStatus(""), "運用中", "active"},
		{AccountStatus(""), "休止", "suspended"},
		{AccountStatus(""), "Active", "active"},
		{Platform(""), "twitter", "x"},
		{Platform(""), "Twitter", "x"},
		{Platform(""), "X（旧Twitter）", "x"},
		{Platform(""), "YouTube", "youtube"},
		{Platform(""), "ＬＩＮＥ", "line"},
		{CertType(""), "ISO27001", "isms"},
		{CertType(""), "ISO/IEC 27001", "isms"},
		{CertType(""), "ISMS", "isms"},
		{CertType(""), "プライバシーマーク", "privacy-mark"},
		{CertType(""), "Pマーク", "privacy-mark"},
		{CertType(""), "Privacy Mark", "privacy-mark"},
		{CertType(""), "ISO/IEC 27017", "iso27017"},
		{CertType(""), "SOC 2", "soc2"},
		{Delivery(""), "SaaS", "saas"},
		{Delivery(""), "ＳａａＳ", "saas"},
		{Delivery(""), "インターネットSaaS", "saas"},
		{Delivery(""), "LGWAN ASP", "lgwan-asp"},
		{Delivery(""), "On premises", "on-premises"},
		{Delivery(""), "オンプレミス", "on-premises"},
		{Delivery(""), "IaaS", "iaas-paas"},
		{ApprovalStatus(""), "承認", "approved"},
		{ApprovalStatus(""), "条件付承認", "conditional"},
		{ApprovalStatus(""), "approve", "approved"},
		{ApprovalStatus(""), "廃止", "retired"},
		{ApprovalStatus(""), "Approved", "approved"},
		{Segment(""), "LGWAN接続系", "lgwan"},
		{Segment(""), "インターネット接続系", "internet"},
		{ISMAPList(""), "ISMAP-LIU", "ismap-liu"},
		{ISMAPList(""), "ISMAP", "ismap"},
		{WorkSiteKind(""), "庁舎内", "our-premises"},
		{WorkSiteKind(""), "data center", "data-centre"},
		{Kind(""), "委託事業者", "contractor"},
		{Severity(""), "高", "high"},
		{RiskLevel(""), "重大", "critical"},
		{AnswerType(""), "Yes/No", "yesno"},
		{Attester(""), "事業者", "vendor"},
		{Attester(""), "自己点検", "council"},
		{ReviewOutcome(""), "現状維持", "still-valid"},
		{ReviewOutcome(""), "条件変更", "conditions-changed"},
		{ContractType(""), "なんとか", ""},
		{Platform(""), "mastodon", ""},
		{Delivery(""), "", ""},
	} {
		got, ok := Replacement(tt.e, tt.in)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("Replacement(%T, %q) = %q, %v; want %q", tt.e, tt.in, got, ok, tt.want)
		}
	}
}

// TestEveryEnumHasVocabulary checks, for every enum table (TestEnumTables
// checks that every type with an Allowed method has one), that Replacement
// knows the type, that each allowed value and label leads back to its
// value, and that no spelling stands for two values.
func TestEveryEnumHasVocabulary(t *testing.T) {
	for _, tab := range enumTables {
		e := tab.value("")
		v := vocabOf(e)
		if v == nil {
			t.Errorf("vocabOf(%T) = nil", e)
			continue
		}
		if len(v.ambiguous) > 0 {
			t.Errorf("%T: spellings of two values: %q", e, v.ambiguous)
		}
		for _, a := range e.Allowed() {
			if got, ok := Replacement(e, a); !ok || got != a {
				t.Errorf("Replacement(%T, %q) = %q, %v", e, a, got, ok)
			}
			ja, en := tab.labels(a)
			for _, lab := range []string{ja, en} {
				if lab == "" {
					continue
				}
				if got, ok := Replacement(e, lab); !ok || got != a {
					t.Errorf("Replacement(%T, label %q) = %q, %v; want %q", e, lab, got, ok, a)
				}
			}
		}
	}
}

func TestCountries(t *testing.T) {
	codes := CountryCodes()
	if len(codes) != 249 {
		t.Errorf("%d codes, want the 249 assigned ISO 3166-1 codes", len(codes))
	}
	if !slices.IsSorted(codes) {
		t.Error("codes not sorted")
	}
	for _, c := range codes {
		if len(c) != 2 || c[0] < 'A' || c[0] > 'Z' || c[1] < 'A' || c[1] > 'Z' || !ValidCountry(c) {
			t.Errorf("code %q", c)
		}
	}
	// Saint Martin is split between France (MF) and the Netherlands (SX):
	// the bare name stands for neither.
	if a := countries().ambiguous; !slices.Equal(a, []string{"サンマルタン  (MF, SX)"}) {
		t.Errorf("spellings of two countries: %q", a)
	}
	for _, tt := range []struct {
		in    string
		valid bool
		repl  string
	}{
		{"JP", true, "JP"}, {"US", true, "US"}, {"IE", true, "IE"}, {"AX", true, "AX"},
		{"日本", false, "JP"}, {"日本国", false, "JP"}, {"Japan", false, "JP"}, {"japan", false, "JP"},
		{"JPN", false, "JP"}, {"ＪＰ", false, "JP"}, {"jp", false, "JP"}, {"Jp", false, "JP"}, {" JP", false, "JP"},
		{"アメリカ", false, "US"}, {"米国", false, "US"}, {"USA", false, "US"}, {"U.S.A.", false, "US"},
		{"United States of America", false, "US"}, {"UK", false, "GB"}, {"イギリス", false, "GB"},
		{"韓国", false, "KR"}, {"South Korea", false, "KR"}, {"台湾", false, "TW"}, {"Ireland", false, "IE"},
		{"IRL", false, "IE"}, {"Viet Nam", false, "VN"}, {"Vietnam", false, "VN"}, {"シンガポール", false, "SG"},
		{"サンマルタン (仏領)", false, "MF"}, {"サンマルタン", false, ""},
		{"EU", false, ""}, {"XX", false, ""}, {"", false, ""}, {"東京", false, ""},
	} {
		if got := ValidCountry(tt.in); got != tt.valid {
			t.Errorf("ValidCountry(%q) = %v", tt.in, got)
		}
		got, ok := CountryReplacement(tt.in)
		if got != tt.repl || ok != (tt.repl != "") {
			t.Errorf("CountryReplacement(%q) = %q, %v; want %q", tt.in, got, ok, tt.repl)
		}
	}
}

// TestCountriesNamed: the countries named inside a text (a court, a
// governing law), not the short spellings that hide in Japanese place
// names written in Latin letters (UK in Fukuoka).
func TestCountriesNamed(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"米国カリフォルニア州北部地区連邦地方裁判所", []string{"US"}},
		{"東京地方裁判所又はシンガポールの裁判所", []string{"SG"}},
		{"日本法（国際物品売買契約に関する国際連合条約を除く）", []string{"JP"}},
		{"the laws of Japan or of the United States", []string{"JP", "US"}},
		{"ＳＩＮＧＡＰＯＲＥ High Court", []string{"SG"}},
		{"東京地方裁判所", nil},
		{"東京（リアルタイム同期・プライマリ）", nil},
		{"中国地方（広島）、中国・四国", nil},
		{"中国（北京）", []string{"CN"}},
		{"タイ（バンコク）", []string{"TH"}},
		{"Romania", []string{"RO"}},
		{"ウインドウズ", nil},
		{"日本法（中国語訳・韓国語訳は参考）", []string{"JP"}},
		{"インドネシア語・タイ語対応（東京）", nil},
		// Short and old kanji names of countries.
		{"独国法", []string{"DE"}},
		{"東京地方裁判所（仏蘭西）", []string{"FR"}},
		{"星港（バックアップ）", []string{"SG"}},
		{"豪州", []string{"AU"}},
		{"日本法（印度法人との契約を含む）", []string{"IN", "JP"}},
		{"紀伊国屋（和歌山）", nil},
		{"東京（単独国内DC）", nil},
		{"衛星国内回線", nil},
		{"在米国", []string{"US"}},
		// Georgia's Japanese name since 2015 (only グルジア was known:
		// 東京、ジョージア was all in Japan).
		{"東京、ジョージア", []string{"GE"}},
		{"ジョージア（トビリシ）", []string{"GE"}},
		{"ジョージアコーヒー", nil},
		// Half-width katakana.
		{"ｼﾝｶﾞﾎﾟｰﾙ", []string{"SG"}},
		{"東京（ｼﾝｶﾞﾎﾟｰﾙにﾊﾞｯｸｱｯﾌﾟ）", []string{"SG"}},
		{"ﾄﾞｲﾂ", []string{"DE"}},
		{"ｲﾝﾄﾞﾈｼｱ", []string{"ID"}},
		{"ﾘｱﾙﾀｲﾑ", nil},
		// A name in kanji inside the Japanese place names that hold it
		// is none; after any other kanji it counts.
		{"川越南部", nil},
		{"上越南部", nil},
		{"中越南部", nil},
		{"新潟地方裁判所高田支部（上越南部）", nil},
		{"仙台湾", nil},
		{"越南（ハノイ）", []string{"VN"}},
		{"駐英国", []string{"GB"}},
		{"東京又は米国", []string{"US"}},
		{"東京（バックアップ先米国）", []string{"US"}},
		{"新潟県下越南部", nil},
		{"堀越南", nil},
		{"東京（契約期間中国内で保管）", nil},
		{"稼働中国内リージョン", nil},
		{"明星国際", nil},
		{"育英国際センター", nil},
		{"東京（DR先中国）", []string{"CN"}},
		{"東京（DR先韓国）", []string{"KR"}},
		{"東京（災対拠点台湾）", []string{"TW"}},
		{"東京（複製先独国）", []string{"DE"}},
		{"日本法（一部条項は準拠法米国法）", []string{"JP", "US"}},
		// A katakana name before リージョン or データセンター.
		{"シンガポールリージョン", []string{"SG"}},
		{"アイルランドデータセンター", []string{"IE"}},
		{"プライマリリージョン", nil},
		{"Fukuoka District Court", nil},
		{"Fukushima District Court", nil},
		{"", nil},
	} {
		if d := cmp.Diff(tt.want, CountriesNamed(tt.in)); d != "" {
			t.Errorf("CountriesNamed(%q) (-want +got):\n%s", tt.in, d)
		}
	}
}
