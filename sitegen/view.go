package sitegen

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/fieldrule"
	"github.com/gikai-sec/riskregister/riskassess/report"
	"github.com/gikai-sec/riskregister/riskassess/wareki"
	"github.com/yuin/goldmark"
)

// pageView holds what the layout shows around a page's content.
type pageView struct {
	Lang  riskassess.Lang
	Root  string // relative prefix to the site root: "", "../../"
	Title string
	Nav   string // key of the active menu item
	Site  *siteView
}

// siteView holds what every page shows.
type siteView struct {
	OrgName    string
	Title      string
	AsOf       string
	AsOfShown  string
	Public     bool
	LiveReload bool
	Menu       []navItem
	// Guides link the guides from the footer (internal site only).
	Guides []navItem
	// lang is the site's language (pageView.Lang of every page).
	lang riskassess.Lang
	// frames, when not nil, holds the layout around the pages, written
	// once per root and menu item (renderPage).
	frames *frames
}

type navItem struct {
	Key, Href, Label string
}

// entryRow is one entry as listed in tables and linked from other pages.
type entryRow struct {
	Kind          riskassess.Kind
	KindLabel     string
	ID            string
	Name          string
	Href          string // from the site root
	Section       string
	Person        string
	Status        string
	StatusClass   string
	Residual      string
	ResidualClass string
	ResidualRank  int
	Decision      string
	DecisionClass string
	Score         string // control score, one decimal; "" when none (not assessed, or riskassess.NoControlScore)
	NextReview    string
	ReviewOverdue bool
	// Record is true for a rejected or retired entry: kept as a record,
	// shown without a recommended decision.
	Record bool
	// reading is report.SortName of the entry, for entryCmp.
	reading string
	// order is the row's place in the register page's order (entryCmp),
	// from 1, set by builder.setOrder once every row is made; 0 for a row
	// made for no entry of the register (dueRow), and compared as
	// entryCmp says.
	order int
	// linkTail is what entryLink writes after the root of a link to the
	// entry: the href, the end of the tag, the name and </a>, written
	// once (an entry is linked from a dozen list rows).
	linkTail string
}

// fact is one labelled value of an entry page; Links or List replace Value
// when set.
type fact struct {
	Label string
	Value string
	// Code shows Value as <code>: a file name or id for those who edit
	// the register.
	Code  bool
	Class string
	Links []linkView
	List  []string
}

// tableView is a generic table with a caption and column headers.
type tableView struct {
	Caption string
	Head    []string
	Rows    [][]cellView
	// cells is the array the rows added by addRow share.
	cells []cellView
}

// addRow appends a row of cells.
func (t *tableView) addRow(cells ...cellView) {
	if cap(t.cells)-len(t.cells) < len(cells) {
		t.Rows = append(t.Rows, slices.Clone(cells))
		return
	}
	i := len(t.cells)
	t.cells = append(t.cells, cells...)
	t.Rows = append(t.Rows, t.cells[i:len(t.cells):len(t.cells)])
}

type cellView struct {
	Text  string
	Href  string
	Class string
	Ext   bool
}

// detailSection is a titled group of facts and tables on an entry page.
type detailSection struct {
	ID     string
	Title  string
	Facts  []fact
	Tables []tableView
}

type findingView struct {
	// Requirement is the id; the finding links to its place on
	// requirements.html.
	Requirement string
	Title       string
	Severity    string
	Clause      string
	Evidence    string
	Message     string
	Remediation string
	Due         string
	// Provenance says where the outcome came from (register, vendor
	// questionnaire of a date, self-check); Conflict that a vendor's
	// answer contradicts the register.
	Provenance string
	Conflict   string
	// Answered is true when an answer (not a register fact) decided it.
	Answered bool
}

type findingGroup struct {
	Outcome string
	Class   string
	// Brief groups (met, not applicable) are listed one line per finding.
	Brief    bool
	Findings []findingView
}

type dueRow struct {
	// Date is the ISO date (sorted on); Shown is it in the site's date
	// style.
	Date    string
	Shown   string
	Label   string
	Entry   *entryRow
	What    string
	Section string
	Overdue bool
}

// stepView is one step of 次にすること on an entry page (report.Step).
type stepView struct {
	What, Who, Due, Severity, SevClass string
	Overdue, Now                       bool
	// Requirement and Field are shown only in the part for those who edit
	// the files.
	Requirement, Field string
}

// nextView is the 次にすること section of an entry page.
type nextView struct {
	Why   string
	Steps []stepView
	More  int
}

