package dept

import (
	"strings"
	"testing"

	"plansite/generator/internal/testproject"
	"plansite/generator/parse"
)

// Plans the tests read: the seed plan and the corpus copies kept by the parser.
const (
	zichuan   = "../../testdata/project/seeds/zichuan-education-2022.txt"
	sdEdu     = "../../parse/testdata/shandong-education-2021.txt"
	sdScience = "../../parse/testdata/shandong-science-2021.txt"
	anhui     = "../../parse/testdata/anhui-industrial-internet-2021.txt"
)

// analyze parses a plan and assigns its responsibilities with the
// project's registry.
func analyze(t testing.TB, file string) *Responsibilities {
	t.Helper()
	doc := testproject.ParseFile(t, file)
	reg, err := Load(testproject.FS(), "content/departments.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return Assign(doc, reg)
}

func TestZichuanRoles(t *testing.T) {
	a := analyze(t, zichuan)
	if a.Resolver.Scope != "zichuan" {
		t.Errorf("scope = %q, want zichuan", a.Resolver.Scope)
	}
	lists := len(a.Tasks) + len(a.Doc.Projects)
	if lists != 69 {
		t.Errorf("%d responsibility lists, want 69 (46 items + 3 sections + 20 key projects)", lists)
	}
	if len(a.Departments) != 37 {
		t.Errorf("%d departments, want 37", len(a.Departments))
	}
	for _, d := range a.Departments {
		if !d.Known {
			t.Errorf("%s is not in the registry", d.Name)
		}
	}
	if len(a.Resolver.Warnings) != 0 {
		t.Errorf("warnings: %v", a.Resolver.Warnings)
	}
	tests := []struct {
		slug string
		want Counts
	}{
		// 区教体局 leads 58 of the 69 lists: 41 tasks and 17 key projects
		{"education-sports-bureau", Counts{Lead: 41, Support: 2, ProjectsLead: 17}},
		{"party-education-working-committee", Counts{Lead: 5, ProjectsLead: 3}},
		{"finance-bureau", Counts{Support: 15, ProjectsSupport: 13}},
		{"education-supervision-commission", Counts{Lead: 1}},
		{"traffic-police-brigade", Counts{ProjectsSupport: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.slug, func(t *testing.T) {
			d := a.Department(tt.slug)
			if d == nil {
				t.Fatal("missing")
			}
			if d.Counts != tt.want {
				t.Errorf("have %+v, want %+v", d.Counts, tt.want)
			}
		})
	}
	edu := a.Department("education-sports-bureau")
	if got := edu.Counts.Led(); got != 58 {
		t.Errorf("区教体局 leads %d lists, want 58", got)
	}
	if a.Departments[0] != edu {
		t.Errorf("first by load is %s, want 区教体局", a.Departments[0].Name)
	}
	for i := 1; i < len(a.Departments); i++ {
		if a.Departments[i-1].Counts.Lists() < a.Departments[i].Counts.Lists() {
			t.Errorf("index not sorted by load at %s", a.Departments[i].Name)
		}
	}
}

func TestGroups(t *testing.T) {
	a := analyze(t, zichuan)
	d := a.Department("publicity-department") // 区委宣传部
	if d == nil || len(d.Plans) != 1 {
		t.Fatal("区委宣传部 missing")
	}
	r := d.Plans[0]
	type group struct {
		container string
		tasks     string
	}
	var have []group
	for _, g := range r.Support {
		var ids []string
		for _, n := range g.Tasks {
			ids = append(ids, n.EID)
		}
		have = append(have, group{g.Node.EID, strings.Join(ids, " ")})
	}
	want := []group{
		{"part_2__sec_1", "part_2__sec_1__item_1 part_2__sec_1__item_2 part_2__sec_1__item_8"},
		{"part_3", "part_3__sec_1 part_3__sec_3"},
	}
	if len(have) != len(want) {
		t.Fatalf("have %v, want %v", have, want)
	}
	for i := range want {
		if have[i] != want[i] {
			t.Errorf("group %d: have %v, want %v", i, have[i], want[i])
		}
	}
	if len(r.Lead) != 0 || len(r.Projects) != 0 {
		t.Errorf("区委宣传部 leads %d groups and has %d projects, want none", len(r.Lead), len(r.Projects))
	}
}

func TestResponsible(t *testing.T) {
	a := analyze(t, zichuan)
	n := a.Doc.Node("part_2__sec_1__item_7")
	var have []string
	for _, as := range a.Responsible(n) {
		have = append(have, string(as.Role)+":"+as.Dept.Slug)
	}
	want := "lead:education-sports-bureau support:justice-bureau support:ecology-environment-branch support:armed-forces-department support:veterans-affairs-bureau"
	if strings.Join(have, " ") != want {
		t.Errorf("have %v, want %s", have, want)
	}
	if got := a.Lead(a.Doc.Node("part_2__sec_1")); got != nil {
		t.Errorf("a section without a list has lead %s", got.Name)
	}
	if got := a.Lead(a.Doc.Node("proj_6")); got == nil || got.Name != "区委教育工委" {
		t.Errorf("proj_6 lead = %v, want 区委教育工委", got)
	}
}

// TestCorpusRoles: the corpus plans get their departments from their own
// forms, the lead kept apart only where the text names one.
func TestCorpusRoles(t *testing.T) {
	tests := []struct {
		file, scope      string
		lists, depts     int
		withLead, nolead int
	}{
		{sdEdu, "shandong", 56, 35, 56, 0}, // "列第一位者为牵头部门"
		{anhui, "anhui", 49, 26, 0, 49},    // "（责任单位：…）" names no lead
		{sdScience, "", 0, 0, 0, 0},        // no departments
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			a := analyze(t, tt.file)
			if a.Resolver.Scope != tt.scope {
				t.Errorf("scope %q, want %q", a.Resolver.Scope, tt.scope)
			}
			withLead, nolead := 0, 0
			for _, n := range a.Tasks {
				if len(n.Resp.Lead) == 0 {
					nolead++
				} else {
					withLead++
				}
			}
			if len(a.Tasks) != tt.lists || withLead != tt.withLead || nolead != tt.nolead {
				t.Errorf("have %d lists (%d with a lead, %d without), want %d (%d, %d)", len(a.Tasks), withLead, nolead, tt.lists, tt.withLead, tt.nolead)
			}
			if len(a.Departments) != tt.depts {
				t.Errorf("have %d departments, want %d", len(a.Departments), tt.depts)
			}
			for _, w := range a.Resolver.Warnings {
				t.Errorf("unknown department: %s", w)
			}
		})
	}
}

