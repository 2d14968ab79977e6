package dept

import (
	"cmp"
	"strings"
	"unicode/utf8"
)

// English names by rule: a department the registry lacks is named in
// English from its Chinese name when the name is a level of government
// (or the plan's government), a field of work and a kind of body that the
// tables below know, whole ("区发改局" → "District Development and Reform
// Bureau", "省教育厅" → "Provincial Department of Education", "淄川区卫健委"
// → "Zichuan District Health Commission"), the level's Party committee,
// its office or one of its departments (区委, 中共淄川区委办公室,
// 区委宣传部), or a people's organization or court of the level (县妇联,
// 团区委, 区法院), in the style of the provincial
// naming standards the reference notes (局 Bureau, 委 Commission, 办
// Office, 厅 Department). The place may be one of its own, and the body a
// national administration's office or a national company's branch
// (place.go: 合肥海关 → "Hefei Customs"), a development zone's management
// committee (开发区管委会), or a body whose field names its place (地方金融
// 监管局: "Local Financial Supervision Bureau"), or a body named by its kind
// (kindnames.go: an association, a centre of a level whose own words are
// a proper name in pinyin, parties by their relation). Any other name keeps
// its pinyin: a rule that guessed would put a wrong official name on a page.

// levelWords are the levels of government a department's name may open with.
var levelWords = map[string]string{"省": "Provincial", "市": "Municipal", "区": "District", "县": "County",
	"州": "Prefectural", "旗": "Banner", "乡": "Township", "镇": "Township"}

