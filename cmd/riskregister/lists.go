package main

import (
	"archive/zip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/listsnapshot"
	"github.com/gikai-sec/riskregister/riskassess/load"
	"github.com/gikai-sec/riskregister/riskassess/publiclist"
	"github.com/gikai-sec/riskregister/riskassess/store"
	"github.com/spf13/cobra"
)

func newListsCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "lists",
		Short: "公表リスト（ISMAP・法人番号）のスナップショットを取り込む / import snapshots of public lists (ISMAP, corporate numbers)",
		Long: `ISMAP・ISMAP-LIU のクラウドサービスリストと国税庁の法人番号データを、日付付きのスナップショットとして
台帳の lists/ に取り込みます。assess・check・build・due はそのスナップショットと台帳を照合します（docs/public-lists.md）。

Imports the ISMAP and ISMAP-LIU cloud service lists and the National Tax Agency's corporate-number data into
dated snapshots in the register's lists/ folder; assess, check, build and due cross-check the register against
them (docs/public-lists.md).`,
		Args: cobra.NoArgs,
	}
	cmd.AddCommand(newListsImportCmd(a))
	return cmd
}

// listsImportOptions are the settings of `lists import`.
type listsImportOptions struct {
	dir, date, coverage string
}

func newListsImportCmd(a *app) *cobra.Command {
	var o listsImportOptions
	cmd := &cobra.Command{
		Use:   "import ismap|ismap-liu|corporate FILE [--date YYYY-MM-DD] [--coverage national|prefecture|difference]",
		Short: "公表リストのファイルを日付付きスナップショットとして取り込む / import a public list file as a dated snapshot",
		Long: `FILE を読み、lists/LIST-DATE.yaml にスナップショット（日付、元のファイル名、SHA-256、内容）を書きます。
  ismap, ismap-liu  ポータルのクラウドサービスリストを保存した xlsx または CSV（UTF-8・Shift_JIS）、Excel の
                    「Unicode テキスト」で保存したタブ区切りのテキスト（UTF-16）。見出しで列を探し、
                    読めない見出しのファイルは、見つかった見出しを示して取り込みません。全サービスを記録します。
  corporate         法人番号公表サイトのダウンロードファイル（CSV・Unicode 版、zip のままでも可）。全件データ（全国・
                    都道府県）と差分データ。台帳の委託事業者と provider.corporate_number の法人だけを記録します。
                    --coverage は、ファイル名（00_zenkoku…、13_tokyo…、diff…）から分からないときに指定します。
                    差分データは国税庁のファイル名（diff_YYYYMMDD…）のまま取り込みます。全件データとして読むファイルの
                    全行の更新年月日が 7 日以内なら、差分データとして取り込みません。
--date はリストの日付（既定は今日。ISMAP のリストの見出しより上に「2026年11月1日現在」「2026/11/1 更新」
「公開日：2026年11月1日」のような日付があればその日で、違う --date は取り込みません。「現在」「更新」などの語のない日付
（「…リスト 2026年11月1日」）は、リストの日付か分からないため --date が必要です。法人番号のファイル名に日付
（00_zenkoku_all_20261130）があればその日）。
今日より後の日付は使えません。同じリスト・日付のスナップショットがあれば取り込みません。

Reads FILE and writes the snapshot (date, source file name, SHA-256, rows) to lists/LIST-DATE.yaml.
ismap and ismap-liu take the portal's list saved as xlsx, as CSV (UTF-8 or Shift_JIS) or as Excel's "Unicode
text" (tab-separated, UTF-16); columns are found by
their headers and a file that cannot be mapped is refused with the headers seen; every service is kept.
corporate takes the corporate-number site's download (CSV, Unicode version, zipped or not): full data of all
of Japan or a prefecture, or difference data; only the register's contractors and service providers are kept.
Give --coverage when the file name does not tell; a difference file keeps the agency's name (diff_YYYYMMDD…), and a
file read as full data whose rows were all updated within 7 days is refused as a renamed difference file. --date is the date of the list (default today; the date an
ISMAP list states above its header, as in "2026年11月1日現在", "2026/11/1 更新" or "公開日：2026年11月1日", and a
--date that differs is refused; a date no word names, "…リスト 2026年11月1日", may be the day the file was saved, so
--date is then required; the date in a corporate file's name, 00_zenkoku_all_20261130); a date after today is refused.`,
		Example: `  riskregister lists import ismap ~/Downloads/cloud_service_list.xlsx --date 2026-11-01
  riskregister lists import corporate 00_zenkoku_all_20261130.zip --date 2026-11-30`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runListsImport(o, args[0], args[1])
		},
	}
	addRegisterFlag(cmd, &o.dir)
	cmd.Flags().StringVar(&o.date, "date", "", "リストの日付 YYYY-MM-DD（省略時は日本時間の今日。ISMAP はファイルの「…現在」の日付、法人番号はファイル名の日付） / the date of the list (default today in Japan; for ISMAP, the date the file states, \"…現在\"; for corporate, the date in the file name)")
	cmd.Flags().StringVar(&o.coverage, "coverage", "", "法人番号データの範囲 national|prefecture|difference（ファイル名から分からないとき） / what a corporate-number file covers, when its name does not tell")
	return cmd
}

