package site

import (
	"errors"
	"io/fs"
	"strings"

	"go.yaml.in/yaml/v3"

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
	data, err := fs.ReadFile(root, configFile)
	if errors.Is(err, fs.ErrNotExist) {
		return c, nil
	}
	if err != nil {
		return c, err
	}
	if err := textfile.Check(configFile, data); err != nil {
		return c, err
	}
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil {
		return c, textfile.YAMLError(configFile, err)
	}
	c.BaseURL = strings.TrimSuffix(c.BaseURL, "/")
	return c, nil
}

func (b *builder) config() Config { return b.cfg }
