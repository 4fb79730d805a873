package riskassess

import "strings"

// Contractor is an outsourcing contractor (委託事業者), kept in
// contractors/ID.yaml.
type Contractor struct {
	Common `yaml:",inline"`
	// LegalName is the registered name (商号).
	LegalName string `yaml:"legal_name" json:"legal_name"`
	// LegalNameKana is the reading of LegalName in katakana, for sorting.
	LegalNameKana string `yaml:"legal_name_kana,omitempty" json:"legal_name_kana,omitempty"`
	// CorporateNumber is the 13-digit 法人番号, check digit verified.
	CorporateNumber string          `yaml:"corporate_number,omitempty" json:"corporate_number,omitempty"`
	Contracts       []Contract      `yaml:"contracts,omitempty" json:"contracts,omitempty"`
	Certifications  []Certification `yaml:"certifications,omitempty" json:"certifications,omitempty"`
	// LastConfirmed is the last confirmation of the contractor's security
	// measures (報告・確認).
	LastConfirmed Date `yaml:"last_confirmed,omitempty" json:"last_confirmed,omitzero"`
	// LastOnsiteCheck is the last on-site check (実地確認).
	LastOnsiteCheck Date              `yaml:"last_onsite_check,omitempty" json:"last_onsite_check,omitzero"`
	Reports         []Report          `yaml:"reports,omitempty" json:"reports,omitempty"`
	Incidents       []Incident        `yaml:"incidents,omitempty" json:"incidents,omitempty"`
	Remediation     []RemediationItem `yaml:"remediation,omitempty" json:"remediation,omitempty"`
}

func (*Contractor) Kind() Kind      { return KindContractor }
func (c *Contractor) Base() *Common { return &c.Common }

// Contract is one contract with a contractor.
type Contract struct {
	ID    string `yaml:"id" json:"id"`
	Scope string `yaml:"scope" json:"scope"`
	From  Date   `yaml:"from,omitempty" json:"from,omitzero"`
	To    Date   `yaml:"to,omitempty" json:"to,omitzero"`
	// Information lists the information the contractor may access.
	Information []InformationAccess `yaml:"information,omitempty" json:"information,omitempty"`
	// Segments are the network segments the work touches.
	Segments []Segment `yaml:"segments,omitempty" json:"segments,omitempty"`
	// Clauses are the security clauses present in the contract, by
	// requirement id (OUT-10 …) with their article numbers.
	Clauses        []ContractClause `yaml:"clauses,omitempty" json:"clauses,omitempty"`
	Subcontractors []Subcontractor  `yaml:"subcontractors,omitempty" json:"subcontractors,omitempty"`
	WorkSites      []WorkSite       `yaml:"work_sites,omitempty" json:"work_sites,omitempty"`
	// DataReturnedOn is when data was returned or deleted after the end.
	DataReturnedOn Date `yaml:"data_returned_on,omitempty" json:"data_returned_on,omitzero"`
	// RenewedBy is the id of the contract of the same contractor that
	// continues this one (契約の更新): it starts on or before the day after
	// this one ends, and the information stays with the contractor under
	// it. A renewed contract has no contract-end item and no return or
	// deletion to record when it ends (Live, OUT-39); without it, a renewal
	// stayed overdue for ever, or was recorded as a return that never took
	// place.
	RenewedBy string `yaml:"renewed_by,omitempty" json:"renewed_by,omitempty"`
}

// InformationAccess is information a contractor may access, with its class.
type InformationAccess struct {
	Description  string         `yaml:"description" json:"description"`
	Class        Classification `yaml:"class" json:"class"`
	PersonalData bool           `yaml:"personal_data,omitempty" json:"personal_data,omitempty"`
	MyNumber     bool           `yaml:"my_number,omitempty" json:"my_number,omitempty"`
}

