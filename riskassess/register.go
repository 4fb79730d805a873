package riskassess

import "fmt"

// Text is a short text in Japanese and, optionally, English.
type Text struct {
	Ja string `yaml:"ja" json:"ja"`
	En string `yaml:"en,omitempty" json:"en,omitempty"`
}

// Lang is the language of user-facing text: Japanese (LangJa, the
// default) or English (LangEn). Any other value, and the empty Lang, read
// as Japanese wherever text is chosen; ParseLang refuses them.
type Lang string

// Languages.
const (
	LangJa Lang = "ja" // 日本語 (default)
	LangEn Lang = "en" // English
)

func (l Lang) Valid() bool     { return langEnum.valid(l) }
func (Lang) Allowed() []string { return langEnum.allowed() }

// langEnum declares the values of Lang and their labels (see enumTable).
var langEnum = newEnum(nil,
	row(LangJa, "日本語", "Japanese"),
	row(LangEn, "英語", "English"),
)

// ParseLang returns s as a Lang. It returns an error naming the allowed
// values when s is not one of them ("ja", "en"); the empty string is an
// error too.
func ParseLang(s string) (Lang, error) {
	if l := Lang(s); l.Valid() {
		return l, nil
	}
	return "", fmt.Errorf("riskassess: unknown language %q (allowed: ja, en)", s)
}

// In returns the text in lang (LangEn gives English when present);
// Japanese is the default and the fallback.
func (t Text) In(lang Lang) string {
	if lang == LangEn && t.En != "" {
		return t.En
	}
	return t.Ja
}

// T is shorthand for a bilingual Text.
func T(ja, en string) Text { return Text{Ja: ja, En: en} }

// Register is a whole register: the organisation settings of register.yaml
// and every entry. Entries are sorted by ID within each kind.
type Register struct {
	Org         Organisation  `json:"org"`
	Contractors []*Contractor `json:"contractors"`
	Services    []*Service    `json:"services"`
	Social      []*Social     `json:"social"`
	// Lists are the snapshots of public lists (lists/*.yaml), sorted by
	// listsnapshot.Sort (riskassess/listsnapshot).
	Lists []*ListSnapshot `json:"lists,omitempty"`
}

// Entries returns every entry: contractors, then services, then social
// accounts, each group in the register's order.
func (r *Register) Entries() []Entry {
	out := make([]Entry, 0, len(r.Contractors)+len(r.Services)+len(r.Social))
	for _, c := range r.Contractors {
		out = append(out, c)
	}
	for _, s := range r.Services {
		out = append(out, s)
	}
	for _, s := range r.Social {
		out = append(out, s)
	}
	return out
}

// Entry returns the entry of kind k with the given id (the first, should
// two share it), or nil. It searches the slice of kind k: a caller that
// looks up an entry per entry or per due item builds a map once instead
// (report.EntryIndex), or its loop takes time quadratic in the register's
// size.
func (r *Register) Entry(k Kind, id string) Entry {
	// Only the slice of kind k is searched, without building Entries():
	// exports look up the entry of every due item.
	switch k {
	case KindContractor:
		if c := r.Contractor(id); c != nil {
			return c
		}
	case KindService:
		for _, s := range r.Services {
			if s.ID == id {
				return s
			}
		}
	case KindSocial:
		for _, s := range r.Social {
			if s.ID == id {
				return s
			}
		}
	}
	return nil
}

// Contractor returns the contractor with the given id (the first, should
// two share it), or nil. Like Entry, it searches a slice.
func (r *Register) Contractor(id string) *Contractor {
	for _, c := range r.Contractors {
		if c.ID == id {
			return c
		}
	}
	return nil
}

// orZero returns org, or the zero Organisation (every setting at its
// default) when org is nil: the functions that take an organisation read
// nil as catalog.ForOrg(nil) does, as no settings, instead of panicking.
func orZero(org *Organisation) *Organisation {
	if org == nil {
		return &Organisation{}
	}
	return org
}

