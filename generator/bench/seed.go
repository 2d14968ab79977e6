package bench

import (
	"fmt"
	"io"
	"path/filepath"

	"plansite/generator/internal/library"
)

// MeasureSeed builds, in a child process as Measure does, a project of one
// generated plan of about size bytes (library.Plan: tasks ten to a
// section, each naming a department), the input of issue 13's memory
// target (a 5 MB seed under 300 MB peak RSS).
func MeasureSeed(dir, exe string, size int) (Run, Output, error) {
	proj := filepath.Join(dir, fmt.Sprintf("seed-%d", size))
	if err := fresh(proj); err != nil {
		return Run{}, Output{}, err
	}
	m, err := library.SinglePlan("seed", library.Plan(library.ItemsFor(size)))
	if err != nil {
		return Run{}, Output{}, err
	}
	if err := library.WriteFS(proj, m); err != nil {
		return Run{}, Output{}, err
	}
	if err := own(proj); err != nil {
		return Run{}, Output{}, err
	}
	out := filepath.Join(proj, "public")
	r, err := Exec(proj, exe, "build", "-root", proj, "-out", out)
	if err != nil {
		return Run{}, Output{}, err
	}
	o, err := Count(out)
	return r, o, err
}

// ReportSeed prints what MeasureSeed found.
func ReportSeed(w io.Writer, size int, r Run, o Output) {
	fmt.Fprintf(w, "one plan of %.1f MB: %d HTML pages, %.1f MB written, wall %.2f s, CPU %.2f s, peak RSS %d MB (goal: 300 MB at 5 MB)\n",
		float64(size)/1e6, o.Pages, float64(o.Bytes)/1e6, r.Wall.Seconds(), r.CPU.Seconds(), r.MaxRSS>>20)
}
