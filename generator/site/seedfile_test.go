package site_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"plansite/generator/internal/testproject"
	"plansite/generator/projectfs"
	"plansite/generator/site"
)

const tinyPlan = "某区教育发展规划\n\n一、总体要求\n\n坚持教育优先发展。\n"

// TestSeedFiles checks which files in seeds/ are read as plans and which
// are refused, with an error naming the file.
func TestSeedFiles(t *testing.T) {
	outside := filepath.Join(t.TempDir(), "passwd")
	if err := os.WriteFile(outside, []byte("root:x:0:0:root:/root:/bin/bash\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		setup func(t *testing.T, seeds string)
		want  string // the error, or "" for a build that reads the seeds named in read
		read  []string
	}{
		{"upper-case extension", func(t *testing.T, seeds string) {
			write(t, seeds, "Plan.TXT", tinyPlan)
			write(t, seeds, "other.Txt", tinyPlan)
		}, "", []string{"seeds/Plan.TXT", "seeds/other.Txt"}},
		{"link inside the project", func(t *testing.T, seeds string) {
			write(t, filepath.Dir(seeds), "drafts/p.txt", tinyPlan)
			link(t, "../drafts/p.txt", filepath.Join(seeds, "p.txt"))
		}, "", []string{"seeds/p.txt"}},
		{"hidden files are not seeds", func(t *testing.T, seeds string) {
			write(t, seeds, "p.txt", tinyPlan)
			link(t, "user@host.1234", filepath.Join(seeds, ".#p.txt")) // Emacs's lock
		}, "", []string{"seeds/p.txt"}},
		{"link to /etc/passwd", func(t *testing.T, seeds string) {
			link(t, outside, filepath.Join(seeds, "t.txt"))
		}, "seeds/t.txt: a symbolic link to " + outside + ", outside the project", nil},
		{"link climbing out", func(t *testing.T, seeds string) {
			link(t, "../../passwd", filepath.Join(seeds, "t.txt"))
		}, "seeds/t.txt: a symbolic link to ../../passwd, outside the project", nil},
		{"link to a link out", func(t *testing.T, seeds string) {
			link(t, outside, filepath.Join(seeds, "a.txt"))
			link(t, "a.txt", filepath.Join(seeds, "b.txt"))
		}, "seeds/a.txt: a symbolic link to " + outside + ", outside the project", nil},
		{"dangling link", func(t *testing.T, seeds string) {
			link(t, "gone.txt", filepath.Join(seeds, "t.txt"))
		}, "seeds/t.txt: a symbolic link to gone.txt, which does not exist", nil},
		{"slug collision", func(t *testing.T, seeds string) {
			write(t, seeds, "Plan 1.txt", tinyPlan)
			write(t, seeds, "plan-1.txt", tinyPlan)
		}, `seeds/Plan 1.txt and seeds/plan-1.txt would both be the plan "plan-1"`, nil},
		{"name of the site's own pages", func(t *testing.T, seeds string) {
			write(t, seeds, "Search.txt", tinyPlan)
		}, `seeds/Search.txt: the plan "search" would be published at /zh/search/, where the site's own pages are: rename the file`, nil},
		{"too large", func(t *testing.T, seeds string) {
			write(t, seeds, "big.txt", tinyPlan+strings.Repeat("坚持教育优先发展。\n", site.MaxSeedSize/28+1))
		}, "seeds/big.txt: the file is 20.0 MB, more than the 20 MB of a plan's file", nil},
		{"empty seeds/", func(t *testing.T, seeds string) {},
			"seeds: no plans in seeds/: expected a plan's file ending in .txt, .docx, .pdf, .html or .htm, directly in seeds/", nil},
		{"no plan among the files", func(t *testing.T, seeds string) {
			write(t, seeds, "notes.md", tinyPlan)
			write(t, seeds, "drafts/p.txt", tinyPlan)
		}, "directly in seeds/; seeds/drafts and 1 more are not", nil},
		{"no seeds/", func(t *testing.T, seeds string) {
			if err := os.Remove(seeds); err != nil {
				t.Fatal(err)
			}
		}, "seeds: no such directory (seeds/): expected the project's plans there, each a plan's file ending in .txt", nil},
		{"English text", func(t *testing.T, seeds string) {
			write(t, seeds, "t.txt", "root:x:0:0:root:/root:/bin/bash\n")
		}, "seeds/t.txt:1: file does not look like a Chinese plan", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			seeds := filepath.Join(root, "seeds")
			if err := os.Mkdir(seeds, 0o755); err != nil {
				t.Fatal(err)
			}
			tt.setup(t, seeds)
			docs, err := site.LoadDocs(os.DirFS(root))
			var cache site.DocCache
			cached, cacheErr := cache.Load(os.DirFS(root))
			if tt.want != "" {
				for _, err := range []error{err, cacheErr} {
					if err == nil || !strings.Contains(err.Error(), tt.want) {
						t.Errorf("have %v, want an error saying %q", err, tt.want)
					}
				}
				return
			}
			if err != nil || cacheErr != nil {
				t.Fatalf("have %v, %v, want the seeds read", err, cacheErr)
			}
			var have []string
			for _, d := range docs {
				have = append(have, d.File)
			}
			if strings.Join(have, " ") != strings.Join(tt.read, " ") || len(cached) != len(docs) {
				t.Errorf("read %v (cached %d), want %v", have, len(cached), tt.read)
			}
		})
	}
}