// workFields are the fields of work, in the forms names use, full or short.
var workFields = map[string]string{
	"发展和改革": "Development and Reform", "发展改革": "Development and Reform", "发改": "Development and Reform",
	"教育和体育": "Education and Sports", "教体": "Education and Sports", "教育": "Education",
	"科学技术": "Science and Technology", "科技": "Science and Technology",
	"工业和信息化": "Industry and Information Technology", "工信": "Industry and Information Technology",
	"经济和信息化": "Economy and Information Technology", "经信": "Economy and Information Technology",
	"公安": "Public Security", "民政": "Civil Affairs", "司法": "Justice", "财政": "Finance",
	"人力资源和社会保障": "Human Resources and Social Security", "人力资源社会保障": "Human Resources and Social Security", "人社": "Human Resources and Social Security",
	"自然资源和规划": "Natural Resources and Planning", "自然资源": "Natural Resources",
	"生态环境":    "Ecology and Environment",
	"住房和城乡建设": "Housing and Urban-Rural Development", "住房城乡建设": "Housing and Urban-Rural Development", "住建": "Housing and Urban-Rural Development",
	"交通运输": "Transport", "交通": "Transport", "水利": "Water Resources", "水务": "Water Affairs",
	"农业农村": "Agriculture and Rural Affairs", "商务": "Commerce",
	"文化和旅游": "Culture and Tourism", "文化旅游": "Culture and Tourism", "文旅": "Culture and Tourism",
	"卫生健康": "Health", "卫健": "Health", "退役军人事务": "Veterans Affairs", "退役军人": "Veterans Affairs",
	"应急管理": "Emergency Management", "应急": "Emergency Management", "审计": "Audit",
	"市场监督管理": "Market Regulation", "市场监管": "Market Regulation", "统计": "Statistics",
	"医疗保障": "Healthcare Security", "医保": "Healthcare Security",
	"行政审批服务": "Administrative Approval Service", "行政审批": "Administrative Approval",
	"大数据": "Big Data", "城市管理": "Urban Management", "城管": "Urban Management",
	"综合行政执法": "Comprehensive Administrative Law Enforcement",
	"林业":     "Forestry", "林业和草原": "Forestry and Grassland", "林草": "Forestry and Grassland",
	"粮食和物资储备": "Food and Strategic Reserves", "信访": "Letters and Visits",
	"机关事务管理": "Government Offices Administration", "外事": "Foreign Affairs",
	"体育": "Sports", "民族宗教": "Ethnic and Religious Affairs", "民宗": "Ethnic and Religious Affairs",
	"人民防空": "Civil Air Defense", "人防": "Civil Air Defense", "气象": "Meteorology",
	"政府": "Government", "国有资产监督管理": "State-owned Assets Supervision and Administration",
	"税务": "Taxation", "国资": "State-owned Assets Supervision and Administration", "市监": "Market Regulation",
	"城管执法": "Urban Management and Law Enforcement", "地方金融监督管理": "Local Financial Supervision and Administration",
	"地方金融监管": "Local Financial Supervision", "金融": "Financial Affairs", "数据资源": "Data Resources",
	"网信": "Cyberspace Affairs", "外": "Foreign Affairs", "通信管理": "Communications Administration", "版权": "Copyright",
	"规划": "Planning", "教育督导": "Education Supervision", "住房保障": "Housing Security", "住保": "Housing Security",
	"征拆": "Expropriation and Relocation", "大数据信息服务": "Big Data Information Service",
	"住房公积金": "Housing Provident Fund", "住房公积金管理": "Housing Provident Fund Management",
	// state enterprises' groups (省港航集团, 区城投集团, 东莞港务集团)
	"港航": "Port and Shipping", "机场": "Airport", "民航机场": "Civil Aviation Airport", "投资": "Investment",
	"产投": "Industrial Investment", "国投": "State-owned Capital Investment", "城投": "Urban Construction Investment", "港务": "Port",
	// the bureaus of districts and cities that merge fields (Enyang,
	// Dongguan, Baotou)
	"乡村振兴": "Rural Revitalization", "房管": "Housing Administration", "投促": "Investment Promotion", "投资促进": "Investment Promotion",
	"教科体": "Education, Science and Sports", "文广旅": "Culture, Radio, Television and Tourism",
	"文广旅体": "Culture, Radio, Television, Tourism and Sports", "文旅广电": "Culture, Tourism, Radio and Television",
	"综合执法": "Comprehensive Law Enforcement", "城市管理综合执法": "Urban Management and Comprehensive Law Enforcement",
	"金融工作": "Financial Work", "土地储备": "Land Reserve", "审批服务": "Approval Service",
	"政务服务和数据管理": "Government Services and Data Management", "政务服务": "Government Services",
	"轨道交通": "Rail Transit", "公共资源交易": "Public Resources Trading", "新闻出版": "Press and Publication",
	// Shenyang's joint issuers
	"房产": "Real Estate", "房地产": "Real Estate", "城乡建设": "Urban and Rural Construction", "数据": "Data",
	// Chongqing's short forms (市人力社保局, 市住房城乡建委, 市经济信息委)
	"人力社保": "Human Resources and Social Security", "住房城乡建": "Housing and Urban-Rural Development",
	"经济信息": "Economy and Information Technology", "知识产权": "Intellectual Property",
	"国防动员": "National Defense Mobilization", "口岸物流": "Port and Logistics",
	"规划自然资源": "Planning and Natural Resources",
	// Shanghai's issuers of housing notices (沪建房管联)
	"住房城乡建设管理": "Housing and Urban-Rural Development and Management", "房屋管理": "Housing Administration",
	"自然资源确权登记": "Natural Resources Rights Confirmation and Registration",
}

// partyDepts are the departments of a Party committee (区委宣传部 →
// Publicity Department of the CPC District Committee), and organs are
// the bodies named by a level and a word of their own (县妇联 → County
// Women's Federation, 团区委 → District Committee of the Communist Youth
// League of China, as the reference renders it).
var partyDepts = map[string]string{"宣传部": "Publicity Department", "组织部": "Organization Department",
	"统战部": "United Front Work Department", "政法委": "Political and Legal Affairs Commission",
	"编办": "Institutional Organization Commission Office", "网信办": "Cyberspace Affairs Commission Office",
	"老干部局": "Veteran Cadres Bureau", "教育工委": "Education Working Committee",
	"军民融合办": "Military-Civilian Integration Office", "台港澳办": "Taiwan, Hong Kong and Macao Affairs Office"}

