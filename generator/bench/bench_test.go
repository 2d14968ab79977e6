package bench

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"plansite/generator/internal/library"
	"plansite/generator/site"
)

var built struct {
	once   sync.Once
	public string
	err    error
}

// builtSite builds a library of two plans once for the package's tests
// and returns its public/ directory.
func builtSite(t *testing.T) string {
	t.Helper()
	built.once.Do(func() {
		dir, err := os.MkdirTemp("", "bench-test-")
		if err != nil {
			built.err = err
			return
		}
		fsys, err := library.Project(2)
		if err != nil {
			built.err = err
			return
		}
		s, err := site.Build(fsys)
		if err != nil {
			built.err = err
			return
		}
		built.public = filepath.Join(dir, "public")
		built.err = s.Write(built.public)
	})
	if built.err != nil {
		t.Fatal(built.err)
	}
	return built.public
}

func TestMain(m *testing.M) {
	code := m.Run()
	if built.public != "" {
		os.RemoveAll(filepath.Dir(built.public))
	}
	os.Exit(code)
}

// exportedPages returns the URLs of the pages the exports of the site in
// public give Hugo: every passage URL without a fragment, each plan's and
// each department's.
func exportedPages(t *testing.T, public string) map[string]bool {
	t.Helper()
	names, _ := filepath.Glob(filepath.Join(public, "data", "*.json"))
	urls := map[string]bool{}
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		var e export
		if err := json.Unmarshal(data, &e); err != nil {
			t.Fatal(err)
		}
		if e.Slug == "" {
			continue
		}
		urls["/"+e.Lang+"/"+e.Slug+"/"] = true
		var walk func([]node)
		walk = func(ns []node) {
			for _, n := range ns {
				if !strings.Contains(n.URL, "#") {
					urls[n.URL] = true
				}
				walk(n.Children)
			}
		}
		walk(e.Nodes)
		for _, d := range e.Departments {
			urls[map[string]string{"zh": d.URL, "en": d.URLEn}[e.Lang]] = true
		}
	}
	return urls
}

// TestHugoProject: the Hugo project has a content file for every page
// the exports name, in both languages, and Hugo (where installed) builds
// each of them, as the same URL Plansite gives it.
func TestHugoProject(t *testing.T) {
	public := builtSite(t)
	dir := t.TempDir()
	n, err := HugoProject(public, dir)
	if err != nil {
		t.Fatal(err)
	}
	urls := exportedPages(t, public)
	if len(urls) < 200 {
		t.Fatalf("have %d pages in the exports, want the two plans' passages (hundreds)", len(urls))
	}
	for _, lang := range []string{"zh", "en"} {
		if !urls["/"+lang+"/zichuan-education-2022/part_2__sec_1/"] {
			t.Errorf("the exports give no %s page to Zichuan's part_2__sec_1", lang)
		}
	}
	// Content files: one per page, plus the departments' index per language.
	if want := len(urls) + 2; n != want {
		t.Errorf("have %d content files, want %d (a page each and two department indexes)", n, want)
	}
	for u := range urls {
		if _, err := os.Stat(filepath.Join(public, filepath.FromSlash(u), "index.html")); err != nil {
			t.Errorf("%s: the exports name a page Plansite did not build", u)
		}
	}
	tools := FindTools()
	if tools.Hugo == "" || testing.Short() {
		t.Skip("Hugo is not installed or -short: the Hugo build is not checked")
	}
	out := filepath.Join(dir, "public")
	if _, err := tools.HugoBuild(dir, out); err != nil {
		t.Fatal(err)
	}
	for u := range urls {
		file := filepath.Join(out, filepath.FromSlash(u), "index.html")
		data, err := os.ReadFile(file)
		if err != nil {
			t.Errorf("%s: Hugo built no page", u)
			continue
		}
		if !strings.Contains(string(data), "<html lang=") {
			t.Errorf("%s: no <html lang> for Pagefind to read", u)
		}
	}
	page, err := os.ReadFile(filepath.Join(out, "zh", "zichuan-education-2022", "part_2__sec_1", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"<h1>二（一） 全面落实立德树人根本任务</h1>", "深化中小学思政课一体化建设", `href="/zh/zichuan-education-2022/part_2/"`, `href="/en/zichuan-education-2022/part_2__sec_1/"`} {
		if !strings.Contains(string(page), want) {
			t.Errorf("Hugo's page of part_2__sec_1 lacks %s", want)
		}
	}
}

func TestEscapeMD(t *testing.T) {
	for _, c := range []struct{ have, want string }{
		{"完成率*100%", `完成率\*100%`},
		{"1. 推进", `1\. 推进`},
		{"2025年", "2025年"},
		{"-5%", `\-5%`},
		{"<b>a_b</b>", `\<b\>a\_b\</b\>`},
		{"[1] | x", `\[1\] \| x`},
	} {
		if have := escapeMD(c.have); have != c.want {
			t.Errorf("escapeMD(%q): have %q, want %q", c.have, have, c.want)
		}
	}
}

// TestExec: a child's CPU time and memory are measured, and a failure
// carries its output.
func TestExec(t *testing.T) {
	r, err := Exec(t.TempDir(), "sh", "-c", "i=0; while [ $i -lt 20000 ]; do i=$((i+1)); done")
	if err != nil {
		t.Fatal(err)
	}
	if r.CPU <= 0 || r.MaxRSS <= 0 || r.Wall <= 0 {
		t.Errorf("have %+v, want positive CPU time, peak RSS and wall time", r)
	}
	if _, err := Exec(t.TempDir(), "sh", "-c", "echo broken >&2; exit 3"); err == nil || !strings.Contains(err.Error(), "broken") {
		t.Errorf("have %v, want the failure with its output", err)
	}
}

// TestFloor: Floor writes every file and directory of the site again,
// byte for byte, also when it reads the site in many batches (64 KB,
// where a batch may end inside a directory, and one for the whole site),
// and measures the writing.
func TestFloor(t *testing.T) {
	public := builtSite(t)
	for _, batch := range []int{64 << 10, batchBytes} {
		t.Run(fmt.Sprint(batch), func(t *testing.T) { testFloor(t, public, batch) })
	}
}

func testFloor(t *testing.T, public string, batch int) {
	dst := filepath.Join(t.TempDir(), "again")
	r, err := floor(public, dst, batch)
	if err != nil {
		t.Fatal(err)
	}
	if r.Wall <= 0 {
		t.Errorf("have wall %v, want the writing timed", r.Wall)
	}
	have, want := tree(t, dst), tree(t, public)
	if len(have) != len(want) {
		t.Fatalf("have %d files and directories, want %d", len(have), len(want))
	}
	for name, data := range want {
		if have[name] != data {
			t.Errorf("%s: written differently", name)
		}
	}
}

// tree maps every file and directory under dir to its content ("/" for
// a directory).
func tree(t *testing.T, dir string) map[string]string {
	t.Helper()
	m := map[string]string{}
	err := filepath.WalkDir(dir, func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, name)
		if d.IsDir() {
			m[rel] = "/"
			return nil
		}
		data, err := os.ReadFile(name)
		m[rel] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}
