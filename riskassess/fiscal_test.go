package riskassess_test

import (
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
)

func TestFiscalYearOfBoundaries(t *testing.T) {
	tests := []struct {
		d    string
		want riskassess.FiscalYear
	}{
		{"2026-03-31", 2025}, {"2026-04-01", 2026}, {"2027-03-31", 2026}, {"2027-04-01", 2027},
		{"2026-01-01", 2025}, {"2026-12-31", 2026},
		{"2019-04-30", 2019}, {"2019-05-01", 2019}, // the era changed inside FY2019
		{"2020-02-29", 2019},
	}
	for _, tt := range tests {
		if got := riskassess.FiscalYearOf(exportDate(tt.d)); got != tt.want {
			t.Errorf("FiscalYearOf(%s) = %d, want %d", tt.d, got, tt.want)
		}
	}
	fy := riskassess.FiscalYear(2026)
	for d, want := range map[string]bool{"2026-03-31": false, "2026-04-01": true, "2027-03-31": true, "2027-04-01": false} {
		if got := fy.Contains(exportDate(d)); got != want {
			t.Errorf("FY2026.Contains(%s) = %v, want %v", d, got, want)
		}
	}
	if fy.Contains(riskassess.Date{}) {
		t.Error("FY2026 contains the zero Date")
	}
	m := fy.Months()
	if m[0] != exportDate("2026-04-01") || m[11] != exportDate("2027-03-01") {
		t.Errorf("Months = %v … %v", m[0], m[11])
	}
}

// TestRoundDueItems: an open round gives a reply item on its reply date;
// an imported one gives none; an overdue reply is overdue.
func TestRoundDueItems(t *testing.T) {
	org := &riskassess.Organisation{}
	c := &riskassess.Contractor{}
	c.ID = "acme"
	c.Owner.Section = "soumu"
	c.Approval.Status = riskassess.StatusApproved
	c.Rounds = []riskassess.RoundRecord{
		{Name: "令和7年度春", SentOn: exportDate("2025-05-01"), ReplyDue: exportDate("2025-05-31"), ReturnedOn: exportDate("2025-05-20"), ImportedOn: exportDate("2025-05-22")},
		{Name: "令和8年度春", SentOn: exportDate("2026-05-01"), ReplyDue: exportDate("2026-05-31")},
	}
	var got []riskassess.DueItem
	for _, it := range riskassess.DueItems(org, c, riskassess.Date{}, exportDate("2026-06-01")) {
		if it.Kind == riskassess.DueReply {
			got = append(got, it)
		}
	}
	want := []riskassess.DueItem{{Kind: riskassess.DueReply, EntryKind: riskassess.KindContractor, EntryID: "acme",
		Date: exportDate("2026-05-31"), Section: "soumu", What: "令和8年度春", Label: riskassess.T("回「令和8年度春」", "round 令和8年度春"),
		Field: "rounds[1].reply_due", Overdue: true}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("reply items (-want +got):\n%s", diff)
	}
}

// TestRoundDueItemsSuperseded: an open round is no longer chased once the
// reply of a round sent after it was imported (the vendor answered the
// newer questionnaire); a later round still open does not supersede it.
func TestRoundDueItemsSuperseded(t *testing.T) {
	org := &riskassess.Organisation{}
	c := &riskassess.Contractor{}
	c.ID = "acme"
	c.Approval.Status = riskassess.StatusApproved
	spring := riskassess.RoundRecord{Name: "春", SentOn: exportDate("2026-04-01"), ReplyDue: exportDate("2026-05-31")}
	autumn := riskassess.RoundRecord{Name: "秋", SentOn: exportDate("2026-10-01"), ReplyDue: exportDate("2026-10-31")}
	replies := func() []string {
		var out []string
		for _, it := range riskassess.DueItems(org, c, riskassess.Date{}, exportDate("2026-11-27")) {
			if it.Kind == riskassess.DueReply {
				out = append(out, it.What)
			}
		}
		return out
	}
	c.Rounds = []riskassess.RoundRecord{spring, autumn}
	if diff := cmp.Diff([]string{"春", "秋"}, replies()); diff != "" {
		t.Errorf("both open (-want +got):\n%s", diff)
	}
	autumn.ReturnedOn, autumn.ImportedOn = exportDate("2026-10-15"), exportDate("2026-10-20")
	c.Rounds = []riskassess.RoundRecord{spring, autumn}
	if got := replies(); got != nil {
		t.Errorf("autumn imported: still chased %v", got)
	}
	if l := c.SupersededBy(spring); l == nil || l.Name != "秋" {
		t.Errorf("SupersededBy(spring) = %+v", l)
	}
	if l := c.SupersededBy(autumn); l != nil {
		t.Errorf("SupersededBy(autumn) = %+v", l)
	}
}

