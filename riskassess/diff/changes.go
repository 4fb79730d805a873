package diff

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
)

// ErrReversed is the error Compare returns when the snapshot to is
// assessed as of a date before that of from: the changes would read
// backwards (an entry added in between listed as retired, a renewal as a
// lapse) under the labels before and after.
var ErrReversed = errors.New("diff: the earlier snapshot is assessed as of a date after the later one's / 前の台帳の基準日が後の台帳の基準日より後です")

// Snapshot is a register at one point of its history, assessed: the
// register as committed on a day or at a revision, or a folder, with the
// catalogue in force in it and its assessments as of AsOf.
type Snapshot struct {
	// Label names the snapshot for people: "令和7年度末（2026-03-31）",
	// "commit 1a2b3c4d5e", a folder.
	Label string
	// Source says where it was read from: a commit (hash, date, subject)
	// or a folder.
	Source string
	// AsOf is the date the snapshot is assessed as of.
	AsOf riskassess.Date
	// Register is the register; Requirements the catalogue in force in it.
	Register     *riskassess.Register
	Requirements []riskassess.Requirement
	// Scorer is the scorer the assessments were made with; its Blockers
	// are the catalogue's blocker rules in force (catalog.Blockers).
	Scorer riskassess.Scorer
	// Assessments are the assessments of Register.Entries() as of AsOf
	// (Scorer.AssessAll). They are matched to entries by kind and id
	// (Assessment.Kind, EntryID), so their order is not required; an
	// entry without one has no risk change.
	Assessments []riskassess.Assessment
}

// SnapshotInfo is what Changes says about each of its snapshots.
type SnapshotInfo struct {
	Label  string          `json:"label"`
	Source string          `json:"source"`
	AsOf   riskassess.Date `json:"as_of"`
	// Entries is how many entries the register had, Records how many of
	// them were records (rejected or retired).
	Entries int `json:"entries"`
	Records int `json:"records"`
}

// EntryRef names an entry in Changes.
type EntryRef struct {
	Kind riskassess.Kind `json:"kind"`
	ID   string          `json:"id"`
	Name riskassess.Text `json:"name"`
	// Section is the owning section id (in the later snapshot when the
	// entry is in both).
	Section string `json:"section"`
}

// Changes is what changed in a register between two snapshots (Compare).
// Every list is in register order (kind, then id).
type Changes struct {
	From SnapshotInfo `json:"from"`
	To   SnapshotInfo `json:"to"`
	// Added are the entries of To that From did not have; Removed the
	// entries of From whose files are gone in To; Retired the entries
	// retired (or rejected) in To that were not records in From,
	// including entries added and retired or rejected between the two
	// (listed in Added too).
	Added   []AddedEntry `json:"added"`
	Removed []EntryRef   `json:"removed"`
	Retired []EntryRef   `json:"retired"`
	// Approvals are the approvals granted, renewed or that expired, and
	// other changes of approval status.
	Approvals []ApprovalChange `json:"approvals"`
	// Risk lists the entries whose residual risk or recommended decision
	// moved, with the findings that moved them.
	Risk []RiskChange `json:"risk"`
	// Owners lists the entries whose owner (section, position, person)
	// changed, or a social account's responsible person (責任者), or the
	// person who held the position such an owner names without a person
	// (register.yaml's people: a personnel move); and the people named in
	// other roles who changed: a service's manager, a social account's
	// credential custodian, and each operator taken off or put on it
	// (OwnerChange.Role).
	Owners []OwnerChange `json:"owners"`
	// Catalogue is what changed in the catalogue in force and what that
	// change alone did to the scores.
	Catalogue CatalogueChange `json:"catalogue"`
	// Settings are the settings of register.yaml that judge every entry
	// and differ in force between the snapshots (SettingChange), in the
	// order of the Setting constants: the stated cause of risks moved
	// by them. None when a snapshot has no register (Register nil).
	Settings []SettingChange `json:"settings,omitempty"`
}

// AddedEntry is an entry new in To, with its risk there.
type AddedEntry struct {
	EntryRef
	Residual riskassess.RiskLevel `json:"residual"`
	Decision riskassess.Decision  `json:"decision"`
}

// Approval change kinds.
const (
	ApprovalGranted = "granted" // 承認: approved or conditional, and not before
	ApprovalRenewed = "renewed" // 更新: approved again (a later decision or validity), in force in To
	// 期限切れ: valid_until passed by To, of an approval valid in From or
	// granted or renewed since.
	ApprovalExpired = "expired"
	// 有効期限の変更: the same approval given another valid_until that is
	// not a renewal: shortened, set where there was none, or removed.
	ApprovalValidityChanged = "validity"
	ApprovalStatusChanged   = "status" // 状況の変更: any other change of status
)