var organs = map[string]string{"妇联": "Women's Federation", "残联": "Disabled Persons' Federation",
	"总工会": "Federation of Trade Unions", "科协": "Association for Science and Technology",
	"工商联": "Federation of Industry and Commerce", "法院": "People's Court", "人民法院": "People's Court",
	"检察院": "People's Procuratorate", "人民检察院": "People's Procuratorate", "红十字会": "Red Cross Society",
	"人武部": "People's Armed Forces Department", "贸促会": "Council for the Promotion of International Trade",
	"药监局": "Medical Products Administration", "计划生育协会": "Family Planning Association",
	"消保委": "Consumer Rights Protection Commission", "计量院": "Institute of Metrology", "标准化院": "Institute of Standardization",
	"高法院": "Higher People's Court", "教委": "Education Commission",
	"文明办": "Spiritual Civilization Development Office", "高级人民法院": "Higher People's Court", "中级人民法院": "Intermediate People's Court"}

// bodies are the kinds of body a name ends with: the English word, and
// whether it stands before the field ("Department of Education").
var bodies = []struct {
	zh, en string
	before bool
}{
	{"委员会", "Commission", false}, {"办公室", "Office", false}, {"局", "Bureau", false},
	{"委", "Commission", false}, {"办", "Office", false}, {"中心", "Center", false}, {"分局", "Sub-bureau", false},
	{"厅", "Department", true}, {"集团", "Group", false}, {"管理部", "Management Department", false},
}

// englishName names a department the registry lacks in English by the
// rule above, with its kind (KindGovernment, KindParty, KindPeople or
// KindOther), or returns "" and KindOther. gov is the plan's government,
// whose Chinese name may open the name in place of a level.
func englishName(zh string, gov *Government) (en, kind string) {
	en = ruleName(zh, gov)
	switch {
	case en == "":
		return "", KindOther
	case relationParties(zh) != "":
		return en, KindOther // companies, not a government's body
	case strings.Contains(en, "CPC "):
		return en, KindParty
	case strings.Contains(en, "Federation") || strings.Contains(en, "Association") || strings.Contains(en, "Youth League") || strings.Contains(en, "Red Cross"):
		return en, KindPeople
	case strings.Contains(en, "People's Court") || strings.Contains(en, "Procuratorate") || strings.Contains(en, "Armed Forces"),
		strings.Contains(en, "People's Bank") || strings.HasSuffix(en, " Group") || strings.Contains(en, "Institute of") || strings.Contains(en, "Company") || strings.Contains(en, "Corporation") || strings.Contains(en, "China "):
		return en, KindOther
	}
	return en, KindGovernment
}

// ruleName is englishName's English name.
func ruleName(zh string, gov *Government) string {
	// 中共 names the Party, whose committee a level's 委 is already:
	// 中共淄川区委 is 淄川区委, and names nothing else.
	zh, cpc := strings.CutPrefix(zh, "中共")
	if r, ok := strings.CutPrefix(zh, "国网"); ok {
		// 国网合肥供电公司: State Grid's company of the place.
		if en := ruleName1(r, gov); strings.HasSuffix(en, "Power Supply Company") {
			return "State Grid " + en
		}
		return ""
	}
	if en := ruleName1(zh, gov); !cpc || strings.Contains(en, "CPC ") {
		return en
	}
	return ""
}