// TestRoundDueItemsImportedAfterAsOf: a reply imported after the as-of
// date was still awaited on it, so a past as-of date still chases it, and
// a later round imported after the as-of date did not yet supersede it.
func TestRoundDueItemsImportedAfterAsOf(t *testing.T) {
	org := &riskassess.Organisation{}
	c := &riskassess.Contractor{}
	c.ID = "acme"
	c.Approval.Status = riskassess.StatusApproved
	c.Rounds = []riskassess.RoundRecord{
		{Name: "春", SentOn: exportDate("2026-04-10"), ReplyDue: exportDate("2026-05-10"), ReturnedOn: exportDate("2026-05-20"), ImportedOn: exportDate("2026-05-22")},
		{Name: "秋", SentOn: exportDate("2026-10-01"), ReplyDue: exportDate("2026-10-31"), ReturnedOn: exportDate("2026-11-05"), ImportedOn: exportDate("2026-11-06")},
	}
	c.Remediation = []riskassess.RemediationItem{{Summary: "条項の追加", Due: exportDate("2026-06-30"), ClosedOn: exportDate("2026-08-01")}}
	type row struct {
		What    string
		Overdue bool
	}
	items := func(asOf string) []row {
		var out []row
		for _, it := range riskassess.DueItems(org, c, riskassess.Date{}, exportDate(asOf)) {
			if it.Kind == riskassess.DueReply || it.Kind == riskassess.DueRemediation {
				out = append(out, row{it.What, it.Overdue})
			}
		}
		return out
	}
	for _, tt := range []struct {
		asOf string
		want []row
	}{
		{"2026-05-15", []row{{"春", true}, {"条項の追加", false}}},
		{"2026-05-22", []row{{"条項の追加", false}}},
		{"2026-07-15", []row{{"条項の追加", true}}},
		{"2026-11-03", []row{{"秋", true}}},
		{"2026-11-06", nil},
	} {
		if diff := cmp.Diff(tt.want, items(tt.asOf)); diff != "" {
			t.Errorf("as of %s (-want +got):\n%s", tt.asOf, diff)
		}
	}
}

// TestRemediationDueItemsRaisedAfterAsOf: a corrective action raised after
// the as-of date (after an incident of a later date) did not exist on it,
// so it is not listed as due or overdue then; one without raised_on is.
func TestRemediationDueItemsRaisedAfterAsOf(t *testing.T) {
	org := &riskassess.Organisation{}
	c := &riskassess.Contractor{}
	c.ID = "acme"
	c.Approval.Status = riskassess.StatusApproved
	c.Remediation = []riskassess.RemediationItem{
		{Summary: "自動拡張の設定", RaisedOn: exportDate("2026-06-19"), Due: exportDate("2026-08-31"), ClosedOn: exportDate("2026-09-10")},
		{Summary: "手順の再教育", Due: exportDate("2026-05-31")},
	}
	type row struct {
		What    string
		Overdue bool
	}
	items := func(asOf string) []row {
		var out []row
		for _, it := range riskassess.DueItems(org, c, riskassess.Date{}, exportDate(asOf)) {
			if it.Kind == riskassess.DueRemediation {
				out = append(out, row{it.What, it.Overdue})
			}
		}
		return out
	}
	for _, tt := range []struct {
		asOf string
		want []row
	}{
		{"2026-04-01", []row{{"手順の再教育", false}}},
		{"2026-06-18", []row{{"手順の再教育", true}}},
		{"2026-06-19", []row{{"手順の再教育", true}, {"自動拡張の設定", false}}},
		{"2026-09-01", []row{{"手順の再教育", true}, {"自動拡張の設定", true}}},
		{"2026-09-10", []row{{"手順の再教育", true}}},
	} {
		if diff := cmp.Diff(tt.want, items(tt.asOf)); diff != "" {
			t.Errorf("as of %s (-want +got):\n%s", tt.asOf, diff)
		}
	}
}

