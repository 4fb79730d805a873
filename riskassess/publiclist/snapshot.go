// Package publiclist reads the public lists a register is cross-checked
// against and does the cross-checks:
//
//   - the ISMAP and ISMAP-LIU cloud service lists, as a user saves them
//     from the ISMAP portal (xlsx or CSV; columns found by their headers,
//     ReadISMAP; ReadISMAPFile also returns the date the file states);
//   - the National Tax Agency's corporate-number download data (法人番号公表
//     サイト, the documented CSV layout, streamed in bounded memory,
//     ScanCorporate).
//
// What is read is kept in the register as a dated snapshot
// (riskassess.ListSnapshot, lists/LIST-DATE.yaml, written by Marshal and read
// by the store through the front door riskassess/load), so that a check is
// repeatable and reviewable in git. Findings compares the register with the
// newest snapshots on a date; Apply adds those findings to assessments.
//
// This package is an adapter: it imports riskassess, excelize and
// golang.org/x/text, and no other adapter.
package publiclist

import (
	"bytes"
	"cmp"
	"maps"
	"slices"

	"github.com/gikai-sec/riskregister/riskassess"
	"go.yaml.in/yaml/v3"
)

// Marshal returns the YAML of snapshot s as lists import writes it: a
// comment naming what it is, then its fields, services and corporations
// in number order. The output is deterministic.
func Marshal(s *riskassess.ListSnapshot) ([]byte, error) {
	c := *s
	c.Services = slices.Clone(s.Services)
	slices.SortStableFunc(c.Services, func(a, b riskassess.ISMAPListing) int { return cmp.Compare(a.Number, b.Number) })
	c.Corporations = slices.Clone(s.Corporations)
	slices.SortStableFunc(c.Corporations, func(a, b riskassess.CorporateRecord) int { return cmp.Compare(a.Number, b.Number) })
	var b bytes.Buffer
	b.WriteString("# 公表リストのスナップショット（riskregister lists import が作成。手で編集しないでください）\n")
	b.WriteString("# Snapshot of a public list, written by riskregister lists import; do not edit by hand.\n")
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(&c); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// MergeDifference returns the corporations of a snapshot made from a
// difference file: those of prev (the newest corporate snapshot before
// it; nil when none) with each number found in the difference data
// replaced by its new record, unless prev's record of it was updated
// later (更新年月日: a difference file older than the data under it does
// not take a corporation back to an earlier state, such as active before
// its closure), and the numbers wanted that were in neither.
// The coverage stays prev's (a difference file alone covers only the
// corporations that changed). kept are the numbers, sorted, whose record
// in prev was kept because it was updated later than the one found.
func MergeDifference(prev *riskassess.ListSnapshot, found map[string]riskassess.CorporateRecord) (corps []riskassess.CorporateRecord, cov riskassess.Coverage, kept []string) {
	byNum := map[string]riskassess.CorporateRecord{}
	cov = riskassess.CoverageDifference
	if prev != nil {
		for _, c := range prev.Corporations {
			byNum[c.Number] = c
		}
		cov = prev.Coverage
	}
	for n, c := range found {
		if old, ok := byNum[n]; ok && old.Updated.After(c.Updated) {
			kept = append(kept, n)
			continue
		}
		byNum[n] = c
	}
	corps = make([]riskassess.CorporateRecord, 0, len(byNum))
	for _, k := range slices.Sorted(maps.Keys(byNum)) {
		corps = append(corps, byNum[k])
	}
	slices.Sort(kept)
	return corps, cov, kept
}

// RegisterNumbers returns the corporate numbers the register names: every
// contractor's and every service provider's (provider.corporate_number).
func RegisterNumbers(reg *riskassess.Register) map[string]bool {
	out := map[string]bool{}
	for _, c := range reg.Contractors {
		if c.CorporateNumber != "" {
			out[c.CorporateNumber] = true
		}
	}
	for _, s := range reg.Services {
		if s.Provider.CorporateNumber != "" {
			out[s.Provider.CorporateNumber] = true
		}
	}
	return out
}
