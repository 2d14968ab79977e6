// Command generator builds, checks and previews a Plansite website.
//
//	go run ./generator build [-root .] [-out public]   write the site to public/
//	go run ./generator check [-root .]                  report translation alignment
//	go run ./generator serve [-root .] [-addr 127.0.0.1:1313]   preview with live reload
//	go run ./generator translate export -plan SLUG [-o FILE]  write a plan's translation as XLIFF 2.1
//	go run ./generator translate import [-plan SLUG] FILE     write an XLIFF file's targets into content/en/
//	go run ./generator bench [-plans 1,10,100] [-runs 3]      time builds of synthetic libraries (and Hugo + Pagefind)
//
// build replaces its output directory whole, so it writes only to one that
// is absent, empty or a previous output (site.CheckOutput says which it
// refuses).
//
// Errors are printed as one line, file:line: message, and exit non-zero.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"plansite/generator/projectfs"
	"plansite/generator/site"
)

// usageText names the commands; each lists its flags with -h.
const usageText = "usage: generator build|check|serve|inspect|translate|bench [flags]\n" +
	"  generator COMMAND -h lists a command's flags"

func usage() {
	fmt.Fprintln(os.Stderr, usageText)
	os.Exit(2)
}

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	cmd, args := os.Args[1], os.Args[2:]
	if cmd == "help" || cmd == "-h" || cmd == "-help" || cmd == "--help" {
		fmt.Println(usageText)
		return
	}
	// Each subcommand but build is in its own file.
	run := map[string]func([]string) error{"build": build, "check": check, "serve": serveCmd,
		"translate": translateCmd, "bench": benchCmd, "inspect": inspect}[cmd]
	if run == nil {
		usage()
	}
	if err := run(args); err != nil {
		fmt.Fprintln(os.Stderr, "generator:", err)
		os.Exit(1)
	}
}

func build(args []string) error {
	fl := flag.NewFlagSet("build", flag.ExitOnError)
	root := fl.String("root", ".", "project directory (seeds/, content/, templates/)")
	out := fl.String("out", "", "output directory (default <root>/public)")
	cpuprofile := fl.String("cpuprofile", "", "write a CPU profile of the build to `file` (go tool pprof)")
	memprofile := fl.String("memprofile", "", "write a heap profile of the build at its largest live heap to `file` (go tool pprof)")
	if err := parseFlags(fl, args); err != nil {
		return err
	}
	if *out == "" {
		*out = filepath.Join(*root, "public")
	}
	// Refuse a dangerous -out before the build, not after it.
	if err := site.CheckOutput(*root, *out); err != nil {
		return err
	}
	// Read through os.Root, which refuses every symbolic link that leads
	// out of the project, in content/ and templates/ as in seeds/, and
	// projectfs, which names the link and its target.
	project, err := openProject(*root)
	if err != nil {
		return err
	}
	defer project.Close()
	// An interrupt stops the build: the output stays as it was and the
	// half-made site is removed.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	defer paceGC(gcFloor, gcBudget)()
	stopProfile, err := startProfile(*cpuprofile)
	if err != nil {
		return err
	}
	stopMemProfile, err := startMemProfile(*memprofile)
	if err != nil {
		stopProfile()
		return err
	}
	n, warnings, err := site.BuildDir(ctx, projectfs.FS(project), *out)
	if perr := stopMemProfile(); err == nil {
		err = perr
	}
	if perr := stopProfile(); err == nil {
		err = perr
	}
	for _, w := range warnings {
		fmt.Fprintln(os.Stderr, "warning:", w)
	}
	if err != nil {
		return interrupted(ctx, err, *out)
	}
	fmt.Printf("wrote %d files to %s\n", n, *out)
	return nil
}

// interrupted is err, the build's, said as what it means to the user when
// the build was stopped by an interrupt: "context canceled" would leave
// them wondering what became of the output.
func interrupted(ctx context.Context, err error, out string) error {
	if ctx.Err() != nil && errors.Is(err, ctx.Err()) {
		return fmt.Errorf("build interrupted: %s is left as it was", out)
	}
	return err
}

// parseFlags parses the flags of a command that takes no other argument,
// refusing one: the flag package stops at the first word that is not a
// flag, so "build public -out site" would otherwise build into public/
// and never read -out.
func parseFlags(fl *flag.FlagSet, args []string) error {
	if err := parseArgs(fl, args); err != nil {
		return err
	}
	if fl.NArg() > 0 {
		return fmt.Errorf("%s: unexpected argument %q: the command takes flags only (generator %s -h lists them)", fl.Name(), fl.Arg(0), fl.Name())
	}
	return nil
}

// parseArgs parses a command's flags, saying a wrong one in one line
// (check: flag provided but not defined: -foo; generator check -h lists
// the flags), where the flag package printed every flag after it; -h
// prints them, as before.
func parseArgs(fl *flag.FlagSet, args []string) error {
	fl.Init(fl.Name(), flag.ContinueOnError)
	fl.SetOutput(io.Discard)
	err := fl.Parse(args)
	if errors.Is(err, flag.ErrHelp) {
		fl.SetOutput(os.Stderr)
		fl.Usage()
		os.Exit(0)
	}
	if err != nil {
		return fmt.Errorf("%s: %v; generator %s -h lists the flags", fl.Name(), err, fl.Name())
	}
	return nil
}
