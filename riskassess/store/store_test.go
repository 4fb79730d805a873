package store

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/txtar"
)

// writeTxtar writes the files of a txtar archive into a new temporary folder
// and returns it.
func writeTxtar(t testing.TB, archive string) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range txtar.Parse([]byte(archive)).Files {
		p := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// registerYAML is a valid register.yaml used by most tests.
const registerYAML = `-- register.yaml --
name: {ja: 調布市議会, en: Chofu City Council}
sections:
  - id: jimukyoku
    name: {ja: 議会事務局}
  - id: somu
    name: {ja: 総務課}
    parent: jimukyoku
positions:
  - id: kacho
    title: {ja: 課長}
people:
  - id: tanaka
    name: {ja: 田中 一郎}
    section: somu
    position: kacho
  - id: suzuki
    name: {ja: 鈴木 花子}
    section: somu
`

// lines renders errors as "code file:line:col: message", one per error.
func lines(err error) []string {
	if err == nil {
		return nil
	}
	var es Errors
	if !errors.As(err, &es) {
		return []string{"not Errors: " + err.Error()}
	}
	var out []string
	for _, e := range es {
		out = append(out, string(e.Code)+" "+e.Error())
	}
	return out
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name  string
		files string
		want  []string
	}{
		{
			name: "unknown field",
			files: registerYAML + `-- contractors/acme.yaml --
name: {ja: 株式会社アクメ}
owner: {section: somu}
approval: {status: approved}
legal_name: 株式会社アクメ
sertifications: []
colour: red
`,
			want: []string{
				`unknown-field contractors/acme.yaml:5:1: unknown field "sertifications" (did you mean "certifications"?)`,
				`unknown-field contractors/acme.yaml:6:1: unknown field "colour"`,
			},
		},
		{
			name: "wrong type",
			files: registerYAML + `-- contractors/acme.yaml --
name: 株式会社アクメ
owner: {section: somu}
approval: {status: approved}
legal_name: [株式会社アクメ]
certifications: isms
contracts:
  - id: c1
    scope: 保守
    information:
      - description: 会議録
        personal_data: maybe
answers:
  - yes
`,
			want: []string{
				`wrong-type contractors/acme.yaml:1:7: want a mapping (key: value), got a string`,
				`wrong-type contractors/acme.yaml:4:13: want a string, got a list`,
				`wrong-type contractors/acme.yaml:5:17: want a list, got a string`,
				`wrong-type contractors/acme.yaml:11:24: want true or false, got a string`,
				`wrong-type contractors/acme.yaml:13:3: want a mapping (key: value), got a list`,
			},
		},
		{
			name: "bad enum",
			files: registerYAML + `-- services/box.yaml --
name: {ja: Box}
owner: {section: somu}
approval: {status: approve}
provider: {name: Box Inc.}
contract_type: terms
delivery: cloud
segments: [internet, intranet]
`,
			want: []string{
				`bad-enum services/box.yaml:3:20: bad value "approve": write approved instead (allowed: draft, requested, approved, conditional, rejected, suspended, retired)`,
				`bad-enum services/box.yaml:6:11: bad value "cloud": want one of lgwan-asp, saas, iaas-paas, on-premises`,
				`bad-enum services/box.yaml:7:22: bad value "intranet": want one of mynumber, lgwan, internet (did you mean "internet"?)`,
			},
		},
		{
			// contracts[].renewed_by excuses the return or deletion of the
			// information when the contract ends (OUT-39), so it must name
			// another contract of the contractor that continues this one.
			name: "contract renewals",
			files: registerYAML + `-- contractors/acme.yaml --
name: {ja: 株式会社アクメ}
owner: {section: somu}
approval: {status: approved}
legal_name: 株式会社アクメ
contracts:
  - {id: r8, scope: 保守, from: 2026-04-01, to: 2027-03-31, renewed_by: r9}
  - {id: r9, scope: 保守, from: 2027-04-01, to: 2028-03-31, renewed_by: r99}
  - {id: x1, scope: 保守, from: 2026-04-01, renewed_by: r9}
  - {id: x2, scope: 保守, from: 2025-04-01, to: 2026-03-31, renewed_by: x2}
  - {id: x3, scope: 保守, from: 2025-04-01, to: 2026-01-31, renewed_by: r9}
  - {id: x4, scope: 保守, from: 2025-04-01, to: 2026-03-31, renewed_by: x5, information: [{description: 名簿, class: {confidentiality: "2"}, personal_data: false}]}
  - {id: x5, scope: 保守, from: 2026-04-01, to: 2027-03-31}
`,
			want: []string{
				`bad-value contractors/acme.yaml:7:71: contracts[1].renewed_by "r99" is not another contract of this contractor: write the id of the contract that continues this one`,
				`bad-value contractors/acme.yaml:8:55: contracts[2].renewed_by: the contract has no end date (to): a renewal continues a contract from its end`,
				`bad-value contractors/acme.yaml:9:71: contracts[3].renewed_by "x2" is not another contract of this contractor: write the id of the contract that continues this one`,
				`bad-value contractors/acme.yaml:10:71: contracts[4].renewed_by: contract "r9" starts on 2027-04-01, not by 2026-02-01, the day after this one ends: it does not continue it (record the return or deletion in data_returned_on instead)`,
				`bad-value contractors/acme.yaml:11:71: contracts[5].renewed_by: contract "x5" records no information (information:), but this one does: write in it the information the contractor keeps under it`,
			},
		},
		{
			// An empty item of a list of enum values is refused: decoded as
			// "", segments: [""] was scored as segments recorded (CLD-65
			// met) with none of them the internet segment.
			name: "empty enum in a list",
			files: registerYAML + `-- services/box.yaml --
name: {ja: Box}
owner: {section: somu}
approval: {status: approved}
provider: {name: Box Inc.}
contract_type: terms
delivery: saas
segments: [""]
-- services/drop.yaml --
name: {ja: Drop}
owner: {section: somu}
approval: {status: approved}
provider: {name: Drop Inc.}
contract_type: terms
delivery: saas
segments:
  - internet
  - ~
  -
`,
			want: []string{
				`bad-enum services/box.yaml:7:12: bad value "": want one of mynumber, lgwan, internet`,
				`bad-enum services/drop.yaml:9:5: bad value "~": want one of mynumber, lgwan, internet`,
				`bad-enum services/drop.yaml:10:4: bad value "": want one of mynumber, lgwan, internet`,
			},
		},
		{
			name: "bad date",
			files: registerYAML + `-- contractors/acme.yaml --
name: {ja: 株式会社アクメ}
owner: {section: somu}
approval: {status: approved, decided_on: 2026-02-30}
legal_name: 株式会社アクメ
review_due: 2026/4/1
last_reviewed: [2026-04-01]
`,
			want: []string{
				`bad-date contractors/acme.yaml:3:42: date "2026-02-30" does not exist: 2026-02 has no day 30 (1–28)`,
				`bad-date contractors/acme.yaml:5:13: bad date "2026/4/1": write it as 2026-04-01 (YYYY-MM-DD)`,
				`wrong-type contractors/acme.yaml:6:16: want a date (YYYY-MM-DD), got a list`,
			},
		},
		{
			name: "bad corporate number",
			files: registerYAML + `-- contractors/acme.yaml --
name: {ja: 株式会社アクメ}
owner: {section: somu}
approval: {status: approved}
legal_name: 株式会社アクメ
corporate_number: "1234567890123"
-- contractors/beta.yaml --
name: {ja: ベータ株式会社}
owner: {section: somu}
approval: {status: approved}
legal_name: ベータ株式会社
corporate_number: 12345
`,
			want: []string{
				`bad-corporate-number contractors/acme.yaml:5:19: bad corporate number (法人番号) "1234567890123": 法人番号のチェックデジットが一致しません / the check digit of the corporate number does not match`,
				`bad-corporate-number contractors/beta.yaml:5:19: bad corporate number (法人番号) "12345": 法人番号は13桁の数字です / a corporate number is 13 digits`,
			},
		},
		{
			name: "missing fields",
			files: registerYAML + `-- contractors/acme.yaml --
owner:
  person: tanaka
approval:
  approver: kacho
-- services/box.yaml --
name: {ja: Box}
owner: {section: somu}
approval: {status: approved}
provider: {}
-- social/x-gikai.yaml --
name: {ja: 議会公式X}
owner: {section: somu}
approval: {status: approved}
responsible: {person: tanaka}
`,
			want: []string{
				`missing-field contractors/acme.yaml:1:1: missing required field "legal_name"`,
				`missing-field contractors/acme.yaml:1:1: missing required field "name.ja"`,
				`missing-field contractors/acme.yaml:1:1: missing required field "owner.section"`,
				`missing-field contractors/acme.yaml:3:1: missing required field "approval.status"`,
				`missing-field services/box.yaml:1:1: missing required field "contract_type"`,
				`missing-field services/box.yaml:1:1: missing required field "delivery"`,
				`missing-field services/box.yaml:4:11: missing required field "provider.contractor" or "provider.name"`,
				`missing-field social/x-gikai.yaml:1:1: missing required field "handle"`,
				`missing-field social/x-gikai.yaml:1:1: missing required field "platform"`,
				`missing-field social/x-gikai.yaml:1:1: missing required field "status"`,
				`missing-field social/x-gikai.yaml:1:1: missing required field "url"`,
				`missing-field social/x-gikai.yaml:4:1: missing required field "responsible.section"`,
			},
		},
		{
			// A required field present but empty decodes without error;
			// it must be refused like an absent one, not scored (an empty
			// country as abroad, an empty contract_type as negotiated, an
			// empty platform as a low-risk account).
			name: "required fields present but empty",
			files: registerYAML + `-- contractors/acme.yaml --
name: {ja: 株式会社アクメ}
owner: {section: somu}
approval: {status: ""}
legal_name: "　"
-- services/box.yaml --
name: {ja: Box}
owner: {section: somu}
approval: {status: approved}
provider: {name: Box}
contract_type: ""
delivery: ~
data_locations:
  - {country: "", region: 東京}
  - {country: null}
  - {country: JP}
-- social/x-gikai.yaml --
name: {ja: 議会公式X}
owner: {section: ""}
approval: {status: approved}
platform: ""
handle: ""
url: ~
status: null
responsible: {section: ""}
`,
			want: []string{
				`missing-field contractors/acme.yaml:3:20: missing required field "approval.status"`,
				`missing-field contractors/acme.yaml:4:13: missing required field "legal_name"`,
				`missing-field services/box.yaml:5:16: missing required field "contract_type"`,
				`missing-field services/box.yaml:6:11: missing required field "delivery"`,
				`missing-field services/box.yaml:8:15: missing required field "data_locations[0].country"`,
				`missing-field services/box.yaml:9:15: missing required field "data_locations[1].country"`,
				`missing-field social/x-gikai.yaml:2:18: missing required field "owner.section"`,
				`missing-field social/x-gikai.yaml:4:11: missing required field "platform"`,
				`missing-field social/x-gikai.yaml:5:9: missing required field "handle"`,
				`missing-field social/x-gikai.yaml:6:6: missing required field "url"`,
				`missing-field social/x-gikai.yaml:7:9: missing required field "status"`,
				`missing-field social/x-gikai.yaml:8:24: missing required field "responsible.section"`,
			},
		},
		{
			// A name of invisible characters only would be an invisible
			// link on the site: as empty as one of spaces.
			name: "required names of invisible characters only",
			files: registerYAML + `-- contractors/acme.yaml --
name: {ja: "\u200b\u2060\u00ad"}
owner: {section: somu}
approval: {status: approved}
legal_name: "\ufeff\u3000"
-- services/box.yaml --
name: {ja: "\u3164 \u200d"}
owner: {section: somu}
approval: {status: approved}
provider: {name: Box}
contract_type: negotiated
delivery: saas
-- social/x-gikai.yaml --
name: {ja: "議会公式\u200bX"}
owner: {section: somu}
approval: {status: approved}
platform: x
handle: gikai
url: https://x.com/gikai
status: active
responsible: {section: somu}
`,
			want: []string{
				`missing-field contractors/acme.yaml:1:12: missing required field "name.ja"`,
				`missing-field contractors/acme.yaml:4:13: missing required field "legal_name"`,
				`missing-field services/box.yaml:1:12: missing required field "name.ja"`,
			},
		},
		{
			// Scoring reads only the country: a region abroad under JP
			// would be counted as in Japan (CLD-20 met).
			name: "a region abroad under country JP",
			files: registerYAML + `-- services/box.yaml --
name: {ja: Box}
owner: {section: somu}
approval: {status: approved}
provider: {name: Box}
contract_type: negotiated
delivery: saas
data_locations:
  - {country: JP, region: 東日本}
  - {country: JP, region: ap-northeast-1}
  - {country: JP, region: シンガポール（バックアップ）}
  - {country: JP, region: ap-northeast-2}
  - {country: JP, region: us-east-1}
  - {country: SG, region: シンガポール}
  - {country: JP, region: ap-northeast-2 (Seoul)}
  - {country: JP, region: アジアパシフィック (ソウル) ap-northeast-2}
  - {country: JP, region: ap-northeast-1 (東京)}
  - {country: JP, region: koreacentral}
  - {country: JP, region: cn-north-1}
  - {country: JP, region: japaneast}
  - {country: JP, region: East US}
  - {country: JP, region: Southeast Asia}
  - {country: JP, region: Japan East}
  - {country: JP, region: 国内（バックアップは海外）}
  - {country: JP, region: 東京（DRサイトは国外）}
  - {country: JP, region: 国内及び海外}
  - {country: JP, region: 東京・大阪（バックアップ：海外）}
  - {country: JP, region: Tokyo and US}
  - {country: JP, region: Japan (overseas backup)}
  - {country: JP, region: 国内（海外への移転なし）}
  - {country: JP, region: Japan (Tokyo region)}
  - {country: JP, region: AWS 東京リージョン}
  - {country: JP, region: 日本国内}
  - {country: JP, region: Japan (no overseas transfer)}
  - {country: JP, region: 東日本・西日本}
  - {country: JP, region: 星港（バックアップ）}
  - {country: JP, region: 東京・独国}
  - {country: JP, region: "Europe (Frankfurt)"}
  - {country: JP, region: "Asia Pacific (Seoul)"}
  - {country: JP, region: "ロンドン"}
  - {country: JP, region: "紐育"}
  - {country: JP, region: "北米リージョン"}
  - {country: JP, region: "シンガポールリージョン"}
  - {country: JP, region: "US East (N. Virginia)"}
  - {country: JP, region: Tokyo (EEA backup)}
  - {country: JP, region: 東京（EMEA DR）}
  - {country: JP, region: 東京（バックアップ先欧州）}
`,
			want: []string{
				`bad-value services/box.yaml:10:27: data_locations[2].region "シンガポール（バックアップ）" is abroad (SG) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:11:27: data_locations[3].region "ap-northeast-2" is abroad (a cloud region outside Japan) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:12:27: data_locations[4].region "us-east-1" is abroad (a cloud region outside Japan) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:14:27: data_locations[6].region "ap-northeast-2 (Seoul)" is abroad (a cloud region outside Japan) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:15:27: data_locations[7].region "アジアパシフィック (ソウル) ap-northeast-2" is abroad (a cloud region outside Japan) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:17:27: data_locations[9].region "koreacentral" is abroad (a cloud region outside Japan) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:18:27: data_locations[10].region "cn-north-1" is abroad (a cloud region outside Japan) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:20:27: data_locations[12].region "East US" is abroad (a cloud region outside Japan) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:21:27: data_locations[13].region "Southeast Asia" is abroad (a cloud region outside Japan) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:23:27: data_locations[15].region "国内（バックアップは海外）" is abroad (a word for abroad) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:24:27: data_locations[16].region "東京（DRサイトは国外）" is abroad (a word for abroad) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:25:27: data_locations[17].region "国内及び海外" is abroad (a word for abroad) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:26:27: data_locations[18].region "東京・大阪（バックアップ：海外）" is abroad (a word for abroad) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:27:27: data_locations[19].region "Tokyo and US" is abroad (a word for abroad) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:28:27: data_locations[20].region "Japan (overseas backup)" is abroad (a word for abroad) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:35:27: data_locations[27].region "星港（バックアップ）" is abroad (SG) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:36:27: data_locations[28].region "東京・独国" is abroad (DE) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:37:27: data_locations[29].region "Europe (Frankfurt)" is abroad (Europe) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:38:27: data_locations[30].region "Asia Pacific (Seoul)" is abroad (Seoul) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:39:27: data_locations[31].region "ロンドン" is abroad (ロンドン) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:40:27: data_locations[32].region "紐育" is abroad (紐育) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:41:27: data_locations[33].region "北米リージョン" is abroad (北米) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:42:27: data_locations[34].region "シンガポールリージョン" is abroad (SG) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:43:27: data_locations[35].region "US East (N. Virginia)" is abroad (Virginia) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:44:27: data_locations[36].region "Tokyo (EEA backup)" is abroad (a word for abroad) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:45:27: data_locations[37].region "東京（EMEA DR）" is abroad (a word for abroad) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:46:27: data_locations[38].region "東京（バックアップ先欧州）" is abroad (欧州) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
			},
		},
		{
			// A denial after a colon (海外移転：なし), a denial of a code in
			// capitals (EUへの移転なし), 不使用/無/使わない and words about the
			// operator (外国法人が運営) were refused as a place abroad. A
			// denial of something else (海外DR：無制限, 無停止で海外に…,
			// 海外バックアップ：暗号化なし) and a data centre run abroad
			// still say the data is abroad. In English, a denial counts
			// only when it denies the place abroad (no overseas transfer,
			// not stored abroad, overseas transfer prohibited): one of
			// another word (overseas backup without encryption, no SLA,
			// not redundant) was read as denying abroad and validated. A
			// named place abroad is denied the same way (シンガポールへの移転
			// なし, no transfer to Europe: they were refused), but not by a
			// denial of another word (シンガポールDR 暗号化なし). Asia
			// Pacific (APAC) holds Japan and does not say the data stays
			// there: refused, asking for the country (regionAsia).
			name: "a region under country JP that denies abroad or names the operator",
			files: registerYAML + `-- services/box.yaml --
name: {ja: Box}
owner: {section: somu}
approval: {status: approved}
provider: {name: Box}
contract_type: negotiated
delivery: saas
data_locations:
  - {country: JP, region: 大阪（海外移転：なし）}
  - {country: JP, region: 国内（海外保管：無）}
  - {country: JP, region: 東京（海外保管：無し）}
  - {country: JP, region: 東京（海外：なし）}
  - {country: JP, region: 東京（国外保存：しない）}
  - {country: JP, region: 東京（海外へのバックアップ：無）}
  - {country: JP, region: 東京（EUへの移転なし）}
  - {country: JP, region: 東京（US-East は使わない）}
  - {country: JP, region: 国内（海外リージョン不使用）}
  - {country: JP, region: 国内（外国法人が運営）}
  - {country: JP, region: 東京（海外企業の日本法人）}
  - {country: JP, region: 東京（事業者は外国企業）}
  - {country: JP, region: 東京（US本社のクラウド、東京リージョン）}
  - {country: JP, region: 国内}
  - {country: JP, region: 東日本・西日本リージョン}
  - {country: JP, region: 国内（災害対策用に大阪）}
  - {country: JP, region: Japan East}
  - {country: JP, region: ap-northeast-1}
  - {country: JP, region: 東京（海外への移転は一切ありません）}
  - {country: JP, region: 国内（バックアップは海外）}
  - {country: JP, region: 国内（一部シンガポール）}
  - {country: JP, region: 東京（バックアップ：US）}
  - {country: JP, region: 国内（バックアップは海外本社）}
  - {country: JP, region: 東京（無停止で海外にレプリケーション）}
  - {country: JP, region: 東京（海外DR：無制限）}
  - {country: JP, region: 東京（海外DC：無期限保管）}
  - {country: JP, region: 東京（海外バックアップ：暗号化なし）}
  - {country: JP, region: 東京（海外保管：期限なし）}
  - {country: JP, region: 国内（海外事業者運営の海外DC）}
  - {country: JP, region: 東京（DR：海外 追加費用なし）}
  - {country: JP, region: 国内（東京・大阪）}
  - {country: JP, region: "東京（DR: 大阪）"}
  - {country: JP, region: 国内（バックアップ：大阪）}
  - {country: JP, region: 東京（海外：無し）}
  - {country: JP, region: 国内（海外拠点なし）}
  - {country: JP, region: Japan (no data is stored abroad)}
  - {country: JP, region: "Japan (not stored abroad)"}
  - {country: JP, region: "Japan (without any overseas copy)"}
  - {country: JP, region: "Tokyo (overseas transfer prohibited)"}
  - {country: JP, region: "Tokyo (no transfer to the US)"}
  - {country: JP, region: "Tokyo (data not stored outside Japan)"}
  - {country: JP, region: "Tokyo (backup: no overseas copy)"}
  - {country: JP, region: "Tokyo (overseas regions not used)"}
  - {country: JP, region: "Tokyo (overseas DR, no SLA)"}
  - {country: JP, region: "Tokyo (overseas backup without encryption)"}
  - {country: JP, region: "Tokyo (overseas DR no SLA)"}
  - {country: JP, region: "Tokyo (overseas replica not redundant)"}
  - {country: JP, region: "Tokyo (no downtime overseas replication)"}
  - {country: JP, region: "Tokyo (no encryption for overseas backup)"}
  - {country: JP, region: "Tokyo (US backup not encrypted)"}
  - {country: JP, region: "Tokyo (no overseas transfer but backups overseas)"}
  - {country: JP, region: Asia Pacific (Tokyo)}
  - {country: JP, region: アジアパシフィック（大阪）}
  - {country: JP, region: 仙台北部}
  - {country: JP, region: 府中東部}
  - {country: JP, region: "東京（シンガポールへの移転なし）"}
  - {country: JP, region: "東京（欧州リージョン不使用）"}
  - {country: JP, region: "Tokyo (no transfer to Europe)"}
  - {country: JP, region: "Tokyo (no data stored in Singapore)"}
  - {country: JP, region: "東京（ソウルへのバックアップは行わない）"}
  - {country: JP, region: "東京（シンガポール移転：なし）"}
  - {country: JP, region: "Tokyo (Singapore not used)"}
  - {country: JP, region: "東京（シンガポールDR 暗号化なし）"}
  - {country: JP, region: "Tokyo (Frankfurt backup without encryption)"}
  - {country: JP, region: "Tokyo (Europe DR no SLA)"}
  - {country: JP, region: "東京（シンガポールDR：暗号化なし）"}
  - {country: JP, region: Tokyo (no EEA transfer)}
  - {country: JP, region: Asia Pacific (APAC)}
`,
			want: []string{
				`bad-value services/box.yaml:27:27: data_locations[19].region "国内（バックアップは海外）" is abroad (a word for abroad) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:28:27: data_locations[20].region "国内（一部シンガポール）" is abroad (SG) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:29:27: data_locations[21].region "東京（バックアップ：US）" is abroad (a word for abroad) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:30:27: data_locations[22].region "国内（バックアップは海外本社）" is abroad (a word for abroad) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:31:27: data_locations[23].region "東京（無停止で海外にレプリケーション）" is abroad (a word for abroad) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:32:27: data_locations[24].region "東京（海外DR：無制限）" is abroad (a word for abroad) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:33:27: data_locations[25].region "東京（海外DC：無期限保管）" is abroad (a word for abroad) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:34:27: data_locations[26].region "東京（海外バックアップ：暗号化なし）" is abroad (a word for abroad) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:35:27: data_locations[27].region "東京（海外保管：期限なし）" is abroad (a word for abroad) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:36:27: data_locations[28].region "国内（海外事業者運営の海外DC）" is abroad (a word for abroad) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:37:27: data_locations[29].region "東京（DR：海外 追加費用なし）" is abroad (a word for abroad) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:51:27: data_locations[43].region "Tokyo (overseas DR, no SLA)" is abroad (a word for abroad) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:52:27: data_locations[44].region "Tokyo (overseas backup without encryption)" is abroad (a word for abroad) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:53:27: data_locations[45].region "Tokyo (overseas DR no SLA)" is abroad (a word for abroad) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:54:27: data_locations[46].region "Tokyo (overseas replica not redundant)" is abroad (a word for abroad) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:55:27: data_locations[47].region "Tokyo (no downtime overseas replication)" is abroad (a word for abroad) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:56:27: data_locations[48].region "Tokyo (no encryption for overseas backup)" is abroad (a word for abroad) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:57:27: data_locations[49].region "Tokyo (US backup not encrypted)" is abroad (a word for abroad) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:58:27: data_locations[50].region "Tokyo (no overseas transfer but backups overseas)" is abroad (a word for abroad) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:70:27: data_locations[62].region "東京（シンガポールDR 暗号化なし）" is abroad (SG) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:71:27: data_locations[63].region "Tokyo (Frankfurt backup without encryption)" is abroad (Frankfurt) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:72:27: data_locations[64].region "Tokyo (Europe DR no SLA)" is abroad (Europe) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:73:27: data_locations[65].region "東京（シンガポールDR：暗号化なし）" is abroad (SG) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region`,
				`bad-value services/box.yaml:75:27: data_locations[67].region "Asia Pacific (APAC)" names Asia Pacific, which includes Japan, and country is JP: it does not say whether the data is kept in Japan. If it is kept abroad, write that country's code in country (a location for each country); if it is kept in Japan, write the region as the place in Japan (Tokyo, Osaka) or as the cloud names its region in Japan (Asia Pacific (Tokyo))`,
			},
		},
		{
			name: "duplicate ids and keys",
			files: `-- register.yaml --
name: {ja: 調布市議会}
sections:
  - {id: somu, name: {ja: 総務課}}
  - {id: somu, name: {ja: 庶務係}}
positions:
  - {id: kacho, title: {ja: 課長}}
  - {id: kacho, title: {ja: 課長補佐}}
people:
  - {id: tanaka, name: {ja: 田中}, section: somu}
  - {id: tanaka, name: {ja: 田中}, section: somu}
policy:
  title: {ja: ポリシー}
  clauses:
    - {id: "6(8)", title: {ja: 業務委託}}
    - {id: "6(8)", title: {ja: 外部サービス}}
-- contractors/acme.yaml --
name: {ja: 株式会社アクメ}
owner: {section: somu}
approval: {status: approved}
legal_name: 株式会社アクメ
legal_name: アクメ
contracts:
  - {id: r8-001, scope: 保守}
  - {id: r8-001, scope: 運用}
`,
			want: []string{
				`duplicate-key contractors/acme.yaml:5:1: duplicate key "legal_name" (first at line 4): keep only one`,
				`duplicate-id contractors/acme.yaml:8:10: duplicate contract id "r8-001" (first at line 7): give each a distinct id`,
				`duplicate-id register.yaml:4:10: duplicate section id "somu" (first at line 3): give each a distinct id`,
				`duplicate-id register.yaml:7:10: duplicate position id "kacho" (first at line 6): give each a distinct id`,
				`duplicate-id register.yaml:10:10: duplicate person id "tanaka" (first at line 9): give each a distinct id`,
				`duplicate-id register.yaml:15:12: duplicate clause id "6(8)" (first at line 14): give each a distinct id`,
			},
		},
		{
			name: "dangling references",
			files: `-- register.yaml --
name: {ja: 調布市議会}
sections:
  - {id: somu, name: {ja: 総務課}, parent: jimu}
positions:
  - {id: kacho, title: {ja: 課長}}
people:
  - {id: tanaka, name: {ja: 田中}, section: soumu, position: bucho}
approval_chain:
  - {role: {ja: 課長}, position: kachou}
-- contractors/acme.yaml --
name: {ja: 株式会社アクメ}
owner: {section: soumu, person: tanaka, position: kacho}
approval: {status: approved, approver: bucho}
legal_name: 株式会社アクメ
contracts:
  - id: r8-001
    scope: 保守
    subcontractors:
      - {contractor: beta, scope: 入力}
      - {name: 個人事業主, scope: 校正}
-- services/box.yaml --
name: {ja: Box}
owner: {section: somu}
approval: {status: approved}
provider: {contractor: box-japan}
contract_type: terms
delivery: saas
manager: sato
-- social/x-gikai.yaml --
name: {ja: 議会公式X}
owner: {section: somu}
approval: {status: approved}
platform: x
handle: gikai
url: https://x.com/gikai
status: active
responsible: {section: somu, person: tanaka}
operators: [tanaka, tanka]
credential_custodian: yamada
`,
			want: []string{
				`dangling-ref contractors/acme.yaml:2:18: unknown section "soumu" in owner.section: register.yaml has no such section under sections: (did you mean "somu"?)`,
				`dangling-ref contractors/acme.yaml:3:40: unknown position "bucho" in approval.approver: register.yaml has no such position under positions:`,
				`dangling-ref contractors/acme.yaml:9:22: unknown contractor "beta" in contracts[0].subcontractors[0].contractor: there is no contractors/beta.yaml`,
				`dangling-ref register.yaml:3:41: unknown section "jimu" in sections[0].parent: register.yaml has no such section under sections:`,
				`dangling-ref register.yaml:7:43: unknown section "soumu" in people[0].section: register.yaml has no such section under sections: (did you mean "somu"?)`,
				`dangling-ref register.yaml:7:60: unknown position "bucho" in people[0].position: register.yaml has no such position under positions:`,
				`dangling-ref register.yaml:9:32: unknown position "kachou" in approval_chain[0].position: register.yaml has no such position under positions: (did you mean "kacho"?)`,
				`dangling-ref services/box.yaml:4:24: unknown contractor "box-japan" in provider.contractor: there is no contractors/box-japan.yaml`,
				`dangling-ref services/box.yaml:7:10: unknown person "sato" in manager: register.yaml has no such person under people:`,
				`dangling-ref social/x-gikai.yaml:9:21: unknown person "tanka" in operators[1]: register.yaml has no such person under people: (did you mean "tanaka"?)`,
				`dangling-ref social/x-gikai.yaml:10:23: unknown person "yamada" in credential_custodian: register.yaml has no such person under people:`,
			},
		},
		{
			// An earlier posting recorded without the day the current
			// one starts: the current post (from omitted) covered the
			// earlier one's days, and a sign-off as 係長 made then was
			// read as by the 課長 she became later.
			name: "previous posting overlapping the current one",
			files: `-- register.yaml --
name: {ja: 調布市議会}
sections:
  - {id: somu, name: {ja: 総務課}}
  - {id: koho, name: {ja: 広報係}}
positions:
  - {id: kacho, title: {ja: 課長}}
  - {id: kakaricho, title: {ja: 係長}}
people:
  - {id: sakamoto, name: {ja: 坂本}, section: somu, position: kacho, previous: [{section: koho, position: kakaricho, until: 2026-12-31}]}
  - {id: kato, name: {ja: 加藤}, section: somu, position: kacho, from: 2026-12-01, previous: [{section: koho, position: kakaricho, until: 2026-12-31}]}
  - {id: ueda, name: {ja: 上田}, section: somu, position: kacho, from: 2027-01-01, previous: [{section: koho, position: kakaricho}]}
  - {id: mori, name: {ja: 森}, section: somu, position: kacho, from: 2027-01-01, previous: [{section: koho, position: kakaricho, until: 2026-12-31}]}
`,
			want: []string{
				`bad-value register.yaml:9:79: people[0].previous[0] (until 2026-12-31) does not end before the current post starts (people[0].from blank): write the last day of the earlier post in its until, and the first day of the current post, after it, in from`,
				`bad-value register.yaml:10:93: people[1].previous[0] (until 2026-12-31) does not end before the current post starts (people[1].from 2026-12-01): write the last day of the earlier post in its until, and the first day of the current post, after it, in from`,
				`bad-value register.yaml:11:93: people[2].previous[0] (until blank) does not end before the current post starts (people[2].from 2027-01-01): write the last day of the earlier post in its until, and the first day of the current post, after it, in from`,
			},
		},
		{
			name: "classification levels",
			files: registerYAML + `-- services/box.yaml --
name: {ja: Box}
owner: {section: somu}
approval: {status: approved}
provider: {name: Box Inc.}
contract_type: terms
delivery: saas
class: {confidentiality: 4, integrity: 2, availability: 3}
-- services/kintone.yaml --
name: {ja: kintone}
owner: {section: somu}
approval: {status: approved}
provider: {name: サイボウズ株式会社}
contract_type: terms
delivery: saas
class: {confidentiality: "3", integrity: "1"}
`,
			want: []string{
				`bad-classification services/box.yaml:7:26: confidentiality level "4" is not in the classification scheme: want one of 3A, 3B, 3C, 2, 1`,
				`bad-classification services/box.yaml:7:57: availability level "3" is not in the classification scheme: want one of 2, 1`,
			},
		},
		{
			name: "syntax, documents, empty",
			files: registerYAML + `-- contractors/acme.yaml --
name: {ja: 株式会社アクメ
owner: {section: somu}
-- contractors/beta.yaml --
name: {ja: ベータ}
---
name: {ja: ガンマ}
-- contractors/empty.yaml --
-- contractors/comments.yaml --
# 未記入
-- contractors/list.yaml --
- a
- b
-- contractors/markers.yaml --
---
` + acmeYAML + `---
-- contractors/windows.yaml --
` + "\ufeff" + strings.ReplaceAll(acmeYAML, "\n", "\r\n") + `
`,
			want: []string{
				`syntax contractors/acme.yaml:1:7: YAML syntax error: did not find expected ',' or '}': close the { that opens here with } (quote the value if the bracket is part of the text)`,
				`multiple-documents contractors/beta.yaml:3:1: a second YAML document (after ---): keep one entry per file`,
				`empty-file contractors/comments.yaml: file is empty: fill in the entry or delete the file`,
				`empty-file contractors/empty.yaml: file is empty: fill in the entry or delete the file`,
				`wrong-type contractors/list.yaml:1:1: want a mapping (key: value), got a list`,
			},
		},
		{
			name: "file names",
			files: registerYAML + `-- contractors/Acme.yaml --
name: {ja: x}
-- contractors/a b.yaml --
name: {ja: x}
-- services/box.yml --
name: {ja: x}
-- services/ms365.YAML --
name: {ja: x}
-- services/.#box.yaml --
editor lock file: ignored
-- services/.box.yaml.tmp-123 --
ignored
-- services/README.md --
not read
-- services/notes.txt --
not read
-- other/ignored.yaml --
not: read
`,
			want: []string{
				`bad-file-name contractors/Acme.yaml: file name "Acme.yaml" is not a valid id: use lower-case letters a-z, digits and single hyphens (at most 64), e.g. rename to acme.yaml`,
				`bad-file-name contractors/a b.yaml: file name "a b.yaml" is not a valid id: use lower-case letters a-z, digits and single hyphens (at most 64), e.g. rename to a-b.yaml`,
				`bad-file-name services/box.yml: the extension .yml is not read: rename to box.yaml`,
				`bad-file-name services/ms365.YAML: the extension .YAML is not read: rename to ms365.yaml`,
			},
		},
		{
			// Deleting an empty register.yaml, as an empty entry file may be,
			// leaves no register.
			name: "empty register.yaml",
			files: `-- register.yaml --
# 調布市議会
-- contractors/acme.yaml --
` + acmeYAML,
			want: []string{
				`empty-file register.yaml: register.yaml is empty: write the organisation's name, sections and people (riskregister init DIR writes a commented example)`,
			},
		},
		{
			name: "register.yaml is not a mapping",
			files: `-- register.yaml --
- 調布市議会
-- contractors/acme.yaml --
` + acmeYAML,
			want: []string{
				`wrong-type register.yaml:1:1: want a mapping (key: value), got a list`,
			},
		},
		{
			name: "missing register.yaml",
			files: `-- contractors/acme.yaml --
name: {ja: 株式会社アクメ}
owner: {section: somu}
approval: {status: approved}
legal_name: 株式会社アクメ
`,
			want: []string{
				`missing-register register.yaml: register.yaml not found: this folder is not a register (create register.yaml with the organisation's sections and people)`,
			},
		},
		{
			name: "alias bomb",
			files: registerYAML + "-- contractors/bomb.yaml --\n" +
				"name: {ja: x}\nowner: {section: somu}\napproval: {status: approved}\nlegal_name: x\n" +
				"contracts: [&c {id: a, scope: s, clauses: [&k {requirement: OUT-10}" + strings.Repeat(", *k", 999) + "]}" +
				strings.Repeat(", *c", 999) + "]\n",
			want: []string{
				`too-complex contractors/bomb.yaml:5:5396: YAML anchors and aliases expand too far (more than 1000000 values or 64 levels deep): write the values out instead of using *aliases`,
			},
		},
		{
			name: "merge key that merges itself",
			files: registerYAML + `-- contractors/loop.yaml --
name: {ja: x}
owner: &o {section: somu, <<: *o}
approval: {status: approved}
legal_name: x
`,
			want: []string{
				`too-complex contractors/loop.yaml:2:31: YAML anchors and aliases expand too far (more than 1000000 values or 64 levels deep): write the values out instead of using *aliases`,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeTxtar(t, tt.files)
			reg, err := Load(dir)
			if reg == nil {
				t.Fatalf("Load returned a nil register with %v", err)
			}
			if diff := cmp.Diff(tt.want, lines(err)); diff != "" {
				t.Errorf("errors (-want +got):\n%s", diff)
			}
		})
	}
}

