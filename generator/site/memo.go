package site

import (
	"reflect"
	"sync"
)

// Files other than pages — data exports, open data, samples, the sitemap —
// are made again by every build, and after a one-word edit most come out
// as before. A producer that can name everything a file is made from gives
// memo a key for it; a preview build that differs from the last one only
// in inputs keys cover (keyed in preview.go) takes the last build's value
// for the same name and key instead of making it again. Keys leave out the
// inputs such a build cannot change (works.yaml, site.yaml, the access
// date), as page keys do; a registry or link edit makes a new
// analysis, which planKey names.

// memoTable holds what a build made, by name, with its key.
type memoTable struct {
	mu   sync.Mutex
	byID map[string]memoEntry
}

type memoEntry struct {
	key digest
	v   any
}

func (t *memoTable) get(name string, key digest) (any, bool) {
	if t == nil {
		return nil, false
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	e, ok := t.byID[name]
	return e.v, ok && e.key == key
}

func (t *memoTable) put(name string, key digest, v any) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.byID == nil {
		t.byID = map[string]memoEntry{}
	}
	t.byID[name] = memoEntry{key, v}
}

// memo returns what make returns, or what this or the last build's make
// returned for the same name and key.
func memo[T any](b *builder, name string, key digest, make func() (T, error)) (T, error) {
	if v, ok := b.memo.get(name, key); ok {
		return v.(T), nil
	}
	if v, ok := b.lastMemo.get(name, key); ok {
		b.memo.put(name, key, v)
		return v.(T), nil
	}
	v, err := make()
	if err == nil {
		b.memo.put(name, key, v)
	}
	return v, err
}

// planKey stands for everything a plan's files in d's language are made
// from besides the inputs keys leave out: the parse (the same document
// value while its seed is unchanged, DocCache), its analysis, and the view
// with its translation.
func (d *Doc) planKey() digest {
	h := newHasher()
	h.int(int(reflect.ValueOf(d.Document).Pointer()))
	h.int(int(reflect.ValueOf(d.Analysis()).Pointer()))
	h.digest(d.digests().all)
	return h.sum()
}

// bytesKey is the digest of files' contents.
func bytesKey(files ...[]byte) digest {
	h := newHasher()
	for _, f := range files {
		h.int(len(f))
		h.h.Write(f)
	}
	return h.sum()
}
