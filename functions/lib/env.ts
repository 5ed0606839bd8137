/** A setting every function needs: read once at start-up, and a missing one stops the function there. */
export function requiredEnv(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === "") throw new Error(`Missing environment variable ${name}`);
  return value;
}