const acmeYAML = `name: {ja: 株式会社アクメ}
owner: {section: somu}
approval: {status: approved}
legal_name: 株式会社アクメ
`

func TestLoadBadFiles(t *testing.T) {
	outside := filepath.Join(t.TempDir(), "outside.yaml")
	if err := os.WriteFile(outside, []byte(acmeYAML), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		setup func(t *testing.T, dir string)
		want  []string
	}{
		{
			name: "50 MB file",
			setup: func(t *testing.T, dir string) {
				f, err := os.Create(filepath.Join(dir, "contractors", "huge.yaml"))
				if err != nil {
					t.Fatal(err)
				}
				defer f.Close()
				if err := f.Truncate(50 << 20); err != nil { // sparse
					t.Fatal(err)
				}
			},
			want: []string{"file-too-large contractors/huge.yaml: file is 50.0 MiB, larger than the limit of 5 MiB: keep attachments outside the register and link them under evidence"},
		},
		{
			name: "just over the limit",
			setup: func(t *testing.T, dir string) {
				data := []byte(acmeYAML + "notes: |\n" + strings.Repeat("  あいうえお\n", MaxFileSize/18))
				if len(data) <= MaxFileSize {
					t.Fatalf("test file is only %d bytes", len(data))
				}
				write(t, dir, "contractors/big.yaml", data)
			},
			want: []string{"file-too-large contractors/big.yaml: file is 5.0 MiB, larger than the limit of 5 MiB: keep attachments outside the register and link them under evidence"},
		},
		{
			name: "NUL byte",
			setup: func(t *testing.T, dir string) {
				write(t, dir, "contractors/acme.yaml", []byte(acmeYAML+"notes: ab\x00cd\n"))
			},
			want: []string{"not-text contractors/acme.yaml:5:10: file contains a NUL byte: not a text file (save it as UTF-8 text)"},
		},
		{
			name: "Shift_JIS",
			setup: func(t *testing.T, dir string) {
				// "name: {ja: 議会}" with 議会 in Shift_JIS.
				write(t, dir, "contractors/acme.yaml", []byte("legal_name: x\nname: {ja: \x8b\x63\x89\xef}\n"))
			},
			want: []string{"not-text contractors/acme.yaml:2:12: file is not UTF-8 text (Shift_JIS?): save it as UTF-8"},
		},
		{
			name: "symbolic link out of the folder",
			setup: func(t *testing.T, dir string) {
				symlink(t, outside, filepath.Join(dir, "contractors", "acme.yaml"))
			},
			want: []string{"symlink-outside contractors/acme.yaml: symbolic link to " + outside + ", outside the register folder: copy the file into the register instead"},
		},
		{
			name: "relative symbolic link climbing out",
			setup: func(t *testing.T, dir string) {
				rel, err := filepath.Rel(filepath.Join(dir, "contractors"), outside)
				if err != nil {
					t.Fatal(err)
				}
				symlink(t, rel, filepath.Join(dir, "contractors", "acme.yaml"))
			},
			want: []string{"symlink-outside contractors/acme.yaml: symbolic link to " + outside + ", outside the register folder: copy the file into the register instead"},
		},
		{
			name: "symbolic link inside the folder is read",
			setup: func(t *testing.T, dir string) {
				write(t, dir, "shared/acme.yaml", []byte(acmeYAML))
				symlink(t, "../shared/acme.yaml", filepath.Join(dir, "contractors", "acme.yaml"))
			},
		},
		{
			name: "kind folder linked out of the register",
			setup: func(t *testing.T, dir string) {
				os.Remove(filepath.Join(dir, "services"))
				symlink(t, filepath.Dir(outside), filepath.Join(dir, "services"))
			},
			want: []string{"symlink-outside services: folder is a symbolic link to " + filepath.Dir(outside) + ", outside the register folder: move the files into the register instead"},
		},
		{
			name: "broken symbolic link",
			setup: func(t *testing.T, dir string) {
				symlink(t, "nowhere.yaml", filepath.Join(dir, "contractors", "acme.yaml"))
			},
			want: []string{"io contractors/acme.yaml: broken symbolic link: lstat " + "CONTRACTORS/nowhere.yaml: no such file or directory"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeTxtar(t, registerYAML)
			for _, k := range riskassess.Kinds() {
				os.MkdirAll(filepath.Join(dir, k.Dir()), 0o755)
			}
			tt.setup(t, dir)
			reg, err := Load(dir)
			got := lines(err)
			for i := range got {
				got[i] = strings.ReplaceAll(got[i], filepath.Join(realpath(t, dir), "contractors"), "CONTRACTORS")
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("errors (-want +got):\n%s", diff)
			}
			if tt.want == nil && (reg == nil || len(reg.Contractors) != 1) {
				t.Errorf("want one contractor, got %+v", reg)
			}
		})
	}
}

