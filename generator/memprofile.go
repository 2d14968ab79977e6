package main

import (
	"os"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"sync"
	"time"
)

// startMemProfile writes, for build -memprofile, a heap profile taken
// when the live heap is largest: a build's peak, not its end (when most
// of what it held is garbage), is what bounds its memory. It samples the
// live heap every 20 ms and rewrites file whenever the heap has grown a
// tenth past the last profile's; stop writes a last one if none was. An
// empty name profiles nothing.
func startMemProfile(file string) (stop func() error, err error) {
	if file == "" {
		return func() error { return nil }, nil
	}
	if _, err := os.Stat(file); err == nil {
		if err := os.Remove(file); err != nil {
			return nil, err
		}
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	var werr error
	var wrote bool
	write := func() {
		f, err := os.Create(file)
		if err != nil {
			werr = err
			return
		}
		if err := pprof.Lookup("heap").WriteTo(f, 0); err != nil {
			werr = err
		}
		if err := f.Close(); err != nil && werr == nil {
			werr = err
		}
		wrote = true
	}
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	wg.Go(func() {
		var last uint64
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
			}
			metrics.Read(sample)
			if sample[0].Value.Kind() != metrics.KindUint64 {
				continue
			}
			if live := sample[0].Value.Uint64(); live > last+last/10 {
				last = live
				write()
			}
		}
	})
	return func() error {
		close(done)
		wg.Wait()
		if !wrote {
			runtime.GC()
			write()
		}
		return werr
	}, nil
}
