package store

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// hint is advice on fixing a YAML syntax error, in English and Japanese.
type hint struct{ en, ja string }

var (
	hintTab = hint{"indent with spaces, not tabs",
		"字下げにタブ文字が使われています。半角スペースにしてください"}
	hintFullWidth = hint{"a full-width space (U+3000) is used for indentation: indent with half-width spaces",
		"字下げに全角スペースが使われています。半角スペースにしてください"}
	hintToken = hint{"a value starting with @ or ` must be quoted, e.g. handle: \"@chofu_gikai\"",
		"@ や ` で始まる値は \"...\" で囲んでください（例: handle: \"@chofu_gikai\"）"}
	hintQuote = hint{"close the quote that starts here on the same line, or remove it",
		"ここで始まる引用符を同じ行で閉じるか、取り除いてください"}
	hintColon = hint{`quote a value that contains ": ", e.g. title: "Note: x"; or check the indentation of this line`,
		`値に「: 」を含むときは "..." で囲んでください（例: title: "注意: x"）。または、この行の字下げを確かめてください`}
	hintIndent = hint{"check the indentation: the keys of one mapping, and the - of one list, start in the same column",
		"字下げを確かめてください。同じマッピングの項目、同じリストの - は同じ桁から始めます"}
	hintFlow = hint{"check the brackets [ ] { } and the commas between the values",
		"括弧 [ ] { } と値の間のカンマを確かめてください"}
)

// hintClose returns the hint for the bracket open left unclosed.
func hintClose(open rune) hint {
	closer := "]"
	if open == '{' {
		closer = "}"
	}
	o := string(open)
	return hint{"close the " + o + " that opens here with " + closer + " (quote the value if the bracket is part of the text)",
		"ここで開いた " + o + " を " + closer + " で閉じてください（括弧が文字として値の一部なら \"...\" で囲んでください）"}
}

// syntaxError turns a yaml.v3 parse error into an Error. yaml.v3 gives
// only a line; syntaxError adds the column where it can be derived from
// the text of that line and a hint for the common causes: a tab used for
// indentation, an unquoted value starting with @ or `, an unclosed quote
// or bracket, a value containing ": ", and wrong indentation.
func syntaxError(file string, data []byte, err error) *Error {
	msg := err.Error()
	e := &Error{File: file, Code: CodeSyntax, Err: err}
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		e.Line, _ = strconv.Atoi(m[1])
		msg = m[2]
	} else {
		msg = strings.TrimPrefix(msg, "yaml: ")
	}
	var h hint
	if m := unknownAnchor.FindStringSubmatch(msg); m != nil {
		// yaml.v3 gives no line: find the alias.
		if e.Line == 0 {
			e.Line, e.Col = findAlias(data, m[1])
		}
		h = hint{"write the value with the anchor &" + m[1] + " before the alias *" + m[1],
			"別名 *" + m[1] + " より前に、アンカー &" + m[1] + " を付けた値を書いてください"}
	} else {
		line := e.Line
		if line == 0 {
			// yaml.v3 leaves out "line 1" when both its marks are on the
			// first line.
			line = 1
		}
		if strings.Contains(msg, "tab character") && !strings.Contains(lineText(data, line), "\t") &&
			strings.Contains(lineText(data, line+1), "\t") {
			line++ // reported at the line before the tab
		}
		if strings.HasPrefix(msg, "did not find expected") {
			// A parser error: yaml.v3 counts these lines from 0 and reports
			// the mark where the unfinished list or mapping began, or the
			// end of the file. Start one line on and look back for the line
			// with the unclosed bracket.
			line = e.Line + 1
			for l := line; l >= 1 && l > line-50; l-- {
				if col, hh := diagnose(lineText(data, l), msg); col > 0 {
					line, e.Col, h = l, col, hh
					break
				}
			}
			if e.Col == 0 {
				_, h = diagnose(lineText(data, line), msg)
			}
			e.Line = line
		} else {
			e.Col, h = diagnose(lineText(data, line), msg)
			if h.en != "" {
				e.Line = line
			}
		}
	}
	if l, c := fullWidthIndent(data, e.Line); l > 0 && unknownAnchor.FindStringSubmatch(msg) == nil {
		e.Line, e.Col, h = l, c, hintFullWidth
	}
	e.Msg = "YAML syntax error: " + msg
	e.msgJa = "YAML の構文エラーです（" + msg + "）"
	if h.en != "" {
		e.Msg += ": " + h.en
		e.msgJa += "。" + h.ja
	}
	return e
}

