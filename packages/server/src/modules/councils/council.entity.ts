import { Check, Column, Entity, Index } from 'typeorm';
import { EditableRecord } from '../../database/columns';

@Entity('councils')
@Check('council_has_a_code', '"la_code" IS NOT NULL OR "ons_code" IS NOT NULL')
@Check('council_ons_code_shape', `"ons_code" IS NULL OR "ons_code" ~ '^E(06|08|09|10)[0-9]{6}$'`)
@Check('council_young_person_languages_include_english', `'en' = ANY("young_person_languages")`)
@Check('council_retention_at_least_statutory', '"retention_looked_after_until_age" >= 75 AND "retention_adoption_years" >= 100')
export class CouncilEntity extends EditableRecord {
  @Column({ length: 200 })
  name!: string;

  /** The Department for Education's three-digit local authority number (318), used in the SSDA903 return; null for a council known only by its new-style code. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 3, nullable: true })
  laCode!: string | null;

  /** The new-style local authority code the DfE now uses (E09000027). */
  @Index('IDX_council_ons_code', { unique: true })
  @Column({ type: 'varchar', length: 9, nullable: true })
  onsCode!: string | null;

  /**
   * Retention: a looked-after child's records are kept until this birthday
   * (statutory minimum 75). A council may keep them longer, never shorter.
   */
  @Column({ type: 'int', default: 75 })
  retentionLookedAfterUntilAge!: number;

  /** Adoption records: kept this many years from the adoption order, or the placement for adoption (statutory minimum 100). */
  @Column({ type: 'int', default: 100 })
  retentionAdoptionYears!: number;

  /** The duty / out-of-hours contact told at once when a child feels unsafe, and whenever a person has no contact details. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  dutyContactName!: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  dutyContactEmail!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  dutyContactMobile!: string | null;

  /** Staff who sign in with a local password must also give a code from an authenticator app (TOTP). */
  @Column({ type: 'boolean', default: false })
  staffTotpRequired!: boolean;

  /** The languages of the young-person portal this council has switched on (English always; the others are unchecked drafts until a qualified translator checks them). */
  @Column({ type: 'text', array: true, default: () => "'{en}'" })
  youngPersonLanguages!: string[];
}
