// Runs the client's search code under Node for the Go parity tests: reads a
// JSON request on stdin, answers JSON on stdout. Not shipped with the site.
'use strict';
const fs = require('fs');
const path = require('path');
const dir = process.argv[2]; // folder holding search-core.js and search-index.js
const core = require(path.join(dir, 'search-core.js'));
global.PlansiteSearch = core;
const engine = require(path.join(dir, 'search-index.js'));

const req = JSON.parse(fs.readFileSync(0, 'utf8'));
const load = (url) => Promise.resolve(JSON.parse(fs.readFileSync(url, 'utf8')));

(async () => {
  const out = { tokens: [], stems: [], results: [], answers: [], labels: [] };
  for (const q of req.labels || []) out.labels.push(core.label(q));
  for (const t of req.tokens || []) out.tokens.push(core.tokens(t.s, t.mode));
  for (const w of req.stems || []) out.stems.push(core.stem(w));
  const ix = {};
  for (const [lang, base] of Object.entries(req.indexes || {})) ix[lang] = await engine.open(base + '/', load);
  for (const q of req.queries || []) {
    const a = await ix[q.lang].query(q.q, q.scope);
    out.results.push(a.results.map((r) => ({ passage: r.passage, tier: r.tier, score: r.score, eid: r.p ? r.p.eid : '', q: r.q, marks: r.marks.join('|') })));
    out.answers.push({ also: a.also, partial: a.partial, suggest: a.suggest, goto: a.goto.map((r) => r.p.eid), gotoPassages: a.goto.map((r) => r.passage),
      gotoTotal: a.gotoTotal, gotoPlans: a.gotoPlans });
  }
  process.stdout.write(JSON.stringify(out));
})().catch((e) => { console.error(e); process.exit(1); });