func TestUnknownDepartment(t *testing.T) {
	reg := registry(t)
	src := "二、重点任务\n（一）加强领导\n1．做好工作。完善机制。（区教体局、区宇航局负责，列第一位的为牵头部门，下同）\n2．再做工作。完善机制。（区宇航局、区 教 体 局负责）\n"
	doc, err := parse.Parse("seeds/x.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	a := Assign(doc, reg)
	if len(a.Resolver.Warnings) != 1 {
		t.Fatalf("have warnings %v, want one for 区宇航局", a.Resolver.Warnings)
	}
	if w := a.Resolver.Warnings[0].String(); !strings.HasPrefix(w, "seeds/x.txt:3: department 区宇航局 is not in the registry") {
		t.Errorf("warning %q", w)
	}
	// The plan's government (zichuan, by its names) prefixes the slug:
	// 区宇航局 of another county is another department.
	d := a.Department("zichuan-qu-yu-hang-ju")
	if d == nil {
		t.Fatalf("no department with the pinyin slug; have %v", a.Departments)
	}
	if d.Known || d.EN != "" || d.NameIn("en") != "Qu Yu Hang Ju" || d.URL("zh") != "/zh/departments/zichuan-qu-yu-hang-ju/" || d.Gov == nil || d.Gov.ID != "zichuan" {
		t.Errorf("synthesised entry %+v", d.Entry)
	}
	if d.Counts != (Counts{Lead: 1, Support: 1}) {
		t.Errorf("counts %+v", d.Counts)
	}
}

func TestSlugify(t *testing.T) {
	tests := []struct{ name, want string }{
		{"区教体局", "qu-jiao-ti-ju"},
		{"区大数据信息服务中心", "qu-da-shu-ju-xin-xi-fu-wu-zhong-xin"},
		{"省发展改革委（省能源局）", "sheng-fa-zhan-gai-ge-wei-sheng-neng-yuan-ju"},
		{"5G应用推进组", "5g-ying-yong-tui-jin-zu"},
		{"（）", "department"},
		// Read as in their words, as the English names are.
		{"重庆市税务局", "chong-qing-shi-shui-wu-ju"},
		{"人民银行安化县支行", "ren-min-yin-hang-an-hua-xian-zhi-hang"},
		{"人行南昌中心支行", "ren-hang-nan-chang-zhong-xin-zhi-hang"},
		{"有关行业主管部门", "you-guan-hang-ye-zhu-guan-bu-men"},
		{"铅山县工业园区管委会", "yan-shan-xian-gong-ye-yuan-qu-guan-wei-hui"},
		{"人行道管理处", "ren-xing-dao-guan-li-chu"},
		{"绿化委员会", "lv-hua-wei-yuan-hui"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if have := Slug(tt.name); have != tt.want {
				t.Errorf("have %q, want %q", have, tt.want)
			}
			if !slugPattern.MatchString(Slug(tt.name)) {
				t.Errorf("%q is not an ASCII slug", Slug(tt.name))
			}
		})
	}
}

