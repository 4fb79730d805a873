package store

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/wareki"
	"go.yaml.in/yaml/v3"
)

// Limits of the decoder. maxNodes bounds the values decoded through
// aliases (and merge keys), and so the work and memory spent on a file
// whose aliases expand exponentially; maxDepth bounds recursion, also for
// anchors that contain themselves.
const (
	maxNodes = 1_000_000
	maxDepth = 64
)

var (
	dateType = reflect.TypeFor[riskassess.Date]()
	enumType = reflect.TypeFor[riskassess.Enum]()
)

// decoder decodes a yaml.Node tree into Go values by reflection, following
// the yaml struct tags of the model. Unlike yaml.Node.Decode it records every
// problem with its position and carries on, so one pass reports all errors.
type decoder struct {
	file   string
	errs   []*Error
	visits int
	depth  int
	budget int        // maximum nodes visited; maxNodes when zero
	over   bool       // budget exceeded: stop decoding
	outer  *yaml.Node // outermost alias being expanded, if any
	seen   map[Error]bool
	mode   textMode // what the string values being decoded may hold
}

// errorf records an error at n with the message in English and Japanese.
func (d *decoder) errorf(n *yaml.Node, code Code, en, ja string) {
	e := &Error{File: d.file, Code: code, Msg: en, msgJa: ja}
	if n != nil {
		e.Line, e.Col = n.Line, n.Column
	}
	d.add(e)
}

// add records e once: a value reached through several aliases is reported
// at its own position only once. After maxErrors errors decoding stops.
func (d *decoder) add(e *Error) {
	if len(d.errs) > maxErrors {
		// Over the cap: a loop that does not step (the keys of one
		// mapping) must not go on adding errors.
		return
	}
	if d.seen == nil {
		d.seen = map[Error]bool{}
	}
	k := *e
	k.Err = nil
	if d.seen[k] {
		return
	}
	d.seen[k] = true
	if len(d.errs) == maxErrors {
		d.errs = append(d.errs, tooMany(d.file, e.Line, e.Col))
		d.over = true
		return
	}
	d.errs = append(d.errs, e)
}

// maxErrors is the most errors reported for one file; a file with more is
// most likely not a register file at all.
const maxErrors = 100

// step counts one visited node and reports whether decoding may go on.
func (d *decoder) step(n *yaml.Node) bool {
	if d.over {
		return false
	}
	budget := d.budget
	if budget == 0 {
		budget = maxNodes
	}
	if d.outer != nil {
		// Only values reached through an alias count: a plain file can
		// hold no more values than it has bytes, but aliases multiply them.
		d.visits++
	}
	if d.visits > budget || d.depth >= maxDepth {
		d.over = true
		at := n
		if d.outer != nil {
			at = d.outer
		}
		d.errorf(at, CodeTooComplex,
			fmt.Sprintf("YAML anchors and aliases expand too far (more than %d values or %d levels deep): write the values out instead of using *aliases", budget, maxDepth),
			fmt.Sprintf("YAML のアンカーと別名の展開が多すぎます（%d 個を超える値、または %d 階層を超える深さ）。*別名を使わず、値をそのまま書いてください", budget, maxDepth))
		return false
	}
	return true
}

