import type { z } from "zod";

/** Zod issues as readable lines, so a failing sample can be fixed without a debugger. */
export function describeIssues(label: string, error: z.core.$ZodError | undefined): string[] {
  return (error?.issues ?? []).map((issue) => `${label}: ${issue.path.join(".") || "(root)"}: ${issue.message}`);
}
