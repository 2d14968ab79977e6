package search

import (
	"bytes"
	"slices"
	"testing"
	"unicode/utf16"
)

// edited returns a copy of docs in which passage i of the first doc has
// text appended to its text; the other passages are shared.
func edited(docs []Doc, i int, text string) []Doc {
	out := slices.Clone(docs)
	out[0].Passages = slices.Clone(out[0].Passages)
	out[0].Passages[i].Text += text
	return out
}

// newPassage returns a task with text in both languages, a department
// of its own and a glossary-free heading, identified by eid.
func newPassage(eid string) Passage {
	return Passage{EID: eid, Kind: "item", Heading: "新增任务 " + eid + " New task",
		Text:        "新增一段，关于近视防控。A new paragraph on myopia, 55% of 2025 (" + eid + ").",
		Departments: []Department{{Name: "新设部门" + eid, Lead: true}}}
}

// withInserted returns a copy of doc with ps inserted before passage i.
func withInserted(doc Doc, i int, ps ...Passage) []Doc {
	doc.Passages = slices.Insert(slices.Clone(doc.Passages), i, ps...)
	return []Doc{doc}
}

// middle returns the index of a passage with text near the middle of doc.
func middle(doc Doc) int {
	for i := len(doc.Passages) / 2; i < len(doc.Passages); i++ {
		if doc.Passages[i].Text != "" {
			return i
		}
	}
	return 0
}

// sameFiles reports the differences between two builds' files.
func sameFiles(t *testing.T, have, want map[string][]byte) {
	t.Helper()
	for name, w := range want {
		if h, ok := have[name]; !ok {
			t.Errorf("file %s: missing", name)
		} else if !bytes.Equal(h, w) {
			t.Errorf("file %s: have %d bytes, want %d, not equal", name, len(h), len(w))
		}
	}
	for name := range have {
		if _, ok := want[name]; !ok {
			t.Errorf("file %s: not made by a cold build", name)
		}
	}
}

// buildsAsCold builds docs with b and with a cold Build and checks, as the
// subtest name, that the files and stats are the same.
func buildsAsCold(t *testing.T, b *Builder, name string, docs []Doc, lang string, opt Options) {
	t.Helper()
	have, haveSt, err := b.Build(docs, lang, opt)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	want, wantSt, err := Build(docs, lang, opt)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	t.Run(name, func(t *testing.T) {
		sameFiles(t, have, want)
		if haveSt != wantSt {
			t.Errorf("stats: have %v, want %v", haveSt, wantSt)
		}
	})
}

// TestBuilderMatchesBuild: a Builder's output after any sequence of edits
// is byte for byte a cold Build's of the same input.
func TestBuilderMatchesBuild(t *testing.T) {
	zichuanIndex(t)
	for _, lang := range []string{ModeZh, ModeEn} {
		t.Run(lang, func(t *testing.T) {
			doc := fixture.zh
			if lang == ModeEn {
				doc = fixture.en
			}
			docs := []Doc{doc}
			i := middle(doc)
			inserted := slices.Clone(doc.Passages)
			inserted = slices.Insert(inserted, i, Passage{EID: "new", Kind: "paragraph", Heading: "新增 New",
				Text: "新增一段，关于近视防控。A new paragraph on myopia, 55% of 2025."})
			removed := slices.Delete(slices.Clone(doc.Passages), i, i+1)
			firstGone := slices.Clone(doc.Passages[1:])
			opt := Options{Glossary: fixture.gloss, SkipGzip: true}
			fewerTerms := opt
			fewerTerms.Glossary = fixture.gloss[:len(fixture.gloss)/2]
			steps := []struct {
				name string
				docs []Doc
				opt  Options
			}{
				{"first", docs, opt},
				{"same again", docs, opt},
				{"one passage edited", edited(docs, i, "。新增一句：近视率下降0.5个百分点。One more sentence, myopia 0.5%."), opt},
				{"edited back", docs, opt},
				{"heading edited", func() []Doc {
					d := edited(docs, 0, "")
					d[0].Passages[0].Heading += "（修订）revised"
					return d
				}(), opt},
				{"passage inserted", []Doc{{Slug: doc.Slug, Title: doc.Title, URL: doc.URL, Passages: inserted}}, opt},
				{"passage removed", []Doc{{Slug: doc.Slug, Title: doc.Title, URL: doc.URL, Passages: removed}}, opt},
				{"first passage gone", []Doc{{Slug: doc.Slug, Title: doc.Title, URL: doc.URL, Passages: firstGone}}, opt},
				{"glossary changed", docs, fewerTerms},
				{"small shards", docs, Options{Glossary: fixture.gloss, ShardBytes: 2000, ChunkBytes: 700}},
				{"two plans", append(slices.Clone(docs), handDocs()...), opt},
				{"empty", nil, opt},
				{"back to the start", docs, opt},
			}
			var c Builder
			for _, s := range steps {
				buildsAsCold(t, &c, s.name, s.docs, lang, s.opt)
			}
		})
	}
}

