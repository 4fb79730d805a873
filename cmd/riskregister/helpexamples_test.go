package main

import (
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// exampleLines returns the command lines of the examples of cmd's --help,
// continuation lines joined, split into words (double quotes grouped);
// a redirection ("> file") and what follows it is left out.
func exampleLines(cmd *cobra.Command) [][]string {
	var out [][]string
	text := strings.ReplaceAll(cmd.Example, "\\\n", " ")
	for _, l := range strings.Split(text, "\n") {
		var words []string
		var cur strings.Builder
		in, has := false, false
		for _, r := range strings.TrimSpace(l) {
			switch {
			case r == '"':
				in, has = !in, true
			case r == ' ' && !in:
				if has {
					words = append(words, cur.String())
				}
				cur.Reset()
				has = false
			default:
				cur.WriteRune(r)
				has = true
			}
		}
		if has {
			words = append(words, cur.String())
		}
		for i, w := range words {
			if w == ">" {
				words = words[:i]
				break
			}
		}
		if len(words) > 1 && words[0] == "riskregister" {
			out = append(out, words[1:])
		}
	}
	return out
}

// TestHelpExamplesParse: every example of every command's --help names a
// command and flags that exist, with values they take.
func TestHelpExamplesParse(t *testing.T) {
	a := &app{stdout: newTermWriter(io.Discard), stderr: newTermWriter(io.Discard), data: io.Discard}
	root := newRootCmd(a)
	n := 0
	var walk func(*cobra.Command)
	walk = func(c *cobra.Command) {
		for _, args := range exampleLines(c) {
			n++
			sub, rest, err := root.Find(args)
			if err != nil {
				t.Errorf("%s example %q: %v", c.CommandPath(), args, err)
				continue
			}
			if err := sub.ParseFlags(rest); err != nil {
				t.Errorf("%s example %q: %v", c.CommandPath(), args, err)
			}
		}
		for _, s := range c.Commands() {
			walk(s)
		}
	}
	walk(root)
	if n < 20 {
		t.Errorf("found %d examples, want at least 20", n)
	}
}

// TestRoundHelpExamplesRun: the examples of round --help work whenever
// they are run: a fixed --deadline before today (the default sending
// date) is refused, so an example with a deadline gives its sending date
// too. Each runs on a copy of the example register (an example naming a
// section of another register is left out).
func TestRoundHelpExamplesRun(t *testing.T) {
	needExample(t)
	a := &app{stdout: newTermWriter(io.Discard), stderr: newTermWriter(io.Discard), data: io.Discard}
	var round *cobra.Command
	for _, c := range newRootCmd(a).Commands() {
		if c.Name() == "round" {
			round = c
		}
	}
	ran := 0
	for _, args := range exampleLines(round) {
		if strings.Contains(strings.Join(args, " "), "--section") {
			continue
		}
		for i := range args {
			if args[i] == "-o" && i+1 < len(args) {
				args[i+1] = filepath.Join(t.TempDir(), "out")
			}
		}
		args = append(args, "--register", copyExample(t))
		if code, _, stderr := execCLI(t, args...); code != 0 {
			t.Errorf("%q: exit %d, stderr:\n%s", args, code, stderr)
		}
		ran++
	}
	if ran == 0 {
		t.Error("no example of round run")
	}
}
