// Package search builds Plansite's static full-text index, one per language,
// and evaluates queries exactly as the browser client does, so that Go tests
// judge the ranking readers get.
//
// # Contract
//
// Build turns neutral Docs (filled by the site for each language) into files
// that the site writes, unchanged, into one folder per language, by default
// <root>/<lang>/search/ beside the results page. Open reads those files back;
// (*Index).Query is the Go mirror of the client's query(). The tokenizer,
// the posting format and the scoring below are implemented twice — here and
// in templates/assets/search-core.js and templates/assets/search-index.js — and the parity
// tests run both on the same queries (under Node when it is installed, in
// headless Chromium when that is), comparing rankings and scores exactly.
//
// An Indexer makes the same files as Build, byte for byte, from the plans
// added one at a time, and hands each file to Options.Put as it is made:
// a plan's passage chunks as soon as the plan is indexed, the token
// shards, go-to buckets and manifest when Finish merges the plans' posting
// lists. A build streams a library's index to disk so, keeping of each
// plan only its encoded posting lists and a few numbers per passage.
//
// # A library of plans
//
// One index per language covers every plan of the site, so that a query
// is ranked across the library (N and document frequencies of all plans)
// and its answer is the same wherever it is asked. Index.QueryIn takes a
// Scope: the plan searched first (a plan page's box) moves that plan's
// passages ahead, and a plan or issuer filter keeps some plans'; neither
// ranks anew. The client groups the results page by plan.
//
// The files are laid out so that what a first query downloads grows with
// the number of plans only through the manifest's few numbers per plan and
// per passage: a passage's lengths travel in its posting groups, a plan's
// chunks are named by one hash, token shards are named by one hash per 32
// and known by short separators, the go-to table is cut into buckets by a
// hash of the key. site.FirstQueryBytes measures it on a built site.
//
// # Client
//
// templates/assets/search.js is loaded on every page (data-root names the site
// root relative to the page); it loads search-core.js and search-index.js
// from its own folder when a search box is focused, a results page
// (#search-results, ?q=…) opens, or a page is reached from a result
// (?highlight=…#eId). Everything is resolved from the script's own URL and
// data-root, so the site works from any static host and under a sub-path.
// The results page reads ?first= (the plan searched first: a plan page's
// box sends it from a hidden field), ?plan= and ?issuer= (its filters).
//
// # Tokenizer
//
// Text is normalised first: full-width forms U+FF01–FF5E become ASCII
// (９５％ → 95%), U+3000 a space, A–Z and À–Þ lower case, curly apostrophes
// straight. It is then cut into words, each occupying positions: a Latin word
// or a number takes one position, every character of a gram run one.
//
//   - Gram runs: maximal runs of Han characters; in a Chinese ("zh") index also
//     digits, '%' and a '.' between digits. A run yields every character as a
//     unigram and every adjacent pair as a bigram. Any substring of a run is
//     therefore found by the bigrams it contains (one character: its
//     unigram), with no dictionary; the same tokenizer reads the query.
//   - Latin words: letters (and in an "en" index digits) with inner
//     apostrophes; lower-cased; stop words (StopWords) are dropped but keep
//     their position; pure-letter ASCII words are stemmed with Snowball
//     English (Porter2, as github.com/kljensen/snowball).
//   - Numbers (en index): digits with inner '.' and thousands ',' (removed);
//     a following '%' makes two tokens at one position: 55% and 55.
//
// # Files
//
//	manifest.json   everything a query needs besides postings: tokenizer
//	                mode, scoring constants, the plans ("docs": slug, title,
//	                note telling it from others of that title, URL,
//	                issuers, n passages, c chunk sizes, h the hash naming
//	                its chunks, ut true when not translated into the
//	                index's language; a plan's passages follow the last plan's),
//	                per passage its kind ("kind", into "kinds") and how far
//	                back its parent is ("up", 0 for none), the entity →
//	                passage links ("ents"), the token shards ("shards":
//	                groups of [hash, separator, separator, …]) and the go-to
//	                buckets ("goto")
//	t/<hash>-<j>.json
//	                token shard j of a group: ["token", [postings], …]
//	                covering a range of tokens sorted by UTF-16 code units;
//	                a shard's separator is the shortest start of its first
//	                token that sorts after the last token before it
//	p/<hash>-<k>.json
//	                chunk k of a plan: [{e,l,h,t,u,ld,sd}, …] for consecutive
//	                passages: eId, label, heading, text, URL if not the
//	                plan's, lead and supporting department names
//	g/<hash>.json   a go-to bucket, loaded when a query reads as a passage
//	                number: {key: [passage, …]}, keys being cite keys
//	                ("2.1.3", "proj7") and "eid:" + eIds, retired eIds
//	                (Doc.Moved) naming their successors; a key is in bucket
//	                FNV-1a-32(its UTF-16 code units) mod the bucket count
//
// The manifest also carries the synonym rows ("syn": [word, searched as
// well, …]) and the glossary terms of the language ("gloss"); an English
// one, each glossary term's Chinese forms by its entity ("gz"), which a
// result found through the term carries (Result.Marks) for its snippet
// to mark where the passage is not translated yet.
//
// File names carry a content hash, so they can be cached forever; only the
// manifest must be revalidated. A posting list is a flat array of groups
// [dUnit, field, count, lengths…, pos, dPos, …]: dUnit is the unit id minus
// that of the previous group, positions are delta-coded. A negative count
// means the group carries no positions (one-character gram tokens, but for
// a digit or Chinese numeral, and a character standing alone in its field,
// which a passage number's phrase needs). Unit ids below the passage count
// are passages, whose groups carry lengths: a heading group the heading's
// and the text's, any other group the text's.
// The rest are entities (departments, key projects, glossary terms), whose
// names are indexed once and reach their passages through the manifest's
// links; their groups carry no lengths.
//
// # One box
//
// Query is what the box shows: a query that package cite's Parse reads as
// a passage number (二（一）3, 2.1.3, II (1) 3, 第二部分（一）3, 重点项目7,
// Table 2 item 7, an eId) names passages through the go-to table, which
// the box goes straight to, the results following. The box lists the
// first GotoShown — the plan searched first's, then plans in the index's
// language, then untranslated plans (Doc.Untranslated), each in library
// order — and says how many plans have the number (Answer.GotoPlans),
// linking to the results page, which lists the same and the rest on
// request (Scope.AllGotos: each passage listed costs its plan's chunk). A
// query that names passages finds in the text only the passages holding
// every one of its terms and its phrase (a reference quoting the label),
// not every passage with "part" or 二 in it (a number typed in Chinese has
// a phrase of its own, labelPhrase: 三（二） is found in 按照三（二）的要求). The query is ranked as
// typed and again with each synonym of content/synonyms.yaml replaced
// (SynonymsFile); every passage keeps its best rank, with the query that
// found it (Result.Q, which the client marks and highlights). When no
// passage holds every word of the query, the answer is partial: Chinese
// runs of four or more characters are searched again in pairs and glossary
// terms sharing a word are suggested. search-core.js (label, expand,
// splitRuns, suggest) and search-index.js (query) do the same.
//
// # Scoring
//
// A query is cut into terms with the index tokenizer: each Latin word,
// number or gram run is a term. A run of one character is its unigram; a
// longer run is the bigrams at every other offset plus the last, which cover
// every character, so they occur at the right offsets exactly where the run
// does. The last Latin word of three or more letters, when the query ends
// in it, also matches the tokens it prefixes (search as you type).
//
// A query of two or more Latin words and numbers (after-school, number of
// teachers) has one more term, the phrase: its words' tokens at their
// query offsets. It counts only where it occurs exactly (never scattered
// or by prefix), adds a tier, and takes no part in the adjacency bonus or
// in a key project's bonus: passages holding the phrase come first, the
// stemmed words still find the rest.
//
// For each term and passage: c_f, the count in field f, is the number of
// contiguous occurrences in the passage's own field (a prefix-only one
// counts 0.5), but for those of a gram run that lie strictly inside a
// longer glossary term (养老 in 房屋养老金: compound.go), which count 0; when all the term's tokens occur but nowhere in sequence,
// 0.25 goes to the text field. Each linked entity (department, key project,
// glossary term) in which the term occurs adds 1 (prefix-only 0.5,
// scattered 0.25) to the link's field. The term's tier is 1 when it occurs
// exactly somewhere, 0.5 when only scattered or by prefix, 0 when absent.
//
//	score  = Σ_terms idf · Σ_f w_f · c_f(k1+1) / (c_f + k1·norm_f)
//	idf    = √((N+1) / (df+0.5))        N passages, df passages where the term occurs
//	norm_f = 1 − b + b·len_f/avgLen_f   for heading and text, 1 for the other fields
//
// Fields and weights (manifest "w"): heading 3, text 1, targets 1.5,
// keywords 0.6, lead department 2, supporting department 1, key project 1.5,
// glossary 0.5; k1 = 1.2, b = 0.75. The score is then multiplied by
// 1 + 0.5·(adjacent term pairs)/(terms − 1) — a pair is adjacent when the
// second term starts at most one position later than in the query, in one
// field of the passage or of one linked entity — and by 1.5 for a key
// project whose heading or own project name holds every term; then rounded
// to 1e-6. A passage that shares its nearest matching ancestor's tier and
// has at least half its score pushes that ancestor's score to 0.99 of its
// own, so a task ranks above its section (passages are visited from last to
// first). Results are ordered by the sum of tiers (all terms over some,
// exact over scattered), then score, then document order. The arithmetic
// uses only + − × ÷ and √, so Go and JavaScript agree to the bit.
package search

