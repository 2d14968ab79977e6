package target

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"

	"plansite/generator/internal/testproject"
	"plansite/generator/link/dept"
	"plansite/generator/parse"
	"plansite/generator/plan"
)

// short renders a target for comparison: indicator | cmp value unit |
// change per | deadline | strive.
func short(t *Target) string {
	s := t.Indicator
	if q := strings.TrimSpace(t.Comparator + " " + t.Value + " " + t.Unit); q != "" {
		s += " | " + q
	}
	if t.Change != "" || t.Per != "" {
		s += " | " + strings.TrimSpace(t.Change+" "+t.Per)
	}
	if t.Deadline != "" {
		s += " | by " + t.Deadline
	}
	if t.Strive {
		s += " | strive"
	}
	return s
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"percentages with 以上 over both",
			"完善学生体质健康测试和年度通报制度，实施学校体育教师配备和场地器材建设三年行动计划，到2025年学生体质健康测试优良率、合格率达到55%、95%以上。",
			[]string{"学生体质健康测试优良率 | ≥ 55 % | by 2025", "学生体质健康测试合格率 | ≥ 95 % | by 2025"}},
		{"a yearly decrease",
			"多种方式配齐配全中小学校医、健康副校长，构建儿童青少年近视监测预警机制，总体近视率每年降低不少于1个百分点。",
			[]string{"总体近视率 | ≥ 1 个百分点 | decrease 每年"}},
		{"a deadline, then counts",
			"设立淄川区学生心理健康发展服务中心，2022年年底前，配齐配足中小学心理健康教育专兼职教师。各中小学至少配备1名专兼职心理健康教育教师，超过1000人规模的学校必须配备专职教师。",
			[]string{"配齐配足中小学心理健康教育专兼职教师 | by 2022-12-31", "各中小学配备专兼职心理健康教育教师 | ≥ 1 名"}},
		{"超过 and the full-width percent sign",
			"引导和支持民办幼儿园提供普惠优质服务，全区普惠性幼儿园覆盖率超过90％。",
			[]string{"全区普惠性幼儿园覆盖率 | > 90 %"}},
		{"超过, and 一类以上 is no number",
			"积极争创省级示范幼儿园和省级一类幼儿园，全区省一类以上幼儿园占比超过60%。",
			[]string{"全区省一类以上幼儿园占比 | > 60 %"}},
		{"达到…以上",
			"幼儿教师专科及以上学历占比达到85%以上，新进幼儿教师全面实现持证上岗。",
			[]string{"幼儿教师专科及以上学历占比 | ≥ 85 %"}},
		{"a ratio",
			"强化日常监管，原则上每5所幼儿园配备1名责任督学。",
			[]string{"配备责任督学 | = 1 名 | 每5所幼儿园"}},
		{"力争 with a year",
			"实施学前教育发展提升行动计划，推动国家学前教育普及普惠区建设工作，力争2024年创建为国家学前教育普及普惠县。",
			[]string{"创建为国家学前教育普及普惠县 | by 2024 | strive"}},
		{"a Chinese numeral after 至少",
			"每个镇至少建成一所具有独立法人资格的公办中心幼儿园，全面实行镇（街道、开发区）村一体化管理体制。",
			[]string{"每个镇建成具有独立法人资格的公办中心幼儿园 | ≥ 1 所"}},
		{"counts sharing a verb",
			"实施职业学校高水平专业建设工程，建成5个市级高水平中职专业，2个省级高水平中职专业。",
			[]string{"建成市级高水平中职专业 | = 5 个", "建成省级高水平中职专业 | = 2 个"}},
		{"a yearly increase, about",
			"优化提升经费投入保障水平，力争区级财政教育投入年均增长10%左右。",
			[]string{"区级财政教育投入 | ≈ 10 % | increase 年均 | strive"}},
		{"a weekly minimum",
			"将劳动教育必修课程作为实施劳动教育的重要渠道，中小学劳动教育课每周不少于1课时。",
			[]string{"中小学劳动教育课 | ≥ 1 课时 | 每周"}},
		{"once a year",
			"定期开展教育开放月活动，落实“山东省中小学家访八条”要求，实现每名学生每年至少家访一次。",
			[]string{"每名学生家访 | ≥ 1 次 | 每年"}},
		{"a quotation closed by a straight quote hides nothing after it",
			"全面提升“12345\"政务热线服务水平。各级大厅综合一窗率达90%以上。",
			[]string{"各级大厅综合一窗率 | ≥ 90 %"}},
		{"at most once, a promise to the public",
			"企业和群众办理不动产登记最多跑一次。",
			[]string{"企业和群众办理不动产登记跑 | ≤ 1 次"}},
		{"once, counting an act done before its object",
			"每个社区每年至少开展一次消防演练。",
			[]string{"每个社区开展消防演练 | ≥ 1 次 | 每年"}},
		{"a range with an em dash",
			"开展丰富多彩的阳光体育大课间活动，推广武术、花样跳绳等中华传统体育项目，让每位学生掌握1—2项运动技能。",
			[]string{"每位学生掌握运动技能 | = 1–2 项"}},
		{"a range with a hyphen",
			"鼓励引导社区居民自发组建形式多样的学习团队、活动小组等学习共同体，实现自我组织、自我教育、自我管理、自我服务，在全区范围内培育3-5个高水平社区学习共同体。",
			[]string{"培育高水平社区学习共同体 | = 3–5 个"}},
		{"a benchmark in words",
			"依法维护教师合法权益，健全中小学教师工资正常增长机制和义务教育教师工资与当地公务员工资长效联动机制，确保义务教育教师平均工资收入水平不低于或高于当地公务员平均工资收入水平。",
			[]string{"义务教育教师平均工资收入水平 | ≥ 当地公务员平均工资收入水平"}},
		{"no decrease",
			"确保一般公共预算教育支出和按在校学生人数平均的一般公共预算教育支出两个只增不减。",
			[]string{"一般公共预算教育支出和按在校学生人数平均的一般公共预算教育支出 | ≥ | no-decrease"}},
		{"within three years",
			"采取可视化运维，力争在三年内形成教育系统完善的网络安全管理体系。",
			[]string{"形成教育系统完善的网络安全管理体系 | by P3Y | strive"}},
		{"a dated goal",
			"到2025年，基本建成高质量教育体系，教育治理效能明显提升。",
			[]string{"基本建成高质量教育体系 | by 2025"}},
		{"a project's count",
			"计划支持8所幼儿园新建、改扩建以及改造提升（设施设备、玩教具配备以及“改水”“改厨”“改暖”“改院”等重点部位改造等）,提升办园条件。",
			[]string{"支持幼儿园新建、改扩建以及改造提升 | = 8 所"}},
		{"a project's deadline",
			"推进特殊教育学校建设，到2025年达到省定办学条件标准，全面推进随班就读工作，争创省级示范区、省级示范校。",
			[]string{"达到省定办学条件标准 | by 2025"}},
		{"one of a kind",
			"夯实中职教育基础地位，实施办学条件提升行动，建成一所高水平中职学校。",
			[]string{"建成高水平中职学校 | = 1 所"}},
		{"a run ending in 和, shared out by 分别",
			"到2024年，全省与其他RCEP国家货物贸易、对外投资和实际利用外资分别占比达30%、20%和10%。",
			[]string{"全省与其他RCEP国家货物贸易占比 | ≥ 30 % | by 2024", "对外投资占比 | ≥ 20 % | by 2024", "实际利用外资占比 | ≥ 10 % | by 2024"}},
		{"达 of 抵达 is no comparator",
			"对RCEP国家货物抵达海关监管作业场所且符合正常放行条件的48小时放行。",
			[]string{"对RCEP国家货物抵达海关监管作业场所且符合正常放行条件的放行 | = 48 小时"}},
		{"within so many hours (内 is no word of the indicator)",
			"对RCEP国家货物抵达海关监管作业场所且符合正常放行条件的48小时内放行，其中，易腐货物和快件、空运货物、空运物品，实行6小时内放行便利措施。",
			[]string{"对RCEP国家货物抵达海关监管作业场所且符合正常放行条件的放行 | ≤ 48 小时", "实行放行便利措施 | ≤ 6 小时"}},
		{"内 after a count begins a word",
			"引进100家内资企业。",
			[]string{"引进内资企业 | = 100 家"}},
		{"a value alone in its clause is the previous clause's",
			"对跨行业跨领域工业互联网平台省级给予奖补，最高3000万元；",
			[]string{"对跨行业跨领域工业互联网平台省级给予奖补 | ≤ 3000 万元"}},
		{"counts sharing a verb, joined by 和",
			"建成5个市级高水平中职专业和2个省级高水平中职专业。",
			[]string{"建成市级高水平中职专业 | = 5 个", "建成省级高水平中职专业 | = 2 个"}},
		{"a count after 的 that a plan sets, outside a scope clause",
			"针对年产值超过亿元的企业，建成覆盖全省的10个区域中心。",
			[]string{"建成覆盖全省的区域中心 | = 10 个"}},
		{"counts after a condition in another clause",
			"区教研室至少配备1名心理健康教育教研员，常态化开展教研活动。",
			[]string{"区教研室配备心理健康教育教研员 | ≥ 1 名"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var have []string
			for _, x := range Extract(tt.text) {
				have = append(have, short(&x))
				if !strings.Contains(tt.text, strings.TrimSuffix(x.Sentence, "。")) || x.Printed == "" {
					t.Errorf("target %q: sentence %q, printed %q", short(&x), x.Sentence, x.Printed)
				}
			}
			if strings.Join(have, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("\nhave %q\nwant %q", have, tt.want)
			}
		})
	}
}