// ContractClause records that a contract contains the clause required by a
// requirement, and where.
type ContractClause struct {
	Requirement string `yaml:"requirement" json:"requirement"`
	Article     string `yaml:"article,omitempty" json:"article,omitempty"`
}

// Subcontractor is a re-contractor (再委託先).
type Subcontractor struct {
	// Contractor is the id of a registered contractor, or empty with Name.
	Contractor string `yaml:"contractor,omitempty" json:"contractor,omitempty"`
	Name       string `yaml:"name,omitempty" json:"name,omitempty"`
	Scope      string `yaml:"scope,omitempty" json:"scope,omitempty"`
	// ApprovedOn is the date of prior approval; zero means not approved.
	ApprovedOn Date `yaml:"approved_on,omitempty" json:"approved_on,omitzero"`
}

// WorkSite is where contracted work is done.
type WorkSite struct {
	Kind    WorkSiteKind `yaml:"kind" json:"kind"`
	Address string       `yaml:"address,omitempty" json:"address,omitempty"`
}

// Report is a report received from a contractor.
type Report struct {
	On    Date   `yaml:"on" json:"on"`
	Title string `yaml:"title" json:"title"`
}

// Incident is a security incident at or caused by a contractor or service.
type Incident struct {
	On         Date   `yaml:"on" json:"on"`
	Summary    string `yaml:"summary" json:"summary"`
	ReportedOn Date   `yaml:"reported_on,omitempty" json:"reported_on,omitzero"`
	ClosedOn   Date   `yaml:"closed_on,omitempty" json:"closed_on,omitzero"`
}

// RemediationItem is an agreed corrective action.
type RemediationItem struct {
	Summary     string `yaml:"summary" json:"summary"`
	Requirement string `yaml:"requirement,omitempty" json:"requirement,omitempty"`
	// RaisedOn is when the action was asked for or agreed (optional): one
	// raised after the as-of date is not listed or counted on it (RaisedBy).
	RaisedOn Date `yaml:"raised_on,omitempty" json:"raised_on,omitzero"`
	Due      Date `yaml:"due,omitempty" json:"due,omitzero"`
	ClosedOn Date `yaml:"closed_on,omitempty" json:"closed_on,omitzero"`
}

// RaisedBy reports whether the action existed on d: it has no raised_on
// (the register does not say when it was raised, so it counts from the
// start) or was raised on or before d. One raised later, e.g. after an
// incident or a review of a later date, was not due, open or overdue on d.
func (r *RemediationItem) RaisedBy(d Date) bool { return !r.RaisedOn.After(d) }

// OpenOn reports whether the action was open on d: raised by then
// (RaisedBy) and not closed by then (one closed later was still open).
func (r *RemediationItem) OpenOn(d Date) bool {
	return r.RaisedBy(d) && (r.ClosedOn.IsZero() || r.ClosedOn.After(d))
}

