package schemagen

// description is the Japanese and English description of a field. The
// English of the Go doc comment is preferred; en is the fallback for fields
// without one.
type description struct{ ja, en string }

// descriptions holds the descriptions keyed "Type.Field" (Go names). Every
// field of a type reachable from Docs must have an entry: Generate fails
// otherwise.
var descriptions = map[string]description{
	// Text and shared records.
	"Text.Ja": {"日本語", "Japanese text."},
	"Text.En": {"英語（任意）", "English text (optional)."},

	"Common.Name":         {"名称（日本語・英語）", ""},
	"Common.Owner":        {"所管課・役職・担当者", ""},
	"Common.Approval":     {"承認の記録", ""},
	"Common.ReviewDue":    {"次回見直し期限（YYYY-MM-DD）", ""},
	"Common.LastReviewed": {"最終見直し日（YYYY-MM-DD）", ""},
	"Common.Notes":        {"備考（Markdown）", ""},
	"Common.Evidence":     {"根拠資料へのリンク", ""},
	"Common.Answers":      {"現在の質問票回答（質問IDごと）", ""},
	"Common.Assessments":  {"取り込んだ質問票の履歴（古い順、追記のみ）", ""},

	"Owner.Section":  {"所管課のID（register.yaml の sections）", "Section id (from sections in register.yaml)."},
	"Owner.Position": {"役職のID（register.yaml の positions）", "Position id (from positions in register.yaml)."},
	"Owner.Person":   {"担当者のID（register.yaml の people）", "Person id (from people in register.yaml)."},

	"Approval.Status":     {"承認状況", "Approval status."},
	"Approval.Approver":   {"承認者の役職ID", ""},
	"Approval.DecidedOn":  {"決裁日", "Date of the decision."},
	"Approval.Conditions": {"承認の条件", "Conditions of the approval."},
	"Approval.ValidUntil": {"承認の有効期限", "The approval is valid until this date."},
	"Approval.History":    {"過去の決裁", "Past decisions."},

	"DecisionRecord.Status":   {"決裁の結果", "Decision."},
	"DecisionRecord.Approver": {"承認者の役職ID", "Approving position id."},
	"DecisionRecord.On":       {"決裁日", "Date of the decision."},
	"DecisionRecord.Note":     {"メモ", "Note."},

	"Link.Title": {"表題", "Title."},
	"Link.URL":   {"URL またはファイルの場所", "URL or file location."},

	"Answer.Value":   {"正規化した回答（yes / no / partial / na、日付、数値、選択肢ID、文章）", ""},
	"Answer.Comment": {"回答の補足", "Comment on the answer."},
	"Answer.Cell":    {"取り込んだセル（例 Questions!D17）", ""},

	"AssessmentRecord.On":               {"取り込み日", "Date of import."},
	"AssessmentRecord.Source":           {"質問票ファイル", "Questionnaire file."},
	"AssessmentRecord.SHA256":           {"質問票ファイルの SHA-256", "SHA-256 of the questionnaire file."},
	"AssessmentRecord.CatalogueVersion": {"要件カタログの版", "Requirement catalogue version."},
	"AssessmentRecord.Respondent":       {"回答者", "Who answered."},
	"AssessmentRecord.Answers":          {"回答（質問IDごと）", "Answers by question id."},

	"Respondent.Company":         {"回答した会社名", "Company."},
	"Respondent.CorporateNumber": {"法人番号（13桁）", "Corporate number (13 digits)."},
	"Respondent.Person":          {"回答者名", "Person who answered."},
	"Respondent.Contact":         {"連絡先", "Contact."},
	"Respondent.Date":            {"回答日", "Date of the answers."},

	"Certification.Type":       {"認証の種類", "Type of certification."},
	"Certification.Name":       {"認証の名称（type が other のとき）", "Name (when type is other)."},
	"Certification.Number":     {"登録番号", "Registration number."},
	"Certification.Scope":      {"認証範囲", "Scope of the certification."},
	"Certification.ValidUntil": {"有効期限", "Valid until."},

	"Incident.On":         {"発生日", "Date of the incident."},
	"Incident.Summary":    {"概要", "Summary."},
	"Incident.ReportedOn": {"報告を受けた日", "Date it was reported to us."},
	"Incident.ClosedOn":   {"対応完了日", "Date it was closed."},

	"Classification.Confidentiality": {"機密性（3A / 3B / 3C / 2 / 1 など）", "Confidentiality level id (3A, 3B, 3C, 2, 1 …)."},
	"Classification.Integrity":       {"完全性（2 / 1）", "Integrity level id (2, 1)."},
	"Classification.Availability":    {"可用性（2 / 1）", "Availability level id (2, 1)."},

	// Contractor.
	"Contractor.LegalName":       {"商号", ""},
	"Contractor.LegalNameKana":   {"商号の読み（カタカナ）", ""},
	"Contractor.CorporateNumber": {"法人番号（13桁）", ""},
	"Contractor.Contracts":       {"契約", "Contracts."},
	"Contractor.Certifications":  {"取得している認証", "Certifications held."},
	"Contractor.LastConfirmed":   {"セキュリティ対策の最終確認日（報告・確認）", ""},
	"Contractor.LastOnsiteCheck": {"最終実地確認日", ""},
	"Contractor.Reports":         {"受領した報告", "Reports received."},
	"Contractor.Incidents":       {"セキュリティ事故", "Security incidents."},
	"Contractor.Remediation":     {"是正措置", "Agreed corrective actions."},

	"Contract.ID":             {"契約番号など契約のID", "Contract id."},
	"Contract.Scope":          {"委託業務の内容", "Scope of the work."},
	"Contract.From":           {"契約開始日", "Start date."},
	"Contract.To":             {"契約終了日", "End date."},
	"Contract.Information":    {"委託先が扱う情報", ""},
	"Contract.Segments":       {"作業で触れるネットワーク（三層）", ""},
	"Contract.Clauses":        {"契約書のセキュリティ条項（要件IDと条番号）", ""},
	"Contract.Subcontractors": {"再委託先", "Subcontractors."},
	"Contract.WorkSites":      {"作業場所", "Where the work is done."},
	"Contract.DataReturnedOn": {"契約終了後のデータ返却・消去日", ""},

	"InformationAccess.Description":  {"情報の内容", "What information."},
	"InformationAccess.Class":        {"情報の分類（機密性・完全性・可用性）", "Classification of the information."},
	"InformationAccess.PersonalData": {"個人情報を含む", "Includes personal data."},
	"InformationAccess.MyNumber":     {"マイナンバー（特定個人情報）を含む", "Includes My Number data."},

	"ContractClause.Requirement": {"要件ID（例 OUT-10）", "Requirement id (e.g. OUT-10)."},
	"ContractClause.Article":     {"契約書の条番号", "Article of the contract."},

	"Subcontractor.Contractor": {"登録済みの委託事業者のID", ""},
	"Subcontractor.Name":       {"再委託先名（未登録のとき）", "Name (when not registered)."},
	"Subcontractor.Scope":      {"再委託の範囲", "Scope of the subcontracted work."},
	"Subcontractor.ApprovedOn": {"事前承認日（空欄は未承認）", ""},

	"WorkSite.Kind":    {"作業場所の種類", "Kind of work site."},
	"WorkSite.Address": {"所在地", "Address."},

	"Report.On":    {"受領日", "Date received."},
	"Report.Title": {"報告の表題", "Title of the report."},

	"RemediationItem.Summary":     {"是正内容", "What is to be done."},
	"RemediationItem.Requirement": {"関係する要件ID", "Related requirement id."},
	"RemediationItem.Due":         {"期限", "Due date."},
	"RemediationItem.ClosedOn":    {"完了日", "Date closed."},

	// Service.
	"Service.Provider":       {"提供者", "Who provides the service."},
	"Service.ContractType":   {"契約の形態（個別契約 / 約款）", "Contract type (negotiated or terms of service)."},
	"Service.Delivery":       {"提供形態", "Delivery model."},
	"Service.Segments":       {"利用するネットワーク（三層）", ""},
	"Service.Class":          {"扱う情報の最高分類", ""},
	"Service.PersonalData":   {"個人情報を扱う", "Handles personal data."},
	"Service.MyNumber":       {"マイナンバー（特定個人情報）を扱う", "Handles My Number data."},
	"Service.ContractEnd":    {"契約・利用期間の終了日", ""},
	"Service.ISMAP":          {"ISMAP・ISMAP-LIU の登録", "ISMAP or ISMAP-LIU listing."},
	"Service.Certifications": {"取得している認証", "Certifications held."},
	"Service.DataLocations":  {"データの保管・処理場所", "Where data is stored or processed."},
	"Service.GoverningLaw":   {"準拠法", "Governing law."},
	"Service.Court":          {"合意管轄裁判所", "Agreed court."},
	"Service.SLA":            {"サービスレベル合意", "Service level agreement."},
	"Service.Exit":           {"利用終了時のデータの扱い", "What happens to data at exit."},
	"Service.Auth":           {"認証（SSO・管理者の多要素認証）", "Sign-in (SSO, admin MFA)."},
	"Service.Manager":        {"外部サービス管理者の担当者ID", ""},
	"Service.PermittedUses":  {"許可した利用範囲", "Permitted uses."},
	"Service.TermsCheckedOn": {"利用規約の最終確認日", ""},
	"Service.Purpose":        {"利用目的（公表用）", ""},
	"Service.Incidents":      {"セキュリティ事故", "Security incidents."},

	"Provider.Contractor": {"登録済みの委託事業者のID", "Id of a registered contractor."},
	"Provider.Name":       {"提供者名（未登録のとき）", "Provider name (when not registered)."},

	"ISMAP.List":             {"登録簿（ismap / ismap-liu）", "Register (ismap or ismap-liu)."},
	"ISMAP.Number":           {"登録番号", "Registration number."},
	"ISMAP.ValidUntil":       {"登録の有効期限", "Listing valid until."},
	"ISMAP.FunctionsInScope": {"利用する機能が登録範囲内か（空欄は不明）", ""},

	"DataLocation.Country": {"国（ISO 3166-1 の2文字、例 JP）", ""},
	"DataLocation.Region":  {"地域", "Region."},

	"SLA.Availability": {"稼働率の保証（%）", ""},
	"SLA.Support":      {"サポート体制", "Support."},
	"SLA.URL":          {"SLA の URL", "URL of the SLA."},

	"Exit.DataReturn":  {"利用終了時にデータを返却する", "Data is returned at exit."},
	"Exit.Deletion":    {"利用終了時にデータを消去する", "Data is deleted at exit."},
	"Exit.Format":      {"返却データの形式", "Format of returned data."},
	"Exit.Certificate": {"消去証明書を受け取る", "A deletion certificate is given."},

	"Auth.SSO":      {"シングルサインオン", "Single sign-on."},
	"Auth.AdminMFA": {"管理者の多要素認証", "Multi-factor authentication for administrators."},

	// Social.
	"Social.Platform":               {"サービス（X、YouTube など）", "Platform."},
	"Social.Handle":                 {"アカウント名（@なし）", "Account handle."},
	"Social.URL":                    {"アカウントの URL", "URL of the account."},
	"Social.Purpose":                {"運用目的", "Purpose of the account."},
	"Social.Responsible":            {"責任者（所管課・役職・担当者）", ""},
	"Social.Operators":              {"投稿する職員の担当者ID", ""},
	"Social.MFA":                    {"多要素認証を設定している", "Multi-factor authentication is on."},
	"Social.CredentialCustodian":    {"パスワード管理者の担当者ID", ""},
	"Social.PasswordChangedOn":      {"パスワード最終変更日", ""},
	"Social.ProfileNamesOperator":   {"プロフィールに運用主体を明記している", ""},
	"Social.ListedOn":               {"公式アカウントとして掲載している自組織のページの URL", ""},
	"Social.PostingRules":           {"運用方針（URL または文書）", ""},
	"Social.PostingScope":           {"投稿してよい内容を定めた文書", ""},
	"Social.TakeoverProcedure":      {"乗っ取り時の対応手順", "Procedure when the account is taken over."},
	"Social.ImpersonationProcedure": {"なりすまし発見時の対応手順", "Procedure when an impostor account is found."},
	"Social.TermsCheckedOn":         {"利用規約の最終確認日", "Date the terms of service were last checked."},
	"Social.LastPost":               {"最終投稿日", "Date of the last post."},
	"Social.Status":                 {"運用状況", "Operating status."},
	"Social.NoticeURL":              {"休止・廃止のお知らせの URL", ""},

	// Organisation (register.yaml).
	"Organisation.Name":            {"組織名", ""},
	"Organisation.Policy":          {"情報セキュリティポリシー", ""},
	"Organisation.Sections":        {"課（所管課）の一覧", ""},
	"Organisation.Positions":       {"役職の一覧", ""},
	"Organisation.People":          {"職員（所管者・承認者・運用者）の一覧", ""},
	"Organisation.Classification":  {"情報の分類基準（省略時は国のガイドラインの分類）", ""},
	"Organisation.ReviewIntervals": {"残存リスクごとの見直し間隔（月）", ""},
	"Organisation.ApprovalChain":   {"承認の流れ（役職ごと）", ""},
	"Organisation.Requirements":    {"要件カタログの変更（無効化・重み・独自要件）", ""},
	"Organisation.Website":         {"組織のウェブサイト", ""},

	"Policy.Title":   {"ポリシーの名称", "Title of the policy."},
	"Policy.URL":     {"ポリシーの URL", "URL of the policy."},
	"Policy.Clauses": {"要件が引用する条項", "Clauses cited by requirements."},

	"Clause.ID":    {"条項番号（例 6(8)）", "Clause number (e.g. 6(8))."},
	"Clause.Title": {"条項の見出し", "Title of the clause."},

	"Section.ID":     {"課のID（英小文字・数字・ハイフン）", "Section id."},
	"Section.Name":   {"課の名称", "Name of the section."},
	"Section.Parent": {"上位の課のID", "Parent section id."},

	"Position.ID":    {"役職のID", "Position id."},
	"Position.Title": {"役職名", "Title of the position."},

	"Person.ID":       {"職員のID", "Person id."},
	"Person.Name":     {"氏名", "Name."},
	"Person.Section":  {"所属する課のID", "Section id."},
	"Person.Position": {"役職のID", "Position id."},

	"ClassificationScheme.Confidentiality": {"機密性の区分（機密性の高い順）", "Confidentiality levels, most sensitive first."},
	"ClassificationScheme.Integrity":       {"完全性の区分", "Integrity levels."},
	"ClassificationScheme.Availability":    {"可用性の区分", "Availability levels."},

	"Level.ID":      {"区分のID", "Level id."},
	"Level.Name":    {"区分の名称", "Name of the level."},
	"Level.Rank":    {"順位（大きいほど機密性が高い。2以上が「機密性2以上」）", ""},
	"Level.Aliases": {"旧い表記（例 3 → 3A）", ""},

	"ReviewIntervals.Low":      {"残存リスク「低」の見直し間隔（月、既定24）", "Months between reviews at low residual risk (default 24)."},
	"ReviewIntervals.Medium":   {"残存リスク「中」の見直し間隔（月、既定12）", "Months between reviews at medium residual risk (default 12)."},
	"ReviewIntervals.High":     {"残存リスク「高」の見直し間隔（月、既定6）", "Months between reviews at high residual risk (default 6)."},
	"ReviewIntervals.Critical": {"残存リスク「重大」の見直し間隔（月、既定3）", "Months between reviews at critical residual risk (default 3)."},

	"ApprovalStep.Role":     {"段階の名称（例 所属長）", "Name of the step."},
	"ApprovalStep.Position": {"決裁する役職のID", "Position id that decides."},
	"ApprovalStep.Kinds":    {"対象とする種類（空欄は全種類）", ""},
	"ApprovalStep.MinRisk":  {"この残存リスク以上のときだけ適用", ""},

	"RequirementSettings.Disable":  {"無効にする要件ID", ""},
	"RequirementSettings.Override": {"重大度・重みを変える要件", ""},
	"RequirementSettings.Add":      {"組織独自の要件", ""},

	"RequirementOverride.ID":       {"要件ID", "Requirement id."},
	"RequirementOverride.Severity": {"重大度", "Severity."},
	"RequirementOverride.Weight":   {"重み", "Weight."},

	"CustomRequirement.ID":          {"要件ID（組織で一意）", "Requirement id (unique)."},
	"CustomRequirement.Kinds":       {"対象とする種類", "Kinds it applies to."},
	"CustomRequirement.Title":       {"見出し", "Title."},
	"CustomRequirement.Text":        {"要件の本文", "Text of the requirement."},
	"CustomRequirement.Clause":      {"根拠となるポリシーの条項", "Policy clause."},
	"CustomRequirement.Severity":    {"重大度", "Severity."},
	"CustomRequirement.Weight":      {"重み", "Weight."},
	"CustomRequirement.Question":    {"根拠となる質問", "Question that evidences it."},
	"CustomRequirement.Expect":      {"適合とする回答（はい・いいえ質問では既定 yes）", "Answer that meets it (yes by default for yes/no questions)."},
	"CustomRequirement.Remediation": {"不適合のときの対応", "What to do when not met."},

	"Question.ID":       {"質問ID（版をまたいで不変）", ""},
	"Question.Text":     {"質問文", "Question text."},
	"Question.Type":     {"回答の型", "Answer type."},
	"Question.Choices":  {"選択肢（type が choice のとき）", "Choices (when type is choice)."},
	"Question.Category": {"分類", "Category."},

	"Choice.ID":    {"選択肢のID", "Choice id."},
	"Choice.Label": {"選択肢の表示", "Label."},

	// JSON export (export.schema.json).
	"Common.ID": {"エントリのID（ファイル名から .yaml を除いたもの）", ""},

	"ExportDocument.Version":          {"形式の版", ""},
	"ExportDocument.AsOf":             {"評価の基準日", ""},
	"ExportDocument.CatalogueVersion": {"要件カタログの版", ""},
	"ExportDocument.Org":              {"組織（名称・課・役職・職員）", ""},
	"ExportDocument.Summary":          {"件数の集計", ""},
	"ExportDocument.Entries":          {"全エントリと評価結果", ""},

	"ExportOrg.Name":      {"組織名", "Name of the organisation."},
	"ExportOrg.Sections":  {"課の一覧", "Sections."},
	"ExportOrg.Positions": {"役職の一覧", "Positions."},
	"ExportOrg.People":    {"職員の一覧", "People."},

	"ExportSummary.Entries":      {"エントリの総数", ""},
	"ExportSummary.ByKind":       {"種類ごとの件数", ""},
	"ExportSummary.ByResidual":   {"残存リスクごとの件数", ""},
	"ExportSummary.ByDecision":   {"判定ごとの件数", ""},
	"ExportSummary.Blocked":      {"阻害要因のあるエントリの数", ""},
	"ExportSummary.OverdueItems": {"期限切れの項目の数", ""},

	"ExportEntry.Kind":       {"種類", "Kind of entry."},
	"ExportEntry.ID":         {"エントリのID", "Entry id."},
	"ExportEntry.Source":     {"読み込んだファイル", ""},
	"ExportEntry.Contractor": {"委託事業者（kind が contractor のとき）", "The contractor (when kind is contractor)."},
	"ExportEntry.Service":    {"外部サービス（kind が service のとき）", "The service (when kind is service)."},
	"ExportEntry.Social":     {"SNSアカウント（kind が social のとき）", "The social-media account (when kind is social)."},
	"ExportEntry.Assessment": {"評価結果", ""},

	"Assessment.Kind":            {"種類", "Kind of entry."},
	"Assessment.EntryID":         {"エントリのID", "Entry id."},
	"Assessment.AsOf":            {"評価の基準日", "As-of date of the assessment."},
	"Assessment.Inherent":        {"固有リスク", ""},
	"Assessment.InherentScore":   {"固有リスクの点数", ""},
	"Assessment.InherentFactors": {"固有リスクを高めた要因", ""},
	"Assessment.ControlScore":    {"管理策の充足度（0〜100）", ""},
	"Assessment.Residual":        {"残存リスク（低・中・高・重大）", ""},
	"Assessment.Decision":        {"推奨する判定（承認可・条件付承認・不可）", "Recommended decision."},
	"Assessment.Conditions":      {"条件付承認の条件", ""},
	"Assessment.Blockers":        {"重大・不可とした阻害要因", ""},
	"Assessment.NextReview":      {"次回見直し日", ""},
	"Assessment.Counts":          {"結果ごとの件数", ""},
	"Assessment.Findings":        {"要件ごとの結果", "Findings, one per requirement."},
	"Assessment.Due":             {"期限のある項目", ""},

	"Finding.Requirement": {"要件ID", "Requirement id."},
	"Finding.Title":       {"要件の見出し", "Title of the requirement."},
	"Finding.Outcome":     {"結果（適合・一部適合・不適合・未回答・対象外）", "Outcome."},
	"Finding.Severity":    {"重大度", "Severity."},
	"Finding.Clause":      {"ポリシーの条項", "Policy clause."},
	"Finding.Evidence":    {"根拠（項目のパスまたはセル）", "Evidence (field path or cell)."},
	"Finding.Message":     {"説明", "Explanation of the outcome."},
	"Finding.Remediation": {"対応方法", "What to do."},
	"Finding.Due":         {"関係する期限", "Date concerned (an expiry)."},
	"Finding.Weight":      {"管理策の点数での重み", ""},

	"Blocker.ID":       {"阻害要因のID", "Blocker id."},
	"Blocker.Message":  {"説明", "Explanation."},
	"Blocker.Evidence": {"根拠となった項目・要件", ""},

	"DueItem.Kind":      {"期限の種類", "Kind of due item."},
	"DueItem.EntryKind": {"エントリの種類", "Kind of the entry."},
	"DueItem.EntryID":   {"エントリのID", "Entry id."},
	"DueItem.Date":      {"期限日", "Due date."},
	"DueItem.Section":   {"所管課のID", ""},
	"DueItem.What":      {"対象（証明書番号・契約IDなど）", ""},
	"DueItem.Field":     {"日付を取った項目のパス", ""},
	"DueItem.Overdue":   {"基準日より前（期限切れ）", ""},
}
