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
