package sitegen

import (
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/report"
)

// msgs are the user-facing strings of the pages: Japanese first, English
// second, looked up with tr.
var msgs = map[string][2]string{
	"skip":                  {"本文へ移動", "Skip to main content"},
	"site":                  {"委託事業者・外部サービス・SNSアカウント台帳", "Register of contractors, services and social accounts"},
	"site.public":           {"公式アカウント・利用サービスの公開情報", "Official accounts and services in use"},
	"asof":                  {"基準日", "As of"},
	"nav":                   {"サイト内メニュー", "Site menu"},
	"nav.index":             {"概要", "Dashboard"},
	"nav.register":          {"台帳一覧", "Register"},
	"nav.owners":            {"責任者一覧", "Owners"},
	"nav.due":               {"期限一覧", "Deadlines"},
	"nav.plan":              {"年度計画", "Year plan"},
	"plan.intro":            {"この年度（4月～翌年3月）に期限の来る見直し・実地確認・確認票の回答・認証とISMAP登録・契約・承認の期限・SNSのパスワード変更を、月と所管課ごとにまとめています。見直しや年次の作業のように繰り返すものは、前の回を期日（期限を過ぎたものは基準日）に行った場合の年度内の次の回も「見込み」として示します。回答期限を過ぎた確認票は督促の一覧に、この年度より前の期日で期限を過ぎたままのものは「前年度以前からの期限超過」に出ます。", "What falls due in the fiscal year (April to March): reviews, on-site checks, questionnaire replies, certificate, ISMAP, contract and approval expiries and social-media password changes, by month and section. A task that recurs, such as a review or a yearly task, also shows its later turns in the year as \"Expected\", dated as if the turn before is done on its date (an overdue one on the as-of date). Questionnaire replies past their deadline are on the chase list; items dated before the year and still overdue are under \"Overdue from before the year\"."},
	"plan.count":            {"%d 件", "%d items"},
	"plan.months":           {"月", "Months"},
	"plan.chase":            {"回答の督促（回答期限を過ぎた確認票）", "Chase list: questionnaire replies overdue"},
	"plan.chase.intro":      {"確認票を送り、回答期限を過ぎても取り込まれていないものです。事業者に回答を催促してください。", "Questionnaires sent whose reply is past its deadline and not imported. Remind the vendors."},
	"dash.plan":             {"年度計画と督促の一覧へ", "To the year plan and the chase list"},
	"plan.carried":          {"前年度以前からの期限超過", "Overdue from before the year"},
	"plan.carried.intro":    {"この年度より前の期日で、基準日に期限を過ぎたままのものです（回答期限を過ぎた確認票は督促の一覧に出ます）。月ごとの予定には含みません。", "Items dated before this fiscal year that are still overdue on the as-of date (questionnaire replies are on the chase list). They are not in the months below."},
	"plan.expected":         {"見込み", "Expected"},
	"plan.chase.none":       {"回答期限を過ぎた確認票はありません。", "No questionnaire reply is overdue."},
	"plan.empty":            {"期限の来る項目のない月: ", "Months with nothing due: "},
	"plan.empty.sep":        {"・", ", "},
	"plan.nosection":        {"所管課なし", "No section"},
	"due.intro":             {"期限を過ぎたものと、90日以内に期限を迎える認証・ISMAP登録・契約・承認の一覧です。", "Everything overdue, and certificates, ISMAP listings, contracts and approvals expiring within 90 days."},
	"dash.more":             {"すべて表示", "Show all"},
	"result":                {"結果", "Result"},
	"reqs.notmet":           {"不適合", "Not met"},
	"reqs.partial":          {"一部適合", "Partially met"},
	"reqs.notanswered":      {"未回答", "Not answered"},
	"record":                {report.RecordDecision.Ja, report.RecordDecision.En},   // as the register table says
	"status.undecided":      {report.UndecidedStatus.Ja, report.UndecidedStatus.En}, // as the register table says
	"status.expired":        {report.ExpiredStatus.Ja, report.ExpiredStatus.En},
	"reqs.detail":           {"該当項目の一覧", "List of entries"},
	"nav.approvals":         {"承認記録", "Approvals"},
	"nav.changes":           {"変更の記録", "What changed"},
	"nav.public-lists":      {"公表リスト", "Public lists"},
	"nav.requirements":      {"要件", "Requirements"},
	"nav.accounts":          {"公式アカウント一覧", "Official accounts"},
	"nav.services":          {"利用している外部サービス", "External services in use"},
	"nav.downloads":         {"ダウンロード", "Downloads"},
	"footer":                {"このサイトは riskregister により台帳（YAML）から生成されました。", "Generated from the register (YAML) by riskregister."},
	"guides":                {"手引き", "Guides"},
	"guide.staff":           {"職員向けの手引き", "Staff guide"},
	"guide.vendor":          {"事業者向けの記入の手引き", "Vendor guide"},
	"guide.developer":       {"開発者向けの手引き", "Developer guide"},
	"footer.public":         {"この一覧は台帳から自動生成しています。", "This list is generated from the register."},
	"none":                  {"該当なし", "None"},
	"kind":                  {"種別", "Kind"},
	"id":                    {"ID", "ID"},
	"name":                  {"名称", "Name"},
	"section":               {"所管課", "Section"},
	"person":                {"担当者", "Person"},
	"status":                {"承認状況", "Approval"},
	"residual":              {"残留リスク", "Residual risk"},
	"inherent":              {"固有リスク", "Inherent risk"},
	"decision":              {"推奨判断", "Recommended decision"},
	"score":                 {"対策スコア", "Control score"},
	"nextreview":            {"次回見直し", "Next review"},
	"count":                 {"件数", "Count"},
	"total":                 {"合計", "Total"},
	"date":                  {"日付", "Date"},
	"item":                  {"項目", "Item"},
	"what":                  {"対象", "Subject"},
	"entry":                 {"台帳項目", "Entry"},
	"overdue":               {"期限超過", "Overdue"},
	"dash.kinds":            {"種別ごとの件数", "Entries by kind"},
	"dash.residual":         {"残留リスク別の件数", "Entries by residual risk"},
	"dash.decision":         {"推奨判断別の件数", "Entries by recommended decision"},
	"dash.cond.answers":     {"うち 重要な要件の回答待ちのみ（確認票で確認）", "of which only answers to important requirements are missing (send the questionnaire)"},
	"dash.cond.notmet":      {"うち 重要な要件が不適合（契約・運用の見直し）", "of which an important requirement is not met (change the contract or practice)"},
	"dash.cond.risk":        {"うち 残留リスクが高（リスク低減の計画）", "of which the residual risk is high (plan to reduce it)"},
	"dash.status":           {"承認状況別の件数", "Entries by approval status"},
	"dash.heat":             {"固有リスク × 対策スコア", "Inherent risk × control score"},
	"dash.heat.desc":        {"縦軸は固有リスク、横軸は対策スコアの帯（残留リスクのマトリクスの帯）。各マスの色と左上の語はマトリクスが与える残留リスク、数字は該当する件数。", "Rows are inherent risk levels, columns the control-score bands of the residual-risk matrix; each cell's colour and label are the residual risk the matrix gives it, the number is the count of entries."},
	"dash.bars":             {"種別ごとの残留リスク", "Residual risk by kind"},
	"dash.bars.desc":        {"種別ごとに残留リスクの内訳を横棒で示す。", "One stacked bar per kind, split by residual risk level."},
	"dash.table":            {"表で見る", "Show as a table"},
	"dash.overdue":          {"期限を過ぎた見直し・期限", "Overdue reviews and deadlines"},
	"dash.upcoming":         {"90日以内に期限を迎えるもの（認証・ISMAP・契約・承認）", "Expiring within 90 days (certificates, ISMAP, contracts, approvals)"},
	"reg.caption":           {"台帳の全項目", "Every entry of the register"},
	"reg.filter":            {"絞り込み", "Filter"},
	"reg.help":              {"列見出しのボタンで並べ替え、上の欄で絞り込みができます（JavaScript が無効でも一覧はすべて表示されます）。", "Sort with the column buttons and filter with the fields above (without JavaScript the full table is shown)."},
	"entry.summary":         {"概要", "Summary"},
	"entry.next":            {"次にすること", "What to do next"},
	"entry.next.who":        {"担当", "Who"},
	"entry.next.due":        {"期限", "By"},
	"entry.next.now":        {"直ちに", "now"},
	"entry.next.more":       {"ほかに %d 件あります（下の「要件ごとの結果」にすべて）。", "%d more (all are under “Findings” below)."},
	"entry.next.none":       {"期限の迫った作業はありません。", "Nothing is due."},
	"entry.next.editors":    {"台帳を編集する人へ: 要件ID と台帳の項目", "For those who edit the register: requirement ids and fields"},
	"entry.assessment":      {"評価結果", "Assessment"},
	"entry.findings":        {"要件ごとの結果", "Findings"},
	"entry.history":         {"質問票の取込履歴", "Questionnaire history"},
	"entry.reviews":         {"見直しの記録", "Review log"},
	"entry.rounds":          {"確認票の回（送付日・回答期限・返送日・取込日）", "Questionnaire rounds (sent, reply due, returned, imported)"},
	"entry.notes":           {"メモ", "Notes"},
	"entry.evidence":        {"根拠資料", "Evidence"},
	"entry.due":             {"期限", "Deadlines"},
	"entry.answers":         {"現在の回答", "Current answers"},
	"entry.changes":         {"前回の質問票からの変更", "Changed since the previous questionnaire"},
	"entry.foreign":         {"外部の質問票の参考（採点しません。担当者が判断してください）", "Evidence from a foreign questionnaire (not scored: for a person to judge)"},
	"entry.approval":        {"承認", "Approval"},
	"entry.approvalhistory": {"承認の履歴", "Approval history"},
	"req":                   {"要件", "Requirement"},
	"severity":              {"重要度", "Severity"},
	"clause":                {"規程の条項", "Policy clause"},
	"evidence":              {"根拠", "Evidence"},
	"provenance":            {"出所", "Source"},
	"conflict":              {"台帳の記録と矛盾する回答:", "Answer contradicting the register:"},
	"message":               {"内容", "Detail"},
	"remediation":           {"是正措置", "Remediation"},
	"due":                   {"期限", "Due"},
	"owners.intro":          {"所管課・担当者ごとに、所管する台帳項目と期限を示します。担当者は基準日の現任者です（register.yaml の職員一覧による）。", "What each section and person owns, and what falls due. People are the holders on the as-of date (from the staff list in register.yaml)."},
	"owners.section":        {"課として所管（担当者未設定）", "Owned by the section (no person set)"},
	"owners.vacant":         {"基準日に担当者がいない役割（空席・在任者が複数・異動）", "Roles nobody holds on the as-of date (vacant, several holders, moved)"},
	"owners.role":           {"役割", "Role"},
	"approvals.intro":       {"承認の判断を新しい順に示します。", "Approval decisions, newest first."},
	"approver":              {"承認者", "Approver"},
	"note":                  {"備考", "Note"},
	"reqs.intro":            {"各要件と、それを満たしていない台帳項目（不適合・一部適合・未回答。未回答は不適合と同じく減点）です。", "Each requirement and the entries that do not meet it: not met, partially met and not answered (which scores like not met)."},
	"reqs.failing":          {"満たしていない項目", "Entries not meeting it"},
	"kinds":                 {"対象の種別", "Applies to"},
	"attested":              {"確認する者", "Attested by"},
	"accounts.intro":        {"本会が運用する公式ソーシャルメディアアカウントの一覧です。ここに掲載されていないアカウントは本会の公式アカウントではありません。なりすましアカウントにご注意ください。不審なアカウントを見つけた場合はお知らせください。", "These are the official social-media accounts run by us. Accounts not listed here are not ours: beware of impersonation, and please tell us about any suspicious account."},
	"accounts.caption":      {"公式アカウント", "Official accounts"},
	"accounts.none":         {"公開中の公式アカウントはありません。", "No official account is listed at present."},
	"accounts.report":       {"なりすましアカウントを見つけたら", "If you find a fake account"},
	"accounts.report.lead":  {"この一覧にないのに本会を名乗るアカウントや、乗っ取られたと思われる投稿を見つけた場合は、次の窓口にお知らせください。", "If you find an account that claims to be ours but is not listed here, or a post that looks as if an account was taken over, please tell this office."},
	"closeparen":            {"）", ")"},
	"accounts.contact":      {"窓口", "Office"},
	"accounts.phone":        {"電話", "Phone"},
	"accounts.email":        {"メール", "E-mail"},
	"accounts.form":         {"問合せフォーム", "Contact form"},
	"accounts.nocontact":    {"公開用の一覧に、なりすましアカウントの通報先が表示されていません。register.yaml に窓口の名称と、電話・メール・URL のいずれかを設定してください（項目名:", "The public list shows no contact for reporting a fake account: set the office's name and a phone, e-mail or URL in register.yaml (field:"},
	"platform":              {"サービス", "Platform"},
	"handle":                {"アカウント名", "Handle"},
	"purpose":               {"目的", "Purpose"},
	"accountstatus":         {"状態", "Status"},
	"notice":                {"お知らせ", "Notice"},
	"services.intro":        {"本会が業務で利用を承認している外部サービス（クラウドサービス等）と、その利用目的・所管課です。", "External (cloud) services we have approved for use, with their purpose and responsible section."},
	"services.caption":      {"利用している外部サービス", "External services in use"},
	"downloads.intro":       {"台帳のデータをダウンロードできます。CSV は UTF-8（BOM付き）です。表計算ソフトが数式・数値・日付として読み替える文字（= で始まる名称、00123、法人番号など）は、書かれたとおりに表示されるよう先頭に ' を付けています（' で始まる文字にも付けます。プログラムで読むときは先頭の ' を1つ除くか、register.json を使ってください）。", "Download the register data. CSV files are UTF-8 with a byte-order mark. Text a spreadsheet would read as a formula, a number or a date (a name starting with =, 00123, a corporate number) starts with ' so that it is shown as written (text starting with ' gets one more; a program reading the CSV removes one leading ', or reads register.json)."},
	"file":                  {"ファイル", "File"},
	"desc":                  {"内容", "Contents"},
	"rows":                  {"行数", "Rows"},
	"public.intro":          {"本会の公式ソーシャルメディアアカウントと、業務で利用している外部サービスの一覧を公開しています。", "We publish the list of our official social-media accounts and of the external services we use."},
	"notassessed":           {"未評価", "Not assessed"},
	"yes":                   {"はい", "Yes"},
	"no":                    {"いいえ", "No"},
	"unknown":               {"不明", "Unknown"},
}

// tr returns the string for key in lang; the key itself when unknown.
func tr(lang riskassess.Lang, key string) string {
	m, ok := msgs[key]
	if !ok {
		return key
	}
	if lang == "en" {
		return m[1]
	}
	return m[0]
}

// trs returns the strings for keys in lang.
func trs(lang riskassess.Lang, keys ...string) []string {
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = tr(lang, k)
	}
	return out
}

// l picks ja or en.
func l(lang riskassess.Lang, ja, en string) string {
	if lang == "en" {
		return en
	}
	return ja
}
