package xlsx

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"path"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gikai-sec/riskregister/riskassess"
)

// The questionnaire reader does not use excelize: it streams the few parts
// it needs (the workbook, its relationships, the shared strings and the
// sheets) straight from the zip through encoding/xml, keeps only non-empty
// cells, and stops at the limits below. Every zip or XML error in a part it
// reads makes the whole file an error (ErrDamaged): a damaged sheet is never
// read as a shorter one.

// limits bounds the work of reading one workbook. The defaults keep any
// file within about a second and well under 256 MB (see TestHostile).
type limits struct {
	// xmlBytes is the most XML read from all parts together; a part that
	// declares more is refused before it is read.
	xmlBytes int64
	// unzipTotal caps the sum of the declared sizes of all zip entries.
	unzipTotal int64
	// entries caps the number of zip entries, sheets the number of sheets.
	entries, sheets int
	// rows caps the rows with content in one sheet, cells the non-empty
	// cells of the workbook, merges the merged ranges of one sheet and
	// sharedStrings the shared-strings table.
	rows, cells, merges, sharedStrings int
	// cellFormats caps the cell formats (<xf> of cellXfs) and numFmts the
	// custom number formats of the styles part (Excel itself allows about
	// 64,000 and 250).
	cellFormats, numFmts int
}

var defaultLimits = limits{
	xmlBytes:      DefaultUnzipXMLSizeLimit,
	unzipTotal:    DefaultUnzipSizeLimit,
	entries:       10_000,
	sheets:        1_000,
	rows:          maxRows,
	cells:         1_000_000,
	merges:        100_000,
	sharedStrings: 500_000,
	cellFormats:   100_000,
	numFmts:       10_000,
}

// Excel's own bounds.
const (
	maxSheetRow = 1 << 20 // 1,048,576
	maxSheetCol = 1 << 14 // 16,384 (XFD)
)

// book is an open workbook package.
type book struct {
	zr       *zip.Reader
	parts    map[string]*zip.File // by lower-case part name without a leading "/"
	lim      limits
	xmlRead  int64 // XML bytes read so far, against lim.xmlBytes
	cells    int   // non-empty cells kept so far, against lim.cells
	sst      []string
	date1904 bool
	sheets   []sheetRef // in workbook order
	// xfNumFmt is the number format id of each cell format (a cell's style
	// index), numFmts the custom number formats by id.
	xfNumFmt []int32
	numFmts  map[int32]string
	// xfStrike is set for the cell formats whose font is struck through
	// (a cell's style index), fontStrike for the fonts; sstStrike holds
	// the shared strings with struck-through text in a rich-text run.
	xfStrike   []bool
	fontStrike []bool
	sstStrike  map[int]bool
	// volatileName is set when a defined name's formula is volatile
	// (volatileFormula); volatileBook caches anyVolatile (0 not known
	// yet, 1 no, 2 yes).
	volatileName bool
	volatileBook int8
}

// anyVolatile reports whether a formula of any sheet, or a defined name,
// of the workbook is volatile (volatileFormula): then a formula referring
// to other cells (gcell.refers) may take its value from it. Every sheet
// is read for it once, on the first call, outside the XML budget the
// workbook's reading is held to (each sheet is still held to it alone):
// a workbook read in full has read each sheet within it already.
func (b *book) anyVolatile() (bool, error) {
	if b.volatileBook != 0 {
		return b.volatileBook == 2, nil
	}
	found := b.volatileName
	saved := b.xmlRead
	defer func() { b.xmlRead = saved }()
	for _, sh := range b.sheets {
		if found {
			break
		}
		b.xmlRead = 0
		p, err := b.open(sh.name, sh.part)
		if err != nil {
			return false, err
		}
		if p == nil {
			continue
		}
		inF := false
		var f []byte
		for {
			tok, err := p.next()
			if err == io.EOF {
				break
			}
			if err != nil {
				p.close()
				return false, err
			}
			switch t := tok.(type) {
			case xml.StartElement:
				if t.Name.Local == "f" {
					inF, f = true, f[:0]
				}
			case xml.EndElement:
				if t.Name.Local == "f" {
					inF = false
					if volatileFormula(f) {
						found = true
					}
				}
			case xml.CharData:
				if inF {
					f = append(f, t...)
				}
			}
			if found {
				break
			}
		}
		p.close()
	}
	b.volatileBook = 1
	if found {
		b.volatileBook = 2
	}
	return found, nil
}

// struck reports whether the cell format style strikes its text through.
func (b *book) struck(style int32) bool {
	return style >= 0 && int(style) < len(b.xfStrike) && b.xfStrike[style]
}

// strikeOn reports whether a <strike> element turns strike-through on:
// without val, or with val true or 1.
func strikeOn(se xml.StartElement) bool {
	switch strings.TrimSpace(attr(se, "val")) {
	case "", "1", "true":
		return true
	}
	return false
}

type sheetRef struct{ name, part string }

// damaged returns the ErrDamaged error for part (sheet, when it is a sheet).
func damaged(sheet, part string, err error) *CellError {
	ce := &CellError{Sheet: sheet, Code: ErrDamaged, Value: part, Err: err}
	ce.hint = riskassess.T("原因: "+err.Error()+"。一部だけを取り込むことはしないため、このファイルは読みません。"+saveAsXLSXJa,
		err.Error()+": the workbook is damaged and is not read, not even in part: "+saveAsXLSXEn)
	ce.Hint = "一部だけを取り込むことはしません / the workbook is not read, not even in part: " + saveAsXLSX
	return ce
}

// tooLarge returns the ErrTooLarge error for a limit: what exceeds it
// (Japanese, English), in part (sheet, when it is a sheet).
func tooLarge(sheet, part string, allowed string, ja, en string) *CellError {
	return (&CellError{Sheet: sheet, Code: ErrTooLarge, Value: part, Allowed: []string{allowed}}).
		withHint(ja+"。使っていないシート・行・書式を削除して保存し直してください",
			en+": delete unused sheets, rows and formatting and save it again")
}

