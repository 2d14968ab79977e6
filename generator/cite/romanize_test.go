package cite

import "testing"

func TestRomanize(t *testing.T) {
	for _, c := range []struct {
		in    string
		title bool
		want  string
	}{
		{"Plain English", true, "Plain English"},
		{"浙江省城市内涝治理“十四五”规划", true, `Zhejiang Sheng cheng shi nei lao zhi li "shi si wu" gui hua`},
		{"北京市西城区教育委员会", true, "Beijing Shi Xicheng Qu jiao yu wei yuan hui"},
		{"阿坝州人民政府办公室", true, "Aba Zhou ren min zheng fu ban gong shi"},
		{"省粮食和物资储备局", true, "Sheng liang shi he wu zi chu bei ju"},
		{"2020年全省粮食和物资储备改革发展工作要点", true, "2020 nian quan sheng liang shi he wu zi chu bei gai ge fa zhan gong zuo yao dian"},
		{"安徽省关于加快对接《区域全面经济伙伴关系协定》（RCEP）经贸新规则", true,
			`Anhui Sheng guan yu jia kuai dui jie "qu yu quan mian jing ji huo ban guan xi xie ding" (RCEP) jing mao xin gui ze`},
		{"行动计划(2021—2023年)", false, "Xing dong ji hua (2021-2023 nian)"},
		{"Issuing authority: 阿坝州人民政府办公室", true, "Issuing authority: Aba Zhou ren min zheng fu ban gong shi"},
		{"Targets · 阿坝州人民政府办公室 · Plans in the open", true, "Targets · Aba Zhou ren min zheng fu ban gong shi · Plans in the open"},
		{"Issuing authority: 省粮食和物资储备局", true, "Issuing authority: Sheng liang shi he wu zi chu bei ju"},
		{"安徽省推进“三地一区”建设", true, `Anhui Sheng tui jin "san di yi qu" jian she`},
		{"I 现状与评价", false, "I xian zhuang yu ping jia"},
		{"加强区域合作", false, "Jia qiang qu yu he zuo"},
	} {
		if have := Romanize(c.in, c.title); have != c.want {
			t.Errorf("Romanize(%q, %v):\nhave %q\nwant %q", c.in, c.title, have, c.want)
		}
	}
}
