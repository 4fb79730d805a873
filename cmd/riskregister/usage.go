package main

import (
	"errors"
	"fmt"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"syscall"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// This file puts cobra's and pflag's own texts (usage errors, unknown
// commands and flags, flag values, the help command, the usage headings)
// and the operating system's error texts into the user's language.
//
// The language is the --lang flag only (default ja): the LANG and LC_*
// variables are ignored, so that a command prints the same text in a git
// hook, in CI and at a council PC whose locale is often unset or "C". A
// message printed before the flags are parsed (an unknown flag, a flag
// without its value) uses the --lang found by langFromArgs.

// langFromArgs returns the value of the last --lang flag in args ("" when
// there is none), looking no further than a "--" argument. It lets the
// errors cobra reports while parsing the flags (before --lang itself is
// parsed, or instead of it) speak the language asked for.
func langFromArgs(args []string) riskassess.Lang {
	var lang riskassess.Lang
	for i := 0; i < len(args); i++ {
		s := args[i]
		switch {
		case s == "--":
			return lang
		case s == "--lang" && i+1 < len(args):
			lang = riskassess.Lang(args[i+1])
			i++
		case strings.HasPrefix(s, "--lang="):
			lang = riskassess.Lang(strings.TrimPrefix(s, "--lang="))
		}
	}
	return lang
}

// usageError returns an exitError with status 2 saying ja or en, followed
// by the line of cmd's usage in the same language.
func usageError(cmd *cobra.Command, ja, en string) *exitError {
	path := "riskregister"
	use := "riskregister [command]"
	if cmd != nil {
		path, use = cmd.CommandPath(), cmd.UseLine()
		if cmd.HasAvailableSubCommands() {
			use = path + " [command]"
		}
	}
	return &exitError{code: 2,
		ja: fmt.Sprintf("%s: %s\n使い方: %s（詳しくは %s --help）", path, ja, use, path),
		en: fmt.Sprintf("%s: %s\nusage: %s (see %s --help)", path, en, use, path)}
}

// exactArgs is cobra.ExactArgs with the usage error in the user's
// language (exit 2).
func exactArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return argCountError(cmd, args, fmt.Sprintf("%d 個", n), plural(n, "argument"))
		}
		return nil
	}
}

// plural returns "1 argument", "2 arguments".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// argCountError is the usage error of a command given the wrong number
// of arguments: want is the number wanted, in Japanese and in English.
func argCountError(cmd *cobra.Command, args []string, wantJa, wantEn string) *exitError {
	if len(args) > 0 && wantJa == "0 個" {
		return usageError(cmd, fmt.Sprintf("引数 %q は使えません（このコマンドは引数をとりません。フラグは -- で始めます）", args[0]),
			fmt.Sprintf("unexpected argument %q (this command takes no arguments; flags start with --)", args[0]))
	}
	return usageError(cmd, fmt.Sprintf("引数が %s必要です（%d 個あります）", wantJa, len(args)),
		fmt.Sprintf("want %s, got %d", wantEn, len(args)))
}

