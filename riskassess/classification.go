package riskassess

import "slices"

// Classification is the class of information handled, by confidentiality
// (機密性), integrity (完全性) and availability (可用性). Values are level
// ids of the organisation's ClassificationScheme ("3A", "2", …); an empty
// field means "not stated".
type Classification struct {
	Confidentiality string `yaml:"confidentiality,omitempty" json:"confidentiality,omitempty"`
	Integrity       string `yaml:"integrity,omitempty" json:"integrity,omitempty"`
	Availability    string `yaml:"availability,omitempty" json:"availability,omitempty"`
}

// ClassificationScheme defines the levels of each axis. Levels are listed
// from most to least sensitive; Rank orders them (higher is more sensitive).
type ClassificationScheme struct {
	Confidentiality []Level `yaml:"confidentiality" json:"confidentiality"`
	Integrity       []Level `yaml:"integrity" json:"integrity"`
	Availability    []Level `yaml:"availability" json:"availability"`
}

// Level is one level of a classification axis.
type Level struct {
	ID   string `yaml:"id" json:"id"`
	Name Text   `yaml:"name" json:"name"`
	// Rank orders levels: higher is more sensitive. Rank 2 or more counts as
	// "class 2 or higher" (機密性2以上) in requirement conditions.
	Rank int `yaml:"rank" json:"rank"`
	// Aliases are older spellings that map to this level (e.g. "3" → "3A").
	Aliases []string `yaml:"aliases,omitempty" json:"aliases,omitempty"`
}

// DefaultClassification returns the scheme of the 2024 national guideline:
// confidentiality 3A/3B/3C/2/1 (the older "3" maps to 3A), integrity 2/1,
// availability 2/1.
func DefaultClassification() ClassificationScheme {
	return ClassificationScheme{
		Confidentiality: []Level{
			{ID: "3A", Name: T("自治体機密性3A", "Confidentiality 3A"), Rank: 5, Aliases: []string{"3"}},
			{ID: "3B", Name: T("自治体機密性3B", "Confidentiality 3B"), Rank: 4},
			{ID: "3C", Name: T("自治体機密性3C", "Confidentiality 3C"), Rank: 3},
			{ID: "2", Name: T("自治体機密性2", "Confidentiality 2"), Rank: 2},
			{ID: "1", Name: T("自治体機密性1", "Confidentiality 1"), Rank: 1},
		},
		Integrity: []Level{
			{ID: "2", Name: T("完全性2", "Integrity 2"), Rank: 2},
			{ID: "1", Name: T("完全性1", "Integrity 1"), Rank: 1},
		},
		Availability: []Level{
			{ID: "2", Name: T("可用性2", "Availability 2"), Rank: 2},
			{ID: "1", Name: T("可用性1", "Availability 1"), Rank: 1},
		},
	}
}

// Lookup finds the level with id (or alias) v on an axis; ok is false when
// there is none.
func Lookup(levels []Level, v string) (Level, bool) {
	if i := levelIndex(levels, v); i >= 0 {
		return levels[i], true
	}
	return Level{}, false
}

// levelIndex returns the index in levels of the level Lookup finds for v
// (by id first, then by alias), or -1. It copies no level: the checks of
// every entry rank classes through it.
func levelIndex(levels []Level, v string) int {
	for i := range levels {
		if levels[i].ID == v {
			return i
		}
	}
	for i := range levels {
		if slices.Contains(levels[i].Aliases, v) {
			return i
		}
	}
	return -1
}

// RankOf returns the rank of the level v on the axis levels (Lookup), or
// 0 when v is unset or unknown.
func RankOf(levels []Level, v string) int {
	if i := levelIndex(levels, v); i >= 0 {
		return levels[i].Rank
	}
	return 0
}

// MaxLevel returns the more sensitive of x and y on the axis levels, as
// Max picks it on each axis: the level's id, or x when neither is known.
func MaxLevel(levels []Level, x, y string) string {
	ix, iy := levelIndex(levels, x), levelIndex(levels, y)
	rx, ry := 0, 0
	if ix >= 0 {
		rx = levels[ix].Rank
	}
	if iy >= 0 {
		ry = levels[iy].Rank
	}
	if ry > rx {
		return levels[iy].ID
	}
	if ix >= 0 && levels[ix].ID != "" {
		return levels[ix].ID
	}
	return x
}

// ConfidentialityRank returns the rank of c.Confidentiality in s, or 0 when
// unset or unknown.
func (s ClassificationScheme) ConfidentialityRank(c Classification) int {
	return RankOf(s.Confidentiality, c.Confidentiality)
}

// IntegrityRank returns the rank of c.Integrity in s, or 0.
func (s ClassificationScheme) IntegrityRank(c Classification) int {
	return RankOf(s.Integrity, c.Integrity)
}

// AvailabilityRank returns the rank of c.Availability in s, or 0.
func (s ClassificationScheme) AvailabilityRank(c Classification) int {
	return RankOf(s.Availability, c.Availability)
}

// Max returns, axis by axis, the more sensitive of a and b under s.
func (s ClassificationScheme) Max(a, b Classification) Classification {
	return Classification{
		Confidentiality: MaxLevel(s.Confidentiality, a.Confidentiality, b.Confidentiality),
		Integrity:       MaxLevel(s.Integrity, a.Integrity, b.Integrity),
		Availability:    MaxLevel(s.Availability, a.Availability, b.Availability),
	}
}
