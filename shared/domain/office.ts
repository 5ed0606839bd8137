import * as z from "zod/mini";
import { lazySchema } from "./lazy-schema.ts";
import { IsoDateTime, requiredText, Slug } from "./fields.ts";
import { CountyCode } from "./codes.ts";

/** A NAV office (NAV-kontor). Its id is a readable slug, e.g. `nav-kongsvinger`. */
export const OfficeInputSchema = lazySchema(() =>
  z.strictObject({
    name: z.pipe(requiredText(200), z.string().check(z.minLength(2))),
    county: CountyCode,
    municipality: z.optional(requiredText(200)),
  }),
);
export type OfficeInput = z.infer<typeof OfficeInputSchema>;

export const OfficeSchema = lazySchema(() =>
  z.extend(OfficeInputSchema, {
    id: Slug,
    version: z.int().check(z.minimum(1)),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  }),
);
export type Office = z.infer<typeof OfficeSchema>;
