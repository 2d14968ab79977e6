package opendata

import _ "embed"

// Schema is the JSON Schema (draft 2020-12) of the JSON export, published
// as /data/plan.schema.json. It describes the fields package export writes;
// other packages' sections (departments, links, targets) are allowed at
// the top level without being described here.
//
//go:embed plan.schema.json
var Schema []byte

// SchemaPath is where the site publishes Schema.
const SchemaPath = "data/plan.schema.json"