// decode decodes n into v, which must be settable.
func (d *decoder) decode(n *yaml.Node, v reflect.Value) {
	if !d.step(n) {
		return
	}
	d.depth++
	defer func() { d.depth-- }()

	if n.Kind == yaml.AliasNode {
		if n.Alias == nil {
			d.errorf(n, CodeSyntax, fmt.Sprintf("alias *%s refers to no anchor", n.Value),
				fmt.Sprintf("別名 *%s に対応するアンカー（&%s）がありません", n.Value, n.Value))
			return
		}
		if d.outer == nil {
			d.outer = n
			defer func() { d.outer = nil }()
		}
		d.decode(n.Alias, v)
		return
	}
	t := v.Type()
	switch {
	case t == dateType:
		d.date(n, v)
		return
	case t.Kind() == reflect.String && t.Implements(enumType):
		d.enum(n, v)
		return
	}
	switch t.Kind() {
	case reflect.Pointer:
		if isNull(n) {
			v.SetZero()
			return
		}
		p := reflect.New(t.Elem())
		d.decode(n, p.Elem())
		v.Set(p)
	case reflect.Struct:
		if isNull(n) {
			return
		}
		if n.Kind != yaml.MappingNode {
			d.wrongType(n, wantMapping)
			return
		}
		d.structure(n, v, map[string]*yaml.Node{}, map[string]bool{})
	case reflect.Slice:
		if isNull(n) {
			v.SetZero()
			return
		}
		if n.Kind != yaml.SequenceNode {
			d.wrongType(n, wantList)
			return
		}
		s := reflect.MakeSlice(t, len(n.Content), len(n.Content))
		enumList := t.Elem().Kind() == reflect.String && t.Elem().Implements(enumType)
		for i, c := range n.Content {
			if enumList && emptyScalar(c) {
				// An empty value means "not set" for one enum field, but
				// in a list it is no value at all: segments: [""] would
				// be scored as segments recorded, none of them internet.
				d.add(badEnum(d.file, deref(c), s.Index(i).Interface().(riskassess.Enum)))
				continue
			}
			d.decode(c, s.Index(i))
		}
		v.Set(s)
	case reflect.Map:
		if t.Key().Kind() != reflect.String {
			panic("store: unsupported map key type " + t.String())
		}
		if isNull(n) {
			v.SetZero()
			return
		}
		if n.Kind != yaml.MappingNode {
			d.wrongType(n, wantMapping)
			return
		}
		m := reflect.MakeMapWithSize(t, len(n.Content)/2)
		seen := map[string]*yaml.Node{}
		for i := 0; i+1 < len(n.Content) && !d.over; i += 2 {
			k, val := n.Content[i], n.Content[i+1]
			key, ok := d.key(k, seen)
			if !ok {
				continue
			}
			e := reflect.New(t.Elem()).Elem()
			d.decode(val, e)
			m.SetMapIndex(reflect.ValueOf(key).Convert(t.Key()), e)
		}
		v.Set(m)
	case reflect.Bool:
		if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!bool" {
			if isNull(n) {
				v.SetZero()
				return
			}
			d.wrongType(n, wantBool)
			return
		}
		var b bool
		if err := n.Decode(&b); err != nil {
			d.wrongType(n, wantBool)
			return
		}
		v.SetBool(b)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if isNull(n) {
			v.SetZero()
			return
		}
		i, ok := leadingZeros(n)
		if !ok && d.goNumber(n) {
			return
		}
		if !ok && (n.Kind != yaml.ScalarNode || n.ShortTag() != "!!int" || n.Decode(&i) != nil) {
			d.wrongType(n, wantInt)
			return
		}
		if v.OverflowInt(i) {
			d.errorf(n, CodeWrongType, fmt.Sprintf("number %s is too large", n.Value), fmt.Sprintf("数値 %s が大きすぎます", n.Value))
			return
		}
		v.SetInt(i)
	case reflect.Float32, reflect.Float64:
		if isNull(n) {
			v.SetZero()
			return
		}
		if i, ok := leadingZeros(n); ok {
			v.SetFloat(float64(i))
			return
		}
		if d.goNumber(n) {
			return
		}
		var f float64
		tag := n.ShortTag()
		if n.Kind != yaml.ScalarNode || (tag != "!!int" && tag != "!!float") || n.Decode(&f) != nil {
			d.wrongType(n, wantNumber)
			return
		}
		v.SetFloat(f)
	case reflect.String:
		if isNull(n) {
			v.SetZero()
			return
		}
		if n.Kind != yaml.ScalarNode {
			d.wrongType(n, wantString)
			return
		}
		d.checkText(n, n.Value)
		v.SetString(n.Value)
	default:
		panic("store: unsupported Go type " + t.String())
	}
}

// leadingZeros returns the value of n when it is a plain number written
// in decimal with leading zeros ("012", "09"), read in decimal as YAML 1.2
// and the JSON Schemas read it and as people mean it. yaml.v3 reads such a
// number as octal, in the way of YAML 1.1 (review_intervals medium: 012
// was 10 months, reply_within_days: 021 was 17 days, without an error),
// or, when it has an 8 or a 9, as a number that is not whole.
func leadingZeros(n *yaml.Node) (int64, bool) {
	if n.Kind != yaml.ScalarNode || n.Style != 0 {
		return 0, false // a quoted "012" is a string
	}
	digits := strings.TrimLeft(n.Value, "+-")
	if len(n.Value)-len(digits) > 1 || len(digits) < 2 || digits[0] != '0' || strings.Trim(digits, "0123456789") != "" {
		return 0, false
	}
	i, err := strconv.ParseInt(n.Value, 10, 64)
	return i, err == nil
}

