import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TrackRecordKind } from '@tsunagu/shared';

/**
 * Earlier work (or a brokered introduction) of a supporter in a place: a whole prefecture
 * (municipalityCode null) or one municipality. Matching counts these as acquaintance (面識).
 */
@Entity({ name: 'supporter_track_record' })
export class SupporterTrackRecord {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'supporter_id', type: 'uuid' })
  supporterId: string;

  @Column({ type: 'text' })
  kind: TrackRecordKind;

  @Column({ name: 'prefecture_code', type: 'char', length: 2 })
  prefectureCode: string;

  @Column({ name: 'municipality_code', type: 'char', length: 6, nullable: true })
  municipalityCode: string | null;

  @Column({ type: 'int', nullable: true })
  year: number | null;

  @Column({ type: 'text', default: '' })
  summary: string;

  /** The confirmed offer that wrote it; null for records entered or imported. */
  @Column({ name: 'offer_id', type: 'uuid', nullable: true })
  offerId: string | null;
}
