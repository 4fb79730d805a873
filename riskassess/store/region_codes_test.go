package store

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRegionCodesFullWidthAndGoogle: a region under country JP that is
// abroad written as a cloud region code in full width (ａｐ－ｎｏｒｔｈｅａｓｔ－２,
// Seoul, typed with a Japanese input method), as Google Cloud's
// multi-region in lower case (us, eu, us multi-region) or dual- and
// multi-region codes (nam4, nam5, eur3), or as 日本国内外 (in Japan and
// abroad: 日本国内 was taken out as a word for Japan, leaving 外) validated
// as in Japan: the codes were read in half width only, the lower-case
// names and nam5 not at all. The regions in Japan in either width (ａｐ－
// ｎｏｒｔｈｅａｓｔ－１, asia-northeast1, asia1: Tokyo and Osaka, japaneast)
// and words that are not codes (managed by us) stay in Japan.
func TestRegionCodesFullWidthAndGoogle(t *testing.T) {
	for _, tt := range []struct {
		region, where string
	}{
		{"ａｐ－ｎｏｒｔｈｅａｓｔ－２", "a cloud region outside Japan"},
		{"ＡＰ－ＳＯＵＴＨＥＡＳＴ－１", "a cloud region outside Japan"},
		{"ｕｓ－ｅａｓｔ－１", "a cloud region outside Japan"},
		{"us", "a cloud region outside Japan"},
		{"eu", "a cloud region outside Japan"},
		{"us multi-region", "a cloud region outside Japan"},
		{"eu (multi-region)", "a cloud region outside Japan"},
		{"nam5", "a cloud region outside Japan"},
		{"eur3", "a cloud region outside Japan"},
		{"nam4", "a cloud region outside Japan"},
		{"us-central1-a", "a cloud region outside Japan"},
		{"IBM Cloud us-south", "a cloud region outside Japan"},
		{"東京（DR：asia-northeast3-b）", "a cloud region outside Japan"},
		{"日本国内外", "a word for abroad"},
		{"日本国内外のデータセンター", "a word for abroad"},
		// In Japan.
		{"ａｐ－ｎｏｒｔｈｅａｓｔ－１", ""},
		{"ＡＰ－ＮＯＲＴＨＥＡＳＴ－３", ""},
		{"asia-northeast1", ""},
		{"asia-northeast2", ""},
		{"asia1", ""},
		{"asia-northeast1-b", ""},
		{"IBM Cloud jp-tok", ""},
		{"japaneast", ""},
		{"Tokyo region", ""},
		{"日本国内", ""},
		{"managed by us", ""},
		{"東京（日本国内のみ）", ""},
	} {
		where, asia := regionAbroad(tt.region)
		if diff := cmp.Diff(tt.where, where); diff != "" || asia != "" {
			t.Errorf("regionAbroad(%q) = %q, %q (-want +got):\n%s", tt.region, where, asia, diff)
		}
	}
}

// TestRegionResidentAndOffshore: a region under country JP whose support
// or operation is abroad by 在 and a country's short name (東京（在米サポート）,
// 在比の運用要員) or by オフショア (東京（オフショア保守）) validated as in Japan:
// the region reader knew 在米国 (a full name) and offshore in English only.
// 在宅, 在日 and a denial (オフショア保守なし) stay in Japan.
func TestRegionResidentAndOffshore(t *testing.T) {
	for _, tt := range []struct {
		region, where string
	}{
		{"東京（在米サポート）", "US"},
		{"東京（運用：在比の要員）", "PH"},
		{"東京（オフショア保守）", "a word for abroad"},
		{"国内（保守はオフショア拠点）", "a word for abroad"},
		// In Japan.
		{"東京（在宅勤務者が運用）", ""},
		{"東京（在日サポート）", ""},
		{"東京（オフショア保守なし）", ""},
		{"東京（在米の要員によるアクセスなし）", ""},
	} {
		where, asia := regionAbroad(tt.region)
		if diff := cmp.Diff(tt.where, where); diff != "" || asia != "" {
			t.Errorf("regionAbroad(%q) = %q, %q (-want +got):\n%s", tt.region, where, asia, diff)
		}
	}
}