// ApprovalChange is one approval that changed between the snapshots.
type ApprovalChange struct {
	EntryRef
	// Change is ApprovalGranted, ApprovalRenewed, ApprovalExpired,
	// ApprovalValidityChanged or "status".
	Change     string                    `json:"change"`
	FromStatus riskassess.ApprovalStatus `json:"from_status,omitempty"`
	ToStatus   riskassess.ApprovalStatus `json:"to_status"`
	FromValid  riskassess.Date           `json:"from_valid_until,omitzero"`
	ToValid    riskassess.Date           `json:"to_valid_until,omitzero"`
	DecidedOn  riskassess.Date           `json:"decided_on,omitzero"`
}

// ChangeLabel returns the label of c.Change in lang.
func (c ApprovalChange) ChangeLabel(lang riskassess.Lang) string {
	return labelIn(approvalChangeLabels, c.Change, lang)
}

// labelIn returns the label of k in labels (Japanese, English) in lang,
// or k when it has none.
func labelIn(labels map[string][2]string, k string, lang riskassess.Lang) string {
	if l, ok := labels[k]; ok {
		return riskassess.T(l[0], l[1]).In(lang)
	}
	return k
}

// StatusText returns the approval status of c in lang, "from → to" when it
// changed. A snapshot with no decision in force on its date (the only one
// recorded was taken after it) reads 基準日までの決定なし.
func (c ApprovalChange) StatusText(lang riskassess.Lang) string {
	label := func(s riskassess.ApprovalStatus) string {
		if s == "" {
			return riskassess.T("基準日までの決定なし", "no decision by the as-of date").In(lang)
		}
		return s.Label(lang)
	}
	if c.FromStatus != c.ToStatus && (c.FromStatus != "" || c.Change == ApprovalStatusChanged) {
		return label(c.FromStatus) + " → " + label(c.ToStatus)
	}
	return label(c.ToStatus)
}

var approvalChangeLabels = map[string][2]string{
	ApprovalGranted: {"承認", "Granted"}, ApprovalRenewed: {"更新", "Renewed"},
	ApprovalExpired: {"期限切れ", "Expired"}, ApprovalValidityChanged: {"有効期限の変更", "Validity changed"},
	ApprovalStatusChanged: {"状況の変更", "Status changed"},
}

// FindingChange is a requirement whose outcome differs between the
// snapshots; From or To is "" when the requirement was not checked there.
type FindingChange struct {
	Requirement string             `json:"requirement"`
	Title       riskassess.Text    `json:"title"`
	From        riskassess.Outcome `json:"from,omitempty"`
	To          riskassess.Outcome `json:"to,omitempty"`
}

// RiskChange is an entry whose residual risk or decision moved.
type RiskChange struct {
	EntryRef
	FromResidual riskassess.RiskLevel `json:"from_residual"`
	ToResidual   riskassess.RiskLevel `json:"to_residual"`
	FromDecision riskassess.Decision  `json:"from_decision"`
	ToDecision   riskassess.Decision  `json:"to_decision"`
	FromInherent riskassess.RiskLevel `json:"from_inherent"`
	ToInherent   riskassess.RiskLevel `json:"to_inherent"`
	FromScore    float64              `json:"from_control_score"`
	ToScore      float64              `json:"to_control_score"`
	// Findings are the requirements whose outcome changed.
	Findings []FindingChange `json:"findings"`
	// BlockersAdded and BlockersRemoved are the blocker rules that
	// started or stopped forcing 重大.
	BlockersAdded   []string `json:"blockers_added,omitempty"`
	BlockersRemoved []string `json:"blockers_removed,omitempty"`
	// ByCatalogue is set when the catalogue change alone moves the entry
	// as far: the entry as in To, assessed with From's catalogue, has
	// From's residual and decision.
	ByCatalogue bool `json:"by_catalogue"`
	// BySettings is set likewise when the change of the settings that
	// judge every entry (Changes.Settings) alone moves the entry as far:
	// the entry as in To, assessed with To's catalogue and From's
	// classification, review_intervals, residual_matrix and
	// approval_chain, has From's residual and decision. It is not set
	// for an entry From's settings cannot assess (a class of a level
	// only To's classification has): nothing tells then what the
	// settings alone did.
	BySettings bool `json:"by_settings"`
}

