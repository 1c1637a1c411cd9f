// Prints the folders of a package and everything it needs at run time, as Node would resolve them.
const fs = require('fs'), path = require('path');
const root = path.resolve(process.argv[2]);
const seen = new Set();
function locate(from, name) {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (dir === root || dir === path.dirname(dir)) return null;
  }
}
function visit(folder) {
  if (seen.has(folder)) return;
  seen.add(folder);
  const pkg = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8'));
  const optional = pkg.optionalDependencies || {};
  for (const name of Object.keys({ ...(pkg.dependencies || {}), ...optional })) {
    const found = locate(folder, name);
    if (found) visit(found);
    else if (!(name in optional)) throw new Error(`${pkg.name} needs ${name}, which is not installed`);
  }
}
visit(locate(root, process.argv[3]));
for (const folder of [...seen].sort()) console.log(path.relative(root, folder));
