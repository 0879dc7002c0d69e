// The one place that builds on zod's internal classes. A strict object checked by a function
// zod generates for its shape (core's $ZodObjectJIT, which zod's classic API uses and zod/mini
// does not): the same results and issues, about twice as fast on a big road map, for none of the
// classic API's start-up. Generating the functions costs more than a small road map's whole
// check, so small road maps are checked without them (`jitless`, decided in
// validate-roadmap.ts; bench/README.md, "Figures behind the code"). $constructor, $ZodObjectJIT
// and ZodMiniType.init are zod internals: zod-jit-object.test.ts fails if an upgrade changes
// them, and package.json pins zod to the patch releases of the version it was run on.
import * as z from "zod/mini";
import * as core from "zod/v4/core";

const ZodMiniObjectJIT = core.$constructor("ZodMiniObjectJIT", (inst, def: core.$ZodObjectDef) => {
  (core.$ZodObjectJIT as Initializer).init(inst, def);
  (z.ZodMiniType as Initializer).init(inst, def);
});

/** What a zod constructor's init is, without its `asserts` signature (which a cast cannot call). */
interface Initializer {
  init(inst: unknown, def: unknown): void;
}

/** z.strictObject (an unknown key is an error), checked by a generated function unless `jitless`. */
export function strictObject<Shape extends core.$ZodLooseShape>(
  shape: Shape,
): z.ZodMiniObject<Shape, core.$strict> {
  const schema = new ZodMiniObjectJIT({ type: "object", shape, catchall: z.never() });
  return Object.assign(schema, { shape }) as unknown as z.ZodMiniObject<Shape, core.$strict>;
}
