package parse

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"plansite/generator/plan"
)

// A government portal's page prints a metadata block above the text, which
// an extraction of the page keeps, in one of these layouts:
//
//	索引号：000-2022-01        索  引  号: 000 (labels padded with spaces or NBSP)
//	索引号: 000 组配分类: 通知    (several entries side by side)
//	[发文字号] 京市监发〔2025〕21号
//	索引号                      (the label on one line, the value on the next)
//	50000007/2022-1663341
//
// portal reads such a block at the start of the file into the document's
// metadata (p.portal), takes it out of the text with one warning, and
// removes page debris (时间, 来源, 浏览次数, 打印, 关闭, and the links to
// 相关解读 a page puts under the text) wherever it stands (debris.go).

// bracketLabel is "[key] value" or "【key】value".
var bracketLabel = regexp.MustCompile(`^[\[【]([^\]】]{1,12})[\]】]\s*(.*)$`)

// label reports whether s (trimmed) is a metadata label, and its name.
func label(s string) (string, bool) {
	k := labelKey(s)
	_, ok := metaLabels[k]
	return k, ok
}

// MetaLabel splits s, a line of a portal's metadata block or a cell of its
// table, into a label (spaces taken out) and its value: "[主题分类] 科技教育",
// "索  引  号: 000", or a label alone, whose value is "". A label must be
// marked as one — bracketed, followed by a colon, or alone — so that 标题
// in running text is none; ok is false when s is no such entry.
func MetaLabel(s string) (key, value string, ok bool) {
	s = strings.TrimSpace(s)
	if m := bracketLabel.FindStringSubmatch(s); m != nil {
		key, ok = label(m[1])
		return key, strings.TrimSpace(strings.TrimLeft(m[2], ":：")), ok
	}
	if i := strings.IndexAny(s, ":："); i > 0 {
		if key, ok = label(s[:i]); ok {
			_, size := utf8.DecodeRuneInString(s[i:])
			return key, strings.TrimSpace(s[i+size:]), true
		}
	}
	key, ok = label(s)
	return key, "", ok
}

// MetaPairs splits s, a line of a portal's metadata block or a cell of
// its table, into its entries as metaPairs does: several printed side by
// side in one cell (索引号：… 主题分类：, 文号：发布日期：2026-06-26) are
// each an entry, a label left empty among them with the value "".
func MetaPairs(s string) ([][2]string, bool) { return metaPairs(s) }

// metaPairs splits s, a line of a portal's metadata block, into its
// entries (MetaLabel): one, or several printed side by side, each a label
// with its colon ("生成日期: 2019-01-23 文号: 发文日期: 2019-01-23").
func metaPairs(s string) ([][2]string, bool) {
	k, v, ok := MetaLabel(s)
	if !ok {
		return nil, false
	}
	fields := strings.Fields(v)
	for i, f := range fields {
		key := f
		if j := strings.IndexAny(f, ":："); j > 0 {
			key = f[:j]
		} else if i+1 == len(fields) || !strings.HasPrefix(fields[i+1], ":") && !strings.HasPrefix(fields[i+1], "：") {
			continue // no colon after it: a word of the value
		}
		at := i
		if _, isLabel := label(key); !isLabel {
			// A label spaced out to the width of the others (文    号:).
			if i == 0 || utf8.RuneCountInString(fields[i-1]) > 2 {
				continue
			}
			if _, isLabel := label(fields[i-1] + key); !isLabel {
				continue
			}
			at = i - 1
		}
		rest, ok := metaPairs(strings.Join(fields[at:], " "))
		if !ok {
			continue
		}
		return append([][2]string{{k, strings.Join(fields[:at], " ")}}, rest...), true
	}
	return [][2]string{{k, v}}, true
}

// registration is a 统一登记号 standing alone, the number a normative
// document is registered under (AHDR-2022-01008).
var registration = regexp.MustCompile(`^[A-Z]{2,8}[-－]\d{4}[-－]\d{2,8}$`)

// registrationLine takes a 统一登记号 printed on its own line at the head
// of the text (a page's article repeats it above the 发文字号) out of the
// text with a warning: no field of the metadata takes it.
func (p *parser) registrationLine() {
	for j, seen := 0, 0; j < len(p.lines) && seen < 5; j++ {
		l := &p.lines[j]
		if l.blank() {
			continue
		}
		seen++
		if registration.MatchString(l.text) {
			p.drop(l.n, l.text, "registration number")
			p.warn(l.n, "kept the 统一登记号 %s out of the text, as no field of the metadata takes it", l.text)
			l.raw, l.text = "", ""
			return
		}
	}
}

