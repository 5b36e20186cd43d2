import { Client } from 'pg';

/** Creates the database on the server if it is missing (UTF-8, so normalize() works for search). */
export async function ensureDatabase(serverUrl: string, database: string): Promise<void> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) {
      await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(database)} ENCODING 'UTF8' TEMPLATE template0`);
    }
  } finally {
    await admin.end();
  }
}
