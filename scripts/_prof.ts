import { searchSchools, countSchoolFacets } from '@/lib/schools/queries';
import { parseSchoolFilter } from '@/lib/schools/filters';
const words = ['lakeview','university','riverside','harbor','medical','mountain','valley','college'];
async function main() {
  for (let round = 0; round < 3; round++) {
    for (const w of words) {
      const { filter } = parseSchoolFilter(new URLSearchParams(`q=${w}&aid=need&state=ny`));
      const t0 = performance.now();
      const r = await searchSchools(filter);
      const t1 = performance.now();
      await countSchoolFacets(filter);
      const t2 = performance.now();
      if (round === 2) console.log(w, r.total, 'search', (t1-t0).toFixed(1), 'facets', (t2-t1).toFixed(1));
    }
  }
  process.exit(0);
}
main();