// goNumber reports, with an error, a plain number written in a form of
// YAML 1.1 or Go that yaml.v3 reads: an underscore (99_9 was read as
// 999, 9_9.9 as 99.9) or a 0x, 0o or 0b prefix (0x10 was 16). Such a
// number is not the one the writer meant; only decimal digits, a sign,
// a dot and an exponent are read. .inf and .nan are left to the checks
// of the field (a percentage refuses them) and an int field's type.
func (d *decoder) goNumber(n *yaml.Node) bool {
	if n.Kind != yaml.ScalarNode || n.Style != 0 || (n.ShortTag() != "!!int" && n.ShortTag() != "!!float") ||
		plainDecimal(n.Value) || (n.ShortTag() == "!!float" && !strings.ContainsAny(n.Value, "0123456789")) {
		return false
	}
	d.errorf(n, CodeWrongType, fmt.Sprintf("number %s is not read: write it in decimal digits with a dot only, e.g. 99.9 (no _ separators, no 0x, 0o or 0b prefixes)", n.Value),
		fmt.Sprintf("数値 %s は読みません。10 進の数字と小数点だけで書いてください（例: 99.9。区切りの _ や 0x・0o・0b は使えません）", n.Value))
	return true
}

// plainDecimal reports whether a YAML number v is written with decimal
// digits, a sign, a dot and an exponent only (not 0_0, 0x1e, 0o17 or
// .inf), the forms goNumber lets through as the number they read as.
func plainDecimal(v string) bool {
	return strings.Trim(v, "0123456789+-.eE") == ""
}

// key checks a mapping key: a scalar, not seen before in this mapping.
func (d *decoder) key(k *yaml.Node, seen map[string]*yaml.Node) (string, bool) {
	if k.Kind == yaml.AliasNode && k.Alias != nil {
		k = k.Alias
	}
	if k.Kind != yaml.ScalarNode {
		d.errorf(k, CodeWrongType, "want a name as key, got "+describe(k, "en"), "キーには名前を書いてください（"+describe(k, "ja")+"が書かれています）")
		return "", false
	}
	if first, dup := seen[k.Value]; dup {
		d.errorf(k, CodeDuplicateKey, fmt.Sprintf("duplicate key %q (first at line %d): keep only one", k.Value, first.Line),
			fmt.Sprintf("項目 %q が重複しています（最初は %d 行目）。一つだけ残してください", k.Value, first.Line))
		return "", false
	}
	seen[k.Value] = k
	return k.Value, true
}

// structure decodes mapping n into struct v. seen collects the keys of n
// already read (for duplicate keys); set the fields already decoded, by n
// or, when n is merged into another mapping, by that mapping or an earlier
// merge source.
//
// Merge keys follow YAML: the mapping's own keys win over merged ones, the
// mappings of <<: [*a, *b] win in their order (*a over *b), and a key is
// taken whole from one place (own class: {confidentiality: "2"} is not
// completed by the integrity of a merged class).
func (d *decoder) structure(n *yaml.Node, v reflect.Value, seen map[string]*yaml.Node, set map[string]bool) {
	info := structInfoOf(v.Type())
	for i := 0; i+1 < len(n.Content); i += 2 {
		if d.over {
			return // past the error cap: no more keys, no more suggestions
		}
		k, val := n.Content[i], n.Content[i+1]
		if k.Kind == yaml.ScalarNode && k.Value == "<<" && k.ShortTag() == "!!merge" {
			continue
		}
		key, ok := d.key(k, seen)
		if !ok {
			continue
		}
		f, ok := info.fields[key]
		if !ok {
			if s := suggest(key, info.keys); s != "" {
				d.errorf(k, CodeUnknownField, fmt.Sprintf("unknown field %s (did you mean %q?)", quoted(key, "en"), s),
					fmt.Sprintf("未知の項目 %s です（%q の誤りではありませんか）", quoted(key, "ja"), s))
			} else {
				d.errorf(k, CodeUnknownField, fmt.Sprintf("unknown field %s", quoted(key, "en")),
					fmt.Sprintf("未知の項目 %s です（つづりを直すか、削除してください）", quoted(key, "ja")))
			}
			continue
		}
		if set[key] {
			// Set by the mapping this one is merged into. The value still
			// counts against the alias budget: skipping it is not free.
			if !d.step(val) {
				return
			}
			continue
		}
		set[key] = true
		mode := d.mode
		if m, ok := textModes[key]; ok && m > mode {
			d.mode = m
		}
		d.decode(val, v.FieldByIndex(f.index))
		d.mode = mode
	}
	// Merge keys (<<: *base) last, for the fields not set yet.
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode || k.Value != "<<" || k.ShortTag() != "!!merge" {
			continue
		}
		outer := d.outer
		if outer == nil {
			d.outer = val // merged values count against the alias budget
		}
		for _, m := range mergeSources(val) {
			if !d.step(m) {
				break
			}
			if m.Kind != yaml.MappingNode {
				d.wrongType(m, wantMerge)
				continue
			}
			d.depth++
			d.structure(m, v, map[string]*yaml.Node{}, set)
			d.depth--
		}
		d.outer = outer
		if d.over {
			return
		}
	}
}

