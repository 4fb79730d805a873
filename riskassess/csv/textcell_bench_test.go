package csv

import "testing"

// BenchmarkTextCell writes the text cells of a typical register row
// through TextCell: a name, a section, a person, an approval, a corporate
// number, a contract and an id. The site writes three CSVs of every entry
// on each build, about twenty text cells an entry.
func BenchmarkTextCell(b *testing.B) {
	row := []string{"acme-00001", "株式会社アクメシステム開発", "広報係", "係長 坂本 涼子", "承認", "1234567890123",
		"R8-koho-002 議会中継配信業務委託契約", "中"}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range row {
			TextCell(s)
		}
	}
}