// TestDepartmentsAcrossPlans: the index merges a department named in
// several plans by slug.
func TestDepartmentsAcrossPlans(t *testing.T) {
	z, s := analyze(t, zichuan), analyze(t, sdEdu)
	index := Departments(z, s)
	if len(index) != 37+35 {
		t.Errorf("%d departments, want 72 (no body shared)", len(index))
	}
	twice := Departments(z, z)
	if len(twice) != 37 || twice[0].Counts.Lead != 82 || len(twice[0].Plans) != 2 {
		t.Errorf("the same plan twice: %d departments, first %+v in %d plans", len(twice), twice[0].Counts, len(twice[0].Plans))
	}
}

func TestSegments(t *testing.T) {
	a := analyze(t, zichuan)
	tests := []struct {
		eid, want string
	}{
		{"part_2__sec_1__item_1", "（[区委教育工委:lead]、[区委宣传部:support]、[团区委:support]负责，列第一位的为牵头部门，下同）"},
		{"part_2__sec_1__item_3", "（[区教体局:lead]、[区科技局:support]负责）"},
		{"proj_19", "（[区教体局:lead]、[区委编办:support]、[区财政局:support]，[区人社局:support]负责）"},
		{"part_2__sec_1", ""},
	}
	for _, tt := range tests {
		t.Run(tt.eid, func(t *testing.T) {
			if have := segmented(a, tt.eid); have != tt.want {
				t.Errorf("have %s, want %s", have, tt.want)
			}
		})
	}
}

// TestSegmentsOfLevels: a list that prints its levels before one name
// (（州、县财政局负责）) links each level to its department: 州 to
// 州财政局, 县财政局 to 县财政局.
func TestSegmentsOfLevels(t *testing.T) {
	doc, err := parse.Parse("seeds/levels.txt", []byte("一、加强保障\n（一）落实经费。各地要将所需经费纳入预算。（州、县财政局负责）\n（二）加强督查。（州、县（市）政府督查室、州审计局负责）\n"))
	if err != nil {
		t.Fatal(err)
	}
	a := Assign(doc, registry(t))
	for eid, want := range map[string]string{
		"part_1__sec_1": "（[州财政局:support]、[县财政局:support]负责）",
		"part_1__sec_2": "（[州政府督查室:support]、[县（市）政府督查室:support]、[州审计局:support]负责）",
	} {
		if have := segmented(a, eid); have != want {
			t.Errorf("%s: have %s, want %s", eid, have, want)
		}
	}
}

// segmented is the segments of the node eid, each department's in
// brackets with its role.
func segmented(a *Responsibilities, eid string) string {
	var b strings.Builder
	for _, s := range a.Segments(a.Doc.Node(eid)) {
		if s.Dept != nil {
			b.WriteString("[" + s.Dept.Name + ":" + string(s.Role) + "]")
		} else {
			b.WriteString(s.Text)
		}
	}
	return b.String()
}

// TestTaskWithSeveralLists: a task whose text prints several lists naming
// one department is one task of that department, led where any list has
// it lead, in the counts, the groups and the matrix alike.
func TestTaskWithSeveralLists(t *testing.T) {
	reg := registry(t)
	src := "二、重点任务\n（一）扩大贸易\n1．扩大优势产品出口。建立清单。（合肥海关负责）巩固传统产品出口优势。（省商务厅牵头，合肥海关配合）深耕境外市场。（省商务厅牵头，省农业农村厅配合）\n2．积极扩大进口。（省农业农村厅、省商务厅负责，列第一位者为牵头部门）\n"
	doc, err := parse.Parse("seeds/x.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	a := Assign(doc, reg)
	if a.Resolver.Scope != "anhui" {
		t.Fatalf("scope %q, want anhui", a.Resolver.Scope)
	}
	tests := []struct {
		slug string
		want Counts
	}{
		{"ah-commerce-department", Counts{Lead: 1, Support: 1}},
		{"anhui-he-fei-hai-guan", Counts{Lead: 1}}, // not registered; leads alone, supports after: leads
		{"ah-agriculture-rural-affairs-department", Counts{Lead: 1, Support: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.slug, func(t *testing.T) {
			d := a.Department(tt.slug)
			if d == nil {
				t.Fatalf("no department %s", tt.slug)
			}
			if d.Counts != tt.want {
				t.Errorf("counts %+v, want %+v", d.Counts, tt.want)
			}
			tasks := 0
			for _, r := range d.Plans {
				for _, g := range append(r.Lead, r.Support...) {
					tasks += len(g.Tasks)
				}
			}
			if tasks != tt.want.Lead+tt.want.Support {
				t.Errorf("%d tasks listed, want %d", tasks, tt.want.Lead+tt.want.Support)
			}
			for _, row := range a.Matrix.Rows {
				if row.Dept.Slug != tt.slug {
					continue
				}
				cells := 0
				for _, c := range row.Cells {
					cells += c.Lead + c.Support
				}
				if cells != tt.want.Lists() {
					t.Errorf("matrix row counts %d, want %d", cells, tt.want.Lists())
				}
			}
		})
	}
}
