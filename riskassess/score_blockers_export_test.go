package riskassess

// catalogBlockers are the catalogue's blocker rules (catalog.Blockers),
// for the internal tests that assess with them. riskassess cannot import
// its catalogue, not even in its own tests (catalog imports riskassess),
// so the external test package sets them at init (see
// score_blockers_ext_test.go); testScorer refuses to run without them.
var catalogBlockers []BlockerRule

// SetCatalogBlockers lets the external tests hand the catalogue's blocker
// rules to the internal ones.
func SetCatalogBlockers(rules []BlockerRule) { catalogBlockers = rules }

// testScorer is the scorer the CLI uses: the catalogue's blocker rules,
// the other settings at their defaults.
func testScorer() Scorer {
	if catalogBlockers == nil {
		panic("catalogBlockers not set: the external test package sets them at init")
	}
	return Scorer{Blockers: catalogBlockers}
}