type entryPage struct {
	Row        entryRow
	AltName    string
	Next       *nextView
	Assessed   bool
	Summary    []fact
	Assessment []fact
	Sections   []detailSection
	Groups     []findingGroup
	Due        []dueRow
	Answers    tableView
	Changes    tableView
	// Foreign is the evidence of the latest foreign questionnaire (CAIQ,
	// HECVAT): answers not scored, for a person to judge.
	Foreign tableView
	Reviews tableView
	// Rounds are the questionnaire rounds the entry was sent, newest first.
	Rounds  tableView
	History tableView
	// Notes is the HTML goldmark wrote for the notes (raw HTML off, links
	// checked by notesLinks).
	Notes    string
	Evidence []linkView
	// scratch holds the arrays of the findings and the answers, returned
	// to entryScratchPool by release once the page is written.
	scratch *entryScratch
}

// entryScratch is the largest arrays of an entry page's view (forty or so
// findings, as many answers), reused from one entry page to the next
// through entryScratchPool: ten thousand pages would otherwise allocate
// them ten thousand times.
type entryScratch struct {
	findings []findingView
	cells    []cellView
	rows     [][]cellView
}

var entryScratchPool = sync.Pool{New: func() any { return new(entryScratch) }}

// release returns p's arrays to entryScratchPool: p (its findings and
// answers) must not be used afterwards.
func (p *entryPage) release() {
	s := p.scratch
	if s == nil {
		return
	}
	p.scratch, p.Groups, p.Answers.Rows, p.Answers.cells = nil, nil, nil, nil
	clear(s.findings)
	clear(s.cells)
	clear(s.rows)
	entryScratchPool.Put(s)
}

// findingsArray returns an array of n finding views from p's scratch.
func (p *entryPage) findingsArray(n int) []findingView {
	s := p.scratchArrays()
	if cap(s.findings) < n {
		s.findings = make([]findingView, n)
	}
	s.findings = s.findings[:n]
	return s.findings
}

// reserveFrom makes room for n rows as wide as the head in the arrays of
// s, which addRow then fills: a table of an entry page, ten thousand
// times. The lengths of s's arrays are set to what the table may use, so
// that release clears it.
func (t *tableView) reserveFrom(s *entryScratch, n int) {
	if cap(s.rows) < n {
		s.rows = make([][]cellView, 0, n)
	}
	if cap(s.cells) < n*len(t.Head) {
		s.cells = make([]cellView, 0, n*len(t.Head))
	}
	t.Rows, t.cells = s.rows[:0], s.cells[:0]
	s.rows, s.cells = s.rows[:n], s.cells[:n*len(t.Head)]
}

func (p *entryPage) scratchArrays() *entryScratch {
	if p.scratch == nil {
		p.scratch = entryScratchPool.Get().(*entryScratch)
	}
	return p.scratch
}

type countRow struct {
	Label string
	Class string
	Count int
	// Sub is a breakdown of the row above (うち …).
	Sub bool
}

type dashboardPage struct {
	Total     int
	Kinds     []countRow
	Residual  []countRow
	Decisions []countRow
	Statuses  []countRow
	// HeatMap and Bars are the SVG markup of the charts, written by
	// heatMap and bars through hw.
	HeatMap   string
	HeatTable tableView
	Bars      string
	BarsTable tableView
	// Overdue and Upcoming are the first dashLimit items; the counts are
	// of all, listed on due.html.
	Overdue       []dueRow
	Upcoming      []dueRow
	OverdueCount  int
	UpcomingCount int
	// Chase are the questionnaire replies overdue (the first dashLimit;
	// all on plan.html).
	Chase      []dueRow
	ChaseCount int
}

// dashLimit is the number of due items the dashboard shows of each list.
const dashLimit = 50

type ownerRole struct {
	Role  string
	Entry *entryRow
}

type ownerPerson struct {
	ID, Name, Position string
	Roles              []ownerRole
}

type ownerSection struct {
	ID, Name  string
	People    []ownerPerson
	Unstaffed []*entryRow
	// Vacant are responsibilities nobody holds on the as-of date (vacant
	// post, several holders, the person named no longer in post and no
	// successor), with the reason in Role.
	Vacant []ownerRole
	Due    []dueRow
}

type approvalRow struct {
	Date string
	// Later: the decision is dated after the as-of date (it had not been
	// taken then; the entry's status on the site does not count it).
	Later       bool
	Entry       *entryRow
	Status      string
	StatusClass string
	Approver    string
	Note        string
}

type reqHit struct {
	Entry   *entryRow
	Outcome string
	Class   string
	Message string
}

// hitRef is a finding of an entry: the entry's index in builder.ents and
// the finding's in builder.lists of the entry.
type hitRef struct{ entry, finding int32 }

