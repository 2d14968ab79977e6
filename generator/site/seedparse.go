package site

import (
	"context"
	"io/fs"
	"runtime"
	"sync"

	"golang.org/x/sync/semaphore"

	"plansite/generator/plan"
)

// bigSeed is the size from which a seed is parsed alone: parsing takes
// many times a seed's size in memory, and two large seeds parsed at once
// would double the peak a library's build reaches.
const bigSeed = 1 << 20

// parseSeeds reads the seeds names and turns each, names[i], into its
// document with parse, GOMAXPROCS seeds at a time (a seed of bigSeed or more alone), so
// that a library's plans load on every core. It returns the documents in
// the order of names and, where seeds fail, the error of the first of them
// in that order, as reading them one after the other would.
func parseSeeds(root fs.FS, names []string, parse func(i int, name string, data []byte) (*plan.Document, error)) ([]*plan.Document, error) {
	docs := make([]*plan.Document, len(names))
	errs := make([]error, len(names))
	procs := int64(runtime.GOMAXPROCS(0))
	sem := semaphore.NewWeighted(procs)
	ctx := context.Background()
	var wg sync.WaitGroup
	for i, name := range names {
		weight := int64(1)
		if fi, err := fs.Stat(root, name); err == nil && fi.Size() >= bigSeed {
			weight = procs
		}
		sem.Acquire(ctx, weight) // cannot fail: the context never ends
		wg.Go(func() {
			defer sem.Release(weight)
			data, err := readSeed(root, name)
			if err == nil {
				docs[i], err = parse(i, name, data)
			}
			errs[i] = err
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return docs, nil
}
