package xlsx

import (
	"archive/zip"
	"bufio"
	"bytes"
	"compress/flate"
	"fmt"
	"hash/crc32"
	"io"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/internal/cputime"
)

// Generators of hostile workbooks (issue 12). Large files are built here,
// never committed: each generator writes a minimal but well-formed package
// (content types, relationships, workbook, sheets) whose sheet content
// comes from a function that streams its XML.

const mainNS = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`

// hostileSheet is one sheet of a generated workbook: its name and a
// function writing the children of <worksheet> (sheetData, mergeCells …).
type hostileSheet struct {
	name string
	body func(w io.Writer)
}

// buildWorkbook writes a workbook with the given sheets and, when sst is
// not nil, a shared-strings part written by sst. Deflate runs at
// BestSpeed so that the large cases are quick to build.
func buildWorkbook(t testing.TB, sheets []hostileSheet, sst func(w io.Writer)) []byte {
	t.Helper()
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) { return flate.NewWriter(w, flate.BestSpeed) })
	part := func(name string, write func(w io.Writer)) {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		bw := bufio.NewWriterSize(w, 1<<16)
		write(bw)
		if err := bw.Flush(); err != nil {
			t.Fatal(err)
		}
	}
	str := func(s string) func(io.Writer) { return func(w io.Writer) { io.WriteString(w, s) } }
	var ct, rels, wb strings.Builder
	ct.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`)
	rels.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	wb.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook ` + mainNS + `><sheets>`)
	for i, s := range sheets {
		fmt.Fprintf(&ct, `<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`, i+1)
		fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>`, i+1, i+1)
		fmt.Fprintf(&wb, `<sheet name="%s" sheetId="%d" r:id="rId%d"/>`, s.name, i+1, i+1)
	}
	if sst != nil {
		ct.WriteString(`<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`)
		rels.WriteString(`<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`)
	}
	ct.WriteString(`</Types>`)
	rels.WriteString(`</Relationships>`)
	wb.WriteString(`</sheets></workbook>`)
	part("[Content_Types].xml", str(ct.String()))
	part("_rels/.rels", str(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`+
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`))
	part("xl/workbook.xml", str(wb.String()))
	part("xl/_rels/workbook.xml.rels", str(rels.String()))
	for i, s := range sheets {
		part(fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1), func(w io.Writer) {
			io.WriteString(w, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet `+mainNS+`>`)
			s.body(w)
			io.WriteString(w, `</worksheet>`)
		})
	}
	if sst != nil {
		part("xl/sharedStrings.xml", func(w io.Writer) {
			io.WriteString(w, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`)
			sst(w)
			io.WriteString(w, `</sst>`)
		})
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// inl is an inline-string cell.
func inl(ref, s string) string {
	return `<c r="` + ref + `" t="inlineStr"><is><t>` + s + `</t></is></c>`
}

// hostileHeader is row 1 of a foreign questions sheet: ID in A, 回答 in B.
const hostileHeader = `<row r="1">` + `<c r="A1" t="inlineStr"><is><t>ID</t></is></c><c r="B1" t="inlineStr"><is><t>回答</t></is></c></row>`

// hostileXFD: a questions sheet of n questions, each row also holding one
// cell in column XFD (16,384): a dense row would be 16,384 strings.
func hostileXFD(t testing.TB, n int) []byte {
	return buildWorkbook(t, []hostileSheet{{"Q", func(w io.Writer) {
		io.WriteString(w, `<sheetData>`+hostileHeader)
		for r := 2; r <= n+1; r++ {
			fmt.Fprintf(w, `<row r="%d">%s%s%s</row>`, r, inl(fmt.Sprint("A", r), fmt.Sprint("Q-", r)), inl(fmt.Sprint("B", r), "はい"), inl(fmt.Sprint("XFD", r), "x"))
		}
		io.WriteString(w, `</sheetData>`)
	}}}, nil)
}

// hostileBigSheet: one sheet of about size bytes of XML (long text cells).
func hostileBigSheet(t testing.TB, size int) []byte {
	text := strings.Repeat("あいうえおかきくけこ", 30) // 900 bytes
	return buildWorkbook(t, []hostileSheet{{"Q", func(w io.Writer) {
		io.WriteString(w, `<sheetData>`+hostileHeader)
		n := len(hostileHeader)
		for r := 2; n < size; r++ {
			s := fmt.Sprintf(`<row r="%d">%s%s</row>`, r, inl(fmt.Sprint("A", r), fmt.Sprint("Q-", r)), inl(fmt.Sprint("C", r), fmt.Sprint(r, text)))
			io.WriteString(w, s)
			n += len(s)
		}
		io.WriteString(w, `</sheetData>`)
	}}}, nil)
}

// hostileRows: a questions sheet with rows 2 … n (one number cell each, no
// r attributes: about 26 bytes a row).
func hostileRows(t testing.TB, n int) []byte {
	return buildWorkbook(t, []hostileSheet{{"Q", func(w io.Writer) {
		io.WriteString(w, `<sheetData>`+hostileHeader)
		for r := 2; r <= n; r++ {
			io.WriteString(w, `<row><c><v>1</v></c></row>`)
		}
		io.WriteString(w, `</sheetData>`)
	}}}, nil)
}

