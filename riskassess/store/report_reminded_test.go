package store

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestReportTitleReminded: a report whose title, or the note ending it,
// says a reminder was sent (報告書（督促済み）, 月次報告書 督促済, 9月分
// 報告（催促済み）) and nothing after it validated, its date counted as the
// day the report was received. Titles naming a reminder and a receipt
// after it (督促後受領, 督促済み・10月5日受領) or a procedure stay.
func TestReportTitleReminded(t *testing.T) {
	refused := []string{
		"報告書（督促済み）", "報告書（督促済）", "月次報告書 督促済み", "督促済み", "督促済み。", "9月分報告（催促済み）", "月次報告書（9月分督促済み）",
		"報告書（督促状送付済み）", "月次報告書（9月分・督促済）", "報告書(督促済み)",
	}
	kept := []string{
		"督促状の送付手順", "報告書（督促後受領）", "月次報告書（督促済み・10月5日受領）", "督促済み案件の一覧表", "督促状送付済み一覧の確認報告",
		"月次報告書（督促済み分を含む）", "作業完了報告書（提出済）",
	}
	checkNotReceived(t, refused, kept)
}

// TestReportTitleRequested: a report whose title's note says a reminder
// or a request was sent or the report is not collected (（再督促）,
// （督促）, （提出依頼中）, （未回収）, （督促中・10月末提出予定）), or says not
// received in square brackets (【未提出】, [not received]) validated as
// received. Titles naming a reminder or request and a receipt after it,
// or a procedure, stay.
func TestReportTitleRequested(t *testing.T) {
	refused := []string{
		"報告書（督促予定）", "報告書（再督促）", "報告書（督促）", "報告書（未回収）", "報告書（回収予定）", "報告書（依頼中）", "報告書（提出依頼中）",
		"報告書（提出依頼済み）", "報告書（請求中）", "報告書（催告済み）", "報告書（督促中・10月末提出予定）", "報告書（10日提出予定）", "報告書【未提出】",
		"報告書 [not received]", "9月分報告書【督促済み】",
	}
	kept := []string{
		"督促状の送付手順", "報告書（督促後受領）", "報告書（提出依頼後10月5日受領）", "報告書（回収済み）", "督促対応報告書", "月次報告書【第2四半期】",
		"報告書（依頼事項への回答）", "再委託先への督促結果報告書", "月次報告書（9月分）", "定期報告（第2四半期）",
	}
	checkNotReceived(t, refused, kept)
}

// TestReportTitleReminderCount: a report whose title, its note or its last
// part says only that a reminder was sent with its count or form
// (報告書（督促1回目）, 報告書（再督促中）, 報告書（督促状送付）, 月次報告書 督促1回目)
// validated, its date counted as the day the report was received. Titles
// naming a receipt beside the reminder, or a procedure, stay.
func TestReportTitleReminderCount(t *testing.T) {
	refused := []string{
		"報告書（督促1回目）", "報告書（督促2回目）", "報告書（督促１回目）", "報告書(督促1回目)", "月次報告（督促1回）", "報告書（再督促中）", "報告書（提出督促中）",
		"報告書（1回目督促済み）", "報告書（督促1回目送付）", "報告書（督促状送付）", "報告書（2回目の督促）", "報告書（第2回督促済み）", "報告書（9月分・督促2回目）",
		"報告書【督促1回目】", "月次報告書 督促1回目", "督促1回目", "報告書（催促2回目）", "報告書（督促中）",
		"報告書（未着・督促1回目）", "報告書（未受領、督促2回目）",
	}
	kept := []string{
		"報告書（督促1回目・10月5日受領）", "報告書（督促2回目後受領）", "月次報告書（督促済み分を含む）", "督促状の送付手順", "督促状送付済み一覧の確認報告",
		"督促対応報告書 第2回", "再委託先への督促結果報告書", "報告書（督促1回目、提出済）", "督促・催告の事務手順", "月次報告書（9月分）", "報告書（督促後受領）",
		"報告書（督促1回目・到着済み）",
	}
	checkNotReceived(t, refused, kept)
}

// TestReportTitleReminderParts: a report title whose note, or a part after
// ：, says only that reminders were sent, with a date, a colon, the means
// or several counts (報告書（督促：1回目）, 報告書（督促：10月5日）, 報告書（10/5督促）,
// 報告書（督促メール送付）, 報告書（リマインド送付）, 報告書（督促1回目・2回目）,
// 報告書：督促1回目), that nothing came back (報告書（督促1回目、回答なし）,
// 報告書（督促済・回答待ち）), or that the report is still to arrive (受領前,
// 10月10日到着予定, 受領せず), or whose note stands before a month
// (報告書（督促1回目）10月分) validated as a report received on its date.
// Titles naming a receipt or a report on reminders stay.
func TestReportTitleReminderParts(t *testing.T) {
	refused := []string{
		"報告書（督促：1回目）", "報告書（督促：10月5日）", "報告書（10/5督促）", "報告書（督促10/5）", "報告書（督促1回目 10/5）", "報告書（督促1回目/10月5日）",
		"報告書（督促メール送付）", "報告書（リマインド送付）", "報告書（メールで督促1回目）", "報告書（督促1回目・2回目）", "報告書（督促1・2回目）",
		"報告書（督促1回目～2回目）", "報告書（督促計2回）", "報告書：督促1回目", "報告書 : 督促2回目",
		"報告書（督促1回目、回答なし）", "報告書（督促1回目・返信なし）", "報告書（督促済・回答待ち）", "報告書（督促1回目・未回答）",
		"報告書（督促1回目・受領前）", "報告書（受領前）", "報告書（督促1回目・10月10日到着予定）", "報告書（督促1回目・受領せず）",
		"報告書（督促1回目）10月分",
	}
	kept := []string{
		"報告書（督促2回目、10月5日受領）", "報告書（督促1回目・10月5日受領）", "報告書（督促後に受領）", "月次報告書（督促済み分を含む）",
		"督促状の送付手順", "督促対応報告書 第2回", "督促・催告の事務手順", "報告書：督促業務の実施状況", "督促メール送付手順（10月分）",
		"報告書（10月分）", "報告書（受領前点検済み）",
	}
	checkNotReceived(t, refused, kept)
}

// TestReportTitleReminderAfterSpace: a report title whose words after a
// space say only a reminder with a colon, a space or a month before it
// (月次報告書 督促：1回目, 月次報告書 督促 1回目, 報告書 9月分 督促1回目) validated
// as a report received on its date. Titles of reports on reminders stay.
func TestReportTitleReminderAfterSpace(t *testing.T) {
	refused := []string{"月次報告書 督促：1回目", "月次報告書 督促 1回目", "報告書 9月分 督促1回目", "報告書 令和8年9月分 督促済み", "月次報告書 10/5 督促"}
	kept := []string{"督促対応報告書 第2回", "督促状の送付手順 第2版", "報告書 督促業務 第2回", "月次報告書 9月分", "督促 1回目の対応記録"}
	checkNotReceived(t, refused, kept)
}

// checkNotReceived checks that reportTitleSaysNotReceived reads every
// title of refused, and none of kept, as a report not received.
func checkNotReceived(t *testing.T, refused, kept []string) {
	t.Helper()
	var got []string
	for _, v := range append(slices.Clone(refused), kept...) {
		if reportTitleSaysNotReceived(v) {
			got = append(got, v)
		}
	}
	if d := cmp.Diff(refused, got); d != "" {
		t.Errorf("titles saying the report was not received (-want +got):\n%s", d)
	}
}
