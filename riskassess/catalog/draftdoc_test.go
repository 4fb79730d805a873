package catalog

import (
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
)

// TestSaysDraft: a social-media document field recording a draft or a
// document not yet approved (SNS運用方針（案）, SNS運用方針案, SNS運用方針（未決裁）,
// （未承認）, （決裁前）, （素案）, SNS policy (draft), not yet approved) was met
// as a document in force. 案 ending or inside another word (提案, 案内,
// 答案, 議案, 法案), a text saying the document was approved (決裁済み, an
// approval date) and an edition's note stay a document.
func TestSaysDraft(t *testing.T) {
	drafts := []string{
		"SNS運用方針（案）", "SNS運用方針(案)", "ＳＮＳ運用方針（案）。", "SNS運用方針【案】", "【案】SNS運用方針", "（案）SNS運用方針", "SNS運用方針（案）令和6年度版",
		"SNS運用方針案", "SNS運用方針の案", "投稿ルール案", "乗っ取り時対応手順書案", "SNS運用方針案 第2版", "SNS運用方針 案",
		"SNS運用方針（未決裁）", "（未承認）", "SNS運用方針（決裁前）", "SNS運用方針（素案）", "SNS運用方針（草案）", "SNS運用方針（たたき台）",
		"SNS運用方針（ドラフト）", "SNS運用方針（ﾄﾞﾗﾌﾄ）", "SNS運用方針（案・未決裁）", "SNS運用方針（決裁待ち）", "SNS運用方針（施行前）", "SNS運用方針 未承認",
		"SNS運用方針は未決裁", "運用方針はまだ案の段階です", "未決裁", "決裁中", "素案", "案",
		"SNS運用方針（案）（令和9年4月1日施行予定）", "SNS運用方針（案）（決裁日未定）", "SNS運用方針（案）（2026年4月1日起案）",
		"SNS運用方針〔案〕", "SNS運用方針ドラフト", "SNS運用方針（未定稿）", "SNS運用方針（事務局案）", "SNS運用方針 ※案", "SNS運用方針（審議中）",
		"SNS policy (Draft v2)", "SNS運用方針（たたき台案）", "SNS運用方針（パブコメ案）", "SNS運用方針（暫定案）", "SNS運用方針 DRAFT", "SNS policy draft v2",
		"DRAFT: SNS policy", "Working draft of SNS policy", "SNS policy (proposed)", "Proposed SNS policy", "SNS運用方針（案）を作成済み", "「SNS運用方針（案）」", "別添「SNS運用手順（案）」", "『SNS運用方針案』", "SNS運用方針（総務課で決裁中）", "SNS運用方針（議会運営委員会で審議中）", "SNS運用方針は現在承認申請中",
		"SNS policy (draft)", "SNS Policy (DRAFT)", "SNS policy [draft]", "Draft SNS policy", "Draft posting rules", "SNS policy draft",
		"not yet approved", "Not approved", "SNS policy (not yet approved)", "SNS policy not yet approved", "SNS policy, pending approval", "draft",
	}
	docs := []string{
		"提案制度の運用方針", "SNS運用方針（案内用）", "案内", "答案", "議案の投稿ルール", "法案", "法案審査の手順", "SNS運用方針（令和6年度版）",
		"SNS運用方針（案）（2026年4月1日決裁）", "SNS運用方針（案）決裁済み", "SNS運用方針（令和6年4月1日決裁）", "SNS運用方針（承認済み）",
		"SNS policy (draft, approved on 2026-04-01)", "SNS運用方針（改定案検討中）", "答弁案作成要領", "投稿案の作成手順",
		"起案・決裁の手順", "決裁手順書", "未承認アカウント対応要領", "Draft posts review procedure", "Rules for draft replies", "Drafting guide",
		"Checklist for items not yet approved", "SNS運用方針（承認手続を含む）", "https://www.city.chofu.example/gikai/draft", "案件管理要領",
		"SNS運用方針（案）（承認日：2026-04-01）", "未定稿の取扱い", "審議中案件の投稿ルール", "SNS運用方針（案件別）", "SNS運用方針（暫定版）",
		"SNS運用方針（決裁中の文書の扱いを含む）", "委員会で審議中の案件の投稿ルール",
		"SNS運用方針（総務課で決裁済み）", "「SNS運用方針」（令和6年度版）", "「案内」の投稿ルール", "答申（案）に基づくSNS運用方針", "基本方針（案）への意見募集要領", "Proposal handling rules",
		"SNS運用方針（提案）", "SNS運用方針（令和6年4月1日施行）", "議案・請願の投稿ルール", "投稿文案の作成手順", "決裁前チェックリスト", "Draft review checklist",
	}
	checkSays(t, saysDraft, "texts recording a draft", drafts, docs)
}

