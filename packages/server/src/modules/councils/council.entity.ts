import { Column, Entity, Index } from 'typeorm';
import { EditableRecord } from '../../database/columns';

@Entity('councils')
export class CouncilEntity extends EditableRecord {
  @Column({ length: 200 })
  name!: string;

  /** The Department for Education's local authority code, used in the SSDA903 return. */
  @Index({ unique: true })
  @Column({ length: 3 })
  laCode!: string;
}
