package riskassess

import "testing"

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
	} {
		if got, ok := PlaceAbroadNamed(tt.in); !ok || got != tt.want {
			t.Errorf("PlaceAbroadNamed(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
	for _, in := range []string{"東京", "大阪", "東日本", "Tokyo", "Osaka", "Japan East", "Asia Pacific (Tokyo)", "アジアパシフィック（大阪）",
		"アジア", "APAC", "仙台北部", "川上海岸", "府中東部", "中東部", "静岡県中東部", "関東南部", "中東遠（静岡県掛川市）", "中東遠地域データセンター", "中東予（愛媛県）",
		"中東信（長野県）", "北米沢", "ソウルフード", "パリティ", "ﾊﾟﾘﾃｨ", "ｿｳﾙﾌｰﾄﾞ", "プライマリ", "さくらインターネット石狩DC",
		"Sapporo", "Kyoto", "日本法（ウィーン売買条約の適用を除く）", "laws of Japan (excluding the Vienna Convention)", "東京（パリ条約）", ""} {
		if got, ok := PlaceAbroadNamed(in); ok {
			t.Errorf("PlaceAbroadNamed(%q) = %q, true", in, got)
		}
	}
}
