package store

import (
	"fmt"
	"math"
	"net/url"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gikai-sec/riskregister/internal/legalname"
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/fieldrule"
	"github.com/gikai-sec/riskregister/riskassess/wareki"
	"go.yaml.in/yaml/v3"
)

// checker runs the checks of one file that go beyond types: required
// fields, 法人番号, duplicate ids. It records references to other files
// (sections, people, contractors …) for checkRefs.
type checker struct {
	file string
	root *yaml.Node
	errs []*Error
	refs []ref
}

// refTarget is what a reference points at.
type refTarget int

const (
	toSection refTarget = iota
	toPerson
	toPosition
	toContractor
	toConfidentiality
	toIntegrity
	toAvailability
	// toAccount is the URL of a social account in use (accountKey): no
	// two entries may hold the same account.
	toAccount
	// toContractorNumber is a service's provider.corporate_number given
	// with its provider.contractor (value: contractor id, NUL, number): it
	// must be that contractor's corporate_number.
	toContractorNumber
	// toContractorName is a service's provider.name given with its
	// provider.contractor (value: contractor id, NUL, name): it must name
	// that contractor's legal_name (legalname.Same).
	toContractorName
	// toMyNumberClass is the confidentiality level of information flagged
	// my_number (a service's class, a contract's information item): it
	// must rank 2 or more in the scheme (myNumberClassError).
	toMyNumberClass
	// toSubcontractorSites is a subcontractor recorded by contractor id
	// whose name and scope say nothing of abroad
	// (riskassess.SubcontractorAbroad): that contractor's file must have
	// no work site or subcontractor abroad (subcontractorSitesError), which
	// the referring contractor's assessment cannot read.
	toSubcontractorSites
	// toSubcontractorNameSites is a subcontractor given by name only
	// (value: the name) whose name and scope say nothing of abroad: when
	// the name is a registered contractor's legal_name (legalname.Same),
	// that contractor's file is checked as toSubcontractorSites checks
	// one recorded by id.
	toSubcontractorNameSites
)

// ref is a reference from one file to an id defined elsewhere.
type ref struct {
	file      string
	line, col int
	target    refTarget
	value     string
	field     string
}

// p is a path into a YAML document: string keys and int indices.
type p []any

func (q p) String() string {
	var b strings.Builder
	for _, x := range q {
		switch x := x.(type) {
		case string:
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(x)
		case int:
			b.WriteString("[" + strconv.Itoa(x) + "]")
		}
	}
	return b.String()
}

func deref(n *yaml.Node) *yaml.Node {
	for i := 0; i < 16 && n != nil && n.Kind == yaml.AliasNode; i++ {
		n = n.Alias
	}
	return n
}

// at returns the position of the value at path, or, when it is absent, of
// the key of its deepest present ancestor (the document start when none);
// found reports whether the value is present.
func (c *checker) at(path p) (line, col int, found bool) {
	line, col, _, found = c.find(path)
	return line, col, found
}

// find is at that also returns the value node when it is present.
func (c *checker) find(path p) (line, col int, value *yaml.Node, found bool) {
	n := c.root
	line, col = n.Line, n.Column
	for _, x := range path {
		n = deref(n)
		if n == nil {
			return line, col, nil, false
		}
		var next, key *yaml.Node
		switch x := x.(type) {
		case string:
			if n.Kind != yaml.MappingNode {
				// A value of the wrong type is "present": the decoder
				// has reported it.
				return line, col, nil, !isNull(n)
			}
			for i := 0; i+1 < len(n.Content); i += 2 {
				if n.Content[i].Value == x {
					key, next = n.Content[i], n.Content[i+1]
				}
			}
		case int:
			if n.Kind != yaml.SequenceNode || x >= len(n.Content) {
				return line, col, nil, n.Kind != yaml.SequenceNode && !isNull(n)
			}
			key, next = n.Content[x], n.Content[x]
		}
		if next == nil {
			return line, col, nil, false
		}
		line, col = key.Line, key.Column
		n = next
	}
	if n != nil {
		line, col = n.Line, n.Column
	}
	return line, col, deref(n), true
}

// errorf records an error at path with the message in English and Japanese.
func (c *checker) errorf(path p, code Code, err error, en, ja string) {
	l, col, _ := c.at(path)
	e := newError(c.file, l, col, code, en, ja)
	e.Path = path.String()
	e.Err = err
	c.add(e)
}

// add records e, up to maxErrors errors and the CodeTooMany error that
// ends the list (decodeFile caps the file's errors as a whole).
func (c *checker) add(e *Error) {
	switch {
	case len(c.errs) > maxErrors:
		return
	case len(c.errs) == maxErrors:
		e = tooMany(c.file, e.Line, e.Col)
	}
	c.errs = append(c.errs, e)
}

// require reports a missing required field when v is empty: absent, or
// present as null, "" or only spaces (`country: ""` decodes without error
// and would be scored as a country other than JP, `contract_type: ~` as a
// service that is not on terms of service).
func (c *checker) require(v string, path p) {
	if !blankText(v) {
		return
	}
	l, col, n, found := c.find(path)
	if found && !blankScalar(n, v) {
		return // present but not decoded: the decoder reported why
	}
	e := newError(c.file, l, col, CodeMissingField,
		fmt.Sprintf("missing required field %q", path.String()),
		fmt.Sprintf("必須項目 %q がありません", path.String()))
	e.Path = path.String()
	c.add(e)
}

// blankText reports whether v shows nothing: it is empty or holds only
// white space and invisible characters (format characters such as U+200B,
// U+2060, U+00AD, U+FEFF, and the Hangul and Braille blanks). A name made
// of them would be an invisible link on the site.
func blankText(v string) bool {
	for _, r := range v {
		switch {
		case unicode.IsSpace(r), unicode.Is(unicode.Cf, r):
		case r == '\u115F', r == '\u1160', r == '\u3164', r == '\uFFA0', r == '\u2800':
		default:
			return false
		}
	}
	return true
}

// blankScalar reports whether n, decoded as v, is a scalar that holds
// nothing: null, "", or only white space (full-width spaces included) or
// invisible characters (blankText) that decoded as itself. Spaces that did not decode (a bad enum value) have
// been reported by the decoder.
func blankScalar(n *yaml.Node, v string) bool {
	if n == nil || n.Kind != yaml.ScalarNode {
		return false
	}
	return isNull(n) || n.Value == "" || (v != "" && n.Value == v)
}

func (c *checker) ref(t refTarget, v string, path p) {
	if v == "" {
		return
	}
	l, col, _ := c.at(path)
	c.refs = append(c.refs, ref{file: c.file, line: l, col: col, target: t, value: v, field: path.String()})
}

// what names a kind of thing in English and Japanese.
type what struct{ en, ja, key string }

var (
	whatSection  = what{"section", "課", "id"}
	whatPosition = what{"position", "役職", "id"}
	whatPerson   = what{"person", "職員", "id"}
	whatContract = what{"contract", "契約", "id"}
	whatClause   = what{"clause", "条項", "id"}
	whatRound    = what{"questionnaire round", "確認票の回", "name"}
)

// duplicateID records that the id at path was already used at line first.
func (c *checker) duplicateID(path p, w what, id string, first int) {
	c.errorf(path, CodeDuplicateID, nil,
		fmt.Sprintf("duplicate %s %s %q (first at line %d): give each a distinct %s", w.en, w.key, id, first, w.key),
		fmt.Sprintf("%sの %s %q が重複しています（最初は %d 行目）。それぞれ別の %s にしてください", w.ja, w.key, id, first, w.key))
}

// unique reports ids that occur twice; ids[i] is at path base[i].field.
func (c *checker) unique(w what, ids []string, base p, field string) {
	at := func(i int) p { return append(base[:len(base):len(base)], i, field) }
	first := map[string]int{}
	for i, id := range ids {
		if id == "" {
			continue
		}
		if j, dup := first[id]; dup {
			l, _, _ := c.at(at(j))
			c.duplicateID(at(i), w, id, l)
			continue
		}
		first[id] = i
	}
}

// ids returns id(x) for every x in xs.
func ids[T any](xs []T, id func(T) string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = id(x)
	}
	return out
}

func (c *checker) owner(o riskassess.Owner, base string) {
	c.ref(toSection, o.Section, p{base, "section"})
	c.ref(toPerson, o.Person, p{base, "person"})
	c.ref(toPosition, o.Position, p{base, "position"})
}

func (c *checker) class(cl riskassess.Classification, path p) {
	c.ref(toConfidentiality, cl.Confidentiality, append(path[:len(path):len(path)], "confidentiality"))
	c.ref(toIntegrity, cl.Integrity, append(path[:len(path):len(path)], "integrity"))
	c.ref(toAvailability, cl.Availability, append(path[:len(path):len(path)], "availability"))
}

// link checks that the value at path is a safe link: an http(s) URL, a
// relative path inside the published site or plain text, not a
// javascript:, vbscript:, data: or file: URL, nor a path that leaves the
// site (fieldrule.LinkLeavesSite: "/etc/passwd", "../../x"). Browsers ignore spaces and control characters inside a
// scheme, so they are removed before the check. A date alone (2026-04-01,
// 令和8年4月1日) is no link nor a document's name: listed_on, named as
// the register's dates are (decided_on, terms_checked_on), was written
// with the day of the listing, and SNS-02 counted that as the listing page
// recorded (met).
func (c *checker) link(v string, path p) {
	if v == "" {
		return
	}
	if wareki.DateAlone(v) {
		en, ja := "", ""
		if path.String() == "listed_on" {
			en, ja = " (listed_on is the address of the council's page that lists the account, not the day it was listed)",
				"（listed_on はアカウントを掲載した議会のページの URL で、掲載した日ではありません）"
		}
		c.errorf(path, CodeBadURL, nil,
			fmt.Sprintf("%s holds a date, %s, not a link: write the URL of the page (https://…) or the document's name%s", path, quoted(v, "en"), en),
			fmt.Sprintf("%s に日付 %s が書かれています。リンクの項目です。ページの URL（https://…）か文書名を書いてください%s", path, quoted(v, "ja"), ja))
		return
	}
	s := strings.Map(func(r rune) rune {
		if r <= ' ' || r == 0x7f {
			return -1
		}
		return unicode.ToLower(r)
	}, v)
	for _, scheme := range unsafeSchemes {
		if strings.HasPrefix(s, scheme) {
			c.errorf(path, CodeBadURL, nil,
				fmt.Sprintf("unsafe link %s in %s: %s URLs are not allowed; write an http:// or https:// URL or a relative path", quoted(v, "en"), path, scheme),
				fmt.Sprintf("%s のリンク %s は使えません（%s の URL は不可）。http:// か https:// で始まる URL、または相対パスを書いてください", path, quoted(v, "ja"), scheme))
			return
		}
	}
	if web := strings.Map(riskassess.NarrowRune, strings.TrimLeftFunc(s, unicode.IsSpace)); strings.HasPrefix(web, "http:") || strings.HasPrefix(web, "https:") {
		// An http(s) URL mistyped (https:/x, https:x, a full-width
		// scheme) is neither a link nor a document's name: the site
		// showed it as plain text, with no warning. So did one with a
		// space before or after it (copied with the cell's padding).
		if strings.TrimSpace(v) != v {
			c.errorf(path, CodeBadURL, nil,
				fmt.Sprintf("link %s in %s has a space before or after the URL; the site would show it as text, not as a link: remove the space", quoted(v, "en"), path),
				fmt.Sprintf("%s のリンク %s の前後に空白があります（サイトではリンクにならず文字として表示されます）。空白を削除してください", path, quoted(v, "ja")))
			return
		}
		half := strings.HasPrefix(s, "http:") || strings.HasPrefix(s, "https:")
		u, err := url.Parse(v)
		if half && err != nil {
			// The scheme and // are right, but a character is not
			// (100%.pdf, a space in the host): say which, not "no host".
			c.errorf(path, CodeBadURL, nil,
				fmt.Sprintf("malformed link %s in %s: a %% not followed by two hex digits, or a space or other character not allowed in the host or port; write %% as %%25, or the document's name only", quoted(v, "en"), path),
				fmt.Sprintf("%s のリンク %s は URL として読めません（%% の後が16進数2桁でないか、ホスト名・ポートに空白など使えない文字があります）。%% は %%25 と書くか、文書名だけを書いてください", path, quoted(v, "ja")))
			return
		}
		if !half || err != nil || u.Host == "" {
			c.errorf(path, CodeBadURL, nil,
				fmt.Sprintf("malformed link %s in %s: no host after http:// or https://, or the scheme typed in full width; write the URL in half width, e.g. https://www.example.jp/x.pdf, or the document's name only", quoted(v, "en"), path),
				fmt.Sprintf("%s のリンク %s は URL として読めません（http:// か https:// の後にホスト名がないか、全角で書かれています）。https://www.example.jp/x.pdf のように半角で書くか、文書名だけを書いてください", path, quoted(v, "ja")))
			return
		}
		if c.userPart(u, v, path) {
			return
		}
	}
	if fieldrule.LinkLeavesSite(v) {
		c.errorf(path, CodeBadURL, nil,
			fmt.Sprintf("unsafe link %s in %s: a path starting with / or climbing with .. above the top folder of the published site leaves the site (it can open a local file); write a path inside the site, e.g. docs/keiyaku.pdf, or an https:// URL", quoted(v, "en"), path),
			fmt.Sprintf("%s のリンク %s は使えません。/ で始まるパスや、.. で公開サイトの最上位フォルダより上に出るパスはサイトの外（手元のファイルなど）を指します。サイト内の相対パス（例: docs/keiyaku.pdf）か https:// の URL を書いてください", path, quoted(v, "ja")))
	}
}

// userPart reports, with an error at path, an http(s) URL u (written v)
// with a user or password before an @ in its host part
// (https://x.com@evil.example/chofu_gikai, https://user@x.com/...):
// browsers open the host after the @, so a published link went to
// evil.example while the register read x.com, and the handle check of a
// social account saw an unknown host and compared nothing. The message
// names the host opened and the URL without the user part.
func (c *checker) userPart(u *url.URL, v string, path p) bool {
	if u.User == nil {
		return false
	}
	fixed := *u
	fixed.User = nil
	user := u.User.String()
	c.errorf(path, CodeBadURL, nil,
		fmt.Sprintf("link %s in %s has a user part before @ (%s@): browsers skip it and open the host after the @, %s; remove it and the @ (%s), and check that this is the page meant (for a page of the site written before the @, write that page's own address)", quoted(v, "en"), path, user, u.Hostname(), fixed.String()),
		fmt.Sprintf("%s のリンク %s には @ の前にユーザー名の部分（%s@）があります。ブラウザはこの部分を読まずに @ の後のホスト %s を開きます。@ とその前を削除し（%s）、目的のページか確かめてください（@ の前に書いたサイトのページのつもりなら、そのページの URL を書いてください）", path, quoted(v, "ja"), user, u.Hostname(), fixed.String()))
	return true
}

// country checks that the value at path is an assigned ISO 3166-1 alpha-2
// code in capitals. Scoring counts every location that is not "JP" as
// abroad, so 日本, Japan, JPN, ＪＰ or jp would silently score as data kept
// abroad: they are refused, with the code to write when the spelling is
// known (riskassess.CountryReplacement).
func (c *checker) country(v string, path p) {
	if v == "" || riskassess.ValidCountry(v) {
		return
	}
	l, col, _ := c.at(path)
	var e *Error
	if code, ok := riskassess.CountryReplacement(v); ok {
		e = newError(c.file, l, col, CodeBadEnum,
			fmt.Sprintf("bad country %s in %s: write the ISO 3166-1 alpha-2 code %s", quoted(v, "en"), path, code),
			fmt.Sprintf("%s の国 %s は使えません。ISO 3166-1 の2文字の国コードで %s と書いてください", path, quoted(v, "ja"), code))
		e.Replacement = code
	} else {
		e = newError(c.file, l, col, CodeBadEnum,
			fmt.Sprintf("bad country %s in %s: want an ISO 3166-1 alpha-2 code in capitals, e.g. JP, US, IE", quoted(v, "en"), path),
			fmt.Sprintf("%s の国 %s は使えません。ISO 3166-1 の2文字の国コードを大文字で書いてください（例: JP、US、IE）", path, quoted(v, "ja")))
	}
	e.Path = path.String()
	c.errs = append(c.errs, e)
}

// handle refuses an account handle typed with the Japanese input method
// on: in full-width letters, digits, ＠ or ＿ (＠ｃｈｏｆｕ＿ｇｉｋａｉ), or
// with a space before or after it (a full-width space stays in a YAML
// value). No platform has such a handle, and the public list of official
// accounts, which citizens check an account against, would show one that
// is not the account's. A name in Japanese is left alone.
func (c *checker) handle(v string, path p) {
	fixed := strings.TrimFunc(v, unicode.IsSpace)
	ascii := true
	fixed = strings.Map(func(r rune) rune {
		r = riskassess.NarrowRune(r)
		if r > unicode.MaxASCII {
			ascii = false
		}
		return r
	}, fixed)
	if !ascii {
		// A name in Japanese: only the spaces around it, a ＠ and the
		// account name after it (調布市議会（＠ｃｈｏｆｕ＿ｇｉｋａｉ）).
		fixed = foldAtName(strings.ReplaceAll(strings.TrimFunc(v, unicode.IsSpace), "＠", "@"))
	}
	if fixed == v || fixed == "" {
		return
	}
	e := newError(c.file, 0, 0, CodeBadValue,
		fmt.Sprintf("account handle %s is in full-width characters or has a space around it, which no platform's handle has: write %s", quoted(v, "en"), strconv.Quote(fixed)),
		fmt.Sprintf("アカウント名 %s が全角文字か、前後に空白があります（どのサービスのアカウント名にもありません）。%s と書いてください", quoted(v, "ja"), strconv.Quote(fixed)))
	e.Line, e.Col, _ = c.at(path)
	e.Path = path.String()
	e.Replacement = fixed
	c.errs = append(c.errs, e)
}

// foldAtName returns s with the full-width letters, digits and ＿ ． －
// of each run after an @ as ASCII: @ｃｈｏｆｕ＿ｇｉｋａｉ is @chofu_gikai.
func foldAtName(s string) string {
	var b strings.Builder
	after := false
	for _, r := range s {
		if after {
			switch {
			case r >= 'Ａ' && r <= 'Ｚ', r >= 'ａ' && r <= 'ｚ', r >= '０' && r <= '９', r == '＿', r == '．', r == '－':
				r = riskassess.NarrowRune(r)
			case r < utf8.RuneSelf && (r == '_' || r == '.' || r == '-' || unicode.IsLetter(r) || unicode.IsDigit(r)):
			default:
				after = false
			}
		}
		if r == '@' {
			after = true
		}
		b.WriteRune(r)
	}
	return b.String()
}

// accountHandle is the form of a handle that is an account name (ASCII,
// with or without @); a name in Japanese is not compared with the URL.
// It is also the form of an account name in a path segment after a
// prefix (/pg/NAME, /_u/NAME) or in a screen_name parameter.
var accountHandle = regexp.MustCompile(`^@?[A-Za-z0-9._-]+$`)

// atAccount finds an account name after @ in a handle that is a name in
// Japanese: 調布市議会（@chofu_gikai）. The @ follows no ASCII letter, digit
// or . _ - (an e-mail address is no account name).
var atAccount = regexp.MustCompile(`(?:^|[^A-Za-z0-9._-])@([A-Za-z0-9._-]+)`)

// youTubeHandle reports whether h is a YouTube handle in any script:
// @ and then letters, digits, ., _ or - only (@調布市議会).
func youTubeHandle(h string) bool {
	name, ok := strings.CutPrefix(h, "@")
	return ok && name != "" && !strings.ContainsFunc(name, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != '_' && r != '-'
	})
}

// embeddedAccount returns the one account name after @ in handle h (see
// atAccount), "" when it has none or more than one.
func embeddedAccount(h string) string {
	m := atAccount.FindAllStringSubmatch(h, 2)
	if len(m) != 1 {
		return ""
	}
	return m[0][1]
}

// facebookOldPage is the form of an old Facebook page address: the page's
// title with hyphens and its numeric id (facebook.com/Chofu-City-Council-123456789012345),
// which names no username to compare with a handle.
var facebookOldPage = regexp.MustCompile(`-[0-9]{8,}$`)

// pageKind is what a page on a platform's host is when it is not an
// account's page: the public list of official accounts links the handle to
// the url, so a hashtag page, a search, one post, a list, a group or a
// share link there would be shown as the council's account.
type pageKind uint8

const (
	accountPage   pageKind = iota // an account's page, or a page of the platform not known to be another thing
	hashtagPage                   // a hashtag page
	searchPage                    // a search (or explore) page
	postPage                      // one post, video, article, photo or story
	listPage                      // a list, playlist or magazine
	communityPage                 // a group, community or event
	sharePage                     // a share, post or message (intent) link
	sitePage                      // a page of the platform itself: login, settings, inbox, home
)

// label returns the name of the kind of page in lang ("" for accountPage).
func (k pageKind) label(lang riskassess.Lang) string {
	ja := lang == riskassess.LangJa
	switch k {
	case hashtagPage:
		return pick(ja, "ハッシュタグのページ", "a hashtag page")
	case searchPage:
		return pick(ja, "検索・おすすめのページ", "a search or explore page")
	case postPage:
		return pick(ja, "一つの投稿（動画・記事・写真）のページ", "the page of a single post (a video, an article, a photo)")
	case listPage:
		return pick(ja, "リスト（再生リスト・マガジン）のページ", "a list (a playlist, a magazine)")
	case communityPage:
		return pick(ja, "グループ・コミュニティ・イベントのページ", "a group, community or event page")
	case sharePage:
		return pick(ja, "共有・投稿・メッセージ用のリンク", "a share, post or message (intent) link")
	case sitePage:
		return pick(ja, "プラットフォーム自体のページ（ログイン・設定・ホームなど）", "a page of the platform itself (login, settings, home)")
	}
	return ""
}

// pick returns j when ja, e otherwise.
func pick(ja bool, j, e string) string {
	if ja {
		return j
	}
	return e
}