// TestNoPlansNamesProject: a project without plans, read as the commands
// read it (projectfs), is named by its directory, which a mistyped -root
// leaves the user asking for.
func TestNoPlansNamesProject(t *testing.T) {
	dir := t.TempDir()
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	_, err = site.LoadDocs(projectfs.FS(root))
	if want := "seeds: no such directory (" + filepath.Join(dir, "seeds") + "/)"; err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("have %v, want an error starting %q", err, want)
	}
}

// TestControlCharactersNeverPublished builds a site from a seed with NUL
// and ESC in its text and wants neither in any file of the site but the
// seed's own copy under originals/.
func TestControlCharactersNeverPublished(t *testing.T) {
	root := repoFS(t)
	for name := range root {
		if strings.HasPrefix(name, "seeds/") || name == "content/works.yaml" {
			delete(root, name)
		}
	}
	root["seeds/ctl.txt"] = &fstest.MapFile{Data: []byte("某区控制规划\n\n一、总体要求\n\n坚持\x1b[31m教育\x00优先发展。\n")}
	s, err := site.Build(root)
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range s.Files {
		if strings.HasPrefix(name, "originals/") {
			// The seed as published, offered for download unchanged (a
			// .docx or .pdf is binary anyway); no page shows its bytes.
			continue
		}
		if strings.ContainsAny(string(data), "\x00\x1b") {
			t.Errorf("%s holds a NUL or ESC", name)
		}
	}
}

func write(t *testing.T, dir, name, data string) {
	t.Helper()
	testproject.WriteFile(t, dir, name, []byte(data))
}

func link(t *testing.T, target, name string) {
	t.Helper()
	if err := os.Symlink(target, name); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
}

// TestFilesNotReadWarned checks that what the build passes over in seeds/
// (a plan saved as .md, a folder of plans) and a translation whose plan is
// gone are warnings naming them, so that no plan or translation goes
// missing from the site unsaid; hidden files and editors' backups are not.
func TestFilesNotReadWarned(t *testing.T) {
	fsys := testproject.Map(t)
	plan := fsys["seeds/zichuan-education-2022.txt"]
	fsys["seeds/other.md"] = plan
	fsys["seeds/2022/third.txt"] = plan
	fsys["seeds/.other.txt.swp"] = plan
	fsys["seeds/zichuan-education-2022.txt~"] = plan
	fsys["content/en/renamed-plan/part-1.md"] = fsys["content/en/zichuan-education-2022/part-1.md"]
	docs, err := site.LoadDocs(fsys)
	if err != nil {
		t.Fatal(err)
	}
	p, err := site.Load(fsys, docs, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"seeds/2022: not read: a folder; plans go directly in seeds/",
		"seeds/other.md: not read: a plan's file ends in .txt, .docx, .pdf, .html or .htm (plain text: rename it .txt)",
		"content/en/renamed-plan: translation of a plan that seeds/ lacks: not shown (was the seed renamed?)",
	}
	var have []string
	for _, w := range p.Warnings() {
		if !strings.HasPrefix(w.File, "seeds/zichuan") && !strings.HasPrefix(w.File, "content/departments") {
			have = append(have, w.Error())
		}
	}
	if strings.Join(have, "\n") != strings.Join(want, "\n") {
		t.Errorf("have warnings\n%s\nwant\n%s", strings.Join(have, "\n"), strings.Join(want, "\n"))
	}
}
