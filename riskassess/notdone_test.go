package riskassess

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCommentSaysNotDone: beside yes, a comment saying the thing is not
// done in the polite form (実施していません), after まだ or 一部, or after a
// time to come (来年度実施予定, 2027年度に導入予定; a year by
// its number only before a plan: 2024年度は未実施 may be past) was read as explaining
// the yes: met. Comments that explain a yes stay.
func TestCommentSaysNotDone(t *testing.T) {
	comments := []string{
		"未実施", "現在は未実施（来年度から）", "not yet",
		"実施していません", "対応しておりません。", "まだ実施していない", "一部未実施",
		"来年度実施予定", "今年度中に対応予定", "2027年度に導入予定", "今年度は未実施", "令和9年度から実施予定",
		// Explaining a yes, and a year by its number that may be past.
		"2024年度は未実施（2025年度から実施）",
		"実施済み", "2026年4月から実施済み", "来年度も実施予定", "個人情報は掲載していません", "特になし", "no issues",
		"一部の端末は2025年度に更新済み", "今後も継続して実施", "未実施の項目なし",
	}
	var got []string
	for _, c := range comments {
		if CommentSaysNotDone(c) {
			got = append(got, c)
		}
	}
	want := []string{
		"未実施", "現在は未実施（来年度から）", "not yet",
		"実施していません", "対応しておりません。", "まだ実施していない", "一部未実施",
		"来年度実施予定", "今年度中に対応予定", "2027年度に導入予定", "今年度は未実施", "令和9年度から実施予定",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("comments saying not done (-want +got):\n%s", diff)
	}
}
