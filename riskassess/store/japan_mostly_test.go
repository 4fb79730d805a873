package store

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestLoadJapanMostly: a data location under country JP whose region
// says the data is in Japan only mostly or as a rule (主に国内, 原則として
// 国内, mainly in Japan), and a work site whose address says so of the
// work (主に国内の受託者事務所), validated and counted as all in Japan: the
// rest is somewhere not said (CLD-20 すべて国内, no foreign-data factor).
// Load refuses them, naming the hedge. Not refused: a hedge said to have
// no exception (原則国内（例外なし）), a service or contract that names the
// rest abroad in another location or work site (SG, マニラ) or in the same
// address (主に国内、一部マニラ), a hedge about no word for Japan
// (原則として受託者事務所, 主に東京), 日本橋 and who something is for (主に
// 国内向け). A subcontractor's scope is read the same way
// (翻訳（原則として国内の翻訳者）).
func TestLoadJapanMostly(t *testing.T) {
	dir := writeTxtar(t, registerYAML+`-- services/box.yaml --
name: {ja: Box}
owner: {section: somu}
approval: {status: requested}
provider: {name: Box}
contract_type: negotiated
delivery: saas
data_locations:
  - {country: JP, region: 主に国内}
  - {country: JP, region: mainly in Japan}
  - {country: JP, region: 国内中心}
  - {country: JP, region: 原則国内（例外なし）}
  - {country: JP, region: 主に東京}
  - {country: JP, region: 東京都中央区日本橋}
  - {country: JP, region: 国内（原則）}
-- services/kintone.yaml --
name: {ja: kintone}
owner: {section: somu}
approval: {status: requested}
provider: {name: Cybozu}
contract_type: negotiated
delivery: saas
data_locations:
  - {country: JP, region: 主に国内}
  - {country: SG}
-- contractors/acme.yaml --
name: {ja: 株式会社アクメ}
owner: {section: somu}
approval: {status: requested}
legal_name: 株式会社アクメ
contracts:
  - id: c1
    scope: 入力
    work_sites:
      - {kind: vendor-premises, address: 主に国内の受託者事務所}
      - {kind: vendor-premises, address: 原則として受託者事務所}
  - id: c2
    scope: 入力
    work_sites:
      - {kind: vendor-premises, address: 原則として国内}
      - {kind: vendor-premises, address: マニラ}
  - id: c3
    scope: 入力
    work_sites:
      - {kind: vendor-premises, address: 主に国内、一部マニラ}
    subcontractors:
      - {name: 株式会社多摩翻訳, scope: 翻訳（原則として国内の翻訳者）}
      - {name: 株式会社多摩入力, scope: 主に国内向けの広報物の入力}
      - {name: 株式会社多摩入力, scope: 入力（主に国内、一部マニラで作業）}
`)
	_, err := Load(dir)
	want := []string{
		`bad-value contractors/acme.yaml:9:42: contracts[0].work_sites[0].address "主に国内の受託者事務所" says the work is done in Japan only mostly or as a rule ("主に国内"): where the rest is done is not said, and the work counts as done in Japan (no foreign-data factor). If part of it is done abroad, write that place too (Tokyo and Manila) or add a work site there; if all of it is done in Japan, write the address without "主に国内"`,
		`bad-value contractors/acme.yaml:21:33: contracts[2].subcontractors[0].scope "翻訳（原則として国内の翻訳者）" says the subcontracted work is done in Japan only mostly or as a rule ("原則として国内"): where the rest is done is not said, and the work counts as done in Japan (no foreign-data factor). If part of it is done abroad, write where, as in "data entry (partly in Manila)"; if all of it is done in Japan, write the scope without "原則として国内"`,
		`bad-value services/box.yaml:8:27: data_locations[0].region "主に国内" says the data is kept in Japan only mostly or as a rule ("主に国内") and country is JP: where the rest is kept is not said, and the location counts as all in Japan. If part of it is kept abroad, add a data location with that country's code; if all of it is kept in Japan, write the region without "主に国内" (Tokyo, Osaka)`,
		`bad-value services/box.yaml:9:27: data_locations[1].region "mainly in Japan" says the data is kept in Japan only mostly or as a rule ("mainly in Japan") and country is JP: where the rest is kept is not said, and the location counts as all in Japan. If part of it is kept abroad, add a data location with that country's code; if all of it is kept in Japan, write the region without "mainly in Japan" (Tokyo, Osaka)`,
		`bad-value services/box.yaml:10:27: data_locations[2].region "国内中心" says the data is kept in Japan only mostly or as a rule ("国内中心") and country is JP: where the rest is kept is not said, and the location counts as all in Japan. If part of it is kept abroad, add a data location with that country's code; if all of it is kept in Japan, write the region without "国内中心" (Tokyo, Osaka)`,
		`bad-value services/box.yaml:14:27: data_locations[6].region "国内（原則）" says the data is kept in Japan only mostly or as a rule ("国内(原則)") and country is JP: where the rest is kept is not said, and the location counts as all in Japan. If part of it is kept abroad, add a data location with that country's code; if all of it is kept in Japan, write the region without "国内(原則)" (Tokyo, Osaka)`,
	}
	if diff := cmp.Diff(want, lines(err)); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
}
