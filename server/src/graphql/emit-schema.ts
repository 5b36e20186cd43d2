import { buildAppSchema, SCHEMA_FILE } from './schema';

// Builds the schema without a database and writes server/schema.graphql.
buildAppSchema({ emit: true })
  .then(() => console.log(`Wrote ${SCHEMA_FILE}`))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
