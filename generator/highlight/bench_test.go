package highlight

import "testing"

// BenchmarkHTML highlights a JSON sample like the open-data page's.
func BenchmarkHTML(b *testing.B) {
	for b.Loop() {
		if _, err := HTML(pauseSample, "json"); err != nil {
			b.Fatal(err)
		}
	}
}
