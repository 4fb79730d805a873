package fieldrule

import "regexp"

var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// ValidID reports whether id is a valid entry id: lower-case ASCII letters,
// digits and single hyphens ([a-z0-9-]+), at most 64 characters.
func ValidID(id string) bool { return len(id) <= 64 && idPattern.MatchString(id) }