// Organisation holds the settings of register.yaml.
type Organisation struct {
	// Name of the organisation (e.g. 調布市議会).
	Name Text `yaml:"name" json:"name"`
	// Policy is the security policy whose clauses requirements cite.
	Policy Policy `yaml:"policy" json:"policy"`
	// Sections are the organisation's sections (所管課).
	Sections []Section `yaml:"sections" json:"sections"`
	// Positions are the position titles (役職) that own and approve entries.
	Positions []Position `yaml:"positions,omitempty" json:"positions,omitempty"`
	// People are the staff who appear as owners, approvers and operators.
	People []Person `yaml:"people" json:"people"`
	// Classification is the information classification scheme; zero means
	// DefaultClassification, and an axis left empty takes its levels.
	Classification *ClassificationScheme `yaml:"classification,omitempty" json:"classification,omitempty"`
	// ReviewIntervals gives months between reviews per residual risk level;
	// zero fields (left out) take the defaults of DefaultReviewIntervals
	// (a 0 written in register.yaml is refused, as is a level of more
	// than 60 months).
	ReviewIntervals ReviewIntervals `yaml:"review_intervals,omitempty" json:"review_intervals,omitempty"`
	// ResidualMatrix replaces the residual-risk matrix (DefaultMatrix);
	// nil means the default. See MatrixInForce.
	ResidualMatrix *MatrixSetting `yaml:"residual_matrix,omitempty" json:"residual_matrix,omitempty"`
	// ApprovalChain lists the approval steps, by position.
	ApprovalChain []ApprovalStep `yaml:"approval_chain,omitempty" json:"approval_chain,omitempty"`
	// Requirements changes the built-in catalogue: switch requirements off,
	// change weights and severities, add the organisation's own.
	Requirements RequirementSettings `yaml:"requirements,omitempty" json:"requirements,omitempty"`
	// Website is the organisation's own website (where official social
	// accounts are listed).
	Website string `yaml:"website,omitempty" json:"website,omitempty"`
	// PublicContact is where a member of the public reports a fake
	// (impersonating) account or a problem with an official account; the
	// public account list shows it.
	PublicContact *PublicContact `yaml:"public_contact,omitempty" json:"public_contact,omitempty"`
	// Questionnaire is what the cover of the vendor questionnaire says:
	// its purpose, where to return it and how long the vendor has.
	Questionnaire QuestionnaireSettings `yaml:"questionnaire,omitempty" json:"questionnaire,omitzero"`
	// DateStyle is how dates are shown on the site and in workbooks:
	// "iso" (2026-04-01, the default) or "wareki" (令和8年4月1日, in
	// Japanese output). Dates are always stored in ISO form.
	DateStyle DateStyle `yaml:"date_style,omitempty" json:"date_style,omitempty"`
	// PublicLists are the settings of the cross-checks against public
	// lists (ISMAP, corporate numbers).
	PublicLists PublicListSettings `yaml:"public_lists,omitempty" json:"public_lists,omitzero"`
	// DueOff lists the yearly tasks the organisation has switched off:
	// DueOnsiteCheck (a contractor's yearly on-site check), DuePassword
	// (a social account's yearly password change), DueConfirmation and
	// DueReport (a contractor's yearly confirmation and report),
	// DueTermsCheck and DuePlatformTerms (the terms of a service or a
	// social platform checked yearly), DueReevaluation and
	// DueOperationReview (the yearly bound on a contractor's or a
	// service's review, ReviewOf: switched off, the review follows the
	// interval of the residual risk alone). A task switched off
	// has no due item (DueItems, Assessment.Due) and no expiry finding
	// (EXP-ONSITE) nor approval condition, so due, check, the calendar,
	// the export and the site do not list it. It is not read from
	// register.yaml: a council switches a task off by disabling the
	// catalogue requirement whose deadline it is (requirements.disable),
	// which the scorer reads itself (DisabledTasks: the tasks of those
	// requirements are off whatever DueOff holds); the loader
	// (riskassess/load) also fills DueOff from that list. Assess refuses
	// any other kind (ErrDueOff).
	DueOff []DueKind `yaml:"-" json:"-"`
}

// QuestionnaireSettings are the register.yaml settings of the vendor
// questionnaire's cover. Command-line flags override them.
type QuestionnaireSettings struct {
	// Purpose says why the vendor is asked; empty gives a built-in text
	// citing policy 6(8).
	Purpose Text `yaml:"purpose,omitempty" json:"purpose,omitzero"`
	// ReturnTo is where the vendor returns the workbook: a section, an
	// e-mail address, a postal address.
	ReturnTo string `yaml:"return_to,omitempty" json:"return_to,omitempty"`
	// ReplyWithinDays is the reply deadline in days after the date the
	// questionnaire is made (--as-of); 0 (left out) means 30 (a 0 written
	// in register.yaml is refused).
	ReplyWithinDays int `yaml:"reply_within_days,omitempty" json:"reply_within_days,omitempty"`
}

