import { Entity, PrimaryColumn } from 'typeorm';

/** An RMO a request concerns; a request with none is municipality-wide. */
@Entity({ name: 'support_request_rmo' })
export class SupportRequestRmo {
  @PrimaryColumn({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @PrimaryColumn({ name: 'rmo_id', type: 'uuid' })
  rmoId: string;
}
