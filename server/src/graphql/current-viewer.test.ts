import 'reflect-metadata';
import { graphql } from 'graphql';
import { Query, Resolver, buildSchema } from 'type-graphql';
import { UnauthenticatedError } from '../common/domain-errors';
import type { Viewer } from '../modules/account/viewer';
import { CurrentViewer } from './current-viewer';

@Resolver()
class ViewerEchoResolver {
  // Deliberately without @Authorized: the decorator itself must refuse an anonymous caller.
  @Query(() => String)
  viewerName(@CurrentViewer() viewer: Viewer): string {
    return viewer.displayName;
  }
}

describe('@CurrentViewer()', () => {
  const schema = buildSchema({ resolvers: [ViewerEchoResolver], validate: false });

  it('hands the resolver the signed-in viewer', async () => {
    const viewer = { displayName: '村上 太郎' } as Viewer;
    const result = await graphql({ schema: await schema, source: '{ viewerName }', contextValue: { viewer } });
    expect(result).toEqual({ data: { viewerName: '村上 太郎' } });
  });

  it('refuses an anonymous caller with UNAUTHENTICATED (SIGN_IN_REQUIRED) before the resolver runs', async () => {
    const result = await graphql({ schema: await schema, source: '{ viewerName }', contextValue: { viewer: null } });
    const original = result.errors?.[0].originalError;
    expect(original).toBeInstanceOf(UnauthenticatedError);
    expect(original).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SIGN_IN_REQUIRED' });
  });
});