// OwnerChange is an entry whose owner, or a person named for it in
// another role, changed.
type OwnerChange struct {
	EntryRef
	// Role is riskassess.RoleOwner (the entry's owner),
	// riskassess.RoleResponsible (a social account's responsible),
	// riskassess.RoleManager (a service's manager), riskassess.RoleCustodian
	// (a social account's credential custodian) or riskassess.RoleOperator
	// (one of its operators).
	Role riskassess.Role `json:"role"`
	// From and To are the owner on each side. A role given by a person
	// id alone (manager, custodian, operator) names the person only; the
	// zero Owner is nobody: no manager or custodian recorded, or an
	// operator taken off (To) or put on (From).
	From riskassess.Owner `json:"from"`
	To   riskassess.Owner `json:"to"`
	// FromHolder and ToHolder are, for a side whose owner names a
	// position and no person, the one person of that side's people who
	// held the position in the owner's section on its date (""
	// when nobody or several did, or a person is named): who was in
	// charge. A personnel move changes them with the entry file as it was.
	FromHolder string `json:"from_holder,omitempty"`
	ToHolder   string `json:"to_holder,omitempty"`
	// FromHolders and ToHolders are, for such a side, the people who held
	// the position when several did, sorted by id (FromHolder or
	// ToHolder is then ""): one of two holders leaving is a change of who
	// is in charge as much as the one holder's leaving (OwnerChange.Held).
	FromHolders []string `json:"from_holders,omitempty"`
	ToHolders   []string `json:"to_holders,omitempty"`
	// FromVacant and ToVacant say that nobody held that side's position
	// on its date, by people recorded on that side (a post left vacant by a
	// move): not said when the side records no people.
	FromVacant bool `json:"from_vacant,omitempty"`
	ToVacant   bool `json:"to_vacant,omitempty"`
	// FromNames and ToNames name each side's owner and holders as that
	// side's organisation records them: a person deleted from people
	// after leaving, or a section or position renamed since, reads on
	// the From side as the earlier register named it.
	FromNames OwnerNames `json:"from_names"`
	ToNames   OwnerNames `json:"to_names"`
}

// OwnerNames are the names of an owner's section, position and person,
// and of the people who held its position (OwnerChange.Held, in that
// order), as one snapshot's organisation records them. An id that
// organisation does not know, or names in no language, reads as the id
// itself; a part the owner does not name is the zero Text.
type OwnerNames struct {
	Section  riskassess.Text   `json:"section"`
	Position riskassess.Text   `json:"position"`
	Person   riskassess.Text   `json:"person"`
	Holders  []riskassess.Text `json:"holders,omitempty"`
}

// Owner returns the owner's names in lang joined by a space, section
// first (広報係 係長 坂本 涼子), leaving out the parts not named: "" for
// nobody.
func (n OwnerNames) Owner(lang riskassess.Lang) string {
	var parts []string
	for _, t := range []riskassess.Text{n.Section, n.Position, n.Person} {
		if s := t.In(lang); s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " ")
}

// HolderNames returns the names in lang of the people who held the
// owner's position (Holders).
func (n OwnerNames) HolderNames(lang riskassess.Lang) []string {
	out := make([]string, len(n.Holders))
	for i, t := range n.Holders {
		out[i] = t.In(lang)
	}
	return out
}

// ownerNames resolves o and holders with org (OwnerNames).
func ownerNames(org *riskassess.Organisation, o riskassess.Owner, holders []string) OwnerNames {
	name := func(t riskassess.Text, id string) riskassess.Text {
		if id == "" {
			return riskassess.Text{}
		}
		if t.Ja == "" {
			t.Ja = id
		}
		return t
	}
	var n OwnerNames
	if s := org.Section(o.Section); s != nil {
		n.Section = name(s.Name, o.Section)
	} else {
		n.Section = name(riskassess.Text{}, o.Section)
	}
	if p := org.Position(o.Position); p != nil {
		n.Position = name(p.Title, o.Position)
	} else {
		n.Position = name(riskassess.Text{}, o.Position)
	}
	person := func(id string) riskassess.Text {
		if p := org.Person(id); p != nil {
			return name(p.Name, id)
		}
		return name(riskassess.Text{}, id)
	}
	n.Person = person(o.Person)
	for _, id := range holders {
		n.Holders = append(n.Holders, person(id))
	}
	return n
}

// Held returns the people who held the position of each side's owner
// (FromHolder or FromHolders, ToHolder or ToHolders): none when the side
// names a person, records no people, or the post was vacant.
func (c OwnerChange) Held() (from, to []string) {
	side := func(one string, several []string) []string {
		if one != "" {
			return []string{one}
		}
		return several
	}
	return side(c.FromHolder, c.FromHolders), side(c.ToHolder, c.ToHolders)
}

// CatalogueChange is the change of the catalogue in force: the built-in
// catalogue with register.yaml's settings (requirements.disable, override,
// add).
type CatalogueChange struct {
	// Added and Removed are requirement ids in force in one snapshot
	// only; Changed those whose severity, weight or kinds differ, or who
	// attests them, their question's id, type or choices, or (an
	// organisation's own requirement) the answer it expects.
	Added   []string `json:"added,omitempty"`
	Removed []string `json:"removed,omitempty"`
	Changed []string `json:"changed,omitempty"`
	// FromVersions and ToVersions are the catalogue versions the latest
	// questionnaires of the entries imported by the snapshot's date were
	// answered against (AssessmentRecord.CatalogueVersion), sorted.
	FromVersions []string `json:"from_versions,omitempty"`
	ToVersions   []string `json:"to_versions,omitempty"`
	// Effects are the entries of To whose residual risk or decision
	// differs when they are assessed with From's catalogue: what the
	// catalogue change alone did to the scores.
	Effects []CatalogueEffect `json:"effects,omitempty"`
}