// TestCertificateDueItemsObtainedAfterAsOf: a certificate obtained after
// the as-of date was not held on it, so its expiry is not listed as due
// then; one without obtained_on is.
func TestCertificateDueItemsObtainedAfterAsOf(t *testing.T) {
	org := &riskassess.Organisation{}
	c := &riskassess.Contractor{}
	c.ID = "acme"
	c.Approval.Status = riskassess.StatusApproved
	c.Certifications = []riskassess.Certification{
		{Type: riskassess.CertISMS, Number: "IS 1", ObtainedOn: exportDate("2026-06-01"), ValidUntil: exportDate("2027-01-20")},
		{Type: riskassess.CertPrivacyMark, Number: "P 2", ValidUntil: exportDate("2027-03-31")},
	}
	items := func(asOf string) []string {
		var out []string
		for _, it := range riskassess.DueItems(org, c, riskassess.Date{}, exportDate(asOf)) {
			if it.Kind == riskassess.DueCertificate {
				out = append(out, it.What)
			}
		}
		return out
	}
	for _, tt := range []struct {
		asOf string
		want []string
	}{
		{"2026-04-01", []string{"privacy-mark P 2"}},
		{"2026-06-01", []string{"isms IS 1", "privacy-mark P 2"}},
	} {
		if diff := cmp.Diff(tt.want, items(tt.asOf)); diff != "" {
			t.Errorf("as of %s (-want +got):\n%s", tt.asOf, diff)
		}
	}
}