// Doc is one plan in one language, as the index sees it. The site fills it.
type Doc struct {
	Slug     string
	Title    string
	Note     string   // what tells the plan apart from others of its title (a number, an issuer), or ""
	URL      string   // the plan's page, relative to the site root: "zh/zichuan-education-2022/"
	Issuers  []string // the issuing authorities (several when joint), which readers filter by
	Passages []Passage

	// Untranslated marks a plan whose text is not in the index's language
	// (an English index of a plan not yet translated holds its Chinese):
	// the passages a number names list it after the plans a reader of the
	// language can read.
	Untranslated bool

	// Goto maps go-to keys (cite.Key: "2.1.3", "proj7") to eIds, and Moved
	// retired eIds to current ones, for the search box to go straight to a
	// passage typed by number. Keys of nodes that are not passages are
	// left out.
	Goto  map[string]string
	Moved map[string]string
	// Ambiguous maps keys that name several passages of the plan to their
	// eIds, in document order: the box lists them all, and goes to none.
	Ambiguous map[string][]string
}

// Passage is one searchable unit of a plan: a part, section, task, paragraph,
// key project or wrapper node. Its eId is the HTML id it is linked to.
type Passage struct {
	EID     string
	Parent  string // eId of the enclosing passage; "" at top level
	Kind    string // plan.Kind: part, section, item, project, paragraph, …
	Label   string // 二（一）4 / II (1) 4
	Heading string
	Text    string
	URL     string // page holding the passage, relative to the site root; "" means Doc.URL

	Departments []Department // lead and supporting departments
	Projects    []Project    // key projects the passage belongs to; a project's own passage lists itself
	Targets     []string     // targets and indicators stated for the passage: "体质健康优良率55%"
	Keywords    []string     // further search words, e.g. the heading in the other language
}

