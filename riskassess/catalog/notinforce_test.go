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
// URLs stay met. SNS運用方針（一時中止） is TestSaysNotInForcePause's.
func TestSaysNotInForce(t *testing.T) {
	notInForce := []string{
		"SNS運用方針（令和8年4月1日施行予定だったが延期）", "SNS運用方針(令和8年4月1日施行予定だったが延期)", "SNS運用方針（延期）", "SNS運用方針（施行延期）",
		"SNS運用方針（延期となった）", "SNS運用方針（延期されました）", "SNS運用方針【延期】", "SNS運用方針 延期", "SNS運用方針、延期", "延期",
		"SNS運用方針（中止）", "SNS運用方針（策定中止）", "SNS運用方針（廃止）", "SNS運用方針（廃止済み）", "SNS運用方針（令和8年3月31日廃止）",
		"SNS運用方針（撤回）", "SNS運用方針（撤回された）", "SNS運用方針（取り下げ）", "SNS運用方針（未施行）", "SNS運用方針（未施行です）",
		"SNS運用方針（施行見送り）", "SNS運用方針の廃止", "SNS運用方針（施行の延期）", "乗っ取り時対応手順（施行前に撤回）", "ＳＮＳ運用方針（廃止）。",
		"SNS policy (postponed)", "SNS policy (Withdrawn)", "SNS policy: abolished", "SNS policy - repealed", "SNS policy (not in force)",
		"SNS運用方針（postponed）", "postponed",
		// The document as the subject of the word (was met).
		"SNS運用方針は廃止", "SNS運用方針は廃止しました", "運用方針は撤回", "SNS運用方針は延期", "SNS運用方針（本方針は廃止）", "マニュアルは未施行",
	}
	inForce := []string{
		"令和7年度延期分を令和8年4月1日施行", "SNS運用方針（令和8年4月1日施行予定だったが延期、令和8年10月1日施行）", "SNS運用方針（延期後、令和8年10月1日施行）",
		"SNS運用方針（令和6年版は廃止）", "SNS運用方針（旧方針は廃止）", "SNS運用方針（改定前の第3条は廃止）", "SNS運用方針（前回分は撤回）",
		"SNS緊急時対応手順 第4章（アカウントの廃止）", "SNS運用方針 第5条（投稿の中止）", "イベント中止時の投稿手順", "廃止アカウントの取扱い要領",
		"SNS運用方針（令和9年3月末で廃止予定）", "SNS運用方針（廃止となる場合の手順を含む）", "延期・中止のお知らせ投稿手順",
		"https://www.city.chofu.example/gikai/sns-policy-haishi.html", "調布市議会ソーシャルメディア運用方針 第4条（発信する情報）",
		"Rules for posts withdrawn", "SNS policy (2026 edition)", "Cancelled events: posting rules", "未来志向のSNS運用方針", "中止基準",
		"パスワード変更・事業者へ連絡・投稿中止", "乗っ取り時はパスワードを変更し、投稿を中止", "SNS運用方針（投稿の一時中止）", "SNS緊急時対応手順（アカウント廃止）",
		"SNS運用方針（改定は延期）", "SNS運用方針（見直しは延期）", "SNS運用方針（投稿は中止）", "SNS運用方針（アカウントは廃止）",
		"SNS運用方針（ガイドラインも廃止）", "SNS運用方針（紙の手順書は廃止）", "SNS運用方針 第5条 投稿は中止",
	}
	checkSays(t, saysNotInForce, "texts saying the document is not in force", notInForce, inForce)

	// SNS-01 through the check.
	asOf := riskassess.NewDate(2026, time.November, 27)
	want, got := map[string]riskassess.Outcome{}, map[string]riskassess.Outcome{}
	for v, o := range map[string]riskassess.Outcome{
		"SNS運用方針（令和8年4月1日施行予定だったが延期）": riskassess.OutcomeNotMet,
		"SNS運用方針（廃止）":                 riskassess.OutcomeNotMet,
		"SNS運用方針は廃止":                  riskassess.OutcomeNotMet,
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

// TestSaysNotInForceOtherDocument: a document field naming the document
// in force whose note ends in a word of abolition or postponement that
// speaks of something else was read as the document not in force (SNS-01
// not met, the document asked for though recorded): an older document
// named with a date (令和2年要領は廃止, SNS運用要領（令和3年）は廃止, 従来の要領を
// 廃止), an amendment (改正部分は未施行), a part (第5条を一部廃止), a topic
// after の holding a date or 予定 (毎月の定例投稿の中止, 投稿予定の中止), a list
// of topics (運用開始・中止) and an older edition in English (2023
// version: withdrawn, v2 - repealed). The document itself (本方針は令和8年
// 3月31日廃止, 策定手順の見直しのため延期, 策定中止・撤回) stays not in force.
func TestSaysNotInForceOtherDocument(t *testing.T) {
	notInForce := []string{
		"SNS運用方針（本方針は令和8年3月31日廃止）", "SNS運用方針（この方針は令和8年3月31日廃止）", "SNS運用方針（同方針は令和8年3月31日廃止）",
		"SNS運用方針（令和8年4月1日施行予定だったが、策定手順の見直しのため延期）", "SNS運用方針（策定中止・撤回）", "SNS運用方針（施行日の延期）",
		"SNS運用方針（令和8年4月1日施行予定だったが延期。）", "SNS運用方針（令和8年3月31日廃止）", "SNS運用方針（施行の延期）", "SNS運用方針の廃止",
		"SNS運用方針（運用開始前に方針を撤回）", "SNS運用方針（改正により廃止）", "SNS運用方針（令和8年4月1日施行予定だった運用方針を撤回）", "ソーシャルメディア運用方針（令和8年4月1日施行予定だったSNS運用方針を撤回）",
		"ソーシャルメディア運用方針（SNSガイドラインを優先するため令和8年4月施行予定を撤回）", "SNS運用方針（国の指針に基づき令和8年4月施行予定を延期）", "SNS運用方針（条例改正に伴い令和8年3月31日廃止）", "SNS運用方針（本運用方針を令和8年3月31日廃止）",
		"SNS policy (postponed)", "SNS policy: withdrawn", "Old SNS policy: withdrawn",
	}
	inForce := []string{
		"SNS運用方針（令和8年4月1日施行。SNS運用要領（令和3年）は廃止）", "ソーシャルメディア運用方針（令和8年4月施行に伴い、令和2年要領は廃止）",
		"SNS運用方針（令和8年4月1日施行、同日付で従来の要領を廃止）", "令和8年4月1日施行（運用要領を同日廃止）", "SNS運用方針 附則 令和3年要領の廃止",
		"SNS運用方針（令和8年4月1日施行／令和3年3月策定の要領は廃止）", "SNS運用方針（令和8年4月施行。令和5年4月1日付け要領は廃止）",
		"SNS運用方針（令和8年度改定、令和7年度の運用要領は廃止）", "SNS運用方針（令和9年4月1日施行の改正部分は未施行）", "SNS運用方針（令和8年改正分の施行を延期）",
		"SNS運用方針（令和8年4月1日 第5条を一部廃止）", "SNS運用方針（令和8年4月1日施行、要領は廃止）", "乗っ取り時対応手順（投稿予定の中止）", "SNS運用方針（毎月の定例投稿の中止）", "SNS運用方針 第3章 運用開始・中止",
		"SNS policy 2025 (2023 version: withdrawn)", "SNS policy v3 (v2 - repealed)", "SNS policy (previous edition: withdrawn)",
		"SNS policy (supersedes the withdrawn 2023 policy)", "SNS運用方針（令和8年4月1日施行。SNS運用方針（令和3年）は廃止）",
		"SNS運用方針（令和8年4月施行、令和3年方針は廃止）", "SNS運用方針（令和8年4月施行、2023方針は廃止）",
	}
	checkSays(t, saysNotInForce, "texts saying the document is not in force", notInForce, inForce)
}

// TestSaysNotInForceReason: a document field whose note says the
// document was put off or called off for a reason, the reason standing
// between the word and what was planned (SNS運用方針（令和8年4月1日施行予定
// だったが、国の指針が示されたため延期）: the comma cut the word's part down
// to 国の指針が示されたため, which names neither the document nor its
// enforcement), was met as the document's title. A part that is only a
// reason (…ため, …により, …を受けて) leaves the word's subject unsaid, as
// the word alone does: the document's. A topic before the reason is
// what the word speaks of (イベントは雨天のため中止: met; 本方針は…ため延期:
// not), and a reason before what a procedure does (雨天のため投稿中止) or a
// topic (…ため、投稿の中止) stays met. So does another document as the
// topic before a reason (令和2年要領は国の指針が示されたため廃止), which was
// not met: its date counted as the document's.
func TestSaysNotInForceReason(t *testing.T) {
	notInForce := []string{
		"SNS運用方針（令和8年4月1日施行予定だったが、国の指針が示されたため延期）", "施行予定だったが、国の指針が示されたため延期",
		"SNS運用方針（国の指針が示されたため延期）", "SNS運用方針（令和8年4月施行予定だったが、国の指針改定を受けて延期）",
		"SNS運用方針（施行予定だったが、庁内調整が整わないので見送り）", "SNS運用方針（施行予定だったが、システム障害により延期された）",
		"SNS運用方針（本方針は国の指針が示されたため延期）", "SNS運用方針は国の指針が示されたため延期", "SNS運用方針（本市では国の指針が示されたため延期）",
		"SNS運用方針（施行予定だったが、国の指針が示されたことから撤回）",
	}
	inForce := []string{
		"SNS運用方針（令和8年4月1日施行。雨天のため投稿中止）", "SNS運用方針（令和8年4月1日施行、イベントは雨天のため中止）",
		"SNS運用方針（イベントは台風により中止）", "SNS運用方針（令和8年4月1日施行、選挙期間のため、投稿の中止）",
		"SNS運用方針（令和8年4月1日施行、令和2年要領は国の指針が示されたため廃止）", "SNS運用方針（旧方針は国の指針が示されたため廃止）",
		"延期された投稿は翌日に行う", "SNS運用方針（雨天等のため延期された投稿の扱いを含む）", "SNS運用方針（国の指針が示されたため改定）",
		// Another document as the topic, as SNS運用方針（ガイドラインも廃止）:
		// left met though it may mean the document was put off because
		// the guideline was revised.
		"SNS運用方針（国の指針は改定されたため延期）",
	}
	checkSays(t, saysNotInForce, "texts saying the document is not in force", notInForce, inForce)
	checkSNS01(t, map[string]riskassess.Outcome{
		"SNS運用方針（令和8年4月1日施行予定だったが、国の指針が示されたため延期）": riskassess.OutcomeNotMet,
		"SNS運用方針（令和8年4月1日施行、イベントは雨天のため中止）":        riskassess.OutcomeMet,
		"延期された投稿は翌日に行う":                           riskassess.OutcomeMet,
	})
}

// checkSNS01 checks the outcome of SNS-01 (posting_rules) for each text
// of want.
func checkSNS01(t *testing.T, want map[string]riskassess.Outcome) {
	t.Helper()
	asOf := riskassess.NewDate(2026, time.November, 27)
	got := map[string]riskassess.Outcome{}
	for v := range want {
		e := &riskassess.Social{PostingRules: v}
		got[v] = checks["SNS-01"](newReq("SNS-01"), &riskassess.Subject{Entry: e, AsOf: asOf}).Outcome
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("SNS-01 (-want +got):\n%s", d)
	}
}

// TestSaysNotInForcePause: a document field whose note says the document
// is suspended for now (SNS運用方針（一時中止）, （一時停止中）, （休止）,
// （凍結）, SNS policy (suspended)) was met as the document's title: 一時
// before 中止 was read as a topic, and 停止, 休止 and 凍結 were no words of
// notInForceWords. What a procedure does (アカウント凍結, 投稿休止), a
// topic (投稿の一時中止, 運用の休止), another document (旧方針は休止) and
// words that do not end the text (延期された投稿は翌日に行う, 休止アカウントの
// 取扱い要領, 凍結解除の手順) stay met.
func TestSaysNotInForcePause(t *testing.T) {
	notInForce := []string{
		"SNS運用方針（一時中止）", "SNS運用方針（一時停止）", "SNS運用方針（一時停止中）", "SNS運用方針（休止）", "SNS運用方針（休止中）",
		"SNS運用方針（凍結）", "SNS運用方針（凍結中）", "SNS運用方針（凍結されています）", "SNS運用方針（当面休止）", "SNS運用方針（一時的に停止）",
		"SNS運用方針は一時停止", "SNS運用方針（令和8年4月から一時停止中）", "SNS運用方針（施行を一時停止）", "SNS運用方針（運用開始を一時中止）",
		"SNS運用方針（国の指針が示されたため一時停止）", "一時中止",
		"SNS policy (suspended)", "SNS policy (temporarily suspended)", "SNS policy: on hold", "SNS policy (paused)", "SNS policy (frozen)",
	}
	inForce := []string{
		"SNS運用方針（投稿の一時中止）", "SNS運用方針 第6条（運用の休止）", "SNS緊急時対応手順（アカウント凍結）", "SNS運用方針（投稿休止）",
		"SNS運用方針（投稿は一時停止）", "乗っ取り時はパスワードを変更し、投稿を一時停止", "SNS運用方針（旧方針は休止）", "SNS運用方針（令和6年版は凍結）",
		"延期された投稿は翌日に行う", "休止アカウントの取扱い要領", "凍結解除の手順", "一時停止時の投稿手順", "SNS運用方針（休止中のアカウントを含む）",
		"SNS運用方針（令和9年3月末で休止予定）", "SNS運用方針 第3章 運用開始・休止", "Rules for accounts suspended", "Suspended accounts: posting rules",
	}
	checkSays(t, saysNotInForce, "texts saying the document is not in force", notInForce, inForce)
	checkSNS01(t, map[string]riskassess.Outcome{
		"SNS運用方針（一時中止）":          riskassess.OutcomeNotMet,
		"SNS運用方針（凍結中）":           riskassess.OutcomeNotMet,
		"SNS policy (suspended)": riskassess.OutcomeNotMet,
		"SNS運用方針（投稿の一時中止）":       riskassess.OutcomeMet,
	})
}

// TestSaysNotInForceDocumentObject: a note saying the document itself is
// put off or suspended as the object of the word (国の指針に基づき運用方針
// を延期, 運用方針を一時停止, 本方針を延期), or after a reason that names a
// document (国の指針を受けて延期, 国の指針を踏まえ施行を延期), was read as
// the rules' title, met: the を kept the title's document word from
// ending the part, and 国の指針 before を受けて or を踏まえ was read as the
// other document put off. A step of a procedure with を (投稿を停止,
// アカウントを凍結) and another document's (令和2年要領を廃止) stay met.
func TestSaysNotInForceDocumentObject(t *testing.T) {
	notInForce := []string{
		"SNS運用方針（国の指針に基づき運用方針を延期）", "SNS運用方針（国の指針に基づき本方針を延期）", "SNS運用方針（運用方針を一時停止）",
		"SNS運用方針（運用方針を延期）", "SNS運用方針（本方針を撤回しました）", "SNS運用方針（国の指針を受けて延期）",
		"SNS運用方針（国の指針を受け延期）", "SNS運用方針（国の指針を踏まえ施行を延期）", "SNS運用方針（国の指針を踏まえて延期）",
	}
	inForce := []string{
		"SNS運用方針（不正アクセス時は投稿を停止）", "SNS運用方針（第5条：不正アクセス時はアカウントを停止）", "SNS運用方針（乗っ取り時はアカウントを凍結）",
		"SNS運用方針（令和8年4月1日施行、令和2年要領を廃止）", "SNS運用方針（令和8年4月1日施行、旧方針を廃止）", "SNS運用方針（従来の要領を廃止）",
		"SNS運用方針（休止中のアカウントを凍結）",
	}
	checkSays(t, saysNotInForce, "texts saying the document is not in force", notInForce, inForce)
	checkSNS01(t, map[string]riskassess.Outcome{
		"SNS運用方針（国の指針に基づき運用方針を延期）": riskassess.OutcomeNotMet,
		"SNS運用方針（不正アクセス時は投稿を停止）":   riskassess.OutcomeMet,
	})
}

// TestSaysNotInForceReasonEnds: a note whose part before the word is only
// a reason ending in で, から or a word reasonEnds did not hold (国の
// 方針変更で延期, 諸般の事情で延期, 予算の都合で中止, 4月から休止, 国の
// 指針に従い延期, 国の動向に鑑み見送り), or a pause said with の間
// (当面の間は停止, 当分の間停止), was read as in force, met: the part was
// read as a topic. A topic that is not the document (イベントは雨天で中止,
// 投稿は当面の間停止) stays met.
func TestSaysNotInForceReasonEnds(t *testing.T) {
	notInForce := []string{
		"SNS運用方針（国の方針変更で延期）", "SNS運用方針（諸般の事情で延期）", "SNS運用方針（予算の都合で中止）", "SNS運用方針（本市で廃止）",
		"SNS運用方針（庁内調整中のため当面の間は停止）", "SNS運用方針（当面の間は停止）", "SNS運用方針（当分の間停止）", "SNS運用方針（しばらく休止）",
		"SNS運用方針（本日から休止）", "SNS運用方針（国の指針に従い延期）", "SNS運用方針（国の動向に鑑み見送り）",
		"SNS運用方針（国の指針改定を理由に撤回）", "SNS運用方針（本方針は諸般の事情で延期）",
	}
	inForce := []string{
		"SNS運用方針（イベントは雨天で中止）", "SNS運用方針（令和8年4月1日施行、イベントは台風で中止）", "SNS運用方針（投稿は当面の間停止）",
		"SNS運用方針（緊急時はSNSで投稿停止）", "SNS運用方針（アカウントは乗っ取りで凍結）", "SNS運用方針（災害時は投稿を停止するので注意）",
		"SNS運用方針（令和2年要領は諸般の事情で廃止）",
	}
	checkSays(t, saysNotInForce, "texts saying the document is not in force", notInForce, inForce)
	checkSNS01(t, map[string]riskassess.Outcome{
		"SNS運用方針（諸般の事情で延期）":   riskassess.OutcomeNotMet,
		"SNS運用方針（イベントは雨天で中止）": riskassess.OutcomeMet,
	})
}

// TestSaysNotInForceMoreWords: a document noted as lapsed, interrupted,
// on hold, dropped or void (SNS運用方針（失効）, （中断中）, （保留）,
// （取りやめ）, （棚上げ）, （先送り）, （破棄）, （無効）, （白紙撤回）, （効力
// 停止）, （適用停止）, SNS policy (discontinued), (revoked), (expired) …)
// was read as the rules' title, met: none of the words was one of
// notInForceWords or notInForceEnglish, and 白紙, 効力, 適用 before a word
// were read as a topic. What a procedure does with them (障害時は投稿を
// 中断, 予約投稿の中断, 返信は保留, リンク無効, 保留中の投稿を削除, SNS
// policy (expired posts)) stays met.
func TestSaysNotInForceMoreWords(t *testing.T) {
	notInForce := []string{
		"SNS運用方針（失効）", "SNS運用方針（失効済み）", "SNS運用方針（中断）", "SNS運用方針（中断中）", "SNS運用方針（保留）", "SNS運用方針（保留中）",
		"SNS運用方針（取りやめ）", "SNS運用方針（取り止め）", "SNS運用方針（取止め）", "SNS運用方針（棚上げ）", "SNS運用方針（先送り）",
		"SNS運用方針（破棄）", "SNS運用方針（無効）", "SNS運用方針（白紙撤回）", "SNS運用方針（効力停止）", "SNS運用方針（適用停止）",
		"SNS運用方針（施行を先送り）", "SNS運用方針は失効", "SNS policy (discontinued)", "SNS policy (deferred)", "SNS policy (shelved)",
		"SNS policy (revoked)", "SNS policy (superseded)", "SNS policy (expired)", "SNS policy (delayed)", "SNS policy (halted)",
		"SNS policy (retired)", "SNS policy (not adopted)", "SNS policy (lapsed)", "SNS policy (void)",
	}
	inForce := []string{
		"SNS運用方針（障害時は投稿を中断）", "SNS運用方針（予約投稿の中断）", "SNS運用方針（返信は保留）", "SNS運用方針（リンク無効）",
		"SNS運用方針（保留中の投稿を削除）", "SNS運用方針（判断に迷う投稿は保留）", "SNS policy (expired posts)", "Rules for retired accounts",
		"SNS運用方針（令和8年4月1日施行、旧方針は失効）", "SNS運用方針（中断中の投稿の扱いを含む）",
	}
	checkSays(t, saysNotInForce, "texts saying the document is not in force", notInForce, inForce)
	checkSNS01(t, map[string]riskassess.Outcome{
		"SNS運用方針（失効）":          riskassess.OutcomeNotMet,
		"SNS policy (revoked)": riskassess.OutcomeNotMet,
		"SNS運用方針（返信は保留）":       riskassess.OutcomeMet,
	})
}

// TestSaysNotInForceReasonTopicFrame: a note whose topic before a reason
// is the document said with について or に関して (本方針については国の指針が
// 示されたため延期) was read as in force, met: reasonTopic gave 本方針につい,
// which ends in no document word. A topic that is not the document stays
// met (イベントについては雨天のため中止).
func TestSaysNotInForceReasonTopicFrame(t *testing.T) {
	notInForce := []string{
		"SNS運用方針（本方針については国の指針が示されたため延期）", "SNS運用方針（本方針に関しては国の指針が示されたため延期）",
		"SNS運用方針（本方針に関しましては国の指針改定により延期）", "SNS運用方針（運用方針としては国の指針を受け延期）",
	}
	inForce := []string{
		"SNS運用方針（イベントについては雨天のため中止）", "SNS運用方針（定例投稿に関しては選挙期間のため中止）",
		"SNS運用方針（令和8年4月1日施行、令和2年要領については国の指針が示されたため廃止）",
	}
	checkSays(t, saysNotInForce, "texts saying the document is not in force", notInForce, inForce)
}

// TestSaysNotInForceList: a list of what a procedure does ending in two
// words of notInForceWords (乗っ取り時の手順（アカウント停止・凍結）, SNS運用
// 方針（投稿の中断・停止）) was read as not in force, not met, since 停止,
// 凍結 and 中断 became such words: the list was read as saying it of the
// document whenever its item before ・ ended in one. The item is now read
// as the note would be read alone: a list saying it of the document
// (策定中止・撤回, 延期・中止, 施行延期・中止) is still not in force.
func TestSaysNotInForceList(t *testing.T) {
	notInForce := []string{
		"SNS運用方針（策定中止・撤回）", "SNS運用方針（延期・中止）", "SNS運用方針（施行延期・中止）", "SNS運用方針（一時中止・撤回）",
	}
	inForce := []string{
		"乗っ取り時の手順（アカウント停止・凍結）", "SNS運用方針（アカウント凍結・停止）", "SNS運用方針（投稿の中断・停止）",
		"SNS運用方針（アカウントの停止・凍結）", "SNS運用方針（一時停止・再開）", "SNS運用方針（運用開始・中止）",
	}
	checkSays(t, saysNotInForce, "texts saying the document is not in force", notInForce, inForce)
}

// TestSaysNotInForceDateWords: a note that a posting or an account pauses
// on certain days (SNS運用方針（年末年始は休止）, （土日は停止）, （閉庁日は
// 休止）, （自動投稿は毎日9時停止）) was read as not in force, not met, since
// 休止 and 停止 became not-in-force words: any 年, 月 or 日 in the part
// counted as the date the document went out of force. Only a date counts
// now: 年, 月 or 日 after a digit, a kanji numeral or 元, 本, 同, 即, 当, 翌,
// 前, 昨, 今, 来 (令和8年3月31日廃止, 本日付で廃止, 同日付けで廃止, 今年度は
// 休止 stay not in force).
func TestSaysNotInForceDateWords(t *testing.T) {
	notInForce := []string{
		"SNS運用方針（令和8年3月31日廃止）", "SNS運用方針（令和元年廃止）", "SNS運用方針（本日付で廃止）", "SNS運用方針（同日付けで廃止）",
		"SNS運用方針（今年度は休止）", "SNS運用方針（2026年4月から休止）", "SNS運用方針（三月末日をもって廃止）", "SNS運用方針（年度末で廃止）",
	}
	inForce := []string{
		"SNS運用方針（年末年始は休止）", "SNS運用方針（土日は停止）", "SNS運用方針（休日は停止）", "SNS運用方針（閉庁日は休止）",
		"SNS運用方針（自動投稿は毎日9時停止）", "SNS運用方針（夜間は停止）",
	}
	checkSays(t, saysNotInForce, "texts saying the document is not in force", notInForce, inForce)
}

// TestSaysNotInForceFormerName: a note that the document is suspended
// for a reason naming a service by its former name (SNS運用方針（X（旧
// Twitter）の仕様変更のため停止）) was read as in force, met: the 旧 of
// 旧Twitter was read as another (older) edition of the document. A 旧
// counts only before a document or an edition (旧方針は廃止, 旧要領は廃止,
// 旧SNS運用要領は廃止, 旧第3条は廃止, 旧来の要領を廃止, 旧版は廃止), which
// stay met; a former name (旧Twitter, 旧Facebook, 旧称) or 旧 ending
// another word (システム復旧まで停止) does not.
func TestSaysNotInForceFormerName(t *testing.T) {
	notInForce := []string{
		"SNS運用方針（X（旧Twitter）の仕様変更のため停止）", "SNS運用方針（X(旧Twitter)の仕様変更のため停止）", "SNS運用方針（旧Twitterの仕様変更のため停止）",
		"SNS運用方針（Meta（旧Facebook）の規約改定を受けて一時停止）", "SNS運用方針（X（旧称Twitter）の仕様変更により休止）",
		"SNS運用方針（X（旧ツイッター）の仕様変更のため停止）", "SNS運用方針（システム復旧まで一時停止）", "SNS運用方針（旧Twitter社の方針変更で延期）",
	}
	inForce := []string{
		"SNS運用方針（旧要領は廃止）", "SNS運用方針（旧方針は廃止）", "SNS運用方針（旧SNS運用要領は廃止）", "SNS運用方針（旧第3条は廃止）",
		"SNS運用方針（旧来の要領を廃止）", "SNS運用方針（旧版は廃止）", "SNS運用方針（旧ガイドラインは廃止）", "SNS運用方針（旧マニュアルは失効）",
		"SNS運用方針（令和8年4月施行、旧方針は令和8年3月31日廃止）", "SNS運用方針（旧令和3年要領は廃止）",
		// A former name, then a topic that is no document: met.
		"SNS運用方針（X（旧Twitter）での投稿は停止）", "SNS運用方針（旧Twitterアカウントは凍結）",
	}
	checkSays(t, saysNotInForce, "texts saying the document is not in force", notInForce, inForce)
	checkSNS01(t, map[string]riskassess.Outcome{
		"SNS運用方針（X（旧Twitter）の仕様変更のため停止）": riskassess.OutcomeNotMet,
		"SNS運用方針（旧要領は廃止）":                riskassess.OutcomeMet,
	})
}

// TestSaysNotInForceOperation: a note that the operation is suspended
// (SNS運用方針（運用停止中）, （運用休止）, （運用を一時停止）, （SNS運用停止中）)
// or that the document is suspended now (（現在停止中）, （現在一時停止中）,
// （現在は休止中）, （現在、運用停止中）) was read as the rules' title, met:
// 運用 before the word was read as a topic, and 現在 as one too. 運用 (of
// the account or the rules, perhaps after SNS, X or アカウント) is the
// document's own operation, as 効力 or 適用 is; 現在 says when, as 一時
// does. A topic after 運用 or 現在 (運用の休止, 災害時の運用停止, 現在は投稿を
// 停止) stays met, as does 運用 ending another word (夜間運用停止).
func TestSaysNotInForceOperation(t *testing.T) {
	notInForce := []string{
		"SNS運用方針（運用停止中）", "SNS運用方針(運用停止中)", "ＳＮＳ運用方針（運用停止中）", "SNS運用方針 運用停止中", "SNS運用方針（運用停止）",
		"SNS運用方針（運用休止中）", "SNS運用方針（運用休止）", "SNS運用方針（運用中止）", "SNS運用方針（運用凍結中）", "SNS運用方針（運用中断中）",
		"SNS運用方針（運用を停止）", "SNS運用方針（運用を一時停止中）", "SNS運用方針（運用は停止中）", "SNS運用方針（運用一時停止中）",
		"SNS運用方針（運用停止しています）", "SNS運用方針（SNS運用停止中）", "SNS運用方針（アカウント運用停止中）", "SNS運用方針（X運用停止中）",
		"SNS運用方針（現在停止中）", "SNS運用方針（現在一時停止中）", "SNS運用方針（現在は休止中）", "SNS運用方針（現在運用停止中）",
		"SNS運用方針（現在、運用停止中）", "SNS運用方針（当面の間、運用停止）", "SNS運用方針（現時点では休止中）",
	}
	inForce := []string{
		"SNS運用方針 第6条（運用の休止）", "SNS運用方針（災害時の運用停止）", "SNS運用方針（現在は投稿を停止）", "SNS運用方針（夜間運用停止）",
		"SNS運用方針（現在の方針は廃止予定）", "SNS運用方針（運用開始・休止）", "SNS運用方針（試行運用は停止）", "運用停止時の投稿手順",
	}
	checkSays(t, saysNotInForce, "texts saying the document is not in force", notInForce, inForce)
	checkSNS01(t, map[string]riskassess.Outcome{
		"SNS運用方針（運用停止中）":  riskassess.OutcomeNotMet,
		"SNS運用方針（現在停止中）":  riskassess.OutcomeNotMet,
		"SNS運用方針（運用の休止）":  riskassess.OutcomeMet,
		"SNS運用方針（夜間運用停止）": riskassess.OutcomeMet,
	})
}

// TestSaysNotInForceOlderEditionAlone: a document field that names only
// a document not in force, by a name beginning with 旧 (旧Twitter運用方針は
// 停止, 旧方針は廃止, 旧SNS運用要領は廃止) or naming an edition (令和6年版方針
// は廃止), was read as in force, met: the 旧 or 版 made the part another
// edition's, so the document in force was taken to be a title before it;
// with none before it, the field names no document in force (whether
// 旧Twitter is a former name or 旧 an older edition). A title before the
// part (SNS運用方針（旧Twitter運用方針は停止）, SNS運用方針（旧方針は廃止）) and
// another edition's part naming no document (令和6年版は廃止 after a title,
// 改正部分は未施行) stay met.
func TestSaysNotInForceOlderEditionAlone(t *testing.T) {
	notInForce := []string{
		"旧Twitter運用方針は停止", "旧ツイッター運用方針は停止", "旧Twitterアカウント運用方針は停止", "旧Twitter運用方針は停止中",
		"旧方針は廃止", "旧SNS運用要領は廃止", "旧要領を廃止", "令和6年版方針は廃止", "旧Twitter運用方針（停止）",
	}
	inForce := []string{
		"SNS運用方針（旧Twitter運用方針は停止）", "SNS運用方針（旧方針は廃止）", "SNS運用方針、旧要領は廃止", "SNS運用方針（令和6年版は廃止）",
		"改正部分は未施行", "SNS運用方針（令和8年4月施行、旧方針は令和8年3月31日廃止）",
	}
	checkSays(t, saysNotInForce, "texts saying the document is not in force", notInForce, inForce)
	checkSNS01(t, map[string]riskassess.Outcome{
		"旧Twitter運用方針は停止":          riskassess.OutcomeNotMet,
		"SNS運用方針（旧Twitter運用方針は停止）": riskassess.OutcomeMet,
	})
}

// TestSaysNotInForceEnglishFormerName: an English note that the document
// is suspended after a service's former name (SNS policy (X, formerly
// Twitter: suspended), (X (formerly Twitter): suspended), (X, previously
// Twitter - suspended)), now (currently suspended, suspended for now,
// suspended until further notice, temporarily paused) or of its
// operation (operation suspended) was read as in force, met: formerly
// and previously held former and previous, words of another edition, and
// a word between the bracket and suspended, or after it, made the note
// no note of the document. Another edition (previous edition: withdrawn,
// former version: repealed) and what is done (account suspended, posts
// paused) stay met.
func TestSaysNotInForceEnglishFormerName(t *testing.T) {
	notInForce := []string{
		"SNS policy (X, formerly Twitter: suspended)", "SNS policy (X (formerly Twitter): suspended)", "SNS policy (X, previously Twitter - suspended)",
		"SNS policy (X, formerly Twitter - suspended)", "SNS policy (currently suspended)", "SNS policy (suspended for now)",
		"SNS policy (suspended until further notice)", "SNS policy (temporarily paused)", "SNS policy (operation suspended)",
		"SNS policy (operations currently suspended)", "SNS policy (suspended for the time being)", "SNS policy: currently on hold",
	}
	inForce := []string{
		"SNS policy (previous edition: withdrawn)", "SNS policy (former version: repealed)", "SNS policy 2025 (2023 version: withdrawn)",
		"SNS policy (account suspended)", "SNS policy (posts paused)", "Rules for accounts suspended", "Rules for accounts suspended for now",
		"SNS policy (old policy: withdrawn)",
	}
	checkSays(t, saysNotInForce, "texts saying the document is not in force", notInForce, inForce)
	checkSNS01(t, map[string]riskassess.Outcome{
		"SNS policy (X, formerly Twitter: suspended)": riskassess.OutcomeNotMet,
		"SNS policy (previous edition: withdrawn)":    riskassess.OutcomeMet,
	})
}

// TestSaysNotInForcePoliteTails: a note ending in a word of
// notInForceWords said politely (SNS運用方針（休止しております）, （廃止いたしま
// した）, （停止となっております）, （廃止になっています）, （運用を休止しており
// ます）) was read as in force, met: the polite endings were no
// notInForceTails, so the text did not end in the word. The future (廃止
// となる予定です) and a topic (投稿を停止しております) stay met.
func TestSaysNotInForcePoliteTails(t *testing.T) {
	notInForce := []string{
		"SNS運用方針（休止しております）", "SNS運用方針（停止しております）", "SNS運用方針（廃止しております）", "SNS運用方針（休止となっています）",
		"SNS運用方針（停止となっております）", "SNS運用方針（廃止いたしました）", "SNS運用方針（廃止致しました）", "SNS運用方針（廃止になっています）",
		"SNS運用方針（運用を休止しております）", "SNS運用方針（廃止されております）", "SNS運用方針（一時停止いたしております）",
	}
	inForce := []string{
		"SNS運用方針（廃止となる予定です）", "SNS運用方針（不正アクセス時は投稿を停止しております）", "SNS運用方針（アカウントは凍結いたしました）",
	}
	checkSays(t, saysNotInForce, "texts saying the document is not in force", notInForce, inForce)
	checkSNS01(t, map[string]riskassess.Outcome{
		"SNS運用方針（休止しております）": riskassess.OutcomeNotMet,
	})
}

// TestSaysNotInForceEnglishMore: an English note saying the document is
// no longer or not currently in force (SNS policy (no longer in force),
// (not currently in force), (no longer in effect), (out of force),
// (inactive)), or one in full-width letters (ＳＮＳ　ｐｏｌｉｃｙ（ｓｕｓｐｅｎｄｅｄ）),
// was read as in force, met: none of the words was one of
// notInForceEnglish, and full-width letters were not narrowed. Titles
// that do not end in the words (Rules for inactive accounts, SNS policy
// (inactive accounts)) stay met.
func TestSaysNotInForceEnglishMore(t *testing.T) {
	notInForce := []string{
		"SNS policy (no longer in force)", "SNS policy (not currently in force)", "SNS policy (no longer in effect)", "SNS policy (out of force)",
		"SNS policy (inactive)", "SNS policy: no longer in force", "ＳＮＳ　ｐｏｌｉｃｙ（ｓｕｓｐｅｎｄｅｄ）", "ＳＮＳ ｐｏｌｉｃｙ（ｗｉｔｈｄｒａｗｎ）",
	}
	inForce := []string{
		"Rules for inactive accounts", "SNS policy (inactive accounts)", "SNS policy (in force)", "SNS policy (in force since 2026)",
		"ＳＮＳ　ｐｏｌｉｃｙ（２０２６ ｅｄｉｔｉｏｎ）",
	}
	checkSays(t, saysNotInForce, "texts saying the document is not in force", notInForce, inForce)
	checkSNS01(t, map[string]riskassess.Outcome{
		"SNS policy (no longer in force)": riskassess.OutcomeNotMet,
	})
}

// TestSaysNotInForceMiawase: a note that the document or its operation
// is held back (SNS運用方針（見合わせ）, （施行見合わせ）, （運用見合わせ中）,
// （当面見合わせ）) was read as in force, met: 見合わせ was no word of
// notInForceWords. What a procedure holds back (投稿の見合わせ, 投稿見合わせ,
// 災害時は投稿を見合わせ) stays met.
func TestSaysNotInForceMiawase(t *testing.T) {
	notInForce := []string{
		"SNS運用方針（見合わせ）", "SNS運用方針（施行見合わせ）", "SNS運用方針（運用見合わせ中）", "SNS運用方針（当面見合わせ）",
		"SNS運用方針（見合せ）", "SNS運用方針（施行を見合わせています）",
	}
	inForce := []string{
		"SNS運用方針（投稿の見合わせ）", "SNS運用方針（投稿見合わせ）", "SNS運用方針（災害時は投稿を見合わせ）", "見合わせ時の投稿手順",
	}
	checkSays(t, saysNotInForce, "texts saying the document is not in force", notInForce, inForce)
	checkSNS01(t, map[string]riskassess.Outcome{
		"SNS運用方針（施行見合わせ）": riskassess.OutcomeNotMet,
	})
}

// TestSaysNotInForceReasonAfter: a note that the document is suspended
// followed by its reason in a bracket or after a colon (SNS運用方針（停止中
// （不正ログイン検知のため））, （停止中：不正ログイン検知のため）, （運用停止：
// 乗っ取り被害により）) was read as in force, met: the text ended in the
// reason, not in the word. A reason after what a procedure does (投稿停止：
// 災害時のため) or after no word (令和8年4月施行：国の指針改定のため) stays met.
func TestSaysNotInForceReasonAfter(t *testing.T) {
	notInForce := []string{
		"SNS運用方針（停止中（不正ログイン検知のため））", "SNS運用方針（停止中：不正ログイン検知のため）", "SNS運用方針（運用停止：乗っ取り被害により）",
		"SNS運用方針（休止中(アカウント乗っ取りのため)）", "SNS運用方針（廃止：国の指針改定を受けて）",
	}
	inForce := []string{
		"SNS運用方針（投稿停止：災害時のため）", "SNS運用方針（令和8年4月施行：国の指針改定のため）", "SNS運用方針（アカウント凍結（乗っ取り時のため））",
		"SNS運用方針（旧方針は廃止（改定のため））",
	}
	checkSays(t, saysNotInForce, "texts saying the document is not in force", notInForce, inForce)
	checkSNS01(t, map[string]riskassess.Outcome{
		"SNS運用方針（停止中：不正ログイン検知のため）": riskassess.OutcomeNotMet,
	})
}

// TestSaysNotInForceDocumentInForce: regression rows for the readings of
// this round (運用停止中, 見合わせ, polite tails, English no longer in force,
// a reason after the word): a document in force whose title or note speaks
// of a suspension, a holding back or a resumption as its subject matter
// stays met.
func TestSaysNotInForceDocumentInForce(t *testing.T) {
	inForce := []string{
		"SNS運用方針（投稿の一時停止手順を含む）", "SNS運用方針（災害時は運用停止の判断基準あり）", "運用停止時の対応を定めたSNS運用方針",
		"SNS policy (covers suspended accounts)", "SNS運用方針（見合わせ事項を記載）", "SNS運用方針（運用停止の手順を含む）",
		"SNS運用方針（運用停止基準）", "SNS運用方針（停止中のアカウントの扱いを含む）", "SNS運用方針（休止しているアカウントの管理）",
		"SNS運用方針（投稿を見合わせる場合の基準）", "SNS運用方針（見合わせ基準あり）", "SNS運用方針（不適切投稿は停止：職員の判断のため）",
		"SNS運用方針（停止中の投稿は行わない）", "SNS policy (suspension procedure included)", "SNS policy (suspended accounts)",
		"SNS policy (rules for inactive periods)", "SNS policy (in force; formerly Twitter policy suspended)",
		"SNS policy (formerly Twitter: suspended accounts handled)", "ＳＮＳ　ｐｏｌｉｃｙ（ｓｕｓｐｅｎｓｉｏｎ　ｒｕｌｅｓ）",
		"SNS運用方針（運用停止中の対応を定める）", "SNS運用方針（アカウント停止時の手順）", "SNS運用方針（現在は停止していない）",
		"SNS運用方針（停止中ではない）", "SNS運用方針（見合わせていた施行を令和8年4月に開始）", "SNS運用方針（休止していた運用を再開しております）",
		"SNS運用方針（運用を再開いたしました）", "SNS運用方針（停止していましたが再開）", "SNS運用方針（一時停止を解除しております）",
		"SNS policy (no longer suspended)", "SNS policy (suspension lifted)", "SNS policy (previously suspended, now in force)",
		"SNS運用方針（停止中：再開済み）", "SNS運用方針（停止中→再開）", "SNS運用方針（休止中だった運用を再開）",
		"SNS運用方針（見合わせ中の事項あり）", "SNS運用方針（運用停止の判断基準：災害時のため）", "SNS運用方針（アカウント停止：乗っ取り時のため）",
		"SNS運用方針（X, formerly Twitter）", "SNS policy (inactive account rules)",
	}
	checkSays(t, saysNotInForce, "texts saying the document is not in force", nil, inForce)
}
