package bench

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	"plansite/generator/internal/library"
	"plansite/generator/site"
)

// Options say what Measure builds.
type Options struct {
	Plans []int  // library sizes, in plans
	Runs  int    // paired runs per size
	Dir   string // where libraries and outputs are written
	Exe   string // the generator command, run as Exe build -root … -out …
	Tools Tools  // Hugo and Pagefind, if any
	Log   io.Writer
}

// Row is what Measure found for one library size.
type Row struct {
	Plans      int
	Out        Output // Plansite's output
	FirstQuery int    // gzip bytes
	Plansite   []Run  // one per run
	Floor      []Run  // writing Plansite's output again, unrendered (Floor), one per run
	HugoOut    Output // Hugo's output, before Pagefind
	Hugo       []Run  // Hugo alone
	Pagefind   []Run  // Pagefind on Hugo's output, in the same runs
	FS         string // the file system the library and the outputs are on (FileSystem)
}

// Measure builds a library of each size Runs times with Plansite and, in
// the same runs and right after it, with Hugo and then Pagefind, so that
// each run's ratios compare builds made under the same load.
func Measure(opt Options) ([]Row, error) {
	var rows []Row
	for _, n := range opt.Plans {
		row := Row{Plans: n}
		lib := filepath.Join(opt.Dir, fmt.Sprintf("library-%d", n))
		if err := fresh(lib); err != nil {
			return nil, err
		}
		if err := library.Write(lib, n); err != nil {
			return nil, err
		}
		if err := own(lib); err != nil {
			return nil, err
		}
		var err error
		if row.FS, err = FileSystem(lib); err != nil {
			return nil, err
		}
		out := filepath.Join(lib, "public")
		hugoDir := filepath.Join(opt.Dir, fmt.Sprintf("hugo-%d", n))
		hugoOut := filepath.Join(hugoDir, "public")
		for run := range max(opt.Runs, 1) {
			if err := os.RemoveAll(out); err != nil {
				return nil, err
			}
			r, err := Exec(lib, opt.Exe, "build", "-root", lib, "-out", out)
			if err != nil {
				return nil, err
			}
			row.Plansite = append(row.Plansite, r)
			if run == 0 {
				if row.Out, err = Count(out); err != nil {
					return nil, err
				}
				if row.FirstQuery, err = site.FirstQueryBytes(os.DirFS(out)); err != nil {
					return nil, err
				}
			}
			logf(opt.Log, "%d plans, run %d: Plansite %v", n, run+1, r)
			floorOut := filepath.Join(opt.Dir, fmt.Sprintf("floor-%d", n))
			if err := fresh(floorOut); err != nil {
				return nil, err
			}
			f, err := Floor(out, floorOut)
			if err != nil {
				return nil, err
			}
			if err := os.RemoveAll(floorOut); err != nil {
				return nil, err
			}
			row.Floor = append(row.Floor, f)
			logf(opt.Log, "%d plans, run %d: writing the same files, unrendered, %.2f s wall, %.2f s CPU", n, run+1, f.Wall.Seconds(), f.CPU.Seconds())
			if opt.Tools.Hugo == "" {
				continue
			}
			if run == 0 {
				if err := fresh(hugoDir); err != nil {
					return nil, err
				}
				if _, err := HugoProject(out, hugoDir); err != nil {
					return nil, err
				}
				if err := own(hugoDir); err != nil {
					return nil, err
				}
			}
			if err := os.RemoveAll(hugoOut); err != nil {
				return nil, err
			}
			h, err := opt.Tools.HugoBuild(hugoDir, hugoOut)
			if err != nil {
				return nil, err
			}
			row.Hugo = append(row.Hugo, h)
			if run == 0 {
				if row.HugoOut, err = Count(hugoOut); err != nil {
					return nil, err
				}
			}
			logf(opt.Log, "%d plans, run %d: Hugo %v", n, run+1, h)
			if opt.Tools.Pagefind == "" {
				continue
			}
			p, err := opt.Tools.PagefindIndex(hugoOut)
			if err != nil {
				return nil, err
			}
			row.Pagefind = append(row.Pagefind, p)
			logf(opt.Log, "%d plans, run %d: Pagefind %v", n, run+1, p)
		}
		rows = append(rows, row)
	}
	return rows, nil
}

func (r Run) String() string {
	return fmt.Sprintf("%.2f s wall, %.2f s CPU, %d MB peak", r.Wall.Seconds(), r.CPU.Seconds(), r.MaxRSS>>20)
}

func logf(w io.Writer, format string, args ...any) {
	if w != nil {
		fmt.Fprintf(w, format+"\n", args...)
	}
}

// median returns the median of xs (the lower middle one of an even count).
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return s[(len(s)-1)/2]
}
