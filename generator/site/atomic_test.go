package site

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
)

// TestWriteIsAtomic polls public/index.html while the site is rewritten
// over and over: a reader must find it every time, old or new.
func TestWriteIsAtomic(t *testing.T) {
	tmp := t.TempDir()
	a, b := filepath.Join(tmp, "a"), filepath.Join(tmp, "b")
	os.Mkdir(a, 0o755)
	os.Mkdir(b, 0o755)
	if err := exchange(a, b); errors.Is(err, errNoExchange) {
		t.Skip("this system cannot swap directories in one step; Write falls back to two renames")
	}
	dir := filepath.Join(tmp, "public")
	site := func(i int) *Site {
		files := map[string][]byte{}
		for j := range 5 {
			files[fmt.Sprintf("zh/p%d/index.html", j)] = []byte("page")
		}
		files["index.html"] = fmt.Appendf(nil, "build %d", i)
		return &Site{Files: files}
	}
	if err := site(0).Write(dir); err != nil {
		t.Fatal(err)
	}
	var stop atomic.Bool
	var reads, misses atomic.Int64
	var wg sync.WaitGroup
	index := filepath.Join(dir, "index.html")
	wg.Go(func() {
		for !stop.Load() {
			reads.Add(1)
			if _, err := os.Stat(index); err != nil {
				misses.Add(1)
			}
		}
	})
	builds := 100
	for i := 1; i <= builds; i++ {
		if err := site(i).Write(dir); err != nil {
			stop.Store(true)
			wg.Wait()
			t.Fatal(err)
		}
	}
	stop.Store(true)
	wg.Wait()
	if misses.Load() > 0 {
		t.Errorf("index.html was missing %d times in %d reads during %d builds", misses.Load(), reads.Load(), builds)
	}
	t.Logf("%d reads during %d builds", reads.Load(), builds)
}