func (p *parser) portalBlock() {
	p.pageDebris()
	defer p.registrationLine()
	start := p.blockStart()
	if start < 0 {
		return
	}
	var pairs [][2]string
	end := start // one past the block's last line
	labels := 0
	for j := start; j < len(p.lines); j++ {
		t := blockText(p.lines[j])
		if t == "" {
			continue
		}
		kvs, ok := metaPairs(t)
		if !ok {
			kvs, ok = spacedPairs(t, labels)
		}
		if ok {
			if len(kvs) > 1 {
				pairs = append(pairs, kvs...)
				labels += len(kvs)
				end = j + 1
				continue
			}
			k, v := kvs[0][0], kvs[0][1]
			if v == "" {
				// The value is on the next line, unless that is a label
				// too; after a colon, only if the page indented it under
				// its label (• 索引号: over 6107280000/2024-001005), as
				// the text after a block's last, empty entry is not.
				if n := p.nonBlank(j+1, 1); n >= 0 {
					nt := strings.TrimSpace(p.lines[n].text)
					under := !strings.ContainsAny(t, ":：]】") || indent(p.lines[n].raw) > indent(p.lines[j].raw)
					if _, _, isLabel := MetaLabel(nt); under && !isLabel && utf8.RuneCountInString(nt) <= 60 {
						v, j = nt, n
					}
				}
			}
			pairs = append(pairs, [2]string{k, v})
			labels++
			end = j + 1
			continue
		}
		if labels >= 2 && !plan.HasHan(t) && utf8.RuneCountInString(t) <= 40 {
			// A code left over from the block (a 统一登记号 printed
			// after its neighbours' values): part of the block.
			pairs = append(pairs, [2]string{"", t})
			end = j + 1
			continue
		}
		break
	}
	if labels < 2 {
		return
	}
	p.headingAbove(start, end)
	var unused []string
	for j := start; j < end; j++ {
		if !p.lines[j].blank() {
			p.drop(p.lines[j].n, p.lines[j].text, "portal metadata")
			p.lines[j].raw, p.lines[j].text = "", ""
		}
	}
	for _, kv := range pairs {
		p.lawDatabase = p.lawDatabase || kv[0] == "效力级别"
		if kv[0] == "" || metaLabels[kv[0]] == "" {
			if kv[1] != "" {
				unused = append(unused, strings.TrimSpace(kv[0]+" "+kv[1]))
			}
			continue
		}
		p.portal = append(p.portal, kv)
	}
	msg := "read the portal's metadata block (lines %d–%d) into the document's metadata"
	if len(unused) > 0 {
		p.warn(p.lines[start].n, msg+"; kept out, as no field takes them: %s", p.lines[start].n, p.lines[end-1].n, strings.Join(unused, "; "))
	} else {
		p.warn(p.lines[start].n, msg, p.lines[start].n, p.lines[end-1].n)
	}
}

// blockText is a line of a metadata block without the bullet a page may
// print before each entry (• 索引号:).
func blockText(l line) string {
	t := strings.TrimLeft(strings.TrimSpace(l.text), "•·● ")
	if rest, ok := strings.CutPrefix(t, "-"); ok && strings.HasPrefix(rest, " ") {
		return strings.TrimLeft(rest, " ") // - 索引号:, as a list's hyphen
	}
	if strings.Count(t, "|") >= 2 {
		return pipeRow(t)
	}
	if strings.Count(t, "【") >= 2 {
		return bracketRow(t)
	}
	return t
}

// bracketRow is a line of a metadata block whose labels stand in 【】 side
// by side (【发布文号】…令第116号 【发布日期】2016-12-06 【失效日期】), written
// as entries with colons; a line whose first bracket holds no label is left
// as it is.
func bracketRow(t string) string {
	var b strings.Builder
	for i, part := range strings.Split(t, "【")[1:] {
		k, v, ok := strings.Cut(part, "】")
		if _, isLabel := label(k); !ok || !isLabel {
			if i == 0 {
				return t
			}
			b.WriteString("【" + part) // a bracket of the value's
			continue
		}
		if i > 0 {
			b.WriteString(" ")
		}
		b.WriteString(k + "：" + strings.TrimSpace(v))
	}
	if !strings.HasPrefix(t, "【") {
		return t
	}
	return b.String()
}

