import { Field, ID, InputType, Int, ObjectType, ArgsType, registerEnumType } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';
import { ImportCellReason, ImportKind, ImportNoticeReason, ImportRowStatus, IMPORT_LIMITS, LIMITS, ImportField } from '@tsunagu/shared';
import { AtMostItems, MaxChars, NewPassword } from '../../graphql/validation';

registerEnumType(ImportKind, { name: 'ImportKind' });
registerEnumType(ImportField, { name: 'ImportField', description: 'The profile field a roster column is imported into' });
registerEnumType(ImportCellReason, { name: 'ImportCellReason', description: 'Why a cell of an imported row is refused' });
registerEnumType(ImportNoticeReason, { name: 'ImportNoticeReason', description: 'A value read by guess, to check' });
registerEnumType(ImportRowStatus, { name: 'ImportRowStatus' });

@ObjectType({ description: 'An uploaded file waiting to be imported' })
export class ImportBatchInfo {
  @Field(() => ID)
  id: string;

  @Field(() => ImportKind)
  kind: ImportKind;

  @Field()
  fileName: string;

  @Field({ description: 'xlsx or csv' })
  format: string;

  @Field(() => String, { nullable: true, description: 'CSV: utf8 or shift_jis, as detected' })
  encoding: string | null;

  @Field(() => [String], { description: 'xlsx: the workbook’s sheets' })
  sheetNames: string[];

  @Field(() => String, { nullable: true })
  sheet: string | null;

  @Field(() => [String])
  headers: string[];

  @Field(() => [[String]], { description: 'The first rows as text (a formula shows as =…)' })
  sampleRows: string[][];

  @Field(() => Int)
  rowCount: number;

  @Field(() => [ImportField], { nullable: 'items', description: 'Suggested field per column, from the headers' })
  suggestedColumns: (ImportField | null)[];

  @Field(() => Date, { nullable: true })
  committedAt: Date | null;

  @Field(() => Int, { nullable: true })
  createdCount: number | null;
}

@ObjectType()
export class ImportCellProblem {
  @Field(() => Int, { description: 'Column index (0-based); -1 when the field has no column' })
  column: number;

  @Field(() => ImportField)
  field: ImportField;

  @Field(() => ImportCellReason)
  reason: ImportCellReason;

  @Field(() => GraphQLJSON, { description: 'Values the message needs (max, values, row…)' })
  params: Record<string, string | number>;
}

@ObjectType()
export class ImportCellNotice {
  @Field(() => Int)
  column: number;

  @Field(() => ImportField)
  field: ImportField;

  @Field(() => ImportNoticeReason)
  reason: ImportNoticeReason;

  @Field({ description: 'The text as written' })
  text: string;

  @Field({ description: 'The code it was read as' })
  value: string;
}

@ObjectType()
export class ImportPreviewRow {
  @Field(() => Int, { description: 'Row number in the file (the header is row 1)' })
  rowNumber: number;

  @Field(() => ImportRowStatus)
  status: ImportRowStatus;

  @Field()
  name: string;

  @Field(() => [ImportCellProblem])
  problems: ImportCellProblem[];

  @Field(() => [ImportCellNotice])
  notices: ImportCellNotice[];

  @Field(() => ID, { nullable: true })
  duplicateOfId: string | null;

  @Field(() => String, { nullable: true })
  duplicateOfName: string | null;
}

@ObjectType({ description: 'Every row checked under a mapping; nothing is written' })
export class ImportPreview {
  @Field(() => Int)
  totalCount: number;

  @Field(() => Int)
  validCount: number;

  @Field(() => Int)
  invalidCount: number;

  @Field(() => Int)
  duplicateCount: number;

  @Field(() => [ImportPreviewRow], { description: 'Rows with a problem, a guess to check, or a duplicate (valid plain rows are left out)' })
  rows: ImportPreviewRow[];
}

@ObjectType()
export class ImportResultInfo {
  @Field(() => Int)
  created: number;

  @Field(() => Int)
  skippedInvalid: number;

  @Field(() => Int)
  skippedDuplicates: number;

  @Field(() => Int, { description: 'Claim links mailed to contacts with an email address' })
  invitationsSent: number;
}

@InputType()
export class CommitImportInput {
  @Field(() => ID)
  batchId: string;

  @Field(() => [ImportField], { nullable: 'items', description: 'Field per column (null: not imported)' })
  @AtMostItems(IMPORT_LIMITS.maxColumns)
  columns: (ImportField | null)[];

  @Field(() => [Int], { defaultValue: [], description: 'Duplicate rows (by row number) to import all the same' })
  @AtMostItems(IMPORT_LIMITS.maxRows)
  importDuplicateRows: number[];
}

@ObjectType({ description: 'The profile a claim link is for' })
export class SupporterClaimInfo {
  @Field()
  profileName: string;

  @Field({ description: 'The address the link was sent to: the new account’s' })
  email: string;
}

@ArgsType()
export class ClaimSupporterProfileArgs {
  @Field({ description: 'The token of the mailed link' })
  token: string;

  @Field(() => String, { nullable: true, description: 'Needed unless signed in as an intermediary' })
  @IsOptional()
  @MaxChars(LIMITS.displayNameMaxLength)
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: 'Needed unless signed in as an intermediary' })
  @IsOptional()
  @NewPassword()
  password?: string | null;
}
