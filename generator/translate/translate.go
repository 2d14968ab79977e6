// Package translate reads the translations of plans and aligns them with
// the Chinese text by eId.
//
// # Files
//
// The translation of a plan into a language lives in content/<lang>/<slug>/
// as Markdown files (any names; one per part, the notice and the key-project
// table by convention), read through package markdown. A file is a sequence
// of units. A unit is an ATX heading that carries the eId it translates and
// the fingerprint of the Chinese it was made from, then the body: every
// block up to the next heading.
//
//	### Improving the exemplary system for intellectual education {#part_2__sec_1__item_3 zh="1a2b3c4d"}
//
//	Strictly implement the national curriculum plans …
//
// A node whose Chinese has no heading (a paragraph, the document number, a
// signature) gets a headless unit: `#### {#part_1__sec_1__para_1 zh="…"}`.
// The heading's level is for the translator's eye only; structure comes
// from the Chinese, so the level is ignored. Numbers (二、 （一） 1．) are
// not translated: pages print them from the Chinese numbering.
//
// Responsibility lists are not translated either: pages render them from
// the department registry's English names.
//
// Every heading must carry an eId; a file is rejected, with file:line,
// for a heading without one, an eId given twice (in any file of the plan),
// an attribute block goldmark cannot read, an attribute other than the id
// and zh, or text before the first heading.
//
// # Fingerprints
//
// zh is Fingerprint of the Chinese node: the first 8 hex digits of the
// SHA-256 of the node's heading, a line feed, its running text without the
// responsibility parenthetical, and for tables every header and body cell,
// each followed by a line feed. Numbering and the responsibility
// parenthetical are left out: the eId already names the number, and
// departments are not translated by hand. When the Chinese changes, the
// recorded fingerprint no longer matches and the unit is stale. A unit
// without zh is unstamped; `go run ./generator check -stamp` writes the
// current fingerprint into every unstamped unit (and, with -restamp, into
// stale ones once their English has been revised).
//
// # Which nodes need a unit
//
// Needs: every node that has words of its own (a heading, running text or
// table cells), except dates, which pages print from the ISO date in the
// reader's language. Containers without text (notice, conclusions, a part
// whose heading is missing) need none. A node that needs a unit and has
// none is missing; pages show its Chinese, marked lang="zh-Hans", with a
// "translation pending" note. A unit whose eId the Chinese lacks is
// orphaned.
//
// # Glossary
//
// content/glossary.yaml fixes the English rendering of recurring terms
// (LoadGlossary). CheckTerms lists the units whose Chinese uses a term and
// whose English lacks its rendering; `check` reports them and the
// repository's tests hold the shipped translation to zero. Department
// names are not glossary terms: the department registry (package link)
// names them.
//
// # Exchange with CAT tools
//
// Export writes a plan's translation as an XLIFF 2.1 file (package xliff):
// a unit per node that needs one, its id the eId, pls:zh the fingerprint of
// the Chinese exported, a segment "h" for the heading and "t" for the text
// (English as written, Markdown, as target), states final (current),
// translated (unstamped, or pre-filled: subState pls:memory) and initial
// (missing, or stale: subState pls:stale). Memory pre-fills whole segments
// from the project's current translations, department names and glossary
// terms, and offers similar translated Chinese as match candidates. Apply
// writes an XLIFF file's targets back into the Markdown files, touching
// only the units whose English changes (see Apply). Align measures a
// translation's Progress by units and by characters of the Chinese.
package translate

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"path"
	"sort"

	"plansite/generator/pos"
	"plansite/generator/textfile"
)

// Unit is the translation of one node.
type Unit struct {
	EID     string
	Heading string        // plain text; "" for a headless unit
	Body    template.HTML // the blocks up to the next heading
	Inline  template.HTML // Body without <p> when it is paragraphs only, joined by <br>; else ""
	Text    string        // Body without markup
	ZH      string        // fingerprint of the Chinese it was made from; "" if unstamped
	File    string        // path of the Markdown file
	Line    int           // line of the unit's heading

	// The unit as written, for tools that write units back (import):
	HeadingMD string // the heading's Markdown between the #s and the attribute block
	BodyMD    string // the body's Markdown, without the blank lines around it
	Level     int    // the heading's level (number of #s)
	End       int    // last line of the unit: the line before the next heading, or the file's last
}

