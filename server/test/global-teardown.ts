export default async function globalTeardown(): Promise<void> {
  await globalThis.__TSUNAGU_TEST_EMBEDDED__?.stop();
}
