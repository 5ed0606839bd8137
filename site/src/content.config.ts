import { defineCollection } from "astro:content";
import { methodsLoader, officesLoader, pilotsLoader, rubricLoader } from "./loaders/public-export.ts";

/** The public export as content collections: published trials, methods, offices and the rubric. */
export const collections = {
  pilots: defineCollection({ loader: pilotsLoader() }),
  methods: defineCollection({ loader: methodsLoader() }),
  offices: defineCollection({ loader: officesLoader() }),
  rubric: defineCollection({ loader: rubricLoader() }),
};
