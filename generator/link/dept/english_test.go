package dept

import (
	"testing"

	"plansite/generator/internal/testproject"
	"plansite/generator/plan"
)

// TestEnglishName names departments the registry lacks by rule where
// every part of the name is known, and leaves the rest to the pinyin.
func TestEnglishName(t *testing.T) {
	zichuan := &Government{Name: "淄川区", EN: "Zichuan District"}
	for _, tt := range []struct {
		zh   string
		gov  *Government
		want string
	}{
		{"区发改局", nil, "District Development and Reform Bureau"},
		{"区教体局", nil, "District Education and Sports Bureau"},
		{"区人社局", nil, "District Human Resources and Social Security Bureau"},
		{"区财政局", nil, "District Finance Bureau"},
		{"省教育厅", nil, "Provincial Department of Education"},
		{"市卫健委", nil, "Municipal Health Commission"},
		{"县政府办", nil, "County Government Office"},
		{"市住房和城乡建设局", nil, "Municipal Housing and Urban-Rural Development Bureau"},
		{"淄川区卫健委", zichuan, "Zichuan District Health Commission"},
		{"北京市西城区教育委员会", &Government{Name: "北京市西城区", EN: "Xicheng District, Beijing"}, "Xicheng District Education Commission"},
		{"北京市西城区委宣传部", &Government{Name: "北京市西城区", EN: "Xicheng District, Beijing"}, "Publicity Department of the CPC Xicheng District Committee"},
		{"淄川区卫健委", nil, "Zichuan District Health Commission"}, // a place of its own
		{"区宇航局", nil, ""},    // a field it does not know
		{"各街道", nil, ""},     // no body
		{"区直各部门", nil, ""},   // no body it knows
		{"立山经济开发区", nil, ""}, // a place
		{"开发区管委会", nil, "Development Zone Management Committee"},
		{"立山经济开发区管理委员会", nil, "Lishan Economic Development Zone Management Committee"},
		{"区经济开发区管委会", nil, ""}, // a level is no place's name
		// The Jiangxi portal's list of 64 projects: short forms, parks,
		// a city's name ending in 州.
		{"赣州经开区管委会", nil, "Ganzhou Economic and Technological Development Zone Management Committee"},
		{"赣州高新区管委会", nil, "Ganzhou High-tech Zone Management Committee"},
		{"鹰潭（贵溪）铜产业循环经济基地管委会", nil, "Yingtan (Guixi) Copper Industry Circular Economy Base Management Committee"},
		{"南昌小蓝经开区管委会", nil, "Nanchang Xiaolan Economic and Technological Development Zone Management Committee"},
		{"景德镇高新区管委会", nil, "Jingdezhen High-tech Zone Management Committee"},
		{"铅山县工业园区管委会", nil, "Yanshan Industrial Park Management Committee"},
		{"省退役军人厅", nil, "Provincial Department of Veterans Affairs"},
		{"省交通厅", nil, "Provincial Department of Transport"},
		{"地方金融监管局", nil, "Local Financial Supervision Bureau"},
		// The Shanghai gift notice's issuers.
		{"市住房城乡建设管理委", nil, "Municipal Housing and Urban-Rural Development and Management Commission"},
		{"市房屋管理局", nil, "Municipal Housing Administration Bureau"},
		{"市自然资源确权登记局", nil, "Municipal Natural Resources Rights Confirmation and Registration Bureau"},
		// The Anqing opinion's issuer (宜公积金委〔2022〕5号).
		{"安庆市住房公积金管理委员会", &Government{Name: "安庆市", EN: "Anqing"}, "Anqing Municipal Housing Provident Fund Management Commission"},
		{"地方宇航局", nil, ""},  // a field it does not know
		{"区发改局牵头", nil, ""}, // not a name
		{"市场监管局", nil, ""},  // no level
		{"区委宣传部", nil, "Publicity Department of the CPC District Committee"},
		{"县委组织部", nil, "Organization Department of the CPC County Committee"},
		{"团区委", nil, "District Committee of the Communist Youth League of China"},
		{"区委", nil, "CPC District Committee"},
		{"中共淄川区委", zichuan, "CPC Zichuan District Committee"},
		{"中共淄川区委办公室", zichuan, "Office of the CPC Zichuan District Committee"},
		{"中共淄川区委宣传部", zichuan, "Publicity Department of the CPC Zichuan District Committee"},
		{"省委办公厅", nil, "General Office of the CPC Provincial Committee"},
		{"北京市人民代表大会常务委员会", nil, "Standing Committee of the Beijing Municipal People's Congress"},
		{"区人大常委会", nil, "Standing Committee of the District People's Congress"},
		{"淄川区人大常委会办公室", zichuan, "Office of the Standing Committee of the Zichuan District People's Congress"},
		{"省人民代表大会", nil, "Provincial People's Congress"},
		{"市政协", nil, "Municipal Committee of the Chinese People's Political Consultative Conference"},
		{"中共淄川区卫健委", zichuan, ""}, // 中共 names no government body
		{"县妇联", nil, "County Women's Federation"},
		{"区法院", nil, "District People's Court"},
		{"县税务局", nil, "County Tax Service"},
		{"区委教育工委", nil, "Education Working Committee of the CPC District Committee"},
		{"区委政研室", nil, ""}, // a committee it does not know
		{"团委", nil, ""},
		{"县农业农村局", nil, "County Agriculture and Rural Affairs Bureau"},
		{"省国资委", nil, "Provincial State-owned Assets Supervision and Administration Commission"},
		{"县市监局", nil, "County Market Regulation Bureau"},
		{"县城管执法局", nil, "County Urban Management and Law Enforcement Bureau"},
		{"省地方金融监管局", nil, "Provincial Local Financial Supervision Bureau"},
		{"省外办", nil, "Provincial Foreign Affairs Office"},
		{"区网信办", nil, "District Cyberspace Affairs Office"},
		{"省通信管理局", nil, "Provincial Communications Administration Bureau"},
		{"区生态环境分局", nil, "District Ecology and Environment Sub-bureau"},
		{"市住房公积金中心", nil, "Municipal Housing Provident Fund Center"},
		{"市住房公积金中心安化管理部", nil, "Anhua Management Department of the Municipal Housing Provident Fund Center"},
		{"市住房公积金中心安化县管理部", nil, "Anhua County Management Department of the Municipal Housing Provident Fund Center"},
		{"市宇航中心安化管理部", nil, "Anhua Management Department of the Municipal Yuhang Center"}, // a centre's words it does not know, in pinyin (kindnames.go)
		{"市招商服务中心", nil, ""},                                                              // a mission in plain words, not a shortened name: no pinyin
		{"市宇航局安化管理部", nil, ""},                                                            // a body it does not know
		{"市住房公积金中心管理部", nil, ""},                                                          // no place
		{"区公安分局", nil, "District Public Security Sub-bureau"},
		{"区委老干部局", nil, "Veteran Cadres Bureau of the CPC District Committee"},
		{"区人武部", nil, "District People's Armed Forces Department"},
		{"县政府金融办", nil, "Financial Affairs Office of the County People's Government"},
		{"区政府教育督导委员会", nil, "Education Supervision Commission of the District People's Government"},
		// A place of its own, in pinyin as one word, its level apart, and
		// the kinds of body of national administrations.
		{"合肥海关", nil, "Hefei Customs"},
		{"合肥市公安局", nil, "Hefei Municipal Public Security Bureau"},
		{"安化县税务局", nil, "Anhua County Tax Service"},
		{"长沙市气象局", nil, "Changsha Municipal Meteorological Bureau"}, // 长 read chang in 长沙
		{"省邮政管理局", nil, "Provincial Postal Administration"},
		{"市消防救援支队", nil, "Municipal Fire and Rescue Detachment"},
		{"国网合肥供电公司", nil, "State Grid Hefei Power Supply Company"},
		{"县供电公司", nil, "County Power Supply Company"},
		{"区交警大队", nil, "District Traffic Police Brigade"},
		{"安徽证监局", nil, "Anhui Bureau of the China Securities Regulatory Commission"},
		{"安徽银保监局", nil, "Anhui Bureau of the China Banking and Insurance Regulatory Commission"},
		{"省外汇管理局", nil, "Provincial Branch of the State Administration of Foreign Exchange"},
		{"人行合肥中心支行", nil, "Hefei Central Sub-Branch of the People's Bank of China"},
		{"人民银行安化县支行", nil, "Anhua County Sub-Branch of the People's Bank of China"},
		{"中国人民银行淄川区支行", zichuan, "Zichuan District Sub-Branch of the People's Bank of China"},
		{"中国出口信用保险公司安徽分公司", nil, "Anhui Branch of China Export & Credit Insurance Corporation"},
		{"省贸促会", nil, "Provincial Council for the Promotion of International Trade"},
		{"省港航集团", nil, "Provincial Port and Shipping Group"},
		{"县住保中心", nil, "County Housing Security Center"},
		{"区规划办", nil, "District Planning Office"},
		{"省铁塔公司", nil, "Provincial Branch of China Tower Corporation"},
		{"各市人民政府", nil, "Municipal People's Governments"},
		{"相关县政府", nil, "Relevant County People's Governments"},
		{"省司法厅", &Government{Name: "安徽省", EN: "Anhui Province"}, "Anhui Provincial Department of Justice"},
		{"市住建局", &Government{Name: "福州市", EN: "Fuzhou"}, "Fuzhou Municipal Housing and Urban-Rural Development Bureau"},
		{"省贸促会", &Government{Name: "安徽省", EN: "Anhui Province"}, "Anhui Provincial Council for the Promotion of International Trade"},
		{"区财政局", zichuan, "District Finance Bureau"}, // a district's bodies are "District …"
		{"省教育厅", zichuan, "Provincial Department of Education"},
		{"合肥", nil, ""},     // a place alone
		{"合肥财政局", nil, ""},  // a government's body after a place without its level
		{"开发区财政局", nil, ""}, // a zone is no district
		{"海关", nil, ""},     // no place
		{"区分局", nil, ""},
		// The rest of the testdata/more library: a place's people's
		// government, merged fields of districts and cities, state
		// enterprises' groups, parks named for an industry, national
		// companies' branches, provincial bodies and their secretariats.
		{"上栗县政府", nil, "Shangli County People's Government"},
		{"樟树市政府", nil, "Zhangshu Municipal People's Government"},
		{"吉安县政府", nil, "Ji'an County People's Government"},
		{"区政府", nil, "District People's Government"},
		{"区乡村振兴局", nil, "District Rural Revitalization Bureau"},
		{"区文广旅局", nil, "District Culture, Radio, Television and Tourism Bureau"},
		{"区教科体局", nil, "District Education, Science and Sports Bureau"},
		{"市城市管理综合执法局", nil, "Municipal Urban Management and Comprehensive Law Enforcement Bureau"},
		{"市政务服务和数据管理局", nil, "Municipal Government Services and Data Management Bureau"},
		{"市公共资源交易中心", nil, "Municipal Public Resources Trading Center"},
		{"区城投集团", nil, "District Urban Construction Investment Group"},
		{"东莞港务集团", nil, "Dongguan Port Group"},
		{"东莞财政局", nil, ""}, // a group, not a government's body, takes a place without its level
		{"恩阳区住房公积金管理部", nil, "Enyang District Housing Provident Fund Management Department"},
		{"南昌临空区管委会", nil, "Nanchang Airport Economic Zone Management Committee"},
		{"袁州区医药工业园管委会", nil, "Yuanzhou Pharmaceutical Industrial Park Management Committee"},
		{"高安市高新技术产业园管委会", nil, "Gao'an High-tech Industrial Park Management Committee"},
		{"高安市建筑陶瓷产业基地管委会", nil, "Gao'an Architectural Ceramics Industrial Base Management Committee"},
		{"鹰潭（贵溪）宇航产业循环经济基地管委会", nil, ""},                    // an industry it does not know
		{"赣州市财政局", nil, "Ganzhou Municipal Finance Bureau"}, // 州 of the name, 市 the level
		{"中国石油化工股份有限公司九江分公司", nil, "Jiujiang Branch of China Petroleum & Chemical Corporation"},
		{"省药监局", &Government{Name: "江西省", EN: "Jiangxi Province"}, "Jiangxi Provincial Medical Products Administration"},
		{"省新闻出版局", nil, "Provincial Press and Publication Bureau"},
		{"省计量院", nil, "Provincial Institute of Metrology"},
		{"省计划生育协会", nil, "Provincial Family Planning Association"},
		{"省消保委秘书处", nil, "Secretariat of the Provincial Consumer Rights Protection Commission"},
		{"省宇航委秘书处", nil, ""}, // a body it does not know
		// the office of a bureau, which issues in its name
		{"江西省市场监管局办公室", nil, "Office of the Jiangxi Provincial Market Regulation Bureau"},
		{"市财政局办公室", nil, "Office of the Municipal Finance Bureau"},
		// ad hoc bodies, by their kind where their mission is free words
		{"领导小组办公室", nil, "Office of the Leading Group"},
		{"省完善促进消费体制机制厅际联席会议成员单位", &Government{Name: "安徽省", EN: "Anhui Province"}, "Member Units of the Anhui Provincial Inter-Departmental Joint Meeting"},
		{"北京市铁路沿线安全环境治理联席会议", nil, "Beijing Municipal Joint Meeting"},
		{"县疫情防控指挥部", nil, "County Headquarters"},
		{"区委教育工作领导小组", nil, "Education Leading Group of the CPC District Committee"},
		{"市促进房地产市场平稳健康发展领导小组办公室", nil, "Office of the Municipal Leading Group"},
		{"区招商工作专班牵头单位", nil, "Lead Units of the District Task Force"},
		{"省教育厅、省财政局联席会议", nil, ""}, // a list, not a mission
		// Chongqing's bodies, in the short forms its rules print
		{"市人力社保局", nil, "Municipal Human Resources and Social Security Bureau"},
		{"市住房城乡建委", nil, "Municipal Housing and Urban-Rural Development Commission"},
		{"市经济信息委", nil, "Municipal Economy and Information Technology Commission"},
		{"市知识产权局", nil, "Municipal Intellectual Property Bureau"},
		{"市国防动员办", nil, "Municipal National Defense Mobilization Office"},
		{"市政府口岸物流办", nil, "Port and Logistics Office of the Municipal People's Government"},
		{"市高法院", nil, "Higher People's Court"},
		{"重庆市高级人民法院", nil, "Chongqing Higher People's Court"},
		{"市规划自然资源局", nil, "Municipal Planning and Natural Resources Bureau"},
		{"重庆金融监管局", nil, "Chongqing Financial Regulatory Bureau"},
		{"重庆边检总站", nil, "Chongqing General Border Inspection Station"},
		// Shenyang's joint issuers.
		{"沈阳市房产局", nil, "Shenyang Municipal Real Estate Bureau"},
		{"沈阳市城乡建设局", nil, "Shenyang Municipal Urban and Rural Construction Bureau"},
		{"沈阳市数据局", nil, "Shenyang Municipal Data Bureau"},
		{"沈阳住房公积金管理中心", nil, "Shenyang Housing Provident Fund Management Center"},
		// A province's own name opens its bodies as its level does.
		{"江西省市场监督管理局", &Government{Name: "江西省", EN: "Jiangxi Province"}, "Jiangxi Provincial Market Regulation Bureau"},
		// An autonomous prefecture is named in full, whichever form the Chinese uses.
		{"阿坝州财政局", nil, "Aba Tibetan and Qiang Autonomous Prefecture Finance Bureau"},
		{"阿坝县财政局", nil, "Aba County Finance Bureau"},
	} {
		if have, _ := englishName(tt.zh, tt.gov); have != tt.want {
			t.Errorf("%s: have %q, want %q", tt.zh, have, tt.want)
		}
	}
}

