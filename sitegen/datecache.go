package sitegen

import (
	"sync/atomic"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/wareki"
)

// dateCache remembers the two texts of every date a build shows: the ISO
// form (Date.String, for datetime attributes and the plain date cells)
// and the form for people in the site's date style and language
// (dateText). A 10,000-entry site shows a few hundred distinct dates a
// million times; formatting each once saves an allocation per date shown.
//
// It is safe for concurrent use by the workers without a lock: each slot
// is written at most once with texts that depend only on the date, so a
// race writes the same texts twice. Dates outside the years the slots
// cover (or not valid calendar fields) are formatted on every call.
type dateCache struct {
	style riskassess.DateStyle
	lang  riskassess.Lang
	slots []atomic.Pointer[dateTexts]
}

type dateTexts struct{ iso, shown string }

// dateCacheFirstYear and dateCacheYears bound the dates dateCache keeps.
const (
	dateCacheFirstYear = 1900
	dateCacheYears     = 300
)

func newDateCache(style riskassess.DateStyle, lang riskassess.Lang) *dateCache {
	return &dateCache{style: style, lang: lang, slots: make([]atomic.Pointer[dateTexts], dateCacheYears*12*31)}
}

// texts returns the ISO and the shown text of d ("" and "" for the zero
// Date).
func (c *dateCache) texts(d riskassess.Date) (iso, shown string) {
	y, m, dd := d.Year-dateCacheFirstYear, int(d.Month)-1, d.Day-1
	if y < 0 || y >= dateCacheYears || m < 0 || m >= 12 || dd < 0 || dd >= 31 {
		return d.String(), wareki.FormatStyle(d, c.style, c.lang)
	}
	slot := &c.slots[(y*12+m)*31+dd]
	if t := slot.Load(); t != nil {
		return t.iso, t.shown
	}
	t := &dateTexts{iso: d.String(), shown: wareki.FormatStyle(d, c.style, c.lang)}
	slot.Store(t)
	return t.iso, t.shown
}

// iso returns d.String() (the ISO date, "" for the zero Date), cached.
func (b *builder) iso(d riskassess.Date) string {
	iso, _ := b.dates.texts(d)
	return iso
}
