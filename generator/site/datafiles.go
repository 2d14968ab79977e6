package site

import (
	"bytes"
	"context"
	"io"
	"maps"
	"runtime"
	"slices"

	"golang.org/x/sync/errgroup"

	"plansite/generator/export"
	"plansite/generator/highlight"
	"plansite/generator/opendata"
	"plansite/generator/plan"
	"plansite/generator/view"
)

// Data files are made from the plans' views and analyses, not from pages:
//
//	/data/<slug>.json, .en.json          export (package export) with package
//	                                     link's departments, links and targets
//	/data/<slug>.csv, .text.csv, .zh.akn.xml (and .en. of each)
//	                                     open data (package opendata)
//	/data/plan.schema.json, /assets/highlight.css
//	/<lang>/search/…                     the search indexes (search.go)
//
// A build makes them one plan and language at a time, side by side with
// the pages, and hands each file to its sink as soon as it is made,
// keeping only what the open-data page shows of it (dataInfo: sizes and
// samples); so a library's data files are never held together. The
// preview makes them into a memory sink on first use (Project.File).

// dataInfo is what the open-data page shows of one plan's files in one
// language: their sizes and the excerpts it highlights.
type dataInfo struct {
	sizes          map[string]int // site path → bytes
	json, csv, akn string         // samples of the JSON, the CSV and the Akoma Ntoso file
	err            error
}

// infoKey names a plan in one language.
type infoKey struct {
	doc  *plan.Document
	lang string
}

// planFiles makes the data files of the plan d in d's language into sink,
// one at a time: the JSON export (written as it is encoded), the CSV of
// responsibilities, the text CSV and the Akoma Ntoso file. It returns what
// the open-data page shows of them.
func (b *builder) planFiles(d *view.Doc, sink Sink) (dataInfo, error) {
	info := dataInfo{sizes: map[string]int{}}
	json := view.DataFile(d, "json", false)
	// One export serves every file: the JSON file's with the plan's
	// metadata in d's language and the link analysis, the open data's
	// without (exportOf).
	x := exportOf(d)
	meta := x.Meta
	x.Meta = d.TranslatedMeta()
	x.Extra = b.linkExport(d)
	// Each file is written to sink as it is made, measured and sampled
	// on its way, never held whole.
	stream := func(name string, mk func(io.Writer) error, head io.Writer) error {
		return putWith(sink, name, func(w io.Writer) error {
			cw := &countWriter{w: w}
			var out io.Writer = cw
			if head != nil {
				out = io.MultiWriter(cw, head)
			}
			err := mk(out)
			info.sizes[name] = cw.n
			return err
		})
	}
	if err := stream(json, x.WriteJSON, nil); err != nil {
		return info, err
	}
	x.Meta, x.Extra = meta, nil
	var err error
	if info.json, err = opendata.SampleJSON(x); err != nil {
		return info, err
	}
	names := b.departments(d.Document)
	head := &lineHead{want: csvSampleRows + 1}
	err = stream(view.DataFile(d, "csv", false), func(w io.Writer) error {
		return opendata.CSV(w, x, b.cfg.BaseURL, func(zh string) string { return names(zh, "en").name })
	}, head)
	if err != nil {
		return info, err
	}
	info.csv = opendata.SampleCSV(head.buf, csvSampleRows)
	err = stream(view.DataFile(d, "text.csv", false), func(w io.Writer) error { return opendata.TextCSV(w, x, b.cfg.BaseURL) }, nil)
	if err != nil {
		return info, err
	}
	work := b.citing.works[d.Slug]
	original := ""
	if d.Lang != view.SourceLang {
		original = work.Identify(d.Document, view.SourceLang).Expression
	}
	sample := &opendata.AKNSample{}
	err = stream(view.DataFile(d, "akn.xml", true), func(w io.Writer) error {
		return opendata.AKN(w, x, work.Identify(d.Document, d.Lang), original, view.AccessedDate(), func(zh string) (string, string) {
			n := names(zh, d.Lang)
			return n.slug, n.name
		})
	}, sample)
	info.akn = sample.String()
	return info, err
}

// csvSampleRows is how many rows of the CSV file the open-data page shows.
const csvSampleRows = 4

// lineHead keeps the start of what is written through it, up to its
// first want lines ended by CRLF, as a CSV file's sample needs.
type lineHead struct {
	buf  []byte
	want int
}