// urlAccount returns the platform of a URL on a known host, the account
// name its path shows, without a leading @ ("" when the path shows none:
// a YouTube /channel/ID, a Facebook profile.php?id=, any LINE URL, …), and
// what the page is when it is not an account's page (a hashtag page, a
// search, a single post, a list, a group, a share link). An X follow link
// names the account in its screen_name, an old address (twitter.com/#!/NAME)
// after its #!. A page of a known platform that is neither is taken as an
// account's page (a new path is not refused).
func urlAccount(u string) (riskassess.Platform, string, pageKind) {
	pu, err := url.Parse(strings.TrimSpace(u))
	if err != nil {
		return "", "", accountPage
	}
	// A host typed in full width (ｘ.com) or with a trailing dot (x.com.)
	// is the same host to a browser.
	host := riskassess.NormalHost(pu.Hostname())
	pl, ok := riskassess.PlatformOfHost(host)
	if !ok {
		return "", "", accountPage
	}
	path := pu.Path
	if strings.Trim(path, "/") == "" && strings.HasPrefix(pu.Fragment, "!/") {
		// An old address, twitter.com/#!/NAME: the page is after #!.
		path = pu.Fragment[1:]
	}
	var segs []string
	for _, s := range strings.Split(path, "/") {
		if s != "" {
			segs = append(segs, s)
		}
	}
	if len(segs) == 0 {
		return pl, "", accountPage
	}
	first := segs[0]
	// seg is the i-th segment in lower case, "" past the end.
	seg := func(i int) string {
		if i < len(segs) {
			return strings.ToLower(segs[i])
		}
		return ""
	}
	// second is the account a /pg/NAME or /_u/NAME path names, when simple.
	second := func() string {
		if len(segs) >= 2 && accountHandle.MatchString(segs[1]) {
			return strings.TrimPrefix(segs[1], "@")
		}
		return ""
	}
	switch pl {
	case riskassess.PlatformYouTube:
		if host == "youtu.be" {
			// youtu.be/ID is a link to one video.
			return pl, "", postPage
		}
		switch seg(0) {
		case "watch", "shorts", "live", "embed", "v", "clip", "post":
			return pl, "", postPage
		case "playlist":
			return pl, "", listPage
		case "results", "feed":
			return pl, "", searchPage
		case "hashtag":
			return pl, "", hashtagPage
		}
		if strings.HasPrefix(first, "@") {
			return pl, first[1:], accountPage
		}
		return pl, "", accountPage
	case riskassess.PlatformTikTok:
		switch seg(0) {
		case "tag":
			return pl, "", hashtagPage
		case "search", "discover", "explore", "foryou":
			return pl, "", searchPage
		case "video", "embed", "music":
			return pl, "", postPage
		}
		if strings.HasPrefix(first, "@") {
			switch seg(1) {
			case "video", "photo":
				return pl, first[1:], postPage
			}
			// @NAME/live is the account's own live page, as YouTube's
			// /@NAME/live: the account's page.
			return pl, first[1:], accountPage
		}
		return pl, "", accountPage
	case riskassess.PlatformLINE:
		// An official account has a basic ID (@123abcde) and may have a
		// premium ID, both valid for it: the ID in the URL need not be
		// the handle's, so only the platform is compared.
		switch host {
		case "linevoom.line.me", "timeline.line.me":
			// linevoom.line.me/post/ID is a post, /user/ID the account's.
			if seg(0) == "post" {
				return pl, "", postPage
			}
			return pl, "", accountPage
		case "line.me":
		default:
			return pl, "", accountPage
		}
		i := 0 // the segment after line.me/R/, if any
		if seg(0) == "r" {
			i = 1
		}
		switch seg(i) {
		case "ti":
			if seg(i+1) == "g" || seg(i+1) == "g2" {
				// A group invitation or an OpenChat room.
				return pl, "", communityPage
			}
		case "msg", "share", "oamessage", "nv":
			return pl, "", sharePage
		}
		return pl, "", accountPage
	case riskassess.PlatformFacebook:
		if host == "fb.watch" {
			// fb.watch/ID is a link to one video.
			return pl, "", postPage
		}
		switch seg(0) {
		case "pg":
			first = second()
		case "profile.php", "pages", "people", "p":
			// A profile by id, an old page address, a page of a person,
			// a page by title and id: accounts that show no name.
			return pl, "", accountPage
		case "groups", "events":
			return pl, "", communityPage
		case "share", "sharer", "sharer.php", "dialog":
			return pl, "", sharePage
		case "watch", "story.php", "permalink.php", "photo.php", "photo", "photos", "reel", "reels", "stories", "video.php", "videos":
			return pl, "", postPage
		case "media":
			// media/set/?set=a.ID: an album.
			return pl, "", listPage
		case "hashtag":
			return pl, "", hashtagPage
		case "search":
			return pl, "", searchPage
		case "login", "login.php", "home.php", "settings", "messages", "notifications", "marketplace", "gaming":
			return pl, "", sitePage
		}
		if facebookOldPage.MatchString(first) {
			return pl, "", accountPage
		}
		if first != "" && len(segs) >= 3 {
			switch seg(1) {
			case "posts", "videos", "photos", "permalink":
				// NAME/posts/ID, NAME/videos/ID: one post of the account.
				return pl, strings.TrimPrefix(first, "@"), postPage
			}
		}
	case riskassess.PlatformX:
		switch seg(0) {
		case "intent":
			// A follow button's link, /intent/follow?screen_name=NAME
			// (or /intent/user), names the account in the query.
			switch seg(1) {
			case "follow", "user":
				if sn := pu.Query().Get("screen_name"); sn != "" && accountHandle.MatchString(sn) {
					return pl, strings.TrimPrefix(sn, "@"), accountPage
				}
				return pl, "", accountPage
			}
			return pl, "", sharePage
		case "share", "compose":
			return pl, "", sharePage
		case "i":
			switch seg(1) {
			case "user":
				// x.com/i/user/ID: an account by its number.
				return pl, "", accountPage
			case "lists":
				return pl, "", listPage
			case "communities", "spaces", "events", "broadcasts":
				return pl, "", communityPage
			case "web", "status":
				return pl, "", postPage
			}
			return pl, "", sitePage
		case "search", "explore":
			return pl, "", searchPage
		case "hashtag":
			return pl, "", hashtagPage
		case "home", "login", "signup", "settings", "messages", "notifications", "tos", "privacy":
			return pl, "", sitePage
		}
		switch seg(1) {
		case "status", "statuses":
			return pl, strings.TrimPrefix(first, "@"), postPage
		case "lists":
			if len(segs) >= 3 {
				return pl, strings.TrimPrefix(first, "@"), listPage
			}
		}
	case riskassess.PlatformInstagram:
		switch seg(0) {
		case "_u":
			// instagram.com/_u/NAME opens NAME's profile in the app.
			first = second()
		case "p", "reel", "reels", "tv", "stories":
			return pl, "", postPage
		case "explore":
			if seg(1) == "tags" {
				return pl, "", hashtagPage
			}
			return pl, "", searchPage
		case "accounts", "direct":
			return pl, "", sitePage
		}
		switch seg(1) {
		case "p", "reel", "tv":
			// instagram.com/NAME/p/ID: one post of the account.
			return pl, strings.TrimPrefix(first, "@"), postPage
		}
	case riskassess.PlatformNote:
		// note.com/NAME names the account; an article (/NAME/n/KEY) and a
		// magazine (/NAME/m/KEY) are its posts and lists.
		switch seg(0) {
		case "hashtag":
			return pl, "", hashtagPage
		case "search", "topic", "topics", "interests":
			return pl, "", searchPage
		case "contests":
			return pl, "", communityPage
		case "n":
			return pl, "", postPage
		case "m":
			return pl, "", listPage
		case "login", "signup", "settings", "sitesettings", "notifications", "premium", "dashboard":
			return pl, "", sitePage
		}
		switch seg(1) {
		case "n":
			return pl, strings.TrimPrefix(first, "@"), postPage
		case "m":
			return pl, strings.TrimPrefix(first, "@"), listPage
		}
	}
	return pl, strings.TrimPrefix(first, "@"), accountPage
}

// accountPageURL returns the address of the page of the account named
// name (ASCII, without @) on platform pl, "" for a platform with no one
// form of it.
func accountPageURL(pl riskassess.Platform, name string) string {
	switch pl {
	case riskassess.PlatformX:
		return "https://x.com/" + name
	case riskassess.PlatformInstagram:
		return "https://www.instagram.com/" + name + "/"
	case riskassess.PlatformFacebook:
		return "https://www.facebook.com/" + name
	case riskassess.PlatformYouTube:
		return "https://www.youtube.com/@" + name
	case riskassess.PlatformTikTok:
		return "https://www.tiktok.com/@" + name
	case riskassess.PlatformNote:
		return "https://note.com/" + name
	case riskassess.PlatformLINE:
		return "https://line.me/R/ti/p/@" + name
	}
	return ""
}

// sameAccount reports whether an ASCII handle names the account name of
// a URL on platform pl: case aside, with or without @, and for Facebook,
// which ignores them in usernames, dots aside.
func sameAccount(pl riskassess.Platform, handle, name string) bool {
	h := strings.TrimPrefix(handle, "@")
	if pl == riskassess.PlatformFacebook {
		h, name = strings.ReplaceAll(h, ".", ""), strings.ReplaceAll(name, ".", "")
	}
	return strings.EqualFold(h, name)
}

// accountURL refuses a social account whose url is an account page of
// another platform, or of another account than its handle: the public list
// of official accounts shows the handle and links it to the url, so
// citizens checking "@chofu_gikai" were sent to the account the url names
// (a url copied from another entry, a typo), the impersonation the list is
// there to prevent. Only known hosts are compared, with an ASCII handle, a
// YouTube handle in any script (@調布市議会) or the one @name in a handle
// in Japanese (調布市議会（@chofu_gikai）).
func (c *checker) accountURL(pl riskassess.Platform, handle, u string) {
	if v := strings.TrimSpace(u); !strings.Contains(v, ":") && !strings.HasPrefix(v, "/") {
		// x.com/NAME without https:// is no URL: the site read it as a
		// path inside itself (a broken link, and no link in the public
		// list), and it was compared with no handle.
		if upl, _, _ := urlAccount("https://" + v); upl != "" {
			fixed := "https://" + v
			e := newError(c.file, 0, 0, CodeBadURL,
				fmt.Sprintf("url %s has no https://: the site would read it as a page of its own, not the account's; write %s", quoted(u, "en"), strconv.Quote(fixed)),
				fmt.Sprintf("url %s に https:// がありません（サイトではアカウントのページではなく、サイト内のページへのリンクになります）。%s と書いてください", quoted(u, "ja"), strconv.Quote(fixed)))
			e.Line, e.Col, _ = c.at(p{"url"})
			e.Path = "url"
			e.Replacement = fixed
			c.add(e)
			return
		}
	}
	upl, name, kind := urlAccount(u)
	if upl == "" {
		return
	}
	if pl != "" && pl != riskassess.PlatformOther && pl.Valid() && upl != pl {
		c.errorf(p{"url"}, CodeBadValue, nil,
			fmt.Sprintf("url %s is a page of %s, not of the account's platform %s: correct the url or the platform", quoted(u, "en"), upl.Label("en"), pl.Label("en")),
			fmt.Sprintf("url %s は %s のページで、platform の %s ではありません。url か platform を直してください", quoted(u, "ja"), upl.Label("ja"), pl.Label("ja")))
		return
	}
	h := strings.TrimSpace(handle)
	acct := h
	if !accountHandle.MatchString(h) && !(upl == riskassess.PlatformYouTube && youTubeHandle(h)) {
		acct = embeddedAccount(h)
	}
	if acct == "" {
		// A handle written as an account's address (https://x.com/NAME,
		// x.com/NAME): the list shows it, so it names that account.
		hu := h
		if !strings.Contains(hu, "://") {
			hu = "https://" + hu
		}
		if hpl, hname, hkind := urlAccount(hu); hpl != "" && hname != "" && hkind == accountPage {
			acct = hname
		}
	}
	if kind != accountPage {
		// The public list links the handle to the url: a hashtag page,
		// a search, one post, a list or a share link would be shown as
		// the council's account.
		c.notAccountPage(upl, kind, u, acct, name)
		return
	}
	if name == "" || acct == "" || sameAccount(upl, acct, name) {
		return
	}
	c.errorf(p{"url"}, CodeBadValue, nil,
		fmt.Sprintf("url %s is the page of the account %s, not of the handle %s: the public list of official accounts would show %s and link it to another account; correct the url or the handle", quoted(u, "en"), strconv.Quote(name), strconv.Quote(h), strconv.Quote(h)),
		fmt.Sprintf("url %s はアカウント %s のページで、handle の %s ではありません。公式アカウント一覧に %s と表示して別のアカウントにリンクすることになります。url か handle を直してください", quoted(u, "ja"), strconv.Quote(name), strconv.Quote(h), strconv.Quote(h)))
}

// notAccountPage refuses a url on platform pl that is not an account's
// page but a page of kind k, and says what to write: the page of the
// account the handle (acct) or else the url (name) names, when the
// platform has one form of it.
func (c *checker) notAccountPage(pl riskassess.Platform, k pageKind, u, acct, name string) {
	fix := ""
	for _, n := range []string{acct, name} {
		if n = strings.TrimPrefix(n, "@"); n != "" && accountHandle.MatchString(n) && !strings.HasPrefix(n, "@") {
			fix = accountPageURL(pl, n)
			break
		}
	}
	en, ja := "write the address of the account's own page (its profile)", "アカウント自体のページ（プロフィール）のアドレスを書いてください"
	if fix != "" {
		en, ja = "write the account's own page, "+strconv.Quote(fix), "アカウント自体のページ "+strconv.Quote(fix)+" を書いてください"
	}
	c.errorf(p{"url"}, CodeBadValue, nil,
		fmt.Sprintf("url %s is %s on %s, not the account's page: the public list of official accounts would link it as the account; %s", quoted(u, "en"), k.label(riskassess.LangEn), pl.Label("en"), en),
		fmt.Sprintf("url %s は %s の%sで、アカウントのページではありません。公式アカウント一覧でアカウントとしてリンクされてしまいます。%s", quoted(u, "ja"), pl.Label("ja"), k.label(riskassess.LangJa), ja))
}

// accountKey is the form of a social account's URL that two entries of
// the same account share: on a known host, the platform and the account
// name the page shows (x.com/NAME, twitter.com/NAME?lang=ja and
// mobile.twitter.com/@NAME are one account; case and, for Facebook, dots
// aside); elsewhere the URL without the scheme, www., a trailing slash,
// spaces around it and case.
func accountKey(u string) string {
	if pl, name, kind := urlAccount(u); pl != "" && name != "" && kind == accountPage && accountHandle.MatchString(name) {
		n := strings.ToLower(name)
		if pl == riskassess.PlatformFacebook {
			n = strings.ReplaceAll(n, ".", "")
		}
		return string(pl) + ":" + n
	}
	k := strings.ToLower(strings.TrimSpace(u))
	for _, pre := range []string{"https://", "http://", "www."} {
		k = strings.TrimPrefix(k, pre)
	}
	return strings.TrimRight(k, "/")
}

// gcpMultiRegion reports whether region is a Google Cloud multi-region
// outside Japan written as its location name in lower case (us, eu: Cloud
// Storage's and BigQuery's multi-regions), alone or with words about it
// (us multi-region, eu (multi-region)); capitalCountry reads US and EU in
// capitals.
func gcpMultiRegion(region string) bool {
	named := false
	for _, w := range strings.FieldsFunc(strings.Map(riskassess.NarrowRune, region), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-')
	}) {
		switch strings.ToLower(w) {
		case "us", "eu":
			if w != strings.ToLower(w) {
				return false // US, EU: capitalCountry's
			}
			named = true
		case "multi-region", "multiregion", "multi", "region", "dual-region", "gcs", "gcp", "google", "cloud", "storage", "bigquery":
		default:
			return false
		}
	}
	return named
}

// regionInJapan refuses a data location whose country is JP but whose
// region is abroad: it names another country ("シンガポール（バックアップ）") or a
// city, state or region abroad (riskassess.PlaceAbroadNamed: "Europe
// (Frankfurt)", "ソウル", "紐育"), is
// a cloud region code outside Japan ("us-east-1", "ap-northeast-2", which
// is Seoul) or says part of it is abroad (regionSaysAbroad:
// "国内（バックアップは海外）", "Tokyo and US"). Scoring reads only the country, so the location would count
// as in Japan (CLD-20).
//
// It reports whether it accepted the region (nothing refused).
func (c *checker) regionInJapan(l riskassess.DataLocation, path p) bool {
	if l.Country != "JP" || l.Region == "" {
		return true
	}
	where, asia := regionAbroad(l.Region)
	if asia != "" {
		c.errorf(path, CodeBadValue, nil,
			fmt.Sprintf("%s %q names %s, which includes Japan, and country is JP: it does not say whether the data is kept in Japan. If it is kept abroad, write that country's code in country (a location for each country); if it is kept in Japan, write the region as the place in Japan (Tokyo, Osaka) or as the cloud names its region in Japan (Asia Pacific (Tokyo))", path, l.Region, asia),
			fmt.Sprintf("%s %q は「%s」を示していますが、%sには日本も含まれるため、データが日本国内にあるかどうかが分かりません（country は JP）。国外にあれば country にその国のコードを書き（国ごとに所在地を分けます）、国内にあれば region を 国内・東京・大阪 のように、またはクラウドの国内リージョン名（アジアパシフィック（東京））で書いてください", path, l.Region, asia, asia))
		return false
	}
	if where == "" {
		return true
	}
	c.errorf(path, CodeBadValue, nil,
		fmt.Sprintf("%s %q is abroad (%s) but country is JP: write the location's country code in country (a location abroad is scored as abroad), or correct the region", path, l.Region, where),
		fmt.Sprintf("%s %q は国外（%s）ですが country が JP です。country にその国のコードを書くか（国外の所在地として評価されます）、region を直してください", path, l.Region, strings.NewReplacer("a cloud region outside Japan", "国外のクラウドのリージョン", "a word for abroad", "国外を示す語", "a word for anywhere, abroad included", "場所を限らない語（国外を含む）", "Asia without Japan", "日本を除くアジア").Replace(where)))
	return false
}

// japanMostly refuses v, a data location's region under country JP (data),
// a work site's address or a subcontractor's scope (path ending in
// scope), when it says the data is kept or the work
// done in Japan only mostly or as a rule (riskassess.JapanHedge: 主に国内,
// 原則として国内, 国内中心, mainly in Japan) and the entry names nowhere
// else (the caller looks for another location or work site abroad): the
// rest is somewhere not said, and the location counted as all in Japan
// (CLD-20, no foreign-data factor). An address naming a place abroad
// (主に国内、一部マニラ) is read as abroad, and not refused.
func (c *checker) japanMostly(v string, path p, data bool) {
	h, ok := riskassess.JapanHedge(v)
	if !ok || !data && len(riskassess.WorkSiteAbroad(v)) > 0 {
		return
	}
	if path[len(path)-1] == "scope" {
		c.errorf(path, CodeBadValue, nil,
			fmt.Sprintf("%s %q says the subcontracted work is done in Japan only mostly or as a rule (%q): where the rest is done is not said, and the work counts as done in Japan (no foreign-data factor). If part of it is done abroad, write where, as in %q; if all of it is done in Japan, write the scope without %q", path, v, h, "data entry (partly in Manila)", h),
			fmt.Sprintf("%s %q は「%s」と書かれ、再委託の作業がすべて国内で行われるとは言っていません。残りの作業場所が書かれていないのに、国内の作業として評価されます（国外でのデータ処理の要素なし）。一部を国外で行うなら場所を書き（例: 「データ入力（一部マニラで作業）」）、すべて国内なら「%s」を使わずに書いてください", path, v, h, h))
		return
	}
	if data {
		c.errorf(path, CodeBadValue, nil,
			fmt.Sprintf("%s %q says the data is kept in Japan only mostly or as a rule (%q) and country is JP: where the rest is kept is not said, and the location counts as all in Japan. If part of it is kept abroad, add a data location with that country's code; if all of it is kept in Japan, write the region without %q (Tokyo, Osaka)", path, v, h, h),
			fmt.Sprintf("%s %q は「%s」と書かれ、データがすべて国内にあるとは言っていません（country は JP）。残りの保管場所が書かれていないのに、すべて国内として評価されます。一部が国外にあれば、その国のコードで所在地を追加し、すべて国内にあれば「%s」を使わずに書いてください（国内・東京・大阪）", path, v, h, h))
		return
	}
	c.errorf(path, CodeBadValue, nil,
		fmt.Sprintf("%s %q says the work is done in Japan only mostly or as a rule (%q): where the rest is done is not said, and the work counts as done in Japan (no foreign-data factor). If part of it is done abroad, write that place too (Tokyo and Manila) or add a work site there; if all of it is done in Japan, write the address without %q", path, v, h, h),
		fmt.Sprintf("%s %q は「%s」と書かれ、作業がすべて国内で行われるとは言っていません。残りの作業場所が書かれていないのに、国内の作業として評価されます（国外でのデータ処理の要素なし）。一部を国外で行うなら、その場所も書くか（東京・マニラ）、作業場所を追加し、すべて国内なら「%s」を使わずに書いてください", path, v, h, h))
}

// regionAbroad reads region, the region of a data location whose country
// is JP, as regionInJapan refuses it: where says why it is abroad (the
// countries it names, "a cloud region outside Japan", a place abroad, "a
// word for abroad", "Asia without Japan"); asia is the word when it names
// Asia, which holds Japan, without saying whether the data is in Japan
// (where is then empty). Both are empty when it reads as in Japan.
func regionAbroad(region string) (where, asia string) {
	abroad, place := regionPlaces(region)
	where = strings.Join(abroad, ", ")
	// The region code may come with the provider's name for it, as the
	// console shows it: "ap-northeast-2 (Seoul)", "アジアパシフィック (ソウル)
	// ap-northeast-2".
	// Full width (ａｐ－ｎｏｒｔｈｅａｓｔ－２, typed with a Japanese input
	// method) is read as half width.
	codes := strings.FieldsFunc(strings.ToLower(strings.Map(riskassess.NarrowRune, region)), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-')
	})
	if len(abroad) == 0 && (slices.ContainsFunc(codes, func(code string) bool {
		return riskassess.CloudRegionAbroad(code)
	}) || riskassess.AzureDisplayNameAbroad(codes) || gcpMultiRegion(region)) {
		where = "a cloud region outside Japan"
	}
	if where == "" {
		where = place
	}
	if where == "" && regionSaysAbroad(region) {
		where = "a word for abroad"
	}
	if where == "" {
		// 在 before a country's short name (在米サポート, 在比の運用要員),
		// which CountriesNamed does not read.
		where = strings.Join(riskassess.ResidentAbroad(region), ", ")
	}
	if where == "" {
		// 日 before a country's short name (東京（日米両拠点で冗長化））:
		// before, read as Japan.
		where = strings.Join(riskassess.JapanPairs(region), ", ")
	}
	if where == "" {
		// The data may be anywhere (東京（バックアップ先は場所不問）, 世界中の
		// いずれかのリージョン), which includes abroad: before, read as Japan.
		if _, ok := riskassess.AnywhereSaid(region); ok {
			where = "a word for anywhere, abroad included"
		}
	}
	if where == "" {
		switch kind, word := regionAsia(region); kind {
		case asiaWithout:
			where = "Asia without Japan"
		case asiaMaybeJapan:
			return "", word
		}
	}
	return where, ""
}

// regionSaysAbroad reports whether region, a data location's region,
// says part of the data is kept outside Japan without naming the country:
// a word for abroad (海外, 国外, 外国, 日本以外, overseas, abroad, outside
// Japan, worldwide, 全世界, 複数国, multiple countries …: 国内（バックアップは海外）, 東京（DRサイトは
// 国外）) or a country by its short name in capitals (US, UK, EU, …: Tokyo
// and US), which riskassess.CountriesNamed does not read, in a clause that
// does not deny it (国内（海外への移転なし）, 大阪（海外移転：なし）,
// 国内（海外リージョン不使用）, 東京（EUへの移転なし）, no overseas
// transfer). Clauses are split at 、。,;・ brackets and /; a colon does not
// split them, so 海外保管：無 is one clause that denies and バックアップ：海外
// one that does not. A clause about the operator rather than the place
// (外国法人が運営, 海外企業の日本法人, US本社のクラウド) says nothing of
// where the data is kept unless it also names the storage (バックアップ,
// 保管, データ …).
func regionSaysAbroad(region string) bool {
	exception := regionException(region) || regionHedged(region)
	for _, c := range regionClauses(region) {
		l := regionNotAbroadWords.Replace(strings.ToLower(c))
		if !exception && regionDenies(l, c) {
			continue
		}
		if containsWord(l, regionOperatorWords) && !containsWord(l, regionStorageWords) {
			continue
		}
		if containsWord(l, regionAbroadWords) || capitalCountry(c) || otherCountries.MatchString(l) {
			return true
		}
	}
	return false
}

// regionNotAbroadWords takes out of a clause the words holding a word for
// abroad that say nothing of where the data is: 日本国内 (国内 of 国内外;
// 日本国内外 is 国内外, in Japan and abroad, not 外),
// 各国語 and 多国語 (languages), 多国籍 (an operator's nationality; 国内（多
// 国籍企業が運営）).
var regionNotAbroadWords = strings.NewReplacer("日本国内外", "国内外", "日本国内", "", "各国語", "", "多国語", "", "多国籍", "")

// otherCountries matches other countries (他国, 他の国; not その他国内) or a
// count of countries (2か国, 三カ国, 数ヶ国: Japan is one at most), which
// regionSaysAbroad reads as a word for abroad; not ほか国内 (東京ほか国内DC).
var otherCountries = regexp.MustCompile(`他の?国(?:[^内]|$)|[0-9〇一二三四五六七八九十数]\s*[かカヶケヵ箇]国`)

// regionClauses is region (ASCII in half width, katakana in full width:
// riskassess.WideKana) split into clauses at 、。,;・ brackets and /
// (regionSaysAbroad, regionPlaces).
func regionClauses(region string) []string {
	v := riskassess.WideKana(strings.Map(riskassess.NarrowRune, region))
	return strings.FieldsFunc(v, func(r rune) bool { return strings.ContainsRune("、。,;・()（）［］[]【】/", r) })
}