// openBook opens the zip zr: it checks the package (entry count, declared
// sizes, duplicate names) and reads the workbook part, its relationships
// and the shared strings.
func openBook(zr *zip.Reader, lim limits) (*book, error) {
	b := &book{zr: zr, parts: map[string]*zip.File{}, lim: lim}
	if len(zr.File) > lim.entries {
		return nil, tooLarge("", "", fmt.Sprintf("at most %d parts", lim.entries),
			fmt.Sprintf("zip の項目が %d 個あり、上限 %d 個を超えます", len(zr.File), lim.entries),
			fmt.Sprintf("the zip has %d entries, more than %d", len(zr.File), lim.entries))
	}
	var total uint64
	for _, zf := range zr.File {
		if zf.UncompressedSize64 > uint64(lim.unzipTotal) {
			total = zf.UncompressedSize64 // (no overflow of the sum)
		} else {
			total += zf.UncompressedSize64
		}
		name := strings.ToLower(strings.TrimPrefix(strings.ReplaceAll(zf.Name, `\`, "/"), "/"))
		if _, dup := b.parts[name]; dup {
			// Two entries of one name: readers disagree on which one
			// counts, so none does.
			return nil, damaged("", zf.Name, errors.New("two zip entries with this name"))
		}
		b.parts[name] = zf
	}
	if total > uint64(lim.unzipTotal) {
		return nil, &CellError{Code: ErrTooLarge, Value: fmt.Sprint(total), Allowed: []string{fmt.Sprintf("at most %d bytes unzipped", lim.unzipTotal)},
			hint: riskassess.T(fmt.Sprintf("展開後の大きさが上限 %d バイトを超えます。画像や使っていないシートを削除してください", lim.unzipTotal),
				fmt.Sprintf("it unzips to more than %d bytes: remove pictures and unused sheets", lim.unzipTotal))}
	}
	wbPart := "xl/workbook.xml"
	if rels, err := b.rels("", "_rels/.rels"); err != nil {
		return nil, err
	} else {
		for _, r := range rels {
			if strings.HasSuffix(r.typ, "/officeDocument") {
				wbPart = r.target
				break
			}
		}
	}
	if err := b.readWorkbook(wbPart); err != nil {
		return nil, err
	}
	return b, nil
}

type rel struct{ id, typ, target string }

// rels reads the relationships part relsPart of the part source ("" for
// the package) and returns them with targets resolved to part names. A
// missing relationships part gives no relationships.
func (b *book) rels(source, relsPart string) ([]rel, error) {
	p, err := b.open("", relsPart)
	if p == nil {
		return nil, err
	}
	defer p.close()
	var out []rel
	for {
		tok, err := p.next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "Relationship" {
			continue
		}
		var r rel
		external := false
		for _, a := range se.Attr {
			switch a.Name.Local {
			case "Id":
				r.id = a.Value
			case "Type":
				r.typ = a.Value
			case "Target":
				r.target = a.Value
			case "TargetMode":
				external = a.Value == "External"
			}
		}
		if external || r.target == "" {
			continue
		}
		if strings.HasPrefix(r.target, "/") {
			r.target = strings.TrimPrefix(r.target, "/")
		} else {
			r.target = path.Join(path.Dir(source), r.target)
		}
		out = append(out, r)
	}
}

// readWorkbook reads the sheet list and the date system from the workbook
// part, then the shared strings.
func (b *book) readWorkbook(wbPart string) error {
	p, err := b.open("", wbPart)
	if p == nil {
		if err == nil {
			err = damaged("", wbPart, errors.New("no workbook part"))
		}
		return err
	}
	type sheetEl struct{ name, rid string }
	var els []sheetEl
	inName := false // in a <definedName>
	for {
		tok, err := p.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			p.close()
			return err
		}
		if cd, ok := tok.(xml.CharData); ok && inName && volatileFormula(cd) {
			b.volatileName = true
		}
		if ee, ok := tok.(xml.EndElement); ok && ee.Name.Local == "definedName" {
			inName = false
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "definedName":
			inName = true
		case "workbookPr":
			for _, a := range se.Attr {
				if a.Name.Local == "date1904" {
					b.date1904, _ = strconv.ParseBool(strings.TrimSpace(a.Value))
				}
			}
		case "sheet":
			var s sheetEl
			for _, a := range se.Attr {
				switch {
				case a.Name.Local == "name" && a.Name.Space == "":
					s.name = a.Value
				case a.Name.Local == "id" && a.Name.Space != "":
					s.rid = a.Value // r:id, whatever the prefix
				}
			}
			els = append(els, s)
			if len(els) > b.lim.sheets {
				p.close()
				return tooLarge("", wbPart, fmt.Sprintf("at most %d sheets", b.lim.sheets),
					fmt.Sprintf("シートが %d 枚を超えます", b.lim.sheets), fmt.Sprintf("more than %d sheets", b.lim.sheets))
			}
		}
	}
	p.close()
	rels, err := b.rels(wbPart, path.Join(path.Dir(wbPart), "_rels", path.Base(wbPart)+".rels"))
	if err != nil {
		return err
	}
	byID := map[string]string{}
	sstPart, stylesPart := "", ""
	for _, r := range rels {
		byID[r.id] = r.target
		if strings.HasSuffix(r.typ, "/sharedStrings") {
			sstPart = r.target
		}
		if strings.HasSuffix(r.typ, "/styles") {
			stylesPart = r.target
		}
	}
	for _, s := range els {
		// A sheet without a part keeps part "": reading it is an error.
		b.sheets = append(b.sheets, sheetRef{name: s.name, part: byID[s.rid]})
	}
	if sstPart == "" {
		sstPart = path.Join(path.Dir(wbPart), "sharedStrings.xml")
	}
	if stylesPart == "" {
		stylesPart = path.Join(path.Dir(wbPart), "styles.xml")
	}
	if err := b.readStyles(stylesPart); err != nil {
		return err
	}
	return b.readSharedStrings(sstPart)
}

// readStyles reads, from the styles part if there is one, the number
// format of each cell format (cellXfs) and the custom number formats
// (numFmts): what tells a percentage, a date or a zero-padded number from
// a plain number. Fonts, fills and the rest are skipped.
func (b *book) readStyles(part string) error {
	p, err := b.open("", part)
	if p == nil {
		return err
	}
	defer p.close()
	for {
		tok, err := p.next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		se, ok := tok.(xml.StartElement)
		if ok && p.depth() == 4 && se.Name.Local == "strike" && p.open[1] == "fonts" && p.open[2] == "font" && len(b.fontStrike) > 0 {
			b.fontStrike[len(b.fontStrike)-1] = strikeOn(se)
			continue
		}
		if !ok || p.depth() != 3 {
			continue
		}
		switch {
		case se.Name.Local == "font" && p.open[1] == "fonts":
			if len(b.fontStrike) >= b.lim.cellFormats {
				return tooLarge("", part, fmt.Sprintf("at most %d fonts", b.lim.cellFormats),
					fmt.Sprintf("フォントが %d 個を超えます", b.lim.cellFormats), fmt.Sprintf("more than %d fonts", b.lim.cellFormats))
			}
			b.fontStrike = append(b.fontStrike, false)
		case se.Name.Local == "numFmt" && p.open[1] == "numFmts":
			id, err := strconv.ParseInt(strings.TrimSpace(attr(se, "numFmtId")), 10, 32)
			if err != nil || id < 0 {
				continue // a format no cell can use
			}
			if b.numFmts == nil {
				b.numFmts = map[int32]string{}
			}
			if _, dup := b.numFmts[int32(id)]; !dup && len(b.numFmts) >= b.lim.numFmts {
				return tooLarge("", part, fmt.Sprintf("at most %d number formats", b.lim.numFmts),
					fmt.Sprintf("表示形式が %d 個を超えます", b.lim.numFmts), fmt.Sprintf("more than %d number formats", b.lim.numFmts))
			}
			b.numFmts[int32(id)] = attr(se, "formatCode")
		case se.Name.Local == "xf" && p.open[1] == "cellXfs":
			if len(b.xfNumFmt) >= b.lim.cellFormats {
				return tooLarge("", part, fmt.Sprintf("at most %d cell formats", b.lim.cellFormats),
					fmt.Sprintf("セルの書式が %d 個を超えます", b.lim.cellFormats), fmt.Sprintf("more than %d cell formats", b.lim.cellFormats))
			}
			id, err := strconv.ParseInt(strings.TrimSpace(attr(se, "numFmtId")), 10, 32)
			if err != nil || id < 0 {
				id = 0 // General, as Excel reads it
			}
			b.xfNumFmt = append(b.xfNumFmt, int32(id))
			font, err := strconv.Atoi(strings.TrimSpace(attr(se, "fontId")))
			b.xfStrike = append(b.xfStrike, err == nil && font >= 0 && font < len(b.fontStrike) && b.fontStrike[font])
		}
	}
}

// numFmt returns the number format of the cell format style: its id and,
// for a custom format, its code. An unknown style is General (0).
func (b *book) numFmt(style int32) (int32, string) {
	if style < 0 || int(style) >= len(b.xfNumFmt) {
		return 0, ""
	}
	id := b.xfNumFmt[style]
	return id, b.numFmts[id]
}

// readSharedStrings reads the shared-strings table, if there is one.
func (b *book) readSharedStrings(part string) error {
	p, err := b.open("", part)
	if p == nil {
		return err
	}
	defer p.close()
	var txt textCollector
	for {
		tok, err := p.next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Local == "si" && p.depth() == 2 {
				txt.begin()
			} else {
				txt.start(t)
			}
		case xml.EndElement:
			if t.Name.Local == "si" && p.depth() == 1 {
				if len(b.sst) >= b.lim.sharedStrings {
					return tooLarge("", part, fmt.Sprintf("at most %d shared strings", b.lim.sharedStrings),
						fmt.Sprintf("共有文字列が %d 個を超えます", b.lim.sharedStrings),
						fmt.Sprintf("more than %d shared strings", b.lim.sharedStrings))
				}
				b.sst = append(b.sst, txt.end())
				if txt.strike {
					if b.sstStrike == nil {
						b.sstStrike = map[int]bool{}
					}
					b.sstStrike[len(b.sst)-1] = true
				}
			} else {
				txt.stop(t.Name.Local)
			}
		case xml.CharData:
			txt.text(t)
		}
	}
}

// textCollector gathers the text of a string item (<si> or <is>): the
// <t> elements directly in it and in its rich-text runs (<r>), but not
// the phonetic runs (<rPh>, furigana). strike is set when a run struck
// through (<r><rPr><strike/>) holds text other than spaces.
type textCollector struct {
	on    bool
	depth int // elements open inside the item
	inT   bool
	rph   int // depth of an open <rPh>, 0 if none
	buf   []byte
	// runStrike: the open run is struck through.
	runStrike, strike bool
}

func (c *textCollector) begin() { *c = textCollector{on: true, buf: c.buf[:0]} }

func (c *textCollector) start(se xml.StartElement) {
	if !c.on {
		return
	}
	c.depth++
	switch local := se.Name.Local; {
	case local == "r" && c.depth == 1:
		c.runStrike = false
	case local == "strike" && c.depth == 3 && c.rph == 0:
		c.runStrike = strikeOn(se)
	case local == "rPh" && c.rph == 0:
		c.rph = c.depth
	case local == "t" && c.rph == 0 && (c.depth == 1 || c.depth == 2):
		c.inT = true
	}
}

func (c *textCollector) stop(local string) {
	if !c.on {
		return
	}
	if c.depth == c.rph {
		c.rph = 0
	}
	if local == "t" {
		c.inT = false
	}
	c.depth--
}

func (c *textCollector) text(b []byte) {
	if c.on && c.inT {
		c.buf = append(c.buf, b...)
		if c.runStrike && c.depth == 2 && strings.TrimFunc(string(b), isSpace) != "" {
			c.strike = true
		}
	}
}

// end finishes the item and returns its text with _xHHHH_ escapes decoded.
func (c *textCollector) end() string {
	c.on = false
	return decodeEscapes(string(c.buf))
}

// decodeEscapes decodes the _xHHHH_ escapes with which Excel stores
// characters XML cannot hold (_x000D_ is a carriage return, _x005F_ a
// literal underscore before what would otherwise be an escape). An escape
// of a UTF-16 surrogate becomes U+FFFD.
func decodeEscapes(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var out strings.Builder
	for i := 0; i < len(s); {
		if i+7 <= len(s) && s[i] == '_' && s[i+1] == 'x' && s[i+6] == '_' {
			if v, err := strconv.ParseUint(s[i+2:i+6], 16, 32); err == nil {
				r := rune(v)
				if v == 0x5F {
					out.WriteByte('_')
				} else if utf8.ValidRune(r) {
					out.WriteRune(r)
				} else {
					out.WriteRune(utf8.RuneError)
				}
				i += 7
				continue
			}
		}
		out.WriteByte(s[i])
		i++
	}
	return out.String()
}

// part is an XML part being read: a decoder over the part's bytes that
// counts them against the book's budget, tracks open elements and turns
// every zip and XML error into ErrDamaged.
type part struct {
	b     *book
	sheet string
	name  string
	rc    io.ReadCloser
	dec   *xml.Decoder
	open  []string // local names of the open elements
	seen  bool     // a root element was read
}

// open opens the part name for reading, or returns nil, nil when the
// package has no such part.
func (b *book) open(sheet, name string) (*part, error) {
	zf := b.parts[strings.ToLower(name)]
	if zf == nil {
		return nil, nil
	}
	if rest := b.lim.xmlBytes - b.xmlRead; zf.UncompressedSize64 > uint64(max(rest, 0)) {
		return nil, tooLarge(sheet, name, fmt.Sprintf("at most %d bytes of XML", b.lim.xmlBytes),
			fmt.Sprintf("展開後の XML が上限 %d バイトを超えます（%s は %d バイト）", b.lim.xmlBytes, name, zf.UncompressedSize64),
			fmt.Sprintf("its XML unzips to more than %d bytes (%s: %d bytes)", b.lim.xmlBytes, name, zf.UncompressedSize64))
	}
	rc, err := zf.Open()
	if err != nil {
		return nil, damaged(sheet, name, err)
	}
	p := &part{b: b, sheet: sheet, name: name, rc: rc}
	br := bufio.NewReaderSize(&budgetReader{r: rc, b: b}, 32<<10)
	if bom, _ := br.Peek(3); bytes.Equal(bom, []byte("\xef\xbb\xbf")) {
		br.Discard(3)
	}
	p.dec = xml.NewDecoder(br)
	return p, nil
}

func (p *part) close() { p.rc.Close() }

// depth is the number of open elements (after the last token: a start
// element counts itself).
func (p *part) depth() int { return len(p.open) }

// errBudget is the cause when the XML read exceeds the budget.
var errBudget = errors.New("xml budget exceeded")

// budgetReader counts the bytes read against the book's XML budget.
type budgetReader struct {
	r io.Reader
	b *book
}

func (r *budgetReader) Read(p []byte) (int, error) {
	if r.b.xmlRead >= r.b.lim.xmlBytes {
		// At the limit: fine if the part ends here.
		var one [1]byte
		if n, err := r.r.Read(one[:]); n == 0 && err == io.EOF {
			return 0, io.EOF
		}
		return 0, errBudget
	}
	if rest := r.b.lim.xmlBytes - r.b.xmlRead; int64(len(p)) > rest {
		p = p[:rest]
	}
	n, err := r.r.Read(p)
	r.b.xmlRead += int64(n)
	return n, err
}

// next returns the next token (a copy-free RawToken: CharData is only valid
// until the following call), io.EOF after the root element ended, or a
// *CellError.
func (p *part) next() (xml.Token, error) {
	tok, err := p.dec.RawToken()
	if err != nil {
		if err == io.EOF {
			if len(p.open) > 0 || !p.seen {
				return nil, damaged(p.sheet, p.name, fmt.Errorf("unexpected end of the XML (line %d)", p.line()))
			}
			return nil, io.EOF
		}
		if errors.Is(err, errBudget) {
			lim := p.b.lim.xmlBytes
			return nil, tooLarge(p.sheet, p.name, fmt.Sprintf("at most %d bytes of XML", lim),
				fmt.Sprintf("展開後の XML が上限 %d バイトを超えます", lim), fmt.Sprintf("its XML unzips to more than %d bytes", lim))
		}
		var se *xml.SyntaxError
		if errors.As(err, &se) {
			return nil, damaged(p.sheet, p.name, fmt.Errorf("line %d: %s", se.Line, se.Msg))
		}
		return nil, damaged(p.sheet, p.name, err)
	}
	switch t := tok.(type) {
	case xml.StartElement:
		if len(p.open) == 0 && p.seen {
			return nil, damaged(p.sheet, p.name, fmt.Errorf("line %d: a second root element <%s>", p.line(), t.Name.Local))
		}
		p.seen = true
		p.open = append(p.open, t.Name.Local)
	case xml.EndElement:
		if n := len(p.open); n == 0 || p.open[n-1] != t.Name.Local {
			return nil, damaged(p.sheet, p.name, fmt.Errorf("line %d: unexpected </%s>", p.line(), t.Name.Local))
		}
		p.open = p.open[:len(p.open)-1]
	case xml.CharData:
		if len(p.open) == 0 && len(bytes.TrimSpace(t)) > 0 {
			return nil, damaged(p.sheet, p.name, fmt.Errorf("line %d: text outside the root element", p.line()))
		}
	}
	return tok, nil
}

func (p *part) line() int {
	l, _ := p.dec.InputPos()
	return l
}

// gcell is one non-empty cell of a grid: its 1-based column, raw value,
// kind and style index (the s attribute: an index into the styles' cellXfs).
type gcell struct {
	col  int
	v    string
	kind cellKind
	// strike: the cell's font, or a rich-text run of its text, is struck
	// through (見え消し, a deletion shown).
	strike bool
	// volatile: the cell's value is a formula's that depends on the day
	// it was calculated (TODAY(), NOW(): volatileFormula).
	volatile bool
	// refers: the cell's value is a formula's that refers to other
	// cells or to names (refersFormula), whose values may be volatile.
	refers bool
	style  int32
}

// volatileFormula reports whether the formula f takes the day it is
// calculated, TODAY() or NOW(), or a random number, RAND(),
// RANDBETWEEN() or RANDARRAY(), anywhere in its expression
// (=TEXT(TODAY(),"yyyy/mm/dd")). Its cached value is the day the file was
// last calculated and saved, by whoever saved it, not a value anyone gave.
// Blanks are dropped first: =TODAY () is =TODAY() to Excel.
func volatileFormula(f []byte) bool {
	u := string(f)
	if strings.ContainsAny(u, " \t\r\n\u00a0") {
		u = strings.Map(func(r rune) rune {
			if r == ' ' || r == '\t' || r == '\r' || r == '\n' || r == '\u00a0' {
				return -1
			}
			return r
		}, u)
	}
	u = strings.ToUpper(u)
	return strings.Contains(u, "TODAY(") || strings.Contains(u, "NOW(") ||
		strings.Contains(u, "RAND(") || strings.Contains(u, "RANDBETWEEN(") || strings.Contains(u, "RANDARRAY(")
}

// refersFormula reports whether the formula f refers to anything outside
// itself: a cell or range (Z1, 表紙!B5, 'Sheet 1'!A:A), a defined name, a
// table column (T[Col]), another workbook ([1]) or a reference written as
// text (INDIRECT("Z1")). Other function names (a name
// followed by "("), TRUE, FALSE, numbers, error values and text in quotes
// are no reference: =DATE(2026,4,1) and ="はい" refer to nothing.
func refersFormula(f []byte) bool {
	s := f // not copied: most formulas are read once, whole
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '"':
			// Text: up to the closing quote ("" is a quote inside).
			for i++; i < len(s); i++ {
				if s[i] == '"' {
					if i+1 < len(s) && s[i+1] == '"' {
						i++
						continue
					}
					break
				}
			}
			i++
		case c == '\'' || c == '[' || c == '!':
			return true
		case c == '#':
			// An error value (#N/A, #REF!): up to its end.
			for i++; i < len(s) && (isFormulaWord(s[i]) || s[i] == '/' || s[i] == '?'); i++ {
			}
			if i < len(s) && s[i] == '!' {
				i++
			}
		case c >= '0' && c <= '9' || c == '.':
			// A number (1.5E+3): no reference, unless a range of rows
			// (INDEX(21:21,2), SUM(7:9)) begins with it.
			for i++; i < len(s) && (isFormulaWord(s[i]) || (s[i] == '+' || s[i] == '-') && (s[i-1] == 'E' || s[i-1] == 'e')); i++ {
			}
			if i < len(s) && s[i] == ':' {
				return true
			}
		case isFormulaWord(c) || c == '$' || c >= 0x80:
			j := i
			for j < len(s) && (isFormulaWord(s[j]) || s[j] == '$' || s[j] >= 0x80) {
				j++
			}
			word := s[i:j]
			k := j
			for k < len(s) && s[k] == ' ' {
				k++
			}
			if (k >= len(s) || s[k] != '(') && !bytes.EqualFold(word, []byte("TRUE")) && !bytes.EqualFold(word, []byte("FALSE")) {
				return true
			}
			if bytes.EqualFold(word, []byte("INDIRECT")) || bytes.EqualFold(word, []byte("_xlfn.INDIRECT")) {
				return true // =INDIRECT("Z1"): a reference written as text
			}
			i = j
		default:
			i++
		}
	}
	return false
}

// isFormulaWord reports whether c may be part of a name in a formula.
func isFormulaWord(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '\\'
}

// cellKind is what a cell's t attribute says its value is.
type cellKind uint8

const (
	kindNumber cellKind = iota // t="n" or none: a number, date serial or percentage
	kindText                   // t="s", "inlineStr" or "str" (a formula's text)
	kindBool                   // t="b": 1 or 0
	kindError                  // t="e": a formula's error, such as #N/A
	kindOther                  // t="d" or anything else
)

func kindOf(typ string) cellKind {
	switch typ {
	case "", "n":
		return kindNumber
	case "s", "inlineStr", "str":
		return kindText
	case "b":
		return kindBool
	case "e":
		return kindError
	}
	return kindOther
}

// grow is one row with content: its 1-based number and its non-empty
// cells in column order.
type grow struct {
	num   int
	cells []gcell
}

// grid is the non-empty content of one sheet, as raw cell values (numbers
// as stored, dates as serials, booleans as 0/1, formulas as their cached
// values): what excelize returns with RawCellValue.
type grid struct {
	rows     []grow // increasing row numbers
	byNum    map[int]int
	merges   []mergeRect
	complete bool // the whole sheet was read (not only its first rows)
	// uncalculated holds the cells (row<<16 | col) with a formula and no
	// cached value: a writer that does not calculate saved them, and they
	// read as blank.
	uncalculated map[int]bool
	mergeIdx     map[int][]int
}

type mergeRect struct{ r1, c1, r2, c2 int }

// maxArrays is the number of array formula ranges a sheet's reading
// keeps (each cell without a formula is looked up in them).
const maxArrays = 64

// arrayFormula is the range of an array formula whose formula is volatile
// or refers to other cells (volatileFormula, refersFormula): the cells of
// the range other than its first hold no formula of their own.
type arrayFormula struct {
	mergeRect
	volatile, refers bool
}

// sheetPart returns the part of the sheet named name, or "".
func (b *book) sheetPart(name string) string {
	for _, s := range b.sheets {
		if s.name == name {
			return s.part
		}
	}
	return ""
}

// loadGrid reads the sheet name: all of it when maxRows is 0, otherwise
// only its first maxRows rows with content (grid.complete tells which).
func (b *book) loadGrid(name string, maxRows int) (*grid, error) {
	partName := b.sheetPart(name)
	g := &grid{byNum: map[int]int{}}
	p, err := b.open(name, partName)
	if p == nil {
		if err == nil {
			err = damaged(name, partName, errors.New("the sheet's part is missing"))
		}
		return nil, err
	}
	defer p.close()
	var (
		inData            bool
		row, col          int
		cellRow           []gcell
		sorted            = true
		c                 struct{ ref, typ string }
		style             int32
		inCell, inV, hasV bool
		hasIS, hasF       bool
		v                 []byte
		txt               textCollector
		lastRow           int
		// The open cell's formula: its text (f), whether it is being read
		// (inF), its shared formula's index (fSI) and type; volatileSI
		// holds the shared formulas taking the day (volatileFormula),
		// whose other cells carry no text.
		inF        bool
		f          []byte
		fSI, fType string
		volatileSI map[string]bool
		// fRef is the open cell's array formula's range; arrays holds
		// the ranges of the array formulas read (an array formula, or a
		// dynamic array's spill, keeps its formula in its first cell
		// only), with whether each is volatile or refers to other cells.
		fRef       string
		arrays     []arrayFormula
		arraysOver bool // more than maxArrays such ranges
		// refersSI holds the shared formulas referring to other cells
		// (refersFormula).
		refersSI map[string]bool
	)
	flushRow := func() error {
		if len(cellRow) == 0 {
			return nil
		}
		if !sorted {
			cellRow = lastPerColumn(cellRow)
		}
		if i, ok := g.byNum[row]; ok {
			// The same row twice: merge, later cells win.
			g.rows[i].cells = lastPerColumn(append(append([]gcell{}, g.rows[i].cells...), cellRow...))
		} else {
			if len(g.rows) >= b.lim.rows {
				return tooLarge(name, partName, fmt.Sprintf("at most %d rows", b.lim.rows),
					fmt.Sprintf("記入のある行が %d 行を超えます", b.lim.rows), fmt.Sprintf("more than %d rows with content", b.lim.rows))
			}
			g.byNum[row] = len(g.rows)
			g.rows = append(g.rows, grow{num: row, cells: cellRow})
		}
		cellRow = nil
		sorted = true
		return nil
	}
	for {
		tok, err := p.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			var ce *CellError
			if inCell && errors.As(err, &ce) && ce.Code == ErrDamaged {
				ce.Cell = cellName(col, row) // the cell being read
			}
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if inCell {
				if t.Name.Local == "f" && p.depth() == 5 {
					hasF, inF, f = true, true, f[:0]
					fSI, fType, fRef = attr(t, "si"), attr(t, "t"), attr(t, "ref")
				}
				if t.Name.Local == "v" && p.depth() == 5 {
					inV, hasV, v = true, true, v[:0]
				} else if t.Name.Local == "is" && p.depth() == 5 {
					hasIS = true
					txt.begin()
				} else {
					txt.start(t)
				}
				continue
			}
			switch {
			case t.Name.Local == "sheetData" && p.depth() == 2:
				inData = true
			case t.Name.Local == "row" && inData && p.depth() == 3:
				n, err := attrInt(t, "r")
				if err != nil || n > maxSheetRow {
					return nil, damaged(name, partName, fmt.Errorf("line %d: bad row number %q", p.line(), attr(t, "r")))
				}
				if n == 0 {
					n = lastRow + 1
				}
				if n > maxSheetRow {
					return nil, damaged(name, partName, fmt.Errorf("line %d: more than %d rows", p.line(), maxSheetRow))
				}
				row, lastRow, col = n, n, 0
			case t.Name.Local == "c" && inData && p.depth() == 4:
				inCell, hasV, hasIS, hasF, v = true, false, false, false, v[:0]
				inF, f, fSI, fType, fRef = false, f[:0], "", "", ""
				c.ref, c.typ = attr(t, "r"), attr(t, "t")
				style = 0
				if n, err := attrInt(t, "s"); err == nil && int64(n) <= math.MaxInt32 {
					style = int32(n) // a bad style index is the default style, as in Excel
				}
				if c.ref != "" {
					cc, ok := refCol(c.ref)
					if !ok {
						return nil, damaged(name, partName, fmt.Errorf("line %d: bad cell reference %q", p.line(), c.ref))
					}
					col = cc
				} else {
					col++
				}
				if col > maxSheetCol {
					return nil, damaged(name, partName, fmt.Errorf("line %d: more than %d columns", p.line(), maxSheetCol))
				}
			case t.Name.Local == "mergeCell" && p.depth() == 3:
				ref := attr(t, "ref")
				c1, r1, c2, r2, ok := rangeRef(ref)
				if !ok {
					// A merge Excel could not have written: ignored, it only
					// ever fills empty cells.
					continue
				}
				if len(g.merges) >= b.lim.merges {
					return nil, tooLarge(name, partName, fmt.Sprintf("at most %d merged ranges", b.lim.merges),
						fmt.Sprintf("結合セルが %d 個を超えます", b.lim.merges), fmt.Sprintf("more than %d merged ranges", b.lim.merges))
				}
				g.merges = append(g.merges, mergeRect{r1, c1, r2, c2})
			}
		case xml.EndElement:
			if inCell {
				switch {
				case t.Name.Local == "c" && p.depth() == 3:
					inCell = false
					val, strike, err := b.cellValue(c.typ, hasV, string(v), hasIS, &txt)
					if err != nil {
						return nil, damaged(name, partName, fmt.Errorf("line %d: cell %s: %w", p.line(), cellName(col, row), err))
					}
					if val == "" && !(hasF && (!hasV || (c.typ != "str" && strings.TrimSpace(string(v)) == ""))) {
						continue
					}
					if b.cells >= b.lim.cells {
						return nil, tooLarge(name, partName, fmt.Sprintf("at most %d cells", b.lim.cells),
							fmt.Sprintf("記入のあるセルが %d 個を超えます", b.lim.cells), fmt.Sprintf("more than %d cells with content", b.lim.cells))
					}
					b.cells++
					if val == "" {
						// A formula without its value (t="str" with an
						// empty <v> is a formula whose value is "").
						if g.uncalculated == nil {
							g.uncalculated = map[int]bool{}
						}
						g.uncalculated[row<<16|col] = true
						continue
					}
					if n := len(cellRow); n > 0 && cellRow[n-1].col >= col {
						sorted = false
					}
					volatile := hasF && volatileFormula(f)
					if volatile && fType == "shared" && fSI != "" {
						if volatileSI == nil {
							volatileSI = map[string]bool{}
						}
						volatileSI[fSI] = true
					}
					volatile = volatile || hasF && fType == "shared" && len(f) == 0 && volatileSI[fSI]
					refers := hasF && !volatile && refersFormula(f)
					if refers && fType == "shared" && fSI != "" {
						if refersSI == nil {
							refersSI = map[string]bool{}
						}
						refersSI[fSI] = true
					}
					refers = refers || hasF && !volatile && fType == "shared" && len(f) == 0 && refersSI[fSI]
					if hasF && fType == "array" && (volatile || refers) {
						if c1, r1, c2, r2, ok := rangeRef(fRef); ok && len(arrays) < maxArrays {
							arrays = append(arrays, arrayFormula{mergeRect{r1, c1, r2, c2}, volatile, refers})
						} else if ok {
							arraysOver = true
						}
					}
					if !hasF {
						for _, a := range arrays {
							if row >= a.r1 && row <= a.r2 && col >= a.c1 && col <= a.c2 {
								volatile, refers = volatile || a.volatile, refers || a.refers
							}
						}
						// More ranges than are kept: any cell without a
						// formula may be in one (read as referring to
						// other cells, refused if the workbook holds a
						// volatile formula).
						refers = refers || arraysOver && !volatile
					}
					cellRow = append(cellRow, gcell{col: col, v: val, kind: kindOf(c.typ), style: style, strike: strike || b.struck(style), volatile: volatile, refers: refers})
				case t.Name.Local == "v" && p.depth() == 4:
					inV = false
				case t.Name.Local == "f" && p.depth() == 4:
					inF = false
				case t.Name.Local == "is" && p.depth() == 4:
					txt.on = false
				default:
					txt.stop(t.Name.Local)
				}
				continue
			}
			switch {
			case t.Name.Local == "row" && inData && p.depth() == 2:
				if err := flushRow(); err != nil {
					return nil, err
				}
				if maxRows > 0 && len(g.rows) >= maxRows {
					g.index()
					return g, nil // not complete
				}
			case t.Name.Local == "sheetData" && p.depth() == 1:
				inData = false
			}
		case xml.CharData:
			if inV {
				v = append(v, t...)
			} else if inF {
				f = append(f, t...)
			} else if hasIS {
				txt.text(t)
			}
		}
	}
	g.complete = true
	g.index()
	return g, nil
}

// index sorts the rows by number and indexes them.
func (g *grid) index() {
	slices.SortFunc(g.rows, func(a, b grow) int { return a.num - b.num })
	for i, r := range g.rows {
		g.byNum[r.num] = i
	}
}

// cellValue returns the raw value of a cell of type typ with value v
// (hasV: it had a <v>) and inline string txt (hasIS: it had an <is>),
// and whether a rich-text run of its string is struck through.
func (b *book) cellValue(typ string, hasV bool, v string, hasIS bool, txt *textCollector) (string, bool, error) {
	switch typ {
	case "s":
		if !hasV || strings.TrimSpace(v) == "" {
			return "", false, nil
		}
		i, err := strconv.Atoi(strings.TrimSpace(v))
		if err != nil || i < 0 || i >= len(b.sst) {
			return "", false, fmt.Errorf("shared string %q does not exist (the table has %d)", v, len(b.sst))
		}
		return b.sst[i], b.sstStrike[i], nil
	case "inlineStr":
		if hasIS {
			return txt.end(), txt.strike, nil
		}
		return v, false, nil
	}
	return v, false, nil
}

func attr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local && a.Name.Space == "" {
			return a.Value
		}
	}
	return ""
}

// attrInt returns the attribute as a positive int, 0 when absent.
func attrInt(se xml.StartElement, local string) (int, error) {
	s := attr(se, local)
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < 1 {
		return 0, fmt.Errorf("bad number %q", s)
	}
	return n, nil
}

// refCol returns the column of a cell reference such as "XFD12" (the row
// part is checked but the row comes from the <row> element).
func refCol(ref string) (int, bool) {
	c, r, ok := parseRef(ref)
	return c, ok && r >= 1
}

// parseRef parses "B12" (an optional $ before each part).
func parseRef(ref string) (col, row int, ok bool) {
	s := strings.ReplaceAll(ref, "$", "")
	i := 0
	for i < len(s) && i < 4 {
		ch := s[i] | 0x20
		if ch < 'a' || ch > 'z' {
			break
		}
		col = col*26 + int(ch-'a') + 1
		i++
	}
	if i == 0 || col > maxSheetCol || i == len(s) || len(s)-i > 7 {
		return 0, 0, false
	}
	for _, ch := range s[i:] {
		if ch < '0' || ch > '9' {
			return 0, 0, false
		}
		row = row*10 + int(ch-'0')
	}
	if row < 1 || row > maxSheetRow {
		return 0, 0, false
	}
	return col, row, true
}

// rangeRef parses "A1:D3" (or a single cell "A1").
func rangeRef(ref string) (c1, r1, c2, r2 int, ok bool) {
	a, z, found := strings.Cut(ref, ":")
	if !found {
		z = a
	}
	c1, r1, ok1 := parseRef(a)
	c2, r2, ok2 := parseRef(z)
	if !ok1 || !ok2 {
		return 0, 0, 0, 0, false
	}
	if c1 > c2 {
		c1, c2 = c2, c1
	}
	if r1 > r2 {
		r1, r2 = r2, r1
	}
	return c1, r1, c2, r2, true
}

// rowNums returns the numbers of the rows with content, in order.
func (g *grid) rowNums() []int {
	out := make([]int, len(g.rows))
	for i, r := range g.rows {
		out[i] = r.num
	}
	return out
}

// get returns the raw value of (row, col), 1-based.
func (g *grid) get(row, col int) string { return g.cell(row, col).v }

// cell returns the cell (row, col), 1-based; the zero gcell when empty.
func (g *grid) cell(row, col int) gcell {
	i, ok := g.byNum[row]
	if !ok || col < 1 {
		return gcell{}
	}
	cells := g.rows[i].cells
	j, found := slices.BinarySearchFunc(cells, col, func(c gcell, col int) int { return c.col - col })
	if !found {
		return gcell{}
	}
	return cells[j]
}

// uncalculatedAt reports whether the cell (row, col) holds a formula
// without a cached value.
func (g *grid) uncalculatedAt(row, col int) bool { return g.uncalculated[row<<16|col] }

// getMerged returns the value of (row, col) as Excel and LibreOffice show
// it: a cell inside a merged range shows the range's top-left cell when
// that is in column col (one answer over several rows), and nothing when
// the range starts in another column (a range merged across columns shows
// its value once, in its first column: an answer merged with the comment
// cell is no comment, a question text merged over the answer cell is no
// answer). What a covered cell still holds (LibreOffice can keep it,
// hidden) is not shown and not read. Merged ranges are indexed by column
// on first use, so each lookup costs the ranges of that one column (a
// binary search when they do not overlap).
func (g *grid) getMerged(row, col int) string { return g.mergedCell(row, col).v }

// mergedCell is getMerged returning the cell.
func (g *grid) mergedCell(row, col int) gcell {
	r, c, ok := g.shownAt(row, col)
	switch {
	case !ok:
		return gcell{}
	case r == row && c == col:
		return g.cell(row, col)
	}
	return g.cell(r, c)
}

// mergedUncalculated reports whether the cell shown at (row, col) (the
// top-left cell of a merged range, as mergedCell) holds a formula without
// a cached value.
func (g *grid) mergedUncalculated(row, col int) bool {
	if len(g.uncalculated) == 0 {
		return false
	}
	r, c, ok := g.shownAt(row, col)
	return ok && g.uncalculatedAt(r, c)
}

// shownAt returns the cell whose value (row, col) shows: itself, the
// top-left cell of the merged range covering it in column col, or none
// (ok false) when a range starting in another column covers it.
func (g *grid) shownAt(row, col int) (r, c int, ok bool) {
	if len(g.merges) == 0 {
		return row, col, true
	}
	if g.mergeIdx == nil {
		g.mergeIdx = map[int][]int{}
	}
	idx, found := g.mergeIdx[col]
	if !found {
		for i, m := range g.merges {
			if col >= m.c1 && col <= m.c2 {
				idx = append(idx, i)
			}
		}
		slices.SortStableFunc(idx, func(a, b int) int { return g.merges[a].r1 - g.merges[b].r1 })
		g.mergeIdx[col] = idx
	}
	// The last range starting at or above row; overlapping ranges (which
	// Excel does not write) are searched backwards from there.
	n, _ := slices.BinarySearchFunc(idx, row+1, func(i, r int) int { return g.merges[i].r1 - r })
	for k := n - 1; k >= 0 && n-k <= 64; k-- {
		m := g.merges[idx[k]]
		if row > m.r2 {
			continue
		}
		if m.c1 == col {
			return m.r1, m.c1, true // the top-left cell, or the range's first column
		}
		return 0, 0, false
	}
	return row, col, true
}

// lastPerColumn sorts cells by column, keeping their order within a column,
// and keeps the last cell of each column (as Excel does when a row names one
// column twice). It reuses the backing array of cells.
func lastPerColumn(cells []gcell) []gcell {
	slices.SortStableFunc(cells, func(a, b gcell) int { return a.col - b.col })
	out := cells[:0]
	for i, x := range cells {
		if i+1 < len(cells) && cells[i+1].col == x.col {
			continue
		}
		out = append(out, x)
	}
	return out
}

// sheetRels returns the relationships of the part of the sheet name
// (its notes, drawings, …); nil when the workbook has no such sheet or
// the sheet has none.
func (b *book) sheetRels(name string) ([]rel, error) {
	sp := b.sheetPart(name)
	if sp == "" {
		return nil, nil
	}
	return b.rels(sp, path.Join(path.Dir(sp), "_rels", path.Base(sp)+".rels"))
}

// cellNote is a note on a cell: its reference (D7) and text.
type cellNote struct{ ref, text string }

// cellNotes returns the notes on the cells of the sheet name, each cell
// once, in the order written: Excel's notes (メモ) and the copy of a
// threaded comment (コメント) that Excel keeps beside it, LibreOffice's and
// Google Sheets' comments (the sheet's "comments" part), and threaded
// comments written without that copy ("threadedComment" part). None of
// them is cell content, so the grid never holds them.
func (b *book) cellNotes(name string) ([]cellNote, error) {
	rels, err := b.sheetRels(name)
	if err != nil {
		return nil, err
	}
	var out []cellNote
	seen := map[string]bool{}
	// Threaded comments first: the legacy copy Excel keeps of one starts
	// with its own text ("[Threaded comment] Your version of Excel
	// allows you to read …"), which would be quoted instead of the note.
	threaded := func(r rel) int {
		if strings.HasSuffix(r.typ, "/threadedComment") {
			return 0
		}
		return 1
	}
	slices.SortStableFunc(rels, func(a, b rel) int { return threaded(a) - threaded(b) })
	for _, r := range rels {
		if !strings.HasSuffix(r.typ, "/comments") && !strings.HasSuffix(r.typ, "/threadedComment") {
			continue
		}
		p, err := b.open(name, r.target)
		if p == nil {
			if err != nil {
				return nil, err
			}
			continue
		}
		ref, depth, rph := "", 0, 0 // the open note's cell, its depth, an open <rPh>'s depth
		var buf strings.Builder
		for {
			tok, err := p.next()
			if err == io.EOF {
				break
			}
			if err != nil {
				p.close()
				return nil, err
			}
			switch t := tok.(type) {
			case xml.StartElement:
				switch {
				case ref == "" && (t.Name.Local == "comment" || t.Name.Local == "threadedComment"):
					if ref = strings.ToUpper(strings.TrimSpace(attr(t, "ref"))); ref != "" {
						depth = p.depth()
						buf.Reset()
					}
				case ref != "" && t.Name.Local == "rPh" && rph == 0:
					rph = p.depth() // furigana: not the note's text
				}
			case xml.EndElement:
				if ref != "" && rph > 0 && p.depth() < rph {
					rph = 0
				}
				if ref != "" && p.depth() < depth {
					if !seen[ref] {
						seen[ref] = true
						out = append(out, cellNote{ref: ref, text: decodeEscapes(buf.String())})
					}
					ref = ""
				}
			case xml.CharData:
				if ref != "" && rph == 0 {
					buf.Write(t)
				}
			}
		}
		p.close()
	}
	return out, nil
}

// shapeText is the text of a shape on a sheet: the cell its top left
// corner is anchored at (D7; "" for a shape placed by position alone)
// and its text, a line a paragraph.
type shapeText struct{ ref, text string }

// shapeTexts returns the texts of the shapes of the sheet name that hold
// any, in the order written: text boxes, callouts (吹き出し) and other
// shapes with text (<a:t> of a drawing part's anchor), and the labels of
// form controls that Excel keeps there (read as raw tokens: a text run
// <a:t> and a paragraph <a:p> are the only "t" and "p" of a drawing).
// None of them is cell content, so
// the grid never holds them; a picture (a company seal) holds no text and
// is not listed.
func (b *book) shapeTexts(name string) ([]shapeText, error) {
	rels, err := b.sheetRels(name)
	if err != nil {
		return nil, err
	}
	var out []shapeText
	for _, r := range rels {
		if !strings.HasSuffix(r.typ, "/drawing") {
			continue
		}
		p, err := b.open(name, r.target)
		if p == nil {
			if err != nil {
				return nil, err
			}
			continue
		}
		anchor := 0                    // the open anchor's depth, 0 if none
		var col, row, inFrom, inAt int // the anchor's from cell (0-based), depth of <from> and of <col>/<row>
		var at string                  // "col" or "row" while in one
		var num, buf strings.Builder
		inText, fallback := 0, 0 // depth of an open <a:t>, of an open <mc:Fallback>
		for {
			tok, err := p.next()
			if err == io.EOF {
				break
			}
			if err != nil {
				p.close()
				return nil, err
			}
			switch t := tok.(type) {
			case xml.StartElement:
				switch l := t.Name.Local; {
				case anchor == 0 && (l == "twoCellAnchor" || l == "oneCellAnchor" || l == "absoluteAnchor"):
					anchor, col, row = p.depth(), -1, -1
					buf.Reset()
				case anchor > 0 && l == "from" && inFrom == 0:
					inFrom = p.depth()
				case inFrom > 0 && (l == "col" || l == "row"):
					at, inAt = l, p.depth()
					num.Reset()
				case anchor > 0 && l == "Fallback" && fallback == 0:
					fallback = p.depth() // the copy for older programs of what mc:Choice holds
				case anchor > 0 && l == "t" && fallback == 0:
					inText = p.depth()
				}
			case xml.EndElement:
				d := p.depth()
				switch {
				case fallback > 0 && d < fallback:
					fallback = 0
				case inText > 0 && d < inText:
					inText = 0
				case inAt > 0 && d < inAt:
					if n, err := strconv.Atoi(strings.TrimSpace(num.String())); err == nil && n >= 0 {
						if at == "col" {
							col = n
						} else {
							row = n
						}
					}
					inAt, at = 0, ""
				case inFrom > 0 && d < inFrom:
					inFrom = 0
				case anchor > 0 && fallback == 0 && t.Name.Local == "p":
					buf.WriteByte('\n')
				case anchor > 0 && d < anchor:
					if s := strings.TrimFunc(decodeEscapes(buf.String()), isSpace); s != "" {
						ref := ""
						if col >= 0 && row >= 0 {
							ref = cellName(col+1, row+1)
						}
						out = append(out, shapeText{ref: ref, text: s})
					}
					anchor = 0
				}
			case xml.CharData:
				switch {
				case inText > 0:
					buf.Write(t)
				case inAt > 0:
					num.Write(t)
				}
			}
		}
		p.close()
	}
	return out, nil
}