var unknownAnchor = regexp.MustCompile(`^unknown anchor '([^']*)' referenced$`)

// findAlias returns the position of the first alias *name in data outside
// comments (roughly: a "*name" at a token start, not followed by more of a
// name), or 0, 0.
func findAlias(data []byte, name string) (line, col int) {
	for i, text := range strings.Split(string(data), "\n") {
		rs := []rune(text)
		for j := 0; j < len(rs); j++ {
			if rs[j] == '#' && (j == 0 || rs[j-1] == ' ') {
				break
			}
			if rs[j] != '*' || (j > 0 && !strings.ContainsRune(" \t[{,", rs[j-1])) {
				continue
			}
			rest := string(rs[j+1:])
			if !strings.HasPrefix(rest, name) {
				continue
			}
			if after := rest[len(name):]; after == "" || strings.ContainsAny(after[:1], " \t,]}\r") {
				return i + 1, j + 1
			}
		}
	}
	return 0, 0
}

// lineText returns line n (1-based) of data without its line break, or ""
// when there is no such line.
func lineText(data []byte, n int) string {
	if n < 1 {
		return ""
	}
	for i := 1; i < n; i++ {
		j := bytes.IndexByte(data, '\n')
		if j < 0 {
			return ""
		}
		data = data[j+1:]
	}
	if j := bytes.IndexByte(data, '\n'); j >= 0 {
		data = data[:j]
	}
	return strings.TrimSuffix(string(bytes.TrimPrefix(data, []byte("\ufeff"))), "\r")
}

// diagnose returns the column (0 when unknown) and the hint for the yaml.v3
// error message msg reported at the line whose text is text.
func diagnose(text, msg string) (int, hint) {
	sc := scanLine(text)
	switch {
	case strings.Contains(msg, "tab character"):
		if sc.tab > 0 {
			return sc.tab, hintTab
		}
		return 0, hintTab
	case strings.Contains(msg, "cannot start any token"):
		if sc.leadingTab > 0 {
			return sc.leadingTab, hintTab
		}
		if sc.badStart > 0 {
			return sc.badStart, hintToken
		}
		return 0, hint{}
	case strings.Contains(msg, "unexpected end of stream"):
		if sc.quote > 0 {
			return sc.quote, hintQuote
		}
		if len(sc.open) > 0 {
			o := sc.open[0]
			return o.col, hintClose(o.r)
		}
		return 0, hint{}
	case strings.Contains(msg, "did not find expected ',' or"), strings.Contains(msg, "did not find expected node content"):
		if len(sc.open) > 0 {
			o := sc.open[0]
			return o.col, hintClose(o.r)
		}
		return 0, hintFlow
	case strings.Contains(msg, "mapping values are not allowed"):
		return sc.colon, hintColon
	case strings.Contains(msg, "did not find expected key"), strings.Contains(msg, "did not find expected '-'"),
		strings.Contains(msg, "block mapping"), strings.Contains(msg, "block collection"):
		return 0, hintIndent
	}
	return 0, hint{}
}

// lineScan is what scanLine finds on one line; columns are 1-based, in
// characters, 0 when absent.
type lineScan struct {
	tab        int // first tab
	leadingTab int // first tab in the indentation
	badStart   int // first @ or ` that starts a plain value
	quote      int // quote that starts a quoted value not closed on the line
	colon      int // last ":" followed by a space or the line end, outside quotes
	open       []opener
}