// TestBuilderInsertDelete: a Builder's output stays a cold Build's while
// passages are inserted and deleted at the start, in the middle and at the
// end of a plan, one or several at a time, build after build, and back.
func TestBuilderInsertDelete(t *testing.T) {
	zichuanIndex(t)
	for _, lang := range []string{ModeZh, ModeEn} {
		t.Run(lang, func(t *testing.T) {
			doc := fixture.zh
			if lang == ModeEn {
				doc = fixture.en
			}
			orig := doc.Passages
			n, mid := len(orig), middle(doc)
			a, b, c := newPassage("a"), newPassage("b"), newPassage("c")
			d, e, f := newPassage("d"), newPassage("e"), newPassage("f")
			twin := orig[mid] // the same content as a passage kept
			twin.EID = "twin"
			// join concatenates runs of passages.
			join := func(runs ...[]Passage) []Passage { return slices.Concat(runs...) }
			one := func(p Passage) []Passage { return []Passage{p} }
			steps := []struct {
				name string
				ps   []Passage
			}{
				{"first", orig},
				{"inserted at the start", join(one(a), orig)},
				{"and in the middle", join(one(a), orig[:mid], one(b), orig[mid:])},
				{"and at the end", join(one(a), orig[:mid], one(b), orig[mid:], one(c))},
				{"and three together", join(one(a), orig[:3], []Passage{d, e, f}, orig[3:mid], one(b), orig[mid:], one(c))},
				{"start one deleted", join(orig[:3], []Passage{d, e, f}, orig[3:mid], one(b), orig[mid:], one(c))},
				{"middle one deleted", join(orig[:3], []Passage{d, e, f}, orig[3:], one(c))},
				{"end one deleted", join(orig[:3], []Passage{d, e, f}, orig[3:])},
				{"three deleted: back", orig},
				{"first deleted", orig[1:]},
				{"and the middle and last", join(orig[1:mid], orig[mid+1:n-1])},
				{"all back", orig},
				{"inserted at the start, deleted in the middle", join(one(a), orig[:mid], orig[mid+1:])},
				{"moved to the end", join(orig[1:], orig[:1])},
				{"a twin inserted", join(orig[:1], one(twin), orig[1:])},
				{"twin moved", join(orig[:mid], one(twin), orig[mid:])},
				{"half deleted", orig[:n/2]},
				{"back again", orig},
			}
			opt := Options{Glossary: fixture.gloss, SkipGzip: true}
			var cb Builder
			for _, s := range steps {
				dd := Doc{Slug: doc.Slug, Title: doc.Title, URL: doc.URL, Passages: s.ps}
				buildsAsCold(t, &cb, s.name, []Doc{dd}, lang, opt)
			}
		})
	}
}

// TestBuilderForgets: a Builder keeps only what its last build used, and
// after an error or a build in another language starts afresh.
func TestBuilderForgets(t *testing.T) {
	zichuanIndex(t)
	docs := []Doc{fixture.zh}
	var c Builder
	for n := range 20 { // twenty edits, each to another passage
		d := edited(docs, n%len(fixture.zh.Passages), "。第"+string(rune('一'+n))+"次修改")
		if _, _, err := c.Build(d, ModeZh, Options{Glossary: fixture.gloss, SkipGzip: true}); err != nil {
			t.Fatal(err)
		}
	}
	var fresh Builder
	if _, _, err := fresh.Build(edited(docs, 19, "。第"+string(rune('一'+19))+"次修改"), ModeZh,
		Options{Glossary: fixture.gloss, SkipGzip: true}); err != nil {
		t.Fatal(err)
	}
	sizes := func(c *Builder) [5]int {
		return [5]int{len(c.texts), len(c.finds), len(c.dict.ids), len(c.stored), len(c.names)}
	}
	if have, want := sizes(&c), sizes(&fresh); have != want {
		t.Errorf("after 20 edits: %v texts, glossary finds, tokens, passages and file names; a fresh Builder has %v", have, want)
	}
	if _, _, err := c.Build([]Doc{{Slug: "x", Passages: []Passage{{EID: "a"}, {EID: "a"}}}}, ModeZh, Options{}); err == nil {
		t.Error("repeated eId: no error")
	}
	have, _, err := c.Build([]Doc{fixture.en}, ModeEn, Options{Glossary: fixture.gloss, SkipGzip: true})
	if err != nil {
		t.Fatal(err)
	}
	want, _, _ := Build([]Doc{fixture.en}, ModeEn, Options{Glossary: fixture.gloss, SkipGzip: true})
	sameFiles(t, have, want)
}