func realpath(t *testing.T, p string) string {
	t.Helper()
	r, err := filepath.EvalSymlinks(p)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func write(t *testing.T, dir, rel string, data []byte) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("cannot create symbolic links here: %v", err)
	}
}

// TestLoadCollectsAllErrors checks that problems in several files are all
// reported, sorted by file, line and column, and that the good entries are
// still returned.
func TestLoadCollectsAllErrors(t *testing.T) {
	dir := writeTxtar(t, registerYAML+`-- social/x-gikai.yaml --
name: {ja: 議会公式X}
owner: {section: somu}
approval: {status: approved}
platform: twitter
handle: gikai
url: https://x.com/gikai
status: active
responsible: {section: somu, person: tanaka}
-- contractors/beta.yaml --
name: {ja: ベータ}
owner: {section: somu}
approval: {status: ok}
legal_name: ベータ株式会社
last_confirmed: yesterday
-- contractors/acme.yaml --
`+acmeYAML+`-- services/box.yaml --
name: {ja: Box}
owner: {section: somu, person: sato}
approval: {status: approved}
provider: {contractor: acme}
contract_type: terms
delivery: saas
`)
	reg, err := Load(dir)
	want := []string{
		`bad-enum contractors/beta.yaml:3:20: bad value "ok": want one of draft, requested, approved, conditional, rejected, suspended, retired`,
		`bad-date contractors/beta.yaml:5:17: bad date "yesterday": want YYYY-MM-DD, e.g. 2026-04-01`,
		`dangling-ref services/box.yaml:2:32: unknown person "sato" in owner.person: register.yaml has no such person under people:`,
		`bad-enum social/x-gikai.yaml:4:11: bad value "twitter": write x instead (allowed: x, youtube, facebook, instagram, line, tiktok, note, other)`,
	}
	if diff := cmp.Diff(want, lines(err)); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
	var ids []string
	for _, e := range reg.Entries() {
		ids = append(ids, string(e.Kind())+"/"+e.Base().ID+" "+e.Base().Source)
	}
	wantIDs := []string{
		"contractor/acme contractors/acme.yaml", "contractor/beta contractors/beta.yaml",
		"service/box services/box.yaml", "social/x-gikai social/x-gikai.yaml",
	}
	if diff := cmp.Diff(wantIDs, ids); diff != "" {
		t.Errorf("entries (-want +got):\n%s", diff)
	}
	var e *Error
	if !errors.As(err, &e) || e.Code != CodeBadEnum || e.File != "contractors/beta.yaml" {
		t.Errorf("errors.As: got %+v", e)
	}
}

