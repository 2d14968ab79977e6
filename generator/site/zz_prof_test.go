package site

import (
	"bytes"
	"context"
	"os"
	"runtime"
	"runtime/pprof"
	"testing"
	"time"
)

func TestProfX(t *testing.T) {
	root := os.Getenv("PROF_ROOT")
	if root == "" {
		t.Skip()
	}
	runtime.MemProfileRate = 64 << 10
	done := make(chan bool)
	var best []byte
	var bestHeap uint64
	go func() {
		for {
			select {
			case <-done:
				return
			case <-time.After(500 * time.Millisecond):
			}
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > bestHeap {
				bestHeap = ms.HeapInuse
				var buf bytes.Buffer
				pprof.Lookup("heap").WriteTo(&buf, 0)
				best = buf.Bytes()
			}
		}
	}()
	start := time.Now()
	n, _, err := BuildDir(context.Background(), os.DirFS(root), "/tmp/stream/prof-out")
	close(done)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d files in %v, peak heap in use %d MB", n, time.Since(start), bestHeap>>20)
	os.WriteFile(os.Getenv("PROF_OUT"), best, 0o644)
}