// BenchmarkRebuild measures a build of the Zichuan plan in each language
// after one passage's text changed, as the preview server rebuilds after a
// save: cold is Build, edit a Builder that built the plan before the edit.
// Each iteration alternates between two versions of the passage, so every
// edit build meets a text it has not kept.
func BenchmarkRebuild(b *testing.B) {
	zichuanIndex(b)
	for _, lang := range []string{ModeZh, ModeEn} {
		doc := fixture.zh
		if lang == ModeEn {
			doc = fixture.en
		}
		i := middle(doc)
		versions := [][]Doc{
			edited([]Doc{doc}, i, "。新增一句：近视率每年下降0.5个百分点。"),
			edited([]Doc{doc}, i, " One more sentence: myopia down 0.5% a year."),
		}
		opt := Options{Glossary: fixture.gloss, SkipGzip: true}
		b.Run(lang+"/cold", func(b *testing.B) {
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				if _, _, err := Build(versions[n%2], lang, opt); err != nil {
					b.Fatal(err)
				}
				n++
			}
		})
		b.Run(lang+"/edit", func(b *testing.B) {
			var c Builder
			if _, _, err := c.Build([]Doc{doc}, lang, opt); err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				if _, _, err := c.Build(versions[n%2], lang, opt); err != nil {
					b.Fatal(err)
				}
				n++
			}
		})
	}
}

// BenchmarkRebuildInsert measures a build after a passage was inserted
// near the start (add) and removed again (remove), as the preview server
// rebuilds when a task is added to a plan or deleted: every later passage
// is renumbered. Iterations alternate between the two versions.
func BenchmarkRebuildInsert(b *testing.B) {
	zichuanIndex(b)
	for _, lang := range []string{ModeZh, ModeEn} {
		doc := fixture.zh
		if lang == ModeEn {
			doc = fixture.en
		}
		versions := [][]Doc{{doc}, withInserted(doc, 2, newPassage("new1"))}
		opt := Options{Glossary: fixture.gloss, SkipGzip: true}
		b.Run(lang, func(b *testing.B) {
			var c Builder
			if _, _, err := c.Build(versions[0], lang, opt); err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			n := 1
			for b.Loop() {
				if _, _, err := c.Build(versions[n%2], lang, opt); err != nil {
					b.Fatal(err)
				}
				n++
			}
		})
	}
}

// TestUTF16Compare checks utf16Compare against the UTF-16 encodings on
// every pair of strings made of characters from each range that matters.
func TestUTF16Compare(t *testing.T) {
	chars := []string{"", "a", "z", "\u00e9", "\u4e2d", "\u6587", "\ud7ff", "\ue000", "\uff5e", "\uffff",
		"\U00010000", "\U0001f600", "\U0010ffff"}
	var strs []string
	for _, a := range chars {
		for _, b := range chars {
			strs = append(strs, a+b)
		}
	}
	for _, a := range strs {
		for _, b := range strs {
			want := slices.Compare(utf16.Encode([]rune(a)), utf16.Encode([]rune(b)))
			if have := utf16Compare(a, b); have != want {
				t.Errorf("utf16Compare(%q, %q) = %d, want %d", a, b, have, want)
			}
		}
	}
}

// TestStoredJSON: a passage is written as encoding/json writes it, whatever
// its strings hold.
func TestStoredJSON(t *testing.T) {
	odd := []string{"", "plain", "中文", `a "quote" and \ back`, "tab\tnew\nline\r\b\f\x01\x1f\x7f",
		"<b>&amp;</b>", "line\u2028para\u2029end", "bad \xff\xfe utf-8", "emoji \U0001F600", "\u00e9"}
	for i, v := range odd {
		s := stored{EID: v, Label: odd[(i+1)%len(odd)], Heading: odd[(i+2)%len(odd)], Text: odd[(i+3)%len(odd)],
			URL: odd[(i+4)%len(odd)], Lead: odd[i:min(i+2, len(odd))], Support: odd[:i%3]}
		if have, want := s.appendJSON(nil), marshal(s); !bytes.Equal(have, want) {
			t.Errorf("%q:\nhave %s\nwant %s", v, have, want)
		}
	}
}
