package source

import (
	"encoding/xml"
	"strconv"
	"strings"
)

// Word's automatic numbering (word/numbering.xml) is not in the text of the
// paragraphs, yet a plan's headings are numbered with it: 一、, （一）, 1.,
// ①. numbering renders each numbered paragraph's number as Word prints it.

// numLevel is one level of an abstract numbering definition.
type numLevel struct {
	start   int
	format  string // numFmt: decimal, chineseCounting, decimalEnclosedCircle …
	text    string // lvlText: "%1、", "（%1）", "%1.%2"
	restart int    // lvlRestart: restart after a level above this one (1-based); -1 when not given
	legal   bool   // isLgl: every level shown as decimal
	suffix  string // suff: tab (the default), space or nothing
}

// numbering is the numbering definitions of a document and the counters of
// its lists as the paragraphs are read in order.
type numbering struct {
	abstract map[string]map[int]*numLevel // abstractNumId → level → definition
	nums     map[string]numInstance       // numId → instance
	styles   map[string]numRef            // paragraph style → its numbering
	counters map[string][]int             // abstractNumId → counter per level
	started  map[string]bool              // numIds already used (overrides apply once)
}

type numInstance struct {
	abstract  string
	overrides map[int]int // level → startOverride
	levels    map[int]*numLevel
}

// numRef is a paragraph's reference to a list: numId and level.
type numRef struct {
	id    string
	level int
	set   bool // the paragraph (or style) names a level
}

// xml shapes of numbering.xml, matched by local name so that both
// transitional and strict Office XML read.
type xNumbering struct {
	Abstract []struct {
		ID     string   `xml:"abstractNumId,attr"`
		Levels []xLevel `xml:"lvl"`
	} `xml:"abstractNum"`
	Nums []struct {
		ID        string `xml:"numId,attr"`
		Abstract  xVal   `xml:"abstractNumId"`
		Overrides []struct {
			Level int     `xml:"ilvl,attr"`
			Start *xVal   `xml:"startOverride"`
			Lvl   *xLevel `xml:"lvl"`
		} `xml:"lvlOverride"`
	} `xml:"num"`
}

type xLevel struct {
	Level   int   `xml:"ilvl,attr"`
	Start   *xVal `xml:"start"`
	Format  *xVal `xml:"numFmt"`
	Text    *xVal `xml:"lvlText"`
	Restart *xVal `xml:"lvlRestart"`
	Legal   *xVal `xml:"isLgl"`
	Suffix  *xVal `xml:"suff"`
}

type xVal struct {
	Val string `xml:"val,attr"`
}

func (l xLevel) level() *numLevel {
	n := &numLevel{start: 1, format: "decimal", restart: -1, suffix: "tab"}
	if l.Start != nil {
		n.start = atoiOr(l.Start.Val, 1)
	}
	if l.Format != nil {
		n.format = l.Format.Val
	}
	if l.Text != nil {
		n.text = l.Text.Val
	} else {
		n.text = "%" + strconv.Itoa(l.Level+1) + "."
	}
	if l.Restart != nil {
		n.restart = atoiOr(l.Restart.Val, -1)
	}
	if l.Legal != nil {
		n.legal = l.Legal.Val == "" || l.Legal.Val == "1" || l.Legal.Val == "true" || l.Legal.Val == "on"
	}
	if l.Suffix != nil {
		n.suffix = l.Suffix.Val
	}
	return n
}

func atoiOr(s string, def int) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	return def
}

// parseNumbering reads numbering.xml; nil data gives empty definitions.
func parseNumbering(data []byte) (*numbering, error) {
	nb := &numbering{abstract: map[string]map[int]*numLevel{}, nums: map[string]numInstance{},
		styles: map[string]numRef{}, counters: map[string][]int{}, started: map[string]bool{}}
	if data == nil {
		return nb, nil
	}
	var x xNumbering
	if err := xml.Unmarshal(data, &x); err != nil {
		return nil, err
	}
	for _, a := range x.Abstract {
		lv := map[int]*numLevel{}
		for _, l := range a.Levels {
			lv[l.Level] = l.level()
		}
		nb.abstract[a.ID] = lv
	}
	for _, n := range x.Nums {
		in := numInstance{abstract: n.Abstract.Val, overrides: map[int]int{}, levels: map[int]*numLevel{}}
		for _, o := range n.Overrides {
			if o.Start != nil {
				in.overrides[o.Level] = atoiOr(o.Start.Val, 1)
			}
			if o.Lvl != nil {
				in.levels[o.Level] = o.Lvl.level()
			}
		}
		nb.nums[n.ID] = in
	}
	return nb, nil
}