// TestLoadDecodes checks the decoded values: nested structs, pointers,
// booleans, numbers, maps, dates, anchors and merge keys, inline Common.
func TestLoadDecodes(t *testing.T) {
	dir := writeTxtar(t, registerYAML+`  - id: sato
    name: {ja: 佐藤}
    section: jimukyoku
classification:
  confidentiality:
    - {id: "3", name: {ja: 機密性3}, rank: 3}
    - {id: "2", name: {ja: 機密性2}, rank: 2}
  integrity: [{id: "1", name: {ja: 完全性1}, rank: 1}]
  availability: [{id: "1", name: {ja: 可用性1}, rank: 1}]
review_intervals: {high: 3}
-- services/box.yaml --
# Box
name: {ja: Box, en: Box}
owner: &own {section: somu, person: tanaka}
approval:
  status: conditional
  decided_on: 2026-04-01
  conditions: [個人情報を保存しないこと]
provider: {name: Box Inc.}
contract_type: terms
delivery: saas
segments: [internet]
class: {confidentiality: 3, integrity: 1}
personal_data: true
ismap: {list: ismap, number: C20-0123-1, functions_in_scope: false}
sla: {availability: 99.95}
exit: {data_return: true}
manager: sato
answers:
  Q-CLD-01: {value: "yes", cell: "Questions!D17"}
  Q-CLD-02:
    value: partial
    comment: |
      一部のみ
-- social/x-gikai.yaml --
name: {ja: 議会公式X}
owner: &own {section: somu, person: tanaka}
approval: {status: approved}
platform: x
handle: gikai
url: https://x.com/gikai
status: active
responsible:
  <<: *own
mfa: true
operators: [tanaka, sato]
`)
	reg, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	yes, no := true, false
	want := &riskassess.Service{
		Common: riskassess.Common{
			ID: "box", Source: "services/box.yaml",
			Name:  riskassess.T("Box", "Box"),
			Owner: riskassess.Owner{Section: "somu", Person: "tanaka"},
			Approval: riskassess.Approval{
				Status: riskassess.StatusConditional, DecidedOn: riskassess.NewDate(2026, 4, 1),
				Conditions: []string{"個人情報を保存しないこと"},
			},
			Answers: map[string]riskassess.Answer{
				"Q-CLD-01": {Value: "yes", Cell: "Questions!D17"},
				"Q-CLD-02": {Value: "partial", Comment: "一部のみ\n"},
			},
		},
		Provider:     riskassess.Provider{Name: "Box Inc."},
		ContractType: riskassess.ContractTerms,
		Delivery:     riskassess.DeliverySaaS,
		Segments:     []riskassess.Segment{riskassess.SegmentInternet},
		Class:        riskassess.Classification{Confidentiality: "3", Integrity: "1"},
		PersonalData: true,
		ISMAP:        &riskassess.ISMAP{List: riskassess.ISMAPFull, Number: "C20-0123-1", FunctionsInScope: &no},
		SLA:          &riskassess.SLA{Availability: 99.95},
		Exit:         &riskassess.Exit{DataReturn: &yes},
		Manager:      "sato",
	}
	if diff := cmp.Diff(want, reg.Services[0]); diff != "" {
		t.Errorf("service (-want +got):\n%s", diff)
	}
	s := reg.Social[0]
	if diff := cmp.Diff(riskassess.Owner{Section: "somu", Person: "tanaka"}, s.Responsible); diff != "" {
		t.Errorf("merged responsible (-want +got):\n%s", diff)
	}
	if s.MFA == nil || !*s.MFA || len(s.Operators) != 2 {
		t.Errorf("social: mfa %v operators %v", s.MFA, s.Operators)
	}
	if got := reg.Org.ReviewIntervals.High; got != 3 {
		t.Errorf("review_intervals.high = %d, want 3", got)
	}
	if got := len(reg.Org.Scheme().Confidentiality); got != 2 {
		t.Errorf("scheme has %d confidentiality levels, want 2", got)
	}
}

