package serve

import (
	"context"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"
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
