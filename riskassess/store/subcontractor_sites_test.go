package store_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess/store"
	"github.com/google/go-cmp/cmp"
)

// TestSubcontractorSitesAbroad: a subcontractor recorded by contractor id
// (subcontractors[].contractor: tama-shuwa) whose own file has a work
// site abroad (大連, Cebu City, 海外在住の通訳者の自宅) added no place to the
// contractor that subcontracts to it: its assessment reads only its own
// file, and the work handed on abroad scored as work in Japan. Load
// refuses it at the reference, naming the work site, unless the
// subcontractor's scope or name already says where abroad (the assessment
// then reads it), or the referenced work site is in Japan or denies
// abroad (海外拠点なし). A contract ended with its data returned is not
// looked at.
func TestSubcontractorSitesAbroad(t *testing.T) {
	const (
		site  = "        address: 受託者の字幕制作室（オンライン接続）\n"
		scope = "        scope: ライブ字幕の付与\n"
	)
	type got struct {
		Refused   bool
		File, Msg string
	}
	for _, tt := range []struct {
		name, address, scope, contract string
		want                           got
	}{
		{"kanji city", "中国 大連市高新園区", "ライブ字幕の付与", "", got{true, "contractors/chofu-eizo-haishin.yaml", "大連"}},
		{"Latin city", "Cebu City", "ライブ字幕の付与", "", got{true, "contractors/chofu-eizo-haishin.yaml", "Cebu"}},
		{"country", "Manila, Philippines", "ライブ字幕の付与", "", got{true, "contractors/chofu-eizo-haishin.yaml", "Manila, Philippines"}},
		{"word for abroad", "海外在住の通訳者の自宅", "ライブ字幕の付与", "", got{true, "contractors/chofu-eizo-haishin.yaml", "海外"}},
		// Read by the assessment already, in Japan, denied, or ended
		// with the data returned.
		{"scope names the place", "中国 大連市", "大連での字幕の付与", "", got{}},
		// The message's examples of scope end the refusal.
		{"fixed as suggested, city", "Cebu City", "Cebuでのデータ入力", "", got{}},
		{"fixed as suggested, country", "Manila, Philippines", "Manila, Philippinesでのデータ入力", "", got{}},
		{"fixed as suggested, English", "Manila, Philippines", "data entry in Manila, Philippines", "", got{}},
		{"fixed as suggested, kanji", "中国 大連市高新園区", "中国 大連市高新園区でのデータ入力", "", got{}},
		{"scope names a word for abroad", "中国 大連市", "海外拠点での字幕の付与", "", got{}},
		{"in Japan", "東京都多摩市", "ライブ字幕の付与", "", got{}},
		{"romaji Japan", "Tama, Tokyo", "ライブ字幕の付与", "", got{}},
		{"denied", "受託者事務所（海外拠点なし）", "ライブ字幕の付与", "", got{}},
		{"ended and returned", "中国 大連市", "ライブ字幕の付与", "    data_returned_on: 2027-04-10\n", got{}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := copyExample(t)
			edit(t, filepath.Join(dir, "contractors", "tama-shuwa.yaml"), site, "        address: "+tt.address+"\n")
			edit(t, filepath.Join(dir, "contractors", "tama-shuwa.yaml"), "    to: 2027-03-31\n", "    to: 2027-03-31\n"+tt.contract)
			edit(t, filepath.Join(dir, "contractors", "chofu-eizo-haishin.yaml"), scope, "        scope: "+tt.scope+"\n")
			_, err := store.Load(dir)
			var g got
			var errs store.Errors
			if errors.As(err, &errs) {
				for _, e := range errs {
					if e.Path == "contracts[0].subcontractors[0].contractor" {
						g = got{true, e.File, ""}
						if en, ja := e.Message("en"), e.Message("ja"); strings.Contains(en, tt.want.Msg) && strings.Contains(ja, tt.want.Msg) &&
							strings.Contains(en, "contractors/tama-shuwa.yaml") && strings.Contains(ja, "contractors/tama-shuwa.yaml") {
							g.Msg = tt.want.Msg
						} else {
							g.Msg = en + " / " + ja
						}
					} else {
						t.Errorf("other error: %v", e)
					}
				}
			} else if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(tt.want, g); d != "" {
				t.Errorf("address %q, scope %q (-want +got):\n%s", tt.address, tt.scope, d)
			}
		})
	}
}

// edit replaces old, which must be in the file at path once, with new.
func edit(t *testing.T, path, old, new string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Count(string(b), old) != 1 {
		t.Fatalf("%q not once in %s: the example changed, update the test", old, path)
	}
	if err := os.WriteFile(path, []byte(strings.Replace(string(b), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}
