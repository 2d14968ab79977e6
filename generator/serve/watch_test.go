package serve

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"plansite/generator/internal/testproject"
	"plansite/generator/projectfs"
)

func TestIgnored(t *testing.T) {
	tests := []struct {
		path string
		want bool
	}{
		{"seeds/plan.txt", false},
		{"content/en/plan/part-1.md", false},
		{"templates/partials/node.html", false},
		{"content/site.yaml", false},
		{"seeds/.plan.txt.swp", true},
		{"seeds/.plan.txt.swx", true},
		{"seeds/plan.txt.swp", true},
		{"seeds/plan.txt~", true},
		{"seeds/4913", true},
		{"content/.#part-1.md", true},
		{"content/#part-1.md#", true},
		{"content/part-1.md.tmp", true},
		{"templates/.DS_Store", true},
		{"templates/.goutputstream-X1Y2Z3", true},
		{"templates/base.html___jb_tmp___", true},
		{"templates/base.html___jb_old___", true},
		{"content/sedAb12Cd", true},
		{"content/.git/index", true},
		{"content/en/Thumbs.db", true},
	}
	for _, tt := range tests {
		if have := ignoredPath(tt.path); have != tt.want {
			t.Errorf("ignoredPath(%q) = %v, want %v", tt.path, have, tt.want)
		}
	}
}

// TestBatch feeds bursts of changes and checks that each burst makes one
// build, announced at its first change, and that changes during a build
// make exactly one build after it.
func TestBatch(t *testing.T) {
	const quiet = testQuiet
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	changes := make(chan string)
	var mu sync.Mutex
	var builds [][]string
	started := make(chan struct{}, 10)
	release := make(chan struct{})
	var bursts atomic.Int32
	go batch(ctx, changes, quiet, func() { bursts.Add(1) }, func(c []string) {
		mu.Lock()
		builds = append(builds, c)
		n := len(builds)
		mu.Unlock()
		started <- struct{}{}
		if n == 2 {
			<-release // hold the second build while more changes come
		}
	})
	have := func() [][]string {
		mu.Lock()
		defer mu.Unlock()
		return slices.Clone(builds)
	}

	// An editor's save: write, rename, write again.
	for _, c := range []string{"seeds/a.txt", "seeds/a.txt", "templates/x.html"} {
		changes <- c
	}
	<-started
	if b := have(); len(b) != 1 || !slices.Equal(b[0], []string{"seeds/a.txt", "templates/x.html"}) {
		t.Fatalf("after one burst have builds %q, want one of seeds/a.txt, templates/x.html", b)
	}
	if n := bursts.Load(); n != 1 {
		t.Errorf("after one burst have %d announced, want 1", n)
	}

	changes <- "content/b.md"
	<-started // the second build is now running and held

	go func() { // as the watcher does, blocking while the build runs
		for _, c := range []string{"content/c.md", "content/d.md", "content/c.md"} {
			changes <- c
		}
	}()
	time.Sleep(3 * quiet)
	if b := have(); len(b) != 2 {
		t.Fatalf("a build started during another: have %q", b)
	}
	close(release)
	<-started
	time.Sleep(3 * quiet)
	b := have()
	if len(b) != 3 || !slices.Equal(b[2], []string{"content/c.md", "content/d.md"}) {
		t.Errorf("have builds %q, want a third of content/c.md, content/d.md", b)
	}
	if n := bursts.Load(); n != 3 {
		t.Errorf("have %d bursts announced, want 3", n)
	}
}

