// Command riskregister keeps a register of outsourcing contractors, external
// services and official social-media accounts, scores them against the
// security requirements and publishes the register as a static site.
package main

import (
	"errors"
	"fmt"
	"github.com/gikai-sec/riskregister/internal/entrycache"
	"io"
	"os"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/load"
	"github.com/spf13/cobra"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

// app holds what every command shares.
type app struct {
	lang riskassess.Lang
	// noCache is --no-cache: parse every entry file, neither reading nor
	// writing the entry cache (.riskregister-cache).
	noCache bool
	// cache is the entry cache of the last loadRegister; nil without one.
	cache *entrycache.Pack
	// retainCache is set by the commands that keep the cache until they
	// end (validate, assess, check): the entries loaded keep their
	// strings in the cache's values instead of copies (store.Retainer).
	// Not for build, which lets the cache go before it renders.
	retainCache bool
	// loadOnce is set by the commands that load the register once and
	// end (validate, assess, check): a warm load fills the heap within a
	// fraction of a second, and asks for huge pages for it first
	// (adviseHeap); its entry cache file is mapped into memory, not read
	// (entrycache.OpenMapped); and it switches the collector off until
	// the command ends or its load reads many files (warmRunGC, gcHold:
	// safe to call more than once).
	loadOnce bool
	gcHold   func()
	// keyed is the cache of the last loadRegister with the keys of the
	// files it read (sitegen.Inputs of build and serve); nil without one.
	keyed *keyedCache
	// memo keeps the assessments between the builds of serve, and
	// entries the decoded entry files; nil elsewhere.
	memo    *assessMemo
	entries *entryMemo
	regDir  string // the register folder of the last loadRegister
	// loaded is the result of the last loadRegister (serve shows its
	// problems in the browser).
	loaded *load.Result
	// stdout and stderr are the command's output and messages, filtered by
	// termSafe: every text the CLI prints goes through them.
	stdout io.Writer
	stderr io.Writer
	// data is stdout for data formats (JSON, CSV, iCalendar, xlsx), which
	// must stay byte for byte; it is filtered by termSafe only when stdout
	// is a terminal.
	data io.Writer
	// errFile is stderr when it is a file (for the progress bar), else nil.
	errFile *os.File
}

// exitError carries an exit status and the message run prints: msg, or
// when ja or en is set, the one of the pair in the --lang language.
type exitError struct {
	code int
	msg  string
	// ja and en are the message in Japanese and English; they take
	// precedence over msg.
	ja, en string
}

// Error returns the English message (msg when no pair is set).
func (e *exitError) Error() string {
	if e.ja != "" || e.en != "" {
		return e.en
	}
	return e.msg
}

// text returns the message in lang.
func (e *exitError) text(lang riskassess.Lang) string {
	if e.ja != "" || e.en != "" {
		return l10n(lang, e.ja, e.en)
	}
	return e.msg
}

// failure returns an exitError with status 1 saying ja or en.
func failure(ja, en string) *exitError { return &exitError{code: 1, ja: ja, en: en} }

// badUsage returns an exitError with status 2 saying ja or en.
func badUsage(ja, en string) *exitError { return &exitError{code: 2, ja: ja, en: en} }

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run executes the command line args and returns the exit status:
// 0 success, 1 invalid register / failed check / failed build, 2 usage error.
func run(args []string, stdout, stderr io.Writer) int {
	a := &app{stdout: newTermWriter(stdout), stderr: newTermWriter(stderr), data: stdout}
	lang := langFromArgs(args)
	if lang == "" {
		lang = riskassess.LangJa
	}
	if isTerminal(stdout) {
		a.data = a.stdout
	}
	a.errFile, _ = stderr.(*os.File)
	root := newRootCmd(a)
	localizeCommands(root, lang)
	// Until --lang is parsed (or when parsing stops at a bad flag), the
	// messages speak the language found in args.
	a.lang = lang
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.Execute()
	a.dropCache()
	a.releaseGC()
	if err == nil {
		return 0
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if t := ee.text(a.lang); t != "" {
			fmt.Fprintln(a.stderr, t)
		}
		return ee.code
	}
	// An error cobra made without passing through localizeCommands's
	// hooks (a required flag not set, a flag group): a usage error.
	fmt.Fprintln(a.stderr, "riskregister: "+l10n(a.lang, "使い方が正しくありません（"+err.Error()+"）。riskregister --help で確認してください",
		"usage error ("+err.Error()+"); see riskregister --help"))
	return 2
}

func newRootCmd(a *app) *cobra.Command {
	root := &cobra.Command{
		Use:   "riskregister",
		Short: "委託事業者・外部サービス・SNSアカウントの台帳 / register of contractors, services and social accounts",
		Long: `riskregister は、委託事業者・外部サービス（クラウド）・公式ソーシャルメディアアカウントの台帳を
YAML ファイルで管理し、セキュリティ要件で評価し、静的な HTML 台帳を出力します。

riskregister keeps the register of outsourcing contractors, external (cloud) services and official
social-media accounts as YAML files, scores each against the security requirements, and publishes
a static HTML register.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	a.lang = riskassess.LangJa // the flag's default
	root.PersistentFlags().Var((*langFlag)(&a.lang), "lang", "表示言語 ja|en / output language ja|en")
	root.PersistentFlags().BoolVar(&a.noCache, "no-cache", false,
		"台帳フォルダの .riskregister-cache/（読み込み済みエントリのキャッシュ）を使わない / do not use the entry cache .riskregister-cache/ of the register folder")
	// Every command speaks Japanese or English; anything else is a usage error.
	root.PersistentPreRunE = func(*cobra.Command, []string) error { return a.checkLang() }
	root.AddCommand(
		newInitCmd(a),
		newValidateCmd(a),
		newSchemaCmd(a),
		newVersionCmd(a),
		newAssessCmd(a),
		newQuestionnaireCmd(a),
		newImportCmd(a),
		newBuildCmd(a),
		newServeCmd(a),
		newExportCmd(a),
		newDueCmd(a),
		newCheckCmd(a),
		newRotationCmd(a),
		newReviewCmd(a),
		newRoundCmd(a),
		newDiffCmd(a),
		newListsCmd(a),
	)
	return root
}

// langFlag is the value of the --lang flag: the language as given (a.checkLang
// refuses one that is not ja or en before any command runs). Its type is
// "string", so that the help shows it as a string flag.
type langFlag riskassess.Lang

func (l *langFlag) String() string     { return string(*l) }
func (l *langFlag) Set(s string) error { *l = langFlag(s); return nil }
func (l *langFlag) Type() string       { return "string" }