// InForceChanged reports whether the catalogue in force differs.
func (c *CatalogueChange) InForceChanged() bool {
	return len(c.Added)+len(c.Removed)+len(c.Changed) > 0
}

// CatalogueEffect is one entry moved by the catalogue change alone.
type CatalogueEffect struct {
	EntryRef
	// FromResidual and FromDecision are the entry as in To assessed with
	// From's catalogue; ToResidual and ToDecision with To's.
	FromResidual riskassess.RiskLevel `json:"from_residual"`
	ToResidual   riskassess.RiskLevel `json:"to_residual"`
	FromDecision riskassess.Decision  `json:"from_decision"`
	ToDecision   riskassess.Decision  `json:"to_decision"`
	FromScore    float64              `json:"from_control_score"`
	ToScore      float64              `json:"to_control_score"`
}

// Empty reports whether nothing changed.
func (c *Changes) Empty() bool {
	return len(c.Added)+len(c.Removed)+len(c.Retired)+len(c.Approvals)+len(c.Risk)+len(c.Owners)+len(c.Settings) == 0 &&
		!c.Catalogue.InForceChanged() && slices.Equal(c.Catalogue.FromVersions, c.Catalogue.ToVersions)
}

func refOf(e riskassess.Entry) EntryRef {
	b := e.Base()
	return EntryRef{Kind: e.Kind(), ID: b.ID, Name: b.Name, Section: b.Owner.Section}
}

func infoOf(s *Snapshot) SnapshotInfo {
	i := SnapshotInfo{Label: s.Label, Source: s.Source, AsOf: s.AsOf}
	if s.Register != nil {
		for _, e := range s.Register.Entries() {
			i.Entries++
			if riskassess.RecordOn(e, s.AsOf) { // as it stood on the snapshot's date
				i.Records++
			}
		}
	}
	return i
}

// granted reports whether status s is an approval in force.
func granted(s riskassess.ApprovalStatus) bool {
	return s == riskassess.StatusApproved || s == riskassess.StatusConditional
}

// validOn reports whether approval a is in force on d: granted and not
// past valid_until.
func validOn(a *riskassess.Approval, d riskassess.Date) bool {
	return granted(a.Status) && !a.LapsedOn(d)
}

// withRegister returns s, or a copy of it with an empty register when its
// Register is nil (nothing recorded yet).
func withRegister(s *Snapshot) *Snapshot {
	if s.Register != nil {
		return s
	}
	c := *s
	c.Register = &riskassess.Register{}
	return &c
}

