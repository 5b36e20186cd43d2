import { IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Narrows the audit log; every given criterion must hold' })
export class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: "The acting user's organization" })
  @IsOptional()
  @IsUUID('all', { message: 'must be an organization id' })
  organizationId?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. SupporterProfile' })
  @IsOptional()
  @MaxLength(100, { message: 'must be at most 100 characters' })
  entityType?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100, { message: 'must be at most 100 characters' })
  entityId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Entries at or after this instant' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Entries before this instant' })
  to?: Date | null;
}
