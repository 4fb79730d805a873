package store_test

import (
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestLoadWorkSiteAsia: at load, a work site naming APAC and no country
// is refused at its address, in English and Japanese; before, the
// example register validated and the work scored as done in Japan.
func TestLoadWorkSiteAsia(t *testing.T) {
	dir := copyExample(t)
	edit(t, filepath.Join(dir, "contractors", "fuda-data-entry.yaml"), "address: 東京都調布市布田（架空）入力センター", "address: APACの入力センター")
	refused, en, ja := loadRefusal(t, dir, "contractors/fuda-data-entry.yaml", "contracts[0].work_sites[0].address")
	type got struct {
		Refused bool
		En, Ja  string
	}
	want := got{true,
		`contractors/fuda-data-entry.yaml:44:18: contracts[0].work_sites[0].address "APACの入力センター" names APAC and no country: the work counts as done in Japan (no foreign-data factor), though APAC may be abroad. Write the countries or cities where the work is done (Tokyo and Manila), a work site for each`,
		`contractors/fuda-data-entry.yaml:44:18: contracts[0].work_sites[0].address "APACの入力センター" は「APAC」を示していますが、国が書かれていません。国外かもしれないのに、国内の作業として評価されます（国外でのデータ処理の要素なし）。作業を行う国や都市を書いてください（例: 「東京・マニラ」。場所ごとに作業場所を分けます）`}
	if diff := cmp.Diff(want, got{refused, en, ja}); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