// TestExtractNone: sentences of the plan whose numbers are not commitments.
func TestExtractNone(t *testing.T) {
	tests := []struct{ name, text string }{
		{"十四五 in quotes", "“十四五”时期是淄川转型跨越、走在前列，奋力争当全市高质量发展重要增长极的重要阶段、关键时期。"},
		{"a year in a book title", "根据《淄博市教育事业发展“十四五”规划》与《淄川区国民经济和社会发展第十四个五年规划和2035年远景目标纲要》等，制定本规划。"},
		{"a document number", "川政发〔2022〕10号"},
		{"5G and IPv6", "教育专网万兆直联，校园无线网络全覆盖，加快推进5G、IPv6等新一代网络技术的规模部署和应用。"},
		{"五育 in quotes", "德智体美劳“五育融合”、学校家庭社会网络“四位一体”全环境立德树人教育生态更加完善。"},
		{"a project name", "“十四五”特殊教育  提升行动"},
		{"a project name with years", "义务教育薄弱环节改善与能力提升行动（2021-2025）"},
		{"1+X", "扎实推进“三教”改革，深入实施1+X证书制度，推动“岗课赛证”综合育人。"},
		{"a code in quotes", "丰富安全教育形式和内容，扎实开展各类安全教育活动，严格落实“1530”教育要求，提升学生安全素养。"},
		{"a policy name in quotes", "落实“人才金政50条”，改进和创新招聘考试内容和办法。"},
		{"a length of schooling", "规划建设从幼儿园到高中全学段衔接的十五年一贯制特殊教育学校，推行免费教育。"},
		{"a five-year programme", "支持淄博理工学校举办五年制高等职业教育。"},
		{"a three-year plan's name", "完善学生体质健康测试和年度通报制度，实施学校体育教师配备和场地器材建设三年行动计划。"},
		{"a condition", "超过1000人规模的学校必须配备专职教师。"},
		{"一 as a word", "打造一批思政“金课”，推出一批精品网络公开课，形成一校一案，实现成长一个家庭、幸福一个社区、和谐一个社会的美好愿景。"},
		{"counted items that are no target", "探索实施家庭、学校、社会三张劳动清单，建立劳动周制度。"},
		{"an ordinal", "第十四个五年规划"},
		{"一次 after 达到: in one go, no count", "把全市各级部门、单位纳入范围，达到一次投入，减少二次开发费用。"},
		{"一次性: a one-off", "对新建成的站点，至少一次性补助到位。"},
		{"every school", "以扩大优质教育资源、办好老百姓家门口每一所学校为目标。"},
		{"counts that describe what a measure is aimed at (针对…的2034种)",
			"指导企业用好中日关税减让承诺，针对首年关税为零的2034种、5年内关税减让显著的2725种出口商品，以机械设备、电气设备和纺织服装等为重点，加大市场开拓力度；"},
		{"counts and a duration that describe what a measure is aimed at",
			"针对首年关税为零的2070种进口商品和5年内关税降幅较大的5048种商品，以汽车零部件、精密仪器、化学品等为重点，加大从日本进口中间产品和项目引进，扩大食品、美妆、母婴等日用消费品进口。"},
		{"a school's name", "发挥淄博四中资源优势，加强深度合作，实施区内高中教师教学交流。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, x := range Extract(tt.text) {
				t.Errorf("unexpected target %q (printed %q)", short(&x), x.Printed)
			}
		})
	}
}

