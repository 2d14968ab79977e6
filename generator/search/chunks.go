package search

import (
	"crypto/sha256"
	"encoding/hex"
)

// putChunks puts the passage chunks of doc and records them in d. The
// chunks are named for their plan's content, which is known only once
// they are all made: they are made twice, to be hashed and to be put,
// rather than held (a plan of 25,000 tasks has 14 MB of them).
func (x *Indexer) putChunks(d *docMeta, doc Doc) error {
	h := sha256.New()
	err := x.eachChunk(doc, false, func(chunk []byte, n int) error {
		h.Write(chunk)
		h.Write([]byte{0})
		d.C = append(d.C, n)
		return nil
	})
	if err != nil {
		return err
	}
	// The chunks are named for their plan's content (as groupHash names
	// files): a plan unchanged keeps its names, and its chunks can be
	// cached forever.
	d.H = hex.EncodeToString(h.Sum(nil)[:5])
	if x.chunked[d.H] {
		return nil // a plan with the same passages shares their files
	}
	x.chunked[d.H] = true
	k := 0
	return x.eachChunk(doc, true, func(chunk []byte, _ int) error {
		err := x.put(chunkName(d, k), chunk)
		k++
		return err
	})
}

// eachChunk cuts doc's passages into chunks of about opt.ChunkBytes and
// calls fn with each and the number of passages it holds: a new slice
// each if keep (fn keeps it), else one buffer reused.
func (x *Indexer) eachChunk(doc Doc, keep bool, fn func(chunk []byte, n int) error) error {
	var chunk []byte // "[" and the passages so far, each followed by ","
	size, start := 0, 0
	flush := func(next int) error {
		if len(chunk) == 0 {
			return nil
		}
		chunk[len(chunk)-1] = ']'
		err := fn(chunk, next-start)
		if keep {
			chunk = nil
		} else {
			chunk = chunk[:0]
		}
		size, start = 0, next
		return err
	}
	for i := range doc.Passages {
		p := &doc.Passages[i]
		s := stored{EID: p.EID, Label: p.Label, Heading: p.Heading, Text: p.Text}
		if p.URL != doc.URL {
			s.URL = p.URL
		}
		for _, dep := range p.Departments {
			if dep.Lead {
				s.Lead = append(s.Lead, dep.Name)
			} else {
				s.Support = append(s.Support, dep.Name)
			}
		}
		if chunk == nil {
			// Room for a chunk, up to 64 KB: a test asks for one chunk
			// of a gigabyte.
			chunk = make([]byte, 0, min(x.opt.ChunkBytes*2, 64<<10))
		}
		if len(chunk) == 0 {
			chunk = append(chunk, '[')
		}
		before := len(chunk)
		chunk = append(s.appendJSON(chunk), ',')
		size += len(chunk) - before - 1
		if size >= x.opt.ChunkBytes {
			if err := flush(i + 1); err != nil {
				return err
			}
		}
	}
	return flush(len(doc.Passages))
}
