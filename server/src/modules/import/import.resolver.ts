import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ImportRowStatus, ImportField } from '@tsunagu/shared';
import type { RequestContext } from '../../graphql/context';
import { CurrentViewer } from '../../graphql/current-viewer';
import { Me } from '../account/account.types';
import type { Viewer } from '../account/viewer';
import type { ImportBatch } from './import-batch.entity';
import { ANY_IMPORTER } from './import.service';
import {
  ClaimSupporterProfileArgs,
  CommitImportInput,
  ImportBatchInfo,
  ImportPreview,
  ImportResultInfo,
  SupporterClaimInfo,
} from './import.types';

const SAMPLE_ROWS = 5;

function infoOf(batch: ImportBatch, suggested: (ImportField | null)[]): ImportBatchInfo {
  return {
    id: batch.id,
    kind: batch.kind,
    fileName: batch.fileName,
    format: batch.format,
    encoding: batch.encoding,
    sheetNames: batch.sheetNames,
    sheet: batch.sheet,
    headers: batch.headers,
    sampleRows: batch.rows.slice(0, SAMPLE_ROWS).map((row) => row.map((cell) => (typeof cell === 'string' ? cell : '=…'))),
    rowCount: batch.rows.length,
    suggestedColumns: suggested,
    committedAt: batch.committedAt,
    createdCount: batch.createdCount,
  };
}

@Resolver()
export class ImportResolver {
  @Authorized(...ANY_IMPORTER)
  @Query(() => ImportBatchInfo, { description: 'An uploaded roster of your organization (upload: POST /import/supporter-roster)' })
  async importBatch(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<ImportBatchInfo> {
    const batch = await ctx.services.imports.find(viewer, id);
    return infoOf(batch, ctx.services.imports.suggestedMapping(batch));
  }

  @Authorized(...ANY_IMPORTER)
  @Query(() => ImportPreview, { description: 'Checks every row under a column mapping; writes nothing' })
  async importPreview(
    @Arg('batchId', () => ID) batchId: string,
    @Arg('columns', () => [ImportField], { nullable: 'items' }) columns: (ImportField | null)[],
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
  ): Promise<ImportPreview> {
    const { imports } = ctx.services;
    const batch = await imports.find(viewer, batchId);
    const preview = await imports.preview(viewer, batch, imports.mappingOf(batch, columns));
    return {
      totalCount: preview.rows.length,
      validCount: preview.validCount,
      invalidCount: preview.invalidCount,
      duplicateCount: preview.duplicateCount,
      rows: preview.rows
        .filter((row) => row.status !== ImportRowStatus.VALID || row.notices.length > 0)
        .map((row) => ({
          rowNumber: row.rowNumber,
          status: row.status,
          name: row.name,
          problems: row.problems,
          notices: row.notices,
          duplicateOfId: row.duplicateOf?.id ?? null,
          duplicateOfName: row.duplicateOf?.name ?? null,
        })),
    };
  }

  @Authorized(...ANY_IMPORTER)
  @Mutation(() => ImportResultInfo, { description: 'Imports the valid rows (and the chosen duplicates) in one transaction and mails claim links' })
  async commitImport(@Arg('input', () => CommitImportInput) input: CommitImportInput, @CurrentViewer() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<ImportResultInfo> {
    return ctx.services.imports.commit(viewer, input.batchId, input.columns, input.importDuplicateRows);
  }

  @Query(() => SupporterClaimInfo, { description: 'The imported profile a claim link is for; BAD_USER_INPUT INVALID_TOKEN when used or expired' })
  async supporterClaim(@Arg('token') token: string, @Ctx() ctx: RequestContext): Promise<SupporterClaimInfo> {
    const { profileName, email } = await ctx.services.claims.preview(token);
    return { profileName, email };
  }

  @Mutation(() => Me, { description: 'Takes over an imported profile: as a new intermediary account (displayName, password), or into your own intermediary organization' })
  claimSupporterProfile(@Args(() => ClaimSupporterProfileArgs) args: ClaimSupporterProfileArgs, @Ctx() ctx: RequestContext): Promise<Me> {
    return ctx.services.claims.claim({ viewer: ctx.viewer, http: ctx.http }, args.token, args);
  }
}