// TestSaysDraftProvisionalRevision: a provisional title (SNS運用方針（仮）,
// （仮称）, SNS policy (tentative)), a revision's draft (SNS運用方針改定案,
// （修正案）, （改正案）, （見直し案）) and a planned approval (（決裁予定）)
// were met as a document in force. A provisional title said to be in use
// (（仮）で運用中), an interim edition (暫定版, provisional, interim), words
// holding 仮 (仮想通貨, 仮パスワード), a revision reflected or being
// drafted and an edition's revision date stay a document.
func TestSaysDraftProvisionalRevision(t *testing.T) {
	drafts := []string{
		"SNS運用方針（仮）", "SNS運用方針(仮)", "ＳＮＳ運用方針（仮）", "SNS運用方針 仮", "仮", "SNS運用方針（仮称）", "（仮称）SNS運用方針", "SNS運用方針（仮版）",
		"SNS policy (tentative)", "Tentative SNS policy", "SNS policy - tentative", "SNS運用方針（tentative）",
		"SNS運用方針（修正案）", "SNS運用方針改定案", "SNS運用方針の改定案", "投稿ルール修正案", "SNS運用方針（改定案）", "SNS運用方針（改訂案）",
		"SNS運用方針（改正案）", "SNS運用方針（変更案）", "SNS運用方針（見直し案）", "改定案", "SNS運用方針 第2版 改定案",
		"SNS運用方針（決裁予定）", "SNS運用方針（承認予定）", "SNS運用方針（仮）（令和9年4月1日施行予定）",
	}
	docs := []string{
		"SNS運用方針（仮）で運用中", "SNS運用方針（仮運用中）", "SNS policy (tentative title, in use)",
		"SNS運用方針（暫定版）", "SNS運用方針 暫定版", "SNS運用方針（暫定版で運用中）", "SNS運用方針（暫定）", "SNS policy (provisional)", "Provisional SNS policy", "SNS policy (interim)",
		"仮想通貨に関する投稿禁止", "仮アカウント運用手順", "仮パスワード管理要領", "仮名表記の投稿ルール",
		"改定案を反映済み", "SNS運用方針（改定案を反映済み）", "SNS運用方針（令和8年4月改定案を反映）", "SNS運用方針（改定案作成中）", "SNS運用方針（改定案検討中）",
		"SNS運用方針 第2版（令和8年4月改定）", "SNS運用方針（修正版）", "SNS運用方針（修正案）（2026年4月1日決裁）", "SNS運用方針改定案（令和8年3月25日決裁）",
		"修正案の投稿ルール", "議会改革の提案投稿要領", "Tentative dates posting rules",
	}
	checkSays(t, saysDraft, "texts recording a draft, a provisional title or a revision's draft", drafts, docs)
}

// TestSaysDraftRevisionOfYear: a revision's draft named by its year, its
// round or its extent (SNS運用方針（令和8年度改定案）, （R8改定案）, （第3次改定案）,
// SNS運用方針の一部改正案, 令和8年4月改定案), a provisional draft (（仮案）) and
// an English revision draft or a policy to be approved were met as a
// document in force. An edition revised (第2版（令和8年4月改定）, 改定版), a
// revision's draft approved or reflected, and words ending so elsewhere
// stay a document.
func TestSaysDraftRevisionOfYear(t *testing.T) {
	drafts := []string{
		"SNS運用方針 令和8年度改定案", "SNS運用方針（令和8年度改定案）", "SNS運用方針（R8改定案）", "SNS運用方針（2026年度改定案）", "SNS運用方針（令和8年4月改定案）",
		"SNS運用方針（第3次改定案）", "SNS運用方針の一部改正案", "SNS運用方針（一部改正案）", "SNS運用方針（全部改正案）", "SNS運用方針（第2版・改定案）",
		"SNS運用方針（仮案）", "SNS policy (revised draft)", "SNS policy revision draft", "SNS policy (to be approved)",
	}
	docs := []string{
		"SNS運用方針 第2版（令和8年4月改定）", "SNS運用方針（改定版）", "SNS運用方針（令和8年度改定）", "SNS運用方針（一部改正）", "SNS運用方針（改定案 決裁済み）",
		"SNS運用方針（令和8年度改定案を反映）", "SNS運用方針（令和8年度改定案を反映済み）", "令和8年度改定案の投稿ルール", "SNS運用方針（一部改正案検討中）",
		"SNS policy (revised 2026-04-01)", "SNS policy revision history", "Rules for posts to be approved",
	}
	checkSays(t, saysDraft, "revision drafts named by year or extent", drafts, docs)
}

