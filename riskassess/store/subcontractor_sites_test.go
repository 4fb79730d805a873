package store_test

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
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
			const referring = "contractors/chofu-eizo-haishin.yaml"
			var g got
			if refused, en, ja := loadRefusal(t, dir, referring, "contracts[0].subcontractors[0].contractor"); refused {
				g = got{true, referring, ""}
				if strings.Contains(en, tt.want.Msg) && strings.Contains(ja, tt.want.Msg) &&
					strings.Contains(en, "contractors/tama-shuwa.yaml") && strings.Contains(ja, "contractors/tama-shuwa.yaml") {
					g.Msg = tt.want.Msg
				} else {
					g.Msg = en + " / " + ja
				}
			}
			if d := cmp.Diff(tt.want, g); d != "" {
				t.Errorf("address %q, scope %q (-want +got):\n%s", tt.address, tt.scope, d)
			}
		})
	}
}

// loadRefusal loads the register in dir and returns whether it was
// refused at path of file, with that error's English and Japanese
// messages; any other error fails the test.
func loadRefusal(t *testing.T, dir, file, path string) (refused bool, en, ja string) {
	t.Helper()
	_, err := store.Load(dir)
	var errs store.Errors
	if !errors.As(err, &errs) {
		if err != nil {
			t.Fatal(err)
		}
		return false, "", ""
	}
	for _, e := range errs {
		if e.File == file && e.Path == path {
			refused, en, ja = true, e.Message("en"), e.Message("ja")
		} else {
			t.Errorf("other error: %v", e)
		}
	}
	return refused, en, ja
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

// TestSubcontractorSitesAbroadSecondLevel: a subcontractor recorded by
// contractor id (chofu-eizo-haishin's subcontractors[].contractor:
// tama-shuwa) whose own file hands the work on again (再々委託) to a
// subcontractor abroad (Saigon Caption Co., Ltd. (Vietnam), 在ベトナムの字幕者,
// フィリピンでの字幕入力, 海外在住の字幕者) added no place to chofu-eizo-haishin:
// its assessment reads only its own file, and only the subcontractor's
// work sites were checked, so the chain scored as work in Japan while
// validate said OK. Load refuses the reference, naming the subcontractor
// of tama-shuwa, unless the referring scope already says where abroad;
// each example the message gives (Japanese and English) ends the refusal.
// A subcontractor of tama-shuwa in Japan (在宅の字幕者, 日本在住の字幕者) or
// in a contract ended with its data returned is not looked at.
func TestSubcontractorSitesAbroadSecondLevel(t *testing.T) {
	const (
		sites = "    work_sites:\n      - kind: remote\n"
		scope = "        scope: ライブ字幕の付与\n"
	)
	load := func(t *testing.T, name, subScope, contract, referringScope string) (refused bool, en, ja string) {
		t.Helper()
		dir := copyExample(t)
		shuwa := filepath.Join(dir, "contractors", "tama-shuwa.yaml")
		edit(t, shuwa, sites, "    subcontractors:\n      - name: "+strconv.Quote(name)+"\n        scope: "+strconv.Quote(subScope)+
			"\n        approved_on: 2026-05-08\n"+sites)
		edit(t, shuwa, "    to: 2027-03-31\n", "    to: 2027-03-31\n"+contract)
		edit(t, filepath.Join(dir, "contractors", "chofu-eizo-haishin.yaml"), scope, "        scope: "+strconv.Quote(referringScope)+"\n")
		return loadRefusal(t, dir, "contractors/chofu-eizo-haishin.yaml", "contracts[0].subcontractors[0].contractor")
	}
	type got struct {
		Refused bool
		Msg     string
	}
	for _, tt := range []struct {
		name, subName, subScope, contract, referringScope string
		want                                              got
	}{
		{"note", "Saigon Caption Co., Ltd. (Vietnam)", "字幕の一次入力", "", "ライブ字幕の付与", got{true, "Saigon Caption Co., Ltd. (Vietnam)"}},
		{"在 and a country", "在ベトナムの字幕者", "字幕の一次入力", "", "ライブ字幕の付与", got{true, "在ベトナムの字幕者"}},
		{"scope names the place", "株式会社多摩字幕", "フィリピンでの字幕入力", "", "ライブ字幕の付与", got{true, "フィリピンでの字幕入力"}},
		{"word for abroad", "海外在住の字幕者", "字幕の一次入力", "", "ライブ字幕の付与", got{true, "海外在住の字幕者"}},
		// Read by the assessment already, in Japan, or ended with the
		// data returned.
		{"referring scope says where", "Saigon Caption Co., Ltd. (Vietnam)", "字幕の一次入力", "", "ライブ字幕の付与（ベトナムでの一次入力を含む）", got{}},
		{"in Japan", "株式会社多摩字幕", "字幕の一次入力", "", "ライブ字幕の付与", got{}},
		{"在宅", "在宅の字幕者", "字幕の一次入力", "", "ライブ字幕の付与", got{}},
		{"日本在住", "日本在住の字幕者", "字幕の一次入力", "", "ライブ字幕の付与", got{}},
		{"denied", "株式会社多摩字幕", "字幕入力（海外への再委託なし）", "", "ライブ字幕の付与", got{}},
		{"ended and returned", "Saigon Caption Co., Ltd. (Vietnam)", "字幕の一次入力", "    data_returned_on: 2027-04-10\n", "ライブ字幕の付与", got{}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			refused, en, ja := load(t, tt.subName, tt.subScope, tt.contract, tt.referringScope)
			g := got{Refused: refused}
			if refused {
				if strings.Contains(en, tt.want.Msg) && strings.Contains(ja, tt.want.Msg) &&
					strings.Contains(en, "contractors/tama-shuwa.yaml") && strings.Contains(ja, "contractors/tama-shuwa.yaml") &&
					strings.Contains(en, "contracts[0].subcontractors[0]") && strings.Contains(ja, "contracts[0].subcontractors[0]") {
					g.Msg = tt.want.Msg
				} else {
					g.Msg = en + " / " + ja
				}
			}
			if d := cmp.Diff(tt.want, g); d != "" {
				t.Fatalf("subcontractor %q, %q (-want +got):\n%s", tt.subName, tt.subScope, d)
			}
			if !refused {
				return
			}
			// The message's examples, written as the referring scope,
			// end the refusal.
			exEn, okEn := between(en, `as in "`, `"`)
			exJa, okJa := between(ja, "例: 「", "」）")
			if !okEn || !okJa {
				t.Fatalf("no example in the message:\n%s\n%s", en, ja)
			}
			for _, ex := range []string{exEn, exJa} {
				if again, en, _ := load(t, tt.subName, tt.subScope, tt.contract, ex); again {
					t.Errorf("scope %q, the message's example, is refused: %s", ex, en)
				}
			}
		})
	}
}

