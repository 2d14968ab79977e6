package dept

import "testing"

// TestOwnBodiesOneForm: a body of the plan's own city or province is
// named in one form whether the plan prints it with the place's name
// (东莞市发展和改革局), by its level alone (市发展和改革局), or as the
// issuer (GovernmentBody): "Dongguan Municipal Development and Reform
// Bureau", as the city's government is the "Dongguan Municipal People's
// Government"; a province's "Anhui Provincial …". The name with the city's
// name was "Dongguan Development and Reform Bureau", beside "Dongguan
// Municipal …" for the same body printed by its level.
func TestOwnBodiesOneForm(t *testing.T) {
	dongguan := &Government{ID: "dongguan", Name: "东莞市", EN: "Dongguan"}
	anhui := &Government{ID: "anhui", Name: "安徽省", EN: "Anhui Province"}
	for _, tt := range []struct {
		gov   *Government
		names []string
		want  string
	}{
		{dongguan, []string{"东莞市发展和改革局", "市发展和改革局", "市发改局"}, "Dongguan Municipal Development and Reform Bureau"},
		{dongguan, []string{"东莞市财政局", "市财政局"}, "Dongguan Municipal Finance Bureau"},
		{anhui, []string{"安徽省商务厅", "省商务厅"}, "Anhui Provincial Department of Commerce"},
	} {
		for _, zh := range tt.names {
			t.Run(zh, func(t *testing.T) {
				if have, _ := englishName(zh, tt.gov); have != tt.want {
					t.Errorf("englishName: have %q, want %q", have, tt.want)
				}
			})
		}
		if _, have, _ := GovernmentBody(tt.names[0], tt.gov); have != tt.want {
			t.Errorf("GovernmentBody(%s): have %q, want %q", tt.names[0], have, tt.want)
		}
	}
}

// TestProvinceCityBody: a city's centre that styles itself by its
// province's and city's names without their levels (安徽合肥公共资源交易中心,
// the Hefei land-sale announcement's issuer) is the city's body, as
// 包头市公共资源交易中心 is Baotou's; it stayed in Chinese on the English
// library's cards and issuer filter. A name opening with another city's
// does not.
func TestProvinceCityBody(t *testing.T) {
	hefei := &Government{ID: "hefei", Name: "合肥市", EN: "Hefei"}
	for _, tt := range []struct{ zh, want string }{
		{"安徽合肥公共资源交易中心", "Hefei Municipal Public Resources Trading Center"},
		{"安徽芜湖公共资源交易中心", ""},
	} {
		t.Run(tt.zh, func(t *testing.T) {
			if _, have, _ := GovernmentBody(tt.zh, hefei); have != tt.want {
				t.Errorf("have %q, want %q", have, tt.want)
			}
		})
	}
}
