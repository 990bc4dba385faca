// Validates an AsyncAPI document with the AsyncAPI Initiative's own parser (@asyncapi/parser): the schema of
// the AsyncAPI version it declares, references, and the parser's Spectral rules. Errors and warnings fail;
// information and hints are printed. Hand-written because the parser has no command line of its own and
// @asyncapi/cli, which wraps it, installs ~440 MB in ~4 minutes where this module's tools take ~70 MB.
import { Parser, fromFile } from '@asyncapi/parser';

const SEVERITY = ['error', 'warning', 'info', 'hint'];
const file = process.argv[2];
if (!file) {
  console.error('usage: node validate-asyncapi.mjs <asyncapi.yaml>');
  process.exit(2);
}
const { document, diagnostics } = await fromFile(new Parser(), file).parse();
for (const d of diagnostics) {
  const where = d.path.length ? ` at #/${d.path.join('/')}` : '';
  const line = d.range ? `:${d.range.start.line + 1}` : '';
  console.log(`${SEVERITY[d.severity]} ${d.code}: ${d.message} (${file}${line}${where})`);
}
const failing = diagnostics.filter((d) => d.severity <= 1).length;
if (!document || failing > 0) {
  console.error(`${file}: ${failing} error(s) or warning(s)${document ? '' : ', not parsed'}`);
  process.exit(1);
}
console.log(`${file}: valid AsyncAPI ${document.version()}, ${document.channels().length} channels`);
