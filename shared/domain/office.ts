import * as z from "zod";
import { IsoDateTime, requiredText, Slug } from "./fields.ts";
import { CountyCode } from "./pilot.ts";

/** A NAV office (NAV-kontor). Its id is a readable slug, e.g. `nav-kongsvinger`. */
export const OfficeInputSchema = z.strictObject({
  name: requiredText(200).pipe(z.string().min(2)),
  county: CountyCode,
  municipality: requiredText(200).optional(),
});
export type OfficeInput = z.infer<typeof OfficeInputSchema>;

export const OfficeSchema = OfficeInputSchema.extend({
  id: Slug,
  version: z.int().min(1),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Office = z.infer<typeof OfficeSchema>;