// Section returns the section with the given id, or nil.
func (o *Organisation) Section(id string) *Section {
	for i := range o.Sections {
		if o.Sections[i].ID == id {
			return &o.Sections[i]
		}
	}
	return nil
}

// LineHolderOn returns the first person of People who holds position on
// day d (Person.PostOn) in a section on the line of section owner
// (SameLine: owner, a section above it or below it), or nil when none
// does: the holder of that position for an entry owned by owner (its 課長
// is the 課長 of the owning division).
func (o *Organisation) LineHolderOn(owner, position string, d Date) *Person {
	if owner == "" || position == "" {
		return nil
	}
	for i := range o.People {
		p := &o.People[i]
		if sec, pos, ok := p.PostOn(d); ok && pos == position && o.SameLine(sec, owner) {
			return p
		}
	}
	return nil
}

// SignOffStanding is what the organisation's records of its people say
// of a sign-off: that the person held the post signed for on its day, or
// why not (Organisation.CheckSignOff).
type SignOffStanding int

// Sign-off standings.
const (
	// SignOffHeld: the person held the position that day, in a section on
	// the owner's line or with nobody of that position on it; or the
	// sign-off is acting (代決・兼務) and the person was in some post.
	SignOffHeld SignOffStanding = iota
	// SignOffUnknown: the person is not among the organisation's people.
	SignOffUnknown
	// SignOffLeft: the day is after the end of the person's last post.
	SignOffLeft
	// SignOffUnrecorded: no post of the person is recorded for the day
	// (before the first one recorded, or between two).
	SignOffUnrecorded
	// SignOffOtherPost: the person held another position that day.
	SignOffOtherPost
	// SignOffOffLine: the person held the position that day, in a section
	// off the owner's line (SameLine), while another person (Holder) held
	// it on the line: the head of another division, not the owner's.
	SignOffOffLine
)

// SignOffCheck is the judgement of one sign-off (Organisation.CheckSignOff).
type SignOffCheck struct {
	Standing SignOffStanding
	// Person is the person who signed; nil when SignOffUnknown.
	Person *Person
	// Section and Position are the post the person held that day; empty
	// when SignOffUnknown, SignOffLeft or SignOffUnrecorded.
	Section, Position string
	// Holder is who held the position on the owner's line that day, when
	// SignOffOffLine.
	Holder *Person
}

// CheckSignOff judges a sign-off by person as position on day on, of an
// entry owned by section owner ("" when it names none), acting when the
// sign-off is marked Signature.Acting (代決・兼務: any post that day will
// do). It is the one rule behind the approval requirement APR-01 (catalog)
// and the staff warnings of validate (report.SignOffMismatches): each
// words the standing its own way. on must not be zero.
func (o *Organisation) CheckSignOff(person, position, owner string, on Date, acting bool) SignOffCheck {
	p := o.Person(person)
	if p == nil {
		return SignOffCheck{Standing: SignOffUnknown}
	}
	c := SignOffCheck{Person: p}
	sec, pos, ok := p.PostOn(on)
	if !ok {
		c.Standing = SignOffUnrecorded
		if !p.Until.IsZero() && on.After(p.Until) {
			c.Standing = SignOffLeft
		}
		return c
	}
	c.Section, c.Position = sec, pos
	switch {
	case acting || pos == position && (owner == "" || o.SameLine(sec, owner)):
	case pos != position:
		c.Standing = SignOffOtherPost
	default:
		if h := o.LineHolderOn(owner, pos, on); h != nil && h != p {
			c.Standing, c.Holder = SignOffOffLine, h
		}
	}
	return c
}

// Person returns the person with the given id, or nil.
func (o *Organisation) Person(id string) *Person {
	for i := range o.People {
		if o.People[i].ID == id {
			return &o.People[i]
		}
	}
	return nil
}

// Position returns the position with the given id, or nil.
func (o *Organisation) Position(id string) *Position {
	for i := range o.Positions {
		if o.Positions[i].ID == id {
			return &o.Positions[i]
		}
	}
	return nil
}