// pipeRow is a row of a metadata table that an extraction printed with
// its cells between bars (索引号 | 001008003001086/2020-42401 | ||, 组配分类
// | 部门文件 | 发布机构 | 山福镇 |), written as entries with colons
// (组配分类：部门文件 发布机构：山福镇); a row whose first cell is no
// label is left as it is.
func pipeRow(t string) string {
	var cells []string
	for _, c := range strings.Split(t, "|") {
		if c = strings.TrimSpace(c); c != "" {
			cells = append(cells, c)
		}
	}
	if len(cells) == 0 {
		return t
	}
	if _, ok := label(cells[0]); !ok {
		return t
	}
	var b strings.Builder
	for i, c := range cells {
		if _, ok := label(c); ok {
			if i > 0 {
				b.WriteString(" ")
			}
			b.WriteString(c + "：")
			continue
		}
		b.WriteString(c)
	}
	return b.String()
}

// maxAboveBlock is how many lines a page prints above its metadata block:
// the title, repeated, and the time and source of the posting.
const maxAboveBlock = 4

// blockStart returns the index of the first line of the portal's metadata
// block, or of the first non-blank line where there is none: the block
// opens the text, or follows a few short lines that are no text of the
// plan's body (the title a page prints above it, once or twice).
func (p *parser) blockStart() int {
	first := p.nonBlank(0, 1)
	for j, seen := first, 0; j >= 0 && seen <= maxAboveBlock; j, seen = p.nonBlank(j+1, 1), seen+1 {
		t := blockText(p.lines[j])
		if _, ok := metaPairs(t); ok {
			return j
		}
		if _, ok := spacedPairs(t, 0); ok {
			return j
		}
		if _, isNum := classify(t); isNum || utf8.RuneCountInString(t) > 80 || strings.HasSuffix(t, "。") || strings.HasSuffix(t, "：") || strings.HasSuffix(t, ":") {
			break // the body has begun
		}
	}
	return first
}

// maxLabelWords is how many words a label spaced out over a table's cell
// spans (索 引 号, 有 效 性).
const maxLabelWords = 4

// spacedPairs splits s, a line of a metadata block a page prints as a
// table without colons ("索 引 号 MB1534522/2023-05475 发文日期 2023-01-03"),
// into its entries: it opens with a label, whose characters may stand
// apart, and each further label (the longest run of words that is one)
// ends the value before it. Without a colon to mark them, labels are
// taken only where a line holds two, or where the block has begun
// (inBlock entries read before it).
func spacedPairs(s string, inBlock int) ([][2]string, bool) {
	fields := strings.Fields(s)
	labelAt := func(i int) (string, int) {
		for k := min(maxLabelWords, len(fields)-i); k >= 1; k-- {
			if key, ok := label(strings.Join(fields[i:i+k], "")); ok {
				return key, k
			}
		}
		return "", 0
	}
	key, k := labelAt(0)
	if k == 0 {
		return nil, false
	}
	var pairs [][2]string
	from := k
	for i := k; i < len(fields); i++ {
		next, nk := labelAt(i)
		if nk == 0 {
			continue
		}
		pairs = append(pairs, [2]string{key, strings.Join(fields[from:i], " ")})
		key, from = next, i+nk
		i += nk - 1
	}
	pairs = append(pairs, [2]string{key, strings.Join(fields[from:], " ")})
	if len(pairs) < 2 && inBlock == 0 {
		return nil, false
	}
	return pairs, true
}

// headingAbove takes out the lines a page prints above its metadata block
// (lines start to end) that the document's title under the block repeats:
// they are the page's heading, not a second title (or a preamble's first
// paragraph), and are kept in Dropped with a warning.
func (p *parser) headingAbove(start, end int) {
	below, k := p.peek(end)
	if k < 0 {
		return
	}
	for j := 0; j < start; j++ {
		l := &p.lines[j]
		if l.blank() || !sameTitle(l.text, below.text) {
			continue
		}
		p.drop(l.n, l.text, "page heading")
		p.warn(l.n, "took the page's heading %q out of the text: the title under the metadata block is the same", l.text)
		l.raw, l.text = "", ""
	}
}
