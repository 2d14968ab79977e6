package bench

import (
	"fmt"
	"os/exec"
	"path/filepath"
)

// Tools are the programs the comparison runs, found on PATH; an empty
// name is a tool that is not installed.
type Tools struct {
	Hugo     string
	Pagefind string
}

// FindTools looks for hugo and pagefind (the npm package's command, or its
// pagefind_extended binary, which segments Chinese) on PATH.
func FindTools() Tools {
	var t Tools
	t.Hugo, _ = exec.LookPath("hugo")
	for _, name := range []string{"pagefind", "pagefind_extended"} {
		if p, err := exec.LookPath(name); err == nil {
			t.Pagefind = p
			break
		}
	}
	return t
}

// Missing says, one line each, what is not installed and how to install it.
func (t Tools) Missing() []string {
	var m []string
	if t.Hugo == "" {
		m = append(m, "hugo is not installed (apt-get install -y --no-install-recommends hugo): no comparison with Hugo")
	}
	if t.Pagefind == "" {
		m = append(m, "pagefind is not installed (npm i -g pagefind): no comparison with Hugo + Pagefind")
	}
	return m
}

// HugoBuild builds the Hugo project in dir into out.
func (t Tools) HugoBuild(dir, out string) (Run, error) {
	if t.Hugo == "" {
		return Run{}, fmt.Errorf("hugo is not installed")
	}
	return Exec(dir, t.Hugo, "--quiet", "--source", dir, "--destination", out,
		"--cacheDir", filepath.Join(dir, ".cache"))
}

// PagefindIndex indexes the site in out, as a Hugo site adds search.
func (t Tools) PagefindIndex(out string) (Run, error) {
	if t.Pagefind == "" {
		return Run{}, fmt.Errorf("pagefind is not installed")
	}
	return Exec(out, t.Pagefind, "--site", out)
}