// TestCertificateNameSaysNotHeld: a certificate whose name says in a
// bracket that it is not held (applied for, withdrawn) is not held on any
// day (Certification.HeldOn), so its expiry is not listed as due, as the
// requirements do not count it; a bracket that only describes the
// certificate (ISMS, 翻訳サービス) leaves it held, and so does a name
// without a bracket.
func TestCertificateNameSaysNotHeld(t *testing.T) {
	for _, tt := range []struct {
		name    string
		notHeld bool
	}{
		{"ISO/IEC 27001（申請中）", true},
		{"ISO/IEC 27001（取消）", true},
		{"プライバシーマーク（2025年失効）", true},
		{"ISMS (Application pending)", true},
		{"ISMS (revoked)", true},
		{"ISO/IEC 27001（ISMS）", false},
		{"ISO 17100（翻訳サービス）", false},
		{"ASPIC クラウドサービス情報開示認定（LGWAN-ASP）", false},
		{"ISMS 申請中", false}, // no bracket: not read
		{"（申請中）", true},
		{"ISO/IEC 27001（ISMS、取消）", true},
		{"ISO/IEC 27001（ISMS、2025年失効）", true},
		{"プライバシーマーク（JIPDEC）（取得予定）", true},
		{"ISMS（現在取得準備中）", true},
		{"ISMS（取得準備）", true},
		{"ISMS（申請準備中）", true},
		{"ISMS（審査中）", true},
		{"プライバシーマーク（令和7年3月31日付で返上）", true},
		{"ISMS（取消し）", true},
		{"ISMS (expired in March 2025)", true},
		{"ISMS (applied for)", true},
		{"ISMS (expired, not renewed)", true},
		// A renewal in progress, or a bracket describing the
		// certificate or its scope, leaves it held.
		{"プライバシーマーク（更新申請中）", false},
		{"ISO/IEC 27001（2027年3月更新予定）", false},
		{"ISMS（更新審査中）", false},
		{"ISMS（更新の申請中）", false},
		{"ISMS (renewal pending)", false},
		{"ISO/IEC 27001 (scope: application development)", false},
		{"ISO 27001 (IT planning and operations)", false},
		{"ISMS（認証範囲: 申請受付システムの運用）", false},
		{"ISMS（認証範囲：失効証明書の発行業務）", false},
		{"Pマーク（JIPDEC、更新中）", false},
		// Read as held by the rule of the day before (a filler, a date
		// letter, a second sentence or a nested bracket ended the reading).
		{"プライバシーマーク（失効済み）", true},
		{"プライバシーマーク（返上済）", true},
		{"プライバシーマーク（取消済）", true},
		{"ISMS（認証取消し済み）", true},
		{"ISMS（有効期限切れ）", true},
		{"ISMS（取得に向けて準備中）", true},
		{"ISMS（申請中のため未取得）", true},
		{"プライバシーマーク（更新せず失効）", true},
		{"プライバシーマーク（R7.3失効）", true},
		{"プライバシーマーク（失効。更新申請中）", true},
		{"ISMS（2025年失効 更新なし）", true},
		{"ISMS（Ｐｅｎｄｉｎｇ）", true},
		{"プライバシーマーク（2026年10月失効済み）", true},
		{"ISMS（JIPDEC（申請中））", true},
		{"ISMS（審査中（更新））", false},
		{"ISMS（2027年3月失効予定）", false},
		// A bracket giving the expiry date describes the certificate
		// (valid_until decides its expiry); a lapse with a date is still
		// a lapse.
		{"ISMS（失効日：2027年3月31日）", false},
		{"ISMS（失効日 2027年3月31日）", false},
		{"ISMS（失効日2027年3月31日）", false},
		{"ISMS（失効予定日：2027年3月31日）", false},
		{"ISMS（有効期限：2027年3月31日）", false},
		{"ISMS（2025年3月31日失効）", true},
		{"ISMS（失効：2025年3月31日）", true},
		{"ISMS（失効日経過により失効）", true},
		{"ISMS（失効日：2025年3月31日、更新せず失効）", true},
		// A date of a revocation or a return records one that happened:
		// never a description (they were held).
		{"ISMS（取消日：2025年4月1日）", true},
		{"ISMS（取消日2025年4月1日）", true},
		{"プライバシーマーク（返上日：2025年3月31日）", true},
		{"ISMS（取消日）", true},
		{"ISMS（取消し日：2025年4月1日）", true},
		{"ISMS（返上日は2025年3月31日）", true},
		{"ISMS（取消予定）", false},
		{"ISMS (renewal pending)", false},
		{"ISMS（更新の申請中）", false},
		{"ISO/IEC 27001 (IT planning and operations)", false},
		{"（申請中）", true},
		{"ISMS（取消）", true},
		{"プライバシーマーク（2025年失効）", true},
		{"ISMS (application pending)", true},
		{"", false},
	} {
		if got := riskassess.CertNameSaysNotHeld(tt.name); got != tt.notHeld {
			t.Errorf("CertNameSaysNotHeld(%q) = %v, want %v", tt.name, got, tt.notHeld)
		}
		c := riskassess.Certification{Type: riskassess.CertISMS, Name: tt.name}
		if got := c.HeldOn(exportDate("2026-11-27")); got == tt.notHeld {
			t.Errorf("HeldOn of %q = %v, want %v", tt.name, got, !tt.notHeld)
		}
	}
	org := &riskassess.Organisation{}
	c := &riskassess.Contractor{}
	c.ID = "acme"
	c.Approval.Status = riskassess.StatusApproved
	c.Certifications = []riskassess.Certification{
		{Type: riskassess.CertISMS, Name: "ISO/IEC 27001（取消）", Number: "IS 1", ValidUntil: exportDate("2026-10-20")},
		{Type: riskassess.CertPrivacyMark, Name: "プライバシーマーク（JIPDEC）", Number: "P 2", ValidUntil: exportDate("2026-12-31")},
	}
	var got []string
	for _, it := range riskassess.DueItems(org, c, riskassess.Date{}, exportDate("2026-11-27")) {
		if it.Kind == riskassess.DueCertificate {
			got = append(got, it.What)
		}
	}
	if diff := cmp.Diff([]string{"privacy-mark P 2"}, got); diff != "" {
		t.Errorf("certificate due items (-want +got):\n%s", diff)
	}
}

