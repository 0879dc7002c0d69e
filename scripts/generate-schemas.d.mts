/** File name (`epic.schema.json`) -> JSON text, generated from the zod schemas in src/. */
export function renderSchemas(): Promise<Record<string, string>>;