// between returns the text of s after the first from and before the last
// to, and whether both are there in that order.
func between(s, from, to string) (string, bool) {
	i := strings.Index(s, from)
	j := strings.LastIndex(s, to)
	if i < 0 || j < i+len(from) {
		return "", false
	}
	return s[i+len(from) : j], true
}

// TestSubcontractorSitesAbroadByName: a subcontractor given by name only
// (subcontractors[].name) whose name is the legal name of a registered
// contractor (株式会社多摩手話通訳センター, tama-shuwa; ㈱ for 株式会社, or
// without the legal form) whose file has a work site abroad (大連) or
// hands the work on to a subcontractor abroad escaped the cross-file
// check, which read only subcontractors[].contractor: validate said OK and
// the work scored as done in Japan. Load refuses it at the name. Another
// company's name (the legal form at the other end), a name whose note says
// where abroad, and a contractor in Japan are not refused.
func TestSubcontractorSitesAbroadByName(t *testing.T) {
	const (
		ref   = "      - contractor: tama-shuwa\n"
		site  = "        address: 受託者の字幕制作室（オンライン接続）\n"
		sites = "    work_sites:\n      - kind: remote\n"
	)
	type got struct {
		Refused bool
		Msg     string
	}
	for _, tt := range []struct {
		name, subName, address, subSub string
		want                           got
	}{
		{"legal name", "株式会社多摩手話通訳センター", "中国 大連市高新園区", "", got{true, `"株式会社多摩手話通訳センター" is the legal name of contractor "tama-shuwa", whose work site is abroad`}},
		{"abbreviated form", "㈱多摩手話通訳センター", "中国 大連市高新園区", "", got{true, `"㈱多摩手話通訳センター" is the legal name of contractor "tama-shuwa", whose work site is abroad`}},
		{"without the form", "多摩手話通訳センター", "中国 大連市高新園区", "", got{true, `"多摩手話通訳センター" is the legal name of contractor "tama-shuwa", whose work site is abroad`}},
		{"second level", "株式会社多摩手話通訳センター", "受託者の字幕制作室（オンライン接続）", "Saigon Caption Co., Ltd. (Vietnam)", got{true, `"株式会社多摩手話通訳センター" is the legal name of contractor "tama-shuwa", which hands the work on to a subcontractor abroad`}},
		{"note of its role", "株式会社多摩手話通訳センター（字幕制作）", "中国 大連市高新園区", "", got{true, `"株式会社多摩手話通訳センター（字幕制作）" is the legal name of contractor "tama-shuwa", whose work site is abroad`}},
		{"note of a place in Japan", "株式会社多摩手話通訳センター(東京)", "中国 大連市高新園区", "", got{true, `"株式会社多摩手話通訳センター(東京)" is the legal name of contractor "tama-shuwa", whose work site is abroad`}},
		// Not refused.
		{"another company", "多摩手話通訳センター株式会社", "中国 大連市高新園区", "", got{}},
		{"another company with a note", "多摩手話通訳センター株式会社（字幕制作）", "中国 大連市高新園区", "", got{}},
		{"note says where", "株式会社多摩手話通訳センター（大連）", "中国 大連市高新園区", "", got{}},
		{"in Japan", "株式会社多摩手話通訳センター", "東京都多摩市", "", got{}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := copyExample(t)
			shuwa := filepath.Join(dir, "contractors", "tama-shuwa.yaml")
			edit(t, shuwa, site, "        address: "+strconv.Quote(tt.address)+"\n")
			if tt.subSub != "" {
				edit(t, shuwa, sites, "    subcontractors:\n      - name: "+strconv.Quote(tt.subSub)+"\n        scope: 字幕の一次入力\n"+sites)
			}
			edit(t, filepath.Join(dir, "contractors", "chofu-eizo-haishin.yaml"), ref, "      - name: "+strconv.Quote(tt.subName)+"\n")
			var g got
			if refused, en, ja := loadRefusal(t, dir, "contractors/chofu-eizo-haishin.yaml", "contracts[0].subcontractors[0].name"); refused {
				g.Refused = true
				if strings.Contains(en, tt.want.Msg) && strings.Contains(ja, "委託事業者 \"tama-shuwa\" の商号") {
					g.Msg = tt.want.Msg
				} else {
					g.Msg = en + " / " + ja
				}
			}
			if d := cmp.Diff(tt.want, g); d != "" {
				t.Errorf("name %q, address %q (-want +got):\n%s", tt.subName, tt.address, d)
			}
		})
	}
}