// TestSaysDraftRevisionDraftWordsAndDays: a revision's draft written
// 改定素案, 改定原案, 改正草案 (read before revisionTitle took
// revisionDraft, which ended in 案 alone) or dated to the day or with
// dots (（令和8年4月1日改定案）, （R8.4改定案）, （2026/4/1改正案）) was met as
// the document in force. Revisions approved or reflected stay documents.
func TestSaysDraftRevisionDraftWordsAndDays(t *testing.T) {
	drafts := []string{
		"SNS運用方針改定素案", "SNS運用方針の改定原案", "投稿ルール改正草案", "SNS運用方針（改定素案）", "SNS運用方針（改定原案）", "SNS運用方針（改正の素案）",
		"SNS運用方針（令和8年4月1日改定案）", "SNS運用方針（R8.4改定案）", "SNS運用方針（Ｒ８．４．１改定案）", "SNS運用方針（2026/4/1改正案）", "SNS運用方針 2026-04-01改定案",
		"SNS運用方針（4月改定案）",
	}
	docs := []string{
		"SNS運用方針（令和8年4月1日改定）", "SNS運用方針（R8.4改定）", "SNS運用方針（改定素案を反映済み）", "SNS運用方針（令和8年4月1日改定案を反映）",
		"SNS運用方針改定素案（令和8年3月25日決裁）", "改定原案の作成要領", "SNS運用方針（改定素案検討中）",
	}
	checkSays(t, saysDraft, "revision drafts written 素案/原案/草案 or dated to the day", drafts, docs)
}

// TestSaysDraftPlannedApprovalDated: a planned approval with its date
// (SNS運用方針（令和8年4月決裁予定）, （4月施行予定）, （R8.4.1施行予定）,
// （決裁予定日: 2026/4/1）) was met as the document in force: approvedMark
// read the date and 施行 as an approval, approvedLater undid that, and
// draftWord read only the bare 決裁予定. A document in force with a
// revision planned stays a document.
func TestSaysDraftPlannedApprovalDated(t *testing.T) {
	drafts := []string{
		"SNS運用方針（令和8年4月決裁予定）", "SNS運用方針（4月施行予定）", "SNS運用方針（令和8年4月1日施行予定）", "SNS運用方針（12月決裁予定）",
		"SNS運用方針（R8.4.1施行予定）", "SNS運用方針（2026/4/1施行予定）", "SNS運用方針（決裁予定日: 2026/4/1）", "SNS運用方針（4月中旬決裁予定）",
		"SNS運用方針 令和8年4月1日施行予定", "SNS運用方針（令和8年4月1日付けで施行予定）", "SNS運用方針（2026年度末承認見込み）", "SNS policy (approval pending)",
	}
	docs := []string{
		"SNS運用方針（令和6年4月1日施行、令和9年4月改正予定）", "SNS運用方針（令和9年度改定予定）", "SNS運用方針（令和6年4月1日施行）（令和9年4月1日改正施行予定）",
		"SNS運用方針（令和9年4月1日改正施行予定）", "決裁予定案件の投稿ルール", "SNS運用方針（令和6年4月1日施行）",
	}
	checkSays(t, saysDraft, "planned approvals with a date", drafts, docs)
}

// TestSaysDraftAngleBrackets: a note of a draft, a provisional title or a
// revision's draft in angle brackets (SNS運用方針〈仮〉, ＜案＞, 《改定案》,
// <draft>) was met as the document in force: saysDraft read notes in
// （）, 【】, [] and 〔〕 only. Notes of an edition or an approval, and words
// in angle brackets, stay documents.
func TestSaysDraftAngleBrackets(t *testing.T) {
	drafts := []string{
		"SNS運用方針〈仮〉", "SNS運用方針＜仮＞", "SNS運用方針＜案＞", "SNS運用方針〈案〉", "《仮称》SNS運用方針", "SNS運用方針《改定案》",
		"SNS運用方針<draft>", "SNS運用方針〈令和8年4月1日施行予定〉", "乗っ取り時対応手順〈未決裁〉",
	}
	docs := []string{
		"SNS運用方針〈令和6年4月1日施行〉", "SNS運用方針〈第2版〉", "〈議会〉SNS運用方針", "SNS運用方針＜案内＞", "SNS運用方針〈仮〉で運用中",
		"SNS運用方針〈案〉（2026年4月1日決裁）", "SNS運用方針（問合せ <gikai@city.chofu.example>）",
	}
	checkSays(t, saysDraft, "drafts noted in angle brackets", drafts, docs)
}