// TestEnglishNameKind gives a department named by rule its kind.
func TestEnglishNameKind(t *testing.T) {
	for zh, want := range map[string]string{"区发改局": KindGovernment, "区委宣传部": KindParty, "县妇联": KindPeople,
		"团区委": KindPeople, "区法院": KindOther, "区宇航局": KindOther, "区人武部": KindOther, "区委老干部局": KindParty,
		"区委": KindParty, "县委办公室": KindParty, "合肥海关": KindGovernment, "人行合肥中心支行": KindOther,
		"省港航集团": KindOther, "国网合肥供电公司": KindOther, "中国出口信用保险公司安徽分公司": KindOther,
		"上栗县政府": KindGovernment, "省计量院": KindOther, "省计划生育协会": KindPeople} {
		if _, have := englishName(zh, nil); have != want {
			t.Errorf("%s: have %s, want %s", zh, have, want)
		}
	}
}

func TestPlaceEnglish(t *testing.T) {
	tests := []struct {
		name, en string
		ok       bool
	}{
		{"杭州市", "Hangzhou", true},
		{"北京市西城区", "Xicheng District, Beijing", true},
		{"安化县", "Anhua County", true},
		{"陕西省西安市", "Xi'an, Shaanxi Province", true}, // the apostrophe of Hanyu Pinyin
		{"湖南省东安县", "Dong'an County, Hunan Province", true},
		{"广西壮族自治区", "Guangxi Zhuang Autonomous Region", true},
		{"阿坝州", "Aba Tibetan and Qiang Autonomous Prefecture", true},
		{"四川省阿坝藏族羌族自治州", "Aba Tibetan and Qiang Autonomous Prefecture, Sichuan Province", true},
		{"城市排洪防涝工程", "", false}, // 城市 is no place, and the rest no level
		{"易涝区域整治工程", "", false},
		{"区教体局", "", false},
	}
	for _, tt := range tests {
		if en, ok := PlaceEnglish(tt.name); en != tt.en || ok != tt.ok {
			t.Errorf("PlaceEnglish(%s): have %q %v, want %q %v", tt.name, en, ok, tt.en, tt.ok)
		}
	}
}

