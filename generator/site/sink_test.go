package site

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	"plansite/generator/internal/testproject"
	"plansite/generator/plan"
)

// TestBuildDirMatchesRender checks that the streamed build writes the same
// files, byte for byte, as the site rendered into memory, and the marker.
// Its library holds a plan whose issuer the registry lacks (Fuzhou's), whose
// open data name it though no analysis met it: under -race this checks that
// making them side by side changes nothing shared.
func TestBuildDirMatchesRender(t *testing.T) {
	root := testproject.Map(t)
	root["seeds/second-plan.txt"] = &fstest.MapFile{Data: root["seeds/zichuan-education-2022.txt"].Data}
	fuzhou, err := os.ReadFile("../testdata/corpus/fuzhou-realestate-2016.txt")
	if err != nil {
		t.Fatal(err)
	}
	root["seeds/fuzhou-realestate-2016.txt"] = &fstest.MapFile{Data: fuzhou}
	want, err := Build(root)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "public")
	n, _, err := BuildDir(context.Background(), root, dir)
	if err != nil {
		t.Fatal(err)
	}
	if n != len(want.Files) {
		t.Errorf("BuildDir wrote %d files, Build made %d", n, len(want.Files))
	}
	have := map[string]bool{}
	err = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		name := filepath.ToSlash(strings.TrimPrefix(p, dir+string(filepath.Separator)))
		have[name] = true
		if name == OutputMarker {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if w, ok := want.Files[name]; !ok {
			t.Errorf("%s: written, not in the site", name)
		} else if string(w) != string(data) {
			t.Errorf("%s: written differs from the site rendered in memory", name)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var missing []string
	for name := range want.Files {
		if !have[name] {
			missing = append(missing, name)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("not written: %v", missing)
	}
	if !have[OutputMarker] {
		t.Error("no marker")
	}
}

// TestFailedBuildLeavesOutput checks that a build that fails half-way (a
// template error, a cancellation, a failing fill) leaves the previous
// output as it was and no temporary directory beside it.
func TestFailedBuildLeavesOutput(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "public")
	if err := (&Site{Files: map[string][]byte{"index.html": []byte("old")}}).Write(dir); err != nil {
		t.Fatal(err)
	}
	bad := testproject.Map(t)
	bad["templates/node.html"] = &fstest.MapFile{Data: []byte(`{{define "title"}}x{{end}}{{define "main"}}{{.Nope}}{{end}}`)}
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	failing := errors.New("disk full")
	cases := []struct {
		name string
		run  func() error
	}{
		{"template error", func() error {
			_, _, err := BuildDir(context.Background(), bad, dir)
			return err
		}},
		{"cancelled", func() error {
			_, _, err := BuildDir(cancelled, testproject.FS(), dir)
			return err
		}},
		{"fill fails after some files", func() error {
			_, err := WriteDir(dir, func(s Sink) error {
				if err := put(s, "index.html", []byte("new")); err != nil {
					return err
				}
				if err := put(s, "zh/a/index.html", []byte("new")); err != nil {
					return err
				}
				return failing
			})
			return err
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if err := c.run(); err == nil {
				t.Fatal("have nil, want an error")
			}
			got, err := os.ReadFile(filepath.Join(dir, "index.html"))
			if err != nil || string(got) != "old" {
				t.Errorf("index.html: have %q, %v, want the old output", got, err)
			}
			if _, err := os.Stat(filepath.Join(dir, "zh")); err == nil {
				t.Error("a file of the failed build reached the output")
			}
			left, _ := filepath.Glob(filepath.Join(filepath.Dir(dir), ".public*"))
			if len(left) > 0 {
				t.Errorf("temporary directories left behind: %v", left)
			}
		})
	}
}

// TestDirSinkRefusesEscapes checks that a file name cannot leave the
// output directory.
func TestDirSinkRefusesEscapes(t *testing.T) {
	s := newDirSink(t.TempDir())
	for _, name := range []string{"../x", "/etc/x", "a/../../x", ""} {
		if _, err := s.Create(name); err == nil {
			t.Errorf("Create(%q): have nil, want an error", name)
		}
	}
}

// TestFailedBuildWarns: a build that fails after its plans are parsed
// still returns their warnings, which often say why it failed: a heading
// added above the plan's title (warned: a skipped number, no text) moves
// every eId content/links.yaml names. They were dropped with the error.
func TestFailedBuildWarns(t *testing.T) {
	m := testproject.Map(t)
	const seed = "seeds/zichuan-education-2022.txt"
	text := string(m[seed].Data)
	at := strings.Index(text, "\n淄川区教育事业发展“十四五”规划\n")
	if at < 0 {
		t.Fatal("the frozen seed lost its plan title")
	}
	m[seed] = &fstest.MapFile{Data: []byte(text[:at] + "\n第九十九章 奇怪\n" + text[at:])}
	_, warnings, err := BuildDir(context.Background(), m, filepath.Join(t.TempDir(), "public"))
	if err == nil || !strings.Contains(err.Error(), "content/links.yaml") {
		t.Fatalf("have %v, want the links' error", err)
	}
	if !slices.ContainsFunc(warnings, func(w plan.Warning) bool { return w.File == seed && strings.Contains(w.Msg, "第九十九章") }) {
		t.Errorf("have warnings %v, want the seed's about 第九十九章", warnings)
	}
}
