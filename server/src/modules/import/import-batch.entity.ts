import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ImportKind } from '@tsunagu/shared';
import type { ImportCell } from './import-file';

/**
 * An uploaded file, read into cells, waiting for its mapping and commit. Only its importer's
 * organization sees it; a committed batch cannot be committed again.
 */
@Entity({ name: 'import_batch' })
export class ImportBatch {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: ImportKind;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'created_by_user_id', type: 'uuid' })
  createdByUserId: string;

  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  @Column({ type: 'text' })
  format: 'xlsx' | 'csv';

  @Column({ type: 'text', nullable: true })
  encoding: 'utf8' | 'shift_jis' | null;

  @Column({ name: 'sheet_names', type: 'text', array: true })
  sheetNames: string[];

  @Column({ type: 'text', nullable: true })
  sheet: string | null;

  @Column({ type: 'jsonb' })
  headers: string[];

  @Column({ type: 'jsonb' })
  rows: ImportCell[][];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'committed_at', type: 'timestamptz', nullable: true })
  committedAt: Date | null;

  @Column({ name: 'created_count', type: 'int', nullable: true })
  createdCount: number | null;
}