type reqView struct {
	ID, Anchor, Title, Text, Clause, Severity, Kinds string
	Remediation                                      string
	// AttestedBy says who can attest it (台帳の記録・事業者・議会).
	AttestedBy string
	// Href is the detail page, from the site root.
	Href        string
	NotMet      int
	Partial     int
	NotAnswered int
	// Failing are the entries not meeting it, made for its page
	// (builder.failing) from hits: the entries and their listed
	// findings (builder.lists) that are not met, partly met or not
	// answered, in register order.
	Failing []reqHit
	hits    []hitRef
}

// accountsPage is the official account list: the accounts and where the
// public reports a fake account (register.yaml public_contact).
type accountsPage struct {
	Rows    []accountRow
	Contact *contactView
	// NoContact is set on the internal site when public_contact is not
	// set, to tell staff that the public list names no contact.
	NoContact bool
}

// contactView is the public contact (riskassess.PublicContact).
type contactView struct {
	Name, Phone, Email string
	EmailHref          string
	URL                linkView
}

type accountRow struct {
	Platform    string
	Handle      string
	Link        linkView
	Purpose     string
	Section     string
	Status      string
	StatusClass string
	Notice      linkView
	Entry       *entryRow // nil on the public site
}

type serviceRow struct {
	Name    string
	Purpose string
	Section string
	Status  string
	reading string // report.SortName, for sorting
}

type downloadRow struct {
	Href, Name, Desc string
	Rows             int
}

// builder holds what assemble needs while building the views.
type builder struct {
	reg   *riskassess.Register
	opts  *Options
	lang  riskassess.Lang
	md    goldmark.Markdown
	notes *notesMemo // renders the entries' notes with md
	site  *siteView
	byKey map[string]*riskassess.Assessment
	rows  []entryRow
	ents  []riskassess.Entry
	asmts []*riskassess.Assessment // parallel to ents; nil when not assessed
	// lists are what the list pages show of each entry's findings
	// (listFindings), parallel to ents: with Options.Assess the
	// assessments in asmts have no findings.
	lists [][]listFinding
	// foundAt is, with Options.Assess, the index of each entry's
	// assessment in opts.found (parallel to ents; -1 when not assessed).
	foundAt []int32
	all     []riskassess.Assessment
	qtext   map[string]string
	// questions are the catalogue's questions by ID.
	questions map[string]*riskassess.Question
	// rtitle maps a requirement id to its title in the site's language.
	rtitle map[string]string
	// pos maps kind/id to the entry's index in ents.
	pos map[string]int
	// labels caches the labels of the enums shown once per finding or due
	// item (riskassess builds a map on every Label call).
	labels map[string]string
	// deps, when not nil, collects the entries (kind/id) looked up by
	// index: set on the copy of the builder that makes one entry page,
	// for the manifest of an incremental build (Inputs).
	deps *[]string
	// dates caches the texts of the dates shown (dateText, iso).
	dates *dateCache
	// kept counts the entries whose row and listed findings were taken
	// from Options.prev.
	kept int
	// byOrder is the indexes of ents in the register page's order
	// (setOrder): read only.
	byOrder []int
}

// prepareLabels fills the label cache for every severity, outcome and due
// kind, so that the workers only read it.
func (b *builder) prepareLabels() {
	b.labels = map[string]string{}
	for _, v := range (riskassess.Severity("")).Allowed() {
		b.labels["sev\x00"+v] = riskassess.Severity(v).Label(b.lang)
	}
	for _, v := range outcomesInOrder {
		b.labels["out\x00"+string(v)] = v.Label(b.lang)
	}
	for _, v := range []riskassess.DueKind{riskassess.DueReview, riskassess.DueCertificate, riskassess.DueISMAP, riskassess.DueContractEnd,
		riskassess.DueApproval, riskassess.DueOnsiteCheck, riskassess.DuePassword, riskassess.DueRemediation, riskassess.DueReply,
		riskassess.DueConfirmation, riskassess.DueReport, riskassess.DueTermsCheck, riskassess.DuePlatformTerms} {
		b.labels["due\x00"+string(v)] = v.Label(b.lang)
	}
}

// sevLabel, outcomeLabel and dueLabel read the cache; values outside it
// (unknown spellings) are labelled directly.
func (b *builder) sevLabel(v riskassess.Severity) string {
	if s, ok := b.labels["sev\x00"+string(v)]; ok {
		return s
	}
	return v.Label(b.lang)
}

func (b *builder) outcomeLabel(v riskassess.Outcome) string {
	if s, ok := b.labels["out\x00"+string(v)]; ok {
		return s
	}
	return v.Label(b.lang)
}

func (b *builder) dueLabel(v riskassess.DueKind) string {
	if s, ok := b.labels["due\x00"+string(v)]; ok {
		return s
	}
	return v.Label(b.lang)
}

func key(k riskassess.Kind, id string) string { return string(k) + "/" + id }

