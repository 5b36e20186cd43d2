import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { SitePageSlug } from '@tsunagu/shared';

registerEnumType(SitePageSlug, { name: 'SitePageSlug', description: 'The public-service pages linked from the footer' });

/** A page every public service shows (terms, privacy, operator, accessibility, contact), in plain text. */
@ObjectType()
@Entity({ name: 'site_page' })
export class SitePage {
  @Field(() => SitePageSlug)
  @PrimaryColumn({ type: 'text' })
  slug: SitePageSlug;

  @Field({ description: 'Japanese title' })
  @Column({ type: 'text' })
  title: string;

  @Field({ description: 'Japanese text: "## " starts a heading, "- " a list item, a blank line a paragraph' })
  @Column({ type: 'text' })
  body: string;

  @Field(() => String, { nullable: true, description: 'English title; the Japanese one is shown without it' })
  @Column({ name: 'title_en', type: 'text', nullable: true })
  titleEn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'body_en', type: 'text', nullable: true })
  bodyEn: string | null;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