// regionPlaces returns the countries other than Japan (codes, in order,
// each once) and the first city, state or region abroad
// (riskassess.PlaceAbroadNamed) that region names, in clauses that do not
// deny keeping data there (regionDeniesPlace: 東京（シンガポールへの移転なし）,
// Tokyo (no transfer to Europe); not シンガポール（バックアップ）, 東京（シンガポール
// DR 暗号化なし）). A region holding an exception (regionException:
// 国内（シンガポールを除き海外移転なし）) or a hedge (regionHedged:
// 原則北米への移転なし) denies nothing.
func regionPlaces(region string) (codes []string, place string) {
	hedged := regionHedged(region)
	// A place right after 原則 is a place (原則北米への移転なし).
	region = strings.NewReplacer("原則として", "、", "原則的に", "、", "原則", "、").Replace(region)
	if _, ok := riskassess.PlaceAbroadNamed(region); !ok && !slices.ContainsFunc(riskassess.CountriesNamed(region), func(code string) bool { return code != "JP" }) {
		return nil, "" // most regions name no place abroad: no clause does
	}
	exception := regionException(region) || hedged
	for _, c := range regionClauses(region) {
		named := slices.DeleteFunc(riskassess.CountriesNamed(c), func(code string) bool { return code == "JP" })
		p, ok := riskassess.PlaceAbroadNamed(c)
		if len(named) == 0 && !ok || !exception && regionDeniesPlace(strings.ToLower(c), c) {
			continue
		}
		codes = append(codes, named...)
		if place == "" {
			place = p
		}
	}
	slices.Sort(codes)
	return slices.Compact(codes), place
}

// regionDeniesPlace reports whether clause c (l in lower case), naming a
// place abroad, denies keeping data there: after a colon a bare denial is
// all that follows and the label names the place (regionPlaceLabel:
// シンガポール移転：なし; not シンガポールDR 追加費用：なし), in English the denial is of the
// place (regionDeniesEnglish: no transfer to Europe), or in Japanese the
// clause ends with a word for keeping or moving data and a denial
// (regionDenyStorageEndings, regionStorageEnds: シンガポールへの移転なし, 欧州
// リージョン不使用, ソウルへのバックアップは行わない; not シンガポールDR 暗号化なし,
// where the denial is of another word) or with a place after a word for
// keeping data and a connective and a denial (regionConnectivePlace:
// バックアップ先欧州なし, 保管先北米は使用しない).
func regionDeniesPlace(l, c string) bool {
	l = strings.TrimSpace(l)
	if k := strings.LastIndex(l, ":"); k >= 0 && slices.Contains(regionBareDenials, strings.TrimSpace(l[k+1:])) && regionPlaceLabel(c) {
		return true
	}
	if regionDeniesEnglish(c) {
		return true
	}
	for _, d := range regionDenyStorageEndings {
		rest, ok := strings.CutSuffix(l, d)
		if !ok {
			continue
		}
		for {
			t := strings.TrimSpace(rest)
			for _, w := range []string{"一切", "は", "も", "を", "が", "で", "に", "へ"} {
				t = strings.TrimSuffix(t, w)
			}
			if t == rest {
				break
			}
			rest = t
		}
		if cased := strings.TrimSpace(c); len(cased) == len(l) {
			rest = cased[:len(rest)] // the place in its case (EU)
		}
		if slices.ContainsFunc(regionStorageEnds, func(w string) bool { return strings.HasSuffix(strings.ToLower(rest), w) }) {
			return regionPlaceAlone(rest) // シンガポールへの移転なし; not 北米保管 欧州への移転なし
		}
		return regionConnectivePlace(rest) // バックアップ先欧州なし
	}
	return false
}

// regionConnectivePlace reports whether v is, as a whole, words for
// keeping data or a site (regionConnectiveHeads: バックアップ, 保管, 移転,
// DR, 待機, 予備 …) and nothing else, a word after which a place starts
// (riskassess.KanjiConnectives: 先, 拠点, 系, 場所 …) and one place abroad
// (regionPlaceWord): バックアップ先欧州, 移転先北米, DR拠点北米, 待機系北米,
// 保管場所北米, 保管先シンガポール. A denial after it denies the place
// (regionDeniesPlace: バックアップ先欧州：なし, 保管先北米は使用しない); not
// after more words (バックアップ先欧州 追加費用：なし, 保管先北米は暗号化しない).
// Any other word before the head, a place above all, is not denied with
// it: 北米保管 バックアップ先欧州, シンガポール保管先欧州, US backup 待機系北米,
// 主保管先北米 副保管先欧州 are no such place, so that a denial does not
// swallow the clause's other place (regionPlaces).
func regionConnectivePlace(v string) bool {
	v = strings.TrimSpace(v)
	for _, c := range riskassess.KanjiConnectives() {
		for i := 0; ; {
			k := strings.Index(v[i:], c)
			if k < 0 {
				break
			}
			k += i
			i = k + len(c)
			if place := strings.TrimSpace(v[k+len(c):]); place != "" && regionPlaceWord(place) && regionOnlyHeads(v[:k]) {
				return true
			}
		}
	}
	return false
}

// regionOnlyHeads reports whether head, the text before a connective, is
// one or more of regionConnectiveHeads and spaces only (バックアップ, データ
// 保管, DR, 待機), not empty.
func regionOnlyHeads(head string) bool {
	head = strings.ToLower(strings.TrimSpace(head))
	if head == "" {
		return false
	}
	for head != "" {
		w := ""
		for _, h := range regionConnectiveHeads {
			if len(h) > len(w) && strings.HasSuffix(head, h) {
				w = h
			}
		}
		if w == "" {
			return false
		}
		head = strings.TrimSpace(strings.TrimSuffix(head, w))
	}
	return true
}

// regionDenies reports whether clause c (l in lower case) denies what it
// speaks of: after a colon, a bare denial is all that follows and the
// label before it is the place abroad with a word for keeping or moving
// data (regionPlaceLabel: 海外移転：なし, 海外保管：無, 国外保存：しない; not
// 海外バックアップ：暗号化なし, 海外DR：無制限 or 海外DR 追加費用：なし, which
// say the data is abroad); without a colon, the
// clause ends with a denial (海外への移転なし, 海外リージョン不使用, US-East
// は使わない, 一切ありません; not 無停止で海外にレプリケーション); or, in
// English, the denial is of the place abroad (regionDeniesEnglish: no
// overseas transfer; not overseas backup without encryption).
func regionDenies(l, c string) bool {
	l = strings.TrimSpace(l)
	if k := strings.LastIndex(l, ":"); k >= 0 {
		return slices.Contains(regionBareDenials, strings.TrimSpace(l[k+1:])) && regionPlaceLabel(c) || regionDeniesEnglish(c)
	}
	for _, w := range regionDenyEndings {
		if strings.HasSuffix(l, w) {
			if regionDeniesRestriction(l) {
				return false // 海外移転は禁止されていない, 海外移転に制限なし
			}
			// A denial of the place directly before it leaves another
			// place in the clause abroad: 海外保管 EU移転なし.
			rest := strings.TrimSuffix(strings.TrimSpace(strings.ReplaceAll(c, "日本国内", "")), w)
			found, alone := regionDeniedPlace(rest)
			return !found || alone
		}
	}
	return regionDeniesEnglish(c)
}

// regionDeniesRestriction reports whether clause l (lower case), ending
// with a denial, denies a restriction rather than the transfer: a word
// for a restriction (regionRestrictionWords: 禁止, 制限, 制約, 上限, 条件,
// 規制, 限定, 停止, 否定 …) with more words after it (海外移転は禁止されて
// いない, 海外移転を禁止しない, 海外移転に制限なし, 海外移転 停止不可, 海外移転は
// 否定できない): a double negation allows the transfer. Not 海外移転禁止,
// where the restriction is the denial.
func regionDeniesRestriction(l string) bool {
	l = strings.TrimSpace(l)
	k := -1
	for _, w := range regionRestrictionWords {
		if i := strings.LastIndex(l, w); i >= 0 && i+len(w) > k {
			k = i + len(w)
		}
	}
	return k >= 0 && strings.TrimSpace(l[k:]) != ""
}

// regionDeniesEnglish reports whether clause c denies, in English, every
// place abroad it names: each word for abroad (overseas, abroad, outside
// Japan, a word of regionAbroadWords, a country's short name in capitals:
// US, EU …) has a denial before it (no, not, never, without, none, nothing,
// isn't …: no overseas transfer, not stored abroad, without any overseas
// copy, no data is stored abroad) or a denial ending the clause after it
// (overseas transfer prohibited, overseas regions not used), with only
// words about storing data in between (regionDenyFillers: data, is,
// stored, transfer, any, to, the …). A denial of another word does not
// count: overseas backup without encryption, no SLA for the overseas
// DR, overseas replica not redundant say the data is abroad; nor does a
// denial after a modal (overseas backup can be disabled, may be
// prohibited: a choice, not a fact; not may not be used, will be
// disabled), nor one walking back past Japan or
// outside (no data stored outside Japan or Singapore keeps Singapore).
func regionDeniesEnglish(c string) bool {
	if l := strings.ToLower(c); !strings.Contains(l, "no") && !strings.Contains(l, "n't") && !containsWord(l, []string{"without", "never",
		"cannot", "neither", "prohibited", "forbidden", "disabled", "unused", "excluded", "n/a"}) {
		return false // no English denial (no, not, none, nothing, nor hold "no")
	}
	var words, cased []string
	for _, w := range strings.FieldsFunc(c, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '\'' || r == '.' || r == '/')
	}) {
		w = strings.TrimRight(w, ".")
		cased = append(cased, w)
		words = append(words, strings.ToLower(w))
	}
	abroad := func(i int) bool {
		w := words[i]
		if w == "outside" { // outside (of) Japan
			rest := slices.DeleteFunc(slices.Clone(words[i+1:min(i+3, len(words))]), func(v string) bool { return v == "of" })
			return len(rest) > 0 && rest[0] == "japan"
		}
		_, place := riskassess.PlaceAbroadNamed(cased[i])
		return slices.Contains(regionAbroadTokens, w) || capitalCountry(cased[i]) || containsWord(w, regionAbroadWords) && !isASCII(w) ||
			place || slices.ContainsFunc(riskassess.CountriesNamed(cased[i]), func(code string) bool { return code != "JP" })
	}
	filler := func(i int) bool { return slices.Contains(regionDenyFillers, words[i]) || abroad(i) }
	ending := func(k int) bool { return slices.Contains(regionDenyEnglishEndings, strings.Join(words[k:], " ")) }
	if !slices.ContainsFunc(words, func(w string) bool { return slices.Contains(regionDenyEnglish, w) }) &&
		!slices.ContainsFunc(regionDenyEnglishEndings, func(e string) bool { return strings.HasSuffix(strings.Join(words, " "), e) }) {
		return false // no English denial
	}
	found := false
	for i := range words {
		if !abroad(i) {
			continue
		}
		found = true
		j := i - 1
		for j >= 0 && filler(j) {
			j--
		}
		if j >= 0 && slices.Contains(regionDenyEnglish, words[j]) {
			continue // no overseas transfer
		}
		k := i + 1
		for k < len(words) && filler(k) && !ending(k) {
			k++
		}
		if k < len(words) && ending(k) && (words[k] == "not" || !slices.ContainsFunc(words[i+1:k], func(w string) bool { return slices.Contains(regionModals, w) })) {
			continue // overseas transfer prohibited; not overseas backup can be disabled
		}
		return false
	}
	return found
}

// regionException reports whether region holds an exception to what it
// says: a word for an exception (以外, 域外, 圏外, を除き, 除く, 除いて,
// 除いた, 除かれ, 例外, 別として, のほか, ほかに;
// except, unless, besides, other than, excluding, apart from) whose
// excepted words are a place abroad, a word for abroad or anything else
// that is not a place in Japan (国内（シンガポールを除き海外移転なし）, 東京
// （シンガポール以外の海外には移転しない）, 国内（DRを除き海外移転なし）, 東京
// （シンガポールへの移転なし（緊急時を除く））, 国内（保守作業を除き海外からの
// アクセスなし）, Tokyo (no overseas transfer except for DR)): these keep
// data abroad at times, so no denial in such a region counts
// (regionSaysAbroad, regionPlaces). Not an exception: one of a place in
// Japan (日本以外 and 国内以外 are words for abroad; 東京以外に大阪にも,
// 国内リージョン以外への海外複製なし, ただし国内の大阪を除く, other than
// Tokyo: regionJapanOnly), ほか other than のほか or ほかに after a place
// abroad (東京ほか, ほかの国), 除 in 除去 or 取り除く, 除外 other than 除外し
// or 除外す after a place abroad (データを除外, 不要データは除外する; not
// シンガポールを除外して).
func regionException(region string) bool {
	l := strings.ToLower(strings.Map(riskassess.NarrowRune, region))
	for i := 0; i < len(l); {
		rest := l[i:]
		var marker string
		switch {
		case strings.HasPrefix(rest, "以外"):
			marker = "以外"
		case strings.HasPrefix(rest, "域外"), strings.HasPrefix(rest, "圏外"):
			marker = rest[:len("域外")] // EU域外, 欧州圏外: the 域 or 圏 is the excepted's (首都圏)
		case strings.HasPrefix(rest, "除き"), strings.HasPrefix(rest, "除く"), strings.HasPrefix(rest, "除け"):
			marker = rest[:len("除き")]
		case strings.HasPrefix(rest, "除いて"), strings.HasPrefix(rest, "除いた"), strings.HasPrefix(rest, "除かれ"):
			marker = rest[:len("除いて")]
		case strings.HasPrefix(rest, "例外"):
			marker = "例外"
		case strings.HasPrefix(rest, "別として"):
			marker = "別として"
		case strings.HasPrefix(rest, "ほか"):
			marker = "ほか"
		case strings.HasPrefix(rest, "除外し"), strings.HasPrefix(rest, "除外す"):
			marker = "除外"
		}
		if marker == "" {
			_, n := utf8.DecodeRuneInString(rest)
			i += n
			continue
		}
		before := l[:i]
		if marker == "域外" || marker == "圏外" {
			before = l[:i+len("域")]
		}
		after := l[i+len(marker):]
		i += len(marker)
		if strings.HasPrefix(marker, "除") && (strings.HasSuffix(before, "取り") || strings.HasSuffix(before, "取")) {
			continue // 取り除く removes
		}
		if marker == "ほか" || marker == "除外" {
			if marker == "ほか" && !strings.HasSuffix(before, "の") && !strings.HasPrefix(after, "に") {
				continue // 東京ほか, ほかの国
			}
			if e := regionExcepted(strings.TrimSuffix(before, "の")); e != "" && regionNamesAbroad(e) {
				return true // シンガポールのほか, シンガポールを除外して
			}
			continue // 不要データは除外する
		}
		if e := regionExcepted(before); e == "" || !regionJapanOnly(e) {
			return true
		}
	}
	// English: the excepted words follow, up to a clause break.
	words := strings.FieldsFunc(strings.Map(func(r rune) rune {
		if strings.ContainsRune(",;:()（）［］[]【】、。/", r) {
			return '.'
		}
		return r
	}, l), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != '\'' })
	bare := func(w string) string { return strings.Trim(w, ".") }
	for i := range words {
		for _, e := range regionEnglishExceptions {
			f := strings.Fields(e)
			if i+len(f) > len(words) || bare(strings.Join(words[i:i+len(f)], " ")) != e {
				continue
			}
			if e == "unless" || strings.HasSuffix(words[i+len(f)-1], ".") {
				return true // unless: a condition
			}
			var excepted []string
			for _, w := range words[i+len(f):] {
				if b := bare(w); b != "" && (len(excepted) > 0 || !slices.Contains([]string{"for", "to", "the", "in", "of"}, b)) {
					excepted = append(excepted, b)
				}
				if strings.HasSuffix(w, ".") {
					break
				}
			}
			if !regionJapanOnly(strings.Join(excepted, " ")) {
				return true
			}
		}
	}
	return false
}

// regionHedged reports whether region hedges what it says: a proviso
// (ただし, 但し, however) that is not an exception regionException reads
// (東京（北米への移転なし、ただし障害時は移転）), a principle or an effort
// (原則, 基本的に, 極力, 可能な限り, in principle, as a rule, generally,
// where possible …: 東京（原則として海外移転なし）) or a plan (a clause
// ending with 予定, 見込み, 方針, 計画 or holding planned, expected,
// intended …: 東京（海外移転なし（予定））, 海外移転しない予定), or a denial
// that holds only without approval (riskassess.ApprovalCondition: 東京
// （承認なく海外移転しない）, no transfer abroad without approval) or is
// allowed with approval (riskassess.ApprovalAllows: 東京（海外移転なし（承認が
// あれば可））, approval required), or a
// denial said to be undecided (riskassess.Undecided: 東京（海外移転なし、変更も
// ありうる）, under review). A principle, a plan, a condition or an open
// question is not a fact, so no denial in such a region counts
// (regionSaysAbroad, regionPlaces, regionAsia). Not a denial of a plan
// (海外移転の予定：なし, 移転予定なし).
func regionHedged(region string) bool {
	l := strings.ToLower(strings.Map(riskassess.NarrowRune, region))
	for _, w := range []string{"ただし", "但し"} {
		if k := strings.Index(l, w); k >= 0 && !strings.Contains(l[k:], "除") {
			return true // ただし国内の大阪を除く: regionException's
		}
	}
	if containsWord(l, []string{"原則", "基本的", "基本は", "通常は", "極力", "可能な限り", "できる限り", "できるだけ", "努め", "努力", "想定"}) {
		return true
	}
	if riskassess.ApprovalCondition(l) || riskassess.ApprovalAllows(l) {
		return true // 承認なく海外移転しない, 海外移転なし（承認があれば可）: abroad once approved
	}
	if riskassess.Undecided(l) {
		return true // 海外移転の予定はないが確定ではない, as a work site's (riskassess.Undecided)
	}
	if riskassess.ForNow(l) {
		return true // 現時点では海外移転なし, as a work site's (riskassess.ForNow)
	}
	if slices.ContainsFunc(regionClauses(region), riskassess.EndsInPlan) {
		return true // 海外移転しない予定, as a work site's denial (riskassess.EndsInPlan)
	}
	words := strings.Join(strings.FieldsFunc(l, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' }), " ")
	for _, w := range []string{"in principle", "as a rule", "in general", "generally", "normally", "usually", "basically", "typically",
		"principally", "planned", "plan", "plans", "planning", "expected", "intended", "intend", "intends", "best effort", "best-effort",
		"where possible", "wherever possible", "if possible", "as far as possible", "however", "tentative", "tentatively", "aim", "aims"} {
		if slices.Contains(strings.Fields(words), w) || strings.Contains(" "+words+" ", " "+w+" ") {
			return true
		}
	}
	return false
}

// regionExcepted returns the words an exception excepts, from before
// (the region in lower case up to the exception's word): back to the
// last clause break (not a space) or particle は, が, も, without a trailing を or は and
// a leading ただし, 但し or なお.
func regionExcepted(before string) string {
	if k := strings.LastIndexAny(before, "、。,;()（）［］[]【】/:：はがも"); k >= 0 {
		_, n := utf8.DecodeRuneInString(before[k:])
		before = before[k+n:]
	}
	before = strings.TrimSpace(strings.TrimSuffix(before, "を"))
	for _, w := range []string{"ただし", "但し", "なお"} {
		before = strings.TrimPrefix(before, w)
	}
	return strings.TrimSpace(before)
}

// regionNamesAbroad reports whether v names a place abroad or holds a
// word for abroad.
func regionNamesAbroad(v string) bool {
	_, place := riskassess.PlaceAbroadNamed(v)
	return place || containsWord(strings.ToLower(v), regionAbroadWords) || capitalCountry(v) ||
		slices.ContainsFunc(riskassess.CountriesNamed(v), func(code string) bool { return code != "JP" })
}

// regionJapanOnly reports whether v (lower case), what an exception
// excepts, is only places in Japan (regionJapanPlaces) with words for a
// site (リージョン, DC …) and particles between: 東京, 国内リージョン, 国内の
// 大阪, 東京・大阪, 日本, tokyo, japan region. Not DR, 緊急時 or 保守作業,
// nor a place abroad, nor another name ending in 市, 道, 区 … (大連市, 京畿道,
// 浦東新区 are abroad: only the listed places are known to be in Japan).
func regionJapanOnly(v string) bool {
	if regionNamesAbroad(v) {
		return false
	}
	place := false
	for v = strings.TrimSpace(v); v != ""; v = strings.TrimSpace(v) {
		if w := regionLeading(v, regionJapanPlaces); w != "" {
			v, place = v[len(w):], true
			continue
		}
		if w := regionLeading(v, regionJapanSiteWords); w != "" && place {
			v = v[len(w):]
			continue
		}
		n := 0
		for _, r := range v {
			if !unicode.Is(unicode.Han, r) {
				break
			}
			n += utf8.RuneLen(r)
		}
		// A kanji name ending in 市, 県 … is no place in Japan for sure
		// (大連市, 京畿道, 浦東新区): the exception holds.
		return false
	}
	return place
}

// regionLeading returns the longest of words that v starts with (as a
// whole word when it is in ASCII), or "".
func regionLeading(v string, words []string) string {
	best := ""
	for _, w := range words {
		if len(w) > len(best) && strings.HasPrefix(v, w) {
			if isASCII(w) && len(v) > len(w) && (unicode.IsLetter(rune(v[len(w)])) || unicode.IsDigit(rune(v[len(w)]))) {
				continue
			}
			best = w
		}
	}
	return best
}

// regionPlaceLabel reports whether clause c, holding a colon, has for the
// label before its last colon a place abroad or a word for abroad
// followed only by words for keeping or moving data and particles
// (シンガポール移転, 海外保管, 海外へのバックアップ, 海外, EU, Singapore
// transfer) or is one after a word for keeping data and a connective
// (regionConnectivePlace: バックアップ先欧州, 待機系北米), whether it is so
// or planned (海外保存の有無, 国外へのバックアップ有無, 海外移転の予定), access from abroad (海外からのアクセス) and with
// データの before it (データの海外移転), so that a bare denial after the
// colon denies the place. Not
// シンガポールDR 追加費用, 海外DR 追加費用, シンガポールにバックアップ 暗号化,
// Singapore backup encryption: the denial is of another word.
func regionPlaceLabel(c string) bool {
	label := strings.TrimSpace(c[:strings.LastIndex(c, ":")])
	for {
		before := label
		label = strings.TrimSpace(label)
		if f := strings.Fields(label); len(f) > 0 && slices.Contains(regionLabelEnglish, strings.ToLower(f[len(f)-1])) {
			label = strings.TrimSpace(label[:strings.LastIndex(label, f[len(f)-1])])
		}
		stripped := false
		for _, w := range regionLabelEnds {
			if n := len(label) - len(w); n > 0 && strings.ToLower(label[n:]) == w {
				label, stripped = label[:n], true
				break
			}
		}
		if label == before || stripped && strings.TrimRightFunc(label, unicode.IsSpace) != label {
			break // a word taken off does not reach past a space: 北米保管 移転
		}
	}
	label = strings.TrimPrefix(label, "データの") // データの海外移転
	f := strings.Fields(label)
	for n := 1; n <= min(3, len(f)); n++ {
		if regionPlaceWord(strings.Join(f[len(f)-n:], " ")) {
			return !regionNamesAbroad(strings.Join(f[:len(f)-n], " ")) // not 北米保管 シンガポール移転, DR：北米 シンガポール
		}
	}
	return regionConnectivePlace(label) // the whole label: not 北米保管 バックアップ先欧州
}

// regionPlaceAlone reports whether v, the words before a denial ending a
// clause, is a place abroad (regionPlaceWord) followed only by words for
// keeping or moving data and particles (regionLabelEnds, クラウド,
// regionLabelEnglish as whole words: シンガポールへの移転, 欧州リージョン,
// ソウルへのバックアップは, Singapore region) with no other place
// abroad before it (regionNamesAbroad), so that the denial denies the
// data's only place abroad in the clause. Places joined by と, 及び, や
// are denied together (北米及び欧州への移転). Not 北米保管 欧州への移転,
// シンガポールDR 欧州リージョン (the data is kept in 北米, シンガポール),
// nor シンガポール保管 移転, シンガポール保管 DR (a word taken off does not
// reach past a space: the denial is of a transfer or a DR site, not of
// the place the data is kept).
func regionPlaceAlone(v string) bool {
	found, alone := regionDeniedPlace(v)
	return found && alone
}

// regionDeniedPlace reads v as regionPlaceAlone does: found reports
// whether a place abroad comes before the words for keeping or moving
// data, alone whether nothing before it names another place abroad.
func regionDeniedPlace(v string) (found, alone bool) {
	v = strings.TrimSpace(v)
	asciiWord := func(r rune) bool { return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) }
	for {
		before := v
		// An English word as a whole (Singapore region), or a word of
		// regionLabelEnds.
		if k := strings.LastIndexFunc(v, func(r rune) bool { return !asciiWord(r) }); k < len(v)-1 && k >= 0 &&
			slices.Contains(regionLabelEnglish, strings.ToLower(v[k+1:])) {
			v = v[:k+1]
		}
		if v == before {
			for _, w := range append([]string{"一切", "も", "が", "クラウド"}, regionLabelEnds...) {
				if n := len(v) - len(w); n > 0 && strings.ToLower(v[n:]) == w {
					v = v[:n]
					break
				}
			}
		}
		if v == before {
			break
		}
		// A word taken off reaches past a space only within an English
		// phrase (Singapore data region), not to a place before another
		// word (シンガポール保管 移転, シンガポール保管 DR).
		if t := strings.TrimRightFunc(v, unicode.IsSpace); t != v {
			if r, _ := utf8.DecodeLastRuneInString(t); !asciiWord(r) || !isASCII(before[len(v):]) {
				v = t
				break
			}
			v = t
		}
	}
	for {
		i := regionTrailingPlace(v)
		if i < 0 {
			return found, !found
		}
		found = true
		head := strings.TrimSpace(v[:i])
		v = head
		for _, w := range []string{"および", "及び", "と", "や", "又は", "または"} {
			v = strings.TrimSpace(strings.TrimSuffix(v, w))
		}
		if v == head || v == "" {
			return true, !regionNamesAbroad(head) // not 北米保管 欧州
		}
		// 北米及び欧州: the place before the conjunction is denied too.
	}
}

// regionTrailingPlace returns where in v the longest place abroad ending v
// (regionPlaceWord) starts, not inside an ASCII word, or -1.
func regionTrailingPlace(v string) int {
	for i, r := range v {
		if i > 0 && r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) && v[i-1] < utf8.RuneSelf && (unicode.IsLetter(rune(v[i-1])) || unicode.IsDigit(rune(v[i-1]))) {
			continue // inside an ASCII word
		}
		// Only a place in ASCII has spaces (New York): 海外保管 EU is no
		// place as a whole, though regionPlaceWord reads EU in it.
		if p := strings.TrimSpace(v[i:]); p != "" && (isASCII(p) || !strings.ContainsFunc(p, unicode.IsSpace)) && regionPlaceWord(p) {
			return i
		}
	}
	return -1
}

