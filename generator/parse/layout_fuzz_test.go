package parse

import (
	"sort"
	"strings"
	"testing"
	"unicode/utf8"
)

// linesOf turns text into the parser's lines, as parseText does.
func linesOf(text string) *parser {
	p := &parser{file: "fuzz.txt"}
	p.split(text)
	return p
}

// keptText is what the lines and the dropped layout hold, whitespace aside.
func keptText(p *parser) string {
	var b strings.Builder
	for _, l := range p.lines {
		b.WriteString(l.raw)
	}
	for _, d := range p.dropped {
		b.WriteString(d.Text)
	}
	return sortedRunes(squeezeAll(b.String()))
}

func sortedRunes(s string) string {
	rs := []rune(s)
	sort.Slice(rs, func(i, j int) bool { return rs[i] < rs[j] })
	return string(rs)
}

// FuzzLayout checks the layout pass (page breaks, joining wrapped lines,
// titles over several lines, the metadata block) on any text: it never
// panics, and every character is still in a line or in Dropped, where a
// warning names it.
//
//	go test -fuzz=FuzzLayout -fuzztime=60s ./generator/parse
func FuzzLayout(f *testing.F) {
	f.Add(wrappedSeed)
	f.Add("索\u00a0\u00a0引\u00a0\u00a0号: 0145/2020-03655\n发文机关:  省局\n文号: 赣粮办发〔2020〕 3 号\n标题\n某规划\n一、甲\n正文。")
	f.Add("[主题分类] 科技\n[发文字号] 〔〕号\n[有效性] 否\n[文件来源] 政府公报 年 第期\n某规划\n")
	f.Add("索引号\n5000/2022-1\n统一登记号\n发布机构\n安化县\nAHDR-2022-01008\n时间：2022-10-12 来源：县政府 浏览次数：3\n【打印】【关闭】\n")
	f.Add("II某规划\n前    言\n正文(cid:21)。\n- 1 -\n页眉\n\f正文\n— 2 —\n页眉\n正文\n- 3 -\n页眉\n")
	f.Add("明溪县人民政府\n关于印发明溪县促进若\n干措施(修订)的通知\n某措施\n（修订）\n")
	f.Add("甲\n\n乙\n\n丙\n\n\n\n\n\n丁\n\n戊\n\n己\n\n庚\n\n辛\n\n壬\n\n癸\n\n子\n\n丑\n\n寅\n\n卯\n\n辰\n\n巳\n\n午\n\n未\n\n申\n\n酉\n\n")
	f.Add(noticeThenReadingLayout)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || len(text) > 1<<14 {
			return
		}
		text = strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(text)
		p := linesOf(text)
		want := sortedRunes(squeezeAll(debris.ReplaceAllString(strings.ReplaceAll(text, "\f", ""), "")))
		p.layout()
		for _, d := range p.dropped {
			if d.Line < 1 {
				t.Fatalf("dropped %q at line %d", d.Text, d.Line)
			}
		}
		if have := keptText(p); have != want {
			t.Fatalf("characters lost or added by layout:\nhave %q\nwant %q", have, want)
		}
		for _, kv := range p.portal {
			if !strings.Contains(squeezeAll(text), squeezeAll(kv[1])) {
				t.Fatalf("metadata %q=%q is not in the text", kv[0], kv[1])
			}
		}
	})
}

// noticeThenReadingLayout is a notice followed in its file by its 解读
// (the Dongguan provident-fund PDFs), abbreviated.
const noticeThenReadingLayout = "某委员会文件\n东公积金委〔2023〕2 号\n\n某委员会关于阶段性实施\n部分提取政策的通知（暂行）\n\n各缴存人：\n  为贯彻落实有关精神，现实施\n部分提取政策如下：\n  一、购买本市新建商品住房可提取\n住房公积金支付首付款。\n  本通知自印发之日起实施。\n  特此通知\n\n— 2 —\n\f\f        关于阶段性实施部分住房公积金\n            提取政策的解读\n\n  管委会印发《通知》，我中心现\n解读如下：\n  一、关于提取公积金支付首付款\n  为支持刚性住房需求，允许提取。\n\n— 4 —\n\f公开方式：主动公开\n\n某委员会办公室   2023 年 9 月 11 日印发\n"

const wrappedSeed = "    为深入贯彻落实全国稳住经济大盘电视电话会议精神和国\n务院扎实稳住经济一揽子政策措施，激发市场主体发展活力，更\n好满足群众合理住房需求，结合我县实际，制定本措施。\n    一、居民住房消费补贴措施及标准\n    自本文件发布之日起至 2023 年 2 月 20 日止，在我县城市\n规划区内购买新建商品住房的，按所购商品住房面积予以每平\n方米 150 元的补贴，每套最高补贴不超过 2 万元，补贴资金由\n县财政统一拨付。English words wrapped at the\nend of a line join with a space between them and more text\n\n                                    - 1 -\n卖合同可以申请落户，其子女可以按照规定就近入学，享受与\n县城户籍居民同等的基本公共服务，具体办法由县教育局另行\n制定并公布。\n"