// Plans the tests read: the seed plan and the corpus copies kept by the parser.
const (
	zichuan   = "../../testdata/project/seeds/zichuan-education-2022.txt"
	sdEdu     = "../../parse/testdata/shandong-education-2021.txt"
	sdScience = "../../parse/testdata/shandong-science-2021.txt"
	anhui     = "../../parse/testdata/anhui-industrial-internet-2021.txt"
	anhuiRCEP = "../../testdata/corpus/anhui-rcep-2022.txt"
)

type analysed struct {
	Doc     *plan.Document
	Targets []*Target
}

// analyze parses a plan and finds its targets, led by the departments of
// the project's registry.
func analyze(t testing.TB, file string) analysed {
	t.Helper()
	doc := testproject.ParseFile(t, file)
	reg, err := dept.Load(testproject.FS(), "content/departments.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return analysed{doc, Of(doc, dept.Assign(doc, reg).Lead, Extract, IsReview)}
}

func TestZichuanTargets(t *testing.T) {
	a := analyze(t, zichuan)
	if len(a.Targets) < 15 {
		t.Fatalf("%d targets, want at least 15", len(a.Targets))
	}
	ids := map[string]bool{}
	byPrinted := map[string]*Target{}
	for _, x := range a.Targets {
		if ids[x.ID] {
			t.Errorf("duplicate id %s", x.ID)
		}
		ids[x.ID] = true
		n := a.Doc.Node(x.EID)
		if n == nil || !strings.Contains(n.Text, strings.TrimSuffix(x.Sentence, "。")) {
			t.Errorf("%s: sentence %q is not in the node's text", x.ID, x.Sentence)
		}
		if n != nil && (n.Kind == plan.KindNotice || n.Parent != nil && n.Parent.Kind == plan.KindNotice) {
			t.Errorf("%s: a target from the notice", x.ID)
		}
		byPrinted[x.EID+" "+x.Printed] = x
	}
	tests := []struct {
		key, lead, want string
	}{
		{"part_2__sec_1__item_4 达到55%", "区教体局", "学生体质健康测试优良率 | ≥ 55 % | by 2025"},
		{"part_2__sec_1__item_4 95%以上", "区教体局", "学生体质健康测试合格率 | ≥ 95 % | by 2025"},
		{"part_2__sec_2__item_1 超过65%", "区教体局", "全区公办幼儿园在园幼儿占比 | > 65 %"},
		{"part_2__sec_2__item_1 超过90％", "区教体局", "全区普惠性幼儿园覆盖率 | > 90 %"},
		{"part_2__sec_6__item_3 5个", "区教体局", "建成市级高水平中职专业 | = 5 个"},
		{"part_2__sec_8__item_5 增长10%左右", "区教体局", "区级财政教育投入 | ≈ 10 % | increase 年均 | strive"},
		{"proj_13 3-5个", "区教体局", "培育高水平社区学习共同体 | = 3–5 个"},
		{"part_1__sec_3__para_1 到2025年", "", "基本建成高质量教育体系 | by 2025"},
		{"part_2__sec_2__item_1 力争2024年", "区教体局", "创建为国家学前教育普及普惠县 | by 2024 | strive"},
	}
	for _, tt := range tests {
		t.Run(tt.key, func(t *testing.T) {
			x := byPrinted[tt.key]
			if x == nil {
				t.Fatal("not found")
			}
			lead := ""
			if x.Lead != nil {
				lead = x.Lead.Name
			}
			if short(x) != tt.want || lead != tt.lead {
				t.Errorf("have %q led by %q, want %q led by %q", short(x), lead, tt.want, tt.lead)
			}
		})
	}
}

// TestCorpusTargets: the extraction runs on the corpus without panics,
// takes nothing from the review of achievements (发展基础), and names what
// each target measures (no empty indicator, no bare 和).
func TestCorpusTargets(t *testing.T) {
	for _, file := range []string{sdEdu, sdScience, anhui, anhuiRCEP} {
		t.Run(file, func(t *testing.T) {
			a := analyze(t, file)
			for _, x := range a.Targets {
				if strings.Contains(x.Sentence, "是2015年的") {
					t.Errorf("%s: an achievement taken as a target: %s", x.ID, short(x))
				}
				if x.Comparator == "" && x.Deadline == "" && x.Change == "" {
					t.Errorf("%s: empty target %s", x.ID, short(x))
				}
				if utf8.RuneCountInString(x.Indicator) < 2 {
					t.Errorf("%s: no indicator named: %s", x.ID, short(x))
				}
			}
			fmt.Fprintf(testWriter{t}, "%d targets", len(a.Targets))
		})
	}
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) { w.t.Log(string(p)); return len(p), nil }

func FuzzExtract(f *testing.F) {
	for _, s := range []string{"到2025年，达到55%、95%以上。", "每5所幼儿园配备1名", "至少家访一次", "“1530”", "1—2项", "力争在三年内", "不低于或高于当地平均水平"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, x := range Extract(s) {
			if x.Printed == "" || !strings.Contains(s, strings.TrimSpace(x.Printed)) {
				t.Errorf("printed %q is not in %q", x.Printed, s)
			}
		}
	})
}