func mergeSources(n *yaml.Node) []*yaml.Node {
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	if n.Kind == yaml.SequenceNode {
		out := make([]*yaml.Node, 0, len(n.Content))
		for _, c := range n.Content {
			if c.Kind == yaml.AliasNode && c.Alias != nil {
				c = c.Alias
			}
			out = append(out, c)
		}
		return out
	}
	return []*yaml.Node{n}
}

func (d *decoder) date(n *yaml.Node, v reflect.Value) {
	if isNull(n) {
		v.SetZero()
		return
	}
	if n.Kind != yaml.ScalarNode {
		d.wrongType(n, wantDate)
		return
	}
	if n.Value == "" {
		v.SetZero()
		return
	}
	t, err := riskassess.ParseDate(n.Value)
	if err != nil {
		e := badDate(d.file, n, err)
		d.add(e)
		return
	}
	if t.Year > MaxYear {
		d.add(lateDate(d.file, n))
		return
	}
	v.Set(reflect.ValueOf(t))
}

// lateDate returns the error for a date after the year MaxYear: a slip in
// the year (2926-04-01 for 2026) or 9999-12-31 for "no end", which would
// keep an approval, a certificate or a contract valid for centuries and a
// review from ever falling due.
func lateDate(file string, n *yaml.Node) *Error {
	return newError(file, n.Line, n.Column, CodeOutOfRange,
		fmt.Sprintf("date %s is after %d, the last year a register date may have: correct the year (a slip such as 2926 for 2026); for an end that is not fixed, leave the date out", quoted(n.Value, "en"), MaxYear),
		fmt.Sprintf("日付 %s は %d 年より後で、台帳の日付としてありえません。年を直してください（2026 を 2926 とする打ち間違いなど）。期限を定めない場合は日付を書かないでください", quoted(n.Value, "ja"), MaxYear))
}

// badDate returns the error for a date that riskassess.ParseDate refused.
// A date that wareki.Parse reads (令和8年4月10日, ２０２６年４月１０日,
// 2026/4/10, R8.4.10) gets its ISO form as the Replacement, unless its
// year is after MaxYear (lateDate); a day or month
// that does not exist (2026-02-30, 2026-13-01), a date outside its era or
// a wrong weekday says so; anything else asks for YYYY-MM-DD.
func badDate(file string, n *yaml.Node, err error) *Error {
	q, qja := quoted(n.Value, "en"), quoted(n.Value, "ja")
	var e *Error
	w, werr := wareki.Parse(n.Value)
	var pe *wareki.ParseError
	switch {
	case werr == nil && w.Year > MaxYear:
		// The ISO form would be refused in turn (令和908年4月1日).
		e = lateDate(file, n)
	case werr == nil:
		iso := w.String()
		e = newError(file, n.Line, n.Column, CodeBadDate,
			fmt.Sprintf("bad date %s: write it as %s (YYYY-MM-DD)", q, iso),
			fmt.Sprintf("日付 %s は %s と書いてください（YYYY-MM-DD、西暦）", qja, iso))
		e.Replacement = iso
	case errors.As(werr, &pe) && (pe.Code == wareki.ErrDay || pe.Code == wareki.ErrMonth):
		ja, en := pe.Reasons()
		e = newError(file, n.Line, n.Column, CodeBadDate,
			fmt.Sprintf("date %s does not exist: %s", q, en),
			fmt.Sprintf("日付 %s は存在しません: %s", qja, ja))
	case errors.As(werr, &pe) && (pe.Code == wareki.ErrEraRange || pe.Code == wareki.ErrWeekday):
		ja, en := pe.Reasons()
		e = newError(file, n.Line, n.Column, CodeBadDate,
			fmt.Sprintf("bad date %s: %s; write the date as YYYY-MM-DD", q, en),
			fmt.Sprintf("日付 %s が正しくありません: %s。YYYY-MM-DD（西暦）で書いてください", qja, ja))
	default:
		e = newError(file, n.Line, n.Column, CodeBadDate,
			fmt.Sprintf("bad date %s: want YYYY-MM-DD, e.g. 2026-04-01", q),
			fmt.Sprintf("日付 %s の形式が違います。YYYY-MM-DD（西暦）で書いてください（例: 2026-04-01）", qja))
	}
	e.Err = err
	return e
}

