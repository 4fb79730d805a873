// Command riskregister keeps a register of outsourcing contractors, external
// services and official social-media accounts, scores them against the
// security requirements and publishes the register as a static site.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/gikai-sec/riskregister/riskassess/load"
	"github.com/spf13/cobra"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

// app holds what every command shares.
type app struct {
	lang   string
	regDir string // the register folder of the last loadRegister
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

// exitError carries an exit status; its message (if any) is already printed.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run executes the command line args and returns the exit status:
// 0 success, 1 invalid register / failed check / failed build, 2 usage error.
func run(args []string, stdout, stderr io.Writer) int {
	a := &app{stdout: newTermWriter(stdout), stderr: newTermWriter(stderr), data: stdout}
	if isTerminal(stdout) {
		a.data = a.stdout
	}
	a.errFile, _ = stderr.(*os.File)
	root := newRootCmd(a)
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.Execute()
	if err == nil {
		return 0
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.msg != "" {
			fmt.Fprintln(a.stderr, ee.msg)
		}
		return ee.code
	}
	fmt.Fprintln(a.stderr, "riskregister:", err)
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
	root.PersistentFlags().StringVar(&a.lang, "lang", "ja", "表示言語 ja|en / output language ja|en")
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
	)
	return root
}
