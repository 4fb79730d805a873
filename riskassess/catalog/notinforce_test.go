package catalog

import (
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
)

// TestSaysNotInForce: a social-media document field (operating rules,
// posting scope, takeover or impersonation procedure) saying the document
// was put off, called off, abolished, withdrawn or never brought into
// force (SNS運用方針（令和8年4月1日施行予定だったが延期）, SNS運用方針（廃止）,
// 撤回, SNS policy (postponed)) was met as the document's title. Texts
// where the postponement is past and the document now in force
// (令和7年度延期分を令和8年4月1日施行), another edition's abolition
// (SNS運用方針（令和6年版は廃止）), a topic (第4章（アカウントの廃止）), a
// future abolition (廃止予定), a procedure's step (事業者へ連絡・投稿中止) and
// URLs stay met. Left met though ambiguous: SNS運用方針（一時中止）, read
// as the procedure's topic like 投稿の一時中止.
func TestSaysNotInForce(t *testing.T) {
	notInForce := []string{
		"SNS運用方針（令和8年4月1日施行予定だったが延期）", "SNS運用方針(令和8年4月1日施行予定だったが延期)", "SNS運用方針（延期）", "SNS運用方針（施行延期）",
		"SNS運用方針（延期となった）", "SNS運用方針（延期されました）", "SNS運用方針【延期】", "SNS運用方針 延期", "SNS運用方針、延期", "延期",
		"SNS運用方針（中止）", "SNS運用方針（策定中止）", "SNS運用方針（廃止）", "SNS運用方針（廃止済み）", "SNS運用方針（令和8年3月31日廃止）",
		"SNS運用方針（撤回）", "SNS運用方針（撤回された）", "SNS運用方針（取り下げ）", "SNS運用方針（未施行）", "SNS運用方針（未施行です）",
		"SNS運用方針（施行見送り）", "SNS運用方針の廃止", "SNS運用方針（施行の延期）", "乗っ取り時対応手順（施行前に撤回）", "ＳＮＳ運用方針（廃止）。",
		"SNS policy (postponed)", "SNS policy (Withdrawn)", "SNS policy: abolished", "SNS policy - repealed", "SNS policy (not in force)",
		"SNS運用方針（postponed）", "postponed",
	}
	inForce := []string{
		"令和7年度延期分を令和8年4月1日施行", "SNS運用方針（令和8年4月1日施行予定だったが延期、令和8年10月1日施行）", "SNS運用方針（延期後、令和8年10月1日施行）",
		"SNS運用方針（令和6年版は廃止）", "SNS運用方針（旧方針は廃止）", "SNS運用方針（改定前の第3条は廃止）", "SNS運用方針（前回分は撤回）",
		"SNS緊急時対応手順 第4章（アカウントの廃止）", "SNS運用方針 第5条（投稿の中止）", "イベント中止時の投稿手順", "廃止アカウントの取扱い要領",
		"SNS運用方針（令和9年3月末で廃止予定）", "SNS運用方針（廃止となる場合の手順を含む）", "延期・中止のお知らせ投稿手順",
		"https://www.city.chofu.example/gikai/sns-policy-haishi.html", "調布市議会ソーシャルメディア運用方針 第4条（発信する情報）",
		"Rules for posts withdrawn", "SNS policy (2026 edition)", "Cancelled events: posting rules", "未来志向のSNS運用方針", "中止基準",
		"パスワード変更・事業者へ連絡・投稿中止", "乗っ取り時はパスワードを変更し、投稿を中止", "SNS運用方針（投稿の一時中止）", "SNS緊急時対応手順（アカウント廃止）",
		"SNS運用方針（一時中止）",
	}
	checkSays(t, saysNotInForce, "texts saying the document is not in force", notInForce, inForce)

	// SNS-01 through the check.
	asOf := riskassess.NewDate(2026, time.November, 27)
	want, got := map[string]riskassess.Outcome{}, map[string]riskassess.Outcome{}
	for v, o := range map[string]riskassess.Outcome{
		"SNS運用方針（令和8年4月1日施行予定だったが延期）": riskassess.OutcomeNotMet,
		"SNS運用方針（廃止）":                 riskassess.OutcomeNotMet,
		"SNS運用方針（未施行）":                riskassess.OutcomeNotMet,
		"令和7年度延期分を令和8年4月1日施行":         riskassess.OutcomeMet,
		"SNS運用方針（令和6年版は廃止）":           riskassess.OutcomeMet,
		"SNS運用方針（案）":                  riskassess.OutcomePartial,
	} {
		e := &riskassess.Social{PostingRules: v}
		got[v] = checks["SNS-01"](newReq("SNS-01"), &riskassess.Subject{Entry: e, AsOf: asOf}).Outcome
		want[v] = o
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("SNS-01 (-want +got):\n%s", d)
	}
}
