package e2e

import "strings"

// outsideRequests returns the requested URLs that leave the folder dir:
// anything but file:// URLs under dir and data: URLs.
func outsideRequests(urls []string, dir string) []string {
	var out []string
	prefix := fileURL(strings.TrimSuffix(dir, "/") + "/")
	for _, u := range urls {
		if strings.HasPrefix(u, "data:") || strings.HasPrefix(u, prefix) {
			continue
		}
		out = append(out, u)
	}
	return out
}