func (a *app) runListsImport(o listsImportOptions, listArg, file string) error {
	list := riskassess.PublicList(strings.ToLower(listArg))
	if !list.Valid() {
		return badUsage(fmt.Sprintf("lists import: リスト %q は使えません（ismap, ismap-liu, corporate のいずれか）", listArg),
			fmt.Sprintf("lists import: unknown list %q: use ismap, ismap-liu or corporate", listArg))
	}
	var cov riskassess.Coverage
	if o.coverage != "" {
		cov = riskassess.Coverage(o.coverage)
		if !cov.Valid() || list != riskassess.ListCorporate {
			return badUsage(fmt.Sprintf("--coverage %q: 法人番号データ（corporate）に national, prefecture, difference のいずれかを指定します", o.coverage),
				fmt.Sprintf("--coverage %q: takes national, prefecture or difference, for corporate only", o.coverage))
		}
	}
	date, err := parseAsOf(o.date)
	if err != nil {
		return badUsage(fmt.Sprintf("--date %q: 日付は YYYY-MM-DD（例: 2026-11-01）で指定してください", o.date),
			fmt.Sprintf("--date %q: give the date as YYYY-MM-DD, e.g. 2026-11-01", o.date))
	}
	// The agency's file names carry the date of the data
	// (00_zenkoku_all_20261130.zip): without --date that is the snapshot's
	// date, not today, or a file saved weeks ago would pass as fresh.
	// A --date other than the name's dated the data wrongly: a difference
	// file of 12-03 given --date 2026-12-06 was laid on the snapshot of
	// 12-05 and put its older records over newer ones, and any file
	// passed as fresher than it is (as for an ISMAP list that states
	// its date).
	// datedBy says where the date comes from when it is the file's own
	// (its name, or the date an ISMAP list states): another --date is
	// then refused, so it is not advised.
	var datedBy riskassess.Text
	if m := corporateFileDate.FindStringSubmatch(filepath.Base(file)); list == riskassess.ListCorporate && m != nil {
		if d, err := riskassess.ParseDate(m[1] + "-" + m[2] + "-" + m[3]); err == nil {
			if o.date != "" && d != date {
				return badUsage(fmt.Sprintf("--date %s と、ファイル名が示すデータの日付 %s（%s）が違います。スナップショットはデータの日付で記録します。--date を省略するか、--date %s を指定してください", date, d, filepath.Base(file), d),
					fmt.Sprintf("--date %s differs from the date of the data in the file name, %s (%s): the snapshot is dated by its data; leave --date out, or give --date %s", date, d, filepath.Base(file), d))
			}
			date, datedBy = d, riskassess.T("ファイル名の日付", "the date in the file name")
		}
	}
	today, _ := parseAsOf("")
	if today.Before(date) {
		return badUsage(fmt.Sprintf("--date %s は今日（%s）より後です。リストを保存した日を指定してください", date, today),
			fmt.Sprintf("--date %s is after today (%s): give the day the list was saved", date, today))
	}
	// A difference file given --coverage national or prefecture would be
	// read as a full list: every corporation it does not change reported
	// as not existing, or the snapshot taken for a whole prefecture.
	if list == riskassess.ListCorporate && cov != "" && cov != riskassess.CoverageDifference && coverageOf(filepath.Base(file)) == riskassess.CoverageDifference {
		return badUsage(fmt.Sprintf("%s: ファイル名は差分データ（diff・差分）ですが、--coverage %s が指定されています。差分データは変更のあった法人だけを載せるため、全件データとして取り込むと載っていない法人がすべて「存在しない」になります。差分データなら --coverage を省略してください（全件データなら、ファイル名を確かめてください）", file, cov),
			fmt.Sprintf("%s: the file name says difference data (diff) but --coverage %s was given: a difference file lists only the corporations that changed, so read as full data every other corporation would be reported as not existing; leave --coverage out for a difference file (for full data, check the file name)", file, cov))
	}
	// A snapshot made by laying a difference file on an earlier one is
	// known as such by the name of its file (layered): under another
	// name (20261203.csv --coverage difference), an older file imported
	// after it was laid under it unchecked, its closures and mergers
	// missing from every later check.
	if list == riskassess.ListCorporate && cov == riskassess.CoverageDifference && coverageOf(filepath.Base(file)) != riskassess.CoverageDifference {
		return badUsage(fmt.Sprintf("%s: --coverage difference が指定されていますが、ファイル名が差分データ（diff・sabun・差分）の名前ではありません。差分データを前のスナップショットに重ねたことは、スナップショットに記録するファイル名で判断します（名前が違うと、後から古いファイルを取り込んだとき、重ねる順序を確かめられません）。ファイル名を国税庁の名前（diff_YYYYMMDD…、YYYYMMDD はデータの日付）に戻し、--coverage を付けずに取り込んでください", file),
			fmt.Sprintf("%s: --coverage difference was given but the file name is not one of difference data (diff, sabun): that a snapshot was laid on an earlier one is known by the file name it records (under another name, an older file imported later is not checked against it); rename the file as the agency names it (diff_YYYYMMDD…, the date of its data) and import it without --coverage", file))
	}
	if list == riskassess.ListCorporate && cov == "" {
		if cov = coverageOf(filepath.Base(file)); cov == "" {
			return badUsage(fmt.Sprintf("%s: ファイル名から全国・都道府県・差分のどれか分かりません。--coverage national|prefecture|difference を指定してください", file),
				fmt.Sprintf("%s: the file name does not tell whether it is the national, a prefecture's or a difference file: give --coverage national|prefecture|difference", file))
		}
	}
	// A date in the name that is not read as the data's (a day that does
	// not exist, 00_zenkoku_all_20261131.zip; another form,
	// 00_zenkoku_all_2026-11-30.zip, zenkoku20261130.zip) dated the data
	// today, newer than it is (and a full file, read for a difference, was
	// laid as the newest): the date of the data is asked for.
	if list == riskassess.ListCorporate && o.date == "" && datedBy.Ja == "" {
		name := filepath.Base(file)
		if m := corporateFileDate.FindStringSubmatch(name); m != nil {
			return badUsage(fmt.Sprintf("%s: ファイル名の日付「%s」は存在しない日付のため、データの日付が分からず取り込みません。--date にデータの日付を指定してください", file, m[1]+m[2]+m[3]),
				fmt.Sprintf("%s: the date in the file name, %s, does not exist, so the date of the data is not known: nothing imported; give the date of the data with --date", file, m[1]+m[2]+m[3]))
		}
		if m := nameDateLike.FindStringSubmatch(name); m != nil {
			return badUsage(fmt.Sprintf("%s: ファイル名の「%s」は日付のようですが、国税庁の名前の形（…_YYYYMMDD.zip）でないため、データの日付として読まず、取り込みません（今日の日付にすると、実際より新しいデータになります）。--date にデータの日付を指定するか、ファイル名を国税庁の名前に戻してください", file, m[1]),
				fmt.Sprintf("%s: the file name holds %q, which looks like a date but is not in the agency's form (…_YYYYMMDD.zip), so it is not read as the date of the data: nothing imported (dated today, the data would be newer than it is); give the date of the data with --date, or rename the file as the agency names it", file, m[1]))
		}
	}

	f, err := os.Open(file)
	if err != nil {
		return &exitError{code: 1, msg: file + ": " + a.errText(err)}
	}
	defer f.Close()
	h := sha256.New()
	in := io.TeeReader(f, h)
	fileErr := func(err error) error {
		var pe *publiclist.Error
		if errors.As(err, &pe) {
			if pe.Place != "" {
				return &exitError{code: 1, msg: file + ":" + pe.Message(a.lang)}
			}
			return &exitError{code: 1, msg: file + ": " + pe.Message(a.lang)}
		}
		return &exitError{code: 1, msg: file + ": " + a.errText(err)}
	}
	// An ISMAP list is read first: the date it states for itself
	// (「2026年8月1日現在」) dates the snapshot. Dated today instead, a list
	// saved months ago passed as the newest and displaced a newer
	// snapshot in every cross-check.
	var ismap publiclist.ISMAPFile
	if list == riskassess.ListISMAP || list == riskassess.ListISMAPLIU {
		if ismap, err = publiclist.ReadISMAPFile(in, file); err != nil {
			return fileErr(err)
		}
		// Text like a date where the list's date stands that no form is
		// read in (「R.8.8.1現在」, 「2026年8月1日10時現在」, 「Aug 1,
		// 2026」): the list's date is not known. Dated today, the list
		// passed as newer than it is and became the newest snapshot; a
		// date stated in another cell may be contradicted by it. Only
		// staff know: --date is asked for.
		if ismap.UnreadAt != "" && o.date == "" {
			at := file + ":" + ismap.UnreadAt
			return badUsage(fmt.Sprintf("%s「%s」: リストの日付のように見えますが、日付として読めないため、リストの日付が分からず取り込みません。ポータルでリストの日付を確かめ、--date に指定してください", at, ismap.UnreadText),
				fmt.Sprintf("%s: this looks like the list's date but cannot be read as a date, so the list's date is not known: nothing imported; check the list's date on the portal and give it with --date", at))
		}
		if st := ismap.Stated; !st.IsZero() {
			at := file + ":" + ismap.StatedAt
			switch {
			case o.date != "" && st != date:
				return badUsage(fmt.Sprintf("--date %s と、ファイルが示すリストの日付 %s（%s「%s」）が違います。スナップショットはリストの日付で記録します。--date を省略するか、--date %s を指定してください", date, st, at, ismap.StatedText, st),
					fmt.Sprintf("--date %s differs from the date the file states for its list at %s, %s: the snapshot is dated by its list; leave --date out, or give --date %s", date, at, st, st))
			case today.Before(st):
				return failure(fmt.Sprintf("%s: ファイルが示すリストの日付 %s（「%s」）が今日（%s）より後です。日付を確かめてください", at, st, ismap.StatedText, today),
					fmt.Sprintf("%s: the date the file states for its list, %s, is after today (%s): check the date", at, st, today))
			}
			date, datedBy = st, riskassess.T("ファイルが示すリストの日付", "the date the file states for its list")
		}
		// A month without a day (「2026年8月現在」) does not date the
		// list: its first day would date the list before it is (a
		// cross-check on an earlier day would use it), its last day or
		// today after it (a newer snapshot displaced, staleness hidden).
		// Only staff know the day: --date is asked for, in that month.
		if m := ismap.StatedMonth; !m.IsZero() {
			at := file + ":" + ismap.StatedAt
			last := m.AddMonths(1).AddDays(-1)
			month := fmt.Sprintf("%d年%d月", m.Year, m.Month)
			switch {
			case o.date == "":
				return badUsage(fmt.Sprintf("%s「%s」: リストの日付が%sとしか書かれておらず、日が分からないため取り込みません。ポータルでリストの日付を確かめ、--date に指定してください（%s～%s）", at, ismap.StatedText, month, m, last),
					fmt.Sprintf("%s: the file states only the month of its list, %s, not the day: nothing imported; check the list's date on the portal and give it with --date (%s to %s)", at, m.String()[:7], m, last))
			case date.Before(m) || last.Before(date):
				return badUsage(fmt.Sprintf("--date %s は、ファイルが示すリストの月（%s「%s」、%s）の日付ではありません。スナップショットはリストの日付で記録します。%s～%s の日付を指定してください", date, at, ismap.StatedText, month, m, last),
					fmt.Sprintf("--date %s is not in the month the file states for its list at %s, %s: the snapshot is dated by its list; give a date from %s to %s", date, at, m.String()[:7], m, last))
			}
		}
		// A date with no word saying what it dates (「ISMAPクラウドサービス
		// リスト 2026年8月1日」, a date cell alone) may be the list's or
		// the day the file was saved or printed. Dated today, the list
		// passed as newer than it is and became the newest snapshot;
		// dated by it, a save date would pass as the list's. Only staff
		// know: --date is asked for, as for a month without a day.
		// A date in the name of a file that states none (ismap_20260801.xlsx)
		// may be the list's or the day it was saved: dated today, the list
		// passed as newer than it is. Only staff know, as for a date no
		// word names.
		if m := nameDateLike.FindStringSubmatch(filepath.Base(file)); m != nil && o.date == "" && ismap.BareAt == "" && ismap.Stated.IsZero() && ismap.StatedMonth.IsZero() {
			return badUsage(fmt.Sprintf("%s: ファイル名に日付のような「%s」がありますが、ファイルにはリストの日付が書かれておらず、リストの日付か（保存した日などか）分からないため取り込みません。ポータルでリストの日付を確かめ、--date に指定してください", file, m[1]),
				fmt.Sprintf("%s: the file name holds %q, which looks like a date, and the file states no date for its list, so whether it is the list's date or the day the file was saved is not known: nothing imported; check the list's date on the portal and give it with --date", file, m[1]))
		}
		if ismap.BareAt != "" && o.date == "" {
			at, d := file+":"+ismap.BareAt, ismap.BareDate
			if d.IsZero() { // a day that does not exist
				return badUsage(fmt.Sprintf("%s「%s」: 日付に「現在」「時点」「更新」などの語がなく、リストの日付か分からず、存在しない日付です。取り込みません。ポータルでリストの日付を確かめ、--date に指定してください", at, ismap.BareText),
					fmt.Sprintf("%s: the file holds a date that does not exist, with no word saying it is the list's date (as of, updated): nothing imported; check the list's date on the portal and give it with --date", at))
			}
			return badUsage(fmt.Sprintf("%s「%s」: 日付 %s に「現在」「時点」「更新」などの語がなく、リストの日付か（保存・印刷した日などか）分からないため取り込みません。ポータルでリストの日付を確かめ、--date に指定してください（この日付がリストの日付なら --date %s）", at, ismap.BareText, d, d),
				fmt.Sprintf("%s: the file holds a date, %s, with no word saying it is the list's date (as of, updated), so it may be the day the file was saved or printed: nothing imported; check the list's date on the portal and give it with --date (--date %s if it is this one)", at, d, d))
		}
	}

	unlock, err := a.lockRegister(o.dir)
	if err != nil {
		return err
	}
	defer unlock()
	reg, _, err := a.loadRegister(o.dir)
	if err != nil {
		return err
	}
	rel := store.SnapshotFile(list, date)
	target := filepath.Join(o.dir, filepath.FromSlash(rel))
	if _, err := os.Lstat(target); err == nil {
		if datedBy.Ja != "" {
			return failure(a.regPath(rel)+": この日付のスナップショットはもうあります（日付は"+datedBy.Ja+"）。取り込み直すなら、このファイルを削除してから取り込んでください",
				a.regPath(rel)+": a snapshot of this date exists already (dated by "+datedBy.En+"): to import it again, delete the file first")
		}
		return failure(a.regPath(rel)+": この日付のスナップショットはもうあります。別の --date を指定するか、このファイルを削除してから取り込んでください",
			a.regPath(rel)+": a snapshot of this date exists already: give another --date, or delete the file first")
	}

	// A difference file is one day's changes, laid on the newest earlier
	// snapshot (MergeDifference): the snapshot it makes holds that one's
	// corporations as they were then. A file dated before such a snapshot
	// is not in it: imported after it, a closure or merger in the older
	// file was read as active by every check from the newer snapshot on.
	if list == riskassess.ListCorporate {
		if later := nextCorporate(reg.Lists, date); later != nil && layered(later) {
			what, whatEn := "全件データ", "full data"
			if cov == riskassess.CoverageDifference {
				what, whatEn = "差分データ", "difference file"
			}
			return failure(fmt.Sprintf("%s: この%s（%s）より新しい法人番号のスナップショット %s（%s）が、差分データをそれより前のスナップショットに重ねて作られています。そのスナップショットはこのファイルを含まないため、このファイルにある閉鎖・合併・商号変更が照合されません。%s より後の法人番号のスナップショットを削除し、このファイルの後に差分データを日付の順に取り込み直してください",
				file, what, date, a.regPath(later.Source), later.Date, date),
				fmt.Sprintf("%s: the corporate-number snapshot %s (%s), newer than this %s (%s), was made by laying a difference file on an earlier snapshot: it does not include this file, so this file's closures, mergers and name changes would not be checked; delete the corporate-number snapshots dated after %s, import this file, then the difference files again in date order",
					file, a.regPath(later.Source), later.Date, whatEn, date, date))
		}
	}

	sn := &riskassess.ListSnapshot{List: list, Date: date, File: filepath.Base(file), Coverage: cov}
	var summary string
	switch list {
	case riskassess.ListISMAP, riskassess.ListISMAPLIU:
		rows := ismap.Services
		sn.Services = rows
		summary = l10n(a.lang, fmt.Sprintf("%sの %d サービスを記録しました", list.Label("ja"), len(rows)),
			fmt.Sprintf("recorded the %d services of the %s", len(rows), list.Label("en")))
		if !ismap.Stated.IsZero() && o.date == "" {
			summary += l10n(a.lang, fmt.Sprintf("（日付はファイルの「%s」による）", ismap.StatedText),
				fmt.Sprintf(" (dated %s, as the file states at %s)", ismap.Stated, ismap.StatedAt))
		}
		// A date with 現在 or 時点 that is not the list's date (a note
		// such as ※2026年9月30日時点で…を含みます) leaves the list dated
		// today: say so, naming the cell, so that a wrong day is seen.
		if ismap.Stated.IsZero() && o.date == "" && ismap.OtherAt != "" {
			at := file + ":" + ismap.OtherAt
			summary += l10n(a.lang, fmt.Sprintf("（%s「%s」の日付はリストの日付として読まなかったため、今日（%s）の日付で記録しました。リストの日付が違うときは、このスナップショットを削除し、--date にリストの日付を指定して取り込み直してください）", at, ismap.OtherText, date),
				fmt.Sprintf(" (the date in the cell at %s was not read as the list's date, so the snapshot is dated today, %s; if the list has another date, delete this snapshot and import again with --date and the list's date)", at, date))
		}
		// A list without an expiry or scope column (or a header of it
		// the reader does not know) leaves a cross-check undone: say so.
		if !slices.ContainsFunc(rows, func(l riskassess.ISMAPListing) bool { return !l.ValidUntil.IsZero() }) {
			summary += l10n(a.lang, "（有効期限が1件も読めなかったため、LST-ISMAP-EXPIRY は照合されません。有効期限の列の見出しを確かめてください）",
				" (no expiry was read: LST-ISMAP-EXPIRY will not be checked; check the header of the expiry column)")
		}
		if !slices.ContainsFunc(rows, func(l riskassess.ISMAPListing) bool { return l.Scope != "" }) {
			summary += l10n(a.lang, "（言明の対象範囲が1件も読めなかったため、LST-ISMAP-SCOPE は照合されません。対象範囲の列の見出しを確かめてください）",
				" (no scope was read: LST-ISMAP-SCOPE will not be checked; check the header of the scope column)")
		}
	case riskassess.ListCorporate:
		want := publiclist.RegisterNumbers(reg)
		if len(want) == 0 {
			return failure("台帳に法人番号（委託事業者の corporate_number、サービスの provider.corporate_number）がありません。照合するものがないため取り込みません",
				"the register names no corporate number (contractors' corporate_number, services' provider.corporate_number): nothing to check, nothing imported")
		}
		csvIn, closeCSV, err := csvOf(in, f, file)
		if err != nil {
			return fileErr(err)
		}
		scan, err := publiclist.ScanCorporate(csvIn, func(n string) bool { return want[n] })
		closeCSV()
		if err != nil {
			return fileErr(err)
		}
		// Full data holds every corporation, updated since 2015; a
		// difference file holds one day's changes, all updated that day.
		// A file taken as full data (by its name or --coverage) whose
		// every record was updated within a week is a difference file
		// renamed (houjin_sabun_1203.csv, 20261203.csv): read as the
		// national data, every corporation it does not change was
		// reported as not existing; as a prefecture's, the snapshot held
		// a few changed records for the whole prefecture. One record is
		// no full data either, nor is a file without any: read as the
		// national data, every corporation of the register read as not
		// existing.
		if cov != riskassess.CoverageDifference && scan.LooksLikeDifference() {
			return badUsage(differenceContent(file, cov, o.coverage != "", scan))
		}
		// A difference file is one day's changes laid in date order: a
		// name without its date (houjin_sabun_1203.csv) dated it today,
		// newer than it is.
		if cov == riskassess.CoverageDifference && datedBy.Ja == "" && o.date == "" {
			last := "-"
			if !scan.LastUpdated.IsZero() {
				last = scan.LastUpdated.String()
			}
			return badUsage(fmt.Sprintf("%s: 差分データのファイル名に日付（diff_YYYYMMDD）がなく、--date もないため、データの日付が分からず取り込みません（今日の日付にすると、実際より新しいデータとして重ねられます）。--date にデータの日付を指定するか、ファイル名を国税庁の名前に戻してください（ファイルの更新年月日は %s まで）", file, last),
				fmt.Sprintf("%s: the name of this difference file holds no date (diff_YYYYMMDD) and no --date was given, so the date of its data is not known: nothing imported (dated today, it would be laid as newer data than it is); give the date of its data with --date, or rename the file as the agency names it (its records were last updated on %s)", file, last))
		}
		var base *riskassess.ListSnapshot // the snapshot a difference file is laid on
		var later []string                // numbers whose earlier record, updated later, was kept
		if cov == riskassess.CoverageDifference {
			prev, _ := listsnapshot.On(reg.Lists, riskassess.ListCorporate, date)
			base = prev
			sn.Corporations, sn.Coverage, later = publiclist.MergeDifference(prev, scan.Records)
			if prev != nil {
				// Only the national file said which numbers do not exist.
				sn.Searched = prev.Searched
			}
		} else {
			sn.Corporations, _, _ = publiclist.MergeDifference(nil, scan.Records)
		}
		if sn.Coverage == riskassess.CoverageNational && cov == riskassess.CoverageNational {
			sn.Searched = slices.Sorted(maps.Keys(want))
		}
		var missing []string
		for n := range want {
			if _, ok := scan.Records[n]; !ok {
				missing = append(missing, n)
			}
		}
		slices.Sort(missing)
		if cov == riskassess.CoverageDifference {
			// The snapshot holds the one it was laid on with this file's
			// records over it: say how many it holds, apart from those
			// of the file, and the file's records it did not take.
			inSnap := 0
			for _, c := range sn.Corporations {
				if want[c.Number] {
					inSnap++
				}
			}
			summary = l10n(a.lang, fmt.Sprintf("差分データ %d 行を読み、台帳の法人 %d 件のうち %d 件の記録がありました。スナップショットには台帳の法人 %d 件を記録しました", scan.Rows, len(want), len(scan.Records), inSnap),
				fmt.Sprintf("read %d rows of difference data holding %d of the register's %d corporations; the snapshot records %d of them", scan.Rows, len(scan.Records), len(want), inSnap))
			if len(later) > 0 {
				summary += l10n(a.lang, "（前のスナップショットの記録の方が新しいため、それを残した番号: ", " (kept the earlier snapshot's record, updated later, of: ") + strings.Join(later, ", ") + l10n(a.lang, "）", ")")
			}
			if len(scan.PastOnly) > 0 {
				summary += l10n(a.lang, "（過去の記録（最新履歴 0）だけのため取り込まなかった番号: ", " (only past records, latest flag 0, not taken, of: ") + strings.Join(scan.PastOnly, ", ") + l10n(a.lang, "）", ")")
			}
		} else {
			summary = l10n(a.lang, fmt.Sprintf("%d 行を読み、台帳の法人 %d 件のうち %d 件を記録しました", scan.Rows, len(want), len(scan.Records)),
				fmt.Sprintf("read %d rows and recorded %d of the register's %d corporations", scan.Rows, len(scan.Records), len(want)))
		}
		if len(missing) > 0 {
			summary += l10n(a.lang, "（ファイルにない番号: ", " (not in the file: ") + strings.Join(missing, ", ") + l10n(a.lang, "）", ")")
		}
		// A difference file holds one day's changes: say what it was laid
		// on, so that a gap (difference files of the days between not
		// imported) is seen.
		if base != nil {
			summary += l10n(a.lang, fmt.Sprintf("（差分データを %s（%s）に重ねました。%s の翌日からこの差分の前日までの差分データを取り込んでいなければ、その間の閉鎖・合併・商号変更は含まれていません）", a.regPath(base.Source), base.Date, base.Date),
				fmt.Sprintf(" (the difference data was applied on top of %s (%s); changes between that day and this file are not included unless their difference files were imported)", a.regPath(base.Source), base.Date))
		}
	}
	// The hash covers the whole file, read or not.
	if _, err := io.Copy(io.Discard, in); err != nil {
		return fileErr(err)
	}
	sn.SHA256 = hex.EncodeToString(h.Sum(nil))
	data, err := publiclist.Marshal(sn)
	if err != nil {
		return &exitError{code: 1, msg: err.Error()}
	}
	if err := os.MkdirAll(filepath.Join(o.dir, store.ListsDir), 0o755); err != nil {
		return &exitError{code: 1, msg: a.regPath(store.ListsDir) + ": " + a.errText(err)}
	}
	if err := store.WriteFileAtomic(target, data, 0o644); err != nil {
		return &exitError{code: 1, msg: a.regPath(rel) + ": " + a.errText(err)}
	}
	// The snapshot must read back through the front door like any file of
	// the register; if it does not, it is removed rather than left to
	// break every command.
	if res, err := load.Dir(o.dir); err != nil {
		var bad []string
		for _, p := range res.Problems {
			if p.File == rel {
				bad = append(bad, a.regPath(rel)+p.Message(a.lang)[len(p.File):])
			}
		}
		if len(bad) > 0 {
			os.Remove(target)
			return failure(strings.Join(bad, "\n")+"\nスナップショットを書き込みませんでした", strings.Join(bad, "\n")+"\nthe snapshot was not written")
		}
	}
	fmt.Fprintf(a.stdout, "%s: %s\n", a.regPath(rel), summary)
	return nil
}