func (d *decoder) enum(n *yaml.Node, v reflect.Value) {
	if isNull(n) {
		v.SetZero()
		return
	}
	if n.Kind != yaml.ScalarNode {
		d.wrongType(n, wantString)
		return
	}
	nv := reflect.New(v.Type()).Elem()
	nv.SetString(n.Value)
	e := nv.Interface().(riskassess.Enum)
	if n.Value != "" && !e.Valid() {
		d.add(badEnum(d.file, n, e))
		return
	}
	v.Set(nv)
}

// badEnum returns the error for the value of n, which e's type does not
// accept. A Japanese label or a common spelling of an allowed value
// (riskassess.Replacement) gets that value as the Replacement; otherwise
// the allowed values are listed, with the closest one when there is a
// likely typo.
func badEnum(file string, n *yaml.Node, e riskassess.Enum) *Error {
	allowed := strings.Join(e.Allowed(), ", ")
	q, qja := quoted(n.Value, "en"), quoted(n.Value, "ja")
	if r, ok := riskassess.Replacement(e, n.Value); ok {
		err := newError(file, n.Line, n.Column, CodeBadEnum,
			fmt.Sprintf("bad value %s: write %s instead (allowed: %s)", q, r, allowed),
			fmt.Sprintf("値 %s は使えません。%s と書いてください（使える値: %s）", qja, r, allowed))
		err.Replacement = r
		return err
	}
	en := fmt.Sprintf("bad value %s: want one of %s", q, allowed)
	ja := fmt.Sprintf("値 %s は使えません。次のいずれかにしてください: %s", qja, allowed)
	if s := suggest(n.Value, e.Allowed()); s != "" {
		en += fmt.Sprintf(" (did you mean %q?)", s)
		ja += fmt.Sprintf("（%q の誤りではありませんか）", s)
	}
	return newError(file, n.Line, n.Column, CodeBadEnum, en, ja)
}

// want names an expected kind of value in English and Japanese.
type want struct{ en, ja string }

var (
	wantMapping = want{"a mapping (key: value)", "マッピング（キー: 値）"}
	wantList    = want{"a list", "リスト"}
	wantBool    = want{"true or false", "true または false"}
	wantInt     = want{"a whole number", "整数"}
	wantNumber  = want{"a number", "数値"}
	wantString  = want{"a string", "文字列"}
	wantDate    = want{"a date (YYYY-MM-DD)", "日付（YYYY-MM-DD）"}
	wantMerge   = want{"a mapping to merge", "マージするマッピング"}
)

func (d *decoder) wrongType(n *yaml.Node, w want) {
	en, ja := wrongTypeMsg(n, w)
	d.errorf(n, CodeWrongType, en, ja)
}

// wrongTypeMsg returns the English and Japanese messages for n where w is wanted.
func wrongTypeMsg(n *yaml.Node, w want) (en, ja string) {
	return "want " + w.en + ", got " + describe(n, "en"),
		"値の形が違います。" + w.ja + "を書いてください（" + describe(n, "ja") + "が書かれています）"
}

// emptyScalar reports whether n (through an alias) is null or "".
func emptyScalar(n *yaml.Node) bool {
	n = deref(n)
	return n != nil && n.Kind == yaml.ScalarNode && (isNull(n) || n.Value == "")
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
}