// Label returns the title in lang of the position p, whose id is id, or
// id when p is nil (no such position) or has no title in lang.
func (p *Position) Label(id string, lang Lang) string {
	if p != nil {
		if n := p.Title.In(lang); n != "" {
			return n
		}
	}
	return id
}

// Label returns the name in lang of the person p, whose id is id, or id
// when p is nil (no such person) or has no name in lang.
func (p *Person) Label(id string, lang Lang) string {
	if p != nil {
		if n := p.Name.In(lang); n != "" {
			return n
		}
	}
	return id
}

// Scheme returns the classification scheme in force: the configured one,
// each axis it leaves empty taking the levels of DefaultClassification (a
// register that lists only its confidentiality levels keeps integrity and
// availability 2/1), or DefaultClassification. The result shares its level
// slices with the organisation (or with a package-level copy of the default
// scheme, built once so that hot paths do not allocate): callers must not
// modify them.
func (o *Organisation) Scheme() ClassificationScheme {
	c := o.Classification
	if c == nil {
		return defaultScheme
	}
	s := *c
	if len(s.Confidentiality) == 0 {
		s.Confidentiality = defaultScheme.Confidentiality
	}
	if len(s.Integrity) == 0 {
		s.Integrity = defaultScheme.Integrity
	}
	if len(s.Availability) == 0 {
		s.Availability = defaultScheme.Availability
	}
	return s
}

// defaultScheme is DefaultClassification, built once.
var defaultScheme = DefaultClassification()

// Policy is the security policy and the clauses that requirements cite.
type Policy struct {
	Title   Text     `yaml:"title" json:"title"`
	URL     string   `yaml:"url,omitempty" json:"url,omitempty"`
	Clauses []Clause `yaml:"clauses,omitempty" json:"clauses,omitempty"`
}

// Clause is one clause of the policy, cited by requirements (e.g. "6(8)").
type Clause struct {
	ID    string `yaml:"id" json:"id"`
	Title Text   `yaml:"title" json:"title"`
}

// Section is a section of the organisation (所管課).
type Section struct {
	ID     string `yaml:"id" json:"id"`
	Name   Text   `yaml:"name" json:"name"`
	Parent string `yaml:"parent,omitempty" json:"parent,omitempty"`
}

// Position is a position title (役職) such as 課長 or 事務局長.
type Position struct {
	ID    string `yaml:"id" json:"id"`
	Title Text   `yaml:"title" json:"title"`
}

// Person is a member of staff and the posting they hold: Section and
// Position from From until Until. Ownership attaches to a section and a
// position; the person is who holds it (see Organisation.Holders). When
// a person moves in April, their record gets the new section, position
// and From; a person who leaves gets Until.
type Person struct {
	ID       string `yaml:"id" json:"id"`
	Name     Text   `yaml:"name" json:"name"`
	Section  string `yaml:"section" json:"section"`
	Position string `yaml:"position,omitempty" json:"position,omitempty"`
	// From is the first day the person holds Section and Position; zero
	// means since before the register began.
	From Date `yaml:"from,omitempty" json:"from,omitzero"`
	// Until is the last day the person holds them (moved away, retired);
	// zero means the person holds them still.
	Until Date `yaml:"until,omitempty" json:"until,omitzero"`
	// Previous are the person's earlier postings, so that a move can be
	// recorded ahead (the new post from 04-01, the old one until 03-31).
	Previous []Posting `yaml:"previous,omitempty" json:"previous,omitempty"`
}

// Posting is a section and position a person held from From until Until
// (zero: open).
type Posting struct {
	Section  string `yaml:"section" json:"section"`
	Position string `yaml:"position,omitempty" json:"position,omitempty"`
	From     Date   `yaml:"from,omitempty" json:"from,omitzero"`
	Until    Date   `yaml:"until,omitempty" json:"until,omitzero"`
}

// covers reports whether day d is within from … until (zero bounds open).
func covers(from, until, d Date) bool {
	return (from.IsZero() || !d.Before(from)) && (until.IsZero() || !until.Before(d))
}

// HoldsOn reports whether p holds their (current) section and position on
// day d: From is zero or not after d, and Until is zero or not before d.
func (p *Person) HoldsOn(d Date) bool { return covers(p.From, p.Until, d) }