// cobraArgs matches the messages of cobra's PositionalArgs validators.
var cobraArgs = []struct {
	re          *regexp.Regexp
	wantJa      func(m []string) string
	wantEn      func(m []string) string
	unknownWord bool
}{
	{re: regexp.MustCompile(`^unknown command "(.*)" for "(.*)"`), unknownWord: true},
	{re: regexp.MustCompile(`^requires at least (\d+) arg\(s\)`),
		wantJa: func(m []string) string { return m[1] + " 個以上" },
		wantEn: func(m []string) string { return "at least " + plural(atoi(m[1]), "argument") }},
	{re: regexp.MustCompile(`^accepts at most (\d+) arg\(s\)`),
		wantJa: func(m []string) string { return m[1] + " 個まで" },
		wantEn: func(m []string) string { return "at most " + plural(atoi(m[1]), "argument") }},
	{re: regexp.MustCompile(`^accepts (\d+) arg\(s\)`),
		wantJa: func(m []string) string { return m[1] + " 個" },
		wantEn: func(m []string) string { return plural(atoi(m[1]), "argument") }},
	{re: regexp.MustCompile(`^accepts between (\d+) and (\d+) arg\(s\)`),
		wantJa: func(m []string) string { return m[1] + "〜" + m[2] + " 個" },
		wantEn: func(m []string) string { return "between " + m[1] + " and " + m[2] + " arguments" }},
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

// argsError translates the error of a cobra PositionalArgs validator
// (cobra.NoArgs, MinimumNArgs, …) into a usage error in the user's
// language; an exitError passes unchanged.
func argsError(cmd *cobra.Command, args []string, err error) error {
	var ee *exitError
	if errors.As(err, &ee) {
		return err
	}
	msg := err.Error()
	for _, p := range cobraArgs {
		m := p.re.FindStringSubmatch(msg)
		if m == nil {
			continue
		}
		if p.unknownWord {
			return unknownCommand(cmd, m[1])
		}
		return argCountError(cmd, args, p.wantJa(m), p.wantEn(m))
	}
	return usageError(cmd, "引数が正しくありません（"+msg+"）", "invalid arguments ("+msg+")")
}

// unknownCommand is the usage error of an unknown command word under cmd,
// suggesting the commands of similar names.
func unknownCommand(cmd *cobra.Command, word string) *exitError {
	if cmd.HasAvailableSubCommands() {
		sugg := cmd.SuggestionsFor(word)
		ja := fmt.Sprintf("%q というコマンドはありません", word)
		en := fmt.Sprintf("unknown command %q", word)
		if len(sugg) > 0 {
			ja += "。もしかして: " + strings.Join(sugg, ", ")
			en += "; did you mean " + strings.Join(sugg, ", ") + "?"
		}
		return usageError(cmd, ja, en)
	}
	return argCountError(cmd, []string{word}, "0 個", "no arguments")
}

// flagError translates the errors of pflag (unknown flag, a flag without
// its value, a value of the wrong type) into a usage error in the user's
// language naming the flag and, for an unknown flag, the flags of similar
// names.
func flagError(cmd *cobra.Command, err error) error {
	var (
		notExist *pflag.NotExistError
		required *pflag.ValueRequiredError
		invalid  *pflag.InvalidValueError
		syntax   *pflag.InvalidSyntaxError
	)
	switch {
	case errors.As(err, &notExist):
		name := "--" + notExist.GetSpecifiedName()
		if notExist.GetSpecifiedShortnames() != "" {
			name = "-" + notExist.GetSpecifiedName()
		}
		ja, en := fmt.Sprintf("%s というフラグはありません", name), fmt.Sprintf("unknown flag %s", name)
		if s := similarFlags(cmd, notExist.GetSpecifiedName()); len(s) > 0 {
			ja += "。もしかして: " + strings.Join(s, ", ")
			en += "; did you mean " + strings.Join(s, ", ") + "?"
		}
		return usageError(cmd, ja, en)
	case errors.As(err, &required):
		name, f := flagName(required.GetFlag()), required.GetFlag()
		return usageError(cmd, fmt.Sprintf("%s には値が必要です%s", name, exampleJa(f)),
			fmt.Sprintf("%s needs a value%s", name, exampleEn(f)))
	case errors.As(err, &invalid):
		name, f := flagName(invalid.GetFlag()), invalid.GetFlag()
		ja, en := valueKind(f)
		return usageError(cmd, fmt.Sprintf("%s に %q は使えません。%sを指定してください%s", name, invalid.GetValue(), ja, exampleJa(f)),
			fmt.Sprintf("%s: %q is not valid; give %s%s", name, invalid.GetValue(), en, exampleEn(f)))
	case errors.As(err, &syntax):
		return usageError(cmd, fmt.Sprintf("フラグの書き方が正しくありません: %s（--名前 値 か --名前=値 と書きます）", syntax.GetSpecifiedFlag()),
			fmt.Sprintf("bad flag syntax: %s (write --name value or --name=value)", syntax.GetSpecifiedFlag()))
	}
	var ee *exitError
	if errors.As(err, &ee) {
		return err
	}
	return usageError(cmd, "フラグが正しくありません（"+err.Error()+"）", "invalid flags ("+err.Error()+")")
}

// flagName returns "--name", or "-o, --output" for a flag with a shorthand.
func flagName(f *pflag.Flag) string {
	if f == nil {
		return "?"
	}
	return "--" + f.Name
}

// valueKind says in Japanese and English what kind of value flag f takes.
func valueKind(f *pflag.Flag) (ja, en string) {
	switch f.Value.Type() {
	case "int", "int64", "int32", "uint", "uint64":
		return "整数", "a whole number"
	case "bool":
		return "true か false ", "true or false"
	case "duration":
		return "時間", "a duration"
	case "float64", "float32":
		return "数", "a number"
	}
	return "正しい値", "a valid value"
}

// exampleJa returns "（例: --flag value）" for flag f, or "" when there is
// no example; exampleEn returns " (e.g. --flag value)".
func exampleJa(f *pflag.Flag) string {
	if x := flagExample(f); x != "" {
		return "（例: --" + f.Name + " " + x + "）"
	}
	return ""
}

func exampleEn(f *pflag.Flag) string {
	if x := flagExample(f); x != "" {
		return " (e.g. --" + f.Name + " " + x + ")"
	}
	return ""
}

// choice matches the first of the values a flag's usage lists ("ja|en",
// "table|json|csv").
var choice = regexp.MustCompile(`([a-z0-9-]+)\|[a-z0-9-]+`)

// flagExample returns an example value for flag f: the first choice its
// usage lists, else one by name or type, else "".
func flagExample(f *pflag.Flag) string {
	if f == nil {
		return ""
	}
	if m := choice.FindStringSubmatch(f.Usage); m != nil {
		return m[1]
	}
	switch f.Name {
	case "as-of", "deadline":
		return "2026-04-01"
	case "register":
		return "examples/chofu-gikai"
	case "lang":
		return "en"
	}
	switch f.Value.Type() {
	case "int", "int64", "int32", "uint", "uint64":
		if f.Name == "fiscal-year" {
			return "2026"
		}
		return "4"
	case "duration":
		return "2s"
	case "bool":
		return "true"
	}
	if f.DefValue != "" && f.DefValue != "[]" {
		return f.DefValue
	}
	return ""
}

// similarFlags returns the flags of cmd (and its parents) whose names are
// close to name: a common prefix or an edit distance of at most 2.
func similarFlags(cmd *cobra.Command, name string) []string {
	seen := map[string]bool{}
	var out []string
	visit := func(f *pflag.Flag) {
		if f.Hidden || seen[f.Name] {
			return
		}
		maxDist := 1
		if len(name) >= 5 {
			maxDist = 2
		}
		if (len(name) >= 2 && strings.HasPrefix(f.Name, name)) || (len(name) >= 3 && editDistance(f.Name, name) <= maxDist) ||
			(f.Shorthand != "" && strings.EqualFold(f.Shorthand, name)) {
			seen[f.Name] = true
			out = append(out, "--"+f.Name)
		}
	}
	cmd.Flags().VisitAll(visit)
	cmd.InheritedFlags().VisitAll(visit)
	sort.Strings(out)
	return out
}

// editDistance is the Levenshtein distance of a and b (bytes).
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// usageTemplates are cobra's usage template with the headings in Japanese
// and in English; the command texts themselves are bilingual.
var usageTemplates = map[riskassess.Lang]string{
	"ja": usageTemplate("使い方:", "例:", "コマンド:", "フラグ:", "共通のフラグ:",
		`各コマンドの説明は "{{.CommandPath}} [command] --help" で表示します。`),
	"en": usageTemplate("Usage:", "Examples:", "Available Commands:", "Flags:", "Global Flags:",
		`Use "{{.CommandPath}} [command] --help" for more information about a command.`),
}

func usageTemplate(usage, examples, commands, flags, global, more string) string {
	return usage + `{{if .Runnable}}
  {{.UseLine}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} [command]{{end}}{{if .HasExample}}

` + examples + `
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}

` + commands + `{{range .Commands}}{{if (or .IsAvailableCommand (eq .Name "help"))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

` + flags + `
{{.LocalFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableInheritedFlags}}

` + global + `
{{.InheritedFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableSubCommands}}

` + more + `{{end}}
`
}

// localizeCommands makes the command tree under root speak the user's
// language (lang, from langFromArgs; anything but en is Japanese): usage
// headings, the help command and the -h flag, and every usage error
// (flags, arguments, unknown commands). The shell-completion command of
// cobra, whose texts are English only, is left out.
func localizeCommands(root *cobra.Command, lang riskassess.Lang) {
	if lang != "en" {
		lang = "ja"
	}
	root.CompletionOptions.DisableDefaultCmd = true
	root.SuggestionsMinimumDistance = 2
	root.SetUsageTemplate(usageTemplates[lang])
	root.SetFlagErrorFunc(flagError)
	root.SetHelpCommand(&cobra.Command{
		Use:   "help [command]",
		Short: "コマンドの説明を表示する / help about any command",
		Args:  cobra.ArbitraryArgs,
		RunE: func(c *cobra.Command, args []string) error {
			cmd, rest, err := c.Root().Find(args)
			if err != nil || cmd == nil || len(rest) > 0 {
				word := strings.Join(args, " ")
				return usageError(c, fmt.Sprintf("%q というコマンドはありません", word), fmt.Sprintf("unknown command %q", word))
			}
			return cmd.Help()
		},
	})
	// The root runs only to report an unknown command or to show its help.
	root.Args = func(cmd *cobra.Command, args []string) error {
		if len(args) > 0 {
			return unknownCommand(cmd, args[0])
		}
		return nil
	}
	root.RunE = func(cmd *cobra.Command, _ []string) error { return cmd.Help() }
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		if c.Flags().Lookup("help") == nil {
			c.Flags().BoolP("help", "h", false, l10n(lang, c.Name()+" の説明を表示する", "help for "+c.Name()))
		}
		if orig := c.Args; orig != nil && c != root {
			c.Args = func(cmd *cobra.Command, args []string) error {
				if err := orig(cmd, args); err != nil {
					return argsError(cmd, args, err)
				}
				return nil
			}
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

// ioText returns the reason of an operating-system error in lang: "no
// such file or folder", "permission denied", "no space left", … ; the
// error's own text for a reason it does not know.
func ioText(lang riskassess.Lang, err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return l10n(lang, "ファイルまたはフォルダがありません", "no such file or folder")
	case errors.Is(err, fs.ErrPermission):
		return l10n(lang, "権限がありません", "permission denied")
	case errors.Is(err, fs.ErrExist):
		return l10n(lang, "すでにあります", "already exists")
	case errors.Is(err, syscall.ENOSPC):
		return l10n(lang, "ディスクに空きがありません", "no space left on the disk")
	case errors.Is(err, syscall.EROFS):
		return l10n(lang, "読み取り専用の場所です", "read-only file system")
	case errors.Is(err, syscall.ENOTDIR):
		return l10n(lang, "途中にフォルダでないものがあります", "a part of the path is not a folder")
	case errors.Is(err, syscall.EISDIR):
		return l10n(lang, "フォルダです（ファイル名を指定してください）", "is a folder (give a file name)")
	case errors.Is(err, syscall.EADDRNOTAVAIL):
		return l10n(lang, "このパソコンのアドレスではありません", "not an address of this computer")
	case errors.Is(err, syscall.EADDRINUSE):
		return l10n(lang, "ほかのプログラムが使っています", "already in use by another program")
	}
	var pe *fs.PathError
	var le *os.LinkError
	var ne *net.OpError
	var se *os.SyscallError
	var de *net.DNSError
	switch {
	case errors.As(err, &de):
		return l10n(lang, "ホスト名 "+de.Name+" が見つかりません", "no such host "+de.Name)
	case errors.As(err, &pe):
		return ioText(lang, pe.Err)
	case errors.As(err, &le):
		return ioText(lang, le.Err)
	case errors.As(err, &ne):
		return ioText(lang, ne.Err)
	case errors.As(err, &se):
		return ioText(lang, se.Err)
	}
	return l10n(lang, "エラー: ", "error: ") + err.Error()
}

// ioError says in lang which operation on which file (or address)
// failed and why, for an error holding an *fs.PathError, *os.LinkError or
// *net.OpError; ok is false for any other error.
func ioError(lang riskassess.Lang, err error) (msg string, ok bool) {
	var pe *fs.PathError
	var le *os.LinkError
	var ne *net.OpError
	switch {
	case errors.As(err, &pe):
		return pe.Path + ": " + l10n(lang, opText(lang, pe.Op)+"（"+ioText(lang, pe.Err)+"）",
			opText(lang, pe.Op)+" ("+ioText(lang, pe.Err)+")"), true
	case errors.As(err, &le):
		return le.Old + " → " + le.New + ": " + l10n(lang, opText(lang, le.Op)+"（"+ioText(lang, le.Err)+"）",
			opText(lang, le.Op)+" ("+ioText(lang, le.Err)+")"), true
	case errors.As(err, &ne):
		addr := ""
		if ne.Addr != nil {
			addr = ne.Addr.String() + ": "
		}
		return addr + l10n(lang, opText(lang, ne.Op)+"（"+ioText(lang, ne.Err)+"）",
			opText(lang, ne.Op)+" ("+ioText(lang, ne.Err)+")"), true
	}
	return "", false
}

// opText names a file or network operation (fs.PathError.Op) in lang.
func opText(lang riskassess.Lang, op string) string {
	switch op {
	case "open":
		return l10n(lang, "開けません", "cannot open")
	case "mkdir", "mkdirall":
		return l10n(lang, "フォルダを作れません", "cannot create the folder")
	case "rename":
		return l10n(lang, "名前を変えられません", "cannot rename")
	case "remove", "unlinkat", "unlink":
		return l10n(lang, "削除できません", "cannot remove")
	case "write":
		return l10n(lang, "書き込めません", "cannot write")
	case "read", "readdirent", "readdir", "openat":
		return l10n(lang, "読めません", "cannot read")
	case "stat", "lstat", "fstat":
		return l10n(lang, "確かめられません", "cannot inspect")
	case "listen":
		return l10n(lang, "待ち受けできません", "cannot listen")
	case "sync", "fsync", "close":
		return l10n(lang, "書き込みを完了できません", "cannot complete the write")
	}
	return l10n(lang, op+" に失敗しました", op+" failed")
}

// failText returns err as the user should read it in lang after what
// failed: the positioned messages of the project's errors and the file
// errors in lang; for any other error, a sentence in lang with the
// error's own text in parentheses.
func (a *app) failText(whatJa, whatEn string, err error) string {
	if msg, ok := ioError(a.lang, err); ok {
		return l10n(a.lang, whatJa+"。", whatEn+": ") + msg
	}
	if t := a.errText(err); t != err.Error() {
		return l10n(a.lang, whatJa+"。", whatEn+": ") + t
	}
	return l10n(a.lang, whatJa+"（"+err.Error()+"）", whatEn+" ("+err.Error()+")")
}

// writeText says in a.lang that writing out failed and why. An error
// about the temporary file next to out (".NAME.tmp-…", written and renamed
// into place) names out.
func (a *app) writeText(out string, err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) && filepath.Dir(pe.Path) == filepath.Dir(out) &&
		strings.HasPrefix(filepath.Base(pe.Path), "."+filepath.Base(out)+".tmp") {
		return out + ": " + l10n(a.lang, opText(a.lang, "write")+"（"+ioText(a.lang, pe.Err)+"）",
			opText(a.lang, "write")+" ("+ioText(a.lang, pe.Err)+")")
	}
	if msg, ok := ioError(a.lang, err); ok {
		return msg
	}
	return out + ": " + a.failText("書き出せませんでした", "cannot write", err)
}
