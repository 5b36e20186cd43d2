import { IsOptional } from 'class-validator';
import { MaxChars, RecordId } from '../../graphql/validation';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Narrows the audit log; every given criterion must hold' })
export class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: "The acting user's organization" })
  @IsOptional()
  @RecordId()
  organizationId?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. SupporterProfile' })
  @IsOptional()
  @MaxChars(100)
  entityType?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxChars(100)
  entityId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Leave out sign-ins and sign-outs (folded away in the operator page)' })
  hideSessionEvents?: boolean | null;

  @Field(() => Date, { nullable: true, description: 'Entries at or after this instant' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Entries before this instant' })
  to?: Date | null;
}