// ruleName1 is ruleName without 中共: the first reading of zh as a place
// and a body (places) that names the body.
func ruleName1(zh string, gov *Government) string {
	for _, c := range places(zh, gov) {
		if en := bodyName(c.place, c.rest, c.bare); en != "" {
			return en
		}
	}
	if en := bankBranch(zh, gov); en != "" {
		return en
	}
	if en := servedPlace(zh, gov); en != "" {
		return en
	}
	if en := manyGovernments(zh); en != "" {
		return en
	}
	if en := zoneCommittee(zh); en != "" {
		return en
	}
	if en := PeoplesGovernment(zh); en != "" && zh != "国务院" {
		// 上栗县政府, 樟树市政府: a place's people's government, as
		// the list of a province's projects names a county's.
		return en
	}
	if r, ok := strings.CutSuffix(zh, "秘书处"); ok {
		// 省消保委秘书处: the secretariat of a body named by rule.
		if en := ruleName1(r, gov); en != "" {
			return "Secretariat of the " + en
		}
		return ""
	}
	if en := adHocUnit(zh, gov); en != "" {
		return en // bodykinds.go
	}
	if r, ok := strings.CutSuffix(zh, "办公室"); ok && r != "" {
		// 江西省市场监管局办公室: the office of a bureau named by rule,
		// which issues in its name (赣市监办). A government's or a
		// Party committee's office is named above, in their words.
		if en := ruleName1(r, gov); en != "" && !strings.HasPrefix(en, "Office") && strings.HasSuffix(en, "Bureau") {
			return "Office of the " + en
		}
		return ""
	}
	if strings.HasPrefix(zh, "地方") {
		// 地方金融监管局: "local" is its place, the field says so
		// (Local Financial Supervision Bureau).
		return fieldBody(zh)
	}
	if en := cmp.Or(ownBureau(zh, gov), concerned(zh), adHocBody(zh), judicialOrgans[zh], everyLevel[zh], association(zh), relationParties(zh)); en != "" {
		return en // bodykinds.go
	}
	return youthLeague(zh)
}

// bodyName names rest, a body of the place named place in English.
// bare is true when the place is a name without its level (合肥 of
// 合肥海关), which only the bodies of national administrations take.
func bodyName(place, rest string, bare bool) string {
	if en := nationalBody(place, rest); en != "" || bare {
		if en == "" && strings.HasSuffix(rest, "集团") {
			// A state enterprise's group is named by its city
			// without the level (东莞港务集团 → Dongguan Port Group).
			if g := fieldBody(rest); g != "" {
				return place + " " + g
			}
		}
		return en
	}
	if en := organs[rest]; en != "" {
		if strings.HasPrefix(en, "Higher") || strings.HasPrefix(en, "Intermediate") {
			// A court of a rank is the place's, without its level
			// (重庆市高级人民法院: Chongqing Higher People's Court).
			place = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(place, "Municipal"), "Provincial"))
			if place == "" {
				return en
			}
		}
		return place + " " + en
	}
	// The level's Party committee and its office, named as the
	// government's are (区委 → CPC District Committee, 县委办公室 →
	// Office of the CPC County Committee).
	switch rest {
	case "委":
		return "CPC " + place + " Committee"
	case "委办公室", "委办":
		return "Office of the CPC " + place + " Committee"
	case "委办公厅":
		return "General Office of the CPC " + place + " Committee"
	}
	// The level's people's congress, its standing committee and the
	// committee's office, as their own sites name them (北京市人民代表大会常务委员会
	// → Standing Committee of the Beijing Municipal People's Congress), and
	// the level's committee of the CPPCC.
	switch rest {
	case "人民代表大会", "人大":
		return place + " People's Congress"
	case "人民代表大会常务委员会", "人大常委会":
		return "Standing Committee of the " + place + " People's Congress"
	case "人民代表大会常务委员会办公厅", "人大常委会办公厅":
		return "General Office of the Standing Committee of the " + place + " People's Congress"
	case "人民代表大会常务委员会办公室", "人大常委会办公室", "人大办":
		return "Office of the Standing Committee of the " + place + " People's Congress"
	case "政协", "政协委员会":
		return place + " Committee of the Chinese People's Political Consultative Conference"
	}
	if d, ok := strings.CutPrefix(rest, "委"); ok && partyDepts[d] != "" {
		return partyDepts[d] + " of the CPC " + place + " Committee"
	} else if en := adHocBody(d); ok && en != "" {
		// 区委教育工作领导小组: the Party committee's leading group.
		return en + " of the CPC " + place + " Committee"
	}
	// A body of the level's government (区政府教育督导委员会 → Education
	// Supervision Commission of the District People's Government); 区政府办
	// is the government's own office, named below.
	if r, ok := strings.CutPrefix(rest, "政府"); ok && r != "办" && r != "办公室" {
		if en := fieldBody(r); en != "" {
			return en + " of the " + place + " People's Government"
		}
	}
	if en := cmp.Or(fieldBody(rest), kindBody(rest), association(rest)); en != "" {
		return place + " " + en
	}
	return properCenter(place, rest) // kindnames.go
}

