package site

import (
	"strings"
	"unicode/utf8"

	"plansite/generator/link/dept"
	"plansite/generator/view"
)

// deptTitle is the name a department's page is titled by in lang. Plans
// write a department by the short form their own government uses
// (省商务厅, 市财政局), so in a library of several governments the Chinese
// pages of Anhui's and Jiangxi's 省商务厅 would share a title and a
// heading. There, a department whose name does not say its government
// is titled by its full name (安徽省商务厅), else by its government's name
// in place of the level it begins with (江西省商务厅). Other names (南昌海关,
// 中共明溪县委), English ones and a site of one government keep the name.
func deptTitle(lang string, d *dept.Department, g *DeptGov) string {
	name := d.NameIn(lang)
	if lang != view.SourceLang || g == nil || g.Gov == nil || g.Gov.Name == "" || strings.HasPrefix(d.Name, g.Gov.Name) {
		return name
	}
	if full := d.FullName(); full != "" {
		return full
	}
	r, size := utf8.DecodeRuneInString(d.Name)
	if strings.ContainsRune("省市区县州旗盟", r) && strings.HasSuffix(g.Gov.Name, string(r)) && len(d.Name) > size {
		return g.Gov.Name + d.Name[size:]
	}
	return name
}