// Department is a department named for a passage. Name is shown; Aliases
// (full name, short forms, the other language's names) are searched too.
type Department struct {
	Name    string
	Aliases []string
	Lead    bool
}

// Project is a key project a passage belongs to, found by any of its names.
type Project struct {
	Name    string
	Aliases []string // e.g. the name in the other language
}

// Term is a glossary entry (content/glossary.yaml). A passage whose heading
// or text contains one of the forms of its language is found by all forms
// of both languages; in an English index a Chinese form counts too, for a
// passage not yet translated, whose Chinese the English page shows.
type Term struct {
	Zh        string   `yaml:"zh" json:"zh"`
	En        string   `yaml:"en" json:"en"`
	AliasesZh []string `yaml:"aliases_zh" json:"aliases_zh,omitempty"`
	AliasesEn []string `yaml:"aliases_en" json:"aliases_en,omitempty"`
	// Plans are the plans whose sense of the term En is (translate.Term's
	// plans: 体育 physical education in an education plan, sports
	// elsewhere); none, every plan's. A passage of another plan using Zh
	// is not found by En and its aliases.
	Plans []string `yaml:"plans" json:"-"`
}

// Options tunes Build. The zero value is ready to use.
type Options struct {
	Glossary   []Term
	Synonyms   []Synonym // the table's entries for the index's language
	ShardBytes int       // target raw size of a token shard; default 8 KiB
	ChunkBytes int       // target raw size of a passage chunk; default 1 KiB
	SkipGzip   bool      // leave the gzip sizes of Stats zero: faster, e.g. for live reload

	// Put receives each file of the index as it is made, named relative
	// to the index folder (an Indexer needs it; Build collects the files).
	Put func(name string, data []byte) error
}
