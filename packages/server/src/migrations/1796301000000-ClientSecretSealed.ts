import type { MigrationInterface, QueryRunner } from 'typeorm';
import { SecretBox, secretBoxFromEnvironment } from '../modules/second-factor/secret-box';

/**
 * The council's OpenID Connect client secret, sealed at rest (AES-256-GCM with
 * the sign-in secrets key: FP_TOTP_KEY, else the key file in the data folder),
 * as authenticator secrets already are. Existing plain values are sealed here;
 * the key is only read when there is something to seal.
 */
export class ClientSecretSealed1796301000000 implements MigrationInterface {
  name = 'ClientSecretSealed1796301000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const rows: { id: string; client_secret: string }[] = await queryRunner.query(`SELECT id, client_secret FROM identity_providers`);
    const plain = rows.filter((r) => !SecretBox.isSealed(r.client_secret));
    if (plain.length === 0) return;
    const box = secretBoxFromEnvironment();
    for (const row of plain) {
      await queryRunner.query(`UPDATE identity_providers SET client_secret = $2 WHERE id = $1`, [row.id, box.seal(row.client_secret)]);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const rows: { id: string; client_secret: string }[] = await queryRunner.query(`SELECT id, client_secret FROM identity_providers`);
    const sealed = rows.filter((r) => SecretBox.isSealed(r.client_secret));
    if (sealed.length === 0) return;
    const box = secretBoxFromEnvironment();
    for (const row of sealed) {
      await queryRunner.query(`UPDATE identity_providers SET client_secret = $2 WHERE id = $1`, [row.id, box.open(row.client_secret)]);
    }
  }
}