// TestMergeKeys: merge keys follow YAML (as go-yaml and editors read them).
// The decoder applied <<: [*a, *b] with *b winning, and completed an own
// value from a merged one, so class: {<<: [*secret, *public]} was scored
// as the public class (inherent risk 中 instead of 高).
func TestMergeKeys(t *testing.T) {
	src := `name: {ja: x}
owner: {section: somu}
approval: {status: approved}
legal_name: x
contracts:
  - id: r7
    scope: s
    information:
      - &rec {description: 録音, class: &secret {confidentiality: 3B, integrity: "2", availability: "2"}, personal_data: true}
      - {description: 公開資料, class: &public {confidentiality: "1", integrity: "1", availability: "1"}}
  - id: r8
    scope: s
    information:
      - {description: 報告会資料, class: {<<: [*secret, *public]}}
      - {description: 公開資料, class: {<<: [*public, *secret]}}
      - {description: 原稿, class: {<<: *secret, confidentiality: "2"}}
      - {<<: *rec, description: 公開済み, class: {confidentiality: "1"}}
      - {description: 録音の写し, <<: *rec}
`
	res := decodeFile(job{kind: "contractor", id: "x", rel: "contractors/x.yaml"}, []byte(src))
	if len(res.errs) > 0 {
		t.Fatal(lines(Errors(res.errs)))
	}
	secret := riskassess.Classification{Confidentiality: "3B", Integrity: "2", Availability: "2"}
	public := riskassess.Classification{Confidentiality: "1", Integrity: "1", Availability: "1"}
	want := []riskassess.InformationAccess{
		{Description: "報告会資料", Class: secret},
		{Description: "公開資料", Class: public},
		{Description: "原稿", Class: riskassess.Classification{Confidentiality: "2", Integrity: "2", Availability: "2"}},
		{Description: "公開済み", Class: riskassess.Classification{Confidentiality: "1"}, PersonalData: true},
		{Description: "録音の写し", Class: secret, PersonalData: true},
	}
	got := res.entry.(*riskassess.Contractor).Contracts[1].Information
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestLoadFileGuard checks that a panic while decoding one file becomes an
// Error with CodeInternal instead of crashing Load.
func TestLoadFileGuard(t *testing.T) {
	dir := writeTxtar(t, "-- contractors/acme.yaml --\n"+acmeYAML)
	root := realpath(t, dir)
	res := loadFile(diskSource(root), job{kind: "robot", id: "acme", rel: "contractors/acme.yaml"})
	want := []string{`internal contractors/acme.yaml: internal error while reading this file: store: unknown kind robot (please report this with the file)`}
	if diff := cmp.Diff(want, lines(Errors(res.errs))); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestLoadMissingFolder(t *testing.T) {
	reg, err := Load(filepath.Join(t.TempDir(), "nope"))
	if reg != nil || err == nil {
		t.Fatalf("Load = %v, %v; want nil register and an error", reg, err)
	}
	var e *Error
	if !errors.As(err, &e) || e.Code != CodeIO {
		t.Errorf("want CodeIO, got %v", err)
	}
}

func TestSuggest(t *testing.T) {
	keys := []string{"certifications", "contracts", "legal_name", "notes"}
	for _, tt := range []struct{ in, want string }{
		{"sertifications", "certifications"},
		{"contract", "contracts"},
		{"legalname", "legal_name"},
		{"note", "notes"},
		{"colour", ""},
		{"x", ""},
	} {
		if got := suggest(tt.in, keys); got != tt.want {
			t.Errorf("suggest(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestAliasBudget checks that only values reached through aliases count
// against the budget: a long plain list is fine, a short list of aliases
// to a list is not.
func TestAliasBudget(t *testing.T) {
	items := strings.TrimSuffix(strings.Repeat("a, ", 50), ", ")
	tests := []struct {
		name, yaml string
		want       []string
	}{
		{"plain list", "permitted_uses: [" + items + "]\n", nil},
		{"aliases", "permitted_uses: &l [" + items + "]\napproval: {conditions: *l}\n",
			[]string{"too-complex services/x.yaml:2:24: YAML anchors and aliases expand too far (more than 20 values or 64 levels deep): write the values out instead of using *aliases"}},
		{"merge keys", "approval:\n  history:\n    - &h {status: approved, approver: k, on: 2026-01-01, note: n}\n    - {<<: [*h, *h, *h, *h, *h, *h, *h, *h]}\n",
			[]string{"too-complex services/x.yaml:4:12: YAML anchors and aliases expand too far (more than 20 values or 64 levels deep): write the values out instead of using *aliases"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, perr := parse("services/x.yaml", []byte(tt.yaml))
			if perr != nil {
				t.Fatal(perr)
			}
			d := &decoder{file: "services/x.yaml", budget: 20}
			var s riskassess.Service
			d.decode(root, reflect.ValueOf(&s).Elem())
			var got []string
			for _, e := range d.errs {
				if e.Code == CodeTooComplex {
					got = append(got, string(e.Code)+" "+e.Error())
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestLoadFSIsLoad: a register read from an fs.FS (a git revision) gives
// the same register and the same errors as the folder on disk, so that
// every check applies to history too.
func TestLoadFSIsLoad(t *testing.T) {
	for name, archive := range map[string]string{
		"valid": registerYAML + "-- contractors/acme.yaml --\n" + acmeYAML,
		"broken": registerYAML + "-- contractors/acme.yaml --\n" + acmeYAML + "sertifications: []\n" +
			"-- contractors/Bad_Name.yaml --\nname: {ja: x}\n-- services/old/mail.yaml --\nname: {ja: x}\n-- social/x.yml --\nname: {ja: x}\n" +
			"-- social/nul.yaml --\nname: {ja: \x00}\n",
		"no register.yaml": "-- contractors/acme.yaml --\n" + acmeYAML,
	} {
		t.Run(name, func(t *testing.T) {
			dir := writeTxtar(t, archive)
			want, wantErr := Load(dir)
			got, gotErr := LoadFS(os.DirFS(dir))
			if diff := cmp.Diff(lines(wantErr), lines(gotErr)); diff != "" {
				t.Errorf("errors (-Load +LoadFS):\n%s", diff)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("register (-Load +LoadFS):\n%s", diff)
			}
		})
	}
	if _, err := LoadFS(os.DirFS(filepath.Join(t.TempDir(), "nope"))); err == nil {
		t.Error("LoadFS of a missing folder: no error")
	}
}