type opener struct {
	r   rune
	col int
}

// scanLine scans one line of YAML roughly: quoted values, flow brackets,
// comments. It is only used to explain an error yaml.v3 has found.
func scanLine(text string) lineScan {
	var s lineScan
	rs := []rune(text)
	indent := true
	var inQuote rune
	quoteCol := 0
	for i := 0; i < len(rs); i++ {
		r, col := rs[i], i+1
		if r == '\t' && s.tab == 0 {
			s.tab = col
		}
		if indent {
			if r == '\t' && s.leadingTab == 0 {
				s.leadingTab = col
			}
			if r == ' ' || r == '\t' {
				continue
			}
			indent = false
		}
		if inQuote != 0 {
			switch {
			case inQuote == '"' && r == '\\':
				i++ // skip the escaped character
			case r == inQuote && inQuote == '\'' && i+1 < len(rs) && rs[i+1] == '\'':
				i++ // '' inside '…'
			case r == inQuote:
				inQuote = 0
			}
			continue
		}
		// At the start of a token: the line start or after a space, "[",
		// "{" or ",".
		start := i == 0 || strings.ContainsRune(" \t[{,", rs[i-1])
		switch {
		case r == '#' && (i == 0 || rs[i-1] == ' ' || rs[i-1] == '\t'):
			return s // the rest is a comment
		case (r == '"' || r == '\'') && start:
			inQuote, quoteCol = r, col
		case (r == '@' || r == '`') && start && s.badStart == 0:
			s.badStart = col
		case (r == '[' || r == '{') && start:
			s.open = append(s.open, opener{r, col})
		case r == ']' || r == '}':
			if n := len(s.open); n > 0 && (s.open[n-1].r == '[') == (r == ']') {
				s.open = s.open[:n-1]
			}
		case r == ':' && (i+1 == len(rs) || rs[i+1] == ' ' || rs[i+1] == '\t'):
			s.colon = col
		}
	}
	if inQuote != 0 {
		s.quote = quoteCol
	}
	return s
}

// maxFullWidthLines bounds the lines fullWidthIndent tries.
const maxFullWidthLines = 10

// fullWidthIndent returns the line and column of the first full-width
// space (U+3000, typed with the Japanese input method on) in the
// indentation of a line of data when that is what broke the YAML: put
// back as one or two half-width spaces, the document parses, or its error
// moves past both that line and errLine, the line yaml.v3 reported. It
// returns 0, 0 otherwise, so that a full-width space opening a paragraph
// of a multi-line text is never blamed for another error. yaml.v3
// reports such an indentation elsewhere: at the next line, or at the line
// where the mapping began.
func fullWidthIndent(data []byte, errLine int) (line, col int) {
	lines := bytes.SplitAfter(data, []byte("\n"))
	tried := 0
	for i, ln := range lines {
		rest := bytes.TrimLeft(ln, " \t\u3000")
		indent := ln[:len(ln)-len(rest)]
		at := bytes.IndexRune(indent, '\u3000')
		if at < 0 || len(bytes.TrimSpace(rest)) == 0 || rest[0] == '#' {
			continue
		}
		if tried++; tried > maxFullWidthLines {
			break
		}
		for _, sp := range []string{"  ", " "} {
			fixed := bytes.Join([][]byte{
				bytes.Join(lines[:i], nil),
				bytes.ReplaceAll(indent, []byte("\u3000"), []byte(sp)),
				rest,
				bytes.Join(lines[i+1:], nil),
			}, nil)
			var n yaml.Node
			err := yaml.Unmarshal(fixed, &n)
			if err == nil {
				return i + 1, len([]rune(string(indent[:at]))) + 1
			}
			if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
				if l, _ := strconv.Atoi(m[1]); l > i+1 && l > errLine {
					return i + 1, len([]rune(string(indent[:at]))) + 1
				}
			}
		}
	}
	return 0, 0
}
