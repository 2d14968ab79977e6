package site

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"

	"plansite/generator/parse"
	"plansite/generator/plan"
	"plansite/generator/pos"
	"plansite/generator/projectfs"
	"plansite/generator/source"
)

// DocCache loads the plans, parsing a seed again only when its bytes
// changed since the last load, so a rebuild after a translation or template
// edit costs no parsing (LoadDocs is a load with an empty cache). A parsed document must therefore be treated
// as read-only by everything that renders it: Render builds per-language
// views around it and never changes it.
//
// The zero value is ready to use; a DocCache is safe for concurrent use, but
// loads are serialised.
type DocCache struct {
	mu     sync.Mutex
	seeds  map[string]cachedDoc // seed file → last parse
	Parsed []string             // seeds parsed by the last Load, for reporting
}

type cachedDoc struct {
	sum [sha256.Size]byte // of the seed's bytes
	doc *plan.Document
}

// Load returns the documents of every seed in name order, reusing the
// previous parse of every seed whose content is unchanged. Comparing
// contents (by SHA-256, so that the cache holds no seed's bytes) rather
// than modification times keeps it correct for editors that restore a
// file's time and for file systems with coarse clocks; reading a plan is
// far cheaper than parsing it.
func (c *DocCache) Load(root fs.FS) ([]*plan.Document, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	names, err := seedNames(root)
	if err != nil {
		return nil, err
	}
	loaded := make([]cachedDoc, len(names))
	parsed := make([]bool, len(names))
	docs, err := parseSeeds(root, names, func(i int, name string, data []byte) (*plan.Document, error) {
		e, ok := c.seeds[name] // c.seeds is only read until all are parsed
		if sum := sha256.Sum256(data); !ok || e.sum != sum {
			doc, err := source.ParseBytes(name, data)
			if err != nil {
				return nil, err
			}
			e = cachedDoc{sum: sum, doc: doc}
			parsed[i] = true
		}
		loaded[i] = e
		return e.doc, nil
	})
	if err != nil {
		// A failed load keeps the old cache, which is still correct for
		// the files it describes.
		return nil, err
	}
	next := make(map[string]cachedDoc, len(names))
	c.Parsed = c.Parsed[:0]
	for i, name := range names {
		next[name] = loaded[i]
		if parsed[i] {
			c.Parsed = append(c.Parsed, name)
		}
	}
	// Seeds that were removed are forgotten.
	c.seeds = next
	return docs, nil
}

// seedNames lists the plans in seeds/ in name order: every file whose
// extension package source reads (.txt, .docx, .pdf, .html, .htm), and old
// .doc and .wps files, which source refuses with advice. Two seeds that
// would publish under one slug are an error.
func seedNames(root fs.FS) ([]string, error) {
	entries, err := fs.ReadDir(root, "seeds")
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	var names []string
	slugs := map[string]string{}
	for _, e := range entries {
		name := "seeds/" + e.Name()
		if !isSeed(e) {
			continue
		}
		if err := checkSeedFile(root, e, name); err != nil {
			return nil, err
		}
		slug := parse.Slug(name)
		if slices.Contains(siteSections, slug) {
			return nil, &pos.Error{File: name, Msg: fmt.Sprintf("the plan %q would be published at /zh/%s/, where the site's own pages are: rename the file", slug, slug)}
		}
		if other, ok := slugs[slug]; ok {
			return nil, &pos.Error{File: name, Msg: fmt.Sprintf("%s and %s would both be the plan %q: keep one of them in seeds/", other, name, slug)}
		}
		slugs[slug] = name
		names = append(names, name)
	}
	if len(names) == 0 {
		return nil, noPlans(root, err != nil)
	}
	sort.Strings(names)
	return names, nil
}

// seedKinds says which files seeds/ takes as plans.
const seedKinds = "a plan's file ending in .txt, .docx, .pdf, .html or .htm"

// noPlans is the error of a project with no plan: seeds/ missing (a
// mistyped -root, a command run in the wrong directory), empty, or
// holding only files that are not plans, the first of which it names. It
// names the project's directory where the reader knows it.
func noPlans(root fs.FS, missing bool) error {
	dir := "seeds/"
	if d := projectfs.Dir(root); d != "" {
		dir = filepath.Join(d, "seeds") + string(filepath.Separator)
	}
	if missing {
		return &pos.Error{File: "seeds", Msg: fmt.Sprintf("no such directory (%s): expected the project's plans there, each %s; is this the project's directory (-root)?", dir, seedKinds)}
	}
	msg := fmt.Sprintf("no plans in %s: expected %s, directly in seeds/", dir, seedKinds)
	switch ws := unreadSeeds(root); len(ws) {
	case 0:
	case 1:
		msg += fmt.Sprintf("; %s is not one", ws[0].File)
	default:
		msg += fmt.Sprintf("; %s and %d more are not", ws[0].File, len(ws)-1)
	}
	return &pos.Error{File: "seeds", Msg: msg}
}

// siteSections are the site's own directories beside the plans' under
// /<lang>/ (departments.go, glossary.go, library.go, search.go); a plan of
// one of these names would be published where they are.
var siteSections = []string{"departments", "glossary", "plans", "search"}

// isSeed reports whether the entry of seeds/ is a plan's file: not hidden,
// not a directory, with an extension package source reads or one it
// refuses with advice (.doc, .wps).
func isSeed(e fs.DirEntry) bool {
	ext := strings.ToLower(path.Ext(e.Name()))
	return !e.IsDir() && !strings.HasPrefix(e.Name(), ".") && (source.Accepts(e.Name()) || ext == ".doc" || ext == ".wps")
}

// unreadSeeds are warnings naming what seedNames passes over in seeds/
// (but hidden files, editors' backups and Windows's thumbnails): a plan
// saved as .md, .rtf or .odt, or put in a folder, is not published, and
// the editor should hear so.
func unreadSeeds(root fs.FS) []plan.Warning {
	entries, _ := fs.ReadDir(root, "seeds") // seedNames reports a failure
	var ws []plan.Warning
	for _, e := range entries {
		switch name := strings.ToLower(e.Name()); {
		case isSeed(e), strings.HasPrefix(name, "."), strings.HasPrefix(name, "#"), strings.HasSuffix(name, "~"),
			name == "thumbs.db", name == "desktop.ini": // editors' and systems' own files
		case e.IsDir():
			ws = append(ws, pos.Error{File: "seeds/" + e.Name(), Msg: "not read: a folder; plans go directly in seeds/"})
		default:
			ws = append(ws, pos.Error{File: "seeds/" + e.Name(), Msg: "not read: a plan's file ends in .txt, .docx, .pdf, .html or .htm (plain text: rename it .txt)"})
		}
	}
	return ws
}