// TestExtractTokenSoup feeds Extract random mixtures of the words it reacts
// to; it must neither panic nor print what the text lacks.
func TestExtractTokenSoup(t *testing.T) {
	toks := []string{"到", "2025", "年", "底", "前", "力争", "在", "三", "一", "内", "，", "。", "、", "%", "％", "以上", "左右",
		"个", "所", "名", "每", "5", "至少", "不少于", "不低于", "或高于", "水平", "只增不减", "“", "”", "《", "》", "（", "）",
		"的", "规模", "增长", "降低", "—", "-", "G", "+", "第", "达到", "超过", "建成", "配备", "年均", "每年", "1.5", "万", "家"}
	r := rand.New(rand.NewSource(1))
	for range 20000 {
		var b strings.Builder
		for k := r.Intn(20); k >= 0; k-- {
			b.WriteString(toks[r.Intn(len(toks))])
		}
		s := b.String()
		for _, x := range Extract(s) {
			if !strings.Contains(s, x.Printed) {
				t.Fatalf("Extract(%q): printed %q is not in the text", s, x.Printed)
			}
		}
	}
}

// TestIndicatorTargetRows: a target of an indicator table names the
// indicator's row as its passage (table_1__row_2, 表1第2行), where it named
// the table; its id stays the table's.
func TestIndicatorTargetRows(t *testing.T) {
	text := "某规划\n\n表1 主要指标\n\t指标\n\t2020年\n\t2025年目标\n\t属性\n\n\t学前教育毛入园率（%）\n\t90\n\t95\n\t预期性\n\n\t高中阶段毛入学率（%）\n\t98\n\t99\n\t约束性\n"
	doc, err := parse.Parse("ind.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	ts := Of(doc, func(*plan.Node) *dept.Entry { return nil }, Extract, IsReview)
	var have []string
	for _, x := range ts {
		have = append(have, x.ID+" "+x.EID+" "+x.Indicator)
	}
	want := []string{"table_1-t1 table_1__row_1 学前教育毛入园率（%）", "table_1-t2 table_1__row_2 高中阶段毛入学率（%）"}
	if strings.Join(have, "\n") != strings.Join(want, "\n") {
		t.Errorf("have\n%s\nwant\n%s", strings.Join(have, "\n"), strings.Join(want, "\n"))
	}
}