// TestWatcherFollowsLinks: saving the file a link in the project leads
// to — a file link, a file under a directory link, a link made while
// watching, a watched directory that is itself a link — is a change of
// the link's path; a link out of the project is not followed, a link
// loop is followed once, and an unrelated file beside a link's target changes nothing.
func TestWatcherFollowsLinks(t *testing.T) {
	root := t.TempDir()
	outside := t.TempDir()
	for _, f := range []string{"seeds/plan.txt", "drafts/part.md", "drafts/beside.md", "drafts/en/p/part-1.md", "drafts/late.md", "shared/templates/base.html"} {
		testproject.WriteFile(t, root, f, []byte("x"))
	}
	if err := os.WriteFile(filepath.Join(outside, "out.md"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	links := map[string]string{
		"content/part.md":  "../drafts/part.md",
		"content/en":       "../drafts/en",
		"content/out.md":   filepath.Join(outside, "out.md"),
		"drafts/en/p/back": "..",
		"templates":        "shared/templates",
		"content/gone.md":  "../drafts/none.md",
	}
	if err := os.MkdirAll(filepath.Join(root, "content"), 0o755); err != nil {
		t.Fatal(err)
	}
	for link, target := range links {
		if err := os.Symlink(target, filepath.Join(root, link)); err != nil {
			t.Skipf("no symbolic links here: %v", err)
		}
	}
	w := runWatcher(t, root)
	// expect wants the watcher's next reports to be want (a save is
	// several events: truncation, writes), then quiet; want "" wants
	// quiet. A late report of the last change wanted is let pass: on a
	// busy machine it may come after the quiet moment.
	last := ""
	expect := func(want string) {
		t.Helper()
		seen := false
		wait := time.After(time.Second)
		if want == "" {
			wait = time.After(200 * time.Millisecond)
		}
		for {
			select {
			case have := <-w.changes:
				if have == last && have != want {
					continue
				}
				if have != want {
					t.Errorf("have a change of %s, want %q", have, want)
					return
				}
				seen = true
				wait = time.After(100 * time.Millisecond)
			case <-wait:
				if want != "" && !seen {
					t.Errorf("have no change, want %s", want)
				}
				if want != "" {
					last = want
				}
				return
			}
		}
	}
	// save writes file and wants the watcher to report want, and nothing
	// else, within a second.
	save := func(file, want string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(root, file), []byte(time.Now().String()), 0o644); err != nil {
			t.Fatal(err)
		}
		expect(want)
	}
	save("drafts/part.md", "content/part.md")
	save("drafts/en/p/part-1.md", "content/en/p/part-1.md")
	save("shared/templates/base.html", "templates/base.html")
	if err := os.Symlink("../drafts/late.md", filepath.Join(root, "content/late.md")); err != nil {
		t.Fatal(err)
	}
	expect("content/late.md")
	save("drafts/late.md", "content/late.md")
	// Not followed: nothing is reported for these, so the next report is
	// the seed's.
	save("drafts/beside.md", "")
	if err := os.WriteFile(filepath.Join(outside, "out.md"), []byte("y"), 0o644); err != nil {
		t.Fatal(err)
	}
	save("seeds/plan.txt", "seeds/plan.txt")
}

// TestWatcherDirectoryMadeAgain: a watched directory removed and made
// again (a plan's translation folder restored, a branch checked out) is
// watched again: saves in it went unseen, the preview showing the old
// text until it was restarted.
func TestWatcherDirectoryMadeAgain(t *testing.T) {
	root := t.TempDir()
	testproject.WriteFile(t, root, "content/en/p/part-1.md", []byte("x"))
	testproject.WriteFile(t, root, "seeds/p.txt", []byte("x"))
	w := runWatcher(t, root)
	// seen waits for a report of want, passing over others.
	seen := func(want string) bool {
		t.Helper()
		wait := time.After(2 * time.Second)
		for {
			select {
			case have := <-w.changes:
				if have == want {
					return true
				}
			case <-wait:
				return false
			}
		}
	}
	dir := filepath.Join(root, "content/en/p")
	for _, how := range []string{"removed", "moved away"} {
		var err error
		switch how {
		case "removed":
			err = os.RemoveAll(dir)
		default:
			err = os.Rename(dir, filepath.Join(t.TempDir(), "p"))
		}
		if err != nil {
			t.Fatal(err)
		}
		if !seen("content/en/p") {
			t.Fatalf("%s: no report of content/en/p", how)
		}
		testproject.WriteFile(t, root, "content/en/p/part-1.md", []byte("y"))
		seen("content/en/p")
		time.Sleep(100 * time.Millisecond) // the new directory's watch is in place
		if err := os.WriteFile(filepath.Join(dir, "part-1.md"), []byte("z"), 0o644); err != nil {
			t.Fatal(err)
		}
		if !seen("content/en/p/part-1.md") {
			t.Errorf("%s and made again: a save in it is not reported", how)
		}
	}
}

// runWatcher watches the project at root until the test ends.
func runWatcher(t *testing.T, root string) *watcher {
	t.Helper()
	project, err := os.OpenRoot(root)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { project.Close() })
	w, err := newWatcher(root, projectfs.FS(project), io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	go w.run(ctx)
	return w
}