// Compare returns what changed from snapshot from to snapshot to. A
// snapshot whose Register is nil is an empty register (every entry of the
// other is added or removed). Each snapshot is taken as assessed (its
// Assessments as of its AsOf); when the catalogues in force differ, the entries of to are assessed again with
// from's catalogue and scorer (from.Scorer), as of to.AsOf, to show what
// the catalogue change alone did (Catalogue.Effects,
// RiskChange.ByCatalogue); when the settings that judge every entry
// differ (Settings), they are assessed again with to's catalogue and
// scorer and from's settings, as of to.AsOf, to show
// what the settings change alone did (RiskChange.BySettings). That
// re-assessment only attributes: an entry it cannot assess (its class is
// of a level from's classification does not have, which
// riskassess.CheckEntry refuses) is not marked, nor is any entry when
// the scorer refuses to assess with from's settings at all, and Compare
// returns no error for it. When the catalogues differ it returns
// the errors of from.Scorer.AssessAll: riskassess.ErrNoRequirements when
// from has no requirements, riskassess.ErrNoBlockers when its Scorer has
// no blocker rules. It returns an error wrapping ErrReversed, before
// comparing anything, when both snapshots have an AsOf and to's is
// before from's.
func Compare(from, to *Snapshot) (Changes, error) {
	if !from.AsOf.IsZero() && !to.AsOf.IsZero() && to.AsOf.Before(from.AsOf) {
		return Changes{}, fmt.Errorf("%w: %s as of %s, %s as of %s", ErrReversed, from.Label, from.AsOf, to.Label, to.AsOf)
	}
	// A register that was not there had no settings to change.
	both := from.Register != nil && to.Register != nil
	from, to = withRegister(from), withRegister(to)
	c := Changes{From: infoOf(from), To: infoOf(to)}
	type item struct {
		e riskassess.Entry
		a *riskassess.Assessment
	}
	index := func(s *Snapshot) map[riskassess.EntryKey]item {
		// Assessments are matched to entries by kind and id, not by
		// position: a caller's slice sorted or filtered otherwise than
		// Register.Entries() must not pair an entry with another's result.
		byKey := make(map[riskassess.EntryKey]*riskassess.Assessment, len(s.Assessments))
		for i := range s.Assessments {
			k := riskassess.EntryKey{Kind: s.Assessments[i].Kind, ID: s.Assessments[i].EntryID}
			if _, dup := byKey[k]; !dup {
				byKey[k] = &s.Assessments[i]
			}
		}
		m := map[riskassess.EntryKey]item{}
		for _, e := range s.Register.Entries() {
			k := riskassess.EntryKey{Kind: e.Kind(), ID: e.Base().ID}
			m[k] = item{e, byKey[k]}
		}
		return m
	}
	before, after := index(from), index(to)

	if both {
		c.Settings = compareSettings(&from.Register.Org, &to.Register.Org)
	}
	// The catalogue.
	c.Catalogue = compareCatalogues(from.Requirements, to.Requirements, ownExpect(from.Register), ownExpect(to.Register))
	c.Catalogue.FromVersions, c.Catalogue.ToVersions = catalogueVersions(from.Register, from.AsOf), catalogueVersions(to.Register, to.AsOf)
	// The settings alone: to's entries and catalogue with from's settings.
	var underFromSettings map[riskassess.EntryKey]*riskassess.Assessment
	if len(c.Settings) > 0 {
		reg := *to.Register
		reg.Org = withSettingsOf(&to.Register.Org, &from.Register.Org)
		underFromSettings = assessWhereReadable(to.Scorer, &reg, to.Requirements, to.AsOf)
	}
	var underFrom map[riskassess.EntryKey]*riskassess.Assessment
	if c.Catalogue.InForceChanged() {
		as, err := from.Scorer.AssessAll(to.Register, from.Requirements, to.AsOf)
		if err != nil {
			return c, err
		}
		underFrom = map[riskassess.EntryKey]*riskassess.Assessment{}
		for i, e := range to.Register.Entries() {
			underFrom[riskassess.EntryKey{Kind: e.Kind(), ID: e.Base().ID}] = &as[i]
			now := after[riskassess.EntryKey{Kind: e.Kind(), ID: e.Base().ID}].a
			if now == nil || riskassess.RecordOn(e, to.AsOf) {
				continue
			}
			if old := &as[i]; old.Residual != now.Residual || old.Decision != now.Decision {
				c.Catalogue.Effects = append(c.Catalogue.Effects, CatalogueEffect{EntryRef: refOf(e),
					FromResidual: old.Residual, ToResidual: now.Residual, FromDecision: old.Decision, ToDecision: now.Decision,
					FromScore: old.ControlScore, ToScore: now.ControlScore})
			}
		}
	}

	for _, e := range from.Register.Entries() {
		if _, ok := after[riskassess.EntryKey{Kind: e.Kind(), ID: e.Base().ID}]; !ok {
			c.Removed = append(c.Removed, refOf(e))
		}
	}
	for _, e := range to.Register.Entries() {
		k := riskassess.EntryKey{Kind: e.Kind(), ID: e.Base().ID}
		now := after[k]
		old, existed := before[k]
		if !existed {
			ae := AddedEntry{EntryRef: refOf(e)}
			if now.a != nil && !riskassess.RecordOn(e, to.AsOf) {
				ae.Residual, ae.Decision = now.a.Residual, now.a.Decision
			}
			c.Added = append(c.Added, ae)
			// Added and retired or rejected within the period: the
			// records grow by it too (not when its file records a
			// retirement already decided by from's date).
			if riskassess.RecordOn(e, to.AsOf) && !riskassess.RecordOn(e, from.AsOf) {
				c.Retired = append(c.Retired, refOf(e))
			}
			if ch, ok := approvalChange(nil, e, from.AsOf, to.AsOf); ok {
				c.Approvals = append(c.Approvals, ch)
			}
			continue
		}
		// Retired or rejected as each side stood on its date (RecordOn): a
		// retirement decided after to's date had not happened then.
		if riskassess.RecordOn(e, to.AsOf) && !riskassess.RecordOn(old.e, from.AsOf) {
			c.Retired = append(c.Retired, refOf(e))
		}
		if ch, ok := approvalChange(old.e, e, from.AsOf, to.AsOf); ok {
			c.Approvals = append(c.Approvals, ch)
		}
		c.Owners = appendOwnerChange(c.Owners, e, riskassess.RoleOwner, from, to, old.e.Base().Owner, e.Base().Owner)
		c.Owners = appendStaffChanges(c.Owners, e, from, to, old.e)
		if riskassess.RecordOn(e, to.AsOf) || old.a == nil || now.a == nil {
			continue
		}
		if old.a.Residual == now.a.Residual && old.a.Decision == now.a.Decision {
			continue
		}
		rc := RiskChange{EntryRef: refOf(e),
			FromResidual: old.a.Residual, ToResidual: now.a.Residual, FromDecision: old.a.Decision, ToDecision: now.a.Decision,
			FromInherent: old.a.Inherent, ToInherent: now.a.Inherent, FromScore: old.a.ControlScore, ToScore: now.a.ControlScore,
			Findings: findingChanges(old.a.Findings, now.a.Findings)}
		rc.BlockersAdded, rc.BlockersRemoved = blockerChanges(old.a.Blockers, now.a.Blockers)
		if u := underFrom[k]; u != nil && u.Residual == old.a.Residual && u.Decision == old.a.Decision {
			rc.ByCatalogue = true
		}
		if u := underFromSettings[k]; u != nil && u.Residual == old.a.Residual && u.Decision == old.a.Decision {
			rc.BySettings = true
		}
		c.Risk = append(c.Risk, rc)
	}
	return c, nil
}