// describe names the kind of value n holds, for error messages, in
// English, or in Japanese when lang is "ja".
func describe(n *yaml.Node, lang riskassess.Lang) string {
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	en, ja := "something else", "その他の値"
	switch n.Kind {
	case yaml.MappingNode:
		en, ja = "a mapping", "マッピング"
	case yaml.SequenceNode:
		en, ja = "a list", "リスト"
	case yaml.ScalarNode:
		switch n.ShortTag() {
		case "!!null":
			en, ja = "nothing (null)", "空の値（null）"
		case "!!bool":
			en, ja = "true/false", "true/false"
		case "!!int", "!!float":
			en, ja = "a number", "数値"
		case "!!timestamp":
			en, ja = "a date", "日付"
		default:
			en, ja = "a string", "文字列"
		}
	}
	if lang == "ja" {
		return ja
	}
	return en
}

type fieldInfo struct {
	index []int
}

type structInfo struct {
	fields map[string]fieldInfo
	keys   []string // in declaration order
}

var structInfos sync.Map // reflect.Type → *structInfo

// structInfoOf returns the yaml keys of struct type t, following the rules
// of yaml/v3: the tag name or the lower-cased field name, "-" skipped,
// ",inline" structs flattened; omitempty and other flags ignored.
func structInfoOf(t reflect.Type) *structInfo {
	if v, ok := structInfos.Load(t); ok {
		return v.(*structInfo)
	}
	info := &structInfo{fields: map[string]fieldInfo{}}
	var walk func(t reflect.Type, prefix []int)
	walk = func(t reflect.Type, prefix []int) {
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			tag := f.Tag.Get("yaml")
			if tag == "-" {
				continue
			}
			name, opts, _ := strings.Cut(tag, ",")
			idx := append(append([]int(nil), prefix...), i)
			if strings.Contains(","+opts+",", ",inline,") && f.Type.Kind() == reflect.Struct {
				walk(f.Type, idx)
				continue
			}
			if name == "" {
				name = strings.ToLower(f.Name)
			}
			if _, dup := info.fields[name]; !dup {
				info.keys = append(info.keys, name)
			}
			info.fields[name] = fieldInfo{index: idx}
		}
	}
	walk(t, nil)
	v, _ := structInfos.LoadOrStore(t, info)
	return v.(*structInfo)
}

// maxSuggestLen bounds the inputs of suggest: no id or key is longer (ids
// have at most 64 characters), and the edit distance costs the product of
// the two lengths, so a longer value, or a candidate much longer than it,
// is not compared at all. A 100,000-character id thus costs one rune
// count, not 10^10 steps.
const maxSuggestLen = 64

// suggest returns the candidate closest to s by edit distance, or "" when
// none is close enough to be a likely typo. Only candidates whose length
// is within the accepted distance of s are compared (the distance is at
// least the difference of the lengths), and nothing longer than
// maxSuggestLen runes is.
func suggest(s string, candidates []string) string {
	n := utf8.RuneCountInString(s)
	if n > maxSuggestLen {
		return ""
	}
	limit := max(1, n/3)
	best, bestD := "", limit+1
	for _, c := range candidates {
		if len(c) > 4*maxSuggestLen { // more bytes than 64 runes can take
			continue
		}
		m := utf8.RuneCountInString(c)
		if m > maxSuggestLen || m-n > limit || n-m > limit {
			continue
		}
		if dist := editDistance(s, c); dist < bestD {
			best, bestD = c, dist
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b, in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// maxQuoted is the most runes of a register value that a message quotes.
const maxQuoted = 80

// quoted quotes a value from the register for a message in lang, as %q
// does; a value longer than maxQuoted runes is cut (see clip), with its
// length added ("aaaa…" (100000 characters)), so that a hostile value does
// not make the message itself unreadable.
func quoted(s string, lang riskassess.Lang) string {
	c, n := clip(s)
	if c == s {
		return strconv.Quote(s)
	}
	if lang == "ja" {
		return fmt.Sprintf("%s（%d 文字）", strconv.Quote(c), n)
	}
	return fmt.Sprintf("%s (%d characters)", strconv.Quote(c), n)
}

// clip returns s, or its first maxQuoted runes followed by "…" when it is
// longer, and the length of s in runes.
func clip(s string) (string, int) {
	n := utf8.RuneCountInString(s)
	if n <= maxQuoted {
		return s, n
	}
	k := 0
	for i := range s {
		if k == maxQuoted {
			return s[:i] + "…", n
		}
		k++
	}
	return s, n
}