// TestKindOfBodyEnglish: a name the registry lacks in a plan's
// government that names the bodies of a kind (各基础电信企业) takes the
// English of the registry's one entry of that name in another government,
// staying a department of its own government; a name of one body of a
// place (县财政局) does not.
func TestKindOfBodyEnglish(t *testing.T) {
	reg, err := ParseRegistry("reg.yaml", []byte(`- government: anhui
  name: 安徽省
  en: Anhui Province
- name: 各基础电信企业
  en: Basic Telecommunications Enterprises
  kind: other
  scope: anhui
  slug: ah-telecom-enterprises
- name: 县宇航局
  en: Anhui County Space Bureau
  kind: government
  scope: anhui
  slug: ah-space
`))
	if err != nil {
		t.Fatal(err)
	}
	doc := &plan.Document{Slug: "x", File: "seeds/x.txt", Meta: plan.Meta{Issuer: "东山县人民政府"}}
	rs := NewResolver(reg, doc)
	e := rs.Resolve("各基础电信企业", 0)
	if e.Known || e.Slug == "ah-telecom-enterprises" || e.NameIn("en") != "Basic Telecommunications Enterprises" || e.Kind != KindOther {
		t.Errorf("各基础电信企业 of 东山县: have slug %s known %v English %q kind %s, want its own page named Basic Telecommunications Enterprises, other",
			e.Slug, e.Known, e.NameIn("en"), e.Kind)
	}
	if e := rs.Resolve("县宇航局", 0); e.NameIn("en") != "Xian Yu Hang Ju" {
		t.Errorf("县宇航局 of 东山县: have %q, want its pinyin", e.NameIn("en"))
	}
}