// assessWhereReadable returns the assessments of reg's entries by sc
// against reqs as of asOf, by entry, leaving out each entry the scorer
// refuses under reg.Org (riskassess.CheckEntry: a class of a level that
// reg's classification has not, as a level the later register added is
// not one of the earlier settings), and returns nil when the scorer
// refuses the register as a whole (its settings, requirements, blockers,
// the date). Compare's re-assessment under the earlier settings only
// attributes risk changes (RiskChange.BySettings): an entry it cannot
// assess is not marked, and the diff does not fail for it.
func assessWhereReadable(sc riskassess.Scorer, reg *riskassess.Register, reqs []riskassess.Requirement, asOf riskassess.Date) map[riskassess.EntryKey]*riskassess.Assessment {
	entries := reg.Entries()
	as, err := sc.AssessAll(reg, reqs, asOf)
	if err != nil {
		// Only entries refused one by one are left out; any other
		// refusal leaves every entry unmarked.
		if !errors.Is(err, riskassess.ErrEntryValue) && !errors.Is(err, riskassess.ErrNilEntry) {
			return nil
		}
		assess, err := sc.Assessor(&reg.Org, reqs)
		if err != nil {
			return nil
		}
		as = make([]riskassess.Assessment, len(entries))
		for i, e := range entries {
			if riskassess.CheckEntry(&reg.Org, e) != nil {
				entries[i] = nil // not assessed: left out below
				continue
			}
			as[i] = assess(e, asOf)
		}
	}
	out := make(map[riskassess.EntryKey]*riskassess.Assessment, len(as))
	for i, e := range entries {
		if e != nil {
			out[riskassess.EntryKey{Kind: e.Kind(), ID: e.Base().ID}] = &as[i]
		}
	}
	return out
}

// appendOwnerChange appends to out the change of e's owner in role from
// ob (in snapshot from) to nb (in to), if any: another section, position
// or person, or other holders of a position named without a person.
//
// A change of holders alone is listed only when each side knows its
// holders (holders): a register of a side that records no people (an
// earlier revision, before people: was kept) says nothing of a move, and
// every owner naming a post would otherwise have been listed as one. A
// post held by two people, one of whom left, is listed: the holders
// differ.
func appendOwnerChange(out []OwnerChange, e riskassess.Entry, role riskassess.Role, from, to *Snapshot, ob, nb riskassess.Owner) []OwnerChange {
	fh, fKnown := holders(from, ob)
	th, tKnown := holders(to, nb)
	if ob == nb && (!fKnown || !tKnown || slices.Equal(fh, th)) {
		return out
	}
	c := OwnerChange{EntryRef: refOf(e), Role: role, From: ob, To: nb,
		FromVacant: fKnown && len(fh) == 0, ToVacant: tKnown && len(th) == 0}
	c.FromHolder, c.FromHolders = oneOrSeveral(fh)
	c.ToHolder, c.ToHolders = oneOrSeveral(th)
	c.FromNames = ownerNames(&from.Register.Org, ob, fh)
	c.ToNames = ownerNames(&to.Register.Org, nb, th)
	return append(out, c)
}

// oneOrSeveral splits holders into OwnerChange's FromHolder (one) and
// FromHolders (several).
func oneOrSeveral(ids []string) (string, []string) {
	if len(ids) == 1 {
		return ids[0], nil
	}
	return "", ids
}

// appendStaffChanges appends to out the changes of the people named for
// e in roles other than its owner, from old (e in snapshot from): a
// social account's responsible (as an owner), its credential custodian,
// and a service's manager, each as an owner naming the person alone; and
// each operator of the account taken off (to none) or put on (from none),
// their order aside.
func appendStaffChanges(out []OwnerChange, e riskassess.Entry, from, to *Snapshot, old riskassess.Entry) []OwnerChange {
	person := func(id string) riskassess.Owner { return riskassess.Owner{Person: strings.TrimSpace(id)} }
	switch n := e.(type) {
	case *riskassess.Service:
		if o, ok := old.(*riskassess.Service); ok {
			out = appendOwnerChange(out, e, riskassess.RoleManager, from, to, person(o.Manager), person(n.Manager))
		}
	case *riskassess.Social:
		o, ok := old.(*riskassess.Social)
		if !ok {
			break
		}
		out = appendOwnerChange(out, e, riskassess.RoleResponsible, from, to, o.Responsible, n.Responsible)
		ops := func(ids []string) []string {
			var out []string
			for _, id := range ids {
				if id = strings.TrimSpace(id); id != "" && !slices.Contains(out, id) {
					out = append(out, id)
				}
			}
			return out
		}
		was, is := ops(o.Operators), ops(n.Operators)
		for _, id := range was {
			if !slices.Contains(is, id) {
				out = appendOwnerChange(out, e, riskassess.RoleOperator, from, to, person(id), riskassess.Owner{})
			}
		}
		for _, id := range is {
			if !slices.Contains(was, id) {
				out = appendOwnerChange(out, e, riskassess.RoleOperator, from, to, riskassess.Owner{}, person(id))
			}
		}
		out = appendOwnerChange(out, e, riskassess.RoleCustodian, from, to, person(o.CredentialCustodian), person(n.CredentialCustodian))
	}
	return out
}

