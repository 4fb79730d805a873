package store

import (
	"io/fs"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Locate returns the line and column of the value at path in the YAML file
// file of the register folder dir, so that errors found after loading (such
// as a catalogue setting naming an unknown requirement) can point at the
// place. path is a field path of yaml keys and list indexes, for example
// "requirements.override[2].id". When the path stops early (a missing key or
// index) Locate returns the position of the deepest node it reached; ok is
// false when the file cannot be read or parsed, or when Load would refuse
// it (larger than MaxFileSize, not text, a symbolic link out of dir).
func Locate(dir, file, path string) (line, col int, ok bool) {
	pos, ok := LocateAll(dir, file, []string{path})
	if !ok {
		return 0, 0, false
	}
	return pos[0][0], pos[0][1], true
}

// LocateAll is Locate for several paths of one file, which it reads and
// parses once: pos[i] is the line and column of paths[i].
func LocateAll(dir, file string, paths []string) (pos [][2]int, ok bool) {
	return LocateAllWith(dir, file, paths, nil)
}

// LocateAllWith is LocateAll through cache c (nil: none): the positions
// are kept under the SHA-256 of the file's path, the SHA-256 of its
// content and the paths asked, so that a warm run locates its warnings
// without parsing the files again (nor reading them, when c is a
// FileIndex that knows the file's stamp). A cached value that does not
// check out is ignored.
func LocateAllWith(dir, file string, paths []string, c Cache) (pos [][2]int, ok bool) {
	return LocatorWith(dir, c)(file, paths)
}

// LocatorWith returns LocateAllWith for the files of the register folder
// dir, which it resolves (an absolute path, symbolic links followed) once,
// at its first call, instead of at every call: for a caller that locates
// fields in many files of one register (a warning in each of thousands of
// files). The function is not safe for concurrent use.
func LocatorWith(dir string, c Cache) func(file string, paths []string) (pos [][2]int, ok bool) {
	var root string
	var err error
	resolved := false
	return func(file string, paths []string) ([][2]int, bool) {
		if !resolved {
			root, err = absRoot(dir)
			resolved = true
		}
		if err != nil {
			return nil, false
		}
		if c == nil {
			return locateIn(diskSource(root), file, paths)
		}
		return locateCached(diskSource(root), file, paths, c)
	}
}

// locateCached is LocateAllWith in the register folder src with a cache.
func locateCached(src diskSource, file string, paths []string, c Cache) (pos [][2]int, ok bool) {
	if d, known := knownDigest(src, file, c); known {
		key := locateKey(file, d, paths)
		if v, hit := c.Get(key); hit {
			if pos, ok := decodePositions(key, v, len(paths)); ok {
				return pos, true
			}
		}
	}
	b, d, e := readDigest(src, file, c)
	if e == nil {
		e = checkData(file, b)
	}
	if e != nil {
		return nil, false
	}
	key := locateKey(file, d, paths)
	if v, hit := c.Get(key); hit {
		if pos, ok := decodePositions(key, v, len(paths)); ok {
			return pos, true
		}
	}
	pos, ok = locateData(b, paths)
	if ok {
		c.Put(key, encodePositions(key, pos))
	}
	return pos, ok
}

// LocateAllFS is LocateAll for a register held in fsys (see LoadFS).
func LocateAllFS(fsys fs.FS, file string, paths []string) (pos [][2]int, ok bool) {
	return locateIn(fsSource{fsys}, file, paths)
}

func locateIn(src source, file string, paths []string) (pos [][2]int, ok bool) {
	b, e := src.read(file)
	if e != nil {
		return nil, false
	}
	return locateData(b, paths)
}

// locateData returns the positions of paths in the YAML document b.
func locateData(b []byte, paths []string) (pos [][2]int, ok bool) {
	var doc yaml.Node
	if err := yaml.Unmarshal(b, &doc); err != nil || len(doc.Content) == 0 {
		return nil, false
	}
	pos = make([][2]int, len(paths))
	for i, path := range paths {
		n := doc.Content[0]
		for _, step := range splitPath(path) {
			next := locateStep(n, step)
			if next == nil {
				break
			}
			n = next
		}
		pos[i] = [2]int{n.Line, n.Column}
	}
	return pos, true
}

// pathStep is one step of a field path: a mapping key or a list index.
type pathStep struct {
	key   string
	index int // -1 for a key step
}

// splitPath splits "a.b[2].c" into a, b, [2], c.
func splitPath(path string) []pathStep {
	var steps []pathStep
	for _, part := range strings.Split(path, ".") {
		for part != "" {
			i := strings.IndexByte(part, '[')
			if i < 0 {
				steps = append(steps, pathStep{key: part, index: -1})
				break
			}
			if i > 0 {
				steps = append(steps, pathStep{key: part[:i], index: -1})
			}
			j := strings.IndexByte(part[i:], ']')
			if j < 0 {
				break
			}
			n, err := strconv.Atoi(part[i+1 : i+j])
			if err != nil {
				break
			}
			steps = append(steps, pathStep{index: n})
			part = part[i+j+1:]
		}
	}
	return steps
}

// locateStep returns the child of n selected by step, or nil.
func locateStep(n *yaml.Node, step pathStep) *yaml.Node {
	switch {
	case step.index >= 0 && n.Kind == yaml.SequenceNode && step.index < len(n.Content):
		return n.Content[step.index]
	case step.index < 0 && n.Kind == yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == step.key {
				return n.Content[i+1]
			}
		}
	}
	return nil
}