// regionPlaceWord reports whether v is, as a whole, a place abroad: a
// word for abroad (海外, overseas), a country's short name in capitals
// (EU), a country's name (シンガポール, Singapore) or a city's or region's
// (欧州, Frankfurt), Asia (アジア, APAC: regionAsia), or one of them with
// a direction after a hyphen (US-East).
func regionPlaceWord(v string) bool {
	l := strings.ToLower(v)
	if slices.Contains(regionAbroadWords, l) || slices.Contains(regionAbroadTokens, l) || v == strings.ToUpper(v) && capitalCountry(v) {
		return true
	}
	if code, ok := riskassess.CountryReplacement(v); ok && code != "JP" && (len(v) > 3 || v == strings.ToUpper(v)) {
		return true
	}
	if head, tail, ok := strings.Cut(v, "-"); ok && head != "" && !strings.Contains(head, " ") &&
		!slices.ContainsFunc(strings.Split(strings.ToLower(tail), "-"), func(w string) bool {
			return !slices.Contains([]string{"east", "west", "north", "south", "central", "northeast", "northwest", "southeast", "southwest"}, w) &&
				strings.Trim(w, "0123456789") != ""
		}) {
		return regionPlaceWord(head) // US-East, EU-West-1
	}
	if w, rest := asiaWordAt(l, 0); w != "" && (rest == "" || slices.Contains(asiaOutsideWords, rest)) {
		return true // アジア, APAC, アジア域外: a denial of keeping data there (regionAsia)
	}
	p, ok := riskassess.PlaceAbroadNamed(v)
	return ok && strings.EqualFold(p, v)
}

// isASCII reports whether v is written in ASCII only.
func isASCII(v string) bool {
	for i := 0; i < len(v); i++ {
		if v[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// capitalCountry reports whether v holds a country or a group of
// countries abroad by its short name in capitals (US, U.S., UK, EU, EEA,
// EMEA, LATAM …), or a city abroad by its short name (NY, SF, LA, BKK,
// KL, HCMC: 東京（DR：NY） was in Japan; not APAC, which holds Japan: regionAsia; ASEAN in any
// case or width is riskassess.PlaceAbroadNamed's).
func capitalCountry(v string) bool {
	for _, w := range strings.Fields(strings.Map(func(r rune) rune {
		if r >= 'A' && r <= 'Z' || r == '.' {
			return r
		}
		return ' '
	}, v)) {
		switch strings.TrimSuffix(w, ".") {
		case "US", "U.S", "USA", "U.S.A", "UK", "U.K", "EU", "E.U", "UAE", "PRC", "HK", "ROK", "EEA", "EMEA", "LATAM",
			"NY", "N.Y", "NYC", "SF", "LA", "L.A", "BKK", "KL", "HCMC", "N.Y.C", "S.F", "K.L", "H.C.M.C": // cities: New York, San Francisco, Los Angeles, Bangkok, Kuala Lumpur, Ho Chi Minh City
			return true
		}
	}
	return false
}

// regionAbroadWords, the denials, regionOperatorWords and
// regionStorageWords (lower case) are the words of regionSaysAbroad.
var (
	regionAbroadWords = []string{"海外", "国外", "外国", "日本以外", "国内外", "全世界", "世界各", "グローバル", "オフショア", "overseas", "abroad",
		"outside japan", "outside of japan", "offshore", "worldwide", "global", "foreign",
		// Several countries: one of them is not Japan (複数国 was all in Japan).
		"複数国", "複数の国", "多国", "各国", "countries", "multi-country"}
	// regionBareDenials are what may follow a colon (海外保管：無);
	// regionDenyEndings end a clause that denies (…への移転なし).
	regionBareDenials = []string{"なし", "無し", "無", "ない", "しない", "不可", "禁止", "不使用", "使用しない", "使わない", "ありません",
		"no", "none", "n/a", "never"}
	regionDenyEndings = []string{"なし", "無し", "ない", "ません", "不可", "禁止", "不使用"}
	// regionRestrictionWords are the words for a restriction that a
	// denial after them denies (regionDeniesRestriction).
	regionRestrictionWords = []string{"禁止", "制限", "制約", "上限", "条件", "規制", "限定", "停止", "否定", "中止", "拒否", "防止",
		"阻止", "抑止", "排除", "禁じ", "妨げ", "差し止め", "不許可", "許可制"}
	// regionDenyStorageEndings are the denials ending a clause that
	// names a place abroad, longest first (regionDeniesPlace).
	regionDenyStorageEndings = []string{"いたしません", "ありません", "行いません", "使用しない", "行わない", "使わない", "しません",
		"しない", "不使用", "無し", "なし", "不可", "禁止", "ない", "無"}
	// regionDenyEnglish are the English denials (whole words) before
	// a word for abroad, regionDenyEnglishEndings those ending a clause
	// after it, regionAbroadTokens the English words for abroad (with
	// outside Japan and a short name in capitals) and regionDenyFillers
	// the words that may stand between (regionDeniesEnglish).
	regionDenyEnglish = []string{"no", "not", "never", "without", "none", "nothing", "nor", "isn't", "aren't", "won't", "doesn't",
		"don't", "cannot", "can't", "neither"}
	regionDenyEnglishEndings = []string{"none", "never", "prohibited", "forbidden", "disabled", "unused", "excluded", "not used",
		"not allowed", "not permitted", "not applicable", "n/a"}
	regionAbroadTokens = []string{"overseas", "abroad", "offshore", "worldwide", "global", "foreign", "countries", "multi-country"}
	regionDenyFillers  = []string{"any", "all", "data", "is", "are", "be", "been", "being", "will", "shall", "would", "can", "may",
		"ever", "at", "in", "into", "to", "of", "the", "a", "an", "or", "and", "it", "we", "our", "your", "customer", "user",
		"personal", "store", "stored", "storing", "storage", "keep", "kept", "held", "hold", "host", "hosted", "hosting", "save",
		"saved", "locate", "located", "location", "locations", "transfer", "transfers", "transferred", "transferring", "copy",
		"copies", "copied", "replica", "replicas", "replicated", "replication", "backup", "backups", "backed", "up", "process",
		"processed", "processing", "move", "moved", "send", "sent", "dc", "dr", "data-center", "center", "centre", "centers",
		"centres", "site", "sites", "server", "servers", "region", "regions", "used", "use", "access", "accessed", "multiple", "several"}
	// regionModals, between a place abroad and a denial ending the
	// clause, make the denial a choice (overseas backup can be disabled,
	// may be prohibited), unless the denial is of the modal (may not be
	// used); will and shall state what is done.
	regionModals = []string{"can", "may", "might", "could", "would", "should", "optionally", "optional"}
	// regionEnglishExceptions make a denial in the region an
	// exception's when what follows is not a place in Japan
	// (regionException).
	regionEnglishExceptions = []string{"except", "excepting", "unless", "besides", "excluding", "other than", "apart from"}
	// regionJapanPlaces (lower case) are places in Japan and
	// regionJapanSiteWords the words for a site that may follow one in
	// what an exception excepts, with particles (regionJapanOnly).
	regionJapanPlaces = []string{"日本", "国内", "本邦", "東京", "大阪", "関東", "関西", "東日本", "西日本", "首都圏", "近畿", "北海道",
		"東北", "九州", "四国", "沖縄", "名古屋", "福岡", "札幌", "仙台", "京都", "横浜", "神戸", "広島", "千葉", "埼玉", "神奈川",
		"石狩", "印西", "三鷹", "多摩", "japan", "japan's", "japanese", "domestic", "tokyo", "osaka", "kyoto", "nagoya", "fukuoka",
		"sapporo", "sendai", "yokohama", "kobe", "hiroshima", "chiba", "saitama", "kanto", "kansai", "hokkaido", "kyushu", "okinawa"}
	regionJapanSiteWords = []string{"リージョン", "データセンター", "センター", "サーバー", "サーバ", "拠点", "サイト", "内", "地域",
		"環境", "都", "圏", "域", "バックアップ", "dc", "dr", "の", "・", "と", "及び", "および", "や", "、", " ", "and", "or", "region", "regions",
		"data", "center", "centre", "centers", "site", "sites", "dcs", "the"}
	// regionLabelEnglish and regionLabelEnds are the words for keeping
	// or moving data (whole English words; Japanese words and particles
	// ending the label) that may follow a place in a label before a colon
	// (regionPlaceLabel).
	regionLabelEnglish = []string{"data", "store", "stored", "storage", "transfer", "transfers", "backup", "backups", "copy",
		"copies", "replica", "replicas", "replication", "dc", "dr", "site", "sites", "region", "regions", "server", "servers",
		"processing", "location", "locations", "use", "usage", "to", "in"}
	regionLabelEnds = []string{"からのアクセス", "の有無", "有無", "の予定", "予定", "データセンター", "リージョン", "バックアップ",
		"サーバー", "センター", "サーバ", "レプリケーション", "保管", "保存", "移転", "複製", "転送", "処理", "データ", "拠点", "利用", "使用", "保持", "設置", "への", "での", "dc", "dr", "の", "へ",
		"に", "で", "を", "は"}
	regionOperatorWords = []string{"外国法人", "外国企業", "海外企業", "外資", "本社", "運営", "日本法人", "事業者", "headquarter",
		"operated by", "company"}
	regionStorageWords = []string{"保管", "保存", "移転", "バックアップ", "複製", "転送", "処理", "サーバ", "データ", "センタ", "拠点",
		"リージョン", "dc", "dr", "backup", "stor", "data", "server", "transfer", "replica", "region"}
	// regionStorageEnds are the words for keeping or moving data that
	// end a clause before a denial (regionDeniesPlace).
	regionStorageEnds = append([]string{"サーバー", "センター", "利用", "使用", "保持", "設置"}, regionStorageWords...)
	// regionConnectiveHeads are the words before a connective and a
	// place (regionConnectivePlace: バックアップ先, 待機系).
	regionConnectiveHeads = append([]string{"待機", "予備", "災対"}, regionStorageEnds...)
)

func containsWord(v string, words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return strings.Contains(v, w) })
}

// unsafeSchemes are the URL schemes link refuses.
var unsafeSchemes = []string{"javascript:", "vbscript:", "data:", "file:"}

// kana checks that the reading at path is written in katakana: it may hold
// katakana, ー, ・, spaces, letters and digits (company names contain
// them), but no hiragana or kanji.
func (c *checker) kana(v string, path p) {
	for _, r := range v {
		if unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Han, r) {
			c.errorf(path, CodeBadValue, nil,
				fmt.Sprintf("%s %q contains %q: write the reading in katakana (e.g. カブシキガイシャアクメ)", path, v, r),
				fmt.Sprintf("%s %q に %q が含まれています。読みはカタカナで書いてください（例: カブシキガイシャアクメ）", path, v, r))
			return
		}
	}
}

// percent checks an availability in percent: left out (0) or more than 1
// and at most 100. A fraction (0.999 for 99.9%) would be scored as an
// availability under 1%, and 999 (for 99.9) or .inf as one that is met. A
// 0 written out, meaning "no guarantee", is the value of one left out:
// CLD-19 said the register recorded nothing and was not answered rather
// than not met, so it is refused with the way to record no guarantee.
func (c *checker) percent(v float64, path p) {
	switch {
	case v == 0:
		if _, _, n, found := c.find(path); found && n != nil && n.Kind == yaml.ScalarNode && (n.ShortTag() == "!!int" || n.ShortTag() == "!!float") &&
			plainDecimal(n.Value) { // 0_0 or 0x0 was reported by the decoder
			c.errorf(path, CodeBadValue, nil,
				fmt.Sprintf("%s is 0, which reads as not recorded: when no availability is guaranteed, remove it and answer the question Q-CLD-19 with 0 (answers: {Q-CLD-19: {value: \"0\"}}); otherwise write the committed availability in percent (e.g. 99.9)", path),
				fmt.Sprintf("%s が 0 です。0 は未記入と同じに扱われます。稼働率の保証がないときは %s を削除し、質問 Q-CLD-19 に 0 と回答してください（answers: {Q-CLD-19: {value: \"0\"}}）。保証があれば保証稼働率をパーセントで書いてください（例: 99.9）", path, path))
		}
	case v > 0 && v <= 1:
		// Read as a fraction (0.999 for 99.9%) or as a percent (1 for
		// 1%): it is refused either way, as an answer of 1 or less to
		// Q-CLD-19 is (catalog slaAvailability), and the message names
		// both readings rather than asserting the fraction.
		pct := strconv.FormatFloat(math.Round(v*1e8)/1e6, 'f', -1, 64)
		c.errorf(path, CodeBadValue, nil,
			fmt.Sprintf("%s %v is a number of 1 or less, which reads as a fraction (%s%%) or as %v%%, and is taken as neither: write the availability in percent (%s if it means %s%%)", path, v, pct, v, pct, pct),
			fmt.Sprintf("%s（%v）は 1 以下の数で、割合（%s%%）とも %v%% とも読めるため、どちらとしても受け付けません。稼働率はパーセントで書いてください（%s%% の意味なら %s）", path, v, pct, v, pct, pct))
	case v < 0 || v > 100 || math.IsNaN(v):
		c.errorf(path, CodeBadValue, nil,
			fmt.Sprintf("%s %v is not a percentage: write the committed availability between 0 and 100 (e.g. 99.9)", path, v),
			fmt.Sprintf("%s（%v）はパーセントの値ではありません。保証稼働率を 0〜100 の数で書いてください（例: 99.9）", path, v))
	}
}

// renewal checks contracts[i].renewed_by: the id of another contract of
// the same contractor that continues it, starting after this one started
// and no later than the day after it ends. A renewal that names nothing, or
// a contract that does not continue this one, would silently excuse the
// return or deletion of its information (OUT-39).
func (c *checker) renewal(cs []riskassess.Contract, i int) {
	k := cs[i]
	if k.RenewedBy == "" {
		return
	}
	path := p{"contracts", i, "renewed_by"}
	j := slices.IndexFunc(cs, func(n riskassess.Contract) bool { return n.ID == k.RenewedBy })
	switch {
	case j < 0 || j == i:
		c.errorf(path, CodeBadValue, nil,
			fmt.Sprintf("%s %q is not another contract of this contractor: write the id of the contract that continues this one", path, k.RenewedBy),
			fmt.Sprintf("%s（%q）はこの委託事業者の別の契約の ID ではありません。この契約を引き継ぐ契約の ID を書いてください", path, k.RenewedBy))
	case k.To.IsZero():
		c.errorf(path, CodeBadValue, nil,
			fmt.Sprintf("%s: the contract has no end date (to): a renewal continues a contract from its end", path),
			fmt.Sprintf("%s: この契約に終了日（to）がありません。更新は契約の終了日から引き継ぐものです", path))
	case cs[j].From.IsZero() || cs[j].From.After(k.To.AddDays(1)) || !cs[j].From.After(k.From):
		c.errorf(path, CodeBadValue, nil,
			fmt.Sprintf("%s: contract %q starts on %s, not by %s, the day after this one ends: it does not continue it (record the return or deletion in data_returned_on instead)", path, k.RenewedBy, cs[j].From, k.To.AddDays(1)),
			fmt.Sprintf("%s: 契約 %q の開始日（%s）が、この契約の終了日の翌日（%s）までではありません。引き継ぐ契約ではないため、返却・消去を data_returned_on に記録してください", path, k.RenewedBy, cs[j].From, k.To.AddDays(1)))
	case len(k.Information) > 0 && len(cs[j].Information) == 0:
		// The renewed contract no longer counts once it ended (Live): with
		// nothing recorded in its successor, the information it handed
		// over would drop out of the inherent risk.
		c.errorf(path, CodeBadValue, nil,
			fmt.Sprintf("%s: contract %q records no information (information:), but this one does: write in it the information the contractor keeps under it", path, k.RenewedBy),
			fmt.Sprintf("%s: 契約 %q に取り扱う情報（information:）がありませんが、この契約にはあります。引き継いだ情報を %q の information に書いてください", path, k.RenewedBy, k.RenewedBy))
	}
}

// dateOrders reports each pair of e's dates out of order
// (riskassess.EntryDateOrders, the rules CheckEntry shares): at the later
// date, but a record of approval.history or a sign-off dated after
// approval.decided_on, reported at its own date.
func (c *checker) dateOrders(e riskassess.Entry) {
	riskassess.EntryDateOrders(e, func(o riskassess.DateOrder) bool {
		if !o.OutOfOrder() {
			return true
		}
		ep, lp := o.Paths()
		earlier, later := p(ep), p(lp)
		switch o.Rule {
		case riskassess.DateSignatureBeforeDecision:
			// A decision is signed off up to the day it is taken
			// (decided_on, the day of its last sign-off); a sign-off
			// dated later is of another decision or a slip, and APR-01
			// counted it as given once the as-of date passed it.
			c.errorf(earlier, CodeBadValue, nil,
				fmt.Sprintf("%s %s is after approval.decided_on %s: a decision cannot be signed off after it was taken; correct the day of the sign-off, or decided_on to the day of the last sign-off (a later decision goes in approval.status and decided_on, the earlier one in approval.history)", earlier, o.Earlier, o.Later),
				fmt.Sprintf("%s（%s）が approval.decided_on（%s）より後です。決定後に決裁することはできません。決裁日を直すか、decided_on を最後の決裁の日に直してください（後の決定なら approval.status と decided_on に書き、前の決定は approval.history に記録してください）", earlier, o.Earlier, o.Later))
		case riskassess.DateHistoryBeforeDecision:
			// approval.history holds the decisions up to the one in
			// force (status, decided_on); a later one there (a
			// rejection recorded only in the history) was ignored, the
			// entry judged as still approved.
			c.errorf(earlier, CodeBadValue, nil,
				fmt.Sprintf("%s %s is after approval.decided_on %s: the history holds earlier decisions; write the latest decision in approval.status and decided_on (its record may stay in the history)", earlier, o.Earlier, o.Later),
				fmt.Sprintf("%s（%s）が approval.decided_on（%s）より後です。history は過去の決裁の記録です。最新の決裁を approval.status と decided_on に書いてください（history に記録を残してかまいません）", earlier, o.Earlier, o.Later))
		case riskassess.DatePreviousReview:
			if o.I > 0 {
				// Only the log's first record replaced a last_reviewed
				// no record holds; a later one replaced the record
				// before it, and a date here was counted as a review
				// the log does not hold.
				c.errorf(earlier, CodeReviewLog, nil,
					fmt.Sprintf("%s %s is on a record other than the first: only the log's first record can keep the last review date held before the log (a later record replaced the record before it); move the date to reviews[0].previous_review if it is a review before the log, or delete the line", earlier, o.Earlier),
					fmt.Sprintf("%s（%s）が最初の記録以外にあります。記録を始める前の見直し日を残せるのは最初の記録（reviews[0]）だけです（後の記録はその前の記録を置き換えます）。記録を始める前の見直しなら reviews[0].previous_review に移し、そうでなければこの行を削除してください", earlier, o.Earlier))
				break
			}
			// The last review date a review replaced was held before it;
			// as of a day before the review it is the last review.
			c.errorf(earlier, CodeReviewLog, nil,
				fmt.Sprintf("%s %s is not before %s %s: it is the last review date this review replaced, held before it; correct the date, or delete the line if it is not such a date", earlier, o.Earlier, later, o.Later),
				fmt.Sprintf("%s（%s）が %s（%s）より前ではありません。この見直しの前の見直し日（見直しで置き換えた last_reviewed）です。日付を直すか、そうでなければこの行を削除してください", earlier, o.Earlier, later, o.Later))
		case riskassess.DateReviewLog:
			c.errorf(later, CodeReviewLog, nil,
				fmt.Sprintf("%s %s is before %s %s: the review log is kept oldest first; move the record or correct the date", later, o.Later, earlier, o.Earlier),
				fmt.Sprintf("%s（%s）が %s（%s）より前です。見直しの記録は古い順です。記録の順番か日付を直してください", later, o.Later, earlier, o.Earlier))
		default:
			c.order(o.Earlier, o.Later, earlier, later)
		}
		return true
	})
}

// order reports a date at path later that is before the date at path
// earlier (both set).
func (c *checker) order(earlier, later riskassess.Date, ePath, lPath p) {
	if earlier.IsZero() || later.IsZero() || !later.Before(earlier) {
		return
	}
	c.errorf(lPath, CodeBadValue, nil,
		fmt.Sprintf("%s %s is before %s %s: correct one of the two dates", lPath, later, ePath, earlier),
		fmt.Sprintf("%s（%s）が %s（%s）より前になっています。どちらかの日付を直してください", lPath, later, ePath, earlier))
}