// Pos is the unit's file:line.
func (u *Unit) Pos() string { return fmt.Sprintf("%s:%d", u.File, u.Line) }

// Doc is the translation of one plan into one language.
type Doc struct {
	Slug  string
	Lang  string
	Units []*Unit // in file name order, then source order
	byEID map[string]*Unit
}

// Unit returns the unit for eid, or nil.
func (d *Doc) Unit(eid string) *Unit {
	if d == nil {
		return nil
	}
	return d.byEID[eid]
}

// Set is every translation into one language, by plan slug.
type Set struct {
	Lang string
	Docs map[string]*Doc
	// parsed are the units of each file this load read, by name and
	// content, for the next load (LoadReusing).
	parsed map[string]parsedFile
}

// Doc returns the translation of the plan slug, or nil.
func (s *Set) Doc(slug string) *Doc {
	if s == nil {
		return nil
	}
	return s.Docs[slug]
}

// Dir is where the translations into lang live.
func Dir(lang string) string { return "content/" + lang }

// Load reads content/<lang>/<slug>/*.md from fsys. A missing directory is
// an empty set. All problems in all files are returned together.
func Load(fsys fs.FS, lang string) (*Set, error) { return LoadReusing(fsys, lang, nil) }

// LoadReusing is Load, taking the units of each file whose content is
// what prev (a previous load of the same project, or nil) read, so that
// the preview's next load parses only the files an editor changed. Units
// are never modified once parsed, so loads share them.
func LoadReusing(fsys fs.FS, lang string, prev *Set) (*Set, error) {
	set := &Set{Lang: lang, Docs: map[string]*Doc{}, parsed: map[string]parsedFile{}}
	var before map[string]parsedFile
	if prev != nil {
		before = prev.parsed
	}
	entries, err := fs.ReadDir(fsys, Dir(lang))
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return set, nil
		}
		return nil, err
	}
	var errs pos.List
	for _, e := range entries {
		if dir, err := isDir(fsys, path.Join(Dir(lang), e.Name()), e); err != nil {
			return nil, err
		} else if !dir {
			continue
		}
		d, err := loadDoc(fsys, lang, e.Name(), before, set.parsed)
		if err != nil {
			if es, ok := err.(pos.List); ok {
				errs = append(errs, es...)
				continue
			}
			return nil, err
		}
		set.Docs[d.Slug] = d
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return set, nil
}

// isDir reports whether the entry e at name is a plan's directory, or a
// symbolic link to one: a link is followed (and one out of the project
// refused, by the project's fs.FS), not skipped as if it were a file.
func isDir(fsys fs.FS, name string, e fs.DirEntry) (bool, error) {
	if e.Type()&fs.ModeSymlink == 0 {
		return e.IsDir(), nil
	}
	fi, err := fs.Stat(fsys, name)
	if err != nil {
		return false, err
	}
	return fi.IsDir(), nil
}

// loadDoc reads the translation of one plan, parsing a file only when
// before lacks its content, and records every file's units in after.
func loadDoc(fsys fs.FS, lang, slug string, before, after map[string]parsedFile) (*Doc, error) {
	names, err := fs.Glob(fsys, path.Join(Dir(lang), slug, "*.md"))
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	d := &Doc{Slug: slug, Lang: lang, byEID: map[string]*Unit{}}
	var errs pos.List
	for _, name := range names {
		src, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		if err := textfile.Check(name, src); err != nil {
			return nil, err
		}
		f, ok := before[name]
		if sum := sha256.Sum256(src); !ok || f.sum != sum {
			f.sum = sum
			f.units, f.err = ParseFile(name, src)
		}
		after[name] = f
		units, err := f.units, f.err
		if es, ok := err.(pos.List); ok {
			errs = append(errs, es...)
		} else if err != nil {
			return nil, err
		}
		for _, u := range units {
			if prev := d.byEID[u.EID]; prev != nil {
				errs.Add(u.File, u.Line, "eId %s already translated at %s", u.EID, prev.Pos())
				continue
			}
			d.byEID[u.EID] = u
			d.Units = append(d.Units, u)
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return d, nil
}

// parsedFile is what ParseFile made of a file's content.
type parsedFile struct {
	sum   [sha256.Size]byte
	units []*Unit
	err   error
}