// assemble builds every page of the site with its view data, sorted and
// deterministic.
func assemble(reg *riskassess.Register, assessments []riskassess.Assessment, opts *Options) ([]*page, error) {
	pages, _, err := assembleWith(reg, assessments, opts)
	return pages, err
}

// assembleWith is assemble, returning also the builder of the pages (its
// entries, rows and listed findings). What it derives from an entry whose
// key (Inputs.Entry) is the one in opts.prev, the entry's row and listed
// findings, is taken from opts.prev: Prepare sets it only when the
// settings are those of the site prev was made with.
func assembleWith(reg *riskassess.Register, assessments []riskassess.Assessment, opts *Options) ([]*page, *builder, error) {
	b := &builder{reg: reg, opts: opts, lang: opts.Lang, all: assessments, byKey: map[string]*riskassess.Assessment{}}
	at := map[*riskassess.Assessment]int{} // index in assessments, for opts.lists
	for i := range assessments {
		a := &assessments[i]
		if a.AsOf != opts.AsOf {
			return nil, nil, fmt.Errorf("the assessment of %s %q is as of %q, the site as of %s: assess the register as of Options.AsOf", a.Kind, a.EntryID, a.AsOf.String(), opts.AsOf)
		}
		b.byKey[key(a.Kind, a.EntryID)] = a
		if opts.lists != nil {
			at[a] = i
		}
	}
	ents := reg.Entries()
	slices.SortStableFunc(ents, func(x, y riskassess.Entry) int {
		if c := cmp.Compare(kindOrder(x.Kind()), kindOrder(y.Kind())); c != 0 {
			return c
		}
		return cmp.Compare(x.Base().ID, y.Base().ID)
	})
	b.pos = map[string]int{}
	b.prepareLabels()
	b.dates = newDateCache(b.dateStyle(), b.lang)
	for _, e := range ents {
		id := e.Base().ID
		if !fieldrule.ValidID(id) {
			return nil, nil, fmt.Errorf("%s: invalid entry id %q: use lower-case letters, digits and hyphens", e.Base().Source, id)
		}
		b.pos[key(e.Kind(), id)] = len(b.ents)
		b.ents = append(b.ents, e)
		b.asmts = append(b.asmts, b.byKey[key(e.Kind(), id)])
	}
	// What the lists show of each entry's findings: kept by assessLean,
	// else taken from the assessments given.
	// kept[i] is what the previous site derived from entry i, when its
	// key is unchanged.
	var kept []*derived
	if opts.prev != nil {
		kept = make([]*derived, len(b.ents))
		for i, e := range b.ents {
			if d, ok := opts.prev[key(e.Kind(), e.Base().ID)]; ok {
				if k, ok := opts.Inputs.Entry(e); ok && k == d.key {
					kept[i] = d
					b.kept++
				}
			}
		}
	}
	known := knownRequirements(opts.Requirements)
	if opts.found != nil {
		b.foundAt = make([]int32, len(b.ents))
		for i, a := range b.asmts {
			b.foundAt[i] = -1
			if a != nil {
				b.foundAt[i] = int32(at[a])
			}
		}
	}
	b.lists = make([][]listFinding, len(b.ents))
	for i, a := range b.asmts {
		switch {
		case kept != nil && kept[i] != nil:
			b.lists[i] = kept[i].list
		case a == nil:
		case opts.lists != nil:
			b.lists[i] = opts.lists[at[a]]
		default:
			b.lists[i] = listFindings(a.Findings, known, b.lang, nil)
		}
	}
	b.site = &siteView{
		OrgName:    reg.Org.Name.In(b.lang),
		AsOf:       opts.AsOf.String(),
		AsOfShown:  wareki.FormatStyle(opts.AsOf, cmp.Or(opts.Dates, reg.Org.DateStyle), opts.Lang),
		Public:     opts.Public,
		LiveReload: opts.LiveReload,
		lang:       b.lang,
		frames:     newFrames(),
	}
	if opts.Public {
		return b.publicPages(), b, nil
	}
	b.site.Title = tr(b.lang, "site")
	for _, k := range []string{"index", "register", "due", "plan", "owners", "approvals", "requirements", "accounts", "downloads"} {
		b.site.Menu = append(b.site.Menu, navItem{Key: k, Href: k + ".html", Label: tr(b.lang, "nav."+k)})
		if k == "approvals" && opts.Changes != nil {
			b.site.Menu = append(b.site.Menu, navItem{Key: "changes", Href: "changes.html", Label: tr(b.lang, "nav.changes")})
		}
		if k == "requirements" && len(reg.Lists) > 0 {
			b.site.Menu = append(b.site.Menu, navItem{Key: "public-lists", Href: "public-lists.html", Label: tr(b.lang, "nav.public-lists")})
		}
	}
	b.md = newMarkdown(opts.Extensions)
	b.notes = newNotesMemo(b.md)
	b.qtext = map[string]string{}
	b.questions = map[string]*riskassess.Question{}
	b.rtitle = map[string]string{}
	for _, r := range opts.Requirements {
		b.rtitle[r.ID] = r.Title.In(b.lang)
		if r.Question != nil {
			b.questions[r.Question.ID] = r.Question
			if t := r.Question.Text.In(b.lang); t != "" {
				b.qtext[r.Question.ID] = r.Question.ID + " " + t
			}
		}
	}
	b.rows = make([]entryRow, len(b.ents))
	for i, e := range b.ents {
		if kept != nil && kept[i] != nil {
			b.rows[i] = *kept[i].row
			continue
		}
		b.rows[i] = b.row(e, b.asmts[i])
	}
	b.setOrder()

	var pages []*page
	// add adds a page whose content writer is made by view in the worker
	// that renders it, and dropped when the page is written: no list's
	// view lives longer than its page's rendering.
	add := func(path, title, nav string, size int, view func(root string) func(hw) error) *page {
		p := &page{path: path, title: title, nav: nav, size: size, site: b.site, view: view}
		pages = append(pages, p)
		return p
	}
	// heavy adds a page made from every entry (renderAndWrite renders one
	// at a time).
	heavy := func(path, title, nav string, size int, view func(root string) func(hw) error) *page {
		p := add(path, title, nav, size, view)
		p.heavy = true
		return p
	}
	lang := b.lang
	// list adds a list page (generic: title, lead and the body that body
	// makes in the worker).
	list := func(path, nav, lead string, size int, body func() func(hw)) *page {
		title := tr(lang, "nav."+nav)
		return heavy(path, title, nav, size, func(string) func(hw) error { return noErr(generic(title, lead, body())) })
	}
	// The dashboard and the due page show the same due items: computed
	// once, by whichever of the two is rendered first, and let go when
	// the second has them.
	dashboard := shared(2, func() dashAndDue {
		d, overdue, upcoming := b.dashboard()
		return dashAndDue{d, [2][]dueRow{overdue, upcoming}}
	})
	index := heavy("index.html", tr(lang, "nav.index"), "index", 64<<10, func(root string) func(hw) error {
		dash := dashboard().dash
		return noErr(dashboardContent(lang, root, tr(lang, "nav.index"), b.site.OrgName, dash))
	})
	due := list("due.html", "due", tr(lang, "due.intro"), 1<<20, func() func(hw) {
		due := dashboard().due
		return dueContent(lang, due[0], due[1])
	})
	// Rendered one after the other: the due rows are let go after the
	// second (page.shares).
	index.shares, due.shares = due, index
	list("plan.html", "plan", tr(lang, "plan.intro"), 1<<20, func() func(hw) { return planContent(lang, b.plan()) })
	heavy("register.html", tr(lang, "nav.register"), "register", 900*len(b.rows)+8192, func(string) func(hw) error {
		return noErr(registerContent(lang, tr(lang, "nav.register"), b.registerOrder()))
	})
	for i, e := range b.ents {
		// The entry's view is built by the worker that renders the page.
		var p *page
		p = add(b.rows[i].Href, b.rows[i].Name, "register", 48<<10, func(root string) func(hw) error {
			return func(w hw) error {
				// The page's own builder records the other entries
				// it looks up (an incremental build's manifest).
				pb := *b
				var deps []string
				pb.deps = &deps
				buf := findingsPool.Get().(*[]riskassess.Finding)
				a := b.assessmentOf(i, *buf)
				ep, err := pb.entryPage(i, e, a)
				if err != nil {
					return err
				}
				p.deps = sortedDeps(deps)
				entryContent(lang, root, ep)(w)
				ep.release()
				if b.foundAt != nil && a != nil && a.Findings != nil {
					// Nothing of the page refers to the findings now.
					clear(a.Findings)
					*buf = a.Findings
				}
				findingsPool.Put(buf)
				return nil
			}
		})
		p.ent = e
	}
	list("owners.html", "owners", tr(lang, "owners.intro"), 600*len(b.rows)+8192, func() func(hw) { return ownersContent(lang, b.owners()) })
	list("approvals.html", "approvals", tr(lang, "approvals.intro"), 1<<20, func() func(hw) {
		return approvalsContent(lang, tr(lang, "nav.approvals"), b.approvals(), b.approvalRow)
	})
	if ch := opts.Changes; ch != nil {
		list("changes.html", "changes", changesIntro(lang, ch), 64<<10, func() func(hw) { return b.changesContent(ch) })
	}
	if len(reg.Lists) > 0 {
		list("public-lists.html", "public-lists", publicListsIntro(lang, reg.Org.PublicLists.MaxAge()), 2048*len(reg.Lists)+8192, b.publicListsContent)
	}
	reqs := b.requirements()
	heavy("requirements.html", tr(lang, "nav.requirements"), "requirements", 1024*len(reqs)+8192, func(root string) func(hw) error {
		return noErr(requirementsContent(lang, root, tr(lang, "nav.requirements"), reqs))
	})
	for i := range reqs {
		r := &reqs[i]
		p := add(r.Href, r.ID+" "+r.Title, "requirements", 300*len(r.hits)+8192, func(root string) func(hw) error {
			page := *r
			page.Failing = b.failing(r)
			return noErr(requirementContent(lang, root, &page))
		})
		// A requirement that many entries fail lists them as a list
		// page does (38 MB at 100,000 entries): heavy, so written out
		// in pieces rather than whole in a buffer, and not at the same
		// time as another.
		p.heavy = p.size > heavyPage
	}
	add("accounts.html", tr(lang, "nav.accounts"), "accounts", 16<<10, func(root string) func(hw) error {
		accounts := b.accountsPage(false)
		return noErr(accountsContent(lang, root, tr(lang, "nav.accounts"), &accounts))
	})
	dl, dlPages := b.downloads(assessments)
	add("downloads.html", tr(lang, "nav.downloads"), "downloads", 8<<10, func(string) func(hw) error {
		return noErr(downloadsContent(lang, tr(lang, "nav.downloads"), dl))
	})
	pages = append(pages, dlPages...)
	for _, g := range guides {
		b.site.Guides = append(b.site.Guides, navItem{Key: g.key, Href: g.page, Label: tr(lang, g.key)})
	}
	b.guidePages(func(path, title, nav string, size int, view func(root string) func(hw) error) {
		add(path, title, nav, size, view)
	})
	pages = append(pages, assetPages(opts, true)...)
	return pages, b, nil
}