// requestValidUntil refuses the valid_until of a pending request or draft
// (approval.status requested or draft) that is not the valid_until of the
// approval it renews (riskassess.Approval.RenewedRecord: the latest dated
// approved or conditional record of approval.history). due, check, the
// export and the site read it as that approval's expiry
// (Approval.ValidUntilOn), so the period applied for written there
// (2027-11-30 beside a history approval that lapsed on 2026-11-19) showed
// the lapsed approval as valid until 2027 without a word; so did one kept
// on a request whose history records no approval: an approval expiry for
// an entry never approved. Left as they are: a request without
// valid_until, one equal to its record's, and one beside a record
// without valid_until (the request keeps that approval's expiry, the only
// place it is recorded).
func (c *checker) requestValidUntil(a riskassess.Approval) {
	if a.Status != riskassess.StatusRequested && a.Status != riskassess.StatusDraft || a.ValidUntil.IsZero() {
		return
	}
	path := p{"approval", "valid_until"}
	st, stJa := string(a.Status), a.Status.Label("ja")
	i := a.RenewedRecord()
	if i < 0 {
		c.errorf(path, CodeBadValue, nil,
			fmt.Sprintf("approval.valid_until %s is kept on a request (approval.status %s), but approval.history records no approval (approved or conditional, with its on) that it renews: a request's valid_until is read as the expiry of the approval in force; if it is the period applied for, delete it (it belongs in the decision once approved); if it is the end of an approval, record that approval in approval.history with its on and valid_until", a.ValidUntil, st),
			fmt.Sprintf("%sの approval.valid_until（%s）がありますが、approval.history に更新の対象となる承認（approved・conditional、on のあるもの）の記録がありません。申請の valid_until は有効な承認の有効期限として読まれます。申請した期間なら削除してください（承認の決裁のときに記録します）。承認の有効期限なら、その承認を on と valid_until 付きで approval.history に記録してください", stJa, a.ValidUntil))
		return
	}
	h := a.History[i]
	if h.ValidUntil.IsZero() || h.ValidUntil == a.ValidUntil {
		return
	}
	hp := p{"approval", "history", i, "valid_until"}
	c.errorf(path, CodeBadValue, nil,
		fmt.Sprintf("approval.valid_until %s of a request (approval.status %s) is not %s %s, the expiry of the approval it renews (decided %s): a request's valid_until must be that of the approval in force, or be left out; the period applied for belongs in the decision once approved (status, decided_on, valid_until, the earlier approval kept in approval.history)", a.ValidUntil, st, hp, h.ValidUntil, h.On),
		fmt.Sprintf("%sの approval.valid_until（%s）が、更新の対象の承認（%s の決裁）の有効期限 %s（%s）と違います。申請の valid_until は有効な承認の有効期限と同じにするか、省略してください。申請した期間は、承認の決裁のときに記録します（status・decided_on・valid_until に書き、前の承認は approval.history に残します）", stJa, a.ValidUntil, h.On, hp, h.ValidUntil))
}

// statusAfterDecisionAgain refuses the status of a social account retired
// (or suspended) whose approval records that retirement (suspension) in
// its history and a later decision bringing the account back: approved or
// conditional, or, after a retirement, requested or draft (the entry in
// the approval process again, Approval.InForceOn). The status carries no
// date and counts as it is (Social.StatusOn), so check, due, the plan and
// the site read the account approved again on 2026-09-01 as retired, a
// record with no review, yearly task or requirement checked, or as still
// suspended, without a word; whether it is back in use or was retired
// again by its status alone the register does not say. A status retired
// or suspended with no such decision before the approval's (set by the
// status alone), and a request after a suspension (which stands until
// decided), are left as they are.
func (c *checker) statusAfterDecisionAgain(e *riskassess.Social) {
	var want riskassess.ApprovalStatus
	switch e.Status {
	case riskassess.AccountRetired:
		want = riskassess.StatusRetired
	case riskassess.AccountSuspended:
		want = riskassess.StatusSuspended
	default:
		return
	}
	a := &e.Approval
	request := a.Status == riskassess.StatusRequested || a.Status == riskassess.StatusDraft
	if !a.Status.Signed() && !(request && want == riskassess.StatusRetired) {
		return
	}
	on := a.DecidedOn
	if on.IsZero() {
		on = a.RequestedOn()
	}
	if on.IsZero() {
		return
	}
	at := -1
	for i, h := range a.History {
		if h.Status == want && !h.On.IsZero() && h.On.Before(on) && (at < 0 || !h.On.Before(a.History[at].On)) {
			at = i
		}
	}
	if at < 0 {
		return
	}
	hp := p{"approval", "history", at}
	h := a.History[at]
	c.errorf(p{"status"}, CodeBadValue, nil,
		fmt.Sprintf("status is %s, but %s records the %s of %s and the decision after it is %s (%s): the account was brought back into use, or its %s is not recorded as a decision; if it is in use again, write status: active; if it was %s after that decision, record the %s in approval (status: %s, decided_on, the decision before it kept in approval.history)",
			e.Status, hp, noun(want), h.On, a.Status, on, noun(want), want, noun(want), want),
		fmt.Sprintf("status は%sですが、%s は %s の%sを記録し、その後の決裁は%s（%s）です。再び使っているのか、その後に%sしたのに決裁として記録していないのか、台帳からは分かりません。再び使っているなら status: active と書き、その決裁の後に%sしたなら、その%sを approval に記録してください（status: %s と decided_on。前の決裁は approval.history に残します）",
			e.Status.Label("ja"), hp, h.On, want.Label("ja"), a.Status.Label("ja"), on, want.Label("ja"), want.Label("ja"), want.Label("ja"), want))
}

// noun is the English noun of a retirement or suspension (approval
// status retired or suspended), for statusAfterDecisionAgain.
func noun(s riskassess.ApprovalStatus) string {
	if s == riskassess.StatusSuspended {
		return "suspension"
	}
	return "retirement"
}

// certs refuses a certificate whose name gives a lapse date other than its valid_until
// (nameLapseAgrees) and one whose number is no registration number
// (certNumberSaysNotHeld).
func (c *checker) certs(cs []riskassess.Certification) {
	for i, k := range cs {
		c.nameLapseAgrees(k, i)
		if certNumberSaysNotHeld(k.Number) {
			c.errorf(p{"certifications", i, "number"}, CodeBadValue, nil,
				fmt.Sprintf("certifications[%d].number %s is no registration number: it says the certificate is not held or names no number; record a certificate not held with its status in name (name: ISMS (application pending)) or leave it out, and leave number out when it is not known (the requirements counted the certificate as held)", i, strconv.Quote(k.Number)),
				fmt.Sprintf("certifications[%d].number %s は登録番号ではありません（認証を保有していないこと、または番号がないことを書いています）。保有していない認証は name に状態を書くか（例: name: ISMS（申請中））削除し、番号が分からないときは number を省略してください（要件はこの認証を保有しているものとして扱っていました）", i, strconv.Quote(k.Number)))
		}
		if k.Type == riskassess.CertOther {
			c.otherCertNamed(k.Name, i)
		}
	}
}

// personalDataWords name personal data in an information item's
// description (氏名, 住所, 名簿, 連絡先, 顔写真, 個人情報 …).
var personalDataWords = []string{"個人情報", "個人番号", "マイナンバー", "氏名", "住所", "生年月日", "電話番号", "メールアドレス", "連絡先",
	"連絡網", "名簿", "顔写真", "署名簿", "署名者", "住民票", "戸籍", "個人データ", "名前",
	"傍聴者", "請願者", "陳情者", "相談者", "申込者", "申請者", "会員情報", "利用者情報", "履歴書", "口座番号", "相談記録"}

// personalDataWholeWords are the words of personalDataWords for personal
// data as a whole: denied (個人情報を含まない, 個人データなし), they say the
// text names none, whatever else it names.
var personalDataWholeWords = []string{"個人情報", "個人データ"}

// personalDataDenials, after a word of personalDataWords in its part of a
// text, say that the data it names is not there (氏名なし, 個人情報を含まない,
// 住所を除く, 個人番号は記載しない, 個人情報の入力は禁止).
var personalDataDenials = []string{"なし", "無し", "ない", "ません", "含まず", "除く", "除き", "除いた", "除いて", "除外", "禁止", "不可", "せず",
	"匿名化", "伏せ", "マスキング", "黒塗り", "非表示"}

// organisationWords of personalDataWords name an organisation's data
// after a word of organisationOwners, with or without の (事業所の住所,
// 代表電話番号, 団体名簿, 指名業者名簿): no personal data.
var (
	organisationWords  = []string{"住所", "電話番号", "メールアドレス", "連絡先", "名簿"}
	organisationOwners = []string{"事業所", "事務所", "事業者", "業者", "施設", "会場", "団体", "法人", "企業", "会社", "庁舎", "店舗", "代表", "問い合わせ先", "問合せ先", "窓口"}
)

// organisationMention reports whether mention m of v names an
// organisation's data (organisationWords after organisationOwners) or
// personal data's protection (個人情報保護方針, 個人情報保護条例), not personal
// data.
func organisationMention(v string, m personalDataMention) bool {
	w := personalDataWords[m.word]
	if w == "個人情報" && strings.HasPrefix(v[m.end:], "保護") {
		return true
	}
	if !slices.Contains(organisationWords, w) {
		return false
	}
	before := strings.TrimSuffix(v[:m.start], "の")
	return slices.ContainsFunc(organisationOwners, func(o string) bool { return strings.HasSuffix(before, o) })
}

// personalDataBreaks end the part of a text a word of personalDataWords
// stands in: what comes after one of them is said of something else
// (氏名・住所。マイナンバーなし: the denial is the number's only).
var personalDataBreaks = []string{"。", "、", "，", ",", "（", "）", "(", ")", "「", "」", "【", "】", ";", "；", "\n", " ", "\u3000"}

// personalDataJoiners join two words of personalDataWords into one list
// that a denial after the last covers (氏名・住所を除く, 氏名及び住所は含まない).
// の is none: 相談者の住所を除く denies the address, not the person's other
// data, so 相談者の氏名なし is refused too (a false refusal).
// A comma is none: it also ends a list before what is said of another
// word (氏名・住所、個人番号は記載しない), so 氏名、住所は含まない is refused, a
// false refusal rather than a list read as denied.
var personalDataJoiners = []string{"・", "及び", "および", "又は", "または", "と", "や", "等", "など", "/", "／"}

// personalDataNoteDenials are the notes in brackets right after a word of
// personalDataWords that deny it (氏名（なし）).
var personalDataNoteDenials = []string{"なし", "無し", "含まない", "含まず", "除く", "除外"}

// personalDataMention is a word of personalDataWords (by index) found in
// a text between the byte offsets start and end.
type personalDataMention struct{ word, start, end int }

// personalDataStated refuses the contract's information item at path
// whose description names personal data (personalDataWords: 署名者の氏名,
// 参加者名簿, 議員の顔写真) while the item leaves personal_data out and is not
// flagged my_number: an item without personal_data counts as holding none
// (Contract.HandlesPersonalData), and OUT-23, OUT-24 and the other
// personal-data requirements were not applicable without a word. An item
// that says personal_data: false is the staff's reading and stays, and so
// does a description that says the data is not there (氏名なし,
// 個人情報を含まない).
func (c *checker) personalDataStated(inf riskassess.InformationAccess, path p) {
	if inf.PersonalData || inf.MyNumber {
		return
	}
	w, ok := namesPersonalData(inf.Description)
	if !ok {
		return
	}
	fp := append(slices.Clip(path), "personal_data")
	if _, _, n, found := c.find(fp); found && !isNull(n) {
		return // personal_data: null says nothing either
	}
	c.errorf(fp, CodeMissingField, nil,
		fmt.Sprintf("%s.description %s names personal data (%s) but the item does not say personal_data: an item without it counts as holding no personal data (OUT-23, OUT-24 and the other personal-data requirements were not applicable); write personal_data: true, or personal_data: false if it holds none", path, strconv.Quote(inf.Description), strconv.Quote(w)),
		fmt.Sprintf("%s.description %s は個人情報（「%s」）を挙げていますが、personal_data の記入がありません。記入がないと個人情報を含まないものとして扱われます（OUT-23・OUT-24 などの個人情報の要件が対象外になっていました）。個人情報を含むなら personal_data: true を、含まないなら personal_data: false を書いてください", path, strconv.Quote(inf.Description), w))
}

// namesPersonalData returns the word of personalDataWords, first in
// that list, that v names and does not deny. A denial
// (personalDataDenials) covers the word it follows in the same part of v
// (up to a break of personalDataBreaks or the next word), and the words
// joined to that one before it (personalDataJoiners): 氏名、住所は含まない
// names none, 住民相談記録（氏名・住所。マイナンバーなし） and 職員名簿（住所を除く）
// name 氏名 and 名簿. Before, a denial anywhere in v made the whole of it
// name none, and such items counted as holding no personal data. A
// denial of personal data as a whole (personalDataWholeWords, not
// 特定個人情報 nor 要配慮個人情報: 個人情報を含まない, 個人情報なし) makes v name
// none. An organisation's address, telephone or list and personal data's
// protection (organisationMention: 事業所の住所, 団体名簿, 個人情報保護方針)
// name none.
func namesPersonalData(v string) (string, bool) {
	var ms []personalDataMention
	for wi, w := range personalDataWords {
		for off := 0; ; {
			j := strings.Index(v[off:], w)
			if j < 0 {
				break
			}
			ms = append(ms, personalDataMention{wi, off + j, off + j + len(w)})
			off += j + len(w)
		}
	}
	slices.SortStableFunc(ms, func(a, b personalDataMention) int { return a.start - b.start })
	best := -1
	org := make([]bool, len(ms))
	for k, m := range ms {
		// A word joined to an organisation's (会場の住所・電話番号) is the
		// organisation's too.
		joined := k > 0 && org[k-1] && slices.Contains(organisationWords, personalDataWords[m.word]) &&
			slices.ContainsFunc(personalDataJoiners, func(j string) bool { return v[ms[k-1].end:m.start] == j })
		if org[k] = joined || organisationMention(v, m); org[k] {
			continue
		}
		if strings.HasPrefix(v[m.end:], "数") {
			continue // a count of people (傍聴者数, 申請者数の集計)
		}
		if !personalDataDenied(v, ms, k) {
			if best < 0 || m.word < best {
				best = m.word
			}
			continue
		}
		if w := personalDataWords[m.word]; slices.Contains(personalDataWholeWords, w) &&
			!strings.HasSuffix(v[:m.start], "特定") && !strings.HasSuffix(v[:m.start], "要配慮") {
			return "", false
		}
	}
	if best < 0 {
		// No Japanese word: the English ones (names and addresses,
		// contact list), which were read as no personal data.
		return englishPersonalData(v)
	}
	return personalDataWords[best], true
}

// personalDataDenied reports whether mention k of ms, in v, is denied:
// the part of v after it, up to a break or the next mention, holds a word
// of personalDataDenials; or a note in brackets right after it is one of
// personalDataNoteDenials; or only joiners stand between it and the next
// mention, which is denied.
func personalDataDenied(v string, ms []personalDataMention, k int) bool {
	m := ms[k]
	next := -1
	for i, n := range ms {
		if n.start >= m.end && (next < 0 || n.start < ms[next].start) {
			next = i
		}
	}
	rest := v[m.end:]
	if next >= 0 {
		rest = v[m.end:ms[next].start]
		between := rest
		for between != "" {
			i := slices.IndexFunc(personalDataJoiners, func(j string) bool { return strings.HasPrefix(between, j) })
			if i < 0 {
				break
			}
			between = between[len(personalDataJoiners[i]):]
		}
		if between == "" {
			return personalDataDenied(v, ms, next)
		}
	}
	for _, open := range [...][2]string{{"（", "）"}, {"(", ")"}} {
		if inner, ok := strings.CutPrefix(v[m.end:], open[0]); ok {
			if i := strings.Index(inner, open[1]); i >= 0 {
				return slices.Contains(personalDataNoteDenials, strings.TrimSpace(inner[:i]))
			}
		}
	}
	for _, b := range personalDataBreaks {
		if i := strings.Index(rest, b); i >= 0 {
			rest = rest[:i]
		}
	}
	return slices.ContainsFunc(personalDataDenials, func(d string) bool { return strings.Contains(rest, d) })
}

// servicePersonalDataStated refuses service e whose purpose or a
// permitted use names personal data (namesPersonalData: 傍聴申込みの受付
// （氏名・連絡先）, 意見募集（氏名・連絡先・意見）) while it leaves personal_data
// out (or null) and is not flagged my_number: a service without it counts
// as handling none (HandlesPersonalData), and CLS-14, OUT-04 and the other
// personal-data requirements were not applicable without a word, as for a
// contract's information item (personalDataStated). The first text naming
// it is the place.
func (c *checker) servicePersonalDataStated(e *riskassess.Service) {
	if e.PersonalData || e.MyNumber {
		return
	}
	if _, _, n, found := c.find(p{"personal_data"}); found && (n == nil || !isNull(n)) {
		return // written either way, or not a mapping (the decoder said so)
	}
	texts := append([]string{e.Purpose}, e.PermittedUses...)
	for i, v := range texts {
		w, ok := namesPersonalData(v)
		if !ok {
			continue
		}
		at, name := p{"purpose"}, "purpose"
		if i > 0 {
			at, name = p{"permitted_uses", i - 1}, fmt.Sprintf("permitted_uses[%d]", i-1)
		}
		c.errorf(at, CodeMissingField, nil,
			fmt.Sprintf("%s %s names personal data (%s) but the service does not say personal_data: a service without it counts as handling no personal data (CLS-14, OUT-04 and the other personal-data requirements were not applicable); write personal_data: true, or personal_data: false if it handles none", name, strconv.Quote(v), strconv.Quote(w)),
			fmt.Sprintf("%s %s は個人情報（「%s」）を挙げていますが、personal_data の記入がありません。記入がないと個人情報を扱わないサービスとして扱われます（CLS-14・OUT-04 などの個人情報の要件が対象外になっていました）。個人情報を扱うなら personal_data: true を、扱わないなら personal_data: false を書いてください", name, strconv.Quote(v), w))
		return
	}
}

// scopePersonalDataStated refuses the contract at path whose scope names
// personal data (請願・陳情の署名簿の入力, 名簿の管理) while no information item
// says personal_data (either way, not null) nor my_number: with no item,
// or items that leave it out (入力データ, 紙の原本), the contract counted as
// handling no personal data and OUT-23, OUT-24 and the other
// personal-data requirements were not applicable without a word.
func (c *checker) scopePersonalDataStated(k riskassess.Contract, path p) {
	w, ok := namesPersonalData(k.Scope)
	if !ok {
		return
	}
	for j, inf := range k.Information {
		if inf.PersonalData || inf.MyNumber {
			return
		}
		if _, _, n, found := c.find(append(slices.Clip(path), "information", j, "personal_data")); found && !isNull(n) {
			return
		}
	}
	at := append(slices.Clip(path), "information")
	if len(k.Information) > 0 {
		at = append(at, 0, "personal_data")
	}
	c.errorf(at, CodeMissingField, nil,
		fmt.Sprintf("%s.scope %s names personal data (%s) but no item of %s.information says personal_data: the contract counted as handling no personal data (OUT-23, OUT-24 and the other personal-data requirements were not applicable); list the information with personal_data: true, or write personal_data: false on the items if none is personal data", path, strconv.Quote(k.Scope), strconv.Quote(w), path),
		fmt.Sprintf("%s.scope %s は個人情報（「%s」）を挙げていますが、%s.information に personal_data を記入した項目がありません。個人情報を扱わない契約として扱われます（OUT-23・OUT-24 などの個人情報の要件が対象外になっていました）。扱う情報を personal_data: true 付きで記録するか、個人情報がないなら項目に personal_data: false を書いてください", path, strconv.Quote(k.Scope), w, path))
}

// reportNotReceivedWords end a report's title, or the note in brackets
// ending it, that says the report was not received (未提出, 督促中,
// 督促済み, 再督促, 提出依頼中, 未回収, 提出予定; a reminder or a request
// sent and nothing after it);
// reportNoneTitles are whole titles that name no report.
var (
	reportNotReceivedWords = []string{"未提出", "未受領", "未受理", "未着", "未報告", "提出予定", "受領予定", "報告予定", "督促中", "催促中",
		"督促済み", "督促済", "催促済み", "催促済", "督促状送付済み", "督促状送付済",
		"再督促", "督促予定", "督促", "催告中", "催告済み", "催告済", "未回収", "回収予定", "提出依頼中", "提出依頼済み", "提出依頼済", "依頼中", "請求中",
		"提出待ち", "受領待ち", "報告なし", "報告無し", "報告書なし", "報告書無し", "提出なし", "提出無し", "受領なし", "受領無し",
		"提出されていない", "提出していない", "受領していない", "届いていない",
		"受領前", "到着前", "到着予定", "受領せず", "提出せず", "回答待ち", "回答なし", "回答無し", "返信なし", "返信無し", "未回答",
		"not received", "not yet received", "not submitted", "not yet submitted"}
	reportNoneTitles = []string{"なし", "無し", "ない", "無", "該当なし", "未定", "不明", "-", "--", "ー", "―", "tbd", "n/a", "na", "none", "nil", "?", "pending"}
)

// reportTitleSaysNotReceived reports whether a report's title (half
// width, lower case, a closing 。 or です aside) says the report was not
// received: it is one of reportNoneTitles, or it, or what stands before
// the note in brackets ((), [], 【】) ending it, ends with a word of
// reportNotReceivedWords (報告書未提出, 月次報告なし, 未提出（9月分）), or the
// note ends with one after nothing, a space, hiragana, punctuation, 報告,
// 報告書 or a word ending in 分, 月, 末, 日 or 旬 (（9月分・未提出）,
// （報告書未提出）, （督促中・10月末提出予定）). A
// note saying something else was none (配信実績報告（障害なし）, 事故報告
// （該当なし）, 月次報告（障害報告なし）) and a title holding such a word inside
// (提出予定表の確認報告) name a report.
func reportTitleSaysNotReceived(title string) bool {
	t := strings.ToLower(strings.TrimSpace(riskassess.WideKana(strings.Map(riskassess.NarrowRune, title))))
	t = strings.TrimSpace(strings.TrimSuffix(strings.TrimRight(t, "。. "), "です"))
	if slices.Contains(reportNoneTitles, t) {
		return true
	}
	ends := func(v string, note bool) bool {
		for _, w := range reportNotReceivedWords {
			before, ok := strings.CutSuffix(v, w)
			if !ok {
				continue
			}
			if !note || before == "" || strings.HasSuffix(before, "報告") || strings.HasSuffix(before, "報告書") {
				return true
			}
			// A longer word may end the note too (依頼中 and 提出依頼中):
			// every word is tried.
			if r, _ := utf8.DecodeLastRuneInString(before); unicode.IsSpace(r) || unicode.Is(unicode.Hiragana, r) || strings.ContainsRune("分月末日旬・、,:：", r) {
				return true
			}
		}
		return false
	}
	if remindedInParts(t) {
		return true
	}
	for _, b := range [][2]string{{"(", ")"}, {"[", "]"}, {"【", "】"}} {
		if strings.HasSuffix(t, b[1]) {
			if i := strings.LastIndex(t, b[0]); i >= 0 {
				head := strings.TrimSpace(t[:i])
				note := strings.TrimSpace(t[i+len(b[0]) : len(t)-len(b[1])])
				return ends(note, true) || remindedOnly(note) || slices.Contains(reportNoneTitles, head) || ends(head, false)
			}
		}
	}
	return ends(t, false) || remindedOnly(t)
}

// reminderOnly matches a text (as reportTitleSaysNotReceived makes it)
// that says only that a reminder was sent or is being sent, with its
// count or its form: 督促1回目, 督促2回目送付, 1回目督促済み, 再督促中,
// 提出督促中, 督促状送付, 催促1回. A text naming anything after it
// (督促後受領, 督促済み分を含む, 督促状の送付手順) does not match.
var reminderOnly = regexp.MustCompile(`^(?:[0-9〇一二三四五六七八九十]+回目?の?|第[0-9〇一二三四五六七八九十]+回目?の?|再度の?|再|提出|報告書?の?)?` +
	`(?:督促|催促|催告)(?:状)?(?:[0-9〇一二三四五六七八九十]+回目?|第[0-9〇一二三四五六七八九十]+回目?)?(?:を|の)?` +
	`(?:送付|発送|通知|実施|送信)?(?:済み|済|中|予定|した|しました|している)?$`)

// reportReceivedWords say a report came in (受領, 提出済): a title or
// note holding one beside a reminder (督促1回目・10月5日受領) names a
// report received.
// A word after 未 says the opposite (未受領, 未着) and is not one.
var reportReceivedWords = []string{"受領", "受理", "受付", "受け取", "提出済", "提出あり", "提出有", "回収済", "到着", "着"}

// saysReceived reports whether v holds a word of reportReceivedWords not
// after 未.
func saysReceived(v string) bool {
	for _, w := range reportReceivedWords {
		for rest := v; ; {
			i := strings.Index(rest, w)
			if i < 0 {
				break
			}
			if !strings.HasSuffix(rest[:i], "未") && !strings.HasSuffix(rest[:i], "未到") {
				return true
			}
			rest = rest[i+len(w):]
		}
	}
	return false
}

