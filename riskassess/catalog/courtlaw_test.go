package catalog

import "testing"

// TestCourtSeatsMet holds isJapaneseCourt to every seat it lists: each of
// districtCourtPlaces before 地方裁判所 and 地裁, each of highCourtPlaces
// before 高等裁判所 and 高裁 (京都地裁 and 甲府地方裁判所 were read as abroad:
// 都 and 府 were taken off the seat's own name).
func TestCourtSeatsMet(t *testing.T) {
	var vs []string
	for _, p := range districtCourtPlaces {
		vs = append(vs, p+"地方裁判所", p+"地裁")
	}
	for _, p := range highCourtPlaces {
		vs = append(vs, p+"高等裁判所", p+"高裁")
	}
	vs = append(vs, "京都府京都地方裁判所", "山梨県甲府地方裁判所", "東京都東京地方裁判所", "三重県津市地方裁判所")
	for _, v := range vs {
		if !isJapaneseCourt(v) {
			t.Errorf("isJapaneseCourt(%q) = false", v)
		}
	}
}
