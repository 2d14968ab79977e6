package dept

import (
	"testing"

	"plansite/generator/internal/testproject"
	"plansite/generator/plan"
)

// TestAutonomousPrefecture names the Aba plan's government and issuer in
// full, as the prefecture names itself in English: "Aba Tibetan and Qiang
// Autonomous Prefecture", never "Aba Prefecture".
func TestAutonomousPrefecture(t *testing.T) {
	reg, err := Load(testproject.FS(), "content/departments.yaml")
	if err != nil {
		t.Fatal(err)
	}
	const full = "Aba Tibetan and Qiang Autonomous Prefecture"
	for _, issuer := range []string{"阿坝州人民政府办公室", "阿坝藏族羌族自治州人民政府办公室"} {
		t.Run(issuer, func(t *testing.T) {
			g, _ := reg.GovernmentOf(&plan.Document{Meta: plan.Meta{Issuer: issuer}})
			if g == nil || g.EN != full {
				t.Fatalf("government: have %+v, want %q", g, full)
			}
			want := "Office of the " + full + " People's Government"
			if _, en, _ := GovernmentBody(issuer, g); en != want {
				t.Errorf("issuer in English: have %q, want %q", en, want)
			}
		})
	}
	for zh, want := range map[string]string{
		"阿坝州人民政府":       full + " People's Government",
		"阿坝藏族羌族自治州人民政府": full + " People's Government",
		"甘孜州政府":         "Garze Tibetan Autonomous Prefecture People's Government",
		"阿坝县人民政府":       "Aba County People's Government",
	} {
		if have := PeoplesGovernment(zh); have != want {
			t.Errorf("PeoplesGovernment(%s): have %q, want %q", zh, have, want)
		}
	}
}
