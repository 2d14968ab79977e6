package dept

import (
	"strings"
	"testing"

	"plansite/generator/plan"
)

// TestEnglishByKind names in English by rule the bodies the corpus and
// more library's plans name that were left in pinyin: a kind of body (救助站,
// 检验检测机构, 工作推进小组), bodies of a kind (各), the departments
// concerned (相关, 有关), a bureau's own bureau, a field's body printed
// without its place, and groups of bodies joined by 和, 及, 以及 or 、; a
// group with a part it cannot name, and a kind after words it does not
// know, keep their pinyin. So did 破产管理人协会, 股东或关联公司, 省个创中心,
// 市住房保障和房产局 and 合肥滨湖科学城管委会, which the library's plans
// name: now named by the kind they are.
func TestEnglishByKind(t *testing.T) {
	reg, err := ParseRegistry("reg.yaml", []byte("- government: beijing\n  name: 北京市\n  en: Beijing\n"+
		"- government: jiangxi\n  name: 江西省\n  en: Jiangxi Province\n"+
		"- name: 区教体局\n  en: District Education and Sports Bureau\n  kind: government\n  slug: edu\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ issuer, zh, want string }{
		{"江西省人民政府办公厅", "流浪乞讨人员救助站", "Relief Station for Vagrants and Beggars"},
		{"江西省市场监督管理局", "各检验检测机构", "Inspection and Testing Institutions"},
		{"上海市住房和城乡建设管理委员会", "各区房地产交易中心", "District Real Estate Trading Centers"},
		{"巴中市恩阳区人民政府", "各镇（街道）", "Towns (Subdistricts)"},
		{"巴中市恩阳区人民政府", "区级相关部门", "Relevant District Departments"},
		{"东莞市发展和改革局", "有关行业主管部门", "Relevant Competent Industry Authorities"},
		{"北京市人民政府", "北京市大数据工作推进小组", "Beijing Municipal Big Data Work Promotion Group"},
		{"北京市人民政府", "市公安局交通管理局", "Traffic Management Bureau of the Beijing Municipal Public Security Bureau"},
		{"重庆市人民政府", "市教委", "Chongqing Municipal Education Commission"},
		{"包头市人民政府", "审批服务局", "Approval Service Bureau"},
		{"北京市人民政府", "市地震部门和区地震工作主管部门", "Municipal Earthquake Department and District Competent Earthquake Authority"},
		{"北京市人民政府", "规划自然资源以及民政主管部门", "Competent Planning and Natural Resources Authority and Competent Civil Affairs Authority"},
		{"北京市人民政府", "市有关行业部门和市标准化行政主管部门", "Relevant Municipal Industry Departments and Municipal Competent Standardization Authority"},
		{"明溪县人民政府", "县委宣传部、县文明办", "Publicity Department of the CPC County Committee and County Spiritual Civilization Development Office"},
		// a regulation's bodies concerned and judicial organs, without place
		{"北京市人民政府", "有关政府部门", "Relevant Government Departments"},
		{"北京市人民政府", "市级有关政府部门", "Relevant Municipal Government Departments"},
		{"北京市人民政府", "有关政府", "Relevant People's Governments"},
		{"北京市人民政府", "知识产权等有关政府部门", "Intellectual Property and Other Relevant Government Departments"},
		{"北京市人民政府", "人民法院", "People's Courts"},
		{"北京市人民政府", "人民检察院", "People's Procuratorates"},
		{"淄川区人民政府", "区教体局、区宇航局", ""}, // a part it cannot name
		{"淄川区人民政府", "宇航人员救助站", ""},   // people it does not know
		// by the kind they are (kindnames.go): an association, a
		// company by its relation, a centre of a level, a body of two
		// fields, a zone's committee
		{"北京市人民政府", "破产管理人协会", "Bankruptcy Administrators Association"},
		{"北京市人民政府", "党委", "CPC Committees"}, // every level's, as 人民法院 is
		{"南昌市人民政府", "股东或关联公司", "Shareholders or Affiliated Companies"},
		{"江西省市场监督管理局", "省个创中心", "Jiangxi Provincial Gechuang Center"},
		{"合肥市自然资源和规划局", "市住房保障和房产局", "Hefei Municipal Housing Security and Real Estate Bureau"},
		{"合肥市自然资源和规划局", "合肥滨湖科学城管委会", "Hefei Binhu Science City Management Committee"},
		{"南昌市人民政府", "股东或宇航公司", ""}, // a relation it does not know
		{"北京市人民政府", "宇航人协会", ""},   // members it does not know
	} {
		t.Run(tt.zh, func(t *testing.T) {
			doc := &plan.Document{Slug: "x", File: "seeds/x.txt", Meta: plan.Meta{Issuer: tt.issuer}}
			e := NewResolver(reg, doc).Resolve(tt.zh, 0)
			if have := e.ByRule; have != tt.want {
				t.Errorf("have %q, want %q", have, tt.want)
			}
			if strings.HasPrefix(tt.want, "Shareholders") && e.Kind != KindOther {
				t.Errorf("kind %q, want %q: companies, no government's body", e.Kind, KindOther)
			}
		})
	}
}

// TestGroupEntries: the entry of several bodies or roles a plan names as
// one is a group (Entry.Group), for its page to speak of them as several
// (县委宣传部、县文明办; a group of roles is a role too); a body whose
// name holds a 和 is one body, as is a role of two fields.
func TestGroupEntries(t *testing.T) {
	reg, err := ParseRegistry("reg.yaml", []byte("- government: beijing\n  name: 北京市\n  en: Beijing\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		issuer, zh  string
		group, role bool
	}{
		{"明溪县人民政府", "县委宣传部、县文明办", true, false},
		{"北京市人民政府", "规划自然资源以及民政主管部门", true, true},
		{"北京市人民政府", "市地震部门和区地震工作主管部门", true, true},
		{"北京市人民政府", "住房和城乡建设部门", false, true},
		{"淄川区人民政府", "区教育和体育局", false, false},
		{"淄川区人民政府", "区委宣传部", false, false},
	} {
		t.Run(tt.zh, func(t *testing.T) {
			doc := &plan.Document{Slug: "x", File: "seeds/x.txt", Meta: plan.Meta{Issuer: tt.issuer}}
			e := NewResolver(reg, doc).Resolve(tt.zh, 0)
			if e.Group != tt.group || e.IsRole != tt.role {
				t.Errorf("have group %v, role %v; want %v, %v", e.Group, e.IsRole, tt.group, tt.role)
			}
		})
	}
}
