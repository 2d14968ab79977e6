package dept

import (
	"slices"
	"strings"
	"testing"

	"plansite/generator/parse"
)

// TestOwnLevel: 市本级 in a 市's plan (本级 alone too) is the plan's
// government itself, not a department of its own, as the corpus prints it
// (zhejiang-urban-waterlogging-2021's projects of 市本级 beside each
// county's; 含市本级、各县〔市、区〕); 县本级 in a 市's plan is each
// county's level and stays as printed, and where the government is not
// known every 本级 does.
func TestOwnLevel(t *testing.T) {
	reg, err := ParseRegistry("d.yaml", []byte(formRegistry))
	if err != nil {
		t.Fatal(err)
	}
	const text = "一、主要任务\n（一）加快建设。加快防洪工程建设。（市本级、各县〔市、区〕负责）\n" +
		"（二）加强管理。加强排涝设施管理。（市水利局、县本级负责）\n（三）加强督查。加强督查检查。（本级负责）\n"
	tests := []struct{ name, slug, want string }{
		{"a 市's plan", "qc-rule", "县本级, 各县〔市、区〕, 市水利局, 青城市人民政府"},
		{"the government not known", "other-plan", "县本级, 各县〔市、区〕, 市本级, 市水利局, 本级"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Parse("seeds/"+tt.slug+".txt", []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			doc.Slug = tt.slug
			var have []string
			for _, d := range Assign(doc, reg).Departments {
				have = append(have, d.Name)
			}
			slices.Sort(have)
			if strings.Join(have, ", ") != tt.want {
				t.Errorf("departments\nhave %s\nwant %s", strings.Join(have, ", "), tt.want)
			}
		})
	}
}