// holders returns, when o names a position and no person and s records
// people, the ids of those of them who hold it in o's section on s.AsOf,
// sorted (none when nobody does), with known true; known is false when o
// names a person or no position, or s records no people.
func holders(s *Snapshot, o riskassess.Owner) (ids []string, known bool) {
	if o.Person != "" || o.Position == "" || len(s.Register.Org.People) == 0 {
		return nil, false
	}
	for _, p := range s.Register.Org.Holders(o.Section, o.Position, s.AsOf) {
		ids = append(ids, p.ID)
	}
	slices.Sort(ids)
	return ids, true
}

// approvalChange returns how the approval of e changed from old (nil: the
// entry is new, compared with what its own history says was in force on
// fromAsOf), as of the snapshots' dates: the decision in force on each
// (Approval.InForceOn; one decided after a snapshot's date had not been
// taken then, as the approval requirements judge it).
func approvalChange(old, e riskassess.Entry, fromAsOf, toAsOf riskassess.Date) (ApprovalChange, bool) {
	nIn := e.Base().Approval.InForceOn(toAsOf)
	na := &nIn
	ch := ApprovalChange{EntryRef: refOf(e), ToStatus: na.Status, ToValid: na.ValidUntil, DecidedOn: na.DecidedOn}
	var oIn riskassess.Approval
	if old != nil {
		oIn = old.Base().Approval.InForceOn(fromAsOf)
	} else {
		// The entry's own record says what was in force on from's date:
		// a decision already taken then (an entry renamed to another
		// id, or a long-standing one registered late) was not taken in
		// the period. Approved by then, the entry is judged as one of
		// from with that approval (renewed, expired, suspended in the
		// period, or no change), below.
		oIn = e.Base().Approval.InForceOn(fromAsOf)
		if !granted(oIn.Status) {
			switch {
			case granted(na.Status) && !validOn(na, toAsOf):
				// Granted since and past its valid_until on to's date.
				ch.Change = ApprovalExpired
			case oIn.Status == na.Status && oIn.DecidedOn == na.DecidedOn:
				return ch, false
			case granted(na.Status):
				ch.Change = ApprovalGranted
			case na.Status != "" && na.Status != riskassess.StatusDraft && na.Status != riskassess.StatusRequested:
				// Suspended, rejected or retired in the period (granted and
				// then suspended, say), listed as it is for an entry of
				// from whose request was decided so.
				ch.Change, ch.FromStatus, ch.FromValid = ApprovalStatusChanged, oIn.Status, oIn.ValidUntil
			default:
				return ch, false
			}
			return ch, true
		}
		old = e
	}
	oa := &oIn
	ch.FromStatus, ch.FromValid = oa.Status, oa.ValidUntil
	switch {
	case granted(na.Status) && !validOn(na, toAsOf) && (validOn(oa, fromAsOf) || !granted(oa.Status) || na.DecidedOn.After(oa.DecidedOn)):
		// Past its valid_until on to's date: in force on from's, or
		// granted or renewed since (the approval due item is overdue;
		// not 承認 nor 更新, which would read as in force).
		ch.Change = ApprovalExpired
	case granted(na.Status) && !granted(oa.Status):
		ch.Change = ApprovalGranted
	case granted(na.Status) && validOn(na, toAsOf) && (na.DecidedOn.After(oa.DecidedOn) || na.ValidUntil.After(oa.ValidUntil) && !oa.ValidUntil.IsZero()):
		ch.Change = ApprovalRenewed
	case granted(na.Status) && na.ValidUntil != oa.ValidUntil && known(old, oa) && known(e, na):
		// Shortened, or a limit set or removed, without a new decision:
		// the approval now ends on another day (approval due items,
		// EXP-APPROVAL) and the year's review must see it. (A decision
		// in force from the history written without valid_until has
		// none to compare.)
		ch.Change = ApprovalValidityChanged
	case na.Status != oa.Status:
		ch.Change = ApprovalStatusChanged
	default:
		return ch, false
	}
	return ch, true
}

// recorded reports whether in, the decision of e in force on a date, is
// e's recorded approval (with its valid_until) rather than one of its
// history.
func recorded(e riskassess.Entry, in *riskassess.Approval) bool {
	a := &e.Base().Approval
	return in.Status == a.Status && in.DecidedOn == a.DecidedOn && in.ValidUntil == a.ValidUntil
}

