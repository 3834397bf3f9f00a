// The corpus check as a test (issue 18): on readability's 120 saved pages the article is found,
// at least 115 read with word F1 >= 0.9 against Readability's text, none below 0.5. Needs the
// project's shared corpus (../shared); a clone without it skips these tests and says so.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { GOOD, LOST, checkCorpus, summary, table, unpack } from './corpus-check.mjs';

const MIN_GOOD = 115;
const corpus = unpack();
const skip = corpus ? false : 'no ../shared corpus here (readability-corpus.tar.gz): the corpus check is skipped';

describe("readability's saved pages, read by the test build in Chromium", { skip }, () => {
  let rows;
  before(async () => {
    try {
      rows = await checkCorpus(corpus);
    } finally {
      corpus.done();
    }
    console.log(table(rows));
  });

  it(`>= ${MIN_GOOD} pages read with F1 >= ${GOOD}`, () => {
    assert.ok(rows.length >= 120, `every page checked (${rows.length})`);
    assert.ok(rows.filter((r) => r.f1 >= GOOD).length >= MIN_GOOD, summary(rows));
  });

  it(`no page below F1 ${LOST}: no page where the article is lost`, () => {
    assert.deepEqual(rows.filter((r) => r.f1 < LOST).map((r) => `${r.slug} ${r.f1.toFixed(3)}`), [], summary(rows));
  });
});
