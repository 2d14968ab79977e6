package site

import (
	"io/fs"
	"strings"

	"plansite/generator/textfile"
)

// Config is content/site.yaml: settings of the site as a whole.
type Config struct {
	// BaseURL is where the site is published, without a trailing slash
	// (https://plans.example.gov.cn or https://host/sub/path). It is used
	// only where a URL must be absolute: the sitemap, Open Graph tags,
	// citations. Links between pages are relative and need no base.
	BaseURL string `yaml:"baseURL"`
}

const configFile = "content/site.yaml"

func loadConfig(root fs.FS) (Config, error) {
	var c Config
	data, err := textfile.Read(root, configFile)
	if err != nil {
		return c, err
	}
	if err := textfile.Decode(configFile, data, &c); err != nil {
		return c, err
	}
	c.BaseURL = strings.TrimSuffix(c.BaseURL, "/")
	return c, nil
}

func (b *builder) config() Config { return b.cfg }
