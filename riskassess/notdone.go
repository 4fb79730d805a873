package riskassess

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// notDoneComments are comments that, alone or before a note (a bracket,
// 、 or a space: 未実施（来年度から）), say the thing asked about is not
// done; notDoneLeads may stand before them (現在は未実施). Words for none
// (なし, 特になし) are left out: beside yes they mean no remarks.
var (
	notDoneComments = []string{"未実施", "未対応", "未整備", "未策定", "未作成", "未設定", "未導入", "実施していない", "対応していない",
		"整備していない", "策定していない", "作成していない", "設定していない", "導入していない", "行っていない", "していない",
		"実施なし", "対応なし", "検討中", "準備中", "作成中", "策定中", "対応予定", "実施予定", "導入予定", "設定予定", "作成予定", "策定予定",
		"今後対応", "今後実施", "今後対応予定", "今後実施予定", "今後検討", "いいえ"}
	notDoneLeads = []string{"現時点では", "現時点で", "現在は", "現在", "現状は", "現状", "今は", "まだ", "一部"}
	// notDoneTime is a time to come that may stand before them too
	// (来年度実施予定, 今年度中に対応予定, 今年度は未実施); a year by its number
	// only before a word of a plan (2027年度に導入予定; not 2024年度は未実施,
	// which may be a year past).
	notDoneTime = regexp.MustCompile(`^(?:(?:令和|r)?[0-9]+年度|(?:来|次|本|今)年度|来年|年内|今後)(?:中|内|末|以降)?(?:に|から|より)?は?`)
	// notDoneEnglish are read only as the whole comment (no issues,
	// planned maintenance explain a yes).
	notDoneEnglish = []string{"no", "not yet", "not done", "not implemented", "planned", "none yet"}
)

// CommentSaysNotDone reports whether comment, the comment of an answer to
// a yes/no question, says that the thing asked about is not done: it is,
// or starts with, a word such as 未実施, 実施していない (実施していません),
// 今後対応予定 or いいえ (after 現在は, まだ, 一部 and the like, or a time to
// come: 来年度, 今年度中に, 2027年度に; then the end, a bracket, 、 or a
// space), or it is wholly "no", "not yet", "not done", "not implemented",
// "planned" or "none yet" (full-width letters and case aside; a closing
// 。 or です aside). Beside the answer yes such a comment contradicts the
// answer, which would be met: the register (catalog.CheckReferences) and
// an imported questionnaire (xlsx) refuse the pair. Comments that explain
// a yes, in negative words too (個人情報は掲載していない, 特になし, no
// issues), are not read so.
func CommentSaysNotDone(comment string) bool {
	if strings.TrimSpace(comment) == "" {
		return false
	}
	t := strings.ToLower(strings.TrimSpace(strings.Map(NarrowRune, comment)))
	t = strings.TrimSpace(strings.TrimSuffix(strings.TrimRight(t, "。. "), "です"))
	// The polite form says the same (実施していません, 対応しておりません).
	t = strings.NewReplacer("ておりません", "ていない", "ていません", "ていない").Replace(t)
	for _, l := range notDoneLeads {
		if h, ok := strings.CutPrefix(t, l); ok {
			t = strings.TrimLeft(h, "、, ")
			break
		}
	}
	numbered := false
	if m := notDoneTime.FindString(t); m != "" {
		t, numbered = strings.TrimLeft(t[len(m):], "、, "), strings.ContainsAny(m, "0123456789")
	}
	if slices.Contains(notDoneEnglish, t) {
		return true
	}
	for _, w := range notDoneComments {
		if numbered && !strings.HasSuffix(w, "予定") {
			continue
		}
		rest, ok := strings.CutPrefix(t, w)
		if r, _ := utf8.DecodeRuneInString(rest); ok && (rest == "" || strings.ContainsRune("(、,。. ", r)) {
			return true
		}
	}
	return false
}
