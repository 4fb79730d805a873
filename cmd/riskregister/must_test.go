package main

// mustAssess returns the assessments of an Assess or AssessAll call that
// must succeed (the tests pass a catalogue), and panics otherwise.
func mustAssess[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
