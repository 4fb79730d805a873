package store

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRegionUnsaid: a region under country JP saying the data is also
// kept in another or several regions not named (東京（バックアップ：別
// リージョン）, 複数リージョン, マルチリージョン) or that where it is kept is not
// known or only planned (不明, 国内（予定）) validated as in Japan. Regions
// naming the other region in Japan, or denying it, stay accepted; a
// false refusal left is listed (東京と大阪（複数リージョン）: the places are
// outside the word's clause).
func TestRegionUnsaid(t *testing.T) {
	type res struct {
		Word string
		Kind int
	}
	for _, tt := range []struct {
		region string
		want   res
	}{
		{"東京（バックアップ：別リージョン）", res{"別リージョン", unsaidOther}},
		{"複数リージョン", res{"複数リージョン", unsaidOther}},
		{"マルチリージョン", res{"マルチリージョン", unsaidOther}},
		{"ﾏﾙﾁﾘｰｼﾞｮﾝ", res{"マルチリージョン", unsaidOther}},
		{"Tokyo (backup in another region)", res{"another region", unsaidOther}},
		{"Tokyo, multi-region", res{"multi-region", unsaidOther}},
		{"大阪（東京の別リージョンにバックアップ）", res{"別リージョン", unsaidOther}},
		{"東京（遠隔地バックアップ）", res{"遠隔地", unsaidOther}},
		{"国内（予定）", res{"予定", unsaidFuture}},
		{"不明", res{"不明", unsaidFuture}},
		{"東京（バックアップ先は未定）", res{"未定", unsaidFuture}},
		{"TBD", res{"tbd", unsaidFuture}},
		{"Tokyo (planned)", res{"planned", unsaidFuture}},
		{"東京（バックアップ先は検討中）", res{"検討中", unsaidFuture}},
		{"東京（DRサイト：選定中）", res{"選定中", unsaidFuture}},
		{"国内（事業者に照会中）", res{"照会中", unsaidFuture}},
		{"東京（バックアップ先：非開示）", res{"非開示", unsaidFuture}},
		{"Tokyo (DR site TBC)", res{"tbc", unsaidFuture}},
		{"Tokyo (backup: pending)", res{"pending", unsaidFuture}},
		// A false refusal, left: the places are outside the word's clause.
		{"東京と大阪（複数リージョン）", res{"複数リージョン", unsaidOther}},
		// A false refusal, left: a plan within Japan.
		{"東京（2027年に大阪へ移行予定）", res{"予定", unsaidFuture}},
		// A word for Japan set apart or left open qualifies no region:
		// before, accepted as all in Japan.
		{"東京（国内以外の別リージョン）", res{"別リージョン", unsaidOther}},
		{"東京（別リージョン：日本とは限らない）", res{"別リージョン", unsaidOther}},
		{"東京（日本に限定しない別リージョン）", res{"別リージョン", unsaidOther}},
		{"東京（日本を除く複数リージョン）", res{"複数リージョン", unsaidOther}},
		{"東京（東京以外のマルチリージョン）", res{"マルチリージョン", unsaidOther}},
		{"Tokyo (another region not necessarily in Japan)", res{"another region", unsaidOther}},
		{"Tokyo (multi-region, ex-Japan)", res{"multi-region", unsaidOther}},
		{"Tokyo (non-Japan multi-region)", res{"multi-region", unsaidOther}},
		// A denied denial of a plan: before, accepted.
		{"東京（海外移転の予定はないとは言えない）", res{"予定", unsaidFuture}},
		{"東京（海外移転の予定なしとは限らない）", res{"予定", unsaidFuture}},
		{"東京（移転予定がないわけではない）", res{"予定", unsaidFuture}},
		// A denied plan said to be undecided (as a work site's is:
		// riskassess.TestWorkSiteAbroadUndecided).
		{"東京（海外移転の予定はないが未確定）", res{"未確定", unsaidFuture}},
		{"東京（海外移転の予定はないが未定）", res{"未定", unsaidFuture}},
		// Accepted.
		{"東京（バックアップ：国内の別リージョン）", res{}},
		{"東京（バックアップ：日本国内の別リージョン）", res{}},
		{"東京（国内にある別リージョン）", res{}},
		{"東京（別リージョンも国内）", res{}},
		{"Tokyo (another region in Japan)", res{}},
		{"東京（バックアップ：別リージョン（大阪））", res{}},
		{"東京・大阪のマルチリージョン", res{}},
		{"国内マルチリージョン", res{}},
		{"Tokyo (multi-region in Japan)", res{}},
		{"東京（別リージョンへのバックアップなし）", res{}},
		{"東京（海外移転の予定なし）", res{}},
		{"東京（移転予定はない）", res{}},
		{"東京", res{}},
		{"Tokyo (tbds)", res{}},
		{"Tokyo (unknownx)", res{}},
	} {
		var got res
		got.Word, got.Kind = regionUnsaid(tt.region)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("regionUnsaid(%q) (-want +got):\n%s", tt.region, diff)
		}
	}
}

// TestLoadRegionUnsaid: at load, a region under country JP leaving
// where the data is unsaid is refused at its place, in English and
// Japanese; another region not named only when no location is abroad.
func TestLoadRegionUnsaid(t *testing.T) {
	dir := writeTxtar(t, registerYAML+`-- services/box.yaml --
name: {ja: Box}
owner: {section: somu}
approval: {status: approved}
provider: {name: Box}
contract_type: negotiated
delivery: saas
data_locations:
  - {country: JP, region: 東京（バックアップ：別リージョン）}
  - {country: JP, region: 国内（予定）}
  - {country: JP, region: 東京（バックアップ：国内の別リージョン）}
-- services/drive.yaml --
name: {ja: Drive}
owner: {section: somu}
approval: {status: approved}
provider: {name: Drive}
contract_type: negotiated
delivery: saas
data_locations:
  - {country: JP, region: マルチリージョン}
  - {country: US, region: Virginia}
  - {country: JP, region: 不明}
`)
	_, err := Load(dir)
	want := []string{
		`bad-value services/box.yaml:8:27: data_locations[0].region "東京（バックアップ：別リージョン）" says the data is also kept in another or several regions ("別リージョン") without saying where, and country is JP: the other region may be abroad, and the location counts as all in Japan. Write the regions, as in "東京（バックアップ：大阪）"; if one is abroad, add a data location with that country's code`,
		`bad-value services/box.yaml:9:27: data_locations[1].region "国内（予定）" says where the data is kept is not known or only planned ("予定") and country is JP: the location counts as in Japan on no fact. Ask the provider where the data is kept now and write that place; if it is abroad, write that country's code in country`,
		`bad-value services/drive.yaml:10:27: data_locations[2].region "不明" says where the data is kept is not known or only planned ("不明") and country is JP: the location counts as in Japan on no fact. Ask the provider where the data is kept now and write that place; if it is abroad, write that country's code in country`,
	}
	if diff := cmp.Diff(want, lines(err)); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
	var es Errors
	if !errors.As(err, &es) || len(es) < 1 {
		t.Fatalf("Load: %v", err)
	}
	wantJa := `services/box.yaml:8:27: data_locations[0].region "東京（バックアップ：別リージョン）" は「別リージョン」と書かれ、ほかのリージョンの場所が書かれていません（country は JP）。国外かもしれないのに、すべて国内として評価されます。リージョンを書き（例: 「東京（バックアップ：大阪）」「国内の別リージョン」）、国外があればその国のコードで所在地を追加してください`
	if diff := cmp.Diff(wantJa, es[0].Message("ja")); diff != "" {
		t.Errorf("Japanese message (-want +got):\n%s", diff)
	}
}
