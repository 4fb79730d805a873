package xlsx

import (
	"bytes"
	"testing"
)

// BenchmarkReadQuestionnaire reads one generated questionnaire (about 40
// questions): the cost of one FuzzRead execution on a valid workbook.
func BenchmarkReadQuestionnaire(b *testing.B) {
	q := defaultQ()
	wb := generate(b, q)
	opts := ReadOptions{Requirements: q.Requirements, Kind: q.Kind}
	b.SetBytes(int64(len(wb)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read(bytes.NewReader(wb), int64(len(wb)), opts); err != nil {
			b.Fatal(err)
		}
	}
}
