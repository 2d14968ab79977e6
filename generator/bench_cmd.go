package main

import (
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"

	"plansite/generator/bench"
	"plansite/generator/site"
)

// benchCmd builds synthetic libraries of the corpus plans (1, 10 and 100
// by default), each in a child process, and prints wall and CPU time,
// pages per second, peak memory, bytes written and first-query bytes;
// with Hugo and Pagefind installed, it builds the same pages with them in
// paired runs and prints the ratios.
//
// With -seed MB it first builds one generated plan of that size (issue
// 13's 5 MB seed) and prints its time and peak memory.
//
//	go run ./generator bench [-plans 1,10,100] [-runs 3] [-hugo=false] [-seed 5] [-dir DIR]
func benchCmd(args []string) error {
	fl := flag.NewFlagSet("bench", flag.ExitOnError)
	plans := fl.String("plans", "1,10,100", "library sizes to build, in plans, comma-separated")
	runs := fl.Int("runs", 1, "paired runs per size (the table shows medians)")
	hugo := fl.Bool("hugo", true, "also build the same pages with Hugo and Hugo + Pagefind, where installed")
	seed := fl.Float64("seed", 0, "also build one generated plan of this many MB (0: none)")
	dir := fl.String("dir", "", "directory for the libraries and their outputs (default: a temporary one, removed after)")
	if err := parseFlags(fl, args); err != nil {
		return err
	}
	if *runs < 1 {
		return fmt.Errorf("bench: -runs %d: want 1 or more paired runs", *runs)
	}
	if !(*seed >= 0 && *seed*1e6 <= site.MaxSeedSize) { // NaN too
		return fmt.Errorf("bench: -seed %v: want a size in MB from 0 (none) to %d, the largest seed a build reads", *seed, site.MaxSeedSize>>20)
	}
	opt := bench.Options{Runs: *runs, Dir: *dir, Log: os.Stderr}
	for f := range strings.SplitSeq(*plans, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			return fmt.Errorf("bench: -plans %q: want positive numbers separated by commas", *plans)
		}
		opt.Plans = append(opt.Plans, n)
	}
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	opt.Exe = exe
	if *hugo {
		opt.Tools = bench.FindTools()
		for _, m := range opt.Tools.Missing() {
			fmt.Fprintln(os.Stderr, "bench:", m)
		}
	}
	if opt.Dir == "" {
		if opt.Dir, err = os.MkdirTemp("", "plansite-bench-"); err != nil {
			return err
		}
		defer os.RemoveAll(opt.Dir)
	} else if err := bench.Claim(opt.Dir); err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	if *seed > 0 {
		size := int(*seed * 1e6)
		r, o, err := bench.MeasureSeed(opt.Dir, opt.Exe, size)
		if err != nil {
			return err
		}
		bench.ReportSeed(os.Stdout, size, r, o)
	}
	rows, err := bench.Measure(opt)
	if err != nil {
		return err
	}
	bench.Report(os.Stdout, rows)
	return nil
}
