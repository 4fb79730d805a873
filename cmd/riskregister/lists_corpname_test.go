package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestListsImportCorporateNameDate: a corporate-number file whose name
// holds a date not in the agency's form (00_zenkoku_all_2026-11-30.csv,
// 00_zenkoku_all20261130.csv) or a day that does not exist
// (00_zenkoku_all_20261131.csv) was dated today without --date, newer
// than its data. It is refused, naming the file and asking for --date,
// and taken with it; a name without a date is dated today, as before,
// and a number that is no date (a corporate number) is no date.
func TestListsImportCorporateNameDate(t *testing.T) {
	data, err := os.ReadFile(listsFixtures + "nta-zenkoku-unicode.csv")
	if err != nil {
		t.Fatal(err)
	}
	today, _ := parseAsOf("")
	for _, tt := range []struct {
		name string
		args []string
		want listsResult
	}{
		{"00_zenkoku_all_20261131.csv", []string{"--lang", "en"},
			listsResult{2, "", "00_zenkoku_all_20261131.csv: the date in the file name, 20261131, does not exist, so the date of the data is not known: nothing imported; give the date of the data with --date"}},
		{"00_zenkoku_all_20261131.csv", nil,
			listsResult{2, "", "00_zenkoku_all_20261131.csv: ファイル名の日付「20261131」は存在しない日付のため、データの日付が分からず取り込みません。--date にデータの日付を指定してください"}},
		{"00_zenkoku_all_2026-11-30.csv", []string{"--lang", "en"},
			listsResult{2, "", "00_zenkoku_all_2026-11-30.csv: the file name holds \"2026-11-30\", which looks like a date but is not in the agency's form (…_YYYYMMDD.zip), so it is not read as the date of the data: nothing imported (dated today, the data would be newer than it is); give the date of the data with --date, or rename the file as the agency names it"}},
		{"00_zenkoku_all20261130.csv", nil,
			listsResult{2, "", "00_zenkoku_all20261130.csv: ファイル名の「20261130」は日付のようですが、国税庁の名前の形（…_YYYYMMDD.zip）でないため、データの日付として読まず、取り込みません"}},
		{"00_zenkoku_all_20261130a.csv", nil, listsResult{2, "", "ファイル名の「20261130」は日付のようですが"}},
		{"00_zenkoku_all_2026年11月30日.csv", nil, listsResult{2, "", "ファイル名の「2026年11月30日」は日付のようですが"}},
		{"00_zenkoku_all_2026-11-30.csv", []string{"--date", "2026-11-30"}, listsResult{0, "corporate-2026-11-30.yaml", "8 行を読み"}},
		{"00_zenkoku_all_20261131.csv", []string{"--date", "2026-11-30"}, listsResult{0, "corporate-2026-11-30.yaml", "8 行を読み"}},
		// As before: the agency's name, and no date at all.
		{"00_zenkoku_all_20261130.csv", nil, listsResult{0, "corporate-2026-11-30.yaml", "8 行を読み"}},
		{"00_zenkoku_all.csv", nil, listsResult{0, "corporate-" + today.String() + ".yaml", "8 行を読み"}},
		{"00_zenkoku_all_5999001001703.csv", nil, listsResult{0, "corporate-" + today.String() + ".yaml", "8 行を読み"}},
	} {
		dir := writeTxtar(t, listsRegister)
		file := filepath.Join(t.TempDir(), tt.name)
		if err := os.WriteFile(file, data, 0o644); err != nil {
			t.Fatal(err)
		}
		got := runListsImport(t, dir, "corporate", file, tt.name, tt.args, tt.want.Text)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s %q (-want +got):\n%s", tt.name, tt.args, diff)
		}
	}
}
