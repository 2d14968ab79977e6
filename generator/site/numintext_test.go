package site_test

import (
	"regexp"
	"strings"
	"testing"
)

// subsidySeed has items and subitems that print a sentence and no heading
// of their own (Beijing's 2026 truck-scrappage rules), beside a titled
// item and a regulation's articles.
const subsidySeed = `某市老旧货车报废更新实施细则

一、补贴对象及标准
（一）补贴对象
1.本实施细则给予补贴的对象包括：
（1）仅报废老旧中型、重型营运货车的车辆所有人。
（2）报废并更新为新能源货车的车辆所有人。
2.加强组织领导。各区要建立工作机制，明确责任分工。
`

const articlesSeed = `某市停车管理规定

第一条 为了加强停车管理，制定本规定。
本规定所称停车场，是指供机动车停放的场所。
第二条 本规定适用于本市行政区域内停车场的管理。
第三条 停车场分为下列类型：
（一）公共停车场；
（二）专用停车场。
`

// TestNumberOpensText: a numbered item or subitem that prints a sentence
// and no heading shows its number at the start of its text, as a
// passage does, where the page printed "1." alone as a heading over the
// sentence; an item with a heading keeps it, and a regulation's article
// keeps 第一条 as its heading.
func TestNumberOpensText(t *testing.T) {
	_, page := buildPages(t, withSeed(t, "subsidy-2026.txt", subsidySeed, "parking-2025.txt", articlesSeed))
	numOnly := regexp.MustCompile(`<h[1-6] class="heading"><span class="num">[^<]*</span> </h[1-6]>`)
	for _, tt := range []struct {
		name, page, want string
	}{
		{"item", "zh/subsidy-2026/index.html", `<p class="text"><span class="num">1.</span>本实施细则给予补贴的对象包括：</p>`},
		{"subitem", "zh/subsidy-2026/index.html", `<span class="num">（1）</span>仅报废老旧中型`},
		{"titled item", "zh/subsidy-2026/index.html", `<span class="num">2.</span> 加强组织领导</h4>`},
		{"item page", "zh/subsidy-2026/part_1__sec_1__item_1/index.html", `<p class="text"><span class="num">1.</span>本实施细则`},
		{"english", "en/subsidy-2026/index.html", `<span class="num">1.</span> `},
		{"article", "zh/parking-2025/index.html", `<span class="num">第一条</span> </h2>`},
		// An article's 项 is (2) in English, as its label says (Art. 3
		// (2)), where it printed 2. as a plan's item.
		{"article item", "en/parking-2025/index.html", `<span class="num">(2)</span> 专用停车场`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := page(tt.page)
			if !strings.Contains(p, tt.want) {
				t.Errorf("have no %s", tt.want)
			}
			if tt.name == "article" || tt.name == "article item" {
				return
			}
			if m := numOnly.FindString(p); m != "" {
				t.Errorf("have a heading of a number alone: %s", m)
			}
		})
	}
}

// TestPermalinkNoteUnlabelled: on a pending node's own page, its
// "Translation pending" note does not repeat the label the page prints
// right above it and in its citations (I (1) 1 three times in a row);
// the nodes under it, and the node on the plan page, keep theirs.
func TestPermalinkNoteUnlabelled(t *testing.T) {
	_, page := buildPages(t, withSeed(t, "subsidy-2026.txt", subsidySeed))
	own := page("en/subsidy-2026/part_1__sec_1__item_1/index.html")
	plan := page("en/subsidy-2026/index.html")
	note := regexp.MustCompile(`<span class="unit-note unit-pending"[^>]*>([^<]*)</span>`)
	notes := note.FindAllStringSubmatch(own, -1)
	if len(notes) < 2 {
		t.Fatalf("have %d pending notes on the item's page, want the item's and its subitems'", len(notes))
	}
	if have, want := notes[0][1], "Translation pending"; have != want {
		t.Errorf("item's own note: have %q, want %q", have, want)
	}
	if have := notes[1][1]; !strings.Contains(have, "(1) · Translation pending") {
		t.Errorf("subitem's note: have %q, want its label", have)
	}
	if !strings.Contains(plan, "Part I (1) 1 · Translation pending") {
		t.Errorf("plan page: the item's note lost its label")
	}
}

// TestAlikeNamesMarked: two departments of one government the rule names
// alike in English say their Chinese names beside, and those Chinese
// names are marked lang="zh-Hans" wherever the English pages print them
// (a task's list, the departments index, the department's own page),
// where they stood unmarked in English text and screen readers read them
// in an English voice.
func TestAlikeNamesMarked(t *testing.T) {
	const seed = `恩阳区交通工作方案

一、重点任务
1.完善道路网络。加快农村公路建设。（区交通局牵头）
2.提升运输服务。优化公交线路。（区交通运输局牵头）

巴中市恩阳区人民政府
2022年5月1日
`
	_, page := buildPages(t, withSeed(t, "enyang-transport-2022.txt", seed))
	for _, tt := range []struct{ page, want string }{
		{"en/enyang-transport-2022/index.html", `Transport Bureau (<span lang="zh-Hans">区交通局</span>)</a>`},
		{"en/enyang-transport-2022/index.html", `Transport Bureau (<span lang="zh-Hans">区交通运输局</span>)</a>`},
		{"en/departments/index.html", `Transport Bureau (<span lang="zh-Hans">区交通局</span>)</a></th>`},
	} {
		if !strings.Contains(page(tt.page), tt.want) {
			t.Errorf("%s: have no %s", tt.page, tt.want)
		}
	}
	idx := page("en/departments/index.html")
	m := regexp.MustCompile(`<a href="([^"]+)/">District Transport Bureau \(<span lang="zh-Hans">区交通局</span>\)</a>`).FindStringSubmatch(idx)
	if m == nil {
		t.Fatal("no link to the department's page in the index")
	}
	own := page("en/departments/" + m[1] + "/index.html")
	if want := `<h1>District Transport Bureau (<span lang="zh-Hans">区交通局</span>; Enyang District, Bazhong)</h1>`; !strings.Contains(own, want) {
		t.Errorf("the department's page has no %s", want)
	}
}

// decimalSeed is an emergency plan numbered by decimals.
const decimalSeed = `某县突发事件应急预案

1 总则

1.1 编制目的

提高应对能力。

1.2 工作原则

（1）统一领导。分级负责。

2 组织体系

2.1 指挥机构

县政府成立指挥部。

2.1.1 办公室职责

负责日常工作。
`

// TestDecimalNumbersEnglish: the English page of a plan numbered by
// decimals prints its numbers as the Chinese does (1, 1.2, 2.1.1), where
// it printed I., (2) and 1., numbers that were not the plan's, and its
// labels say them too.
func TestDecimalNumbersEnglish(t *testing.T) {
	_, page := buildPages(t, withSeed(t, "emergency-2024.txt", decimalSeed))
	p := page("en/emergency-2024/index.html")
	for _, want := range []string{`<span class="num">1</span>`, `<span class="num">1.2</span>`, `<span class="num">2.1.1</span>`, `Section 2.1.1`} {
		if !strings.Contains(p, want) {
			t.Errorf("have no %s", want)
		}
	}
	for _, not := range []string{`<span class="num">I.</span>`, `Part I (2)`} {
		if strings.Contains(p, not) {
			t.Errorf("have %s", not)
		}
	}
}
