import { parseScorecardDocument } from '@community-hub/plugin-community-health-common';
import fs from 'node:fs/promises';
import { parse } from 'yaml';
import { ScorecardSet } from './ScorecardSet';

/**
 * Reads the scorecards file (YAML with a `scorecards` list) and validates it.
 *
 * @throws Error naming the file and the problem: a missing file, broken YAML,
 * an invalid scorecard, or two scorecards for one target.
 */
export async function loadScorecards(file: string): Promise<ScorecardSet> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    throw new Error(
      `Cannot read the community health scorecards at ${file} (communityHealth.scorecards): ${error}`,
    );
  }
  try {
    return new ScorecardSet(parseScorecardDocument(parse(text)));
  } catch (error) {
    throw new Error(
      `Invalid community health scorecards in ${file}: ${
        (error as Error).message
      }`,
    );
  }
}