// Service is an external / cloud service (外部サービス), kept in
// services/ID.yaml.
type Service struct {
	Common       `yaml:",inline"`
	Provider     Provider     `yaml:"provider" json:"provider"`
	ContractType ContractType `yaml:"contract_type" json:"contract_type"`
	Delivery     Delivery     `yaml:"delivery" json:"delivery"`
	// Segments are the network segments the service is used from.
	Segments []Segment `yaml:"segments,omitempty" json:"segments,omitempty"`
	// Class is the highest class of information handled.
	Class        Classification `yaml:"class" json:"class"`
	PersonalData bool           `yaml:"personal_data,omitempty" json:"personal_data,omitempty"`
	MyNumber     bool           `yaml:"my_number,omitempty" json:"my_number,omitempty"`
	// ContractEnd is when the contract or subscription ends.
	ContractEnd    Date            `yaml:"contract_end,omitempty" json:"contract_end,omitzero"`
	ISMAP          *ISMAP          `yaml:"ismap,omitempty" json:"ismap,omitempty"`
	Certifications []Certification `yaml:"certifications,omitempty" json:"certifications,omitempty"`
	DataLocations  []DataLocation  `yaml:"data_locations,omitempty" json:"data_locations,omitempty"`
	GoverningLaw   string          `yaml:"governing_law,omitempty" json:"governing_law,omitempty"`
	Court          string          `yaml:"court,omitempty" json:"court,omitempty"`
	SLA            *SLA            `yaml:"sla,omitempty" json:"sla,omitempty"`
	Exit           *Exit           `yaml:"exit,omitempty" json:"exit,omitempty"`
	Auth           *Auth           `yaml:"auth,omitempty" json:"auth,omitempty"`
	// Manager is the person id of the service manager (外部サービス管理者).
	Manager       string   `yaml:"manager,omitempty" json:"manager,omitempty"`
	PermittedUses []string `yaml:"permitted_uses,omitempty" json:"permitted_uses,omitempty"`
	// TermsCheckedOn is when the terms of service were last checked.
	TermsCheckedOn Date `yaml:"terms_checked_on,omitempty" json:"terms_checked_on,omitzero"`
	// Purpose is what the service is used for, as published.
	Purpose   string     `yaml:"purpose,omitempty" json:"purpose,omitempty"`
	Incidents []Incident `yaml:"incidents,omitempty" json:"incidents,omitempty"`
}

func (*Service) Kind() Kind      { return KindService }
func (s *Service) Base() *Common { return &s.Common }

// Provider is who provides a service: a registered contractor or a name.
type Provider struct {
	Contractor string `yaml:"contractor,omitempty" json:"contractor,omitempty"`
	Name       string `yaml:"name,omitempty" json:"name,omitempty"`
	// CorporateNumber is the provider's 13-digit 法人番号 when it is not a
	// registered contractor, check digit verified.
	CorporateNumber string `yaml:"corporate_number,omitempty" json:"corporate_number,omitempty"`
}

// ISMAP is a service's ISMAP or ISMAP-LIU registration.
type ISMAP struct {
	List       ISMAPList `yaml:"list" json:"list"`
	Number     string    `yaml:"number" json:"number"`
	ValidUntil Date      `yaml:"valid_until,omitempty" json:"valid_until,omitzero"`
	// FunctionsInScope says whether the functions used are inside the
	// registered scope; nil means unknown.
	FunctionsInScope *bool `yaml:"functions_in_scope,omitempty" json:"functions_in_scope,omitempty"`
	// Functions names the functions the council uses, as the list words
	// them; the public-list cross-check looks for each in the listed
	// scope of the statement (言明の対象範囲).
	Functions []string `yaml:"functions,omitempty" json:"functions,omitempty"`
	// ServiceName is the service's name as the list gives it, when the
	// entry's own name differs (the cross-check compares it).
	ServiceName string `yaml:"service_name,omitempty" json:"service_name,omitempty"`
}

// DataLocation is where a service stores or processes data.
type DataLocation struct {
	// Country is an ISO 3166-1 alpha-2 code ("JP").
	Country string `yaml:"country" json:"country"`
	Region  string `yaml:"region,omitempty" json:"region,omitempty"`
}

// InJapan reports whether the location is in Japan: Country is "JP"
// (case and surrounding spaces ignored). Every other value, including an
// empty one, counts as abroad; the store refuses any country that is not
// an ISO 3166-1 alpha-2 code in capitals (日本, Japan, JPN, ＪＰ, jp), so
// that none is misread as abroad. Scoring reads the country only through
// this method.
func (l DataLocation) InJapan() bool { return strings.EqualFold(strings.TrimSpace(l.Country), "JP") }

// SLA is a service level agreement.
type SLA struct {
	// Availability is the committed availability in percent (99.9).
	Availability float64 `yaml:"availability,omitempty" json:"availability,omitempty"`
	Support      string  `yaml:"support,omitempty" json:"support,omitempty"`
	URL          string  `yaml:"url,omitempty" json:"url,omitempty"`
}

