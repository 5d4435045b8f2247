// Loads a datapackage.json with the Frictionless JavaScript library (`datapackage` from the npm registry) and reads
// every tabular resource with type casting, as a journalist's script would. One line per resource on standard output:
// "ok NAME ROWS", or "FAIL NAME: why". FrictionlessJsTest runs it on the built sites.
const {Package} = require('datapackage');

(async () => {
  const pkg = await Package.load(process.argv[2]);
  if (!pkg.valid) {
    console.log('FAIL package: ' + pkg.errors.map(e => e.message).join('; '));
  }
  for (const resource of pkg.resources) {
    if (!resource.tabular) {
      continue;
    }
    try {
      const rows = await resource.read({cast: true});
      console.log('ok ' + resource.name + ' ' + rows.length);
    } catch (e) {
      const details = (e.errors || []).map(x => x.message).slice(0, 3).join('; ');
      console.log('FAIL ' + resource.name + ': ' + e.message + (details ? ' (' + details + ')' : ''));
    }
  }
})().catch(e => {
  console.log('FAIL load: ' + e.message);
  process.exit(2);
});