// xStyles is the part of styles.xml that says which paragraph styles number
// their paragraphs (heading styles often do).
type xStyles struct {
	Styles []struct {
		ID      string `xml:"styleId,attr"`
		BasedOn *xVal  `xml:"basedOn"`
		NumPr   *struct {
			Level *xVal `xml:"ilvl"`
			ID    *xVal `xml:"numId"`
		} `xml:"pPr>numPr"`
	} `xml:"style"`
}

// addStyles records the numbering of paragraph styles, following basedOn.
func (nb *numbering) addStyles(data []byte) error {
	if data == nil {
		return nil
	}
	var x xStyles
	if err := xml.Unmarshal(data, &x); err != nil {
		return err
	}
	based := map[string]string{}
	for _, s := range x.Styles {
		if s.BasedOn != nil {
			based[s.ID] = s.BasedOn.Val
		}
		if s.NumPr != nil && s.NumPr.ID != nil {
			r := numRef{id: s.NumPr.ID.Val}
			if s.NumPr.Level != nil {
				r.level, r.set = atoiOr(s.NumPr.Level.Val, 0), true
			}
			nb.styles[s.ID] = r
		}
	}
	for id := range based {
		if _, ok := nb.styles[id]; ok {
			continue
		}
		seen := map[string]bool{id: true}
		for b := based[id]; b != "" && !seen[b]; b = based[b] {
			seen[b] = true
			if r, ok := nb.styles[b]; ok {
				nb.styles[id] = r
				break
			}
		}
	}
	return nil
}

// lvl returns the definition of level i of list id, overrides applied.
func (nb *numbering) lvl(id string, i int) *numLevel {
	in, ok := nb.nums[id]
	if !ok {
		return nil
	}
	if l, ok := in.levels[i]; ok {
		return l
	}
	return nb.abstract[in.abstract][i]
}

// next advances list id at level i and returns the number as printed,
// with what Word puts after it; "" when the paragraph is not numbered.
func (nb *numbering) next(id string, i int) string {
	if id == "" || id == "0" || i < 0 || i > 8 {
		return ""
	}
	in, ok := nb.nums[id]
	l := nb.lvl(id, i)
	if !ok || l == nil {
		return ""
	}
	// Lists that share an abstract definition continue one another, as in
	// Word, unless an instance restarts a level with startOverride.
	c := nb.counters[in.abstract]
	if c == nil {
		c = make([]int, 9)
		nb.counters[in.abstract] = c
	}
	if !nb.started[id] {
		nb.started[id] = true
		for lv, start := range in.overrides {
			if lv >= 0 && lv < 9 {
				c[lv] = start - 1
			}
		}
	}
	if c[i] == 0 {
		c[i] = l.start - 1
	}
	c[i]++
	for j := i + 1; j < 9; j++ {
		d := nb.lvl(id, j)
		restart := j // by default a level restarts after any level above it
		if d != nil && d.restart >= 0 {
			restart = d.restart
		}
		if i < restart {
			c[j] = 0
		}
	}
	num := l.text
	for j := range 9 {
		ph := "%" + strconv.Itoa(j+1)
		if !strings.Contains(num, ph) {
			continue
		}
		d := nb.lvl(id, j)
		v, format := c[j], "decimal"
		if d != nil {
			if v == 0 {
				v = d.start
			}
			if !l.legal || j == i {
				format = d.format
			}
		}
		num = strings.ReplaceAll(num, ph, formatNumber(v, format))
	}
	if l.format == "none" {
		num = strings.ReplaceAll(l.text, "%"+strconv.Itoa(i+1), "")
	}
	if num == "" {
		return ""
	}
	switch l.suffix {
	case "nothing":
	default: // tab or space: a space the way the text would print it
		last := []rune(num)[len([]rune(num))-1]
		switch {
		case last < 0x80:
			num += " "
		case wideLetter(last):
			num += "\u3000"
		}
	}
	return num
}

// wideLetter reports whether r is a CJK character (not punctuation such as
// 、 or ）, after which no space is printed).
func wideLetter(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF
}