// TestRegionAnywhere: a region under country JP saying the data may be
// anywhere (東京（バックアップ先は場所不問）, 東京（DR：世界中のいずれかの
// リージョン）, Tokyo (backup: any region)) validated as in Japan; one
// bounded to Japan or denied stays in Japan.
func TestRegionAnywhere(t *testing.T) {
	for _, tt := range []struct {
		region, where string
	}{
		{"東京（バックアップ先は場所不問）", "a word for anywhere, abroad included"},
		{"東京（DR：世界中のいずれかのリージョン）", "a word for anywhere, abroad included"},
		{"Tokyo (backup: any region)", "a word for anywhere, abroad included"},
		{"東京（在宅保守：場所不問）", "a word for anywhere, abroad included"},
		{"東京（バックアップ：任意のリージョン、日本に限定しない）", "a word for anywhere, abroad included"},
		{"東京（バックアップ：任意のリージョン）", "a word for anywhere, abroad included"},
		// In Japan.
		{"国内（バックアップ先は場所不問）", ""},
		{"東京（バックアップ先は国内であれば場所不問）", ""},
		{"東京（DR：日本国内の任意のリージョン）", ""},
		{"Tokyo (backup: any region in Japan)", ""},
		{"東京", ""},
	} {
		where, asia := regionAbroad(tt.region)
		if diff := cmp.Diff(tt.where, where); diff != "" || asia != "" {
			t.Errorf("regionAbroad(%q) = %q, %q (-want +got):\n%s", tt.region, where, asia, diff)
		}
	}
}

// TestRegionCityAbbreviation: a region under country JP naming a city
// abroad by its short name in capitals (東京（DR：NY）, Tokyo and SF, LA,
// BKK, KL) validated as in Japan. Words holding the letters (LAN, SFTP)
// and lower case stay in Japan.
func TestRegionCityAbbreviation(t *testing.T) {
	for _, tt := range []struct {
		region, where string
	}{
		{"東京（DR：NY）", "a word for abroad"},
		{"Tokyo and SF", "a word for abroad"},
		{"LA", "a word for abroad"},
		{"東京（バックアップ：BKK）", "a word for abroad"},
		{"KL", "a word for abroad"},
		{"N.Y.", "a word for abroad"},
		{"東京（DR：S.F.）", "a word for abroad"},
		{"Tokyo and K.L.", "a word for abroad"},
		// In Japan.
		{"東京（LAN内）", ""},
		{"東京（SFTPで転送）", ""},
		{"東京（NYへの移転なし）", ""},
		{"東京", ""},
	} {
		where, asia := regionAbroad(tt.region)
		if diff := cmp.Diff(tt.where, where); diff != "" || asia != "" {
			t.Errorf("regionAbroad(%q) = %q, %q (-want +got):\n%s", tt.region, where, asia, diff)
		}
	}
}

// TestRegionJapanPair: a region under country JP pairing Japan with
// another country (東京（日米両拠点で冗長化）, 日米) validated as in Japan;
// the daytime (日中のみ運用) and a denial (日米間の移転なし) stay in Japan.
func TestRegionJapanPair(t *testing.T) {
	for _, tt := range []struct {
		region, where string
	}{
		{"東京（日米両拠点で冗長化）", "US"},
		{"日米", "US"},
		{"国内（日韓両拠点）", "KR"},
		{"東京（日米欧3拠点で冗長化）", "US, EU"},
		{"東京（日・米両拠点）", "US"},
		// In Japan.
		{"東京（日中のみ運用）", ""},
		{"東京（日米間の移転なし）", ""},
		{"日本", ""},
	} {
		where, asia := regionAbroad(tt.region)
		if diff := cmp.Diff(tt.where, where); diff != "" || asia != "" {
			t.Errorf("regionAbroad(%q) = %q, %q (-want +got):\n%s", tt.region, where, asia, diff)
		}
	}
}