// TestCertificateDueItemsRenewedSameNumber: a certificate renewed and
// recorded as a second entry of the same type and number (the renewal
// obtained the day after the first expired) leaves the first's expiry out
// of the due items once the renewal is held: it was listed overdue, and
// EXP-CERT not met, although the certificate was held without a break.
// Before the renewal is held (as of 2026-06-01) the first is due; a
// different number is another certificate and stays.
func TestCertificateDueItemsRenewedSameNumber(t *testing.T) {
	org := &riskassess.Organisation{}
	c := &riskassess.Contractor{}
	c.ID = "acme"
	c.Approval.Status = riskassess.StatusApproved
	c.Certifications = []riskassess.Certification{
		{Type: riskassess.CertPrivacyMark, Number: "99990105(03)", ValidUntil: exportDate("2026-06-30")},
		{Type: riskassess.CertPrivacyMark, Number: "99990105(03)", ObtainedOn: exportDate("2026-07-01"), ValidUntil: exportDate("2028-06-30")},
		{Type: riskassess.CertISMS, Number: "IS 1", ValidUntil: exportDate("2026-05-31")},
		{Type: riskassess.CertISMS, Number: "IS 2", ValidUntil: exportDate("2029-05-31")},
	}
	type row struct {
		What string
		Date string
	}
	items := func(asOf string) []row {
		var out []row
		for _, it := range riskassess.DueItems(org, c, riskassess.Date{}, exportDate(asOf)) {
			if it.Kind == riskassess.DueCertificate {
				out = append(out, row{it.What, it.Date.String()})
			}
		}
		return out
	}
	for _, tt := range []struct {
		asOf string
		want []row
	}{
		{"2026-06-01", []row{{"isms IS 1", "2026-05-31"}, {"privacy-mark 99990105(03)", "2026-06-30"}, {"isms IS 2", "2029-05-31"}}},
		{"2026-11-27", []row{{"isms IS 1", "2026-05-31"}, {"privacy-mark 99990105(03)", "2028-06-30"}, {"isms IS 2", "2029-05-31"}}},
	} {
		if diff := cmp.Diff(tt.want, items(tt.asOf)); diff != "" {
			t.Errorf("as of %s (-want +got):\n%s", tt.asOf, diff)
		}
	}
}