// assessmentOf returns the whole assessment of entry i: with
// Options.Assess, the one the builder holds (without findings) with its
// findings unpacked from opts.found into buf when it has room (a copy of
// its own), else as given to Build; nil when not assessed.
func (b *builder) assessmentOf(i int, buf []riskassess.Finding) *riskassess.Assessment {
	if b.foundAt == nil || b.asmts[i] == nil {
		return b.asmts[i]
	}
	a := *b.asmts[i]
	a.Findings = b.opts.found.findings(int(b.foundAt[i]), buf)
	return &a
}

func (b *builder) publicPages() []*page {
	lang := b.lang
	b.site.Title = tr(lang, "site.public")
	for _, k := range []string{"index", "accounts", "services"} {
		b.site.Menu = append(b.site.Menu, navItem{Key: k, Href: k + ".html", Label: tr(lang, "nav."+k)})
	}
	var pages []*page
	add := func(path, title, nav string, content func(hw)) {
		pages = append(pages, &page{path: path, title: title, nav: nav, site: b.site,
			view: func(string) func(hw) error { return noErr(content) }})
	}
	accounts := b.accountsPage(true)
	add("index.html", tr(lang, "site.public"), "index", publicIndexContent(lang, tr(lang, "site.public")))
	add("accounts.html", tr(lang, "nav.accounts"), "accounts", accountsContent(lang, rootOf("accounts.html"), tr(lang, "nav.accounts"), &accounts))
	add("services.html", tr(lang, "nav.services"), "services", servicesContent(lang, tr(lang, "nav.services"), b.publicServices()))
	return append(pages, assetPages(b.opts, false)...)
}