// fieldBody names a field of work and the kind of body it ends with
// (发改局 → "Development and Reform Bureau", 教育厅 → "Department of
// Education"), or returns "".
func fieldBody(zh string) string {
	for _, b := range bodies {
		field, ok := strings.CutSuffix(zh, b.zh)
		en := fieldEnglish(field) // kindnames.go: 住房保障和房产 too
		if !ok || en == "" {
			continue
		}
		if b.before {
			return b.en + " of " + en
		}
		return en + " " + b.en
	}
	return ""
}

// youthLeague names a level's Communist Youth League committee (团区委).
func youthLeague(zh string) string {
	if l, ok := strings.CutPrefix(zh, "团"); ok {
		if lvl, ok := strings.CutSuffix(l, "委"); ok && levelWords[lvl] != "" {
			return levelWords[lvl] + " Committee of the Communist Youth League of China"
		}
	}
	return ""
}

// GovernmentBody splits zh, an issuer's name (after any 中共), at the end
// of g's place (全称, short, or the last levels of its 全称): rest is the body after it (人民政府办公厅 of
// 安徽省人民政府办公厅), and en its English name: the government's own
// offices' ("General Office of the Anhui Provincial People's
// Government"), or a department's by the rule above (北京市市场监督管理局 →
// "Beijing Municipal Market Regulation Bureau", as the department would be named on
// its page); "" for any other body, or when g has no English name. The
// place may be g's level alone (省政府办公厅 of a province's plan). ok is
// false when zh does not begin with g's place or is the place alone.
func GovernmentBody(zh string, g *Government) (rest, en string, ok bool) {
	if g == nil {
		return "", "", false
	}
	zh = strings.TrimPrefix(zh, "中共") // 中共明溪县委: the county's Party committee
	// 淄博市淄川区人民政府 names Zichuan (山东省淄博市淄川区) as GovernmentOf
	// finds it, by the last levels of its full name.
	places := []string{g.Full, g.Name}
	if p := Place(zh); p != "" && g.Full != "" && strings.HasSuffix(g.Full, p) {
		places = append(places, p)
	}
	places = append(places, provinceCity(zh, g))
	for _, place := range places {
		if r, found := strings.CutPrefix(zh, place); place != "" && found && r != "" {
			rest = r
			break
		}
	}
	if r, size := utf8.DecodeRuneInString(zh); rest == "" && levelWords[string(r)] != "" && strings.HasSuffix(g.Name, string(r)) {
		// The level standing for g (省政府办公厅 of a province's plan,
		// as its portal prints the issuer; provinceByNumber).
		rest = zh[size:]
	}
	if rest == "" {
		return "", "", false
	}
	if g.EN == "" {
		return rest, "", true
	}
	of := governmentName(g)
	switch strings.TrimPrefix(rest, "人民") {
	case "政府":
		return rest, of, true
	case "政府办公厅":
		return rest, "General Office of the " + of, true
	case "政府办公室":
		return rest, "Office of the " + of, true
	}
	return rest, ruleName(g.Name+rest, g), true
}

// governmentName is g's people's government in English as the registry
// names 淄川区人民政府 ("Zichuan District People's Government") and an
// order cites its issuer (PeoplesGovernment): its place, the level as a
// word before it ("Anhui Provincial", "Beijing Municipal", "Mingxi
// County", "Xicheng District" of "Xicheng District, Beijing").
func governmentName(g *Government) string {
	place, _, _ := strings.Cut(g.EN, ", ")
	switch {
	case strings.HasSuffix(place, " Province"):
		place = strings.TrimSuffix(place, " Province") + " Provincial"
	case strings.HasSuffix(place, " Prefecture") && !strings.Contains(place, "Autonomous"):
		place = strings.TrimSuffix(place, " Prefecture") + " Prefectural"
	case !strings.Contains(place, " ") && strings.HasSuffix(g.Name, "市"):
		place += " Municipal"
	}
	return place + " People's Government"
}