// TestSaysDraftProvisionalNotInUse: a provisional title whose text says
// its use stopped or is denied (SNS運用方針（仮）運用中止, （仮・運用中ではない）,
// SNS policy (tentative, not in use)) was met as the document in force:
// inUse found 運用中 or "in use" inside the words denying it. A
// provisional title in use stays a document.
func TestSaysDraftProvisionalNotInUse(t *testing.T) {
	drafts := []string{
		"SNS運用方針（仮）運用中止", "SNS運用方針（仮）（運用中断）", "SNS運用方針（仮・運用中ではない）", "SNS運用方針（仮称）※施行中ではありません",
		"SNS policy (tentative, not in use)", "SNS policy (tentative) - not yet in force", "Tentative SNS policy, no longer in effect",
	}
	docs := []string{
		"SNS運用方針（仮）で運用中", "SNS運用方針（仮称）施行中", "SNS運用方針（仮）適用中", "SNS policy (tentative title, in use)", "SNS policy (tentative, in force)",
	}
	checkSays(t, saysDraft, "provisional titles not in use", drafts, docs)
}

// TestDraftMessage: SNS-01 for a draft is partial, with a message saying
// in each language that the draft is not in force and what to record; the
// English one holds no Japanese but the quoted text.
func TestDraftMessage(t *testing.T) {
	q := newReq("SNS-01")
	s := &riskassess.Subject{Entry: &riskassess.Social{PostingRules: " SNS運用方針（案） "}, AsOf: riskassess.NewDate(2026, time.April, 1)}
	r := checks["SNS-01"](q, s)
	got := []string{string(r.Outcome), r.Evidence, r.Message.Ja, r.Message.En}
	want := []string{string(riskassess.OutcomePartial), "posting_rules",
		"台帳に「SNS運用方針（案）」と記録されているが、案（未決裁）で施行されていない（決裁・施行された文書名か URL を記録する）",
		`the register says "SNS運用方針（案）": a draft or a document not yet approved, not in force (record the title or URL of the approved document)`}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("SNS-01 for a draft (-want +got):\n%s", d)
	}
}

// TestDraftOutcomeSocialDocuments: the posting rules (SNS-01) and posting
// scope (SNS-07) of an account, read through the checks: a provisional
// title or a revision's draft is partial, a rule that holds 仮 or names a
// revision reflected or an edition revised stays met, and a note that the
// document is being considered stays not met (nothing recorded).
func TestDraftOutcomeSocialDocuments(t *testing.T) {
	asOf := riskassess.NewDate(2026, time.April, 1)
	inputs := []string{
		"SNS運用方針（仮）", "SNS運用方針改定案", "SNS運用方針（修正案）", "SNS運用方針（令和8年度改定案）", "SNS policy (tentative)",
		"仮想通貨に関する投稿禁止", "改定案を反映済み", "SNS運用方針 第2版（令和8年4月改定）", "SNS運用方針（暫定版で運用中）", "SNS運用方針（仮）で運用中",
		"SNS運用方針（検討中）",
	}
	want := map[string]riskassess.Outcome{}
	for _, v := range inputs[:5] {
		want[v] = riskassess.OutcomePartial
	}
	for _, v := range inputs[5:10] {
		want[v] = riskassess.OutcomeMet
	}
	want[inputs[10]] = riskassess.OutcomeNotMet
	for _, id := range []string{"SNS-01", "SNS-07"} {
		got := map[string]riskassess.Outcome{}
		for _, v := range inputs {
			e := &riskassess.Social{PostingRules: v, PostingScope: v}
			got[v] = checks[id](newReq(id), &riskassess.Subject{Entry: e, AsOf: asOf}).Outcome
		}
		if d := cmp.Diff(want, got); d != "" {
			t.Errorf("%s (-want +got):\n%s", id, d)
		}
	}
}