// differenceContent is the refusal of a file taken as full data of
// coverage cov (by --coverage when flag, else by its name) whose records
// were all updated within publiclist.DifferenceSpanDays, or that holds none: its Japanese
// and English texts.
func differenceContent(file string, cov riskassess.Coverage, flag bool, scan publiclist.CorporateScan) (string, string) {
	whatJa, whatEn := "全国", "national"
	if cov == riskassess.CoveragePrefecture {
		whatJa, whatEn = "都道府県", "prefecture"
	}
	byJa, byEn := "ファイル名により", "by its name"
	if flag {
		byJa, byEn = "--coverage "+string(cov)+" により", "by --coverage "+string(cov)
	}
	if scan.Rows == 0 {
		return fmt.Sprintf("%s: %s%sの全件データとして読みましたが、法人の行が 1 行もありません（全件データとして取り込むと、台帳の法人がすべて「存在しない」になります）。何も取り込んでいません。法人番号公表サイトからダウンロードしたファイルをそのまま指定してください（変更のない日の差分データなら、ファイル名を国税庁の名前（diff_YYYYMMDD…、YYYYMMDD はデータの日付）に戻して取り込んでください）",
				file, byJa, whatJa),
			fmt.Sprintf("%s: read as %s full data %s, but it holds no record of a corporation (read as full data, every corporation of the register would be reported as not existing); nothing imported. Give the file as downloaded from the corporate-number site (if it is the difference data of a day without changes, rename it as the agency names it, diff_YYYYMMDD…, the date of its data, and import it again)",
				file, whatEn, byEn)
	}
	span := scan.FirstUpdated.String()
	if scan.LastUpdated != scan.FirstUpdated {
		span += "～" + scan.LastUpdated.String()
	}
	spanEn := strings.Replace(span, "～", " to ", 1)
	return fmt.Sprintf("%s: %s%sの全件データとして読みましたが、%d 行すべての更新年月日が %s です。国税庁の全件データは 2015 年からの法人を載せるため更新年月日は何年にもわたり、差分データは 1 日分の変更だけを載せるため、このファイルは差分データのようです（全件データとして取り込むと、載っていない法人がすべて「存在しない」になるか、都道府県の法人が数件だけのスナップショットになります）。何も取り込んでいません。差分データなら、ファイル名を国税庁の名前（diff_YYYYMMDD…、YYYYMMDD はデータの日付）に戻して取り込んでください（全件データなら、一部を抜き出したものではなく、法人番号公表サイトからダウンロードしたファイルをそのまま指定してください）",
			file, byJa, whatJa, scan.Rows, span),
		fmt.Sprintf("%s: read as %s full data %s, but every one of its %d rows was last updated on %s: the agency's full data lists corporations updated over years since 2015, its difference data one day's changes, so this looks like a difference file (read as full data, every corporation it does not list would be reported as not existing, or a prefecture's snapshot would hold only these few); nothing imported. If it is difference data, rename it as the agency names it (diff_YYYYMMDD…, the date of its data) and import it again (if it is full data, give the whole file as downloaded from the corporate-number site, not an extract)",
			file, whatEn, byEn, scan.Rows, spanEn)
}

