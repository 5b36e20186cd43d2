import 'reflect-metadata';
import { getMetadataStorage } from 'class-validator';
import { InputReason, isEnumValue } from '@tsunagu/shared';
import { buildAppSchema } from './schema';

// Conditions and nesting decide whether to validate; they never refuse a value themselves.
const NOT_A_REFUSAL = new Set(['conditionalValidation', 'nestedValidation']);

interface ConstraintMetadata {
  type: string;
  name?: string;
  target: Function | string;
  propertyName: string;
  context?: { reason?: unknown; params?: unknown };
}

it('gives every input constraint of the schema a reason code, so a refused value never reaches the client as English text', async () => {
  await buildAppSchema();
  // The storage lists every decorated property of every input and args class the resolvers use.
  const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<Function, ConstraintMetadata[]> };
  const constraints = [...storage.validationMetadatas.values()].flat().filter((m) => !NOT_A_REFUSAL.has(m.type));
  expect(constraints.length).toBeGreaterThan(50);
  const withoutReason = constraints
    .filter((m) => !isEnumValue(InputReason, m.context?.reason))
    .map((m) => `${typeof m.target === 'function' ? m.target.name : m.target}.${m.propertyName} (${m.name ?? m.type})`);
  expect(withoutReason).toEqual([]);
});
