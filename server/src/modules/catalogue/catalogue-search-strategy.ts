import { InputReason, SupporterSort, enumValues } from '@tsunagu/shared';
import { invalidInput } from '../../common/domain-errors';
import { isId } from '../../common/ids';
import type { SupporterSearchPage, SupporterSearchQuery, SupporterSearchStrategy } from '../supporter/supporter-search';
import type { SupporterCatalogue } from './catalogue';
import { profileOf } from './catalogue-profile';
import { CatalogueSearch, type SearchPosition } from './catalogue-search';

const SORTS = enumValues(SupporterSort);

/** What a cursor carries: the order it belongs to, the position after which the next page starts, and page one's stale cut-off. */
interface DecodedCursor {
  sort: SupporterSort;
  position: SearchPosition;
  staleBefore: number;
}

function encode(sort: SupporterSort, position: SearchPosition, staleBefore: number): string {
  return Buffer.from(JSON.stringify([sort, position.group, position.confirmedAt, position.id, staleBefore])).toString('base64url');
}

function decode(cursor: string): DecodedCursor {
  const refuse = () => invalidInput('after', InputReason.INVALID_CURSOR);
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse();
  }
  if (!Array.isArray(value) || value.length !== 5) throw refuse();
  const [sort, group, confirmedAt, id, staleBefore] = value as unknown[];
  const valid =
    SORTS.includes(sort as SupporterSort) &&
    Array.isArray(group) &&
    group.length <= 8 &&
    group.every((n) => Number.isInteger(n)) &&
    Number.isFinite(confirmedAt) &&
    isId(id) &&
    Number.isFinite(staleBefore);
  if (!valid) throw refuse();
  return { sort: sort as SupporterSort, position: { group: group as number[], confirmedAt: confirmedAt as number, id: id as string }, staleBefore: staleBefore as number };
}

/** Supporter search answered by the in-memory catalogue (see README: how search stays fast and current). */
export class CatalogueSearchStrategy implements SupporterSearchStrategy {
  private readonly engine = new CatalogueSearch();

  constructor(private readonly catalogue: SupporterCatalogue) {}

  async search(query: SupporterSearchQuery): Promise<SupporterSearchPage> {
    const after = query.after ? decode(query.after) : null;
    // A cursor of another order is not a cursor of this query.
    if (after && after.sort !== query.sort) throw invalidInput('after', InputReason.INVALID_CURSOR);
    // Later pages rank by page one's stale cut-off, so a profile turning stale meanwhile cannot cross the cursor.
    const staleBefore = after ? after.staleBefore : query.staleBefore.getTime();
    const store = await this.catalogue.current();
    const result = this.engine.search(store, {
      ...query,
      hiddenBefore: query.hiddenBefore.getTime(),
      staleBefore,
      after: after?.position ?? null,
    });
    return {
      edges: result.hits.map((hit) => ({
        cursor: encode(query.sort, hit.position, staleBefore),
        node: profileOf(hit.entry, hit.display),
        locality: hit.locality,
      })),
      hasNextPage: result.hasNextPage,
      totalCount: result.totalCount,
      facets: result.facets,
    };
  }
}
