package store

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestWorkSiteAsia: a work site naming Asia or Asia-Pacific (APAC,
// アジア各国の拠点, Asia Pacific), which hold Japan, or Asia without Japan
// (APAC (ex-Japan)) and no country scored as work in Japan: the
// assessment reads no place abroad in it. A cloud's name for its region
// in Japan, a denial, a place abroad already read and words holding the
// letters stay unread.
func TestWorkSiteAsia(t *testing.T) {
	type res struct {
		Word string
		OK   bool
	}
	for _, tt := range []struct {
		address string
		want    res
	}{
		{"APAC", res{"APAC", true}},
		{"APACの開発拠点", res{"APAC", true}},
		{"アジア各国の拠点", res{"アジア", true}},
		{"Asia Pacific delivery center", res{"Asia Pacific", true}},
		{"APAC (ex-Japan)", res{"APAC", true}},
		{"東京本社及びｱｼﾞｱの拠点", res{"アジア", true}},
		// Not read.
		{"Asia Pacific (Tokyo)", res{}},
		{"東京（アジアへの移転なし）", res{}},
		{"アジアパシフィック（東京）", res{}},
		{"APAC (Manila)", res{}},
		{"東京都調布市布田（架空）入力センター", res{}},
		{"Capacity planning room, Tokyo", res{}},
		// False refusals, left: a building's name, a denial of another
		// word than keeping or moving data.
		{"東京アジア会館", res{"アジア", true}},
		{"東京（アジアへの再委託なし）", res{"アジア", true}},
	} {
		var got res
		got.Word, got.OK = workSiteAsia(tt.address)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("workSiteAsia(%q) (-want +got):\n%s", tt.address, diff)
		}
	}
}
