package store

import "testing"

// TestRegionDenialReadsWhatItDenies holds regions under country JP whose
// denial does not deny keeping the data abroad (an exception, a denial
// of another word after a colon, a modal before the denial), which
// validated and counted as in Japan (CLD-20), and the nearby denials that
// must stay accepted.
func TestRegionDenialReadsWhatItDenies(t *testing.T) {
	abroad := func(region string) bool {
		codes, place := regionPlaces(region)
		return len(codes) > 0 || place != "" || regionSaysAbroad(region)
	}
	for _, tt := range []struct {
		region string
		abroad bool
	}{
		// An exception: data goes there at times.
		{"国内（シンガポールを除き海外移転なし）", true},
		{"東京（シンガポール以外の海外には移転しない）", true},
		{"東京・シンガポール以外への移転なし", true},
		{"Tokyo (no data stored outside Japan or Singapore)", true},
		{"Tokyo (no transfer outside Japan and Singapore)", true},
		{"東京（シンガポールへの移転なし（緊急時を除く））", true},
		{"国内（DRを除き海外移転なし）", true},
		{"Tokyo (no overseas transfer except for DR)", true},
		// A bare denial after a colon whose label is not the place.
		{"東京（シンガポールDR 追加費用：なし）", true},
		{"東京（シンガポールにバックアップ 暗号化：なし）", true},
		{"Tokyo (Singapore backup encryption: none)", true},
		{"東京（海外DR 追加費用：なし）", true},
		// A modal before the denial: a choice, not a fact.
		{"Tokyo (overseas backup can be disabled)", true},
		{"Tokyo (overseas backup may be disabled)", true},
		{"Tokyo (overseas transfer can be prohibited)", true},
		{"Tokyo (Singapore backup can be disabled)", true},
		// Denials that stay accepted.
		{"国内（日本以外への移転なし）", false},
		{"大阪（海外移転：なし）", false},
		{"国内（海外保管：無）", false},
		{"東京（海外：なし）", false},
		{"東京（国外保存：しない）", false},
		{"東京（海外へのバックアップ：無）", false},
		{"東京（シンガポール移転：なし）", false},
		{"東京（EU移転：なし）", false},
		{"Tokyo (Singapore transfer: none)", false},
		{"東京（シンガポールへの移転なし）", false},
		{"Tokyo (data not stored outside Japan)", false},
		{"Tokyo (no data will be stored abroad)", false},
		{"Tokyo (data will not be stored abroad)", false},
		{"Tokyo (overseas transfer prohibited)", false},
		{"Tokyo (no transfer to Europe)", false},
		{"Tokyo (Singapore not used)", false},
		{"東京（土日を除く）", false},
		{"Tokyo (overseas transfer will be disabled)", false},
		{"Tokyo (overseas transfer shall be prohibited)", false},
		{"東京（US-East：なし）", false},
		{"東京（海外データセンターの利用：なし）", false},
		{"東京（国外DC：なし）", false},
		{"Tokyo (overseas backup: none)", false},
	} {
		if got := abroad(tt.region); got != tt.abroad {
			t.Errorf("region %q: abroad %v, want %v", tt.region, got, tt.abroad)
		}
	}
}
