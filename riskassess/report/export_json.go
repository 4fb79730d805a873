package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"

	"github.com/gikai-sec/riskregister/riskassess"
)

// JSONOptions are the settings of WriteJSON; the zero value writes the
// whole document compact.
type JSONOptions struct {
	// Indent indents the document as json.Encoder.SetIndent("", Indent)
	// does; empty writes it compact.
	Indent string
	// OmitFindings writes every entry's findings as an empty list (the
	// site's register.json: the findings are on the entry pages).
	OmitFindings bool
}

// WriteJSON writes doc to w with the bytes json.Encoder.Encode gives for
// it (HTML-escaped, indented as o.Indent says, a final newline), one
// entry at a time: the encoder would hold the whole document's bytes at
// once, and with the findings that is about 140 KB an entry indented
// (1.4 GB at 10,000 entries). doc is not modified. It returns the first
// error of encoding or of writing to w.
func WriteJSON(w io.Writer, doc *ExportDocument, o JSONOptions) error {
	if len(doc.Entries) == 0 {
		// Nothing to stream (and nil Entries encode as null).
		enc := json.NewEncoder(w)
		enc.SetIndent("", o.Indent)
		return enc.Encode(doc)
	}
	// Entries is the document's last field: the document without entries
	// ends in an empty list, and the entries are written in its place.
	head := *doc
	head.Entries = []ExportEntry{}
	var hb bytes.Buffer
	henc := json.NewEncoder(&hb)
	henc.SetIndent("", o.Indent)
	if err := henc.Encode(&head); err != nil {
		return err
	}
	tail := "[]}\n"
	if o.Indent != "" {
		tail = "[]\n}\n"
	}
	if !bytes.HasSuffix(hb.Bytes(), []byte(tail)) {
		return errors.New("report.WriteJSON: entries is not the document's last field")
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.Write(hb.Bytes()[:hb.Len()-len(tail)])
	bw.WriteByte('[')
	// Each entry is encoded into one reused buffer at its depth in the
	// document (the list is the top object's field: two levels).
	var eb bytes.Buffer
	eenc := json.NewEncoder(&eb)
	sep := ""
	if o.Indent != "" {
		sep = "\n" + o.Indent + o.Indent
		eenc.SetIndent(o.Indent+o.Indent, o.Indent)
	}
	// c is the copy of an entry without its findings, one for all
	// entries (the encoder keeps nothing of it).
	var c ExportEntry
	noFindings := []riskassess.Finding{}
	for i := range doc.Entries {
		e := &doc.Entries[i]
		if o.OmitFindings {
			c = *e
			c.Assessment.Findings = noFindings
			e = &c
		}
		eb.Reset()
		if err := eenc.Encode(e); err != nil {
			return err
		}
		if i > 0 {
			bw.WriteByte(',')
		}
		bw.WriteString(sep)
		// A failed write stops the encoding (bufio keeps the error).
		if _, err := bw.Write(bytes.TrimSuffix(eb.Bytes(), []byte("\n"))); err != nil {
			return err
		}
	}
	if o.Indent != "" {
		bw.WriteString("\n" + o.Indent + "]\n}\n")
	} else {
		bw.WriteString("]}\n")
	}
	return bw.Flush()
}
