package library

import (
	"fmt"
	"strings"
	"testing/fstest"
)

// departments are the departments the tasks of Plan name.
var departments = []string{"区教体局", "区发展改革局", "区财政局", "区人力资源社会保障局", "区卫生健康局", "区自然资源局", "区住房城乡建设局", "区委编办"}

// Plan is a plan of n items, ten to a section and ten sections to a part,
// each item a task with a department responsible, as plans are; an item is
// about 200 bytes, so Plan(25000) is a seed of about 5 MB.
func Plan(n int) []byte {
	var b strings.Builder
	b.WriteString("某区教育发展规划\n\n")
	for i := range n {
		if i%100 == 0 {
			fmt.Fprintf(&b, "%s、第%d方面的任务\n\n", numeral(i/100+1), i/100+1)
		}
		if i%10 == 0 {
			fmt.Fprintf(&b, "（%s）第%d组任务\n\n", numeral(i/10%10+1), i/10+1)
		}
		d := departments[i%len(departments)]
		fmt.Fprintf(&b, "%d．推进第%d项工作。到%d年，完成%d所学校的改造，覆盖率达到%d%%。（%s负责）\n\n", i%10+1, i+1, 2025+i%5, i%97+3, i%60+40, d)
	}
	return []byte(b.String())
}

// RepeatedPlan is a plan of n copies of one part, numbered 一、 each time:
// careless input whose repeated numbers the parser must name in linear
// time.
func RepeatedPlan(n int) []byte {
	unit := "一、加快发展\n\n（一）推进改革。坚持教育优先发展，办好人民满意的教育。（区教体局负责）\n\n" +
		"1．完善制度。到2025年，学前教育毛入园率达到95%。（区教体局、区财政局负责）\n\n"
	return []byte("某区教育发展规划\n\n" + strings.Repeat(unit, n))
}

// ItemsFor is how many items make Plan about size bytes long.
func ItemsFor(size int) int {
	n := size / len(Plan(100)) * 100
	return max(n, 1)
}

// SinglePlan returns a project whose only plan is seed (seeds/<slug>.txt),
// with the frozen project's templates and vocabulary (registry, glossary,
// synonyms, site settings) but none of its plan's translation, works.yaml
// or aliases.
func SinglePlan(slug string, seed []byte) (fstest.MapFS, error) {
	m, err := Project(0)
	if err != nil {
		return nil, err
	}
	for name := range m {
		if strings.HasPrefix(name, "content/en/") || name == "content/works.yaml" || name == "content/aliases.yaml" {
			delete(m, name)
		}
	}
	m["seeds/"+slug+".txt"] = &fstest.MapFile{Data: seed}
	return m, nil
}

// numeral writes 1 to 999 as plans number their parts.
func numeral(n int) string {
	digits := []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	var s string
	if h := n / 100; h > 0 {
		s += digits[h] + "百"
		if n%100 > 0 && n%100 < 10 {
			s += "零"
		}
	}
	if t := n / 10 % 10; t > 0 {
		if t > 1 || n >= 100 {
			s += digits[t]
		}
		s += "十"
	}
	return s + digits[n%10]
}
