import { fileURLToPath } from 'node:url';

/** Migrations as checked in, for the web host, the CLI and tests (the packaged app passes resources/migrations). */
export const SOURCE_MIGRATIONS_DIR = fileURLToPath(new URL('./migrations', import.meta.url));