// dashAndDue is the view of the dashboard and the due items of the due
// page (overdue, upcoming).
type dashAndDue struct {
	dash *dashboardPage
	due  [2][]dueRow
}

// shared returns a function that gives the value make returns to n
// calls: made by the first, let go after the n-th (later calls make it
// again), so that a view two pages show lives only between them.
func shared[T any](n int, make func() T) func() T {
	var mu sync.Mutex
	var v T
	left := 0
	return func() T {
		mu.Lock()
		defer mu.Unlock()
		if left == 0 {
			v, left = make(), n
		}
		left--
		r := v
		if left == 0 {
			var zero T
			v = zero
		}
		return r
	}
}

// noErr adapts a content writer that cannot fail.
func noErr(f func(hw)) func(hw) error { return func(w hw) error { f(w); return nil } }

// rootOf returns the relative prefix from path to the site root.
func rootOf(path string) string {
	return strings.Repeat("../", strings.Count(path, "/"))
}

func kindOrder(k riskassess.Kind) int {
	for i, x := range kindsInOrder {
		if x == k {
			return i
		}
	}
	return len(kindsInOrder)
}

// kindsInOrder and outcomesInOrder are riskassess.Kinds and Outcomes,
// asked once (sort comparators and every entry page use them).
var kindsInOrder, outcomesInOrder = riskassess.Kinds(), riskassess.Outcomes()