// nationalName, prefectureName and differenceName recognise the names of
// the agency's download files: 00_zenkoku_all_YYYYMMDD, 13_tokyo_all_…,
// diff_…_YYYYMMDD.
var (
	nationalName   = regexp.MustCompile(`(?i)^00_|zenkoku`)
	prefectureName = regexp.MustCompile(`^(0[1-9]|[1-3][0-9]|4[0-7])_[a-z]+`)
	differenceName = regexp.MustCompile(`(?i)diff|sabun|差分`)
)

// corporateFileDate finds the date in the name of an agency's download
// file: 00_zenkoku_all_20261130.zip, diff_20261207.zip, and as a browser
// saves a second download, 00_zenkoku_all_20261130 (1).zip.
var corporateFileDate = regexp.MustCompile(`_(20[0-9]{2})([01][0-9])([0-3][0-9])(?:[._ (（-]|$)`)

// nameDateLike finds text like a date in a file's name: eight digits
// (ismap_20260801, and in a corporate-number file's name where
// corporateFileDate does not read them: zenkoku20261130, _20261130a), or a
// year, month and day with separators (2026-11-30, 2026.11.30,
// 2026年11月30日). A number of other lengths (a corporate number,
// houjin_sabun_1203) is not.
var nameDateLike = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)[0-9]{2}(?:[0-9]{4}|[-_./年][0-9]{1,2}[-_./月][0-9]{1,2}日?))(?:[^0-9]|$)`)

// coverageOf tells what a corporate-number file covers from its name, or
// "" when the name does not tell.
func coverageOf(name string) riskassess.Coverage {
	switch {
	case differenceName.MatchString(name):
		return riskassess.CoverageDifference
	case nationalName.MatchString(name):
		return riskassess.CoverageNational
	case prefectureName.MatchString(name):
		return riskassess.CoveragePrefecture
	}
	return ""
}

// csvOf returns the CSV text of a corporate-number file: in itself, or the
// one .csv file inside it when it is a zip archive (as downloaded). The
// archive is read from f (the hash of the whole file is taken afterwards
// from in).
func csvOf(in io.Reader, f *os.File, name string) (io.Reader, func(), error) {
	if !strings.HasSuffix(strings.ToLower(name), ".zip") {
		return in, func() {}, nil
	}
	fi, err := f.Stat()
	if err != nil {
		return nil, nil, err
	}
	zr, err := zip.NewReader(f, fi.Size())
	if err != nil {
		return nil, nil, &publiclist.Error{Text: riskassess.T("zip ファイルとして開けません: "+err.Error(), "cannot open as a zip archive: "+err.Error())}
	}
	var csvs []*zip.File
	for _, zf := range zr.File {
		if strings.HasSuffix(strings.ToLower(zf.Name), ".csv") {
			csvs = append(csvs, zf)
		}
	}
	if len(csvs) != 1 {
		return nil, nil, &publiclist.Error{Text: riskassess.T(
			fmt.Sprintf("zip ファイルに CSV が %d 個あります（1 個のはず）。法人番号公表サイトのファイルをそのまま指定してください", len(csvs)),
			fmt.Sprintf("the zip archive holds %d CSV files, not one: give the file as downloaded from the corporate-number site", len(csvs)))}
	}
	rc, err := csvs[0].Open()
	if err != nil {
		return nil, nil, err
	}
	// zip reads f with ReadAt, which leaves its offset: the caller's
	// final copy from in hashes the whole file.
	return rc, func() { rc.Close() }, nil
}

// nextCorporate returns the corporate-number snapshot dated soonest after
// date, or nil.
func nextCorporate(ss []*riskassess.ListSnapshot, date riskassess.Date) *riskassess.ListSnapshot {
	var next *riskassess.ListSnapshot
	for _, s := range ss {
		if s.List == riskassess.ListCorporate && s.Date.After(date) && (next == nil || s.Date.Before(next.Date)) {
			next = s
		}
	}
	return next
}

// layered reports whether corporate snapshot s was made by laying a
// difference file on an earlier snapshot (its file named as difference
// data, its coverage taken from that snapshot): it holds the earlier
// snapshot's corporations as they were then. A difference file imported
// with nothing before it covers only what it lists, and a full file
// stands alone.
func layered(s *riskassess.ListSnapshot) bool {
	return coverageOf(s.File) == riskassess.CoverageDifference && s.Coverage != riskassess.CoverageDifference
}
