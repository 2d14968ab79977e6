package opendata_test

import (
	"bytes"
	"strings"
	"testing"

	"plansite/generator/export"
	"plansite/generator/opendata"
	"plansite/generator/parse"
	"plansite/generator/plan"
)

// TestAKNJointAuthors: a plan two bodies issue jointly has both as the
// authors of its work and of its original expression, each a
// TLCOrganization.
func TestAKNJointAuthors(t *testing.T) {
	src := "中共某县委 某县人民政府\n关于加快推进乡村振兴的实施意见\n（2023年5月6日）\n\n为加快推进乡村振兴，现提出如下意见。\n\n一、总体要求\n\n坚持农业农村优先发展。\n"
	d, err := parse.Parse("seeds/x.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if d.Meta.Issuer != "中共某县委、某县人民政府" {
		t.Fatalf("issuer %q: want the two bodies", d.Meta.Issuer)
	}
	x := export.New(d, "zh", func(n *plan.Node) (string, string, string) { return n.Heading, n.Text, "/zh/x/#" + n.EID })
	var buf bytes.Buffer
	f := opendata.Work{Country: "cn", Subtype: "plan", Actor: "x"}.Identify(d, "zh")
	if err := opendata.AKN(&buf, x, f, "", "2026-12-04", nil); err != nil {
		t.Fatal(err)
	}
	akn := buf.String()
	for _, want := range []string{"中共某县委", "某县人民政府"} {
		id := ""
		if i := strings.Index(akn, `showAs="`+want+`"`); i >= 0 {
			j := strings.LastIndex(akn[:i], `eId="`)
			id = akn[j+len(`eId="`):]
			id = id[:strings.Index(id, `"`)]
		}
		if id == "" {
			t.Errorf("no TLCOrganization showing %s in\n%s", want, akn)
			continue
		}
		if have := strings.Count(akn, `<FRBRauthor href="#`+id+`" as="#author"/>`); have != 2 {
			t.Errorf("%s (%s): %d FRBRauthor, want 2 (work and expression)", want, id, have)
		}
	}
}