func (b *builder) section(id string) string {
	if s := b.reg.Org.Section(id); s != nil {
		return s.Name.In(b.lang)
	}
	return id
}

func (b *builder) person(id string) string {
	if p := b.reg.Org.Person(id); p != nil {
		return p.Name.In(b.lang)
	}
	return id
}

func (b *builder) position(id string) string {
	if p := b.reg.Org.Position(id); p != nil {
		return p.Title.In(b.lang)
	}
	return id
}

// approvalOn is the decision of a in force on asOf (Approval.InForceOn),
// and whether the entry was undecided then: a records a decision taken
// after asOf and its history none by then. The register page's status
// column and the dashboard's status counts use it.
func approvalOn(a riskassess.Approval, asOf riskassess.Date) (riskassess.Approval, bool) {
	in := a.InForceOn(asOf)
	return in, in.Status == "" && a.Status != ""
}

// recordedOn is the date of the approval record a: its decided_on, or for
// a request written without one the date its history gives it
// (Approval.RequestedOn).
func recordedOn(a riskassess.Approval) riskassess.Date {
	if !a.DecidedOn.IsZero() {
		return a.DecidedOn
	}
	return a.RequestedOn()
}

func (b *builder) row(e riskassess.Entry, a *riskassess.Assessment) entryRow {
	c := e.Base()
	r := entryRow{
		Kind:      e.Kind(),
		KindLabel: e.Kind().Label(b.lang),
		ID:        c.ID,
		Name:      c.Name.In(b.lang),
		Href:      "entries/" + string(e.Kind()) + "/" + c.ID + ".html",
		Section:   b.section(c.Owner.Section),
		Person:    b.person(c.Owner.Person),
		reading:   report.SortName(e),
	}
	// The decision in force on the site's date: one retired after it was
	// still approved then (riskassess.RecordOn decides the row likewise).
	if in, undecided := approvalOn(c.Approval, b.opts.AsOf); undecided {
		// Not the later decision: on the site's date there was none.
		d := b.iso(recordedOn(c.Approval))
		r.Status = l(b.lang, "未決定（"+d+" に"+c.Approval.Status.Label("ja")+"）",
			"Undecided ("+c.Approval.Status.Label("en")+" on "+d+")")
		r.StatusClass = "status-undecided"
	} else {
		r.Status, r.StatusClass = b.approvalLabel(in)
	}
	if s, ok := e.(*riskassess.Social); ok && c.Owner.Section == "" {
		r.Section = b.section(s.Responsible.Section)
		r.Person = b.person(s.Responsible.Person)
	}
	next := c.ReviewDue
	if a != nil && a.Residual != "" {
		r.Residual = a.Residual.Label(b.lang)
		r.ResidualClass = "risk-" + string(a.Residual)
		r.ResidualRank = a.Residual.Rank()
		if d := report.ShownDecision(e, a); d == report.DecisionRecord {
			r.Record = true
		} else {
			r.Decision = d.Label(b.lang)
			r.DecisionClass = "decision-" + string(d)
		}
		if a.ControlScore >= 0 { // NoControlScore (no requirement applies) stays "": shown as "—"
			r.Score = strconv.FormatFloat(a.ControlScore, 'f', 1, 64)
		}
		// The one review date (report.ShownNextReview); a rejected or
		// retired record has none, whatever review_due was left in its
		// file (its entry page shows none either), nor has an entry
		// retired ahead before its review falls due.
		next = report.ShownNextReview(e, a)
	} else {
		r.Residual = tr(b.lang, "notassessed")
		r.ResidualClass = "risk-none"
	}
	r.NextReview = b.iso(next)
	r.ReviewOverdue = !next.IsZero() && !b.opts.AsOf.IsZero() && next.Before(b.opts.AsOf)
	if a != nil && a.Review.Overdue {
		// Never reviewed nor decided: due on the as-of date, and overdue.
		r.ReviewOverdue = true
	}
	var lb bytes.Buffer
	w := hw{b: &lb}
	w.url(r.Href)
	w.raw(`">`)
	w.text(r.Name)
	w.raw(`</a>`)
	r.linkTail = lb.String()
	return r
}

func (b *builder) yesNo(p *bool) string {
	switch {
	case p == nil:
		return tr(b.lang, "unknown")
	case *p:
		return tr(b.lang, "yes")
	}
	return tr(b.lang, "no")
}

func (b *builder) flag(v bool) string {
	if v {
		return tr(b.lang, "yes")
	}
	return tr(b.lang, "no")
}