// remindedOnly reports whether v (a title or the note ending it, as
// reportTitleSaysNotReceived makes it), or its last part after a space,
// ・, 、 or a comma, matches reminderOnly, and no part of it says the
// report came in (reportReceivedWords): 報告書（督促1回目）, 報告書（9月分・督促2回目）,
// 月次報告書 督促1回目 name no report received.
func remindedOnly(v string) bool {
	if !strings.Contains(v, "督促") && !strings.Contains(v, "催促") && !strings.Contains(v, "催告") {
		return false
	}
	if saysReceived(v) {
		return false
	}
	if reminderOnly.MatchString(v) {
		return true
	}
	i := strings.LastIndexFunc(v, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("・、,", r) })
	if i < 0 {
		return false
	}
	_, n := utf8.DecodeRuneInString(v[i:])
	return reminderOnly.MatchString(strings.TrimSpace(v[i+n:]))
}

// reminderCount is a count of reminders (1回目, 第2回, 計2回, 1) in
// reminderPart and reminderDatePart.
const reminderCount = `(?:計|第)?[0-9〇一二三四五六七八九十]+(?:回目?)?`

// reminderDate is a day in reminderPart and reminderDatePart (10月5日,
// 10/5, 令和8年10月5日).
const reminderDate = `(?:(?:令和|r)?[0-9元]+年)?[0-9]+月[0-9]+日|[0-9]+/[0-9]+`

// reminderPart matches one part of a report title's note (as
// reportTitleSaysNotReceived makes it, split by remindedInParts) saying
// a reminder was sent: with its means (メールで, 電話で), count, day or form
// (督促メール, 督促状), リマインド as well: 督促1回目, 10/5督促, 督促10/5,
// メールで督促1回目, 督促メール送付, リマインド送付, 督促計2回.
var reminderPart = regexp.MustCompile(`^(?:(?:メール|電話|文書|書面|郵送|fax)(?:で|にて|による)?)?(?:(?:` + reminderDate + `)(?:に|の)?)?(?:` + reminderCount + `の?)?(?:再度の?|再|提出|報告書?の?)?` +
	`(?:督促|催促|催告|リマインド)(?:状|メール|の?電話)?(?:` + reminderCount + `|` + reminderDate + `)?(?:を|の)?` +
	`(?:送付|発送|通知|実施|送信)?(?:済み|済|中|予定|した|しました|している)?$`)

// reminderDatePart matches a part of such a note giving only a day or a
// count (10月5日, 10/5, 2回目) beside a reminderPart.
var reminderDatePart = regexp.MustCompile(`^(?:` + reminderDate + `|` + reminderCount + `)$`)

// remindedInParts reports whether t, a report's title as
// reportTitleSaysNotReceived makes it, holds a note in brackets ((), [],
// 【】, anywhere: 報告書（督促1回目）10月分) or a part after its last colon
// (報告書：督促1回目) whose parts, split at spaces, ・, 、, a comma, a slash,
// a colon or ～, are each a reminder (reminderPart), a day or a count
// (reminderDatePart) or say the report did not come (a word of
// reportNotReceivedWords: 回答なし, 受領前), one at least a reminder, and
// no part of t says the report came in (saysReceived):
// 報告書（督促：10月5日）, 報告書（督促1回目・2回目）, 報告書（督促メール送付）,
// 報告書（督促1回目、回答なし）; so do the words after a space (月次報告書
// 督促：1回目). A note naming anything else (督促済み分を含む)
// or a title of a report on reminders (報告書：督促業務の実施状況) does not.
func remindedInParts(t string) bool {
	if !strings.Contains(t, "督促") && !strings.Contains(t, "催促") && !strings.Contains(t, "催告") && !strings.Contains(t, "リマインド") || saysReceived(t) {
		return false
	}
	only := func(v string) bool {
		reminded := false
		for _, part := range strings.FieldsFunc(v, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("・、,/:：～~", r) }) {
			part = strings.TrimRight(part, "。.")
			switch {
			case reminderPart.MatchString(part):
				reminded = true
			case reminderDatePart.MatchString(part) || slices.Contains(reportNotReceivedWords, part):
			default:
				return false
			}
		}
		return reminded
	}
	for _, b := range [][2]string{{"(", ")"}, {"[", "]"}, {"【", "】"}} {
		for rest := t; ; {
			i := strings.Index(rest, b[0])
			if i < 0 {
				break
			}
			rest = rest[i+len(b[0]):]
			j := strings.Index(rest, b[1])
			if j < 0 {
				break
			}
			if i > 0 && only(rest[:j]) {
				return true
			}
			rest = rest[j+len(b[1]):]
		}
	}
	if i := strings.LastIndexAny(t, ":："); i > 0 && only(t[i:]) {
		return true
	}
	// The words after a space (月次報告書 督促：1回目, 月次報告書 督促 1回目).
	for i, r := range t {
		if i > 0 && unicode.IsSpace(r) && only(t[i:]) {
			return true
		}
	}
	return false
}

// certNumberSaysNotHeld reports whether a certificate's number is no
// registration number: it holds no digit (申請中, 未取得, なし, -, TBD), or
// it says, as a name's bracket would, that the certificate is not held
// (riskassess.CertNameSaysNotHeld: 申請中（2026年3月）, 2025年3月失効; a
// renewal in progress, IS 999183（更新審査中）, is held). Every certificate
// with a number counted as held: OUT-02 was met with number: 申請中.
func certNumberSaysNotHeld(number string) bool {
	number = strings.TrimSpace(number)
	if number == "" {
		return false
	}
	return !strings.ContainsFunc(number, unicode.IsDigit) || riskassess.CertNameSaysNotHeld("（"+number+"）")
}

// nameLapseAgrees refuses certificate i whose name gives, in a bracket,
// the date of its lapse after 失効日 (ISMS（失効日：2025年3月31日）,
// プライバシーマーク（失効日は2025年3月31日です）, （失効日：2025年3月31日まで）;
// the date at the start of the text after 失効日, read as wareki reads
// every date, with a trailing まで, です or 。 allowed) and whose
// valid_until is another day. The requirements and the due dates judge a
// held certificate's expiry by valid_until alone and read 失効日 in the
// name as its description (riskassess.CertNameSaysNotHeld), so a name
// saying 2025-03-31 beside valid_until: 2027-09-30 counted the
// certificate as valid until 2027 without a word. Left as they are: a
// plan (失効日：2027年3月31日（予定）, 失効予定日); the lapse of an earlier
// certificate (lapseOfEarlier: 旧証明書の失効日, 前回の失効日, 2013年版の
// 失効日, or a bracket saying 更新済 or 更新後); text after the date that
// is not a date alone; and a name without valid_until: the last is judged
// partial (no expiry recorded), which asks for the field.
func (c *checker) nameLapseAgrees(k riskassess.Certification, i int) {
	if k.ValidUntil.IsZero() {
		return
	}
	const word = "失効日"
	for off := 0; ; {
		j := strings.Index(k.Name[off:], word)
		if j < 0 {
			return
		}
		j += off
		off = j + len(word)
		open, end := enclosingBracket(k.Name, j)
		if open < 0 || lapseOfEarlier(k.Name[open:j], k.Name[open:end]) {
			continue
		}
		rest := strings.TrimLeft(k.Name[j+len(word):], ":：は \u3000\t")
		if e := strings.IndexAny(rest, "、,;。)）\n"); e >= 0 {
			rest = rest[:e]
		}
		if strings.Contains(rest, "予定") || strings.Contains(rest, "見込") {
			continue
		}
		rest = strings.TrimSpace(rest)
		for _, suffix := range []string{"です", "まで"} {
			rest = strings.TrimSpace(strings.TrimSuffix(rest, suffix))
		}
		d, err := wareki.Parse(rest)
		if err != nil || d.IsZero() || d == k.ValidUntil {
			continue
		}
		c.errorf(p{"certifications", i, "valid_until"}, CodeBadValue, nil,
			fmt.Sprintf("certifications[%d].valid_until %s is not the lapse date %s its name %s gives: correct the one that is wrong (the requirements and due dates read valid_until)", i, k.ValidUntil, d, strconv.Quote(k.Name)),
			fmt.Sprintf("certifications[%d].valid_until（%s）が、name %s の失効日（%s）と違います。誤っている方を直してください（要件と期限は valid_until で判定します）", i, k.ValidUntil, strconv.Quote(k.Name), d))
		return
	}
}

// enclosingBracket returns the byte offsets of the innermost bracket of s
// (( or （) open before position j and not closed before it, and of the
// end of that bracket (its closing bracket, or len(s) if it is not
// closed); open is -1 when j is in no bracket.
func enclosingBracket(s string, j int) (open, end int) {
	var opens []int
	for x, r := range s[:j] {
		switch r {
		case '(', '（':
			opens = append(opens, x)
		case ')', '）':
			if len(opens) > 0 {
				opens = opens[:len(opens)-1]
			}
		}
	}
	if len(opens) == 0 {
		return -1, -1
	}
	open, depth := opens[len(opens)-1], 1
	for x, r := range s[j:] {
		switch r {
		case '(', '（':
			depth++
		case ')', '）':
			if depth--; depth == 0 {
				return open, j + x
			}
		}
	}
	return open, len(s)
}

// lapseOfEarlier reports whether the 失効日 after before (the bracket's text
// up to it) is that of an earlier certificate than the one recorded: the
// clause before it (after the last 、 , ; or 。) says 旧, 前回, 前の or
// 版の (ISMS（旧証明書の失効日：…）, （前回の失効日：…）,
// （2013年版の失効日：…）), or the whole bracket says the certificate was
// renewed (更新済, 更新後). 証明書の alone is not enough: 本証明書の失効日
// is the recorded certificate's own.
func lapseOfEarlier(before, bracket string) bool {
	if strings.Contains(bracket, "更新済") || strings.Contains(bracket, "更新後") {
		return true
	}
	clause := before
	if e := strings.LastIndexAny(clause, "、,，;；。"); e >= 0 {
		clause = clause[e:]
	}
	for _, w := range []string{"旧", "前回", "前の", "版の"} {
		if strings.Contains(clause, w) {
			return true
		}
	}
	return false
}

// otherCertNamed refuses certificate i of type other whose name (or its
// part before a bracket: プライバシーマーク（JIPDEC）) is a certificate type
// of its own (riskassess.Replacement): the requirements and the due
// dates read the type, so OUT-04 saw no Privacy Mark and said the
// register recorded nothing. A name whose bracket says the certificate
// is not held (プライバシーマーク（申請中）, ISMS（取得予定）, …（失効）; not
// プライバシーマーク（更新申請中）, held while renewed:
// riskassess.CertNameSaysNotHeld) is left as it is: writing its type would count a mark
// only applied for, or lapsed, as held.
func (c *checker) otherCertNamed(name string, i int) {
	n := strings.TrimSpace(name)
	if riskassess.CertNameSaysNotHeld(n) {
		return
	}
	if j := strings.IndexAny(n, "（("); j > 0 {
		n = n[:j]
	}
	t, ok := riskassess.Replacement(riskassess.CertType(""), n)
	if !ok || t == string(riskassess.CertOther) {
		return
	}
	label := riskassess.CertType(t).Label("ja")
	path := p{"certifications", i, "type"}
	e := newError(c.file, 0, 0, CodeBadValue,
		fmt.Sprintf("certifications[%d] has type other but its name %s is the certificate type %s: write type: %s (the requirements and due dates read the type, and counted no such certificate)", i, strconv.Quote(name), t, t),
		fmt.Sprintf("certifications[%d] の type が other ですが、name の %s は認証の種類 %s（%s）です。type: %s と書いてください（要件と期限は type を見るため、この認証がないものとして扱っていました）", i, strconv.Quote(name), t, label, t))
	e.Line, e.Col, _ = c.at(path)
	e.Path, e.Replacement = path.String(), t
	c.add(e)
}

// matrix checks residual_matrix: three bands, highest first, within
// 0–100 and not written as fractions; four levels per row; and no cell that a better control score or a
// lower inherent risk would make worse (a matrix that rewards weaker
// controls would silently misjudge every entry).
func (c *checker) matrix(m *riskassess.MatrixSetting) {
	bp := p{"residual_matrix", "bands"}
	bandsOK := len(m.Bands) == 3
	if !bandsOK {
		c.errorf(bp, CodeBadValue, nil,
			fmt.Sprintf("residual_matrix.bands has %d values: write the lowest control scores of the three best bands, highest first, e.g. [80, 60, 40]", len(m.Bands)),
			fmt.Sprintf("residual_matrix.bands の値が %d 個です。上位 3 つの帯の下限（対策スコア）を高い順に 3 つ書いてください（例: [80, 60, 40]）", len(m.Bands)))
	}
	for i, b := range m.Bands {
		switch {
		case !(b > 0 && b <= 100): // NaN (.nan) too
			c.errorf(p{"residual_matrix", "bands", i}, CodeBadValue, nil,
				fmt.Sprintf("residual_matrix.bands[%d] is %v: a band's lowest score must be above 0 and at most 100", i, b),
				fmt.Sprintf("residual_matrix.bands[%d] が %v です。帯の下限は 0 より大きく 100 以下にしてください", i, b))
			bandsOK = false
		case i > 0 && b >= m.Bands[i-1]:
			c.errorf(p{"residual_matrix", "bands", i}, CodeBadValue, nil,
				fmt.Sprintf("residual_matrix.bands[%d] (%v) is not below bands[%d] (%v): write the bands highest first", i, b, i-1, m.Bands[i-1]),
				fmt.Sprintf("residual_matrix.bands[%d]（%v）が bands[%d]（%v）より小さくありません。高い順に書いてください", i, b, i-1, m.Bands[i-1]))
			bandsOK = false
		}
	}
	if bandsOK && m.Bands[0] <= 1 {
		// Fractions ([0.8, 0.6, 0.4]): every control score above 1 would
		// fall in the best band.
		pct := func(i int) float64 { return math.Round(m.Bands[i]*1000) / 10 }
		c.errorf(bp, CodeBadValue, nil,
			fmt.Sprintf("residual_matrix.bands %v look like fractions: control scores run from 0 to 100, so write percentages, e.g. [%v, %v, %v]", m.Bands, pct(0), pct(1), pct(2)),
			fmt.Sprintf("residual_matrix.bands %v は割合の書き方です。対策スコアは 0〜100 なので、百分率で書いてください（例: [%v, %v, %v]）", m.Bands, pct(0), pct(1), pct(2)))
		bandsOK = false
	}
	rows := [4][]riskassess.RiskLevel{m.Low, m.Medium, m.High, m.Critical}
	names := [4]string{"low", "medium", "high", "critical"}
	complete := true
	for r, row := range rows {
		if len(row) != 4 {
			c.errorf(p{"residual_matrix", names[r]}, CodeBadValue, nil,
				fmt.Sprintf("residual_matrix.%s has %d levels: write four, one per control-score band, best band first, e.g. [low, low, medium, high]", names[r], len(row)),
				fmt.Sprintf("residual_matrix.%s の値が %d 個です。対策スコアの帯ごとに 4 つ（良い帯から順に、例: [low, low, medium, high]）書いてください", names[r], len(row)))
			complete = false
			continue
		}
		for j := 1; j < 4; j++ {
			if row[j].Valid() && row[j-1].Valid() && row[j].Rank() < row[j-1].Rank() {
				c.errorf(p{"residual_matrix", names[r], j}, CodeBadValue, nil,
					fmt.Sprintf("residual_matrix.%s[%d] is %s, lower than %s for a better control score: a weaker control score must not lower the residual risk", names[r], j, row[j], row[j-1]),
					fmt.Sprintf("residual_matrix.%s[%d] が %s で、対策スコアがより良い帯の %s より低くなっています。対策が弱いほど残留リスクが下がることはありません", names[r], j, row[j].Label("ja"), row[j-1].Label("ja")))
			}
		}
	}
	if !complete || !bandsOK {
		return
	}
	for r := 1; r < 4; r++ {
		for j := 0; j < 4; j++ {
			lo, hi := rows[r-1][j], rows[r][j]
			if lo.Valid() && hi.Valid() && hi.Rank() < lo.Rank() {
				c.errorf(p{"residual_matrix", names[r], j}, CodeBadValue, nil,
					fmt.Sprintf("residual_matrix.%s[%d] is %s, lower than %s[%d] (%s): a higher inherent risk must not give a lower residual risk", names[r], j, hi, names[r-1], j, lo),
					fmt.Sprintf("residual_matrix.%s[%d] が %s で、固有リスクが低い %s[%d]（%s）より低くなっています。固有リスクが高いほど残留リスクが下がることはありません", names[r], j, hi.Label("ja"), names[r-1], j, lo.Label("ja")))
			}
		}
	}
}

// publicContact checks public_contact: a name and at least one way to
// reach the office; the phone written with digits, hyphens, brackets,
// spaces and a leading +; the e-mail as one local part @ one domain with a
// dot; the URL an absolute http(s) URL (the public list is read on the
// organisation's own website, so a relative path would point nowhere).
func (c *checker) publicContact(pc *riskassess.PublicContact) {
	c.require(pc.Name.Ja, p{"public_contact", "name", "ja"})
	if pc.Phone == "" && pc.Email == "" && pc.URL == "" {
		c.errorf(p{"public_contact"}, CodeMissingField, nil,
			"public_contact has no way to reach the office: write at least one of phone, email and url",
			"public_contact に連絡の手段がありません。phone・email・url のうち少なくとも 1 つを書いてください")
	}
	if v := pc.Phone; v != "" {
		digits, ok := 0, true
		for i, r := range v {
			switch {
			case r >= '0' && r <= '9':
				digits++
			case r == '-' || r == ' ' || r == '(' || r == ')':
			case r == '+' && i == 0:
			default:
				ok = false
			}
		}
		if !ok || digits < 6 || digits > 15 {
			c.errorf(p{"public_contact", "phone"}, CodeBadValue, nil,
				fmt.Sprintf("public_contact.phone %s is not a phone number: write digits with hyphens, e.g. 042-481-7111 (half-width)", quoted(v, "en")),
				fmt.Sprintf("public_contact.phone の %s は電話番号ではありません。半角の数字とハイフンで書いてください（例: 042-481-7111）", quoted(v, "ja")))
		}
	}
	if v := pc.Email; v != "" {
		local, domain, ok := strings.Cut(v, "@")
		if !ok || local == "" || strings.ContainsAny(v, " \t<>,;:\"") || strings.Contains(domain, "@") ||
			!strings.Contains(domain, ".") || strings.HasPrefix(domain, ".") || strings.HasSuffix(domain, ".") {
			c.errorf(p{"public_contact", "email"}, CodeBadValue, nil,
				fmt.Sprintf("public_contact.email %s is not an e-mail address: write one address, e.g. gikai@city.example.lg.jp", quoted(v, "en")),
				fmt.Sprintf("public_contact.email の %s はメールアドレスではありません。アドレスを 1 つ書いてください（例: gikai@city.example.lg.jp）", quoted(v, "ja")))
		}
	}
	if v := pc.URL; v != "" {
		l := strings.ToLower(strings.TrimSpace(v))
		if !strings.HasPrefix(l, "https://") && !strings.HasPrefix(l, "http://") {
			c.errorf(p{"public_contact", "url"}, CodeBadURL, nil,
				fmt.Sprintf("public_contact.url %s must be an absolute http:// or https:// URL: the public list is read on the organisation's website, where a relative path points nowhere", quoted(v, "en")),
				fmt.Sprintf("public_contact.url の %s は http:// か https:// で始まる URL にしてください（公開の一覧は組織のサイトで読まれるため、相対パスではたどれません）", quoted(v, "ja")))
		} else if u, err := url.Parse(strings.TrimSpace(v)); err == nil {
			c.userPart(u, v, p{"public_contact", "url"})
		}
	}
}

// scheme checks the levels of a classification scheme: listed most
// sensitive first, with ranks of 1 or more that fall down the list. Ranks
// written the other way round (1 for the most sensitive) would silently
// score 3A information as class 1 and class 1 as 3A.
func (c *checker) scheme(s *riskassess.ClassificationScheme) {
	for _, axis := range []struct {
		name   string
		levels []riskassess.Level
	}{{"confidentiality", s.Confidentiality}, {"integrity", s.Integrity}, {"availability", s.Availability}} {
		for i, l := range axis.levels {
			path := p{"classification", axis.name, i, "rank"}
			switch {
			case l.Rank < 1:
				c.errorf(path, CodeBadValue, nil,
					fmt.Sprintf("%s is %d: give each level a rank of 1 or more (higher is more sensitive; 2 or more is class 2 or higher)", path, l.Rank),
					fmt.Sprintf("%s が %d です。各区分の rank は 1 以上にしてください（大きいほど機密性が高く、2 以上が「2以上」）", path, l.Rank))
			case i > 0 && l.Rank >= axis.levels[i-1].Rank:
				c.errorf(path, CodeBadValue, nil,
					fmt.Sprintf("%s (%d) is not below the rank of %s (%d): list the levels most sensitive first, with the higher rank for the more sensitive level", path, l.Rank, axis.levels[i-1].ID, axis.levels[i-1].Rank),
					fmt.Sprintf("%s（%d）が %s の rank（%d）より小さくありません。区分は機密性の高い順に並べ、高いほど大きい rank にしてください", path, l.Rank, axis.levels[i-1].ID, axis.levels[i-1].Rank))
			}
		}
	}
}

// overrides refuses a requirements.override item that changes nothing or
// a weight of 0, which leaves the weight as it is (catalog.ForOrg): a
// council that wrote weight: 0 to leave a requirement out of the score
// kept it at its full weight, with no word said. A severity or weight the
// decoder refused is not reported again.
//
// A second item for the same requirement is refused too: the items were
// applied in turn, so the later weight or severity silently replaced the
// earlier one.
func (c *checker) overrides(ovs []riskassess.RequirementOverride) {
	first := map[string]int{}
	for i, ov := range ovs {
		if ov.ID == "" {
			continue
		}
		if j, dup := first[ov.ID]; dup {
			l, _, _ := c.at(p{"requirements", "override", j, "id"})
			c.errorf(p{"requirements", "override", i, "id"}, CodeDuplicateID, nil,
				fmt.Sprintf("requirements.override[%d] is a second item for %s (first at line %d): the later one's weight or severity would replace the earlier one's; write the change of %s in one item", i, ov.ID, l, ov.ID),
				fmt.Sprintf("requirements.override[%d] は %s の 2 つ目の項目です（最初は %d 行目）。後の項目の weight・severity が前の項目を置き換えてしまいます。%s の変更は 1 つの項目に書いてください", i, ov.ID, l, ov.ID))
			continue
		}
		first[ov.ID] = i
		_, _, sev, hasSev := c.find(p{"requirements", "override", i, "severity"})
		_, _, w, hasWeight := c.find(p{"requirements", "override", i, "weight"})
		hasWeight = hasWeight && w.Tag != "!!null"
		switch {
		case hasWeight:
			if f, err := strconv.ParseFloat(w.Value, 64); err != nil || f != 0 || !plainDecimal(w.Value) {
				continue
			}
			c.errorf(p{"requirements", "override", i, "weight"}, CodeBadValue, nil,
				fmt.Sprintf("requirements.override[%d].weight: 0 leaves the weight of %s as it is (it does not leave it out of the score); write a weight above 0, remove weight, or put %s under requirements.disable to leave it out", i, ov.ID, ov.ID),
				fmt.Sprintf("requirements.override[%d].weight: 0 では %s の重みは変わりません（評価から外れません）。0 より大きい重みを書くか weight を削除してください。評価から外すなら %s を requirements.disable に書いてください", i, ov.ID, ov.ID))
		case hasSev && sev.Value != "":
		default:
			c.errorf(p{"requirements", "override", i, "id"}, CodeBadValue, nil,
				fmt.Sprintf("requirements.override[%d] changes nothing for %s: write a severity or a weight above 0, or remove the item", i, ov.ID),
				fmt.Sprintf("requirements.override[%d] は %s を何も変えません。severity か 0 より大きい weight を書くか、この項目を削除してください", i, ov.ID))
		}
	}
}

