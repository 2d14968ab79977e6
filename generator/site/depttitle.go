package site

import (
	"strings"
	"unicode/utf8"

	"plansite/generator/link/dept"
	"plansite/generator/plan"
	"plansite/generator/view"
)

// deptTitle is the name a department's page is titled by in lang. Plans
// write a department by the short form their own government uses
// (省商务厅, 市财政局), so in a library of several governments the pages
// of Anhui's and Jiangxi's 省商务厅, or Mingxi's and Anhua's 县住建局
// (County Housing and Urban-Rural Development Bureau), would share a
// title and a heading. There the Chinese title is ownName's, and an
// English name that does not name its government's place is followed by
// the government (… Bureau (Mingxi County)); a site of one government,
// and the national bodies, keep the name.
func deptTitle(lang string, d *dept.Department, g *DeptGov) string {
	if g == nil {
		return d.NameIn(lang)
	}
	if lang == view.SourceLang {
		return ownName(d.Name, d.FullName(), g.Gov)
	}
	name := d.NameIn(lang)
	if g.Gov == nil || g.Gov.National || g.Gov.EN == "" || plan.HasHan(g.Gov.EN) || strings.Contains(name, firstWord(g.Gov.EN)) {
		return name
	}
	if d.Alike() {
		// One bracket: District Transport Bureau (区交通局; Enyang
		// District, Bazhong).
		return d.ByRule + " (" + d.Name + "; " + g.Gov.EN + ")"
	}
	return name + " (" + g.Gov.EN + ")"
}

// ownName is the Chinese name of a body of government g that says whose it
// is: name itself when it holds g's (淄川区人民政府, 中共淄川区委) or g is
// not known, else its full name where the registry gives one (安徽省商务厅),
// else g's name in place of the level it opens with (省粮食和物资储备局 of
// Jiangxi: 江西省粮食和物资储备局), not of a word a level's character opens
// (市场监督管理部门 of Beijing, which read 北京市场监督管理部门: levelCharWords). Other names
// (南昌海关) stay as written.
func ownName(name, full string, g *dept.Government) string {
	if g == nil || g.Name == "" || strings.Contains(name, g.Name) {
		return name
	}
	if full != "" {
		return full
	}
	r, size := utf8.DecodeRuneInString(name)
	if strings.ContainsRune("省市区县州旗盟", r) && strings.HasSuffix(g.Name, string(r)) && len(name) > size && !levelCharWord(name) {
		return g.Name + name[size:]
	}
	return name
}

// levelCharWords are words a level's character opens that a body's name
// opens with: 市场 (market: 市场监督管理部门), 市容 (city appearance), 区域
// (region). Others are the level and a word (市民政局 is 市 and 民政局,
// 市政府 市 and 政府), which ownName reads so.
const levelCharWords = " 市场 市容 区域 "

// levelCharWord reports whether name opens with one of levelCharWords.
func levelCharWord(name string) bool {
	rs := []rune(name)
	return len(rs) > 2 && strings.Contains(levelCharWords, " "+string(rs[:2])+" ")
}

// firstWord is s's first word, the place of a government's English name
// (Mingxi of Mingxi County), "" when s has none.
func firstWord(s string) string {
	place, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	return place
}