// known reports whether the valid_until of in, the decision of e in force
// on a date, is recorded: e's approval's own (recorded), or one kept on a
// pending renewal or a history record (Approval.ValidUntilOn), which the
// approval due item and CLD-35 judge by. A pending renewal whose renewed
// approval's record had its valid_until corrected read as 変更はありません.
func known(e riskassess.Entry, in *riskassess.Approval) bool {
	return recorded(e, in) || !in.ValidUntil.IsZero()
}

// findingChanges lists the requirements whose outcome differs, in
// requirement order.
func findingChanges(old, now []riskassess.Finding) []FindingChange {
	type o struct {
		outcome riskassess.Outcome
		title   riskassess.Text
	}
	before := map[string]o{}
	for _, f := range old {
		before[f.Requirement] = o{f.Outcome, f.Title}
	}
	var out []FindingChange
	seen := map[string]bool{}
	for _, f := range now {
		seen[f.Requirement] = true
		if b, ok := before[f.Requirement]; !ok || b.outcome != f.Outcome {
			out = append(out, FindingChange{Requirement: f.Requirement, Title: f.Title, From: b.outcome, To: f.Outcome})
		}
	}
	for _, f := range old {
		if !seen[f.Requirement] {
			out = append(out, FindingChange{Requirement: f.Requirement, Title: f.Title, From: f.Outcome})
		}
	}
	slices.SortStableFunc(out, func(a, b FindingChange) int { return riskassess.CompareIDs(a.Requirement, b.Requirement) })
	return out
}

func blockerChanges(old, now []riskassess.Blocker) (added, removed []string) {
	has := func(bs []riskassess.Blocker, id string) bool {
		return slices.ContainsFunc(bs, func(b riskassess.Blocker) bool { return b.ID == id })
	}
	for _, b := range now {
		if !has(old, b.ID) {
			added = append(added, b.ID)
		}
	}
	for _, b := range old {
		if !has(now, b.ID) {
			removed = append(removed, b.ID)
		}
	}
	return added, removed
}

// compareCatalogues compares two catalogues in force by requirement id.
func compareCatalogues(from, to []riskassess.Requirement, fromExpect, toExpect map[string]string) CatalogueChange {
	var c CatalogueChange
	old := map[string]*riskassess.Requirement{}
	for i := range from {
		old[from[i].ID] = &from[i]
	}
	seen := map[string]bool{}
	for i := range to {
		r := &to[i]
		seen[r.ID] = true
		o, ok := old[r.ID]
		switch {
		case !ok:
			c.Added = append(c.Added, r.ID)
		case o.Severity != r.Severity || o.Weight != r.Weight || !slices.Equal(o.Kinds, r.Kinds) ||
			o.AttestedBy != r.AttestedBy || !sameQuestion(o.Question, r.Question) || fromExpect[r.ID] != toExpect[r.ID]:
			c.Changed = append(c.Changed, r.ID)
		}
	}
	for i := range from {
		if !seen[from[i].ID] {
			c.Removed = append(c.Removed, from[i].ID)
		}
	}
	for _, l := range []*[]string{&c.Added, &c.Removed, &c.Changed} {
		slices.SortFunc(*l, riskassess.CompareIDs)
	}
	return c
}

// sameQuestion reports whether a and b ask for the same kind of answer:
// the same question id, answer type and choice ids (their wording aside).
func sameQuestion(a, b *riskassess.Question) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.ID == b.ID && a.Type == b.Type &&
		slices.EqualFunc(a.Choices, b.Choices, func(x, y riskassess.Choice) bool { return x.ID == y.ID })
}

// ownExpect returns the answer each of the organisation's own requirements
// of reg (requirements.add) expects, by id: "yes" for a yes/no question
// without expect, as catalog.Custom checks it.
func ownExpect(reg *riskassess.Register) map[string]string {
	if reg == nil || len(reg.Org.Requirements.Add) == 0 {
		return nil
	}
	m := make(map[string]string, len(reg.Org.Requirements.Add))
	for _, c := range reg.Org.Requirements.Add {
		e := c.Expect
		if e == "" && c.Question.Type == riskassess.AnswerYesNo {
			e = "yes"
		}
		m[c.ID] = e
	}
	return m
}

// catalogueVersions returns the sorted distinct catalogue versions of the
// latest questionnaire of each entry of reg imported by asOf: the record
// with the latest date on or before it (the later of equal dates), not
// the last one of the file (an older reply may be imported after a newer
// one) nor one imported after the date, whose answers do not count then.
func catalogueVersions(reg *riskassess.Register, asOf riskassess.Date) []string {
	var out []string
	for _, e := range reg.Entries() {
		latest := -1
		as := e.Base().Assessments
		for i := range as {
			if !asOf.IsZero() && as[i].On.After(asOf) {
				continue
			}
			if latest < 0 || !as[i].On.Before(as[latest].On) {
				latest = i
			}
		}
		if latest < 0 {
			continue
		}
		if v := strings.TrimSpace(as[latest].CatalogueVersion); v != "" && !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	slices.Sort(out)
	return out
}
