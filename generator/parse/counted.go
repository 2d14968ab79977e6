package parse

import (
	"regexp"
	"strconv"

	"plansite/generator/plan"
)

// countedItem is an item numbered N、 whose text opens with a figure (1、2年内
// 无自有住房登记信息和交易记录。): read alone it is no numbering, since 1、2
// may count months or years (1、2月份) in running text.
var countedItem = regexp.MustCompile(`^([0-9]{1,2})、[0-9０-９]`)

// markCountedItems reads a line opening N、 and a figure as item N where
// item N+1 (N+1、) follows within the next three lines: the list's
// numbering settles what the line alone cannot.
func (p *parser) markCountedItems() {
	for i, l := range p.lines {
		m := countedItem.FindStringSubmatch(l.text)
		if m == nil {
			continue
		}
		if _, ok := l.number(); ok {
			continue
		}
		n := atoi(m[1])
		for j, seen := i+1, 0; j < len(p.lines) && seen < 3; j++ {
			if p.lines[j].blank() {
				continue
			}
			seen++
			if num, ok := p.lines[j].number(); ok && num.kind == plan.KindItem && num.ordinal == n+1 && num.num == strconv.Itoa(n+1)+"、" {
				p.lines[i].counted = true
				break
			}
		}
	}
}

// countedNumber is the item number of a line markCountedItems marked.
func countedNumber(text string) numbered {
	m := countedItem.FindStringSubmatch(text)
	num := m[1] + "、"
	return numbered{plan.KindItem, num, atoi(m[1]), text[len(num):], rankItem}
}
