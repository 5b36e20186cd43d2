import { Field, ObjectType } from 'type-graphql';
import { PageInfo } from '../../graphql/pagination';
import { AuditEntry } from './audit-entry.entity';

@ObjectType()
export class AuditEntryEdge {
  @Field()
  cursor: string;

  @Field(() => AuditEntry)
  node: AuditEntry;
}

@ObjectType({ description: 'Audit entries, newest first' })
export class AuditEntryConnection {
  @Field(() => [AuditEntryEdge])
  edges: AuditEntryEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}