// TestCertificateDueItemsPrivacyMarkRenewalCount: a Privacy Mark's
// registration number carries its renewal count (99990105(03) becomes
// (04) at the renewal). The renewal recorded with its new number left the
// old record's expiry in the due items, overdue (and EXP-CERT not met),
// although the mark was held without a break. The count (in full-width
// brackets, with 第…号, in full-width digits, too) is not part of the
// registration: ９９９９０１０５（０３） is 99990105(03); another
// base number, and an ISMS number with a bracket, stay other certificates.
// Any certificate's number in full-width (ＩＳ　５５７０３１) is its number
// in ASCII (IS 557031), and its spaces are not part of it (ＩＳ５５７０３１,
// IS557031).
func TestCertificateDueItemsPrivacyMarkRenewalCount(t *testing.T) {
	org := &riskassess.Organisation{}
	type row struct {
		What string
		Date string
	}
	for _, tt := range []struct {
		name  string
		certs []riskassess.Certification
		want  []row
	}{
		{"renewal count", []riskassess.Certification{
			{Type: riskassess.CertPrivacyMark, Number: "99990105(03)", ValidUntil: exportDate("2026-06-30")},
			{Type: riskassess.CertPrivacyMark, Number: "99990105(04)", ObtainedOn: exportDate("2026-07-01"), ValidUntil: exportDate("2028-06-30")},
		}, []row{{"privacy-mark 99990105(04)", "2028-06-30"}}},
		{"written as on the certificate", []riskassess.Certification{
			{Type: riskassess.CertPrivacyMark, Number: "第99990105（03）号", ValidUntil: exportDate("2026-06-30")},
			{Type: riskassess.CertPrivacyMark, Number: "99990105(04)", ObtainedOn: exportDate("2026-07-01"), ValidUntil: exportDate("2028-06-30")},
		}, []row{{"privacy-mark 99990105(04)", "2028-06-30"}}},
		{"full-width digits", []riskassess.Certification{
			{Type: riskassess.CertPrivacyMark, Number: "第９９９９０１０５（０３）号", ValidUntil: exportDate("2026-06-30")},
			{Type: riskassess.CertPrivacyMark, Number: "99990105(04)", ObtainedOn: exportDate("2026-07-01"), ValidUntil: exportDate("2028-06-30")},
		}, []row{{"privacy-mark 99990105(04)", "2028-06-30"}}},
		{"full-width digits in the renewal", []riskassess.Certification{
			{Type: riskassess.CertPrivacyMark, Number: "99990105(03)", ValidUntil: exportDate("2026-06-30")},
			{Type: riskassess.CertPrivacyMark, Number: "９９９９０１０５(０４)", ObtainedOn: exportDate("2026-07-01"), ValidUntil: exportDate("2028-06-30")},
		}, []row{{"privacy-mark ９９９９０１０５(０４)", "2028-06-30"}}},
		{"another mark", []riskassess.Certification{
			{Type: riskassess.CertPrivacyMark, Number: "99990105(03)", ValidUntil: exportDate("2026-06-30")},
			{Type: riskassess.CertPrivacyMark, Number: "99990106(01)", ValidUntil: exportDate("2028-06-30")},
		}, []row{{"privacy-mark 99990105(03)", "2026-06-30"}, {"privacy-mark 99990106(01)", "2028-06-30"}}},
		{"ISMS number in full-width", []riskassess.Certification{
			{Type: riskassess.CertISMS, Number: "ＩＳ　５５７０３１", ValidUntil: exportDate("2026-06-30")},
			{Type: riskassess.CertISMS, Number: "IS 557031", ObtainedOn: exportDate("2026-07-01"), ValidUntil: exportDate("2029-06-30")},
		}, []row{{"isms IS 557031", "2029-06-30"}}},
		// Spaces are not part of the number: ＩＳ５５７０３１ (full-width,
		// typed without the space) and IS557031 are IS 557031 renewed;
		// the old expiry stayed in the due lists, expired.
		{"ISMS number in full-width without its space", []riskassess.Certification{
			{Type: riskassess.CertISMS, Number: "ＩＳ５５７０３１", ValidUntil: exportDate("2026-06-30")},
			{Type: riskassess.CertISMS, Number: "IS 557031", ObtainedOn: exportDate("2026-07-01"), ValidUntil: exportDate("2029-06-30")},
		}, []row{{"isms IS 557031", "2029-06-30"}}},
		{"ISMS number without its space", []riskassess.Certification{
			{Type: riskassess.CertISMS, Number: "IS 557031", ValidUntil: exportDate("2026-06-30")},
			{Type: riskassess.CertISMS, Number: "IS557031", ObtainedOn: exportDate("2026-07-01"), ValidUntil: exportDate("2029-06-30")},
		}, []row{{"isms IS557031", "2029-06-30"}}},
		{"ISMS numbers are compared whole", []riskassess.Certification{
			{Type: riskassess.CertISMS, Number: "IS 1(1)", ValidUntil: exportDate("2026-06-30")},
			{Type: riskassess.CertISMS, Number: "IS 1(2)", ValidUntil: exportDate("2028-06-30")},
		}, []row{{"isms IS 1(1)", "2026-06-30"}, {"isms IS 1(2)", "2028-06-30"}}},
	} {
		c := &riskassess.Contractor{}
		c.ID = "acme"
		c.Approval.Status = riskassess.StatusApproved
		c.Certifications = tt.certs
		var got []row
		for _, it := range riskassess.DueItems(org, c, riskassess.Date{}, exportDate("2026-11-27")) {
			if it.Kind == riskassess.DueCertificate {
				got = append(got, row{it.What, it.Date.String()})
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
}