// hostileSharedStrings: n shared strings, the first two used by the header.
func hostileSharedStrings(t testing.TB, n int) []byte {
	return buildWorkbook(t, []hostileSheet{{"Q", func(w io.Writer) {
		io.WriteString(w, `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>`+
			`<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c></row></sheetData>`)
	}}}, func(w io.Writer) {
		io.WriteString(w, `<si><t>ID</t></si><si><t>回答</t></si><si><t>Q-1</t></si><si><t>はい</t></si>`)
		for i := 4; i < n; i++ {
			fmt.Fprintf(w, `<si><t>%d</t></si>`, i)
		}
	})
}

// hostileMerges: n unanswered questions and n merged ranges, none covering
// an answer cell (every lookup of a merged value misses).
func hostileMerges(t testing.TB, n int) []byte {
	return buildWorkbook(t, []hostileSheet{{"Q", func(w io.Writer) {
		io.WriteString(w, `<sheetData>`+hostileHeader)
		for r := 2; r <= n+1; r++ {
			fmt.Fprintf(w, `<row r="%d">%s</row>`, r, inl(fmt.Sprint("A", r), fmt.Sprint("Q-", r)))
		}
		fmt.Fprintf(w, `</sheetData><mergeCells count="%d">`, n)
		for r := 2; r <= n+1; r++ {
			fmt.Fprintf(w, `<mergeCell ref="C%d:D%d"/>`, r, r)
		}
		io.WriteString(w, `</mergeCells>`)
	}}}, nil)
}

// hostileSheets: n small sheets; the questions are on the last one.
func hostileSheets(t testing.TB, n int) []byte {
	sheets := make([]hostileSheet, n)
	for i := range sheets {
		i := i
		sheets[i] = hostileSheet{fmt.Sprint("S", i+1), func(w io.Writer) {
			io.WriteString(w, `<sheetData><row r="1">`+inl("A1", "note")+`</row></sheetData>`)
		}}
	}
	sheets[n-1].body = func(w io.Writer) {
		io.WriteString(w, `<sheetData>`+hostileHeader+`<row r="2">`+inl("A2", "Q-1")+inl("B2", "はい")+`</row></sheetData>`)
	}
	return buildWorkbook(t, sheets, nil)
}

// withInvalidChar puts a raw U+0001 (not allowed in XML 1.0) into the
// first value (<v>) after the start of row `row` of the sheet part
// sheetPart of the workbook b.
func withInvalidChar(t testing.TB, b []byte, sheetPart string, row int) []byte {
	t.Helper()
	found := false
	out := rezip(t, b, func(name string, data []byte) []byte {
		if name != sheetPart {
			return nil
		}
		i := bytes.Index(data, []byte(fmt.Sprintf(`<row r="%d"`, row)))
		j := bytes.Index(data[max(i, 0):], []byte("<v>"))
		if i < 0 || j < 0 {
			return nil
		}
		found = true
		i += j + len("<v>")
		return append(append(append([]byte{}, data[:i]...), 0x01), data[i:]...)
	})
	if !found {
		t.Fatalf("no value in row %d of %s", row, sheetPart)
	}
	return out
}

// withLyingSize rewrites the zip b so that the local and central headers
// of part claim an uncompressed size of claim bytes (and the CRC of those
// first bytes), while the compressed data is the whole part.
func withLyingSize(t testing.TB, b []byte, part string, claim int) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	found := false
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		if zf.Name != part {
			w, _ := zw.Create(zf.Name)
			w.Write(data)
			continue
		}
		found = true
		if len(data) <= claim {
			t.Fatalf("%s has only %d bytes", part, len(data))
		}
		var comp bytes.Buffer
		fw, _ := flate.NewWriter(&comp, flate.DefaultCompression)
		fw.Write(data)
		fw.Close()
		w, err := zw.CreateRaw(&zip.FileHeader{Name: part, Method: zip.Deflate, CRC32: crc32.ChecksumIEEE(data[:claim]),
			CompressedSize64: uint64(comp.Len()), UncompressedSize64: uint64(claim)})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(comp.Bytes())
	}
	if !found {
		t.Fatalf("no part %s", part)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// cost is what one call cost: wall and CPU time, bytes allocated and the
// peak of the in-use heap (sampled every 10 ms, so a lower bound).
type cost struct {
	wall, cpu     time.Duration
	alloc, peakMB uint64
}

func (c cost) String() string {
	return fmt.Sprintf("wall %v, cpu %v, allocated %d MB, peak heap %d MB", c.wall.Round(time.Millisecond), c.cpu.Round(time.Millisecond), c.alloc>>20, c.peakMB)
}

// measure runs fn once and returns its cost. The heap is collected first so
// that the peak is fn's own.
func measure(fn func()) cost {
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	var peak atomic.Uint64
	peak.Store(before.HeapInuse)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var ms runtime.MemStats
		tk := time.NewTicker(10 * time.Millisecond)
		defer tk.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tk.C:
				runtime.ReadMemStats(&ms)
				if ms.HeapInuse > peak.Load() {
					peak.Store(ms.HeapInuse)
				}
			}
		}
	}()
	cpu0, t0 := cputime.Process(), time.Now()
	fn()
	wall, cpu := time.Since(t0), cputime.Process()-cpu0
	close(stop)
	wg.Wait()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	if after.HeapInuse > peak.Load() {
		peak.Store(after.HeapInuse)
	}
	p := peak.Load()
	if p < before.HeapInuse {
		p = before.HeapInuse
	}
	return cost{wall: wall, cpu: cpu, alloc: after.TotalAlloc - before.TotalAlloc, peakMB: (p - before.HeapInuse) >> 20}
}

func mustZip(t testing.TB, b []byte) *zip.Reader {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	return zr
}

func newZipWriter(w io.Writer) *zip.Writer { return zip.NewWriter(w) }