func (b *builder) dueRows(items []riskassess.DueItem, keep func(riskassess.DueItem) bool) []dueRow {
	var out []dueRow
	for _, d := range items {
		if keep != nil && !keep(d) {
			continue
		}
		out = append(out, b.dueRow(d))
	}
	return out
}

func (b *builder) dueRow(d riskassess.DueItem) dueRow {
	r := dueRow{Date: b.iso(d.Date), Shown: b.dateText(d.Date), Label: b.dueLabel(d.Kind), What: cmp.Or(d.Label.In(b.lang), d.What, d.Note.In(b.lang)), Section: b.section(d.Section), Overdue: d.Overdue}
	if i := b.index(d.EntryKind, d.EntryID); i >= 0 {
		r.Entry = &b.rows[i]
	} else {
		r.Entry = &entryRow{Name: d.EntryID}
	}
	return r
}

// index returns the position of entry (k, id) in b.ents, or -1.
func (b *builder) index(k riskassess.Kind, id string) int {
	if b.deps != nil {
		*b.deps = append(*b.deps, key(k, id))
	}
	if i, ok := b.pos[key(k, id)]; ok {
		return i
	}
	return -1
}

// sortDue sorts due rows by date, then entry (entryCmp: kind, reading,
// id), label and subject.
func (b *builder) sortDue(rows []dueRow) {
	byEntry := b.entryCmp()
	slices.SortStableFunc(rows, func(x, y dueRow) int {
		if c := strings.Compare(x.Date, y.Date); c != 0 {
			return c
		}
		if c := byEntry(x.Entry, y.Entry); c != 0 {
			return c
		}
		return cmp.Or(strings.Compare(x.Label, y.Label), strings.Compare(x.What, y.What))
	})
}

// entryCmp returns a comparison of entry rows in the register page's
// order: kind, then reading (report.SortName), then id. Lists whose
// first key is something else (a date, an outcome) break ties with it.
// The reading is computed once per entry by row (entryRow.reading): the
// entry pages sort their due items with it, so it must not cost a pass
// over the register per call.
//
// Two rows of the register (entryRow.order set) compare by their place in
// that order, computed once (setOrder): the lists sort hundreds of
// thousands of rows by entry, and the readings of a council's entries
// share long prefixes (株式会社…).
func (b *builder) entryCmp() func(x, y *entryRow) int {
	return func(x, y *entryRow) int {
		if x.order > 0 && y.order > 0 {
			return cmp.Compare(x.order, y.order)
		}
		return entryRowCmp(x, y)
	}
}

// entryRowCmp compares entry rows by kind, reading and id (entryCmp's
// order, computed from the rows' fields).
func entryRowCmp(x, y *entryRow) int {
	if x == y {
		return 0
	}
	if x.Kind != y.Kind {
		if c := cmp.Compare(kindOrder(x.Kind), kindOrder(y.Kind)); c != 0 {
			return c
		}
	}
	if c := strings.Compare(x.reading, y.reading); c != 0 {
		return c
	}
	return strings.Compare(x.ID, y.ID)
}

// entryOrder returns the indexes of b.ents in entryCmp order (read only:
// shared by the pages).
func (b *builder) entryOrder() []int { return b.byOrder }

// setOrder sorts the rows into the register page's order (entryRowCmp)
// and sets each row's order and b.byOrder. The order of a row taken from
// a previous site is replaced: entries may have come or gone since.
func (b *builder) setOrder() {
	idx := make([]int, len(b.rows))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(x, y int) int { return entryRowCmp(&b.rows[x], &b.rows[y]) })
	for k, i := range idx {
		b.rows[i].order = k + 1
	}
	b.byOrder = idx
}

// approvalLabel returns the label and badge class of approval ap as of the
// site's date: an approval (or conditional approval) whose valid_until has
// passed is shown as expired, never as 承認.
func (b *builder) approvalLabel(ap riskassess.Approval) (label, class string) {
	if ap.LapsedOn(b.opts.AsOf) {
		d := b.iso(ap.ValidUntil)
		return l(b.lang, "承認の有効期限切れ（"+d+"）", "Approval expired ("+d+")"), "status-expired"
	}
	return ap.Status.Label(b.lang), "status-" + string(ap.Status)
}

// registerOrder returns the rows of the register page in entryOrder:
// kinds in the register's order, and within a kind by the entry's reading
// (report.SortName), then by id, so a council's list reads in 五十音
// order wherever a reading is recorded.
func (b *builder) registerOrder() []entryRow {
	idx := b.entryOrder()
	out := make([]entryRow, len(idx))
	for i, j := range idx {
		out[i] = b.rows[j]
	}
	return out
}
