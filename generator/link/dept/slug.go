package dept

// Slug makes an ASCII slug from a Chinese name, as the registry's
// synthesised entries get: its pinyin syllables joined by hyphens
// ("区教体局" → "qu-jiao-ti-ju"); ASCII letters and digits are kept.
// Pages of things other than departments (issuers, topics) use it so that
// every URL of the site is readable ASCII.
func Slug(name string) string { return slugify(name) }
