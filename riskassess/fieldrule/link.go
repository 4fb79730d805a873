package fieldrule

import "strings"

// LinkLeavesSite reports whether link, a URL field of the register
// (evidence[].url, policy.url, website …), is a path that leaves the
// published site when it is resolved, as the site resolves relative links,
// from the site's top folder: a path starting with "/" or "\" (the root of
// the disk or host, file:///etc/passwd when the site is opened from a
// folder), or one whose ".." segments climb above the top folder
// ("../../../../etc/passwd", "docs/../../x"). It reads the path as browsers
// do: "\" is "/", "%2e" is ".", tabs and line breaks are ignored, and the
// query and fragment do not count.
//
// A link with a scheme (https:, mailto:, javascript: …) is not a path and
// gives false: schemes are checked separately. Plain text without "/"
// ("運用方針（令和6年4月）") gives false.
func LinkLeavesSite(link string) bool {
	s := strings.Map(func(r rune) rune {
		switch r {
		case '\t', '\n', '\r':
			return -1
		case '\\':
			return '/'
		}
		return r
	}, strings.TrimSpace(link))
	if i := strings.IndexAny(s, "?#"); i >= 0 {
		s = s[:i]
	}
	if hasScheme(s) {
		return false
	}
	if strings.HasPrefix(s, "/") {
		return true
	}
	depth := 0
	for _, seg := range strings.Split(s, "/") {
		switch strings.ReplaceAll(strings.ToLower(seg), "%2e", ".") {
		case "..":
			depth--
			if depth < 0 {
				return true
			}
		case ".":
		default:
			depth++
		}
	}
	return false
}

// hasScheme reports whether s starts with a URL scheme: a letter, then
// letters, digits, "+", "-" or ".", then ":".
func hasScheme(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		case i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'):
		case i > 0 && c == ':':
			return true
		default:
			return false
		}
	}
	return false
}
