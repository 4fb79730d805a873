package xlsx

// UsedRanges is usedRanges, for the tests of package xlsx_test.
var UsedRanges = usedRanges