// Exit records how data comes back when use ends.
type Exit struct {
	DataReturn  *bool  `yaml:"data_return,omitempty" json:"data_return,omitempty"`
	Deletion    *bool  `yaml:"deletion,omitempty" json:"deletion,omitempty"`
	Format      string `yaml:"format,omitempty" json:"format,omitempty"`
	Certificate *bool  `yaml:"certificate,omitempty" json:"certificate,omitempty"`
}

// Auth records how users and administrators sign in.
type Auth struct {
	SSO      *bool `yaml:"sso,omitempty" json:"sso,omitempty"`
	AdminMFA *bool `yaml:"admin_mfa,omitempty" json:"admin_mfa,omitempty"`
}

// Social is an official social-media account, kept in social/ID.yaml.
type Social struct {
	Common   `yaml:",inline"`
	Platform Platform `yaml:"platform" json:"platform"`
	Handle   string   `yaml:"handle" json:"handle"`
	URL      string   `yaml:"url" json:"url"`
	Purpose  string   `yaml:"purpose,omitempty" json:"purpose,omitempty"`
	// Responsible is the responsible person (責任者) and section.
	Responsible Owner `yaml:"responsible" json:"responsible"`
	// Operators are person ids of the staff who post.
	Operators []string `yaml:"operators,omitempty" json:"operators,omitempty"`
	MFA       *bool    `yaml:"mfa,omitempty" json:"mfa,omitempty"`
	// CredentialCustodian is the person id who keeps the password.
	CredentialCustodian string `yaml:"credential_custodian,omitempty" json:"credential_custodian,omitempty"`
	// PasswordChangedOn is when the password was last changed.
	PasswordChangedOn Date `yaml:"password_changed_on,omitempty" json:"password_changed_on,omitzero"`
	// ProfileNamesOperator says whether the profile names the operator.
	ProfileNamesOperator *bool `yaml:"profile_names_operator,omitempty" json:"profile_names_operator,omitempty"`
	// ListedOn is the URL of our own web page that lists the account.
	ListedOn string `yaml:"listed_on,omitempty" json:"listed_on,omitempty"`
	// PostingRules is the URL or document of the operating rules (運用方針).
	PostingRules string `yaml:"posting_rules,omitempty" json:"posting_rules,omitempty"`
	// PostingScope is the document defining what may be posted.
	PostingScope           string        `yaml:"posting_scope,omitempty" json:"posting_scope,omitempty"`
	TakeoverProcedure      string        `yaml:"takeover_procedure,omitempty" json:"takeover_procedure,omitempty"`
	ImpersonationProcedure string        `yaml:"impersonation_procedure,omitempty" json:"impersonation_procedure,omitempty"`
	TermsCheckedOn         Date          `yaml:"terms_checked_on,omitempty" json:"terms_checked_on,omitzero"`
	LastPost               Date          `yaml:"last_post,omitempty" json:"last_post,omitzero"`
	Status                 AccountStatus `yaml:"status" json:"status"`
	// NoticeURL is the notice of suspension or retirement on our website.
	NoticeURL string `yaml:"notice_url,omitempty" json:"notice_url,omitempty"`
}

func (*Social) Kind() Kind      { return KindSocial }
func (s *Social) Base() *Common { return &s.Common }

// StaffSection returns the section whose line (Organisation.SameLine) the
// operators and credential custodian of s work in: responsible.section,
// else owner.section; "" when neither is recorded. It is the one reading
// of validate's and the catalogue's checks of those people (SNS-04,
// SNS-14, SNS-20), of the password's due item (PasswordTakeoverOn), of
// the section its due items are listed under (DueItem.Section) and of the
// staff lists (report.Assignments).
func (s *Social) StaffSection() string {
	if s.Responsible.Section != "" {
		return s.Responsible.Section
	}
	return s.Owner.Section
}