// TestUnitsOfKnownBody: a task force's member and lead units and its
// office are named in English by the task force's registry entry, whose
// name no rule could translate; a unit of a body the registry lacks keeps
// its pinyin.
func TestUnitsOfKnownBody(t *testing.T) {
	reg, err := ParseRegistry("reg.yaml", []byte(`- government: anhui
  name: 安徽省
  en: Anhui Province
- name: 省十大新兴产业推进组工作专班
  aliases: [安徽省十大新兴产业推进组工作专班]
  en: Anhui Provincial Task Forces for the Ten Emerging Industries
  kind: government
  scope: anhui
  slug: ah-emerging-industries-task-forces
`))
	if err != nil {
		t.Fatal(err)
	}
	doc := &plan.Document{Slug: "x", File: "seeds/x.txt", Meta: plan.Meta{Issuer: "安徽省人民政府办公厅"}}
	rs := NewResolver(reg, doc)
	for _, tt := range []struct{ zh, en, kind string }{
		{"省十大新兴产业推进组工作专班成员单位", "Member Units of the Anhui Provincial Task Forces for the Ten Emerging Industries", KindGovernment},
		{"省十大新兴产业推进组工作专班牵头单位", "Lead Units of the Anhui Provincial Task Forces for the Ten Emerging Industries", KindGovernment},
		{"安徽省十大新兴产业推进组工作专班办公室", "Office of the Anhui Provincial Task Forces for the Ten Emerging Industries", KindGovernment},
		{"省推进“三地一区”建设领导小组成员单位", "Member Units of the Anhui Provincial Leading Group", KindOther},
	} {
		t.Run(tt.zh, func(t *testing.T) {
			e := rs.Resolve(tt.zh, 0)
			if e.Known || e.NameIn("en") != tt.en || e.Kind != tt.kind {
				t.Errorf("have known %v %q %s, want a page of its own named %q, %s", e.Known, e.NameIn("en"), e.Kind, tt.en, tt.kind)
			}
		})
	}
}

// TestAnhuiNamesInEnglish: every department the two Anhui corpus plans
// name has an English name, from the registry or by rule — none is left
// in pinyin (the provincial task forces and their member and lead units
// were, until registered).
func TestAnhuiNamesInEnglish(t *testing.T) {
	reg := registry(t)
	for _, file := range []string{"anhui-industrial-internet-2021.txt", "anhui-rcep-2022.txt"} {
		t.Run(file, func(t *testing.T) {
			doc := testproject.ParseFile(t, corpus(file))
			rs := NewResolver(reg, doc)
			seen := map[string]bool{}
			doc.Walk(func(n *plan.Node) bool {
				for _, r := range n.Responsibilities() {
					for _, name := range r.All() {
						if e := rs.Resolve(name, 0); !seen[name] && e.EN == "" && e.ByRule == "" {
							t.Errorf("%s: in pinyin, %q", name, e.NameIn("en"))
						}
						seen[name] = true
					}
				}
				return true
			})
			if len(seen) < 10 {
				t.Errorf("%d names read, want the plan's (10 or more)", len(seen))
			}
		})
	}
}