func (h *lineHead) Write(p []byte) (int, error) {
	if bytes.Count(h.buf, []byte("\r\n")) < h.want {
		h.buf = append(h.buf, p...)
	}
	return len(p), nil
}

// countWriter counts what is written through it.
type countWriter struct {
	w io.Writer
	n int
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += n
	return n, err
}

// dataInfo returns what the open-data page shows of d's files (d is a
// plan in one language), making them if no build has made them yet.
func (b *builder) dataInfo(d *view.Doc) dataInfo {
	return b.infos[infoKey{d.Document, d.Lang}].get(func() dataInfo {
		info, err := b.planFiles(d, discard{})
		info.err = err
		return info
	})
}

// putPlanData makes d's data files into sink and records what the
// open-data page shows of them, unless a page has recorded it first. The
// files are made outside the record's once: a sink may wait (the preview's
// check waits until no request is in flight), and a request for the
// open-data page waits on that once.
func (b *builder) putPlanData(d *view.Doc, sink Sink) error {
	info, err := b.planFiles(d, sink)
	info.err = err
	b.infos[infoKey{d.Document, d.Lang}].get(func() dataInfo { return info })
	return err
}

// commonData are the data files shared by every plan.
func commonData() (map[string][]byte, error) {
	css, err := highlight.CSS()
	if err != nil {
		return nil, err
	}
	return map[string][]byte{highlight.CSSPath: css, opendata.SchemaPath: opendata.Schema}, nil
}

// putSorted puts files into sink in name order.
func putSorted(sink Sink, files map[string][]byte) error {
	for _, name := range slices.Sorted(maps.Keys(files)) {
		if err := put(sink, name, files[name]); err != nil {
			return err
		}
	}
	return nil
}

// exportOf builds d's JSON export model without its metadata and link
// analysis, as the open data reads it.
func exportOf(d *view.Doc) *export.Doc {
	x := export.New(d.Document, d.Lang, func(n *plan.Node) (string, string, string) {
		v := d.Find(n.EID)
		return v.GivenHeading(), v.PlainText(), v.URL()
	})
	if d.Lang != view.SourceLang {
		relabelGrouped(d, x.Nodes)
	}
	return x
}

// relabelGrouped gives a grouped key project (cite's group.go) the label
// its pages print, which names its kind of work in the glossary's
// English (view.Node.Label), where export.New names it without the
// glossary; other labels are the same and are left as made.
func relabelGrouped(d *view.Doc, ns []*export.Node) {
	for _, n := range ns {
		if v := d.Find(n.EID); v != nil && len(v.Group) > 0 {
			n.Label = v.Label()
		}
		relabelGrouped(d, n.Children)
	}
}

// dataFiles returns the data exports, open data files, search indexes and
// the sitemap in memory, made on first use, for the preview: a build puts
// them into its sink as they are made instead (renderTo).
func (b *builder) dataFiles() (map[string][]byte, error) {
	r := b.data.get(func() dataResult {
		s := &Site{}
		var g errgroup.Group
		g.SetLimit(runtime.GOMAXPROCS(0))
		for _, job := range b.dataJobs(context.Background(), s) {
			g.Go(job)
		}
		if err := g.Wait(); err != nil {
			return dataResult{err: err}
		}
		return dataResult{site: s}
	})
	if r.err != nil {
		return nil, r.err
	}
	return r.site.Files, nil
}

// dataJobs are the jobs that make the data files into sink, which the
// preview runs side by side and a build one after the other (renderTo):
// the common files, each plan's in each language (a plan's languages one
// after the other: its open-data page shows both), the originals, the
// sitemap and each language's search index.
func (b *builder) dataJobs(ctx context.Context, sink Sink) []func() error {
	jobs := []func() error{func() error {
		files, err := commonData()
		if err != nil {
			return err
		}
		return putSorted(sink, files)
	}}
	for i := range b.docs {
		for _, lang := range view.Langs() {
			d := b.views[lang][i]
			jobs = append(jobs, func() error { return b.putPlanData(d, sink) })
		}
	}
	for _, name := range slices.Sorted(maps.Keys(b.lazy)) {
		jobs = append(jobs, func() error { return putWith(sink, name, b.lazy[name]) })
	}
	jobs = append(jobs, func() error { return putWith(sink, "sitemap.xml", b.writeSitemap) })
	// The search indexes are built one after the other: each holds every
	// plan's passages while it is built.
	for _, lang := range view.Langs() {
		jobs = append(jobs, func() error { return b.putSearchIndex(ctx, lang, sink) })
	}
	return jobs
}
