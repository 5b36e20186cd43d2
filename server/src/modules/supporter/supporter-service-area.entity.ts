import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One place a supporter serves: a whole prefecture (municipalityCode null) or one municipality.
 * Every row carries its prefecture so "serves prefecture P in any way" is a single index look-up.
 */
@Entity({ name: 'supporter_service_area' })
@Index(['supporterId'])
@Index(['prefectureCode', 'supporterId'])
@Index(['municipalityCode', 'supporterId'])
export class SupporterServiceArea {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'supporter_id', type: 'uuid' })
  supporterId: string;

  @Column({ name: 'prefecture_code', type: 'char', length: 2 })
  prefectureCode: string;

  @Column({ name: 'municipality_code', type: 'char', length: 6, nullable: true })
  municipalityCode: string | null;
}