// PostOn returns the section and position p holds on day d: the current
// posting when HoldsOn(d), else the first of Previous that covers d; ok is
// false when none does (not yet, or no longer, in the organisation).
func (p *Person) PostOn(d Date) (section, position string, ok bool) {
	if p.HoldsOn(d) {
		return p.Section, p.Position, true
	}
	for _, q := range p.Previous {
		if covers(q.From, q.Until, d) {
			return q.Section, q.Position, true
		}
	}
	return "", "", false
}

// ApprovalStep is one step of the approval chain.
type ApprovalStep struct {
	Role     Text   `yaml:"role" json:"role"`
	Position string `yaml:"position" json:"position"`
	// Kinds limits the step to some kinds; empty means all.
	Kinds []Kind `yaml:"kinds,omitempty" json:"kinds,omitempty"`
	// MinRisk makes the step apply only from this residual risk level up.
	MinRisk RiskLevel `yaml:"min_risk,omitempty" json:"min_risk,omitempty"`
}

// MaxReviewMonths is the longest review interval, in months (5 years),
// that a ReviewIntervals field may give: the store refuses a longer one in
// register.yaml (out-of-range) and the scorer in an Organisation built in
// Go (CheckOrganisation). The catalogue's re-evaluations are yearly
// (OUT-36, CLD-42) and the longest default interval is 24 months, so a
// level of 240 or 1200 is a stray zero, and the entries of that level
// would never fall due for review.
const MaxReviewMonths = 60

// ReviewIntervals gives the months between reviews for each residual risk
// level. A zero field means the default (DefaultReviewIntervals); the
// loader refuses a 0 written in register.yaml, which would read as left
// out.
type ReviewIntervals struct {
	Low      int `yaml:"low,omitempty" json:"low,omitempty"`
	Medium   int `yaml:"medium,omitempty" json:"medium,omitempty"`
	High     int `yaml:"high,omitempty" json:"high,omitempty"`
	Critical int `yaml:"critical,omitempty" json:"critical,omitempty"`
}

// DefaultReviewIntervals returns the default review intervals: 低 24
// months, 中 12, 高 6, 重大 3.
func DefaultReviewIntervals() ReviewIntervals { return defaultReviewIntervals }

var defaultReviewIntervals = ReviewIntervals{Low: 24, Medium: 12, High: 6, Critical: 3}

// Months returns the interval for level l, falling back to the default.
func (ri ReviewIntervals) Months(l RiskLevel) int {
	pickInt := func(v, d int) int {
		if v > 0 {
			return v
		}
		return d
	}
	d := defaultReviewIntervals
	switch l {
	case RiskLow:
		return pickInt(ri.Low, d.Low)
	case RiskMedium:
		return pickInt(ri.Medium, d.Medium)
	case RiskHigh:
		return pickInt(ri.High, d.High)
	case RiskCritical:
		return pickInt(ri.Critical, d.Critical)
	}
	return d.Medium
}

// ExpectedRespondent returns who the register expects to answer a
// questionnaire about e: a contractor's legal name and 法人番号; for a
// service provided by a registered contractor, that contractor's; for
// another service its provider's name and provider.corporate_number (when
// given); for a social-media account nothing. r may be nil (then a
// service names only its provider's name and number).
func (r *Register) ExpectedRespondent(e Entry) Respondent {
	switch e := e.(type) {
	case *Contractor:
		return Respondent{Company: e.LegalName, CorporateNumber: e.CorporateNumber}
	case *Service:
		if e.Provider.Contractor != "" && r != nil {
			if c := r.Contractor(e.Provider.Contractor); c != nil {
				return Respondent{Company: c.LegalName, CorporateNumber: c.CorporateNumber}
			}
		}
		return Respondent{Company: e.Provider.Name, CorporateNumber: e.Provider.CorporateNumber}
	}
	return Respondent{}
}

// PublicContact is a contact point for the public (窓口): the office's
// name and at least one of a phone number, an e-mail address and an
// http(s) URL of a contact form or page.
type PublicContact struct {
	Name  Text   `yaml:"name" json:"name"`
	Phone string `yaml:"phone,omitempty" json:"phone,omitempty"`
	Email string `yaml:"email,omitempty" json:"email,omitempty"`
	URL   string `yaml:"url,omitempty" json:"url,omitempty"`
}