// approvalSteps refuses a step of approval_chain whose position an
// earlier step already asks for, on entries of a kind both steps apply
// to. ApprovalRoute meets every step of a position with the same
// sign-off: a chain written to need two division heads (所管課長 and
// 契約課長, both kacho) was met by one signature, shown as signed on both
// steps. Steps of one position for different kinds apply to different
// entries and stay allowed.
func (c *checker) approvalSteps(chain []riskassess.ApprovalStep) {
	overlap := func(a, b []riskassess.Kind) bool {
		return len(a) == 0 || len(b) == 0 || slices.ContainsFunc(a, func(k riskassess.Kind) bool { return slices.Contains(b, k) })
	}
	for i, s := range chain {
		for j, t := range chain[:i] {
			if s.Position == "" || t.Position != s.Position || !overlap(s.Kinds, t.Kinds) {
				continue
			}
			l, _, _ := c.at(p{"approval_chain", j, "position"})
			c.errorf(p{"approval_chain", i, "position"}, CodeBadValue, nil,
				fmt.Sprintf("approval_chain[%d].position %q is also the position of approval_chain[%d] (line %d), for the same entries: one sign-off of %s meets both steps; merge the two steps, or give this one the position of another person (steps of one position for different kinds are fine)", i, s.Position, j, l, s.Position),
				fmt.Sprintf("approval_chain[%d].position の %q は approval_chain[%d]（%d 行目）と同じ役職で、同じエントリに適用されます。%s の決裁 1 つで両方の段階が満たされます。2 つの段階をまとめるか、この段階を別の役職にしてください（種別が重ならなければ同じ役職でかまいません）", i, s.Position, j, l, s.Position))
			break
		}
	}
}

// reviewIntervals refuses review_intervals that grow with the residual
// risk (a zero or omitted field stands for its default): written the
// wrong way round (low: 1, critical: 24), a critical entry was reviewed
// every two years and a low one every month, and an entry of high risk
// past its review fell due only months later, with no word said.
// Equal intervals are allowed. A negative field, or one over
// MaxReviewMonths, is reported elsewhere.
func (c *checker) reviewIntervals(ri riskassess.ReviewIntervals) {
	levels := []struct {
		level riskassess.RiskLevel
		name  string
		v     int
	}{
		{riskassess.RiskLow, "low", ri.Low},
		{riskassess.RiskMedium, "medium", ri.Medium},
		{riskassess.RiskHigh, "high", ri.High},
		{riskassess.RiskCritical, "critical", ri.Critical},
	}
	months := func(i int, lang string) string {
		m := ri.Months(levels[i].level)
		switch {
		case levels[i].v > 0 && lang == "ja":
			return fmt.Sprintf("%d か月", m)
		case levels[i].v > 0 && m == 1:
			return "1 month"
		case levels[i].v > 0:
			return fmt.Sprintf("%d months", m)
		case lang == "ja":
			return fmt.Sprintf("既定の %d か月", m)
		}
		return fmt.Sprintf("%d months, the default", m)
	}
	for i := 1; i < len(levels); i++ {
		lo, hi := levels[i-1], levels[i]
		if lo.v < 0 || hi.v < 0 || lo.v > MaxReviewMonths || hi.v > MaxReviewMonths || ri.Months(hi.level) <= ri.Months(lo.level) {
			continue
		}
		at := p{"review_intervals", hi.name}
		if hi.v == 0 {
			at = p{"review_intervals", lo.name}
		}
		c.errorf(at, CodeBadValue, nil,
			fmt.Sprintf("review_intervals.%s (%s) is longer than review_intervals.%s (%s): entries of higher residual risk would be reviewed less often; give each level the same or fewer months than the level below it, e.g. low 24, medium 12, high 6, critical 3", hi.name, months(i, "en"), lo.name, months(i-1, "en")),
			fmt.Sprintf("review_intervals.%s（%s）が review_intervals.%s（%s）より長くなっています。残留リスクの高いエントリほど見直しが少なくなります。残留リスクが高い水準ほど同じか短い月数にしてください（例: low 24・medium 12・high 6・critical 3）", hi.name, months(i, "ja"), lo.name, months(i-1, "ja")))
	}
}

// years returns months as years, with one decimal when not whole ("100",
// "20.5").
func years(months int) string {
	if months%12 == 0 {
		return strconv.Itoa(months / 12)
	}
	return strconv.FormatFloat(float64(months)/12, 'f', 1, 64)
}

// website checks register.yaml's website: an absolute http(s) URL with a
// host. SNS-02 compares the host of an account's listed_on with it; a
// website written without its scheme (www.city.example.lg.jp/gikai/) has no
// host, so a listing on anybody's site was judged met.
func (c *checker) website(v string) {
	if v == "" {
		return
	}
	u, err := url.Parse(strings.TrimSpace(v))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		c.errorf(p{"website"}, CodeBadURL, nil,
			fmt.Sprintf("website %s must be an absolute http:// or https:// URL, e.g. https://www.city.example.lg.jp/gikai/: the official accounts' listed_on is checked against its host", quoted(v, "en")),
			fmt.Sprintf("website の %s は http:// か https:// で始まる URL にしてください（例: https://www.city.example.lg.jp/gikai/）。公式アカウントの listed_on がこのサイトのものか、ホスト名で確かめます", quoted(v, "ja")))
		return
	}
	c.userPart(u, v, p{"website"})
}

// sectionCycles refuses parents of sections that lead back to the section
// (a section made the parent of its own sub-section, or of itself), once
// per loop, at the parent of the loop's first section in the file. On
// such a loop every section lay "under" every other
// (Organisation.SameLine): a person of 総務課 named as the owner of an
// entry of 議事課 was taken to be on its line, and the staff-moved warning
// went silent.
func (c *checker) sectionCycles(o *riskassess.Organisation) {
	reported := map[string]bool{}
	for i, s := range o.Sections {
		if s.ID == "" || s.Parent == "" || reported[s.ID] {
			continue
		}
		chain := []string{s.ID}
		for at := s.Parent; at != "" && len(chain) <= len(o.Sections); {
			chain = append(chain, at)
			if at == s.ID {
				for _, id := range chain {
					reported[id] = true
				}
				loop := strings.Join(chain, " → ")
				c.errorf(p{"sections", i, "parent"}, CodeBadValue, nil,
					fmt.Sprintf("sections[%d].parent: the parents of section %q lead back to it (%s): correct the parent, and give the top section none", i, s.ID, loop),
					fmt.Sprintf("sections[%d].parent: 課 %q の上位（parent）をたどると、その課に戻ります（%s）。parent を直し、最上位の課には parent を書かないでください", i, s.ID, loop))
				break
			}
			ps := o.Section(at)
			if ps == nil {
				break
			}
			at = ps.Parent
		}
	}
}

// org checks register.yaml.
func (c *checker) org(o *riskassess.Organisation) {
	c.require(o.Name.Ja, p{"name", "ja"})
	c.website(o.Website)
	c.link(o.Policy.URL, p{"policy", "url"})
	for i, cl := range o.Policy.Clauses {
		// A clause without an id cannot be cited by a requirement.
		c.require(cl.ID, p{"policy", "clauses", i, "id"})
	}
	if pc := o.PublicContact; pc != nil {
		c.publicContact(pc)
	}
	for i, s := range o.Sections {
		c.require(s.ID, p{"sections", i, "id"})
		c.ref(toSection, s.Parent, p{"sections", i, "parent"})
	}
	c.sectionCycles(o)
	for i, s := range o.Positions {
		c.require(s.ID, p{"positions", i, "id"})
	}
	for i, s := range o.People {
		c.require(s.ID, p{"people", i, "id"})
		c.ref(toSection, s.Section, p{"people", i, "section"})
		c.ref(toPosition, s.Position, p{"people", i, "position"})
		for j, q := range s.Previous {
			c.require(q.Section, p{"people", i, "previous", j, "section"})
			c.ref(toSection, q.Section, p{"people", i, "previous", j, "section"})
			c.ref(toPosition, q.Position, p{"people", i, "previous", j, "position"})
		}
		// The dates of the posts, as CheckOrganisation checks them (one
		// list of rules, riskassess.PersonDateOrders).
		riskassess.PersonDateOrders(&o.People[i], func(po riskassess.PostOrder) bool {
			if !po.OutOfOrder() {
				return true
			}
			ep, lp := po.Paths()
			earlier, later := append(p{"people", i}, ep...), append(p{"people", i}, lp...)
			if po.Rule == riskassess.PostPreviousEnds {
				// An earlier posting ends before the current one starts:
				// without both dates the current post (from omitted: since
				// before the register began) would cover the earlier one's
				// days, and who held a post then would be read wrong.
				j := po.J
				c.errorf(p{"people", i, "previous", j}, CodeBadValue, nil,
					fmt.Sprintf("people[%d].previous[%d] (until %s) does not end before the current post starts (people[%d].from %s): write the last day of the earlier post in its until, and the first day of the current post, after it, in from", i, j, orBlank(po.Earlier, "en"), i, orBlank(po.Later, "en")),
					fmt.Sprintf("people[%d].previous[%d]（until %s）が今の課・役職の開始（people[%d].from %s）より前に終わっていません。以前の課・役職の until に離れた日を、今の from にその後の就いた日を書いてください", i, j, orBlank(po.Earlier, "ja"), i, orBlank(po.Later, "ja")))
				return true
			}
			c.order(po.Earlier, po.Later, earlier, later)
			return true
		})
	}
	for i, s := range o.ApprovalChain {
		// A step without a position asked for the sign-off of nobody:
		// APR-01 was not met on every entry the step applies to, and no
		// signature could meet it.
		c.require(s.Position, p{"approval_chain", i, "position"})
		c.ref(toPosition, s.Position, p{"approval_chain", i, "position"})
	}
	c.approvalSteps(o.ApprovalChain)
	if o.ResidualMatrix != nil {
		c.matrix(o.ResidualMatrix)
	}
	if o.Classification != nil {
		c.scheme(o.Classification)
	}
	// A negative count was taken as given (a reply deadline before the
	// questionnaire is sent) or silently as the default; so was a 0
	// written out (review_intervals.medium: 0 reviewed every 12 months,
	// reply_within_days: 0 gave 30 days): zero is the Go value of a count
	// left out, so one written in the file is refused like a negative one.
	ri := riskassess.DefaultReviewIntervals()
	for _, n := range []struct {
		v, def int
		path   p
		unit   string
	}{
		{o.Questionnaire.ReplyWithinDays, 30, p{"questionnaire", "reply_within_days"}, "days"},
		{o.ReviewIntervals.Low, ri.Low, p{"review_intervals", "low"}, "months"},
		{o.ReviewIntervals.Medium, ri.Medium, p{"review_intervals", "medium"}, "months"},
		{o.ReviewIntervals.High, ri.High, p{"review_intervals", "high"}, "months"},
		{o.ReviewIntervals.Critical, ri.Critical, p{"review_intervals", "critical"}, "months"},
		{o.PublicLists.MaxAgeMonths, riskassess.DefaultSnapshotMaxAgeMonths, p{"public_lists", "max_age_months"}, "months"},
	} {
		unitJa := map[string]string{"days": "日数", "months": "月数"}[n.unit]
		switch {
		case n.unit == "months" && n.path[0] == "review_intervals" && n.v > MaxReviewMonths:
			c.errorf(n.path, CodeOutOfRange, nil,
				fmt.Sprintf("%s is %d months (%s years): reviews of that level would in effect never fall due; write at most %d months (5 years), e.g. low 24, medium 12, high 6, critical 3", n.path, n.v, years(n.v), MaxReviewMonths),
				fmt.Sprintf("%s が %d か月（%s 年）です。この水準のエントリの見直しが事実上いつまでも来ません。%d か月（5 年）以下にしてください（例: low 24・medium 12・high 6・critical 3）", n.path, n.v, years(n.v), MaxReviewMonths))
		case n.v < 0:
			c.errorf(n.path, CodeBadValue, nil,
				fmt.Sprintf("%s is %d: write a number of %s above 0, or leave it out for the default", n.path, n.v, n.unit),
				fmt.Sprintf("%s が %d です。0 より大きい%sを書くか、省略して既定の値にしてください", n.path, n.v, unitJa))
		case n.v == 0:
			// Only an integer 0: another value decoded as zero was
			// reported by the decoder (wrong-type), as was 0x0 or 0_0.
			if _, _, v, found := c.find(n.path); found && v != nil && v.Kind == yaml.ScalarNode && v.ShortTag() == "!!int" &&
				plainDecimal(v.Value) {
				c.errorf(n.path, CodeBadValue, nil,
					fmt.Sprintf("%s is 0, which would be read as the default (%d %s): write a number of %s above 0, or leave it out for the default", n.path, n.def, n.unit, n.unit),
					fmt.Sprintf("%s が 0 です。0 は省略と同じ既定の値（%d%s）になってしまいます。0 より大きい%sを書くか、省略して既定の値にしてください", n.path, n.def, map[string]string{"days": "日", "months": "か月"}[n.unit], unitJa))
			}
		}
	}
	c.reviewIntervals(o.ReviewIntervals)
	c.overrides(o.Requirements.Override)
	c.unique(whatSection, ids(o.Sections, func(s riskassess.Section) string { return s.ID }), p{"sections"}, "id")
	c.unique(whatPosition, ids(o.Positions, func(s riskassess.Position) string { return s.ID }), p{"positions"}, "id")
	c.unique(whatPerson, ids(o.People, func(s riskassess.Person) string { return s.ID }), p{"people"}, "id")
	c.unique(whatClause, ids(o.Policy.Clauses, func(s riskassess.Clause) string { return s.ID }), p{"policy", "clauses"}, "id")
}

// entry checks one entry file.
func (c *checker) entry(e riskassess.Entry) {
	b := e.Base()
	c.require(b.Name.Ja, p{"name", "ja"})
	c.require(b.Owner.Section, p{"owner", "section"})
	c.require(string(b.Approval.Status), p{"approval", "status"})
	c.owner(b.Owner, "owner")
	c.ref(toPosition, b.Approval.Approver, p{"approval", "approver"})
	for i, sg := range b.Approval.Signatures {
		c.require(sg.Position, p{"approval", "signatures", i, "position"})
		c.ref(toPosition, sg.Position, p{"approval", "signatures", i, "position"})
		c.ref(toPerson, sg.Person, p{"approval", "signatures", i, "person"})
	}
	c.dateOrders(e)
	// Conditions kept on an approval are its conditions (承認に付した条件),
	// shown as such; but status approved beside a record of the same
	// day's decision as a conditional approval, conditions kept, is a
	// conditional approval flipped to approved by hand: the site showed
	// both decisions of one day, the conditions under 承認, and nothing
	// said whether they still bind.
	if a := b.Approval; a.Status == riskassess.StatusApproved && len(a.Conditions) > 0 && !a.DecidedOn.IsZero() {
		for i, h := range a.History {
			if h.Status != riskassess.StatusConditional || h.On != a.DecidedOn {
				continue
			}
			hp := p{"approval", "history", i}
			c.errorf(p{"approval", "status"}, CodeBadValue, nil,
				fmt.Sprintf("approval.status is approved, but %s records the decision of the same day %s as conditionally approved and approval.conditions is kept: one decision cannot be both; if the conditions still bind, write status: conditional; if a later decision lifted them, write its day in decided_on and remove approval.conditions (the conditional approval stays in the history)", hp, a.DecidedOn),
				fmt.Sprintf("approval.status は承認ですが、%s は同じ日（%s）の決裁を条件付承認と記録しており、approval.conditions が残っています。1 つの決裁が両方であることはありません。条件がまだ付いているなら status: conditional と書き、後の決裁で条件を外したなら decided_on をその決裁の日にして approval.conditions を削除してください（条件付承認は history に残します）", hp, a.DecidedOn))
			break
		}
	}
	c.conditions(b.Approval)
	c.requestValidUntil(b.Approval)
	c.reviews(b)
	for i, l := range b.Evidence {
		c.link(l.URL, p{"evidence", i, "url"})
	}
	c.kana(b.NameKana, p{"name_kana"})
	for i, r := range b.Rounds {
		c.require(r.Name, p{"rounds", i, "name"})
		c.require(r.SentOn.String(), p{"rounds", i, "sent_on"})
		c.require(r.ReplyDue.String(), p{"rounds", i, "reply_due"})
	}
	c.unique(whatRound, ids(b.Rounds, func(r riskassess.RoundRecord) string { return r.Name }), p{"rounds"}, "name")

	switch e := e.(type) {
	case *riskassess.Contractor:
		c.require(e.LegalName, p{"legal_name"})
		c.kana(e.LegalNameKana, p{"legal_name_kana"})
		c.corporateNumber(e.CorporateNumber, p{"corporate_number"})
		for i, k := range e.Contracts {
			for j, w := range k.WorkSites {
				if asia, ok := workSiteAsia(w.Address); ok {
					path := p{"contracts", i, "work_sites", j, "address"}
					c.errorf(path, CodeBadValue, nil,
						fmt.Sprintf("%s %q names %s and no country: the work counts as done in Japan (no foreign-data factor), though %s may be abroad. Write the countries or cities where the work is done (Tokyo and Manila), a work site for each", path, w.Address, asia, asia),
						fmt.Sprintf("%s %q は「%s」を示していますが、国が書かれていません。国外かもしれないのに、国内の作業として評価されます（国外でのデータ処理の要素なし）。作業を行う国や都市を書いてください（例: 「東京・マニラ」。場所ごとに作業場所を分けます）", path, w.Address, asia))
				}
			}
			if !slices.ContainsFunc(k.WorkSites, func(w riskassess.WorkSite) bool { return len(riskassess.WorkSiteAbroad(w.Address)) > 0 }) {
				for j, w := range k.WorkSites {
					c.japanMostly(w.Address, p{"contracts", i, "work_sites", j, "address"}, false)
				}
			}
			for j, s := range k.Subcontractors {
				sp := p{"contracts", i, "subcontractors", j, "contractor"}
				c.ref(toContractor, s.Contractor, sp)
				if len(riskassess.SubcontractorAbroad(s)) == 0 {
					c.ref(toSubcontractorSites, s.Contractor, sp)
					c.japanMostly(s.Scope, p{"contracts", i, "subcontractors", j, "scope"}, false)
					if s.Contractor == "" {
						c.ref(toSubcontractorNameSites, strings.TrimSpace(s.Name), p{"contracts", i, "subcontractors", j, "name"})
					}
				}
				// The contractor re-contracting to itself: a copied file
				// or a slip for the real subcontractor, whom
				// REF-SUBCONTRACTOR-RECORD then never looked at.
				if s.Contractor != "" && s.Contractor == e.ID {
					c.errorf(sp, CodeBadValue, nil,
						fmt.Sprintf("%s names this contractor itself (%s): a subcontractor is another company; write the id of the subcontractor's file in contractors/, or its name in name instead of contractor, or remove the entry if there is no re-contracting", sp, e.ID),
						fmt.Sprintf("%s がこの委託事業者自身（%s）になっています。再委託先は別の会社です。再委託先の contractors/ のファイルの id を書くか、contractor の代わりに name に名前を書くか、再委託がなければこの項目を削除してください", sp, e.ID))
				}
			}
			for j, inf := range k.Information {
				c.class(inf.Class, p{"contracts", i, "information", j, "class"})
				if inf.MyNumber {
					c.ref(toMyNumberClass, inf.Class.Confidentiality, p{"contracts", i, "information", j, "class", "confidentiality"})
				}
				c.personalDataStated(inf, p{"contracts", i, "information", j})
			}
			c.scopePersonalDataStated(k, p{"contracts", i})
		}
		c.unique(whatContract, ids(e.Contracts, func(k riskassess.Contract) string { return k.ID }), p{"contracts"}, "id")
		for i := range e.Contracts {
			c.renewal(e.Contracts, i)
		}
		c.certs(e.Certifications)
		for i, r := range e.Reports {
			if reportTitleSaysNotReceived(r.Title) {
				c.errorf(p{"reports", i, "title"}, CodeBadValue, nil,
					fmt.Sprintf("reports[%d].title %s says the report was not received: reports records a report when it is received, on the day it arrived (this date counted as one: the requirement met and the next report due from it); remove it, or record the report when it arrives", i, strconv.Quote(r.Title)),
					fmt.Sprintf("reports[%d].title %s は報告書を受け取っていないことを書いています。reports には受け取った報告書を受領日とともに記録します（この日付で受領したものとして扱われ、要件が適合し、次の報告の期限もこの日から計算されていました）。削除するか、受け取ったときに記録してください", i, strconv.Quote(r.Title)))
			}
		}
	case *riskassess.Service:
		if e.Provider.Contractor == "" && e.Provider.Name == "" {
			l, col, _ := c.at(p{"provider"})
			e := newError(c.file, l, col, CodeMissingField,
				`missing required field "provider.contractor" or "provider.name"`,
				`必須項目 "provider.contractor" または "provider.name" がありません`)
			e.Path = "provider"
			c.add(e)
		}
		c.ref(toContractor, e.Provider.Contractor, p{"provider", "contractor"})
		c.corporateNumber(e.Provider.CorporateNumber, p{"provider", "corporate_number"})
		if e.Provider.Contractor != "" && e.Provider.CorporateNumber != "" {
			c.ref(toContractorNumber, e.Provider.Contractor+"\x00"+e.Provider.CorporateNumber, p{"provider", "corporate_number"})
		}
		if e.Provider.Contractor != "" && e.Provider.Name != "" {
			c.ref(toContractorName, e.Provider.Contractor+"\x00"+e.Provider.Name, p{"provider", "name"})
		}
		c.certs(e.Certifications)
		if e.ISMAP != nil {
			c.require(e.ISMAP.Number, p{"ismap", "number"})
			c.ismapNumber(e.ISMAP.Number, p{"ismap", "number"})
		}
		c.require(string(e.ContractType), p{"contract_type"})
		c.require(string(e.Delivery), p{"delivery"})
		c.ref(toPerson, e.Manager, p{"manager"})
		if e.SLA != nil {
			c.link(e.SLA.URL, p{"sla", "url"})
			c.percent(e.SLA.Availability, p{"sla", "availability"})
		}
		abroad := slices.ContainsFunc(e.DataLocations, func(l riskassess.DataLocation) bool { return !l.InJapan() })
		for i, l := range e.DataLocations {
			c.require(l.Country, p{"data_locations", i, "country"})
			c.country(l.Country, p{"data_locations", i, "country"})
			if c.regionInJapan(l, p{"data_locations", i, "region"}) {
				if !abroad && l.Country == "JP" {
					c.japanMostly(l.Region, p{"data_locations", i, "region"}, true)
				}
				c.regionUnsaidCheck(l, p{"data_locations", i, "region"}, abroad)
			}
		}
		c.class(e.Class, p{"class"})
		if e.MyNumber {
			c.ref(toMyNumberClass, e.Class.Confidentiality, p{"class", "confidentiality"})
		}
		c.servicePersonalDataStated(e)
	case *riskassess.Social:
		c.require(string(e.Platform), p{"platform"})
		c.require(e.Handle, p{"handle"})
		c.handle(e.Handle, p{"handle"})
		c.require(e.URL, p{"url"})
		c.link(e.URL, p{"url"})
		c.accountURL(e.Platform, e.Handle, e.URL)
		if e.Status != riskassess.AccountRetired && !riskassess.Record(e) {
			c.ref(toAccount, accountKey(e.URL), p{"url"})
		}
		c.link(e.ListedOn, p{"listed_on"})
		c.link(e.NoticeURL, p{"notice_url"})
		c.link(e.PostingRules, p{"posting_rules"})
		c.require(string(e.Status), p{"status"})
		c.statusAfterDecisionAgain(e)
		c.require(e.Responsible.Section, p{"responsible", "section"})
		c.owner(e.Responsible, "responsible")
		for i, o := range e.Operators {
			c.ref(toPerson, o, p{"operators", i})
		}
		c.ref(toPerson, e.CredentialCustodian, p{"credential_custodian"})
	}
}

// checkRefs checks references against the organisation (when register.yaml
// was read), the set of contractor files and read, the contractors whose
// files were read, by id (for the corporate number and legal name a
// service's provider must agree with).
//
// At most maxErrors errors are returned; past them checkRefs stops
// collecting (no message, no suggestion is computed) and ends the list
// with one CodeTooMany error at the first reference left out.
func checkRefs(files [][]ref, org *riskassess.Organisation, haveOrg bool, contractors map[string]bool, read map[string]*riskassess.Contractor) []*Error {
	var errs []*Error
	sections := ids(org.Sections, func(s riskassess.Section) string { return s.ID })
	people := ids(org.People, func(s riskassess.Person) string { return s.ID })
	positions := ids(org.Positions, func(s riskassess.Position) string { return s.ID })
	set := func(xs []string) map[string]bool {
		m := make(map[string]bool, len(xs))
		for _, x := range xs {
			m[x] = true
		}
		return m
	}
	sectionSet, peopleSet, positionSet := set(sections), set(people), set(positions)
	scheme := org.Scheme()
	accounts := map[string]ref{}   // the first entry holding each account
	var byName map[string][]string // legalNameIndex(read), built when first needed
	levels := func(ls []riskassess.Level) []string {
		return ids(ls, func(l riskassess.Level) string { return l.ID })
	}
refs:
	for r := range all(files) {
		if len(errs) == maxErrors {
			if refBroken(r, org, haveOrg, contractors, sectionSet, peopleSet, positionSet) {
				e := newError(r.file, r.line, r.col, CodeTooMany,
					fmt.Sprintf("more than %d unknown references in the register; fix these first", maxErrors),
					fmt.Sprintf("台帳の参照の誤りが %d 件を超えました。まずここまでを直してください", maxErrors))
				e.Path = r.field
				errs = append(errs, e)
				break refs
			}
			continue
		}
		var known []string
		var knownSet map[string]bool
		var w what
		var where string
		switch r.target {
		case toAccount:
			// Two social entries in use with one account: the public list
			// of official accounts would show it twice, or a copied file
			// would publish another account's URL under its own name.
			if r.value == "" {
				continue
			}
			if f, dup := accounts[r.value]; dup {
				e := refError(r, CodeDuplicateID,
					fmt.Sprintf("this account is also registered in %s (line %d): keep one entry per account, correct the URL of a copied file, or set status: retired on the one no longer used", f.file, f.line),
					fmt.Sprintf("このアカウントは %s（%d 行目）にも登録されています。1つのアカウントは1件にしてください（ファイルを写したときは URL を直し、使わなくなった方は status: retired に）", f.file, f.line))
				errs = append(errs, e)
			} else {
				accounts[r.value] = r
			}
			continue
		case toContractorNumber:
			// A service naming its provider twice, by contractor and by
			// corporate number, must name one company: the checks read
			// one or the other (REF-PROVIDER-RECORD the contractor,
			// LST-CORP-… the number) and each was met on its own.
			id, n, _ := strings.Cut(r.value, "\x00")
			if k := read[id]; k != nil && k.CorporateNumber != "" && k.CorporateNumber != n {
				want := k.CorporateNumber
				errs = append(errs, refError(r, CodeBadValue,
					fmt.Sprintf("provider.corporate_number %s is not the corporate number of provider.contractor %s (%s in contractors/%s.yaml): the two name different companies; if the contractor provides the service, correct provider.corporate_number to %s (or remove it: the contractor's own file records the number); if another company does, remove provider.contractor and record it with provider.name", n, id, want, id, want),
					fmt.Sprintf("provider.corporate_number の法人番号 %s は provider.contractor の委託事業者 %s の法人番号 %s（contractors/%s.yaml）と違い、別の会社を指しています。その委託事業者が提供しているなら provider.corporate_number を %s に直すか削除し（法人番号は委託事業者のファイルに記録されています）、別の会社が提供しているなら provider.contractor を削除して provider.name で記録してください", n, id, want, id, want)))
			}
			continue
		case toContractorName:
			// A service naming its provider by contractor and by name
			// must name one company: the export showed provider.name
			// while the site and every check read the contractor.
			id, n, _ := strings.Cut(r.value, "\x00")
			if k := read[id]; k != nil && k.LegalName != "" && !legalname.Same(k.LegalName, n) {
				want := k.LegalName
				errs = append(errs, refError(r, CodeBadValue,
					fmt.Sprintf("provider.name %s is not the legal name of provider.contractor %s (%s in contractors/%s.yaml): the export shows provider.name while the site and the checks use the contractor; if the contractor provides the service, remove provider.name (the contractor's file records the name) or correct it to %s; if another company does, remove provider.contractor and keep provider.name", quoted(n, "en"), id, quoted(want, "en"), id, quoted(want, "en")),
					fmt.Sprintf("provider.name の %s は provider.contractor の委託事業者 %s の商号 %s（contractors/%s.yaml）と違い、別の会社を指しています。書き出しには provider.name が、サイトとチェックには委託事業者が使われます。その委託事業者が提供しているなら provider.name を削除するか（商号は委託事業者のファイルに記録されています）%s に直し、別の会社が提供しているなら provider.contractor を削除して provider.name を残してください", quoted(n, "ja"), id, quoted(want, "ja"), id, quoted(want, "ja"))))
			}
			continue
		case toSubcontractorSites:
			if e := subcontractorSitesError(r, read[r.value], ""); e != nil {
				errs = append(errs, e)
			}
			continue
		case toSubcontractorNameSites:
			// A subcontractor given by name only whose name is the legal
			// name of a registered contractor is that contractor, as
			// REF-SUBCONTRACTOR-RECORD reads it: its file is read as
			// one recorded by id would be.
			if byName == nil {
				byName = legalNameIndex(read)
			}
			name := r.value
			ids := byName[legalname.NameKey(name)]
			if head, ok := withoutClosingNote(name); ok && len(ids) == 0 {
				name, ids = head, byName[legalname.NameKey(head)]
			}
			for _, id := range ids {
				k := read[id]
				if own := path.Base(r.file); strings.TrimSuffix(own, path.Ext(own)) == id || !legalname.Same(k.LegalName, name) {
					continue
				}
				byID := r
				byID.value = id
				if e := subcontractorSitesError(byID, k, r.value); e != nil {
					errs = append(errs, e)
					break
				}
			}
			continue
		case toContractor:
			if contractors[r.value] {
				continue
			}
			id, _ := clip(r.value)
			errs = append(errs, refError(r, CodeDanglingRef,
				fmt.Sprintf("unknown contractor %s in %s: there is no contractors/%s.yaml", quoted(r.value, "en"), r.field, id),
				fmt.Sprintf("%s の委託事業者 %s が見つかりません（contractors/%s.yaml がありません）", r.field, quoted(r.value, "ja"), id)))
			continue
		case toSection:
			known, knownSet, w, where = sections, sectionSet, whatSection, "sections"
		case toPerson:
			known, knownSet, w, where = people, peopleSet, whatPerson, "people"
		case toPosition:
			known, knownSet, w, where = positions, positionSet, whatPosition, "positions"
		case toMyNumberClass:
			if haveOrg {
				if e := myNumberClassError(r, scheme); e != nil {
					errs = append(errs, e)
				}
			}
			continue
		case toConfidentiality, toIntegrity, toAvailability:
			if !haveOrg {
				continue // register.yaml missing or unreadable: the scheme is unknown
			}
			ls, axis, axisJa := scheme.Confidentiality, "confidentiality", "機密性"
			if r.target == toIntegrity {
				ls, axis, axisJa = scheme.Integrity, "integrity", "完全性"
			} else if r.target == toAvailability {
				ls, axis, axisJa = scheme.Availability, "availability", "可用性"
			}
			if _, ok := riskassess.Lookup(ls, r.value); ok {
				continue
			}
			errs = append(errs, refError(r, CodeBadClassification,
				fmt.Sprintf("%s level %q is not in the classification scheme: want one of %s", axis, r.value, strings.Join(levels(ls), ", ")),
				fmt.Sprintf("%sの水準 %q は分類体系にありません。次のいずれかにしてください: %s", axisJa, r.value, strings.Join(levels(ls), ", "))))
			continue
		}
		if !haveOrg {
			continue
		}
		if knownSet[r.value] {
			continue
		}
		msg := fmt.Sprintf("unknown %s %s in %s: register.yaml has no such %s under %s:", w.en, quoted(r.value, "en"), r.field, w.en, where)
		ja := fmt.Sprintf("%s の%s %s は register.yaml の %s: にありません", r.field, w.ja, quoted(r.value, "ja"), where)
		if s := suggest(r.value, known); s != "" {
			msg += fmt.Sprintf(" (did you mean %q?)", s)
			ja += fmt.Sprintf("（%q の誤りではありませんか）", s)
		}
		errs = append(errs, refError(r, CodeDanglingRef, msg, ja))
	}
	return errs
}

// all iterates over the references of every file in order.
func all(files [][]ref) func(yield func(ref) bool) {
	return func(yield func(ref) bool) {
		for _, rs := range files {
			for _, r := range rs {
				if !yield(r) {
					return
				}
			}
		}
	}
}

// refError returns an error at the reference r.
func refError(r ref, code Code, en, ja string) *Error {
	e := newError(r.file, r.line, r.col, code, en, ja)
	e.Path = r.field
	return e
}

// myNumberClassError returns the error for r (toMyNumberClass) when its
// level is of the lowest rank of the scheme's confidentiality (機密性1:
// published, or harmless if leaked), nil otherwise (an unknown level is
// the toConfidentiality reference's). My Number information (特定個人情報)
// is never so: read as class 1, a terms-based service holding it met
// CLD-56 and escaped BLK-TERMS-CLASS2, and a contract handing it over
// without a confidentiality clause escaped BLK-NO-CONFIDENTIALITY-CLAUSE.
func myNumberClassError(r ref, sc riskassess.ClassificationScheme) *Error {
	l, ok := riskassess.Lookup(sc.Confidentiality, r.value)
	if !ok || l.Rank >= 2 {
		return nil
	}
	var higher []string
	for _, x := range sc.Confidentiality {
		if x.Rank >= 2 {
			higher = append(higher, x.ID)
		}
	}
	if len(higher) == 0 {
		return nil // a scheme of class 1 alone: nothing else to write
	}
	flag := strings.TrimSuffix(r.field, "class.confidentiality") + "my_number"
	want := strings.Join(higher, ", ")
	return refError(r, CodeBadValue,
		fmt.Sprintf("%s is %q, the lowest confidentiality level, but %s is true: My Number information (特定個人情報) is never class 1; write its level (one of %s), or remove %s if the information holds no My Number", r.field, r.value, flag, want, flag),
		fmt.Sprintf("%s が最も低い機密性の水準 %q ですが、%s が true です。特定個人情報（マイナンバー）は機密性1ではありません。その水準（%s のいずれか）を書くか、マイナンバーを含まないなら %s を削除してください", r.field, r.value, flag, want, flag))
}

// subcontractorSitesError refuses reference r, a subcontractor recorded
// by the id of contractor k (nil: not read, reported as unknown) whose
// name and scope say nothing of abroad, when a work site of a contract of
// k that may still hold the council's information (not ended with its
// data returned) is abroad (riskassess.WorkSiteAbroad), or a subcontractor
// of such a contract is (riskassess.SubcontractorAbroad: k hands the work
// on again, 再々委託, to Saigon Caption Co., Ltd. (Vietnam) or 在ベトナムの
// 翻訳者): the referring contractor's assessment reads only its own file,
// and the work handed on abroad scored as work in Japan, without the
// foreign factor. Writing the place in scope (大連でのデータ入力, データ入力
// （再々委託先：在ベトナムの翻訳者）) or in brackets ending name makes the
// assessment read it, and ends the refusal. A chain deeper still is
// refused a level at a time: k's own subcontractor recorded by id whose
// file is abroad makes k's reference refused until k's scope says where,
// and then this one is.
//
// byName is the subcontractor's name when it is given by name only and
// that name is k's legal name (legalname.Same: toSubcontractorNameSites);
// r.value is then k's id.
func subcontractorSitesError(r ref, k *riskassess.Contractor, byName string) *Error {
	if k == nil {
		return nil
	}
	subjectEn := fmt.Sprintf("%s names contractor %s", r.field, quoted(r.value, "en"))
	subjectJa := fmt.Sprintf("%s の委託事業者 %s", r.field, quoted(r.value, "ja"))
	if byName != "" {
		subjectEn = fmt.Sprintf("%s %s is the legal name of contractor %s", r.field, quoted(byName, "en"), quoted(r.value, "en"))
		subjectJa = fmt.Sprintf("%s の %s（委託事業者 %s の商号）", r.field, quoted(byName, "ja"), quoted(r.value, "ja"))
	}
	for i := range k.Contracts {
		c := &k.Contracts[i]
		if !c.To.IsZero() && c.ReturnedBy(riskassess.Date{}) {
			continue
		}
		for j, w := range c.WorkSites {
			where := riskassess.WorkSiteAbroad(w.Address)
			if len(where) == 0 {
				continue
			}
			id, _ := clip(r.value)
			at := fmt.Sprintf("contracts[%d].work_sites[%d].address", i, j)
			place := where[0]
			if len(place) == 2 && strings.ToUpper(place) == place {
				// A country's code is no place a scope is read for:
				// the address names the country.
				place = w.Address
			}
			name := k.LegalName
			if name == "" {
				name = id
			}
			return refError(r, CodeBadValue,
				fmt.Sprintf("%s, whose work site is abroad (%s in contractors/%s.yaml: %s): this contractor's assessment reads only its own file, and the work handed on abroad scored as work in Japan (no foreign-data factor); write where the subcontractor does the work in scope, as in %s, or in brackets ending name, as in %s", subjectEn, at, id, strconv.Quote(w.Address), strconv.Quote("data entry in "+place), strconv.Quote(name+" ("+place+")")),
				fmt.Sprintf("%s は作業場所が国外です（contractors/%s.yaml の %s: %s）。この委託事業者の評価は自分のファイルだけを読むため、国外への再委託が国内の作業として評価されていました（国外でのデータ処理の要素なし）。再委託先が作業する場所を scope に書くか（例: 「%sでのデータ入力」）、name の末尾の括弧に書いてください（例: 「%s（%s）」）", subjectJa, id, at, strconv.Quote(w.Address), place, name, place))
		}
	}
	// A subcontractor of k abroad (再々委託: k hands the work on again):
	// the referring contractor's assessment reads none of k's file.
	for i := range k.Contracts {
		c := &k.Contracts[i]
		if !c.To.IsZero() && c.ReturnedBy(riskassess.Date{}) {
			continue
		}
		for j, sc := range c.Subcontractors {
			where := riskassess.SubcontractorAbroad(sc)
			if len(where) == 0 {
				continue
			}
			id, _ := clip(r.value)
			at := fmt.Sprintf("contracts[%d].subcontractors[%d]", i, j)
			who := sc.Name
			if who == "" {
				who = sc.Contractor
			}
			if sc.Scope != "" {
				who += " / " + sc.Scope
			}
			en := fmt.Sprintf("%s, which hands the work on to a subcontractor abroad (%s in contractors/%s.yaml: %s, %s): this contractor's assessment reads only its own file, and the work handed on abroad scored as work in Japan (no foreign-data factor); write where the work is done in this subcontractor's scope", subjectEn, at, id, quoted(who, "en"), strings.Join(where, ", "))
			ja := fmt.Sprintf("%s は国外の再委託先に作業を再々委託しています（contractors/%s.yaml の %s: %s、%s）。この委託事業者の評価は自分のファイルだけを読むため、国外への再々委託が国内の作業として評価されていました（国外でのデータ処理の要素なし）。この再委託先の scope に作業する場所を書いてください", subjectJa, id, at, quoted(who, "ja"), strings.Join(where, "、"))
			if ex, ok := secondLevelScope(sc, where, "data entry (re-subcontracted to ", ")"); ok {
				en += fmt.Sprintf(", as in %s", strconv.Quote(ex))
			}
			if ex, ok := secondLevelScope(sc, where, "データ入力（再々委託先：", "）"); ok {
				ja += fmt.Sprintf("（例: 「%s」）", ex)
			}
			return refError(r, CodeBadValue, en, ja)
		}
	}
	return nil
}

// secondLevelScope returns a scope for a subcontractor recorded by
// contractor id whose own subcontractor sc is abroad (where), which
// riskassess.SubcontractorAbroad reads as abroad: pre, sc's name, its
// scope or the place, and post (データ入力（再々委託先：Saigon Caption Co.,
// Ltd. (Vietnam)）), and true; false when none of them is read (the
// message then gives no example).
func secondLevelScope(sc riskassess.Subcontractor, where []string, pre, post string) (string, bool) {
	for _, v := range []string{sc.Name, sc.Scope, where[0]} {
		if v == "" {
			continue
		}
		ex := pre + v + post
		if len(riskassess.SubcontractorAbroad(riskassess.Subcontractor{Scope: ex})) > 0 {
			return ex, true
		}
	}
	return "", false
}

// withoutClosingNote returns name without the note in brackets ending it
// (株式会社多摩手話通訳センター（字幕制作）: 株式会社多摩手話通訳センター), and
// true, when something stands before the note. A name-only subcontractor
// with such a note (its role, a department) is the registered contractor
// of that legal name as much as one without; before, the note hid it and
// the contractor's work abroad scored as work in Japan. A note naming a
// place abroad made the subcontractor abroad already.
func withoutClosingNote(name string) (string, bool) {
	for _, b := range [...][2]string{{"（", "）"}, {"(", ")"}, {"【", "】"}, {"[", "]"}, {"［", "］"}} {
		if body, ok := strings.CutSuffix(name, b[1]); ok {
			if i := strings.LastIndex(body, b[0]); i > 0 {
				if head := strings.TrimSpace(body[:i]); head != "" {
					return head, true
				}
			}
		}
	}
	return "", false
}

// legalNameIndex returns the ids of the contractors of read by the
// legalname.NameKey of their legal names, each list sorted (the first
// match reported is the same from run to run).
func legalNameIndex(read map[string]*riskassess.Contractor) map[string][]string {
	m := map[string][]string{}
	for id, k := range read {
		if k != nil && k.LegalName != "" {
			key := legalname.NameKey(k.LegalName)
			m[key] = append(m[key], id)
		}
	}
	for _, ids := range m {
		slices.Sort(ids)
	}
	return m
}

// refBroken reports whether checkRefs would report r, without building a
// message: past the cap it only looks for the first reference left out.
func refBroken(r ref, org *riskassess.Organisation, haveOrg bool, contractors, sections, people, positions map[string]bool) bool {
	switch r.target {
	case toAccount, toContractorNumber, toContractorName, toSubcontractorSites, toSubcontractorNameSites:
		return false // a duplicate is found in checkRefs' order; a number or name is no unknown reference
	case toMyNumberClass:
		return haveOrg && myNumberClassError(r, org.Scheme()) != nil
	case toContractor:
		return !contractors[r.value]
	case toSection:
		return haveOrg && !sections[r.value]
	case toPerson:
		return haveOrg && !people[r.value]
	case toPosition:
		return haveOrg && !positions[r.value]
	}
	if !haveOrg {
		return false
	}
	sc := org.Scheme()
	ls := sc.Confidentiality
	if r.target == toIntegrity {
		ls = sc.Integrity
	} else if r.target == toAvailability {
		ls = sc.Availability
	}
	_, ok := riskassess.Lookup(ls, r.value)
	return !ok
}

// reviews checks the review log: every record complete, its position and
// person defined, and last_reviewed the date of the latest record
// (riskassess.Common.LastReviewedAgrees: one truth for the next review
// date, see riskassess.ReviewRecord). The records' date order is checked
// with the entry's other dates (dateOrders, riskassess.DateReviewLog), as
// is a previous_review not before its record (riskassess.DatePreviousReview).
func (c *checker) reviews(b *riskassess.Common) {
	for i, r := range b.Reviews {
		c.require(r.On.String(), p{"reviews", i, "on"})
		c.require(r.Position, p{"reviews", i, "position"})
		c.require(r.Person, p{"reviews", i, "person"})
		c.require(string(r.Outcome), p{"reviews", i, "outcome"})
		c.require(r.Reason, p{"reviews", i, "reason"})
		c.require(string(r.Residual), p{"reviews", i, "residual"})
		c.require(string(r.Decision), p{"reviews", i, "decision"})
		c.ref(toPosition, r.Position, p{"reviews", i, "position"})
		c.ref(toPerson, r.Person, p{"reviews", i, "person"})
	}
	if b.LastReviewedAgrees() {
		return
	}
	last := b.Reviews[len(b.Reviews)-1]
	at := p{"last_reviewed"}
	if b.LastReviewed.IsZero() {
		at = p{"reviews", len(b.Reviews) - 1, "on"}
	}
	c.errorf(at, CodeReviewLog, nil,
		fmt.Sprintf("last_reviewed is %q but the latest review in reviews: is of %s: they are one record of the last review; write last_reviewed: %s, or record the later review with riskregister review", b.LastReviewed, last.On, last.On),
		fmt.Sprintf("last_reviewed（%q）が reviews: の最新の見直し（%s）と違います。どちらも前回の見直しの記録です。last_reviewed: %s と書くか、後の見直しを riskregister review で記録してください", b.LastReviewed, last.On, last.On))
}

// orBlank is d, or "blank" ("空欄" when lang is "ja") when it is zero
// (for a message).
func orBlank(d riskassess.Date, lang riskassess.Lang) string {
	switch {
	case !d.IsZero():
		return d.String()
	case lang == "ja":
		return "空欄"
	}
	return "blank"
}

// conditions refuses a condition that says there is none (なし, 特になし,
// 該当なし, -, blank) at its place, and a conditional approval with no
// condition recorded at approval.status: the site, the export and the
// entry page showed 条件付承認 with the conditions なし or with none,
// and nothing said what binds the approval. Conditions of use kept on an
// approved decision are accepted (Approval.Conditions).
func (c *checker) conditions(a riskassess.Approval) {
	real := 0
	for i, v := range a.Conditions {
		if !conditionSaysNone(v) {
			real++
			continue
		}
		path := p{"approval", "conditions", i}
		if note := conditionNote(v); note != "" {
			// なし（ただし機密性3の情報は置かないこと）: the note may be
			// the very condition; deleting the item, as the message
			// below says, would drop it.
			c.errorf(path, CodeBadValue, nil,
				fmt.Sprintf("%s %q says there is no condition, with a note (%s): if the note is a condition put on the approval, write it alone as the item (%s); otherwise delete the item (an approval without conditions is status: approved)", path, v, note, note),
				fmt.Sprintf("%s「%s」は条件がないことを示していますが、括弧書き（%s）があります。括弧書きが承認に付した条件なら、それだけを項目に書いてください（%s）。条件でなければこの項目を削除してください（条件のない承認は status: approved です）", path, v, note, note))
			continue
		}
		c.errorf(path, CodeBadValue, nil,
			fmt.Sprintf("%s %q says there is no condition: write the condition put on the approval, or delete the item (an approval without conditions is status: approved)", path, v),
			fmt.Sprintf("%s「%s」は条件がないことを示しています。承認に付した条件を書くか、この項目を削除してください（条件のない承認は status: approved です）", path, v))
	}
	if a.Status == riskassess.StatusConditional && real == 0 && len(a.Conditions) == 0 {
		c.errorf(p{"approval", "status"}, CodeBadValue, nil,
			"approval.status is conditional but approval.conditions records no condition: write the conditions put on the approval in approval.conditions (one item each), or write status: approved if none was put",
			"approval.status は条件付承認ですが、approval.conditions に条件がありません。承認に付した条件を approval.conditions に 1 件ずつ書くか、条件が付いていなければ status: approved と書いてください")
	}
}

// conditionNoneWords are what is written for a condition when there is
// none, as conditionSaysNone compares them.
var conditionNoneWords = []string{
	"", "なし", "無し", "ナシ", "無", "ない", "特になし", "特に無し", "特にない", "該当なし", "該当無し", "条件なし", "条件無し", "無条件",
	"none", "no", "n/a", "na", "nil", "null", "-", "--", "ー", "―", "—", "–", "‐",
}

// conditionNote returns the note in brackets after the word for none of
// v, an item of approval.conditions that says there is none
// (conditionSaysNone): "ただし機密性3の情報は置かないこと" of
// なし（ただし機密性3の情報は置かないこと）, trimmed; "" when there is none.
func conditionNote(v string) string {
	v = strings.TrimSpace(v)
	i := strings.IndexAny(v, "(（")
	if i <= 0 {
		return ""
	}
	note := strings.TrimSpace(v[i:])
	note = strings.TrimRight(note, "。. ")
	note = strings.TrimPrefix(strings.TrimPrefix(note, "("), "（")
	note = strings.TrimSuffix(strings.TrimSuffix(note, ")"), "）")
	return strings.TrimSpace(note)
}

// conditionSaysNone reports whether v, an item of approval.conditions,
// says there is no condition: one of conditionNoneWords in full or half
// width, in any case, with or without a closing 。 or a note in brackets
// after it (なし（口頭で確認）).
func conditionSaysNone(v string) bool {
	v = strings.ToLower(strings.TrimSpace(strings.Map(riskassess.NarrowRune, v)))
	if i := strings.IndexByte(v, '('); i > 0 {
		v = strings.TrimSpace(v[:i])
	}
	return slices.Contains(conditionNoneWords, strings.TrimRight(v, "。. "))
}
